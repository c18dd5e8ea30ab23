//! A printable summary for the clinician: sessions, after-effects, scores, mood, warning signs
//! and the patient's questions, for a chosen date range.

use crate::domain::core::model::{BloodPressure, ScaleKind};
use crate::domain::core::time::{Date, Zone};
use crate::domain::core::time::{LocalDateTime, TimeOfDay};
use crate::domain::mood::charts::Window;
use crate::domain::summary::{self, Range, Summary};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::forms::bind;
use crate::ui::i18n::{
    long_date, number, red_flag_name, route_name, scale_name, severity_word, symptom_name,
    use_i18n, RecordsK, SummaryK as S, Tr, K,
};
use crate::ui::pages::mood::{ChartEntry, ChartSeries, TrendChart};
use crate::ui::routes::Route;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Clone, PartialEq, Default)]
struct Dates {
    from: String,
    to: String,
}

fn bp(b: Option<BloodPressure>) -> String {
    b.map_or("-".into(), |b| format!("{}/{}", b.systolic, b.diastolic))
}

fn body(tr: Tr, s: &Summary) -> Html {
    let sessions = if s.sessions.is_empty() {
        html! { <p>{ tr.t(S::NoSessions) }</p> }
    } else {
        html! {
            <table class="data">
                <thead><tr>
                    <th scope="col">{ tr.t(S::Date) }</th><th scope="col">{ tr.t(S::RouteCol) }</th>
                    <th scope="col">{ tr.t(S::BpBefore) }</th><th scope="col">{ tr.t(S::Bp40) }</th><th scope="col">{ tr.t(S::BpLeaving) }</th>
                </tr></thead>
                <tbody>{ for s.sessions.iter().map(|x| html! { <tr>
                    <th scope="row">{ long_date(tr, x.session.date) }</th>
                    <td>{ tr.t(route_name(x.session.route)) }</td>
                    <td>{ bp(x.session.bp_before) }</td><td>{ bp(x.session.bp_40min) }</td><td>{ bp(x.session.bp_leaving) }</td>
                </tr> }) }</tbody>
            </table>
        }
    };
    let effects = s.sessions.iter().map(|x| {
        html! {
            <section class="summary-block">
                <h3>{ tr.count(x.check_ins, S::EffectsOfOne, S::EffectsOf, &[("date", &long_date(tr, x.session.date))]) }</h3>
                if x.effects.is_empty() && x.not_rated.is_empty() { <p>{ tr.t(S::NoEffects) }</p> } else {
                    <table class="data">
                        <thead><tr><th scope="col">{ tr.t(S::Symptom) }</th><th scope="col">{ tr.t(S::Peak) }</th><th scope="col">{ tr.t(S::Faded) }</th></tr></thead>
                        <tbody>{ for x.effects.iter().map(|e| html! { <tr>
                            <th scope="row">{ tr.t(symptom_name(e.symptom)) }</th>
                            <td>{ e.peak }</td>
                            <td>{ match e.faded_after_minutes {
                                Some(m) => tr.f(S::FadedAfter, &[("h", &number(tr, m as f64 / 60.0, 1))]),
                                None => tr.t(S::NotFaded).into(),
                            } }</td>
                        </tr> }) }
                        // Skipped in every check-in: not answered, which is not "none".
                        { for x.not_rated.iter().map(|s| html! { <tr>
                            <th scope="row">{ tr.t(symptom_name(*s)) }</th>
                            <td>{ tr.t(S::NotRated) }</td>
                            <td></td>
                        </tr> }) }</tbody>
                    </table>
                }
            </section>
        }
    });
    let scores = if s.scores.is_empty() {
        html! { <p>{ tr.t(S::NoScores) }</p> }
    } else {
        html! {
            <table class="data">
                <thead><tr><th scope="col">{ tr.t(S::Date) }</th><th scope="col">{ tr.t(S::Scale) }</th><th scope="col">{ tr.t(S::Score) }</th><th scope="col">{ tr.t(S::Band) }</th></tr></thead>
                <tbody>{ for s.scores.iter().map(|l| html! { <tr>
                    <th scope="row">{ long_date(tr, BrowserZone.to_local(l.score.at).date) }</th>
                    <td>{ scale_name(l.scale) }</td>
                    <td>{ l.score.total }</td>
                    <td>{ l.severity.map_or(tr.t(S::NoBand), |b| tr.t(severity_word(b))) }</td>
                </tr> }) }</tbody>
            </table>
        }
    };
    // The same trend charts as the Mood screen, over the summary's dates.
    let day_start =
        |d: Date| BrowserZone.to_instant(LocalDateTime::new(d, TimeOfDay { hour: 0, minute: 0 }));
    let window = Window {
        start: day_start(s.range.from),
        end: day_start(s.range.to.add_days(1)),
    };
    let sessions_at: Rc<[crate::domain::core::time::Instant]> = s
        .sessions
        .iter()
        .map(|x| x.session.starts_at(&BrowserZone))
        .collect();
    let charts = ScaleKind::ALL.into_iter().filter_map(|kind| {
        let entries: Rc<[ChartEntry]> = s
            .scores
            .iter()
            .filter(|l| l.scale == kind)
            .map(|l| ChartEntry { at: l.score.at, value: l.score.total, note: AttrValue::default() })
            .collect();
        (!entries.is_empty()).then(|| html! {
            <TrendChart series={ChartSeries::Scale(kind)} {entries} sessions={sessions_at.clone()} {window} />
        })
    });
    html! {
        <>
            <section class="summary-block"><h2>{ tr.t(S::Sessions) }</h2>{ sessions }</section>
            <section class="summary-block"><h2>{ tr.t(S::AfterEffects) }</h2>{ for effects }</section>
            <section class="summary-block"><h2>{ tr.t(S::Scores) }</h2>{ scores }{ for charts }</section>
            <section class="summary-block">
                <h2>{ tr.t(S::Mood) }</h2>
                { match s.mood {
                    Some(m) => html! { <p>{ tr.count(m.entries, S::MoodLineOne, S::MoodLine, &[("avg", &number(tr, f64::from(m.average), 1)), ("low", &m.lowest.to_string()), ("high", &m.highest.to_string())]) }</p> },
                    None => html! { <p>{ tr.t(S::NoMood) }</p> },
                } }
            </section>
            <section class="summary-block">
                <h2>{ tr.t(S::RedFlags) }</h2>
                if s.red_flags.is_empty() { <p>{ tr.t(S::NoRedFlags) }</p> } else {
                    <ul>{ for s.red_flags.iter().map(|(at, flags, item9)| {
                        let mut words: Vec<String> = flags.iter().map(|f| tr.t(red_flag_name(*f)).to_string()).collect();
                        if let Some(n) = item9 { words.push(tr.f(S::Item9, &[("n", &n.to_string())])); }
                        html! { <li><strong>{ long_date(tr, BrowserZone.to_local(*at).date) }</strong>{ ": " }{ words.join("; ") }</li> }
                    }) }</ul>
                }
                <p class="no-print"><Link<Route> to={Route::WarningSigns}>{ tr.t(RecordsK::LogOpen) }</Link<Route>></p>
            </section>
            <section class="summary-block">
                <h2>{ tr.t(S::Questions) }</h2>
                if s.questions.trim().is_empty() && s.concerns.trim().is_empty() { <p>{ tr.t(S::NoQuestions) }</p> }
                if !s.concerns.trim().is_empty() { <p class="pre">{ s.concerns.clone() }</p> }
                if !s.questions.trim().is_empty() { <p class="pre">{ s.questions.clone() }</p> }
            </section>
        </>
    }
}

