//! The kinds of record a document holds, and how generic code reaches each one.

use super::{Document, ASSESSMENT_ID, SETTINGS_ID};
use crate::domain::core::model::{
    Appointment, Assessment, CheckIn, Checklist, JournalEntry, Medicine, Mood, Questionnaire,
    Record, RedFlagEvent, Session, Settings,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Debug;

/// Names one kind of record; its `name` is used in storage keys and backup files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KindId {
    Settings,
    Assessment,
    Medicines,
    Sessions,
    Checkins,
    Questionnaires,
    Moods,
    Journal,
    Appointments,
    Checklists,
    RedFlagEvents,
}

impl KindId {
    pub const ALL: [KindId; 11] = [
        KindId::Settings,
        KindId::Assessment,
        KindId::Medicines,
        KindId::Sessions,
        KindId::Checkins,
        KindId::Questionnaires,
        KindId::Moods,
        KindId::Journal,
        KindId::Appointments,
        KindId::Checklists,
        KindId::RedFlagEvents,
    ];

    /// Stable snake_case name: part of storage keys and backup files, never change it.
    pub fn name(self) -> &'static str {
        match self {
            KindId::Settings => "settings",
            KindId::Assessment => "assessment",
            KindId::Medicines => "medicines",
            KindId::Sessions => "sessions",
            KindId::Checkins => "checkins",
            KindId::Questionnaires => "questionnaires",
            KindId::Moods => "moods",
            KindId::Journal => "journal",
            KindId::Appointments => "appointments",
            KindId::Checklists => "checklists",
            KindId::RedFlagEvents => "red_flag_events",
        }
    }

    pub fn from_name(name: &str) -> Option<KindId> {
        KindId::ALL.into_iter().find(|k| k.name() == name)
    }
}

pub(super) mod sealed {
    use super::{Document, Record};
    use std::rc::Rc;

    /// Access to a kind's list; unnameable outside this file, so only `Document`'s own
    /// methods can change a list and its sort order cannot be broken.
    ///
    /// Lists are shared between copies of a document (`Rc`): copying a document copies no
    /// records, and changing one kind copies only that kind's list, once.
    pub trait Slot: Sized + Clone {
        fn slot(doc: &Document) -> &Rc<Vec<Record<Self>>>;
        fn slot_rc(doc: &mut Document) -> &mut Rc<Vec<Record<Self>>>;
        /// The list to change in place; copies it first if another document shares it, so
        /// call it only once a change is certain (look through [`Slot::slot`] before).
        fn slot_mut(doc: &mut Document) -> &mut Vec<Record<Self>> {
            Rc::make_mut(Self::slot_rc(doc))
        }
    }
}

/// A record type stored in a [`Document`].
pub trait Kind:
    sealed::Slot + Clone + PartialEq + Debug + Serialize + DeserializeOwned + 'static
{
    const KIND: KindId;
    /// Kinds holding a single record use this fixed id.
    const FIXED_ID: Option<&'static str> = None;
}

macro_rules! kinds {
    ($($variant:ident, $ty:ty, $field:ident, $fixed:expr;)*) => {
        $(
            impl sealed::Slot for $ty {
                fn slot(doc: &Document) -> &std::rc::Rc<Vec<Record<Self>>> {
                    &doc.$field
                }
                fn slot_rc(doc: &mut Document) -> &mut std::rc::Rc<Vec<Record<Self>>> {
                    &mut doc.$field
                }
            }
            impl Kind for $ty {
                const KIND: KindId = KindId::$variant;
                const FIXED_ID: Option<&'static str> = $fixed;
            }
        )*
    };
}

kinds! {
    Settings, Settings, settings, Some(SETTINGS_ID);
    Assessment, Assessment, assessment, Some(ASSESSMENT_ID);
    Medicines, Medicine, medicines, None;
    Sessions, Session, sessions, None;
    Checkins, CheckIn, checkins, None;
    Questionnaires, Questionnaire, questionnaires, None;
    Moods, Mood, moods, None;
    Journal, JournalEntry, journal, None;
    Appointments, Appointment, appointments, None;
    Checklists, Checklist, checklists, None;
    RedFlagEvents, RedFlagEvent, red_flag_events, None;
}

/// Runs `$body` with the type alias `$T` bound to the record type of a runtime [`KindId`]:
/// how code that loops over `KindId::ALL` calls the generic methods.
macro_rules! with_kind {
    ($kind:expr, |$T:ident| $body:expr) => {{
        use $crate::domain::core::model as m;
        use $crate::domain::records::document::KindId as K;
        match $kind {
            K::Settings => {
                type $T = m::Settings;
                $body
            }
            K::Assessment => {
                type $T = m::Assessment;
                $body
            }
            K::Medicines => {
                type $T = m::Medicine;
                $body
            }
            K::Sessions => {
                type $T = m::Session;
                $body
            }
            K::Checkins => {
                type $T = m::CheckIn;
                $body
            }
            K::Questionnaires => {
                type $T = m::Questionnaire;
                $body
            }
            K::Moods => {
                type $T = m::Mood;
                $body
            }
            K::Journal => {
                type $T = m::JournalEntry;
                $body
            }
            K::Appointments => {
                type $T = m::Appointment;
                $body
            }
            K::Checklists => {
                type $T = m::Checklist;
                $body
            }
            K::RedFlagEvents => {
                type $T = m::RedFlagEvent;
                $body
            }
        }
    }};
}
pub(crate) use with_kind;
