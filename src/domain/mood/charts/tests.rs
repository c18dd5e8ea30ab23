use super::*;
use crate::domain::core::model::ScaleKind;
use crate::domain::core::time::{FixedZone, UsDstZone};
use crate::domain::mood::scales::Severity;
use proptest::prelude::*;

/// 2026-03-02 00:00 UTC, a Monday.
const MONDAY: Instant = Instant(1_772_409_600_000);

fn day(n: i64) -> Instant {
    Instant(MONDAY.0 + n * MS_PER_DAY)
}

/// A 300 x 200 drawing with a 200 x 100 plot area from (50, 50).
const FRAME: Frame = Frame {
    width: 300.0,
    height: 200.0,
    left: 50.0,
    right: 50.0,
    top: 50.0,
    bottom: 50.0,
};

#[test]
fn monday_fixture_is_a_monday() {
    let date = FixedZone(0).to_local(MONDAY).date;
    assert_eq!(
        (date.to_string(), date.weekday()),
        ("2026-03-02".into(), crate::domain::core::time::Weekday::Mon)
    );
}

#[test]
fn each_range_reaches_back_from_now() {
    let now = day(200);
    // (range, earliest record, expected start)
    let cases = [
        (ChartRange::FourWeeks, Some(day(0)), day(172)),
        (ChartRange::ThreeMonths, Some(day(0)), day(109)),
        (ChartRange::All, Some(day(0)), day(0)),
        // A recent first record still shows four weeks, not a stretched few days.
        (ChartRange::All, Some(day(195)), day(172)),
        (ChartRange::All, None, day(172)),
    ];
    for (range, earliest, start) in cases {
        let w = Window::for_range(range, now, earliest);
        assert_eq!(
            (w.start, w.end),
            (start, now),
            "{range:?} from {earliest:?}"
        );
    }
}

#[test]
fn points_outside_the_range_are_left_out_and_the_rest_sorted() {
    let window = Window {
        start: day(10),
        end: day(30),
    };
    let values = [
        (day(30), 9),
        (day(5), 27),
        (day(10), 0),
        (day(20), 27),
        (day(31), 3),
    ];
    let points = plot_points(&values, &window, 27, &FRAME);
    // Positions rounded to a thousandth of a unit (f32 arithmetic).
    let placed: Vec<(Instant, u16, i32, i32)> = points
        .iter()
        .map(|p| {
            (
                p.at,
                p.value,
                (p.x * 1000.0).round() as i32,
                (p.y * 1000.0).round() as i32,
            )
        })
        .collect();
    assert_eq!(
        placed,
        [
            (day(10), 0, 50_000, 150_000), // start of the window, bottom of the plot
            (day(20), 27, 150_000, 50_000), // halfway across, top of the plot
            (day(30), 9, 250_000, 116_667), // the end, a third of the way up
        ]
    );
}

#[test]
fn a_value_above_the_scale_stays_inside_the_plot() {
    assert_eq!(FRAME.y(200, 27), 50.0);
    assert_eq!(
        FRAME.y(5, 0),
        150.0,
        "a zero maximum draws at the bottom, not NaN"
    );
}

#[test]
fn an_empty_window_puts_everything_in_the_middle() {
    let window = Window {
        start: day(3),
        end: day(3),
    };
    assert_eq!(FRAME.x(&window, day(3)), 150.0);
}

#[test]
fn phq9_bands_tile_the_plot_from_bottom_to_top() {
    let strips = band_strips(ScaleKind::Phq9.bands(), 27, &FRAME);
    let severities: Vec<Severity> = strips.iter().map(|s| s.severity).collect();
    assert_eq!(
        severities,
        [
            Severity::Minimal,
            Severity::Mild,
            Severity::Moderate,
            Severity::ModeratelySevere,
            Severity::Severe
        ]
    );
    assert_eq!(
        strips.iter().map(|s| s.lowest).collect::<Vec<_>>(),
        [0, 5, 10, 15, 20]
    );
    // The lowest band starts at the bottom, the highest ends at the top, no gaps between.
    assert_eq!(strips[0].y + strips[0].height, FRAME.baseline_y());
    assert_eq!(strips[4].y, FRAME.top);
    for pair in strips.windows(2) {
        assert!(
            (pair[1].y + pair[1].height - pair[0].y).abs() < 1e-3,
            "{pair:?}"
        );
    }
    // Each strip is as tall as its share of the scale: Minimal is 5 of 27 points.
    assert!((strips[0].height - 100.0 * 5.0 / 27.0).abs() < 1e-3);
}

