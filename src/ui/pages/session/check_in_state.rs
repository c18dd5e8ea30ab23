//! The check-in being filled in. The reducer is pure: the page saves the draft and records
//! red-flag events in effects that watch this state.

use crate::domain::core::model::{CheckIn, CheckInSlot, CustomRating, RedFlag, Symptom};
use crate::domain::safety::red_flags::{escalate, Escalation, Signals};
use crate::domain::session::session_form::{parse_bp, BpText};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct CheckInState {
    /// The draft as it would be stored (its `at` is set by the page from `date`/`time`).
    pub check_in: CheckIn,
    pub date: String,
    pub time: String,
    pub bp_text: BpText,
    /// The answer to "a plan or intent?", once given (the record keeps only yes or no).
    pub plan_answer: Option<bool>,
    /// The patient picked the slot; until then it follows the check-in time.
    pub slot_chosen: bool,
    /// The user changed something: the draft is worth keeping.
    pub touched: bool,
    /// Counts the user's changes to red-flag answers and the reading: each one may escalate.
    pub signal_changes: u32,
}

impl CheckInState {
    pub fn new(check_in: CheckIn, date: String, time: String) -> Self {
        CheckInState {
            bp_text: BpText::of(check_in.bp),
            plan_answer: check_in.suicide_plan_or_intent.then_some(true),
            check_in,
            date,
            time,
            slot_chosen: false,
            touched: false,
            signal_changes: 0,
        }
    }

    pub fn escalation(&self) -> Option<Escalation> {
        escalate(&Signals::from(&self.check_in))
    }
}

pub enum CheckInAction {
    ToggleFlag {
        flag: RedFlag,
    },
    /// Ticks a flag (from a severe rating); never unticks.
    ConfirmFlag {
        flag: RedFlag,
    },
    Plan {
        yes: bool,
    },
    Slot {
        slot: CheckInSlot,
    },
    /// The slot due at the check-in time, taken unless the patient picked one.
    DueSlot {
        slot: CheckInSlot,
    },
    Date {
        text: String,
    },
    Time {
        text: String,
    },
    Rate {
        symptom: Symptom,
        score: u8,
    },
    BpInput {
        text: BpText,
    },
    /// The reading's field lost focus: a plausible reading now counts.
    BpCommit,
    Custom {
        rows: Vec<CustomRating>,
    },
    Notes {
        text: String,
    },
}

impl Reducible for CheckInState {
    type Action = CheckInAction;

    fn reduce(self: Rc<Self>, action: CheckInAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let c = &mut s.check_in;
        let mut signal = false;
        match action {
            CheckInAction::ToggleFlag { flag } => {
                if let Some(i) = c.red_flags.iter().position(|f| *f == flag) {
                    c.red_flags.remove(i);
                    if flag == RedFlag::SuicidalThoughts {
                        c.suicide_plan_or_intent = false;
                        s.plan_answer = None;
                    }
                } else {
                    c.red_flags.push(flag);
                }
                signal = true;
            }
            CheckInAction::ConfirmFlag { flag } => {
                if !c.red_flags.contains(&flag) {
                    c.red_flags.push(flag);
                    signal = true;
                }
            }
            CheckInAction::Plan { yes } => {
                signal = c.suicide_plan_or_intent != yes;
                c.suicide_plan_or_intent = yes;
                s.plan_answer = Some(yes);
            }
            CheckInAction::Slot { slot } => {
                c.slot = slot;
                s.slot_chosen = true;
            }
            CheckInAction::DueSlot { slot } => {
                if !s.slot_chosen {
                    c.slot = slot;
                }
            }
            CheckInAction::Date { text } => s.date = text,
            CheckInAction::Time { text } => s.time = text,
            CheckInAction::Rate { symptom, score } => {
                c.ratings.insert(symptom, score);
            }
            CheckInAction::BpInput { text } => s.bp_text = text,
            CheckInAction::BpCommit => {
                let bp = parse_bp(&s.bp_text).unwrap_or(None);
                signal = c.bp != bp;
                c.bp = bp;
            }
            CheckInAction::Custom { rows } => c.custom = rows,
            CheckInAction::Notes { text } => c.notes = text,
        }
        if s == *self {
            return self;
        }
        s.touched = true;
        if signal {
            s.signal_changes += 1;
        }
        s.into()
    }
}
