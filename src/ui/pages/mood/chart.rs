//! One trend chart drawn as inline SVG: severity bands (or the PCL-5 cut-point), session days,
//! the scores as a line; with a legend and the same numbers as a table.

use super::local_date;
use crate::domain::core::model::ScaleKind;
use crate::domain::core::time::Instant;
use crate::domain::mood::charts::{
    band_strips, plot_points, session_marks, time_ticks, Frame, TickStep, Window,
};
use crate::domain::mood::mood_log::MOOD_MAX;
use crate::domain::mood::scales::{severity, Severity, PCL5_CUT_POINT};
use crate::platform::clock::BrowserZone;
use crate::ui::components::fold::Fold;
use crate::ui::i18n::{
    band_with_range, long_date, month_year, scale_name, scale_title, severity_word, short_date,
    use_i18n, MoodK, Tr,
};
use std::rc::Rc;
use yew::prelude::*;

/// What a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Series {
    Scale(ScaleKind),
    DailyMood,
}

impl Series {
    fn max(self) -> u16 {
        match self {
            Series::Scale(kind) => kind.max_total(),
            Series::DailyMood => u16::from(MOOD_MAX),
        }
    }
    /// Values labelled on the vertical axis.
    fn axis_values(self) -> Vec<u16> {
        match self {
            Series::Scale(ScaleKind::Pcl5) => vec![0, 20, PCL5_CUT_POINT, 60, 80],
            Series::Scale(kind) => {
                let mut v: Vec<u16> = kind.bands().iter().map(|b| *b.totals.start()).collect();
                v.push(kind.max_total());
                v
            }
            Series::DailyMood => vec![0, 5, 10],
        }
    }
    fn slug(self) -> &'static str {
        match self {
            Series::Scale(kind) => super::slug(kind),
            Series::DailyMood => "mood",
        }
    }
}

/// One value to chart, with the note the table shows beside it (a mood's word).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub at: Instant,
    pub value: u16,
    pub note: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub series: Series,
    pub entries: Rc<[Entry]>,
    pub sessions: Rc<[Instant]>,
    pub window: Window,
}

/// The drawing's units: about one unit per CSS pixel on a 360 px phone.
const FRAME: Frame = Frame {
    width: 320.0,
    height: 180.0,
    left: 30.0,
    right: 10.0,
    top: 8.0,
    bottom: 26.0,
};
const MAX_TICKS: usize = 4;

#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let tr = use_i18n();
    let series = props.series;
    let max = series.max();
    let window = props.window;
    let values: Vec<(Instant, u16)> = props.entries.iter().map(|e| (e.at, e.value)).collect();
    let points = plot_points(&values, &window, max, &FRAME);
    let rows: Vec<&Entry> = {
        let mut rows: Vec<&Entry> = props
            .entries
            .iter()
            .filter(|e| window.contains(e.at))
            .collect();
        crate::domain::core::order::by_key(&mut rows, |e| e.at);
        rows
    };
    let sessions_inside: Vec<Instant> = props
        .sessions
        .iter()
        .copied()
        .filter(|at| window.contains(*at))
        .collect();
    let title = match series {
        Series::Scale(kind) => tr.t(scale_title(kind)),
        Series::DailyMood => tr.t(MoodK::DailyMoodChart),
    };
    let name = match series {
        Series::Scale(kind) => scale_name(kind),
        Series::DailyMood => tr.t(MoodK::DailyMoodChart),
    };
    let heading_id = format!("chart-{}", series.slug());
    let summary = match (points.first(), points.last()) {
        (Some(first), Some(last)) => tr.count(
            points.len(),
            MoodK::ChartSummaryOne,
            MoodK::ChartSummary,
            &[
                ("name", name),
                ("count", &points.len().to_string()),
                ("first", &long_date(tr, local_date(first.at))),
                ("last", &long_date(tr, local_date(last.at))),
                ("latest", &last.value.to_string()),
            ],
        ),
        _ => String::new(),
    };
    html! {
        <section class="card chart-card" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ title }</h3>
            if points.is_empty() {
                <p class="hint">{ tr.t(MoodK::ChartEmpty) }</p>
            } else {
                { drawing(tr, series, &props.sessions, &window, &points, summary) }
            }
            { legend(tr, series) }
            if !rows.is_empty() {
                // Built when opened: over a long range the table is most of the chart.
                <Fold class="numbers" summary={Html::from(tr.t(MoodK::ShowNumbers))}>
                    { table(tr, series, title, &rows) }
                    <p>{ session_days(tr, &sessions_inside) }</p>
                </Fold>
            }
        </section>
    }
}

