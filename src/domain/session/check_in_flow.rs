//! The rules of one check-in after a session: when the session ran, which check-in is due,
//! whether the check-in time makes sense, how long ago the session ended in words, and what a
//! finished check-in holds. (Who to contact: `safety::escalation`.)

use crate::domain::core::model::{CheckIn, CheckInSlot, RedFlag, Session};
use crate::domain::core::time::{Instant, LocalDateTime, Zone};
use crate::domain::plan::due::DEFAULT_SESSION_MINUTES;
use crate::domain::safety::red_flags::is_very_high;
use crate::domain::session::after_effects::slot_due_at;

/// When a session started and ended. Without a recorded end it is taken to last
/// [`DEFAULT_SESSION_MINUTES`]; an end earlier than the start crossed midnight.
pub fn session_span(s: &Session, zone: &dyn Zone) -> (Instant, Instant) {
    session_span_or(s, zone, DEFAULT_SESSION_MINUTES)
}

/// [`session_span`], taking a session without a recorded end to last `minutes_if_no_end`
/// (for example its planned appointment's length).
pub fn session_span_or(s: &Session, zone: &dyn Zone, minutes_if_no_end: i64) -> (Instant, Instant) {
    let start = zone.to_instant(LocalDateTime::new(s.date, s.start));
    let end = match s.end {
        Some(e) if e < s.start => zone.to_instant(LocalDateTime::new(s.date.add_days(1), e)),
        Some(e) => zone.to_instant(LocalDateTime::new(s.date, e)),
        None => start.plus_minutes(minutes_if_no_end),
    };
    (start, end.max(start))
}

/// The check-ins after a session, in time order.
pub const SESSION_SLOTS: [CheckInSlot; 5] = [
    CheckInSlot::RightAfter,
    CheckInSlot::OneHour,
    CheckInSlot::TwoHours,
    CheckInSlot::Evening,
    CheckInSlot::NextMorning,
];

/// After the next-morning check-in has been due this long, a check-in is "any time".
pub const LAST_SLOT_OPEN_MINUTES: i64 = 12 * 60;

/// The check-in to offer first: the latest one whose time has come (right after, during the
/// session), unless it is already done or long past: then "any time".
pub fn due_slot(end: Instant, now: Instant, zone: &dyn Zone, done: &[CheckInSlot]) -> CheckInSlot {
    let latest = SESSION_SLOTS
        .iter()
        .rev()
        .find_map(|slot| {
            let at = slot_due_at(*slot, end, zone)?;
            (at <= now).then_some((*slot, at))
        })
        .unwrap_or((CheckInSlot::RightAfter, end));
    match latest {
        (slot, _) if done.contains(&slot) => CheckInSlot::AnyTime,
        (CheckInSlot::NextMorning, at) if now.minutes_since(at) > LAST_SLOT_OPEN_MINUTES => {
            CheckInSlot::AnyTime
        }
        (slot, _) => slot,
    }
}

/// The next check-in after a session still to come at `now`: the first slot not done whose
/// time is later; `None` when every slot is done or past.
pub fn next_slot(
    end: Instant,
    now: Instant,
    zone: &dyn Zone,
    done: &[CheckInSlot],
) -> Option<(CheckInSlot, Instant)> {
    SESSION_SLOTS
        .iter()
        .filter(|s| !done.contains(s))
        .filter_map(|s| slot_due_at(*s, end, zone).map(|at| (*s, at)))
        .find(|(_, at)| *at > now)
}

/// A little slack for a phone clock that differs from the one the time was read from.
pub const FUTURE_SLACK_MINUTES: i64 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckInTimeError {
    /// The date or time field is empty or unreadable.
    Unreadable,
    BeforeSession,
    InFuture,
}

pub fn check_time(
    at: Option<Instant>,
    session_start: Option<Instant>,
    now: Instant,
) -> Result<Instant, CheckInTimeError> {
    let at = at.ok_or(CheckInTimeError::Unreadable)?;
    if session_start.is_some_and(|start| at < start) {
        return Err(CheckInTimeError::BeforeSession);
    }
    if at.minutes_since(now) > FUTURE_SLACK_MINUTES {
        return Err(CheckInTimeError::InFuture);
    }
    Ok(at)
}

/// Minutes in words: "45 min", "5 h", "1 h 30 min" (negative counts as 0).
pub fn format_minutes(minutes: i64) -> String {
    let m = minutes.max(0);
    match (m / 60, m % 60) {
        (0, min) => format!("{min} min"),
        (h, 0) => format!("{h} h"),
        (h, min) => format!("{h} h {min} min"),
    }
}