#[test]
fn the_pcl5_has_no_bands_to_draw() {
    assert!(band_strips(ScaleKind::Pcl5.bands(), 80, &FRAME).is_empty());
}

#[test]
fn sessions_in_the_window_are_marked_in_order() {
    let window = Window {
        start: day(0),
        end: day(20),
    };
    let marks = session_marks(&[day(15), day(-2), day(5), day(25)], &window, &FRAME);
    assert_eq!(marks, [100.0, 200.0]);
}

#[test]
fn ticks_get_wider_apart_until_they_fit() {
    let zone = FixedZone(0);
    // (days shown, most labels, expected step, expected first tick date)
    let cases = [
        (28, 5, TickStep::Weeks(1), "2026-03-02"),
        (28, 2, TickStep::Weeks(2), "2026-03-02"),
        (91, 5, TickStep::Months(1), "2026-04-01"),
        (800, 5, TickStep::Months(6), "2026-07-01"),
    ];
    for (days, max, step, first) in cases {
        let window = Window {
            start: day(0),
            end: day(days),
        };
        let ticks = time_ticks(&window, &zone, &FRAME, max);
        assert!(
            !ticks.is_empty() && ticks.len() <= max,
            "{days} days: {ticks:?}"
        );
        assert!(
            ticks.iter().all(|t| t.step == step),
            "{days} days: {ticks:?}"
        );
        assert_eq!(ticks[0].date.to_string(), first, "{days} days");
        assert!(ticks.windows(2).all(|p| p[0].x < p[1].x));
    }
}

#[test]
fn weekly_ticks_stay_on_local_mondays_across_a_dst_change() {
    let zone = UsDstZone::EASTERN;
    // 2026-03-08 is the US spring-forward Sunday.
    let window = Window {
        start: day(0),
        end: day(27),
    };
    let ticks = time_ticks(&window, &zone, &FRAME, 6);
    let dates: Vec<String> = ticks.iter().map(|t| t.date.to_string()).collect();
    assert_eq!(
        dates,
        ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]
    );
    // The week with the change is an hour shorter, and the axis shows it.
    let gap = |i: usize| ticks[i + 1].x - ticks[i].x;
    assert!(gap(0) < gap(1) && (gap(1) - gap(2)).abs() < 1e-3);
}

#[test]
fn a_window_of_centuries_does_not_build_endless_ticks() {
    let window = Window {
        start: Instant(0),
        end: Instant(200 * 365 * MS_PER_DAY),
    };
    let ticks = time_ticks(&window, &FixedZone(0), &FRAME, 5);
    assert!(ticks.len() <= 5);
}

proptest! {
    #[test]
    fn every_point_in_range_lands_inside_the_plot_in_time_order(
        mut offsets in proptest::collection::vec(0i64..=28 * MS_PER_DAY, 0..40),
        values in proptest::collection::vec(0u16..=100, 40),
        range in prop_oneof![Just(ChartRange::FourWeeks), Just(ChartRange::ThreeMonths), Just(ChartRange::All)],
    ) {
        let now = day(60);
        offsets.sort();
        let records: Vec<(Instant, u16)> = offsets
            .iter()
            .zip(&values)
            .map(|(o, v)| (Instant(now.0 - o), *v))
            .collect();
        let window = Window::for_range(range, now, records.iter().map(|r| r.0).min());
        let points = plot_points(&records, &window, 27, &FRAME);
        prop_assert_eq!(points.len(), records.len());
        for p in &points {
            prop_assert!((50.0..=250.0).contains(&p.x) && (50.0..=150.0).contains(&p.y), "{:?}", p);
        }
        prop_assert!(points.windows(2).all(|w| w[0].x <= w[1].x));
    }
}
