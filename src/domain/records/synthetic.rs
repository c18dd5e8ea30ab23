//! A deterministic, realistic three-year data set for benchmarks and size budgets.
//!
//! About 60 dosing sessions (a six-session course, then maintenance), 120 appointments,
//! 1,100 check-ins (five after each session plus any-time ones), 160 questionnaires, moods,
//! journal entries, checklists and a few deletes. Same seed, same document, on every machine:
//! the generator is a plain xorshift, no `rand`.

use crate::domain::core::model::{
    Appointment, AppointmentKind, Assessment, BloodPressure, CheckIn, CheckInSlot, Checklist,
    CustomRating, DoseRoute, HistoryItem, JournalEntry, Medicine, Mood, Questionnaire, RecordId,
    RedFlag, RedFlagEvent, ScaleKind, Session, Settings, Symptom,
};
use crate::domain::core::time::{Date, Instant, TimeOfDay, MS_PER_DAY, MS_PER_MINUTE};
use crate::domain::records::document::Document;

/// xorshift64*: small, fast and good enough for made-up data.
#[derive(Clone, Debug)]
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        XorShift((seed ^ 0x9E37_79B9_7F4A_7C15).max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n.max(1)
    }
    pub fn percent(&mut self, p: u64) -> bool {
        self.below(100) < p
    }
    /// A 32-hex-digit id, as `platform::ids` makes.
    pub fn id(&mut self) -> RecordId {
        RecordId(format!("{:016x}{:016x}", self.next_u64(), self.next_u64()))
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const WORDS: &[&str] = &[
    "slept", "well", "tired", "calm", "walked", "the", "dog", "felt", "lighter", "heavy", "talked",
    "with", "my", "sister", "therapy", "helped", "noticed", "colours", "music", "again", "morning",
    "anxious", "about", "work", "better", "than", "last", "week", "headache", "faded", "by",
    "noon", "cooked", "dinner", "hopeful", "quiet", "day", "garden", "rain", "friends", "called",
];
const MOOD_WORDS: &[&str] = &[
    "calm", "low", "okay", "hopeful", "tired", "flat", "bright", "",
];

fn sentence(rng: &mut XorShift, min: u64, max: u64) -> String {
    let n = min + rng.below(max - min + 1);
    let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS)).collect();
    let mut s = words.join(" ");
    s.push('.');
    s
}

fn at(date: Date, minutes: i64) -> Instant {
    Instant(date.days() * MS_PER_DAY + minutes * MS_PER_MINUTE)
}

fn time(minutes: i64) -> TimeOfDay {
    let m = minutes.rem_euclid(24 * 60);
    TimeOfDay {
        hour: (m / 60) as u8,
        minute: (m % 60) as u8,
    }
}

fn bp(rng: &mut XorShift, base: u64) -> BloodPressure {
    BloodPressure {
        systolic: (base + rng.below(25)) as u16,
        diastolic: (70 + rng.below(20)) as u16,
    }
}

/// The first day of the data set.
pub const START: Date = Date {
    year: 2023,
    month: 1,
    day: 9,
};
/// Length of the data set in days.
pub const DAYS: i64 = 3 * 365;

