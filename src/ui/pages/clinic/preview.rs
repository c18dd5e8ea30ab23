//! Opening a clinic link: the fragment is read once and at once removed from the address bar
//! and history; the patient is told the app cannot check who made the link, sees every change
//! (now -> new, the safety-relevant ones first) and only "Accept" saves anything. A link never
//! changes the emergency number; if it asks to, the preview says so and why. Declining, Escape
//! or a link that cannot be read change nothing, and the app carries on.

use super::words::{link_error, setting_name, value_text};
use crate::domain::clinic::link::{decode, ClinicSetup, LinkError, PREFIX};
use crate::domain::clinic::setup::{apply, changes, ignored_emergency_number, Change};
use crate::domain::safety::crisis;
use crate::platform::dom;
use crate::ui::data::use_data;
use crate::ui::hooks::use_modal;
use crate::ui::i18n::{use_i18n, ClinicK as C, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

const TITLE_ID: &str = "setup-title";

#[derive(Clone, PartialEq)]
enum Step {
    Closed,
    Preview(Rc<ClinicSetup>),
    Refused(LinkError),
    Applied,
}

impl Step {
    /// Reads a setup link in the address, if there is one, and drops it from the address.
    fn from_address() -> Option<Step> {
        let fragment = dom::fragment();
        if !fragment.starts_with(PREFIX) {
            return None;
        }
        let read = decode(&fragment);
        let _ = dom::drop_fragment();
        Some(match read {
            Ok(setup) => Step::Preview(Rc::new(setup)),
            Err(e) => Step::Refused(e),
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct SetupLinkDialogProps {
    /// Called once a setup is saved (so open screens show the new settings).
    pub on_applied: Callback<()>,
}

#[component]
pub fn SetupLinkDialog(props: &SetupLinkDialogProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let step = use_state(|| Step::Closed);
    {
        let step = step.clone();
        use_effect_with((), move |_| {
            if let Some(s) = Step::from_address() {
                step.set(s);
            }
            // A link pasted into a tab that already runs the app changes only the fragment.
            let listener = dom::on_hash_change(move || {
                if let Some(s) = Step::from_address() {
                    step.set(s);
                }
            });
            move || drop(listener)
        });
    }
    let open = *step != Step::Closed;
    let dialog = use_modal(open);
    use_effect_with((*step).clone(), |step| {
        if *step != Step::Closed {
            dom::focus_id(TITLE_ID);
        }
    });
    let close = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Closed))
    };
    // Escape closes the dialog: for a preview that is declining.
    let on_close = {
        let step = step.clone();
        Callback::from(move |_: Event| {
            if *step != Step::Closed {
                step.set(Step::Closed);
            }
        })
    };
    let settings = data.settings();
    let body = match &*step {
        Step::Closed => html! {},
        Step::Preview(setup) => {
            let list = changes(&settings, setup);
            let name = setup.clinic_name.trim();
            let title = if name.is_empty() {
                tr.t(C::PreviewTitle).to_string()
            } else {
                tr.f(C::PreviewTitleNamed, &[("name", name)])
            };
            let accept = {
                let (step, setup, data, on_applied) = (
                    step.clone(),
                    setup.clone(),
                    data.clone(),
                    props.on_applied.clone(),
                );
                Callback::from(move |_: MouseEvent| {
                    data.set_settings(apply(&data.settings(), &setup));
                    step.set(Step::Applied);
                    on_applied.emit(());
                })
            };
            let rows = |changes: &[&Change]| {
                html! {
                    <dl class="changes">
                        { for changes.iter().map(|c| html! { <>
                            <dt>{ tr.t(setting_name(c.setting)) }</dt>
                            <dd>
                                <span class="was"><span class="tag">{ tr.t(C::Now) }{ ": " }</span>{ value_text(tr, c.setting, &c.old) }</span>
                                <span class="new"><span class="tag">{ tr.t(C::New) }{ ": " }</span>{ value_text(tr, c.setting, &c.new) }</span>
                            </dd>
                        </> }) }
                    </dl>
                }
            };
            let (safety, other): (Vec<&Change>, Vec<&Change>) =
                list.iter().partition(|c| c.setting.is_safety_relevant());
            let emergency = ignored_emergency_number(&settings, setup).map(|asked| {
                let current = match settings.emergency_number.trim() {
                    "" => match crisis::default_emergency(settings.country) {
                        Some(n) => tr.f(C::CountryNumber, &[("number", n)]),
                        None => tr.t(C::CountryDefault).to_string(),
                    },
                    own => own.to_string(),
                };
                html! {
                    <div class="setup-link__emergency" role="note">
                        <h3>{ tr.t(C::EmergencyIgnoredTitle) }</h3>
                        <p>{ tr.f(C::EmergencyIgnored, &[("number", asked), ("current", &current)]) }</p>
                    </div>
                }
            });
            html! { <>
                <h2 id={TITLE_ID} tabindex="-1">{ title }</h2>
                <p class="setup-link__unverified"><strong>{ tr.t(C::PreviewUnverified) }</strong></p>
                { for emergency }
                if list.is_empty() {
                    <p>{ tr.t(C::NoChanges) }</p>
                    <button type="button" class="btn primary wide" onclick={close}>{ tr.t(K::Close) }</button>
                } else {
                    <p>{ tr.t(C::PreviewLead) }</p>
                    if !safety.is_empty() {
                        <section class="setup-link__safety" aria-labelledby="setup-safety-title">
                            <h3 id="setup-safety-title">{ tr.t(C::SafetyHeading) }</h3>
                            { rows(&safety) }
                        </section>
                    }
                    if !other.is_empty() {
                        <section aria-labelledby="setup-other-title">
                            <h3 id="setup-other-title">{ tr.t(C::OtherHeading) }</h3>
                            { rows(&other) }
                        </section>
                    }
                    <div class="row wrap">
                        <button type="button" class="btn primary" onclick={accept}>{ tr.t(C::Accept) }</button>
                        <button type="button" class="btn" onclick={close}>{ tr.t(C::Decline) }</button>
                    </div>
                }
            </> }
        }
        Step::Refused(e) => html! { <>
            <h2 id={TITLE_ID} tabindex="-1">{ tr.t(C::ErrorTitle) }</h2>
            <p><strong>{ link_error(tr, *e) }</strong></p>
            <p>{ tr.t(C::ErrorNothingChanged) }</p>
            <button type="button" class="btn primary wide" onclick={close}>{ tr.t(K::Close) }</button>
        </> },
        Step::Applied => html! { <>
            <h2 id={TITLE_ID} tabindex="-1">{ tr.t(C::AppliedTitle) }</h2>
            <p>{ tr.t(C::AppliedBody) }</p>
            <p onclick={close.clone()}>
                <Link<Route> to={Route::Prepare} classes="btn primary wide">{ tr.t(C::OpenPrepare) }</Link<Route>>
            </p>
            <button type="button" class="btn wide" onclick={close}>{ tr.t(K::Close) }</button>
        </> },
    };
    html! {
        <dialog ref={dialog} class="setup-link" aria-labelledby={TITLE_ID} onclose={on_close}>
            { body }
        </dialog>
    }
}
