//! Each felt symptom's score over the hours after the session: one line per symptom, told
//! apart by dash pattern and a legend (not colour alone), with the same numbers as a table.

use super::words::symptom_key;
use crate::domain::session::check_in_flow::format_minutes;
use crate::domain::session::timeline::{dash, Scale, Series, MAX_SCORE};
use crate::ui::i18n::{ReachK, SessionK, Tr};
use std::rc::Rc;
use yew::prelude::*;

const WIDTH: f32 = 320.0;
const HEIGHT: f32 = 200.0;

#[derive(Properties, PartialEq)]
pub struct TimelineChartProps {
    pub series: Rc<[Series]>,
}

fn n(v: f32) -> String {
    format!("{v:.1}")
}

/// A plain function, not a component: it has no state of its own and its parent re-renders
/// it with new values anyway; a component's fixed cost in the WebAssembly bought nothing.
pub fn timeline_chart(tr: Tr, props: TimelineChartProps) -> Html {
    let props = &props;
    if props.series.is_empty() {
        return html! { <p class="hint">{ tr.t(SessionK::TimelineNone) }</p> };
    }
    let minutes: Vec<i64> = props
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.minutes))
        .collect();
    let scale = Scale::fit(minutes.iter().copied(), WIDTH, HEIGHT);
    let mut times = minutes.clone();
    crate::domain::core::order::natural(&mut times);
    times.dedup();
    let (x0, x1) = (n(scale.left), n(scale.width - scale.right));
    // What a screen reader hears after the title: every line's points in words.
    let described = props
        .series
        .iter()
        .map(|s| {
            let points: Vec<String> = s
                .points
                .iter()
                .map(|p| {
                    let (score, time) = (p.score.to_string(), format_minutes(p.minutes));
                    tr.f(ReachK::ScoreAfter, &[("score", &score), ("time", &time)])
                })
                .collect();
            format!("{}: {}", tr.t(symptom_key(s.symptom)), points.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="timeline-label" aria-describedby="timeline-desc" class="chart-svg">
                <title id="timeline-label">{ tr.t(SessionK::ChartLabel) }</title>
                <desc id="timeline-desc">{ described }</desc>
                { for [0, MAX_SCORE / 2, MAX_SCORE].iter().map(|s| {
                    let y = n(scale.y(*s));
                    html! {
                        <g>
                            <line class="grid" x1={x0.clone()} x2={x1.clone()} y1={y.clone()} y2={y.clone()} />
                            <text class="axis" x={n(scale.left - 4.0)} y={n(scale.y(*s) + 4.0)} text-anchor="end">{ s }</text>
                        </g>
                    }
                }) }
                { for scale.hour_ticks().iter().map(|m| {
                    let x = n(scale.x(*m));
                    html! {
                        <g>
                            <line class="tick" x1={x.clone()} x2={x.clone()} y1={n(scale.baseline())} y2={n(scale.baseline() + 4.0)} />
                            <text class="axis" x={x} y={n(HEIGHT - 8.0)} text-anchor="middle">
                                { tr.f(SessionK::HoursMark, &[("h", &(m / 60).to_string())]) }
                            </text>
                        </g>
                    }
                }) }
                { for props.series.iter().enumerate().map(|(i, s)| html! {
                    <g class={format!("series line-{}", i % 4)}>
                        <polyline points={scale.polyline(&s.points)} fill="none" stroke-dasharray={dash(i)} />
                        { for s.points.iter().map(|p| html! {
                            <circle cx={n(scale.x(p.minutes))} cy={n(scale.y(p.score))} r="3" />
                        }) }
                    </g>
                }) }
            </svg>
            <figcaption>
                <p class="hint">{ tr.t(SessionK::ChartAxisTime) }</p>
                <ul class="legend">
                    { for props.series.iter().enumerate().map(|(i, s)| html! {
                        <li>
                            <svg class={format!("swatch line-{}", i % 4)} viewBox="0 0 36 12" aria-hidden="true">
                                <line x1="1" x2="35" y1="6" y2="6" stroke-dasharray={dash(i)} />
                            </svg>
                            { tr.t(symptom_key(s.symptom)) }
                        </li>
                    }) }
                </ul>
            </figcaption>
            <details>
                <summary>{ tr.t(SessionK::ChartTable) }</summary>
                <div class="table-scroll" tabindex="0" role="region" aria-label={tr.t(SessionK::ChartTable)}>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{ tr.t(SessionK::TableAfter) }</th>
                                { for props.series.iter().map(|s| html! { <th scope="col">{ tr.t(symptom_key(s.symptom)) }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for times.iter().map(|t| html! {
                                <tr>
                                    <th scope="row">{ format_minutes(*t) }</th>
                                    { for props.series.iter().map(|s| {
                                        let score = s.points.iter().find(|p| p.minutes == *t).map(|p| p.score.to_string());
                                        html! { <td>{ score.unwrap_or_else(|| "–".into()) }</td> }
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}