/// The flags a check-in reports, counting a very high reading as its own flag.
pub fn reported_flags(flags: &[RedFlag], check_in: &CheckIn) -> Vec<RedFlag> {
    let mut out: Vec<RedFlag> = flags.to_vec();
    if check_in.bp.is_some_and(is_very_high) && !out.contains(&RedFlag::VeryHighBloodPressure) {
        out.push(RedFlag::VeryHighBloodPressure);
    }
    out
}

/// A check-in made final: a feeling skipped stays not answered (never 0: a crisis check-in
/// saved without ratings must not read as "gone"), custom ratings without a name are
/// dropped, text is trimmed.
pub fn finish(mut c: CheckIn, at: Instant) -> CheckIn {
    c.custom.retain(|r| !r.name.trim().is_empty());
    for r in &mut c.custom {
        r.name = r.name.trim().to_string();
        r.score = r.score.min(10);
    }
    if !c.red_flags.contains(&RedFlag::SuicidalThoughts) {
        c.suicide_plan_or_intent = false;
    }
    c.notes = c.notes.trim().to_string();
    c.at = at;
    c.draft = false;
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{CustomRating, DoseRoute, Symptom};
    use crate::domain::core::time::{Date, TimeOfDay, UsDstZone};
    use CheckInSlot::*;

    fn local(date: &str, time: &str) -> LocalDateTime {
        LocalDateTime::new(
            Date::parse(date).expect("date"),
            TimeOfDay::parse(time).expect("time"),
        )
    }

    fn session(date: &str, start: &str, end: Option<&str>) -> Session {
        Session::new(
            Date::parse(date).expect("date"),
            TimeOfDay::parse(start).expect("start"),
            end.map(|e| TimeOfDay::parse(e).expect("end")),
            DoseRoute::Iv,
        )
    }

    #[test]
    fn spans() {
        let z = UsDstZone::EASTERN;
        let cases = [
            (
                session("2026-06-10", "10:00", Some("10:40")),
                "10:00",
                "10:40",
                0,
            ),
            (session("2026-06-10", "10:00", None), "10:00", "11:00", 0),
            (
                session("2026-06-10", "23:30", Some("00:20")),
                "23:30",
                "00:20",
                1,
            ),
        ];
        for (s, start, end, next_day) in cases {
            let (a, b) = session_span(&s, &z);
            assert_eq!(z.to_local(a), local("2026-06-10", start));
            let end_date = Date::parse("2026-06-10").expect("d").add_days(next_day);
            assert_eq!(
                z.to_local(b),
                LocalDateTime::new(end_date, TimeOfDay::parse(end).expect("t"))
            );
        }
    }

    #[test]
    fn the_slot_whose_time_has_come() {
        let z = UsDstZone::EASTERN;
        let end = z.to_instant(local("2026-06-10", "10:40"));
        // (now, done, want)
        let cases: &[(&str, &str, &[CheckInSlot], CheckInSlot)] = &[
            ("2026-06-10", "10:10", &[], RightAfter),
            ("2026-06-10", "10:40", &[], RightAfter),
            ("2026-06-10", "11:39", &[], RightAfter),
            ("2026-06-10", "11:40", &[], OneHour),
            ("2026-06-10", "12:40", &[], TwoHours),
            ("2026-06-10", "18:59", &[], TwoHours),
            ("2026-06-10", "19:00", &[], Evening),
            ("2026-06-11", "08:59", &[], Evening),
            ("2026-06-11", "09:00", &[], NextMorning),
            ("2026-06-11", "21:00", &[], NextMorning),
            ("2026-06-11", "21:01", &[], AnyTime),
            ("2026-06-10", "12:50", &[TwoHours], AnyTime),
            ("2026-06-10", "12:50", &[OneHour], TwoHours),
        ];
        for (d, t, done, want) in cases {
            let now = z.to_instant(local(d, t));
            assert_eq!(due_slot(end, now, &z, done), *want, "{d} {t} {done:?}");
        }
    }

    #[test]
    fn the_next_check_in_after_one_saved() {
        let z = UsDstZone::EASTERN;
        let end = z.to_instant(local("2026-06-10", "10:40"));
        // (now, done, want: slot and its local time, or none left)
        type Want = Option<(CheckInSlot, &'static str, &'static str)>;
        let cases: &[(&str, &str, &[CheckInSlot], Want)] = &[
            (
                "2026-06-10",
                "11:45",
                &[OneHour],
                Some((TwoHours, "2026-06-10", "12:40")),
            ),
            (
                "2026-06-10",
                "11:45",
                &[],
                Some((TwoHours, "2026-06-10", "12:40")),
            ),
            (
                "2026-06-10",
                "10:45",
                &[RightAfter],
                Some((OneHour, "2026-06-10", "11:40")),
            ),
            (
                "2026-06-10",
                "12:45",
                &[TwoHours],
                Some((Evening, "2026-06-10", "19:00")),
            ),
            (
                "2026-06-10",
                "19:05",
                &[Evening],
                Some((NextMorning, "2026-06-11", "09:00")),
            ),
            ("2026-06-11", "09:05", &[NextMorning], None),
            ("2026-06-10", "18:00", &[Evening, NextMorning], None),
        ];
        for (d, t, done, want) in cases {
            let now = z.to_instant(local(d, t));
            let want = want.map(|(slot, d, t)| (slot, z.to_instant(local(d, t))));
            assert_eq!(next_slot(end, now, &z, done), want, "{d} {t} {done:?}");
        }
    }

    #[test]
    fn check_in_times() {
        use CheckInTimeError::*;
        let start = Some(Instant(1_000_000_000));
        let now = Instant(2_000_000_000);
        type Case = (
            Option<Instant>,
            Option<Instant>,
            Result<Instant, CheckInTimeError>,
        );
        let cases: &[Case] = &[
            (None, start, Err(Unreadable)),
            (Some(Instant(999_999_999)), start, Err(BeforeSession)),
            (
                Some(Instant(1_000_000_000)),
                start,
                Ok(Instant(1_000_000_000)),
            ),
            (Some(Instant(5)), None, Ok(Instant(5))),
            (Some(now.plus_minutes(5)), start, Ok(now.plus_minutes(5))),
            (Some(now.plus_minutes(6)), start, Err(InFuture)),
        ];
        for (at, start, want) in cases {
            assert_eq!(check_time(*at, *start, now), *want, "{at:?}");
        }
    }

    #[test]
    fn minutes_in_words() {
        for (m, want) in [
            (-20, "0 min"),
            (0, "0 min"),
            (45, "45 min"),
            (60, "1 h"),
            (90, "1 h 30 min"),
            (300, "5 h"),
            (1441, "24 h 1 min"),
        ] {
            assert_eq!(format_minutes(m), want, "{m}");
        }
    }

    fn blank() -> CheckIn {
        CheckIn::blank(None, Instant(0), AnyTime)
    }

    #[test]
    fn a_very_high_reading_is_reported_as_a_flag() {
        let mut c = blank();
        c.bp = Some(crate::domain::core::model::BloodPressure {
            systolic: 185,
            diastolic: 100,
        });
        assert_eq!(
            reported_flags(&[RedFlag::ChestPain], &c),
            [RedFlag::ChestPain, RedFlag::VeryHighBloodPressure]
        );
        c.bp = None;
        assert_eq!(reported_flags(&[], &c), []);
    }

    #[test]
    fn finishing_a_check_in() {
        let mut c = blank();
        c.ratings.insert(Symptom::Headache, 4);
        c.ratings.insert(Symptom::Nausea, 0);
        c.custom = vec![
            CustomRating {
                name: "  jaw ache ".into(),
                score: 3,
            },
            CustomRating {
                name: " ".into(),
                score: 5,
            },
        ];
        c.suicide_plan_or_intent = true;
        c.notes = " ok \n".into();
        let f = finish(c, Instant(42));
        assert!(!f.draft);
        assert_eq!(f.at, Instant(42));
        assert_eq!(
            f.ratings.len(),
            2,
            "a feeling skipped is not answered, not 0"
        );
        assert_eq!(f.ratings[&Symptom::Headache], 4);
        assert_eq!(
            f.ratings[&Symptom::Nausea],
            0,
            "a 0 picked on purpose stays 0"
        );
        assert_eq!(f.ratings.get(&Symptom::Dizziness), None);
        assert_eq!(f.custom.len(), 1);
        assert_eq!(f.custom[0].name, "jaw ache");
        assert!(
            !f.suicide_plan_or_intent,
            "only asked with suicidal thoughts"
        );
        assert_eq!(f.notes, "ok");
    }

    #[test]
    fn a_crisis_check_in_saved_without_ratings_rates_nothing() {
        let mut c = blank();
        c.red_flags = vec![RedFlag::ChestPain];
        let f = finish(c, Instant(7));
        assert!(f.ratings.is_empty());
        assert_eq!(f.red_flags, [RedFlag::ChestPain]);
    }
}
