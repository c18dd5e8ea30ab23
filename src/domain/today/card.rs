//! What Today's top card says: the phase of the day, what to do first and the session it is about.

use crate::domain::core::model::{CheckInSlot, RecordId};
use crate::domain::core::time::{Date, Instant};
use crate::domain::plan::due::DueItem;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Quiet,
    EveningBefore,
    SessionToday,
    Fasting,
    Leaving,
    InSession,
    FirstHours,
    NextDay,
    Missed,
}

/// What to do, most important first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Act {
    /// Open the checklist: `left` items are not done yet.
    Checklist {
        left: usize,
    },
    /// The clinic's fasting times are not entered.
    EnterClinicRules,
    StopSolids {
        at: Instant,
    },
    StopClearLiquids {
        at: Instant,
    },
    /// Both fasting times have passed: nothing to eat or drink until the session.
    NothingByMouth {
        until: Instant,
    },
    Leave {
        arrive_by: Instant,
    },
    /// Show the support person's guide (during and right after the session).
    SupportGuide,
    RecordSession {
        appointment: RecordId,
    },
    CheckIn {
        session: RecordId,
        slot: CheckInSlot,
    },
    /// A check-in outside the planned times (no recorded session to attach it to).
    CheckInNow,
    /// Every check-in due so far is done: the next one is at `at`.
    NextCheckIn {
        slot: CheckInSlot,
        at: Instant,
    },
    /// "Did {day}'s session happen?": yes records it, no moves or removes it in the plan.
    DidItHappen {
        appointment: RecordId,
        date: Date,
    },
}

/// The session the phase is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct About {
    pub appointment: Option<RecordId>,
    pub session: Option<RecordId>,
    pub start: Instant,
    pub end: Instant,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub phase: Phase,
    pub about: Option<About>,
    /// One or two actions, first things first (none when quiet).
    pub acts: Vec<Act>,
}

impl Day {
    pub(super) fn quiet() -> Day {
        Day {
            phase: Phase::Quiet,
            about: None,
            acts: Vec::new(),
        }
    }

    /// Whether the due list's item is already on the top card (so it is not shown twice).
    pub fn covers(&self, item: &DueItem) -> bool {
        let Some(about) = &self.about else {
            return false;
        };
        let is_about = |id: &RecordId| about.appointment.as_ref() == Some(id);
        match item {
            DueItem::PrepareChecklist { appointment, .. } => is_about(appointment),
            DueItem::NextAppointment { id, .. } => is_about(id),
            DueItem::MissedSession { appointment, .. } => is_about(appointment),
            DueItem::CheckIn { session, slot, .. } => self.acts.iter().any(
                |a| matches!(a, Act::CheckIn { session: s, slot: t } if s == session && t == slot),
            ),
            DueItem::Questionnaire { .. } | DueItem::Backup { .. } => false,
        }
    }
}

/// What Today shows above its due list: the day's card and the next session's readiness card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownAbove {
    pub day: Day,
    /// The next dosing appointment, shown by the top card or the readiness card.
    pub next_dosing: Option<RecordId>,
}

impl ShownAbove {
    /// Whether a due item is already shown above (so the due list leaves it out).
    pub fn covers(&self, item: &DueItem) -> bool {
        let is_next = |id: &RecordId| self.next_dosing.as_ref() == Some(id);
        self.day.covers(item)
            || match item {
                DueItem::PrepareChecklist { appointment, .. } => is_next(appointment),
                DueItem::NextAppointment { id, .. } => is_next(id),
                _ => false,
            }
    }
}