#[component]
pub fn SummaryPage() -> Html {
    let tr = use_i18n();
    let doc = use_data().doc();
    let full = summary::full_range(&doc, &BrowserZone);
    let dates_of = |r: Option<Range>| Dates {
        from: r.map(|r| r.from.to_string()).unwrap_or_default(),
        to: r.map(|r| r.to.to_string()).unwrap_or_default(),
    };
    // Opens on the last three months; every date is a tap away.
    let dates = use_state(|| dates_of(full.map(summary::recent)));
    let set_range = |range: fn(Range) -> Range| {
        let dates = dates.clone();
        Callback::from(move |_: MouseEvent| dates.set(dates_of(full.map(range))))
    };
    let show_all = set_range(|r| r);
    let show_recent = set_range(summary::recent);
    let print = Callback::from(|_: MouseEvent| {
        let _ = crate::platform::dom::print();
    });
    let range = match (Date::parse(&dates.from), Date::parse(&dates.to)) {
        (Some(from), Some(to)) if from <= to => Some(Range { from, to }),
        _ => None,
    };
    let invalid = range.is_none() && full.is_some();
    let result = range.map(|r| summary::summarize(&doc, r, &BrowserZone));
    let today = long_date(tr, BrowserZone.to_local(clock::now()).date);
    html! {
        <section class="page summary">
            <h1>{ tr.t(S::Title) }</h1>
            <p class="no-print">{ tr.t(S::Intro) }</p>
            if full.is_none() {
                <p class="notice">{ tr.t(S::NothingAtAll) }</p>
            } else {
                <div class="card no-print">
                    <div class="row wrap">
                        <div class="field">
                            <label for="sum-from">{ tr.t(S::From) }</label>
                            <input id="sum-from" type="date" value={dates.from.clone()} aria-invalid={invalid.then_some("true")}
                                aria-describedby={invalid.then_some("sum-err")} oninput={bind(&dates, |d, v| d.from = v)} />
                        </div>
                        <div class="field">
                            <label for="sum-to">{ tr.t(S::To) }</label>
                            <input id="sum-to" type="date" value={dates.to.clone()} aria-invalid={invalid.then_some("true")}
                                aria-describedby={invalid.then_some("sum-err")} oninput={bind(&dates, |d, v| d.to = v)} />
                        </div>
                    </div>
                    if invalid { <p class="error" id="sum-err" role="alert">{ tr.t(S::RangeInvalid) }</p> }
                    <div class="row wrap">
                        <button type="button" class="btn primary" onclick={print}>{ tr.t(K::Print) }</button>
                        <button type="button" class="btn" onclick={show_recent}>{ tr.t(S::Recent) }</button>
                        <button type="button" class="btn" onclick={show_all.clone()}>{ tr.t(S::ShowAll) }</button>
                    </div>
                </div>
            }
            if let Some(s) = &result {
                <p>{ tr.f(S::Period, &[("from", &long_date(tr, s.range.from)), ("to", &long_date(tr, s.range.to))]) }</p>
                if let Some(first) = full.map(|f| f.from).filter(|first| *first < s.range.from) {
                    <p class="hint no-print">{ tr.f(S::Earlier, &[("date", &long_date(tr, first))]) }</p>
                }
                if s.is_empty() {
                    <p class="notice" role="status">{ tr.t(S::NothingInRange) }{ " " }
                        <button type="button" class="btn small" onclick={show_all}>{ tr.t(S::ShowAll) }</button></p>
                } else {
                    { body(tr, s) }
                }
                <p class="hint">{ tr.f(S::Made, &[("date", &today)]) }</p>
            }
        </section>
    }
}