fn drawing(
    tr: Tr,
    series: Series,
    sessions: &[Instant],
    window: &Window,
    points: &[crate::domain::mood::charts::PlotPoint],
    summary: String,
) -> Html {
    let max = series.max();
    let strips = match series {
        Series::Scale(kind) => band_strips(kind.bands(), max, &FRAME),
        Series::DailyMood => Vec::new(),
    };
    let ticks = time_ticks(window, &BrowserZone, &FRAME, MAX_TICKS);
    let marks = session_marks(sessions, window, &FRAME);
    // Dense series (months of daily moods) get smaller dots so the line stays readable.
    let radius = if points.len() > 30 { "2" } else { "3.5" };
    let line: Vec<String> = points
        .iter()
        .map(|p| format!("{:.1},{:.1}", p.x, p.y))
        .collect();
    let right = FRAME.width - FRAME.right;
    let bottom = FRAME.baseline_y();
    let line_class = match series {
        Series::Scale(_) => "series",
        Series::DailyMood => "series mood",
    };
    html! {
        <svg class="chart" viewBox={format!("0 0 {} {}", FRAME.width, FRAME.height)} role="img" aria-label={summary}>
            { for strips.iter().map(|s| html! {
                <rect class={classes!("band", band_class(s.severity))} x={FRAME.left.to_string()} y={s.y.to_string()}
                    width={FRAME.plot_width().to_string()} height={s.height.to_string()} />
            }) }
            if series == Series::Scale(ScaleKind::Pcl5) {
                <line class="cut" x1={FRAME.left.to_string()} x2={right.to_string()}
                    y1={FRAME.y(PCL5_CUT_POINT, max).to_string()} y2={FRAME.y(PCL5_CUT_POINT, max).to_string()} />
            }
            { for series.axis_values().into_iter().map(|v| html! {
                <text class="axis" x={(FRAME.left - 4.0).to_string()} y={(FRAME.y(v, max) + 4.0).to_string()} text-anchor="end">
                    { v.to_string() }
                </text>
            }) }
            <line class="axis-line" x1={FRAME.left.to_string()} x2={right.to_string()} y1={bottom.to_string()} y2={bottom.to_string()} />
            { for ticks.iter().map(|t| {
                let label = match t.step {
                    TickStep::Weeks(_) => short_date(tr, t.date),
                    TickStep::Months(_) => month_year(tr, t.date),
                };
                // Keep the first and last labels inside the drawing.
                let x = t.x.clamp(FRAME.left + 18.0, right - 22.0);
                html! {
                    <>
                        <line class="tick" x1={t.x.to_string()} x2={t.x.to_string()} y1={bottom.to_string()} y2={(bottom + 4.0).to_string()} />
                        <text class="axis" x={x.to_string()} y={(FRAME.height - 6.0).to_string()} text-anchor="middle">{ label }</text>
                    </>
                }
            }) }
            { for marks.iter().map(|x| html! {
                <line class="session-mark" x1={x.to_string()} x2={x.to_string()} y1={FRAME.top.to_string()} y2={bottom.to_string()} />
            }) }
            if points.len() > 1 {
                <polyline class={line_class} points={line.join(" ")} />
            }
            { for points.iter().map(|p| html! {
                <circle class={line_class} cx={format!("{:.1}", p.x)} cy={format!("{:.1}", p.y)} r={radius} />
            }) }
        </svg>
    }
}

fn band_class(severity: Severity) -> &'static str {
    match severity {
        Severity::Minimal => "band-minimal",
        Severity::Mild => "band-mild",
        Severity::Moderate => "band-moderate",
        Severity::ModeratelySevere => "band-moderately-severe",
        Severity::Severe => "band-severe",
    }
}

fn legend(tr: Tr, series: Series) -> Html {
    let bands = match series {
        Series::Scale(kind) => kind.bands(),
        Series::DailyMood => &[],
    };
    html! {
        <ul class="legend">
            { for bands.iter().rev().map(|b| html! {
                <li><span class={classes!("swatch", band_class(b.severity))} aria-hidden="true"></span>{ band_with_range(tr, b) }</li>
            }) }
            if series == Series::Scale(ScaleKind::Pcl5) {
                <li><span class="swatch cut" aria-hidden="true"></span>{ tr.t(MoodK::LegendCutPoint) }</li>
            }
            <li><span class="swatch session-mark" aria-hidden="true"></span>{ tr.t(MoodK::LegendSession) }</li>
        </ul>
    }
}

fn table(tr: Tr, series: Series, title: &str, rows: &[&Entry]) -> Html {
    let (value_head, note_head) = match series {
        Series::Scale(kind) if kind.bands().is_empty() => (MoodK::ColScore, None),
        Series::Scale(_) => (MoodK::ColScore, Some(MoodK::ColLevel)),
        Series::DailyMood => (MoodK::ColMood, Some(MoodK::ColWord)),
    };
    let note = |e: &Entry| match series {
        Series::Scale(kind) => severity(kind, e.value)
            .map(|s| tr.t(severity_word(s)).to_string())
            .unwrap_or_default(),
        Series::DailyMood => e.note.to_string(),
    };
    html! {
        <table>
            <caption class="visually-hidden">{ title }</caption>
            <thead><tr>
                <th scope="col">{ tr.t(MoodK::ColDate) }</th>
                <th scope="col">{ tr.t(value_head) }</th>
                if let Some(head) = note_head { <th scope="col">{ tr.t(head) }</th> }
            </tr></thead>
            <tbody>
                { for rows.iter().rev().map(|e| html! {
                    <tr>
                        <td>{ long_date(tr, local_date(e.at)) }</td>
                        <td>{ e.value }</td>
                        if note_head.is_some() { <td>{ note(e) }</td> }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn session_days(tr: Tr, sessions: &[Instant]) -> String {
    if sessions.is_empty() {
        return tr.t(MoodK::NoSessionDays).to_string();
    }
    let mut sorted = sessions.to_vec();
    crate::domain::core::order::natural(&mut sorted);
    let dates: Vec<String> = sorted
        .iter()
        .map(|at| short_date(tr, local_date(*at)))
        .collect();
    tr.f(MoodK::SessionDays, &[("dates", &dates.join(", "))])
}
