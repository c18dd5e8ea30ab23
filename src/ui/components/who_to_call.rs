//! The people to call, as tap-to-call and tap-to-text links, from the escalation model
//! (`domain::safety::escalation`): every screen that shows contacts renders this list, so the
//! choice of whom to show is made once.

use crate::domain::core::model::{Checklist, Country, Settings};
use crate::domain::records::document::Document;
use crate::domain::safety::escalation::{
    plan, Channel, Contact, ContactKind, Line, Missing, Reason, Saved, Situation,
};
use crate::domain::safety::follow_up::support_person;
use crate::domain::support::link::SharedCard;
use crate::ui::components::icon::{icon, IconName};
use crate::ui::data::use_data;
use crate::ui::hooks::use_hand_over;
use crate::ui::i18n::{use_i18n, EscK, Tr};
use crate::ui::lock::use_lock;
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// Whose numbers these are and who reads them.
#[derive(Clone, Debug, PartialEq)]
pub struct Callers {
    pub country: Country,
    pub saved: Rc<Saved>,
    /// Opened from a shared card on the support person's own phone: only what the card
    /// carries, worded for the helper, no settings.
    pub shared: bool,
}

/// The card a link to the guide carries, when the guide was opened from one.
pub fn shared_card(route: Option<&Route>) -> Option<SharedCard> {
    if route != Some(&Route::Support) {
        return None;
    }
    Some(SharedCard::from_fragment(&crate::platform::dom::fragment())).filter(SharedCard::is_card)
}

/// What a shared card gives the support person's phone.
pub fn card_callers(card: SharedCard, fallback: Country, tr: Tr) -> Callers {
    Callers {
        country: card.country.unwrap_or(fallback),
        saved: Rc::new(Saved {
            clinic_name: card.clinic_name.unwrap_or_default(),
            clinic_phone: card.clinic_phone.unwrap_or_default(),
            emergency_override: card.emergency.unwrap_or_default(),
            support: None,
            language: tr.lang,
        }),
        shared: true,
    }
}

fn callers(settings: &Settings, doc: &Document, card: Option<SharedCard>, tr: Tr) -> Callers {
    match card {
        Some(card) => card_callers(card, settings.country, tr),
        None => {
            let support = support_person(doc.live::<Checklist>());
            Callers {
                country: settings.country,
                saved: Rc::new(Saved {
                    language: tr.lang,
                    ..Saved::from_settings(settings, support)
                }),
                shared: false,
            }
        }
    }
}

/// The country and saved numbers in force on this screen: the patient's, or on the support
/// person's phone the shared card's.
#[hook]
pub fn use_callers() -> Callers {
    let data = use_data();
    let tr = use_i18n();
    let route = use_route::<Route>();
    let card = shared_card(route.as_ref());
    // In hand-over the settings kept when it began: the app may have locked since.
    let settings = use_hand_over().kept.unwrap_or_else(|| data.settings());
    callers(&settings, &data.doc(), card, tr)
}

fn line_key(line: Line, channel: Channel) -> EscK {
    use Channel::*;
    match (line, channel) {
        (Line::Us988, Call) => EscK::Us988Call,
        (Line::Us988, Text) => EscK::Us988Text,
        (Line::Us988Spanish, Call) => EscK::Us988SpanishCall,
        (Line::Us988Spanish, Text) => EscK::Us988SpanishText,
        (Line::Veterans, _) => EscK::Veterans,
        (Line::Tty, _) => EscK::Tty,
        (Line::CrisisTextLine, _) => EscK::CrisisTextLine,
        (Line::Ca988, Call) => EscK::Ca988Call,
        (Line::Ca988, Text) => EscK::Ca988Text,
        (Line::KidsHelpPhone, Text) => EscK::KidsHelpPhoneText,
        (Line::KidsHelpPhone, Call) => EscK::KidsHelpPhoneCall,
        (Line::Samaritans, _) => EscK::Samaritans,
        (Line::Nhs111, _) => EscK::Nhs111,
        (Line::Shout, _) => EscK::Shout,
        (Line::Lifeline, Call) => EscK::LifelineCall,
        (Line::Lifeline, Text) => EscK::LifelineText,
        (Line::Linea024, _) => EscK::Linea024,
        (Line::LineaDeLaVida, _) => EscK::LineaDeLaVida,
    }
}

