//! What each after-effect usually does and when it usually fades (clinical-facts.md,
//! "After-effects and their timing"), how a check-in rating compares with that, and when each
//! check-in is due.

use crate::domain::core::model::{CheckInSlot, RedFlag, Symptom};
use crate::domain::core::time::{Instant, LocalDateTime, TimeOfDay, Zone};

/// When the effect shows up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Onset {
    /// Starts within minutes of dosing and peaks around `peak_minutes` after it.
    DuringSession {
        peak_minutes: u16,
    },
    AfterSession,
}

/// How long after the session it usually lasts, in the words the UI will use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FadeWindow {
    /// Dissociative and perceptual changes: gone by about 1.5 to 2 hours.
    AboutTwoHours,
    /// Dizziness and blurred vision: an hour or two.
    HourOrTwo,
    /// "Usually gone within a few hours."
    FewHours,
    /// Tiredness for the rest of the day; gone after a night's sleep.
    RestOfDay,
}

impl FadeWindow {
    /// Minutes after the session ends by which the effect has usually faded. "Rest of the day"
    /// is counted as 12 hours, so drowsiness still there at the next-morning check-in is
    /// longer than usual.
    pub fn usual_minutes(self) -> i64 {
        match self {
            FadeWindow::AboutTwoHours | FadeWindow::HourOrTwo => 120,
            FadeWindow::FewHours => 180,
            FadeWindow::RestOfDay => 12 * 60,
        }
    }
}

/// Something extra worth saying about an effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EffectNote {
    /// Emergence reactions can come back up to `within_hours` after the session.
    MayRecur { within_hours: u8 },
    /// The most common short-lived psychological effect.
    CommonAcuteEffect,
}

/// Emergence reactions last a few hours and occasionally recur up to 24 hours later.
pub const EMERGENCE_RECUR_HOURS: u8 = 24;

/// A rating at or above this is severe once the effect has outlasted its usual window (and a
/// headache this strong is severe at any time).
pub const SEVERE_SCORE: u8 = 8;

/// The strongest rating: severe even inside the usual window (a 10/10 anxiety or nausea is not
/// "common": call the clinic).
pub const SEVERE_IN_WINDOW_SCORE: u8 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct AfterEffect {
    pub onset: Onset,
    pub fade: FadeWindow,
    pub usual_fade_minutes: i64,
    pub note: Option<EffectNote>,
}

impl Symptom {
    pub fn after_effect(self) -> AfterEffect {
        use FadeWindow::*;
        let during = Onset::DuringSession { peak_minutes: 40 };
        let recur = Some(EffectNote::MayRecur {
            within_hours: EMERGENCE_RECUR_HOURS,
        });
        let (onset, fade, note) = match self {
            Symptom::Dissociation | Symptom::Euphoria | Symptom::AlteredTimeSpace => {
                (during, AboutTwoHours, recur)
            }
            Symptom::Drowsiness => (Onset::AfterSession, RestOfDay, None),
            Symptom::Dizziness | Symptom::BlurredVision => (Onset::AfterSession, HourOrTwo, None),
            Symptom::Confusion | Symptom::Nausea | Symptom::Headache => {
                (Onset::AfterSession, FewHours, None)
            }
            Symptom::Anxiety => (during, FewHours, Some(EffectNote::CommonAcuteEffect)),
        };
        AfterEffect {
            onset,
            fade,
            usual_fade_minutes: fade.usual_minutes(),
            note,
        }
    }

    /// The red flag a severe rating may amount to; the UI asks the patient to confirm it.
    pub fn related_red_flag(self) -> Option<RedFlag> {
        match self {
            Symptom::Headache => Some(RedFlag::SevereHeadache),
            Symptom::Confusion | Symptom::Dissociation | Symptom::AlteredTimeSpace => {
                Some(RedFlag::ConfusionNotFading)
            }
            Symptom::Anxiety => Some(RedFlag::PanicOrAgitation),
            Symptom::Drowsiness => Some(RedFlag::CannotStayAwake),
            Symptom::Nausea => Some(RedFlag::RepeatedVomiting),
            Symptom::Euphoria | Symptom::Dizziness | Symptom::BlurredVision => None,
        }
    }

