//! Where the patient is in the session day, and the one or two things to do first.
//!
//! Today's top card follows the day of a dosing session as the patient lives it: the evening
//! before, the morning with its fasting times, leaving for the clinic, the session itself, the
//! first hours after (check-ins), the next day, and a planned session that passed without a
//! record ("Did Friday's session happen?"). Outside those it is the quiet weeks, and the
//! journey's "you are here" comes first instead.
//!
//! The phases, checked in this order (the first that applies wins):
//! 1. **In session**: a dosing appointment or a recorded session is running (start <= now <
//!    end; a recorded session without an end lasts as long as its appointment).
//! 2. **First hours**: a session ended and it is still the evening of its day (at least
//!    [`FIRST_HOURS_MIN`] minutes after the end). Recorded: the check-in that is due; not
//!    recorded: record it, and a check-in.
//! 3. **Leaving**: from [`LEAVE_BEFORE_ARRIVAL`] minutes before the time to arrive until the
//!    start.
//! 4. **Fasting**: the first fasting time of the next session has passed.
//! 5. **Next day**: the local day after a recorded session.
//! 6. **Session today** / **evening before**: the next session is later today, or tomorrow and
//!    it is [`EVENING_FROM`] or later.
//! 7. **Missed**: a planned dosing session in the last [`MISSED_DAYS`] days has no record.
//! 8. **Quiet**.
//!
//! A dosing appointment counts as recorded when a live session names it or is dated the same
//! day (as in the due list).

use crate::domain::core::model::{Appointment, CheckIn, CheckInSlot, RecordId, Session, Settings};
use crate::domain::core::time::{Date, Instant, LocalDateTime, TimeOfDay, Zone};
use crate::domain::plan::due::{DEFAULT_SESSION_MINUTES, MISSED_SESSION_DAYS};
use crate::domain::prepare::next_session::checklist_for;
use crate::domain::prepare::preparation::{
    fasting_rule_set, readiness, timeline, ReadyStatus, SessionTime, StepKind,
};
use crate::domain::records::document::Document;
use crate::domain::session::after_effects::slot_due_at;
use crate::domain::session::check_in_flow::{due_slot, next_slot, session_span_or};

mod card;
#[cfg(test)]
mod tests;

pub use card::{About, Act, Day, Phase, ShownAbove};

/// The evening before starts at this local time on the day before the session.
pub const EVENING_FROM: TimeOfDay = TimeOfDay {
    hour: 15,
    minute: 0,
};
/// Leaving for the clinic starts this many minutes before the time to arrive.
pub const LEAVE_BEFORE_ARRIVAL: i64 = 60;
/// The first hours after a session last until the end of its day, and at least this long.
pub const FIRST_HOURS_MIN: i64 = 6 * 60;
/// How many days a planned session without a record is asked about.
pub const MISSED_DAYS: i64 = MISSED_SESSION_DAYS;

struct Planned<'a> {
    id: &'a RecordId,
    appointment: &'a Appointment,
    start: Instant,
    end: Instant,
    recorded: bool,
}

struct Recorded<'a> {
    id: &'a RecordId,
    start: Instant,
    end: Instant,
    date: Date,
}

/// The end of the first hours after a session that ended at `end`.
fn first_hours_end(end: Instant, zone: &dyn Zone) -> Instant {
    let midnight = LocalDateTime::new(zone.to_local(end).date.add_days(1), TimeOfDay::MIDNIGHT);
    zone.to_instant(midnight)
        .max(end.plus_minutes(FIRST_HOURS_MIN))
}

