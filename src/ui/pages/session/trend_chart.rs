//! One symptom across sessions: the strongest rating in each, as labelled bars and a table.
//! Does feeling far away lessen from one session to the next?

use super::words::{symptom_key, symptom_slug};
use crate::domain::core::model::{CheckIn, Symptom};
use crate::domain::core::time::Date;
use crate::domain::session::timeline::{peak, MAX_SCORE};
use crate::ui::forms::value_of;
use crate::ui::i18n::{long_date, short_date, use_i18n, SessionK};
use std::rc::Rc;
use yew::prelude::*;

/// The most recent sessions the bars show.
const MAX_BARS: usize = 12;
const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 150.0;
const TOP: f32 = 18.0;
const BOTTOM: f32 = 22.0;

#[derive(Clone, Debug, PartialEq)]
pub struct TrendSession {
    pub date: Date,
    pub check_ins: Vec<CheckIn>,
    /// The session this page is about.
    pub current: bool,
}

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    /// Oldest first.
    pub sessions: Rc<[TrendSession]>,
}

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let tr = use_i18n();
    let symptom = use_state(|| Symptom::Dissociation);
    let on_pick = {
        let symptom = symptom.clone();
        Callback::from(move |e: Event| {
            let v = value_of(&e);
            if let Some(s) = Symptom::ALL.into_iter().find(|s| symptom_slug(*s) == v) {
                symptom.set(s);
            }
        })
    };
    let skip = props.sessions.len().saturating_sub(MAX_BARS);
    let rows: Vec<(&TrendSession, Option<u8>)> = props.sessions[skip..]
        .iter()
        .map(|s| (s, peak(&s.check_ins.iter().collect::<Vec<_>>(), *symptom)))
        .collect();
    let any = rows.iter().any(|(_, p)| p.is_some());
    let slot = (WIDTH - 8.0) / rows.len().max(1) as f32;
    let bar_w = (slot * 0.6).min(28.0);
    let plot = HEIGHT - TOP - BOTTOM;
    let label = |s: &TrendSession| short_date(tr, s.date);
    html! {
        <div class="trend">
            <div class="field">
                <label for="trend-symptom">{ tr.t(SessionK::TrendSymptom) }</label>
                <select id="trend-symptom" onchange={on_pick}>
                    { for Symptom::ALL.iter().map(|s| html! {
                        <option value={symptom_slug(*s)} selected={*s == *symptom}>{ tr.t(symptom_key(*s)) }</option>
                    }) }
                </select>
            </div>
            <p class="hint">{ tr.t(SessionK::TrendHint) }</p>
            if !any {
                <p>{ tr.t(SessionK::TrendNone) }</p>
            } else {
                <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="trend-label" aria-describedby="trend-desc" class="chart-svg">
                    <title id="trend-label">{ tr.t(SessionK::TrendLabel) }</title>
                    // Every bar in words, for a screen reader.
                    <desc id="trend-desc">{ rows.iter().map(|(s, p)| format!("{}: {}", s.date, p.map_or_else(|| tr.t(SessionK::TrendNotRated).to_string(), |p| p.to_string()))).collect::<Vec<_>>().join(", ") }</desc>
                    <line class="grid" x1="4" x2={(WIDTH - 4.0).to_string()} y1={(HEIGHT - BOTTOM).to_string()} y2={(HEIGHT - BOTTOM).to_string()} />
                    { for rows.iter().enumerate().map(|(i, (s, p))| {
                        let cx = 4.0 + slot * (i as f32 + 0.5);
                        let h = f32::from(p.unwrap_or(0)) / f32::from(MAX_SCORE) * plot;
                        let y = HEIGHT - BOTTOM - h;
                        let class = if s.current { "bar current" } else { "bar" };
                        html! {
                            <g>
                                <rect {class} x={format!("{:.1}", cx - bar_w / 2.0)} y={format!("{y:.1}")}
                                    width={format!("{bar_w:.1}")} height={format!("{h:.1}")} />
                                <text class="axis" x={format!("{cx:.1}")} y={format!("{:.1}", y - 4.0)} text-anchor="middle">
                                    { p.map_or_else(|| "–".to_string(), |p| p.to_string()) }
                                </text>
                                if rows.len() <= 6 || (rows.len() - 1 - i) % 2 == 0 {
                                    <text class="axis" x={format!("{cx:.1}")} y={(HEIGHT - 6.0).to_string()} text-anchor="middle">{ label(s) }</text>
                                }
                            </g>
                        }
                    }) }
                </svg>
                <details>
                    <summary>{ tr.t(SessionK::ChartTable) }</summary>
                    <table>
                        <thead><tr>
                            <th scope="col">{ tr.t(SessionK::FieldDate) }</th>
                            <th scope="col">{ tr.t(symptom_key(*symptom)) }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|(s, p)| html! {
                                <tr>
                                    <th scope="row">{ long_date(tr, s.date) }</th>
                                    <td>{ p.map_or_else(|| tr.t(SessionK::TrendNotRated).to_string(), |p| p.to_string()) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
        </div>
    }
}
