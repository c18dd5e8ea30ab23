use super::*;
use crate::domain::core::time::{Date, UsDstZone};

fn at(date: &str, time: &str) -> LocalDateTime {
    LocalDateTime::new(
        Date::parse(date).expect("test date"),
        TimeOfDay::parse(time).expect("test time"),
    )
}

#[test]
fn usual_fade_times() {
    let want: [(Symptom, FadeWindow, i64); 10] = [
        (Symptom::Dissociation, FadeWindow::AboutTwoHours, 120),
        (Symptom::Euphoria, FadeWindow::AboutTwoHours, 120),
        (Symptom::AlteredTimeSpace, FadeWindow::AboutTwoHours, 120),
        (Symptom::Drowsiness, FadeWindow::RestOfDay, 720),
        (Symptom::Dizziness, FadeWindow::HourOrTwo, 120),
        (Symptom::BlurredVision, FadeWindow::HourOrTwo, 120),
        (Symptom::Confusion, FadeWindow::FewHours, 180),
        (Symptom::Nausea, FadeWindow::FewHours, 180),
        (Symptom::Headache, FadeWindow::FewHours, 180),
        (Symptom::Anxiety, FadeWindow::FewHours, 180),
    ];
    for (symptom, fade, minutes) in want {
        let e = symptom.after_effect();
        assert_eq!(
            (e.fade, e.usual_fade_minutes),
            (fade, minutes),
            "{symptom:?}"
        );
    }
    assert_eq!(
        Symptom::Dissociation.after_effect().note,
        Some(EffectNote::MayRecur { within_hours: 24 })
    );
    assert_eq!(
        Symptom::Anxiety.after_effect().onset,
        Onset::DuringSession { peak_minutes: 40 }
    );
}

#[test]
fn assessing_a_rating() {
    use FadeStatus::*;
    let cases: &[(Symptom, u8, i64, FadeStatus)] = &[
        (Symptom::Dissociation, 0, 300, NotPresent),
        (Symptom::Dissociation, 9, -10, Expected),
        (Symptom::Dissociation, 9, 120, Expected),
        (
            Symptom::Dissociation,
            4,
            121,
            LongerThanUsual {
                usual_minutes: 120,
                elapsed_minutes: 121,
            },
        ),
        (
            Symptom::Dissociation,
            8,
            200,
            Severe {
                usual_minutes: 120,
                elapsed_minutes: 200,
                red_flag: Some(RedFlag::ConfusionNotFading),
            },
        ),
        (Symptom::Drowsiness, 6, 600, Expected),
        (
            Symptom::Drowsiness,
            6,
            1200,
            LongerThanUsual {
                usual_minutes: 720,
                elapsed_minutes: 1200,
            },
        ),
        (
            Symptom::Drowsiness,
            10,
            1200,
            Severe {
                usual_minutes: 720,
                elapsed_minutes: 1200,
                red_flag: Some(RedFlag::CannotStayAwake),
            },
        ),
        (Symptom::Headache, 7, 60, Expected),
        (
            Symptom::Headache,
            8,
            60,
            Severe {
                usual_minutes: 180,
                elapsed_minutes: 60,
                red_flag: Some(RedFlag::SevereHeadache),
            },
        ),
        (
            Symptom::Anxiety,
            9,
            240,
            Severe {
                usual_minutes: 180,
                elapsed_minutes: 240,
                red_flag: Some(RedFlag::PanicOrAgitation),
            },
        ),
        (
            Symptom::Nausea,
            9,
            240,
            Severe {
                usual_minutes: 180,
                elapsed_minutes: 240,
                red_flag: Some(RedFlag::RepeatedVomiting),
            },
        ),
        // The strongest rating is never "common", even inside the usual window.
        (Symptom::Anxiety, 9, 30, Expected),
        (
            Symptom::Anxiety,
            10,
            30,
            Severe {
                usual_minutes: 180,
                elapsed_minutes: 30,
                red_flag: Some(RedFlag::PanicOrAgitation),
            },
        ),
        (Symptom::Nausea, 9, 60, Expected),
        (
            Symptom::Nausea,
            10,
            60,
            Severe {
                usual_minutes: 180,
                elapsed_minutes: 60,
                red_flag: Some(RedFlag::RepeatedVomiting),
            },
        ),
        (
            Symptom::Dissociation,
            10,
            -10,
            Severe {
                usual_minutes: 120,
                elapsed_minutes: -10,
                red_flag: None,
            },
        ),
        (
            Symptom::Dizziness,
            10,
            20,
            Severe {
                usual_minutes: 120,
                elapsed_minutes: 20,
                red_flag: None,
            },
        ),
        (
            Symptom::Dizziness,
            3,
            150,
            LongerThanUsual {
                usual_minutes: 120,
                elapsed_minutes: 150,
            },
        ),
    ];
    for (symptom, score, minutes, want) in cases {
        assert_eq!(
            assess(*symptom, *score, *minutes),
            *want,
            "{symptom:?} {score} {minutes}"
        );
    }
}

