//! Which session the Prepare screens are about, its checklist record, and the countdown to it.
//!
//! The Prepare screens and the readiness card on Today always look at the same session: the
//! earliest dosing appointment that has not started yet. Each appointment has its own
//! checklist record, so a new session starts with nothing ticked.

use crate::domain::core::model::{Appointment, Checklist, Record, RecordId, Settings};
use crate::domain::core::time::{Instant, Zone};
use crate::domain::prepare::preparation::{readiness, Readiness, SessionTime};
use crate::domain::records::document::Document;

/// The next dosing appointment and its checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct Upcoming {
    pub id: RecordId,
    pub appointment: Appointment,
    pub start: Instant,
    /// Its checklist, or a fresh one naming it when nothing was ticked yet.
    pub checklist: Checklist,
}

impl Upcoming {
    pub fn session(&self) -> SessionTime {
        SessionTime::from(&self.appointment)
    }

    pub fn readiness(&self, settings: &Settings, now: Instant, zone: &dyn Zone) -> Readiness {
        readiness(&self.checklist, settings, self.session(), now, zone)
    }
}

/// The earliest live dosing appointment starting at or after `now` (ties: lower id first).
pub fn next_dosing(doc: &Document, now: Instant, zone: &dyn Zone) -> Option<Upcoming> {
    let (meta, appointment, start) = doc
        .live::<Appointment>()
        .filter(|(_, a)| a.kind.is_dosing())
        .map(|(m, a)| (m, a, zone.to_instant(SessionTime::from(a).start)))
        .filter(|(_, _, start)| *start >= now)
        .min_by(|a, b| (a.2, &a.0.id).cmp(&(b.2, &b.0.id)))?;
    Some(Upcoming {
        id: meta.id.clone(),
        appointment: appointment.clone(),
        start,
        checklist: checklist_for(doc.records::<Checklist>(), &meta.id),
    })
}

/// The checklist record's id is derived from its appointment's, so two tabs ticking the first
/// item at the same moment write one record instead of two competing ones.
pub fn checklist_id(appointment: &RecordId) -> RecordId {
    RecordId(format!("checklist-{}", appointment.0))
}

/// The appointment's own checklist; else any live one naming it (written by an older
/// version); else a fresh one.
pub fn checklist_for(records: &[Record<Checklist>], appointment: &RecordId) -> Checklist {
    let own = checklist_id(appointment);
    let live = || {
        records
            .iter()
            .filter_map(|r| r.live().map(|c| (&r.meta.id, c)))
    };
    live()
        .find(|(id, _)| **id == own)
        .or_else(|| live().find(|(_, c)| c.appointment == *appointment))
        .map(|(_, c)| c.clone())
        .unwrap_or_else(|| Checklist {
            appointment: appointment.clone(),
            ..Checklist::default()
        })
}

/// Ticks or unticks an item by its stored key; returns false when nothing changed.
pub fn set_done(checklist: &mut Checklist, key: &str, done: bool) -> bool {
    let has = checklist.done.iter().any(|k| k == key);
    match (has, done) {
        (false, true) => checklist.done.push(key.to_string()),
        (true, false) => checklist.done.retain(|k| k != key),
        _ => return false,
    }
    true
}

/// How far away something is, at the precision a person reads it: days and hours when a day
/// or more away, hours and minutes within a day, minutes within the hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Countdown {
    /// It has started (or is happening now).
    Now,
    Minutes(i64),
    HoursMinutes {
        hours: i64,
        minutes: i64,
    },
    DaysHours {
        days: i64,
        hours: i64,
    },
}