/// A contact's label in the reader's language.
pub fn label(tr: Tr, c: &Contact, saved: &Saved, helper: bool) -> String {
    let number = c.number.as_str();
    match c.kind {
        ContactKind::Emergency => tr.f(EscK::CallEmergency, &[("number", number)]),
        ContactKind::Clinic if !saved.clinic_name.is_empty() => tr.f(
            EscK::CallNamed,
            &[("name", &saved.clinic_name), ("number", number)],
        ),
        ContactKind::Clinic if helper => tr.f(EscK::CallTheClinic, &[("number", number)]),
        ContactKind::Clinic => tr.f(EscK::CallYourClinic, &[("number", number)]),
        ContactKind::SupportPerson => {
            let name = saved.support.as_ref().map_or("", |p| p.name.as_str());
            tr.f(EscK::CallSupport, &[("name", name), ("number", number)])
        }
        ContactKind::Line(line) => tr.t(line_key(line, c.channel)).to_string(),
    }
}

fn reason_key(reason: Reason) -> EscK {
    match reason {
        Reason::LifeInDanger => EscK::WhyLifeInDanger,
        Reason::IfWorseOrNoAnswer => EscK::WhyIfWorse,
        Reason::NoLocalNumberSaved => EscK::WhyNoLocalNumber,
        Reason::TalkNow => EscK::WhyTalkNow,
        Reason::KnowsYourTreatment => EscK::WhyKnowsTreatment,
        Reason::TellYourClinic => EscK::WhyTellClinic,
        Reason::StayWithYou => EscK::WhyStayWithYou,
    }
}

#[derive(Properties, PartialEq)]
pub struct WhoToCallProps {
    /// What is happening; empty for "Get help now". Several: the union.
    #[prop_or_default]
    pub situations: Rc<[Situation]>,
    /// Worded for the support person (the guide, hand-over): no support person listed.
    #[prop_or(false)]
    pub for_helper: bool,
    /// Offer "Add it in settings" for what is missing (not while locked or handed over).
    #[prop_or(true)]
    pub offer_settings: bool,
    /// A link in the list was followed (a dialog closes).
    #[prop_or_default]
    pub on_leave: Callback<()>,
    /// Numbers to use instead of this screen's (the card being made for the support person).
    #[prop_or_default]
    pub callers: Option<Callers>,
}

#[component]
pub fn WhoToCall(props: &WhoToCallProps) -> Html {
    let tr = use_i18n();
    let own = use_callers();
    let who = props.callers.clone().unwrap_or(own);
    let helper = props.for_helper || who.shared;
    let saved = if helper {
        Rc::new(Saved {
            support: None,
            ..(*who.saved).clone()
        })
    } else {
        who.saved.clone()
    };
    let found = plan(&props.situations, who.country, &saved);
    let leave = props.on_leave.reform(|_: MouseEvent| ());
    let offer = props.offer_settings && !who.shared;
    // While locked the clinic's number is saved but sealed: not "missing".
    let locked = use_lock().locked;
    let missing = found.missing.iter().filter(|m| !(locked && **m == Missing::ClinicPhone)).map(|m| {
        let text = match (m, helper, who.shared) {
            (Missing::ClinicPhone, _, true) => EscK::MissingClinicShared,
            (Missing::ClinicPhone, true, false) => EscK::MissingClinicHelper,
            (Missing::ClinicPhone, false, false) => EscK::MissingClinic,
            (Missing::EmergencyNumber, _, _) => EscK::MissingEmergency,
        };
        html! {
            <p class="who-to-call__missing">
                { tr.t(text) }
                if offer {
                    { " " }
                    <span onclick={leave.clone()}>
                        <Link<Route> to={Route::Settings}>{ tr.t(EscK::AddInSettings) }</Link<Route>>
                    </span>
                }
            </p>
        }
    });
    html! {
        <div class="who-to-call">
            <ul class="who-to-call__list" aria-label={tr.t(EscK::ListLabel)}>
                { for found.contacts.iter().map(|c| {
                    let urgent = c.kind == ContactKind::Emergency
                        && found.situation == Situation::Emergency;
                    let glyph = match c.channel {
                        Channel::Call => IconName::Phone,
                        Channel::Text => IconName::Message,
                    };
                    html! {
                        <li class="who-to-call__item">
                            <a class={classes!("who-to-call__link", urgent.then_some("who-to-call__link--urgent"))}
                                href={c.target.clone()}>
                                { icon(glyph) }
                                <span class="who-to-call__text">
                                    <span class="who-to-call__label">{ label(tr, c, &saved, helper) }</span>
                                    <span class="who-to-call__why">{ tr.t(reason_key(c.reason)) }</span>
                                </span>
                            </a>
                        </li>
                    }
                }) }
            </ul>
            { for missing }
        </div>
    }
}
