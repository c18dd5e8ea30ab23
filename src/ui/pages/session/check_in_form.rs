//! One quick check-in, a short screen at a time: red flags first (any yes escalates at once;
//! what is still reported is logged when the check-in is saved), the ten ratings a few at a
//! time with what to expect, then the slot and time, a reading, extras, notes and Save. Kept
//! as a draft while it is filled in, so it can be finished later; Back and Next lose nothing.

use super::bp_fields::BpFields;
use super::check_in_saved::{CheckInSaved, SAVED_ID};
use super::check_in_start::{done_slots, parse_at, start};
use super::check_in_state::{CheckInAction as A, CheckInState};
use super::check_in_steps::{Step, StepNav, StepProgress, FEELING_GROUPS, STEP_HEADING};
use super::custom_ratings::CustomRatings;
use super::described_by;
use super::escalation_panel::{EscalationPanel, ESCALATION_ID};
use super::red_flag_questions::RedFlagQuestions;
use super::symptom_ratings::{Rating, SymptomRatings};
use super::words::{bp_error, local, slot_key};
use crate::domain::core::model::{CheckIn, CheckInSlot, RecordId, RedFlag, Session};
use crate::domain::session::check_in_flow::{
    check_time, due_slot, finish, reported_flags, session_span, CheckInTimeError,
};
use crate::domain::session::session_form::parse_bp;
use crate::platform::clock::{self, BrowserZone};
use crate::platform::{dom, scroll};
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::forms::value_of;
use crate::ui::i18n::{use_i18n, SessionK};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckInFormProps {
    /// The session this check-in follows; `None` for "any time".
    pub session: Option<(RecordId, Session)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Time,
    Bp,
}

