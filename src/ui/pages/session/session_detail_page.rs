//! `/session/:id`: the session's record, its check-ins, how each feeling changed after it,
//! one feeling across sessions, and delete with undo.

use super::timeline_chart::{timeline_chart, TimelineChartProps};
use super::trend_chart::{TrendChart, TrendSession};
use super::words::{bp_text, flag_key, local, route_key, slot_key, symptom_key};
use super::IdProps;
use crate::domain::core::model::{CheckIn, Record, RecordId, Session};
use crate::domain::session::check_in_flow::{format_minutes, session_span};
use crate::domain::session::timeline::series;
use crate::platform::clock::BrowserZone;
use crate::ui::data::use_data;
use crate::ui::i18n::{clock, long_date, use_i18n, SessionK, K};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew::props;
use yew_router::prelude::*;

/// What a delete removed, kept for undo.
#[derive(Clone, PartialEq)]
struct Removed {
    session: Record<Session>,
    check_ins: Vec<Record<CheckIn>>,
}

#[component]
pub fn SessionDetailPage(props: &IdProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let doc = data.doc();
    let removed = use_state(|| None::<Removed>);
    let id = RecordId(props.id.to_string());

    if let Some(r) = removed.as_ref().filter(|r| r.session.meta.id == id) {
        let date = r
            .session
            .data
            .as_ref()
            .map(|s| long_date(tr, s.date))
            .unwrap_or_default();
        let undo = {
            let (data, removed, r) = (data.clone(), removed.clone(), r.clone());
            Callback::from(move |_: MouseEvent| {
                data.restore_session(r.session.clone(), r.check_ins.clone());
                removed.set(None);
            })
        };
        return html! {
            <section class="page">
                <h1>{ tr.f(SessionK::DetailTitle, &[("date", &date)]) }</h1>
                <div role="status" class="ok-note">
                    <p>{ tr.t(SessionK::SessionDeleted) }</p>
                    <button type="button" class="btn secondary" onclick={undo}>{ tr.t(K::Undo) }</button>
                </div>
                <Link<Route> to={Route::Session} classes="btn secondary">{ tr.t(SessionK::BackToSessions) }</Link<Route>>
            </section>
        };
    }
    let Some(session) = doc.get::<Session>(&id).cloned() else {
        return html! {
            <section class="page">
                <h1>{ tr.t(SessionK::SessionTitle) }</h1>
                <p>{ tr.t(SessionK::SessionNotFound) }</p>
                <Link<Route> to={Route::Session} classes="btn secondary">{ tr.t(SessionK::BackToSessions) }</Link<Route>>
            </section>
        };
    };
    let (_, end) = session_span(&session, &BrowserZone);
    let mut mine: Vec<(&RecordId, &CheckIn)> = doc
        .live::<CheckIn>()
        .filter(|(_, c)| c.session.as_ref() == Some(&id))
        .map(|(m, c)| (&m.id, c))
        .collect();
    crate::domain::core::order::by_key(&mut mine, |(_, c)| c.at);
    let finished: Vec<&CheckIn> = mine.iter().map(|(_, c)| *c).filter(|c| !c.draft).collect();
    let lines: Rc<[_]> = series(&finished, end).into();

    let mut all: Vec<(&RecordId, &Session)> =
        doc.live::<Session>().map(|(m, s)| (&m.id, s)).collect();
    crate::domain::core::order::by(&mut all, |a, b| {
        (a.1.date, a.1.start, a.0).cmp(&(b.1.date, b.1.start, b.0))
    });
    let trend: Rc<[TrendSession]> = all
        .iter()
        .map(|(sid, s)| TrendSession {
            date: s.date,
            check_ins: doc
                .live::<CheckIn>()
                .filter(|(_, c)| c.session.as_ref() == Some(*sid))
                .map(|(_, c)| c.clone())
                .collect(),
            current: **sid == id,
        })
        .collect();

    let delete = {
        let (data, removed, doc, id) = (data.clone(), removed.clone(), doc.clone(), id.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(session) = doc.record::<Session>(&id).cloned() else {
                return;
            };
            let check_ins: Vec<Record<CheckIn>> = doc
                .records::<CheckIn>()
                .iter()
                .filter(|r| r.live().is_some_and(|c| c.session.as_ref() == Some(&id)))
                .cloned()
                .collect();
            let gone = Removed { session, check_ins };
            data.delete_session(
                gone.session.meta.id.clone(),
                gone.check_ins.iter().map(|c| c.meta.id.clone()).collect(),
            );
            removed.set(Some(gone));
        })
    };
    let date = long_date(tr, session.date);
    let times = match session.end {
        Some(e) => tr.f(
            SessionK::DetailTimes,
            &[("start", &clock(tr, session.start)), ("end", &clock(tr, e))],
        ),
        None => tr.f(
            SessionK::DetailStarted,
            &[("start", &clock(tr, session.start))],
        ),
    };
    let readings = [
        (SessionK::BpBefore, session.bp_before),
        (SessionK::Bp40, session.bp_40min),
        (SessionK::BpLeaving, session.bp_leaving),
    ];
    let item = |label: SessionK, value: &str| {
        (!value.trim().is_empty())
            .then(|| html! { <><dt>{ tr.t(label) }</dt><dd>{ value.to_string() }</dd></> })
    };
    html! {
        <section class="page">
            <h1>{ tr.f(SessionK::DetailTitle, &[("date", &date)]) }</h1>
            <div class="card">
                <dl class="facts">
                    <dt>{ tr.t(SessionK::FieldStart) }</dt><dd>{ times }</dd>
                    <dt>{ tr.t(SessionK::FieldRoute) }</dt><dd>{ tr.t(route_key(session.route)) }</dd>
                    { for item(SessionK::DetailDose, &session.dose) }
                    { for readings.iter().filter_map(|(k, bp)| bp.map(|bp| html! {
                        <><dt>{ tr.t(*k) }</dt><dd>{ bp_text(tr, bp) }</dd></>
                    })) }
                    { for item(SessionK::DetailTakenHome, &session.taken_home_by) }
                    { for item(SessionK::DetailNotes, &session.notes) }
                </dl>
                <Link<Route> to={Route::CheckIn { id: id.0.clone() }} classes="btn primary wide">{ tr.t(SessionK::CheckInNow) }</Link<Route>>
            </div>
            <h2>{ tr.t(SessionK::DetailCheckIns) }</h2>
            if mine.is_empty() {
                <p class="hint">{ tr.t(SessionK::NoCheckIns) }</p>
            }
            <ul class="check-ins">
                { for mine.iter().map(|(_, c)| check_in_item(tr, c, end, &id)) }
            </ul>
            <h2>{ tr.t(SessionK::TimelineTitle) }</h2>
            { timeline_chart(tr, props!(TimelineChartProps { series: lines })) }
            <h2>{ tr.t(SessionK::TrendTitle) }</h2>
            <TrendChart sessions={trend} />
            <button type="button" class="btn danger" onclick={delete}>{ tr.t(SessionK::DeleteSession) }</button>
        </section>
    }
}

