//! Reminder rules of the due list: questionnaires on their cadence, and backups.

use super::{live, start_of, DueInput, DueItem, DEFAULT_SCALES};
use crate::domain::core::model::{Appointment, AppointmentKind, Record, ScaleKind};
use crate::domain::core::time::{Instant, Zone};
use crate::domain::mood::questionnaires::{cadence_setting, due_state};
use crate::domain::mood::scales::Due;

/// Whether the course is over: the last `Ketamine` (course) appointment has ended. The
/// questionnaire cadence switches to the maintenance one then.
pub fn course_over(appointments: &[Record<Appointment>], now: Instant, zone: &dyn Zone) -> bool {
    live(appointments)
        .filter(|(_, a)| a.kind == AppointmentKind::Ketamine)
        .map(|(_, a)| start_of(a, zone).plus_minutes(i64::from(a.minutes)))
        .max()
        .is_some_and(|last_end| now >= last_end)
}

pub(super) fn questionnaire_items(input: &DueInput, items: &mut Vec<DueItem>) {
    let over = course_over(input.appointments, input.now, input.zone);
    let setting = cadence_setting(input.settings, over);
    for kind in ScaleKind::ALL {
        let last = live(input.questionnaires)
            .filter(|(_, q)| q.scale == kind)
            .filter_map(|(_, q)| q.completed)
            .max();
        if last.is_none() && !DEFAULT_SCALES.contains(&kind) {
            continue;
        }
        let overdue_days = match due_state(kind, last, setting, input.now, input.zone) {
            Some(Due::NeverTaken | Due::Due) => 0,
            Some(Due::Overdue { days }) => i64::from(days),
            Some(Due::NotYet { .. }) | None => continue,
        };
        items.push(DueItem::Questionnaire { kind, overdue_days });
    }
}

pub(super) fn backup_item(input: &DueInput, items: &mut Vec<DueItem>) {
    let every = i64::from(input.settings.backup_reminder_days);
    if every == 0 || !input.unbacked_data {
        return;
    }
    let days_since = input.last_backup.map(|at| {
        let z = input.zone;
        z.to_local(input.now).date.days() - z.to_local(at).date.days()
    });
    if days_since.is_none_or(|d| d >= every) {
        items.push(DueItem::Backup { days_since });
    }
}