/// Builds the three-year document for `seed`.
pub fn generate(seed: u64) -> Document {
    let mut rng = XorShift::new(seed);
    let mut doc = Document::new();
    let t0 = at(START, 9 * 60);
    let settings = Settings {
        clinic_name: "Riverside Clinic".into(),
        clinic_phone: "+1 555 0100".into(),
        route: Some(DoseRoute::Iv),
        fasting_solid_hours: Some(6.0),
        fasting_clear_hours: Some(2.0),
        welcome_done: true,
        ..Settings::default()
    };
    doc.set_settings(settings, t0);
    let assessment = Assessment {
        history: vec![HistoryItem::HighBloodPressure],
        concerns: sentence(&mut rng, 10, 20),
        ..Assessment::default()
    };
    doc.set_assessment(assessment, t0);
    for (name, dose) in [
        ("Sertraline", "100 mg"),
        ("Lamotrigine", "50 mg"),
        ("Vitamin D", "1000 IU"),
    ] {
        let med = Medicine {
            name: name.into(),
            dose: dose.into(),
            when: "morning".into(),
        };
        doc.put(rng.id(), med, t0);
    }

    // Dosing days: a course of six over three weeks, then maintenance about every 19 days.
    let mut dosing: Vec<i64> = vec![0, 3, 7, 10, 14, 17];
    while dosing.len() < 60 {
        let last = dosing[dosing.len() - 1];
        dosing.push(last + 17 + rng.below(5) as i64);
    }
    for (n, &day) in dosing.iter().enumerate() {
        let date = START.add_days(day);
        add_dosing(&mut doc, &mut rng, date, n);
    }
    // Other appointments: follow-ups and psychotherapy, about every 18 days.
    for n in 0..60i64 {
        let date = START.add_days(5 + n * 18);
        let kind = if n % 3 == 0 {
            AppointmentKind::FollowUp
        } else {
            AppointmentKind::Psychotherapy
        };
        let appt = Appointment {
            kind,
            date,
            time: time(14 * 60),
            minutes: 50,
            place: "Riverside Clinic, room 4".into(),
            notes: if rng.percent(30) {
                sentence(&mut rng, 4, 10)
            } else {
                String::new()
            },
        };
        doc.put(rng.id(), appt, at(date, -7 * 24 * 60));
    }
    // Any-time check-ins on most days.
    let mut any_time = 0;
    for day in 0..DAYS {
        if any_time < 800 && rng.percent(74) {
            any_time += 1;
            let when = at(START.add_days(day), 20 * 60 + rng.below(120) as i64);
            let mut ratings = std::collections::BTreeMap::new();
            for s in Symptom::ALL {
                if rng.percent(40) {
                    ratings.insert(s, rng.below(4) as u8);
                }
            }
            let checkin = CheckIn {
                session: None,
                at: when,
                slot: CheckInSlot::AnyTime,
                ratings,
                custom: Vec::new(),
                red_flags: Vec::new(),
                suicide_plan_or_intent: false,
                bp: None,
                notes: if rng.percent(15) {
                    sentence(&mut rng, 3, 12)
                } else {
                    String::new()
                },
                draft: false,
            };
            let id = rng.id();
            doc.put(id.clone(), checkin, when);
            if rng.percent(1) {
                doc.delete::<CheckIn>(&id, when.plus_minutes(5));
            }
        }
    }
    // Questionnaires in rotation, moods, journal.
    for n in 0..160i64 {
        let scale = ScaleKind::ALL[(n % 3) as usize];
        let items = match scale {
            ScaleKind::Phq9 => 9,
            ScaleKind::Gad7 => 7,
            ScaleKind::Pcl5 => 20,
        };
        let started = at(START.add_days(n * DAYS / 160), 19 * 60);
        let q = Questionnaire {
            scale,
            answers: (0..items).map(|_| Some(rng.below(4) as u8)).collect(),
            started,
            completed: Some(started.plus_minutes(4)),
        };
        doc.put(rng.id(), q, started);
    }
    for n in 0..260i64 {
        let when = at(
            START.add_days(n * DAYS / 260),
            12 * 60 + rng.below(300) as i64,
        );
        let mood = Mood {
            at: when,
            score: rng.below(11) as u8,
            word: rng.pick(MOOD_WORDS).into(),
        };
        doc.put(rng.id(), mood, when);
    }
    for n in 0..90i64 {
        let when = at(START.add_days(n * DAYS / 90), 22 * 60);
        let entry = JournalEntry {
            at: when,
            session: None,
            text: sentence(&mut rng, 15, 70),
        };
        doc.put(rng.id(), entry, when);
    }
    for n in 0..3i64 {
        let when = at(START.add_days(40 + n * 300), 21 * 60);
        let ev = RedFlagEvent {
            at: when,
            flags: vec![RedFlag::SevereHeadache],
            phq9_item9: None,
            suicide_plan_or_intent: false,
            check_in: None,
            mistake: None,
        };
        doc.put(rng.id(), ev, when);
    }
    doc
}