    /// [`Symptom::related_red_flag`] for a severe rating inside the usual window: "still there
    /// after several hours" does not fit yet, so the lasting-confusion flag is not offered.
    pub fn related_red_flag_in_window(self) -> Option<RedFlag> {
        self.related_red_flag()
            .filter(|f| *f != RedFlag::ConfusionNotFading)
    }
}

/// How a rating compares with the usual course.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FadeStatus {
    /// Rated 0: not there.
    NotPresent,
    /// Within the usual window.
    Expected,
    /// Still there after it usually fades: tell your clinic.
    LongerThanUsual {
        usual_minutes: i64,
        elapsed_minutes: i64,
    },
    /// Severe: past the usual window at [`SEVERE_SCORE`] or more, a headache at that strength
    /// at any time, or any effect at [`SEVERE_IN_WINDOW_SCORE`] even inside its window. Not
    /// "common": call the clinic; show the related red flag, if any, for the patient to
    /// confirm.
    Severe {
        usual_minutes: i64,
        elapsed_minutes: i64,
        red_flag: Option<RedFlag>,
    },
}

/// `score` is the 0-10 rating; `minutes_since_end` is negative during the session.
pub fn assess(symptom: Symptom, score: u8, minutes_since_end: i64) -> FadeStatus {
    if score == 0 {
        return FadeStatus::NotPresent;
    }
    let usual_minutes = symptom.after_effect().usual_fade_minutes;
    let past_window = minutes_since_end > usual_minutes;
    // A severe headache is a red flag whenever it comes, not only once it lasts.
    let severe_now = symptom == Symptom::Headache;
    if score >= SEVERE_SCORE && (past_window || severe_now) {
        FadeStatus::Severe {
            usual_minutes,
            elapsed_minutes: minutes_since_end,
            red_flag: symptom.related_red_flag(),
        }
    } else if score >= SEVERE_IN_WINDOW_SCORE {
        FadeStatus::Severe {
            usual_minutes,
            elapsed_minutes: minutes_since_end,
            red_flag: symptom.related_red_flag_in_window(),
        }
    } else if past_window {
        FadeStatus::LongerThanUsual {
            usual_minutes,
            elapsed_minutes: minutes_since_end,
        }
    } else {
        FadeStatus::Expected
    }
}

const EVENING: TimeOfDay = TimeOfDay {
    hour: 19,
    minute: 0,
};
const MORNING: TimeOfDay = TimeOfDay { hour: 9, minute: 0 };
/// The evening check-in is never sooner than this after the session.
const EVENING_MIN_MINUTES_AFTER: i64 = 3 * 60;

/// When a check-in is due: right after, +1 h, +2 h, that evening (19:00, or 3 hours after the
/// end if that is later) and the next morning (09:00 the next day). `AnyTime` is never due.
pub fn slot_due_at(slot: CheckInSlot, session_end: Instant, zone: &dyn Zone) -> Option<Instant> {
    let end_date = zone.to_local(session_end).date;
    match slot {
        CheckInSlot::RightAfter => Some(session_end),
        CheckInSlot::OneHour => Some(session_end.plus_minutes(60)),
        CheckInSlot::TwoHours => Some(session_end.plus_minutes(120)),
        CheckInSlot::Evening => {
            let seven = zone.to_instant(LocalDateTime::new(end_date, EVENING));
            Some(seven.max(session_end.plus_minutes(EVENING_MIN_MINUTES_AFTER)))
        }
        CheckInSlot::NextMorning => {
            Some(zone.to_instant(LocalDateTime::new(end_date.add_days(1), MORNING)))
        }
        CheckInSlot::AnyTime => None,
    }
}

#[cfg(test)]
mod tests {
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
}
