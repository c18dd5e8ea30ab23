//! How the plan and Today's due list are laid out, as numbers and groups (the UI adds words):
//! appointments split into upcoming and past and grouped by month, the due list grouped by what
//! the patient does with it, countdowns, and whether some data is in no backup yet.

use crate::domain::core::model::{Appointment, CheckIn, Questionnaire, RecordId, Session};
use crate::domain::core::time::{Date, Instant, LocalDateTime, Zone};
use crate::domain::plan::due::{due_items, DueInput, DueItem};
use crate::domain::records::document::{with_kind, Document, KindId};

/// One appointment with its id and the instants it starts and ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub id: RecordId,
    pub appointment: Appointment,
    pub start: Instant,
    pub end: Instant,
}

/// Appointments of one calendar month (by their local date), in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGroup {
    pub year: i32,
    pub month: u8,
    pub items: Vec<Planned>,
}

/// The plan as the patient reads it: what is still ahead (soonest first) and what is over
/// (most recent first).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Agenda {
    pub upcoming: Vec<MonthGroup>,
    pub past: Vec<MonthGroup>,
}

impl Agenda {
    /// An appointment stays "upcoming" until it has ended, so one in progress is not yet past.
    pub fn of<'a>(
        appointments: impl IntoIterator<Item = (&'a RecordId, &'a Appointment)>,
        now: Instant,
        zone: &dyn Zone,
    ) -> Agenda {
        let (mut upcoming, mut past): (Vec<Planned>, Vec<Planned>) = appointments
            .into_iter()
            .map(|(id, a)| {
                let start = zone.to_instant(LocalDateTime::new(a.date, a.time));
                Planned {
                    id: id.clone(),
                    appointment: a.clone(),
                    start,
                    end: start.plus_minutes(i64::from(a.minutes)),
                }
            })
            .partition(|p| p.end > now);
        crate::domain::core::order::by(&mut upcoming, |a, b| {
            (a.start, &a.id).cmp(&(b.start, &b.id))
        });
        crate::domain::core::order::by(&mut past, |a, b| (b.start, &b.id).cmp(&(a.start, &a.id)));
        Agenda {
            upcoming: by_month(upcoming),
            past: by_month(past),
        }
    }

    /// Upcoming appointments, soonest first.
    pub fn upcoming(&self) -> impl Iterator<Item = &Planned> {
        self.upcoming.iter().flat_map(|g| g.items.iter())
    }

    pub fn upcoming_count(&self) -> usize {
        self.upcoming.iter().map(|g| g.items.len()).sum()
    }

    pub fn past_count(&self) -> usize {
        self.past.iter().map(|g| g.items.len()).sum()
    }
}

/// Groups consecutive items by month, keeping their order.
fn by_month(items: Vec<Planned>) -> Vec<MonthGroup> {
    let mut groups: Vec<MonthGroup> = Vec::new();
    for p in items {
        let (year, month) = (p.appointment.date.year, p.appointment.date.month);
        match groups.last_mut() {
            Some(g) if g.year == year && g.month == month => g.items.push(p),
            _ => groups.push(MonthGroup {
                year,
                month,
                items: vec![p],
            }),
        }
    }
    groups
}

/// Time left until something, rounded down to what is worth reading at a glance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// Starting now (or already started).
    Now,
    Minutes(i64),
    Hours {
        hours: i64,
        minutes: i64,
    },
    Days {
        days: i64,
        hours: i64,
    },
}

impl Countdown {
    pub fn from_minutes(minutes: i64) -> Countdown {
        match minutes {
            m if m <= 0 => Countdown::Now,
            m if m < 60 => Countdown::Minutes(m),
            m if m < 24 * 60 => Countdown::Hours {
                hours: m / 60,
                minutes: m % 60,
            },
            m => Countdown::Days {
                days: m / (24 * 60),
                hours: m % (24 * 60) / 60,
            },
        }
    }
}

/// A date relative to today, for "today", "tomorrow", "in 5 days".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelativeDay {
    Today,
    Tomorrow,
    Yesterday,
    InDays(i64),
    DaysAgo(i64),
}

impl RelativeDay {
    pub fn between(today: Date, date: Date) -> RelativeDay {
        match date.days() - today.days() {
            0 => RelativeDay::Today,
            1 => RelativeDay::Tomorrow,
            -1 => RelativeDay::Yesterday,
            n if n > 0 => RelativeDay::InDays(n),
            n => RelativeDay::DaysAgo(-n),
        }
    }
}

/// The next appointment, for the top of Today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextUp {
    pub id: RecordId,
    pub at: Instant,
    pub countdown: Countdown,
}

/// Today's due list in the order the patient reads it: the next appointment, what is due now,
/// what is overdue, then sessions that passed without a record.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct DueGroups {
    pub next: Option<NextUp>,
    pub now: Vec<DueItem>,
    pub overdue: Vec<DueItem>,
    pub missed: Vec<DueItem>,
}

impl DueGroups {
    /// Keeps the (urgency) order of `items` within each group.
    pub fn of(items: Vec<DueItem>) -> DueGroups {
        let mut g = DueGroups::default();
        for item in items {
            match item {
                DueItem::NextAppointment {
                    id,
                    at,
                    minutes_until,
                } => {
                    g.next = Some(NextUp {
                        id,
                        at,
                        countdown: Countdown::from_minutes(minutes_until),
                    })
                }
                DueItem::CheckIn { overdue: true, .. } => g.overdue.push(item),
                DueItem::Questionnaire { overdue_days, .. } if overdue_days > 0 => {
                    g.overdue.push(item)
                }
                DueItem::MissedSession { .. } => g.missed.push(item),
                DueItem::CheckIn { .. }
                | DueItem::PrepareChecklist { .. }
                | DueItem::Questionnaire { .. }
                | DueItem::Backup { .. } => g.now.push(item),
            }
        }
        g
    }

    pub fn is_empty(&self) -> bool {
        self.next.is_none()
            && self.now.is_empty()
            && self.overdue.is_empty()
            && self.missed.is_empty()
    }
}

/// Whether some data is in no backup: a record changed (or was deleted) after the last backup,
/// or there are records and no backup was ever made.
///
/// The settings record is left out: older versions wrote `last_backup` into it, which would
/// make every backup look out of date at once.
pub fn has_unbacked_data(doc: &Document, last_backup: Option<Instant>) -> bool {
    let newest = KindId::ALL
        .into_iter()
        .filter(|k| *k != KindId::Settings)
        .filter_map(|k| {
            with_kind!(k, |T| doc
                .records::<T>()
                .iter()
                .map(|r| r.meta.updated)
                .max())
        })
        .max();
    match (newest, last_backup) {
        (None, _) => false,
        (Some(_), None) => true,
        (Some(changed), Some(backup)) => backup < changed,
    }
}

/// Today's due list for a whole document; `last_backup` is kept outside it (the store's
/// `wipe::last_backup`, or an older version's `settings.last_backup`).
pub fn due_now(
    doc: &Document,
    last_backup: Option<Instant>,
    now: Instant,
    zone: &dyn Zone,
) -> DueGroups {
    let settings = doc.settings();
    let last_backup = last_backup.max(settings.last_backup);
    let items = due_items(&DueInput {
        appointments: doc.records::<Appointment>(),
        sessions: doc.records::<Session>(),
        check_ins: doc.records::<CheckIn>(),
        questionnaires: doc.records::<Questionnaire>(),
        last_backup,
        unbacked_data: has_unbacked_data(doc, last_backup),
        settings: &settings,
        now,
        zone,
    });
    DueGroups::of(items)
}

#[cfg(test)]
mod tests;
