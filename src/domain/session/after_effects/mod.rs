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
mod tests;