#[component]
pub fn CheckInForm(props: &CheckInFormProps) -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let session_id = props.session.as_ref().map(|(id, _)| id.clone());
    let span = props
        .session
        .as_ref()
        .map(|(_, s)| session_span(s, &BrowserZone));
    let begun = use_memo((), |_| start(&data, session_id.as_ref(), span.map(|s| s.1)));
    let (draft_id, resumed) = (begun.id.clone(), begun.resumed);
    let state = {
        let begun = begun.clone();
        use_reducer_eq(move || begun.state.clone())
    };
    let saved = use_state(|| false);
    let step = use_state(|| Step::Safety);
    let errors = use_state(Vec::<(Field, String)>::new);
    let last_level = use_mut_ref(|| state.escalation());
    let level = state.escalation();
    let at = parse_at(&state.date, &state.time);
    let draft = CheckIn {
        at: at.unwrap_or(state.check_in.at),
        ..state.check_in.clone()
    };

    // Until the patient picks a slot, it follows the check-in time.
    {
        let (d, data, sid) = (state.dispatcher(), data.clone(), session_id.clone());
        use_effect_with((at, span), move |(at, span)| {
            if let (Some(at), Some((_, end))) = (at, span) {
                let done = done_slots(&data, sid.as_ref());
                d.dispatch(A::DueSlot {
                    slot: due_slot(*end, *at, &BrowserZone, &done),
                });
            }
        });
    }
    // Keep the draft as the user goes.
    {
        let (data, id, saved) = (data.clone(), draft_id.clone(), *saved);
        use_effect_with((draft.clone(), state.touched), move |(draft, touched)| {
            if *touched && !saved {
                data.put(id, draft.clone());
            }
        });
    }
    // A new or higher level: move focus to the panel at once.
    {
        let (last, changes) = (last_level.clone(), state.signal_changes);
        use_effect_with(level, move |level| {
            let rose = *level > *last.borrow();
            *last.borrow_mut() = *level;
            if rose && changes > 0 {
                dom::focus_id(ESCALATION_ID);
            }
        });
    }
    use_effect_with(*saved, |saved| {
        if *saved {
            dom::focus_id(SAVED_ID);
        }
    });
    // A new step: its heading takes focus, so the screen reader reads where the patient is.
    {
        let first_render = use_mut_ref(|| true);
        use_effect_with(*step, move |_| {
            if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
                // A new screen starts at the top; focus brings the heading into view if the
                // escalation panel pushes it down.
                scroll::to(0.0);
                dom::focus_id(STEP_HEADING);
            }
        });
    }

    let dispatch = |make: fn(String) -> A| {
        let state = state.dispatcher();
        Callback::from(move |e: Event| state.dispatch(make(value_of(&e))))
    };
    let on_submit = {
        let (state, data, saved, errors) =
            (state.clone(), data.clone(), saved.clone(), errors.clone());
        let id = draft_id.clone();
        let announce = announce.clone();
        let step = step.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Enter in a field before the last step goes on rather than saving.
            if *step != Step::Finish {
                step.set(step.next());
                return;
            }
            let mut problems = Vec::new();
            let time = check_time(at, span.map(|s| s.0), clock::now()).map_err(|e| {
                let text = match e {
                    CheckInTimeError::Unreadable => tr.t(SessionK::ErrTimeUnreadable).to_string(),
                    CheckInTimeError::InFuture => tr.t(SessionK::ErrInFuture).to_string(),
                    CheckInTimeError::BeforeSession => {
                        let start = span
                            .map(|s| crate::ui::i18n::clock(tr, local(s.0).time))
                            .unwrap_or_default();
                        tr.f(SessionK::ErrBeforeSession, &[("start", &start)])
                    }
                };
                problems.push((Field::Time, text));
            });
            let bp =
                parse_bp(&state.bp_text).map_err(|e| problems.push((Field::Bp, bp_error(tr, e))));
            if let (Ok(at), Ok(bp)) = (time, bp) {
                let c = CheckIn {
                    bp,
                    ..state.check_in.clone()
                };
                data.save_check_in(id.clone(), finish(c, at));
                saved.set(true);
                announce.polite(tr.t(SessionK::CheckInSaved));
            } else {
                announce.polite(tr.t(SessionK::CheckInErrors));
            }
            errors.set(problems);
        })
    };
    let error_of = |field| {
        errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| AttrValue::from(m.clone()))
    };
    let flags: Rc<[RedFlag]> = state.check_in.red_flags.clone().into();
    let reported: Rc<[RedFlag]> = reported_flags(&state.check_in.red_flags, &state.check_in).into();
    let panel = {
        let on_continue = Callback::from(|_| dom::focus_id(STEP_HEADING));
        level.map(|level| html! { <EscalationPanel {level} flags={reported} {on_continue} /> })
    };
    if *saved {
        return html! {
            <>
                { for panel }
                <CheckInSaved session={props.session.clone()} />
            </>
        };
    }
    let time_error = error_of(Field::Time);
    let elapsed = span.zip(at).map(|((_, end), at)| at.minutes_since(end));
    let d = state.dispatcher().to_callback();
    let on_go = {
        let step = step.clone();
        Callback::from(move |to: Step| step.set(to))
    };
    let heading = |title: SessionK, hint: SessionK| {
        html! {
            <>
                <h2 id={STEP_HEADING} tabindex="-1">{ tr.t(title) }</h2>
                <p class="hint">{ tr.t(hint) }</p>
            </>
        }
    };
    let body = match *step {
        Step::Safety => html! {
            <section class="card" aria-labelledby={STEP_HEADING}>
                { heading(SessionK::StepSafetyTitle, SessionK::StepSafetyHint) }
                <RedFlagQuestions flags={flags.clone()} plan={state.plan_answer}
                    on_toggle={d.reform(|flag| A::ToggleFlag { flag })}
                    on_plan={d.reform(|yes| A::Plan { yes })} />
            </section>
        },
        Step::Feelings { group } => html! {
            <section class="card" aria-labelledby={STEP_HEADING}>
                { heading(SessionK::SymptomsTitle, SessionK::SymptomsHint) }
                <SymptomRatings symptoms={FEELING_GROUPS[group]} ratings={state.check_in.ratings.clone()}
                    {elapsed} flags={flags}
                    on_rate={d.reform(|r: Rating| A::Rate { symptom: r.symptom, score: r.score })}
                    on_confirm_flag={d.reform(|flag| A::ConfirmFlag { flag })} />
            </section>
        },
        Step::Finish => html! {
            <>
                <section class="card" aria-labelledby={STEP_HEADING}>
                    { heading(SessionK::StepFinishTitle, SessionK::StepFinishHint) }
                    if span.is_some() {
                        <div class="field">
                            <label for="ci-slot">{ tr.t(SessionK::SlotLabel) }</label>
                            <select id="ci-slot" onchange={slot_change(state.dispatcher())}>
                                { for CheckInSlot::ALL.iter().enumerate().map(|(i, s)| html! {
                                    <option value={i.to_string()} selected={*s == state.check_in.slot}>{ tr.t(slot_key(*s)) }</option>
                                }) }
                            </select>
                        </div>
                    }
                    <div class="pair">
                        <div class="field">
                            <label for="ci-date">{ tr.t(SessionK::CheckInDate) }</label>
                            <input id="ci-date" type="date" value={state.date.clone()}
                                aria-invalid={time_error.as_ref().map(|_| "true")}
                                aria-describedby={described_by(None, time_error.as_ref().map(|_| "ci-time-err"))}
                                onchange={dispatch(|text| A::Date { text })} />
                        </div>
                        <div class="field">
                            <label for="ci-time">{ tr.t(SessionK::CheckInTime) }</label>
                            <input id="ci-time" type="time" value={state.time.clone()}
                                aria-invalid={time_error.as_ref().map(|_| "true")}
                                aria-describedby={described_by(None, time_error.as_ref().map(|_| "ci-time-err"))}
                                onchange={dispatch(|text| A::Time { text })} />
                        </div>
                    </div>
                    if let Some(e) = time_error {
                        <p class="error" id="ci-time-err">{ e }</p>
                    }
                    <BpFields id="ci-bp" legend={tr.t(SessionK::CheckBpTitle)} hint={tr.t(SessionK::CheckBpHint)}
                        value={state.bp_text.clone()} error={error_of(Field::Bp)}
                        on_input={d.reform(|text| A::BpInput { text })}
                        on_commit={d.reform(|_| A::BpCommit)} />
                </section>
                <CustomRatings rows={Rc::<[_]>::from(state.check_in.custom.clone())}
                    on_change={d.reform(|rows| A::Custom { rows })} />
                <div class="field">
                    <label for="ci-notes">{ tr.t(SessionK::NotesLabel) }</label>
                    <textarea id="ci-notes" value={state.check_in.notes.clone()}
                        oninput={d.reform(|e: InputEvent| A::Notes { text: value_of(&e) })} />
                </div>
                if !errors.is_empty() { <p class="error">{ tr.t(SessionK::CheckInErrors) }</p> }
            </>
        },
    };
    html! {
        <>
            { for panel }
            if resumed && !state.touched {
                <p class="ok-note">{ tr.t(SessionK::DraftResumed) }</p>
            }
            <StepProgress step={*step} />
            <form class="check-in check-in-steps" onsubmit={on_submit} novalidate=true>
                { body }
                <StepNav step={*step} {on_go} />
                <p class="hint">{ tr.t(SessionK::DraftKept) }</p>
                <p class="hint">{ tr.t(SessionK::SelfCheck) }</p>
            </form>
        </>
    }
}

fn slot_change(d: UseReducerDispatcher<CheckInState>) -> Callback<web_sys::Event> {
    Callback::from(move |e: web_sys::Event| {
        if let Some(slot) = value_of(&e)
            .parse::<usize>()
            .ok()
            .and_then(|i| CheckInSlot::ALL.get(i))
        {
            d.dispatch(A::Slot { slot: *slot });
        }
    })
}
