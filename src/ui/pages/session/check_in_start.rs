//! Where a check-in starts: a draft of this session's check-in to resume, or a fresh one for
//! the slot that is due; and the check-in time as typed.

use super::check_in_state::CheckInState;
use super::words::local;
use crate::domain::core::model::{CheckIn, CheckInSlot, RecordId};
use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone};
use crate::domain::session::check_in_flow::due_slot;
use crate::platform::clock::{self, BrowserZone};
use crate::platform::ids;
use crate::ui::data::DataHandle;

/// The check-in the form starts from.
pub struct Begun {
    /// The draft's record id.
    pub id: RecordId,
    pub state: CheckInState,
    /// A draft left earlier was found.
    pub resumed: bool,
}

/// A draft of this session's check-in to resume, or a fresh one for the slot that is due.
pub fn start(data: &DataHandle, session: Option<&RecordId>, end: Option<Instant>) -> Begun {
    let doc = data.doc();
    let mine = |c: &CheckIn| c.session.as_ref() == session;
    let draft = doc
        .live::<CheckIn>()
        .filter(|(_, c)| c.draft && mine(c))
        .max_by_key(|(m, _)| m.updated);
    let fields = |at: Instant| {
        let l = local(at);
        (l.date.to_string(), l.time.to_string())
    };
    if let Some((meta, c)) = draft {
        let (date, time) = fields(c.at);
        let state = CheckInState {
            // Keep the slot the draft had.
            slot_chosen: true,
            ..CheckInState::new(c.clone(), date, time)
        };
        return Begun {
            id: meta.id.clone(),
            state,
            resumed: true,
        };
    }
    let now = clock::now();
    let done = done_slots(data, session);
    let slot = end.map_or(CheckInSlot::AnyTime, |end| {
        due_slot(end, now, &BrowserZone, &done)
    });
    let check_in = CheckIn::blank(session.cloned(), now, slot);
    let (date, time) = fields(now);
    Begun {
        id: ids::new_id(),
        state: CheckInState::new(check_in, date, time),
        resumed: false,
    }
}

/// The slots already checked in for this session.
pub fn done_slots(data: &DataHandle, session: Option<&RecordId>) -> Vec<CheckInSlot> {
    data.doc()
        .live::<CheckIn>()
        .filter(|(_, c)| !c.draft && c.session.as_ref() == session)
        .map(|(_, c)| c.slot)
        .collect()
}

pub fn parse_at(date: &str, time: &str) -> Option<Instant> {
    let local = LocalDateTime::new(Date::parse(date.trim())?, TimeOfDay::parse(time.trim())?);
    Some(BrowserZone.to_instant(local))
}
