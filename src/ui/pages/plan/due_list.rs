//! Today's due list: the next appointment with a countdown, then what is due now, what is
//! still to do, and sessions that passed without a record; each a link to where to act.

use crate::domain::core::model::{Appointment, ScaleKind};
use crate::domain::core::time::{Date, Zone};
use crate::domain::plan::agenda::{due_now, NextUp};
use crate::domain::plan::due::DueItem;
use crate::domain::today::ShownAbove;
use crate::platform::clock::BrowserZone;
use crate::ui::data::use_data;
use crate::ui::hooks::use_now;
use crate::ui::i18n::plan::{
    countdown_label, date_label, kind_label, scale_label, slot_label, when_label,
};
use crate::ui::i18n::{clock_near, use_i18n, PlanK, Tr};
use crate::ui::pages::plan::clock::local_date;
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// The questionnaire route's id for a scale (`/mood/phq9`).
fn scale_id(scale: ScaleKind) -> &'static str {
    match scale {
        ScaleKind::Phq9 => "phq9",
        ScaleKind::Gad7 => "gad7",
        ScaleKind::Pcl5 => "pcl5",
    }
}

/// The words of an item and where the patient acts on it (the next appointment has a card of
/// its own instead).
fn item(tr: Tr, item: &DueItem, today: Date) -> Option<(String, Route)> {
    let local = |at| BrowserZone.to_local(at);
    Some(match item {
        DueItem::CheckIn {
            session,
            slot,
            due_at,
            overdue,
        } => {
            let slot = tr.t(slot_label(*slot));
            let text = if *overdue {
                let time = clock_near(tr, local(*due_at), today);
                tr.f(PlanK::DueCheckInLate, &[("slot", slot), ("time", &time)])
            } else {
                tr.f(PlanK::DueCheckIn, &[("slot", slot)])
            };
            (
                text,
                Route::CheckIn {
                    id: session.0.clone(),
                },
            )
        }
        DueItem::PrepareChecklist { at, .. } => {
            let at = local(*at);
            let when = when_label(tr, at.date, at.time, today);
            (tr.f(PlanK::DuePrepare, &[("when", &when)]), Route::Prepare)
        }
        DueItem::Questionnaire { kind, overdue_days } => {
            let scale = tr.t(scale_label(*kind));
            let text = match overdue_days {
                0 => tr.f(PlanK::DueQuestionnaire, &[("scale", scale)]),
                n => tr.count(
                    usize::try_from(*n).unwrap_or(usize::MAX),
                    PlanK::DueQuestionnaireLateOne,
                    PlanK::DueQuestionnaireLate,
                    &[("scale", scale)],
                ),
            };
            let route = Route::Questionnaire {
                scale: scale_id(*kind).into(),
            };
            (text, route)
        }
        DueItem::Backup { days_since } => {
            let text = match days_since {
                None => tr.t(PlanK::DueBackupNever).to_string(),
                Some(n) => tr.count(
                    usize::try_from(*n).unwrap_or(usize::MAX),
                    PlanK::DueBackupDaysOne,
                    PlanK::DueBackupDays,
                    &[],
                ),
            };
            (text, Route::Data)
        }
        DueItem::MissedSession { date, .. } => {
            let date = date_label(tr, *date, today);
            (tr.f(PlanK::DueMissed, &[("date", &date)]), Route::Session)
        }
        DueItem::NextAppointment { .. } => return None,
    })
}

fn group(tr: Tr, title: PlanK, items: &[DueItem], today: Date, class: &'static str) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3>{ tr.t(title) }</h3>
            <ul class="plain stack">
                { for items.iter().filter_map(|i| item(tr, i, today)).map(|(text, route)| {
                    html! { <li><Link<Route> to={route} classes={classes!("due-link", class)}>{ text }</Link<Route>></li> }
                }) }
            </ul>
        </>
    }
}

fn next_card(tr: Tr, next: &NextUp, appointment: Option<&Appointment>, today: Date) -> Html {
    let Some(a) = appointment else {
        return html! {};
    };
    let what = tr.t(kind_label(a.kind));
    let when = when_label(tr, a.date, a.time, today);
    html! {
        <div class="next-up">
            <p>{ tr.f(PlanK::DueNext, &[("what", what), ("when", &when)]) }</p>
            <p class="countdown">{ countdown_label(tr, next.countdown) }</p>
            <Link<Route> to={Route::Plan} classes="btn small">{ tr.t(PlanK::SeePlan) }</Link<Route>>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DueListProps {
    /// What Today already shows above the list (each thing is shown once).
    #[prop_or_default]
    pub shown_above: Option<Rc<ShownAbove>>,
}

#[component]
pub fn DueList(props: &DueListProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let now = use_now(30_000);
    let doc = data.doc();
    let today = local_date(now);
    let mut due = due_now(&doc, data.last_backup(), now, &BrowserZone);
    if let Some(above) = &props.shown_above {
        let keep = |items: &mut Vec<DueItem>| items.retain(|i| !above.covers(i));
        keep(&mut due.now);
        keep(&mut due.overdue);
        keep(&mut due.missed);
        let next_shown = due.next.as_ref().is_some_and(|n| {
            above.covers(&DueItem::NextAppointment {
                id: n.id.clone(),
                at: n.at,
                minutes_until: 0,
            })
        });
        if next_shown {
            due.next = None;
        }
    }
    html! {
        <section class="card due" aria-labelledby="due-title">
            <h2 id="due-title">{ tr.t(PlanK::DueTitle) }</h2>
            if due.is_empty() {
                <p>{ tr.t(PlanK::DueNothing) }</p>
            }
            if let Some(next) = &due.next {
                { next_card(tr, next, doc.get::<Appointment>(&next.id), today) }
            }
            { group(tr, PlanK::DueNowTitle, &due.now, today, "now") }
            { group(tr, PlanK::DueOverdueTitle, &due.overdue, today, "late") }
            { group(tr, PlanK::DueMissedTitle, &due.missed, today, "missed") }
        </section>
    }
}