fn check_in_item(
    tr: crate::ui::i18n::Tr,
    c: &CheckIn,
    end: crate::domain::core::time::Instant,
    id: &RecordId,
) -> Html {
    let when = tr.f(
        SessionK::CheckInWhen,
        &[
            ("slot", tr.t(slot_key(c.slot))),
            ("time", &clock(tr, local(c.at).time)),
            ("elapsed", &format_minutes(c.at.minutes_since(end))),
        ],
    );
    let felt: Vec<String> = c
        .ratings
        .iter()
        .filter(|(_, s)| **s > 0)
        .map(|(sym, s)| format!("{}: {s}", tr.t(symptom_key(*sym))))
        .chain(
            c.custom
                .iter()
                .filter(|r| r.score > 0)
                .map(|r| format!("{}: {}", r.name, r.score)),
        )
        .collect();
    html! {
        <li class="card">
            <h3>{ when }</h3>
            if c.draft {
                <p>
                    <strong>{ tr.t(SessionK::DraftLabel) }</strong>{ " " }
                    <Link<Route> to={Route::CheckIn { id: id.0.clone() }}>{ tr.t(SessionK::ResumeDraft) }</Link<Route>>
                </p>
            }
            if !felt.is_empty() {
                <p>{ felt.join(" · ") }</p>
            }
            if let Some(bp) = c.bp {
                <p>{ bp_text(tr, bp) }</p>
            }
            if !c.red_flags.is_empty() {
                <p class="danger-note">
                    <strong>{ tr.t(SessionK::FlagsReported) }{ ": " }</strong>
                    { c.red_flags.iter().map(|f| tr.t(flag_key(*f))).collect::<Vec<_>>().join("; ") }
                </p>
            }
            if !c.notes.is_empty() {
                <p class="note-text">{ c.notes.clone() }</p>
            }
        </li>
    }
}