/// Where the patient is in the session day at `now`.
pub fn day(doc: &Document, settings: &Settings, now: Instant, zone: &dyn Zone) -> Day {
    let sessions: Vec<(&RecordId, &Session)> =
        doc.live::<Session>().map(|(m, s)| (&m.id, s)).collect();
    let planned: Vec<Planned> = doc
        .live::<Appointment>()
        .filter(|(_, a)| a.kind.is_dosing())
        .map(|(m, a)| {
            let start = zone.to_instant(LocalDateTime::new(a.date, a.time));
            let minutes = match a.minutes {
                0 => DEFAULT_SESSION_MINUTES,
                m => i64::from(m),
            };
            let recorded = sessions
                .iter()
                .any(|(_, s)| s.appointment.as_ref() == Some(&m.id) || s.date == a.date);
            Planned {
                id: &m.id,
                appointment: a,
                start,
                end: start.plus_minutes(minutes),
                recorded,
            }
        })
        .collect();
    let recorded: Vec<Recorded> = sessions
        .iter()
        .map(|(id, s)| {
            let minutes = s
                .appointment
                .as_ref()
                .and_then(|a| doc.get::<Appointment>(a))
                .map_or(DEFAULT_SESSION_MINUTES, |a| i64::from(a.minutes));
            let (start, end) = session_span_or(s, zone, minutes);
            Recorded {
                id,
                start,
                end,
                date: s.date,
            }
        })
        .collect();
    let latest_recorded = recorded
        .iter()
        .filter(|r| r.start <= now)
        .max_by(|a, b| (a.start, a.id).cmp(&(b.start, b.id)));
    let today = zone.to_local(now).date;

    // 1. In session.
    if let Some(r) = recorded.iter().find(|r| r.start <= now && now < r.end) {
        return Day {
            phase: Phase::InSession,
            about: Some(about_recorded(r, &planned)),
            acts: vec![Act::SupportGuide],
        };
    }
    if let Some(p) = planned.iter().find(|p| p.start <= now && now < p.end) {
        return Day {
            phase: Phase::InSession,
            about: Some(about_planned(p)),
            acts: vec![Act::SupportGuide],
        };
    }

    // 2. First hours after a recorded session, or a planned one not recorded yet.
    if let Some(r) = latest_recorded.filter(|r| now < first_hours_end(r.end, zone)) {
        let done = done_slots(doc, r.id);
        let check_in = match due_slot(r.end, now, zone, &done) {
            CheckInSlot::AnyTime => next_slot(r.end, now, zone, &done)
                .map(|(slot, at)| Act::NextCheckIn { slot, at })
                .unwrap_or(Act::CheckIn {
                    session: r.id.clone(),
                    slot: CheckInSlot::AnyTime,
                }),
            slot => Act::CheckIn {
                session: r.id.clone(),
                slot,
            },
        };
        return Day {
            phase: Phase::FirstHours,
            about: Some(about_recorded(r, &planned)),
            acts: vec![check_in, Act::SupportGuide],
        };
    }
    let unrecorded_ended = planned
        .iter()
        .filter(|p| !p.recorded && p.end <= now)
        .max_by(|a, b| (a.start, a.id).cmp(&(b.start, b.id)));
    if let Some(p) = unrecorded_ended.filter(|p| now < first_hours_end(p.end, zone)) {
        return Day {
            phase: Phase::FirstHours,
            about: Some(about_planned(p)),
            acts: vec![
                Act::RecordSession {
                    appointment: p.id.clone(),
                },
                Act::CheckInNow,
            ],
        };
    }

    // 3.-6. Before the next session, and the day after the last one.
    let next = planned
        .iter()
        .filter(|p| !p.recorded && p.start > now)
        .min_by(|a, b| (a.start, a.id).cmp(&(b.start, b.id)));
    let before = next.map(|p| before_session(doc, settings, p, now, zone));
    if let Some(day) = before
        .iter()
        .find(|d| matches!(d.phase, Phase::Leaving | Phase::Fasting))
    {
        return day.clone();
    }
    if let Some(r) = latest_recorded.filter(|r| r.date.add_days(1) == today) {
        let done = done_slots(doc, r.id);
        let mut acts = Vec::new();
        let morning = slot_due_at(CheckInSlot::NextMorning, r.end, zone);
        if !done.contains(&CheckInSlot::NextMorning) {
            match morning {
                Some(at) if at > now => acts.push(Act::NextCheckIn {
                    slot: CheckInSlot::NextMorning,
                    at,
                }),
                _ => acts.push(Act::CheckIn {
                    session: r.id.clone(),
                    slot: CheckInSlot::NextMorning,
                }),
            }
        } else {
            acts.push(Act::CheckIn {
                session: r.id.clone(),
                slot: CheckInSlot::AnyTime,
            });
        }
        return Day {
            phase: Phase::NextDay,
            about: Some(about_recorded(r, &planned)),
            acts,
        };
    }
    if let Some(day) = before.filter(|d| d.phase != Phase::Quiet) {
        return day;
    }

    // 7. A planned session that passed without a record.
    if let Some(p) =
        unrecorded_ended.filter(|p| today.days() - p.appointment.date.days() <= MISSED_DAYS)
    {
        return Day {
            phase: Phase::Missed,
            about: Some(about_planned(p)),
            acts: vec![Act::DidItHappen {
                appointment: p.id.clone(),
                date: p.appointment.date,
            }],
        };
    }
    Day::quiet()
}