/// One dosing appointment with its checklist, session and five check-ins.
fn add_dosing(doc: &mut Document, rng: &mut XorShift, date: Date, n: usize) {
    let start = 10 * 60;
    let kind = if n < 6 {
        AppointmentKind::Ketamine
    } else {
        AppointmentKind::Maintenance
    };
    let appt_id = rng.id();
    let appt = Appointment {
        kind,
        date,
        time: time(start),
        minutes: 120,
        place: "Riverside Clinic".into(),
        notes: String::new(),
    };
    doc.put(appt_id.clone(), appt, at(date, -14 * 24 * 60));
    let checklist = Checklist {
        appointment: appt_id.clone(),
        done: vec![
            "fasting".into(),
            "ride_home".into(),
            "no_alcohol".into(),
            "comfy_clothes".into(),
        ],
        support_name: "Sam".into(),
        support_phone: "+1 555 0123".into(),
    };
    doc.put(rng.id(), checklist, at(date, -24 * 60));
    let session_id = rng.id();
    let session = Session {
        date,
        start: time(start),
        end: Some(time(start + 100)),
        route: DoseRoute::Iv,
        dose: "0.5 mg/kg".into(),
        notes: if rng.percent(50) {
            sentence(rng, 5, 25)
        } else {
            String::new()
        },
        bp_before: Some(bp(rng, 115)),
        bp_40min: Some(bp(rng, 130)),
        bp_leaving: Some(bp(rng, 118)),
        taken_home_by: "Sam".into(),
        appointment: Some(appt_id),
    };
    doc.put(session_id.clone(), session, at(date, start + 110));
    let slots = [
        (CheckInSlot::RightAfter, 110),
        (CheckInSlot::OneHour, 170),
        (CheckInSlot::TwoHours, 230),
        (CheckInSlot::Evening, 600),
        (CheckInSlot::NextMorning, 1380),
    ];
    for (i, (slot, offset)) in slots.into_iter().enumerate() {
        let when = at(date, start + offset);
        let fade = 5u64.saturating_sub(i as u64);
        let ratings = Symptom::ALL
            .iter()
            .map(|s| (*s, rng.below(fade * 2 + 1) as u8))
            .collect();
        let custom = if n % 4 == 0 {
            vec![CustomRating {
                name: "jaw tension".into(),
                score: rng.below(5) as u8,
            }]
        } else {
            Vec::new()
        };
        let checkin = CheckIn {
            session: Some(session_id.clone()),
            at: when,
            slot,
            ratings,
            custom,
            red_flags: Vec::new(),
            suicide_plan_or_intent: false,
            bp: None,
            notes: if rng.percent(20) {
                sentence(rng, 3, 15)
            } else {
                String::new()
            },
            draft: false,
        };
        doc.put(rng.id(), checkin, when);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::records::document::KindId;

    #[test]
    fn same_seed_same_document_and_realistic_counts() {
        let a = generate(7);
        assert_eq!(a, generate(7));
        assert_ne!(a, generate(8));
        let count = |k| a.live_count(k);
        assert!(
            (1050..=1150).contains(&count(KindId::Checkins)),
            "{}",
            count(KindId::Checkins)
        );
        assert_eq!(count(KindId::Questionnaires), 160);
        assert_eq!(count(KindId::Sessions), 60);
        assert_eq!(count(KindId::Appointments), 120);
        assert!(count(KindId::Moods) > 100 && count(KindId::Journal) > 50);
        assert!(
            a.record_count(KindId::Checkins) > count(KindId::Checkins),
            "has tombstones"
        );
    }
}
