//! Today's top card through the session day: the phase as a heading, then its one or two
//! actions, the first as the main button.

use super::prepare::words::countdown;
use crate::domain::core::time::{Instant, Zone};
use crate::domain::prepare::next_session::Countdown;
use crate::domain::today::{Act, Day, Phase};
use crate::platform::clock::BrowserZone;
use crate::ui::i18n::plan::slot_label;
use crate::ui::i18n::{clock, clock_near, day_label, use_i18n, weekday_long, TodayK as T, Tr};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayCardProps {
    pub day: Rc<Day>,
    pub now: Instant,
}

/// A time as the patient reads it today: "7:30 AM", "5:30 AM tomorrow" or "03:30 on Sat 5 Dec".
fn time(tr: Tr, at: Instant, now: Instant) -> String {
    clock_near(tr, BrowserZone.to_local(at), BrowserZone.to_local(now).date)
}

fn until(tr: Tr, at: Instant, now: Instant) -> String {
    let ms = at.0 - now.0;
    let minutes = ms.div_euclid(60_000) + i64::from(ms.rem_euclid(60_000) != 0);
    countdown(tr, Countdown::from_minutes(minutes))
}

fn heading(tr: Tr, day: &Day, now: Instant) -> String {
    let start = day.about.as_ref().map(|a| a.start).unwrap_or(now);
    let at = time(tr, start, now);
    let with_time = |key: T| tr.f(key, &[("time", &at)]);
    // "Tomorrow" and "Today" already say the day.
    let clock_only = |key: T| {
        let at = clock(tr, BrowserZone.to_local(start).time);
        tr.f(key, &[("time", &at)])
    };
    match day.phase {
        Phase::EveningBefore => clock_only(T::PhaseEveningBefore),
        Phase::SessionToday => clock_only(T::PhaseSessionToday),
        Phase::Fasting => with_time(T::PhaseFasting),
        Phase::Leaving => tr.t(T::PhaseLeaving).into(),
        Phase::InSession => tr.t(T::PhaseInSession).into(),
        Phase::FirstHours => tr.t(T::PhaseFirstHours).into(),
        Phase::NextDay => tr.t(T::PhaseNextDay).into(),
        Phase::Missed => {
            let weekday = BrowserZone.to_local(start).date.weekday();
            tr.f(T::PhaseMissed, &[("day", tr.t(weekday_long(weekday)))])
        }
        Phase::Quiet => String::new(),
    }
}

/// One action: a line saying what, and where to do it (the first action's link is the main
/// button).
fn act(tr: Tr, act: &Act, now: Instant, first: bool) -> Html {
    let class = if first { "btn primary" } else { "btn" };
    let link = |to: Route, label: T| {
        html! { <Link<Route> {to} classes={class}>{ tr.t(label) }</Link<Route>> }
    };
    let timed = |key: T, at: Instant| {
        tr.f(
            key,
            &[("time", &time(tr, at, now)), ("in", &until(tr, at, now))],
        )
    };
    let (text, action) = match act {
        Act::Checklist { left } => {
            let text = tr.count(*left, T::ActChecklistOne, T::ActChecklist, &[]);
            (text, link(Route::Prepare, T::OpenChecklist))
        }
        Act::EnterClinicRules => (
            tr.t(T::ActNoRules).into(),
            link(Route::ClinicRules, T::EnterRules),
        ),
        Act::StopSolids { at } => (timed(T::ActStopSolids, *at), html! {}),
        Act::StopClearLiquids { at } => (timed(T::ActStopClear, *at), html! {}),
        Act::NothingByMouth { until } => (
            tr.f(T::ActNothingByMouth, &[("time", &time(tr, *until, now))]),
            html! {},
        ),
        Act::Leave { arrive_by } => (timed(T::ActLeave, *arrive_by), html! {}),
        Act::SupportGuide => (
            tr.t(T::ActSupportGuide).into(),
            link(Route::Support, T::OpenSupportGuide),
        ),
        Act::RecordSession { .. } => (
            tr.t(T::ActRecord).into(),
            link(Route::Session, T::RecordSession),
        ),
        Act::CheckIn { session, slot } => (
            tr.f(T::ActCheckIn, &[("slot", tr.t(slot_label(*slot)))]),
            link(
                Route::CheckIn {
                    id: session.0.clone(),
                },
                T::CheckInNow,
            ),
        ),
        Act::CheckInNow => (
            String::new(),
            link(Route::CheckIn { id: "now".into() }, T::CheckInNow),
        ),
        Act::NextCheckIn { slot, at } => (
            tr.f(
                T::ActNextCheckIn,
                &[
                    ("slot", tr.t(slot_label(*slot))),
                    ("time", &time(tr, *at, now)),
                ],
            ),
            html! {},
        ),
        Act::DidItHappen { date, .. } => {
            let today = BrowserZone.to_local(now).date;
            let date = day_label(tr, *date, today);
            let action = html! {
                <div class="day-card__choices">
                    <Link<Route> to={Route::Session} classes="btn primary">{ tr.t(T::MissedYes) }</Link<Route>>
                    <Link<Route> to={Route::Plan} classes="btn">{ tr.t(T::MissedNo) }</Link<Route>>
                </div>
            };
            (tr.f(T::ActMissed, &[("date", &date)]), action)
        }
    };
    html! {
        <li class={classes!("day-card__act", first.then_some("day-card__act--first"))}>
            if !text.is_empty() { <p class="day-card__what">{ text }</p> }
            { action }
        </li>
    }
}

#[component]
pub fn DayCard(props: &DayCardProps) -> Html {
    let tr = use_i18n();
    let day = &props.day;
    let now = props.now;
    let leaving = day.phase == Phase::Leaving;
    html! {
        <section class="card day-card" aria-labelledby="day-card-title">
            <h2 id="day-card-title" class="day-card__title">{ heading(tr, day, now) }</h2>
            if leaving {
                if let Some(about) = &day.about {
                    <p class="day-card__when">{ tr.f(T::SessionAt, &[("time", &time(tr, about.start, now))]) }</p>
                }
            }
            <ul class="day-card__acts">
                { for day.acts.iter().enumerate().map(|(i, a)| act(tr, a, now, i == 0)) }
            </ul>
            if leaving {
                <p class="hint">{ tr.t(T::ActLeaveHint) }</p>
            }
        </section>
    }
}