/// The planned session the "record a session" form starts from: the latest dosing appointment
/// that has started, has no record, and is at most [`MISSED_DAYS`] days old.
pub fn to_record(doc: &Document, now: Instant, zone: &dyn Zone) -> Option<(RecordId, Appointment)> {
    let today = zone.to_local(now).date;
    let recorded_dates: Vec<(Option<&RecordId>, Date)> = doc
        .live::<Session>()
        .map(|(_, s)| (s.appointment.as_ref(), s.date))
        .collect();
    doc.live::<Appointment>()
        .filter(|(_, a)| a.kind.is_dosing())
        .filter(|(m, a)| {
            !recorded_dates
                .iter()
                .any(|(id, date)| *id == Some(&m.id) || *date == a.date)
        })
        .map(|(m, a)| (m, a, zone.to_instant(LocalDateTime::new(a.date, a.time))))
        .filter(|(_, a, start)| *start <= now && today.days() - a.date.days() <= MISSED_DAYS)
        .max_by(|x, y| (x.2, &x.0.id).cmp(&(y.2, &y.0.id)))
        .map(|(m, a, _)| (m.id.clone(), a.clone()))
}

fn about_planned(p: &Planned) -> About {
    About {
        appointment: Some(p.id.clone()),
        session: None,
        start: p.start,
        end: p.end,
    }
}

fn about_recorded(r: &Recorded, planned: &[Planned]) -> About {
    let appointment = planned
        .iter()
        .find(|p| p.appointment.date == r.date)
        .map(|p| p.id.clone());
    About {
        appointment,
        session: Some(r.id.clone()),
        start: r.start,
        end: r.end,
    }
}

fn done_slots(doc: &Document, session: &RecordId) -> Vec<CheckInSlot> {
    doc.live::<CheckIn>()
        .filter(|(_, c)| !c.draft && c.session.as_ref() == Some(session))
        .map(|(_, c)| c.slot)
        .collect()
}

/// The phase before the next planned session: leaving, fasting, today, the evening before, or
/// quiet when it is further off.
fn before_session(
    doc: &Document,
    settings: &Settings,
    p: &Planned,
    now: Instant,
    zone: &dyn Zone,
) -> Day {
    let session = SessionTime::from(p.appointment);
    let steps = timeline(session, settings, zone);
    let at = |kind: StepKind| steps.iter().find(|s| s.kind == kind).map(|s| s.instant);
    let arrive_by = at(StepKind::Arrive).unwrap_or(p.start);
    let solids = at(StepKind::StopSolidFood);
    let clear = at(StepKind::StopClearLiquids);
    let checklist = checklist_for(doc.records(), p.id);
    let left = match readiness(&checklist, settings, session, now, zone).status {
        ReadyStatus::Ready => 0,
        ReadyStatus::Left(items) => items.len(),
    };
    let checklist_act = (left > 0).then_some(Act::Checklist { left });
    // The next fasting time still ahead, or nothing by mouth once both have passed.
    let fasting_act = match (solids, clear) {
        (Some(s), _) if s > now => Some(Act::StopSolids { at: s }),
        (_, Some(c)) if c > now => Some(Act::StopClearLiquids { at: c }),
        (None, None) => None,
        _ => Some(Act::NothingByMouth { until: p.start }),
    };
    let fasting_started = [solids, clear].into_iter().flatten().any(|t| t <= now);
    let local_now = zone.to_local(now);
    let day_of = p.appointment.date;
    let (phase, acts) = if now >= arrive_by.plus_minutes(-LEAVE_BEFORE_ARRIVAL) {
        (
            Phase::Leaving,
            vec![Some(Act::Leave { arrive_by }), checklist_act],
        )
    } else if fasting_started {
        (
            Phase::Fasting,
            vec![fasting_act, Some(Act::Leave { arrive_by })],
        )
    } else if day_of == local_now.date {
        let first = fasting_act.or(Some(Act::Leave { arrive_by }));
        (Phase::SessionToday, vec![first, checklist_act])
    } else if day_of == local_now.date.add_days(1) && local_now.time >= EVENING_FROM {
        let rules = (!fasting_rule_set(settings)).then_some(Act::EnterClinicRules);
        (
            Phase::EveningBefore,
            vec![checklist_act, fasting_act.or(rules)],
        )
    } else {
        return Day::quiet();
    };
    let mut acts: Vec<Act> = acts.into_iter().flatten().collect();
    acts.truncate(2);
    Day {
        phase,
        about: Some(about_planned(p)),
        acts,
    }
}