impl Countdown {
    /// From whole minutes ahead (as `Readiness` counts them, rounded up). Far-off times lose
    /// their minutes: "in 2 days 4 h" is what a person wants to know.
    pub fn from_minutes(minutes: i64) -> Countdown {
        const HOUR: i64 = 60;
        const DAY: i64 = 24 * HOUR;
        match minutes {
            m if m <= 0 => Countdown::Now,
            m if m < HOUR => Countdown::Minutes(m),
            m if m < DAY => Countdown::HoursMinutes {
                hours: m / HOUR,
                minutes: m % HOUR,
            },
            m => Countdown::DaysHours {
                days: m / DAY,
                hours: (m % DAY) / HOUR,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::AppointmentKind;
    use crate::domain::core::time::{Date, FixedZone, LocalDateTime, TimeOfDay, UsDstZone};

    fn local(s: &str) -> LocalDateTime {
        let (d, t) = s.split_once(' ').expect("date and time");
        LocalDateTime::new(
            Date::parse(d).expect("date"),
            TimeOfDay::parse(t).expect("time"),
        )
    }

    fn appt(kind: AppointmentKind, when: &str) -> Appointment {
        let at = local(when);
        Appointment {
            kind,
            date: at.date,
            time: at.time,
            minutes: 60,
            place: String::new(),
            notes: String::new(),
        }
    }

    fn doc_with(appointments: &[(&str, AppointmentKind, &str)]) -> Document {
        let mut doc = Document::new();
        for (id, kind, when) in appointments {
            doc.put(RecordId((*id).into()), appt(*kind, when), Instant(0));
        }
        doc
    }

    #[test]
    fn next_dosing_is_the_earliest_future_dosing_appointment() {
        use AppointmentKind::*;
        let doc = doc_with(&[
            ("past", Ketamine, "2026-05-10 09:00"),
            ("therapy", Psychotherapy, "2026-05-11 09:00"),
            ("later", Ketamine, "2026-05-14 09:00"),
            ("maint", Maintenance, "2026-05-12 09:00"),
            ("same-time-b", Ketamine, "2026-05-13 09:00"),
            ("same-time-a", Ketamine, "2026-05-13 09:00"),
        ]);
        let zone = UsDstZone::EASTERN;
        let cases = [
            ("before all", "2026-05-09 12:00", Some("past")),
            ("therapy is skipped", "2026-05-10 09:01", Some("maint")),
            (
                "at the start it still counts",
                "2026-05-12 09:00",
                Some("maint"),
            ),
            (
                "a tie goes to the lower id",
                "2026-05-12 09:01",
                Some("same-time-a"),
            ),
            ("none left", "2026-05-14 09:01", None),
        ];
        for (name, now, want) in cases {
            let got = next_dosing(&doc, zone.to_instant(local(now)), &zone);
            assert_eq!(got.as_ref().map(|u| u.id.as_str()), want, "{name}");
        }
        let mut deleted = doc.clone();
        deleted.delete::<Appointment>(&RecordId("past".into()), Instant(1));
        let got = next_dosing(&deleted, zone.to_instant(local("2026-05-09 12:00")), &zone);
        assert_eq!(got.map(|u| u.id.0), Some("maint".into()), "deleted");
    }

    #[test]
    fn each_appointment_has_its_own_checklist() {
        let mut doc = doc_with(&[
            ("a", AppointmentKind::Ketamine, "2026-05-12 09:00"),
            ("b", AppointmentKind::Ketamine, "2026-05-19 09:00"),
        ]);
        let a = RecordId("a".into());
        let mut ticked = checklist_for(doc.records(), &a);
        assert!(set_done(&mut ticked, "fasting", true));
        doc.put(checklist_id(&a), ticked, Instant(1));
        let zone = FixedZone(0);
        let before_a = next_dosing(&doc, zone.to_instant(local("2026-05-11 09:00")), &zone);
        assert_eq!(
            before_a.map(|u| u.checklist.done),
            Some(vec!["fasting".into()])
        );
        // After session a, session b starts fresh.
        let before_b = next_dosing(&doc, zone.to_instant(local("2026-05-13 09:00")), &zone)
            .expect("b is next");
        assert_eq!(before_b.checklist.appointment, RecordId("b".into()));
        assert!(before_b.checklist.done.is_empty());
    }

    #[test]
    fn an_older_checklist_naming_the_appointment_is_found() {
        let a = RecordId("a".into());
        let old = Checklist {
            appointment: a.clone(),
            support_name: "Sam".into(),
            ..Checklist::default()
        };
        let records = vec![Record::new(
            RecordId("random".into()),
            Instant(0),
            old.clone(),
        )];
        assert_eq!(checklist_for(&records, &a), old);
        assert_eq!(
            checklist_for(&records, &RecordId("other".into())).support_name,
            ""
        );
    }

    #[test]
    fn set_done_ticks_once_and_unticks() {
        let mut c = Checklist::default();
        assert!(set_done(&mut c, "fasting", true));
        assert!(!set_done(&mut c, "fasting", true), "already ticked");
        assert_eq!(c.done, ["fasting"]);
        assert!(set_done(&mut c, "fasting", false));
        assert!(!set_done(&mut c, "fasting", false));
        assert!(c.done.is_empty());
    }

    #[test]
    fn countdown_reads_at_a_human_precision() {
        use Countdown::*;
        let cases = [
            (-5, Now),
            (0, Now),
            (1, Minutes(1)),
            (59, Minutes(59)),
            (
                60,
                HoursMinutes {
                    hours: 1,
                    minutes: 0,
                },
            ),
            (
                3 * 60 + 20,
                HoursMinutes {
                    hours: 3,
                    minutes: 20,
                },
            ),
            (
                24 * 60 - 1,
                HoursMinutes {
                    hours: 23,
                    minutes: 59,
                },
            ),
            (24 * 60, DaysHours { days: 1, hours: 0 }),
            (2 * 24 * 60 + 4 * 60 + 59, DaysHours { days: 2, hours: 4 }),
        ];
        for (minutes, want) in cases {
            assert_eq!(Countdown::from_minutes(minutes), want, "{minutes}");
        }
    }
}