#[test]
fn check_in_times_across_midnight_and_dst() {
    let east = UsDstZone::EASTERN;
    use CheckInSlot::*;
    let cases: &[(&str, LocalDateTime, CheckInSlot, LocalDateTime)] = &[
        (
            "ordinary",
            at("2026-06-10", "10:00"),
            RightAfter,
            at("2026-06-10", "10:00"),
        ),
        (
            "ordinary",
            at("2026-06-10", "10:00"),
            OneHour,
            at("2026-06-10", "11:00"),
        ),
        (
            "ordinary",
            at("2026-06-10", "10:00"),
            TwoHours,
            at("2026-06-10", "12:00"),
        ),
        (
            "ordinary",
            at("2026-06-10", "10:00"),
            Evening,
            at("2026-06-10", "19:00"),
        ),
        (
            "ordinary",
            at("2026-06-10", "10:00"),
            NextMorning,
            at("2026-06-11", "09:00"),
        ),
        (
            "late end",
            at("2026-06-10", "17:30"),
            Evening,
            at("2026-06-10", "20:30"),
        ),
        (
            "over midnight",
            at("2026-06-10", "23:15"),
            OneHour,
            at("2026-06-11", "00:15"),
        ),
        (
            "over midnight",
            at("2026-06-10", "23:15"),
            Evening,
            at("2026-06-11", "02:15"),
        ),
        (
            "month end",
            at("2026-06-30", "11:00"),
            NextMorning,
            at("2026-07-01", "09:00"),
        ),
        // Clocks go forward at 02:00 on 2026-03-08: 3 real hours after 23:30 is 03:30.
        (
            "spring forward",
            at("2026-03-07", "23:30"),
            Evening,
            at("2026-03-08", "03:30"),
        ),
        (
            "spring forward",
            at("2026-03-08", "01:30"),
            OneHour,
            at("2026-03-08", "03:30"),
        ),
        (
            "spring forward",
            at("2026-03-07", "15:00"),
            NextMorning,
            at("2026-03-08", "09:00"),
        ),
        // Clocks go back at 02:00 on 2026-11-01.
        (
            "fall back",
            at("2026-10-31", "17:00"),
            Evening,
            at("2026-10-31", "20:00"),
        ),
        (
            "fall back",
            at("2026-10-31", "17:00"),
            NextMorning,
            at("2026-11-01", "09:00"),
        ),
        (
            "fall back",
            at("2026-11-01", "00:30"),
            TwoHours,
            at("2026-11-01", "01:30"),
        ),
        (
            "fall back",
            at("2026-11-01", "10:00"),
            Evening,
            at("2026-11-01", "19:00"),
        ),
    ];
    for (name, end, slot, want) in cases {
        let due = slot_due_at(*slot, east.to_instant(*end), &east).expect("scheduled slot");
        assert_eq!(east.to_local(due), *want, "{name} {slot:?}");
    }
    assert_eq!(slot_due_at(AnyTime, Instant(0), &east), None);
}

#[test]
fn hourly_slots_are_real_hours_over_the_change() {
    let east = UsDstZone::EASTERN;
    let end = east.to_instant(at("2026-11-01", "00:30"));
    let two = slot_due_at(CheckInSlot::TwoHours, end, &east).expect("due");
    assert_eq!(two.minutes_since(end), 120);
    // 00:30 EDT + 2 h is 01:30 EST: the second 01:30 of the night.
    assert_eq!(two.to_iso_utc(), "2026-11-01T06:30:00Z");
    let morning = slot_due_at(CheckInSlot::NextMorning, end, &east).expect("due");
    assert_eq!(morning.to_iso_utc(), "2026-11-02T14:00:00Z");
}
