//! The warning-sign log: what the patient reported, kept only once the check-in holding it is
//! saved, shown back to them with where each came from, and correctable.
//!
//! The escalation panel reacts to every tick at once (`red_flags::triggers`); the log does
//! not. A sign ticked and unticked, a reading typed and cleared, or a draft never saved leaves
//! no trace here, so nothing reaches the clinician summary that the patient did not save.
//! A sign entered by mistake is marked, never removed: the record keeps it and when it was
//! corrected, and the summary leaves it out.

use crate::domain::core::model::{CheckIn, RecordId, RedFlagEvent};
use crate::domain::core::time::Instant;
use crate::domain::mood::questionnaires::item9_event_id;
use crate::domain::records::document::Document;
use crate::domain::session::check_in_flow::reported_flags;

/// The id of the warning-sign record of one check-in: one per check-in, so saving it again
/// updates that record instead of adding another.
pub fn check_in_event_id(check_in: &RecordId) -> RecordId {
    RecordId(format!("{}-red-flags", check_in.as_str()))
}

/// Saves a finished check-in and, when it reports a warning sign (a very high reading counts
/// as one), its warning-sign record at the check-in's time. A check-in saved again without any
/// sign keeps the record it had: what was reported is never dropped silently. Returns false
/// when nothing changed.
pub fn save_check_in(doc: &mut Document, id: RecordId, check_in: CheckIn, now: Instant) -> bool {
    let flags = reported_flags(&check_in.red_flags, &check_in);
    let plan = check_in.suicide_plan_or_intent;
    let event_id = check_in_event_id(&id);
    let event = (!flags.is_empty() || plan).then(|| {
        let kept = doc.get::<RedFlagEvent>(&event_id);
        RedFlagEvent {
            at: check_in.at,
            flags,
            phq9_item9: None,
            suicide_plan_or_intent: plan,
            check_in: Some(id.clone()),
            // Correcting it again is the patient's choice, not a side effect of a save.
            mistake: kept.and_then(|e| e.mistake),
        }
    });
    let mut changed = doc.put(id, check_in, now);
    if let Some(event) = event {
        changed |= doc.put(event_id, event, now);
    }
    changed
}

/// Marks a warning sign as entered by mistake at `now`, or takes the mark back. Returns false
/// when there is no such record or it is already so.
pub fn set_mistake(doc: &mut Document, id: &RecordId, mistaken: bool, now: Instant) -> bool {
    let Some(event) = doc.get::<RedFlagEvent>(id) else {
        return false;
    };
    if event.mistake.is_some() == mistaken {
        return false;
    }
    let event = RedFlagEvent {
        mistake: mistaken.then_some(now),
        ..event.clone()
    };
    doc.put(id.clone(), event, now)
}

/// Where a warning sign was reported.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// A saved check-in (its id; `None` data when it was deleted since).
    CheckIn(RecordId, Option<CheckIn>),
    /// PHQ-9 question 9 of this questionnaire.
    Questionnaire(RecordId),
    /// Kept before warning signs were linked to their check-in.
    Unknown,
}

/// One line of the patient's log.
#[derive(Clone, Debug, PartialEq)]
pub struct LogEntry {
    pub id: RecordId,
    pub event: RedFlagEvent,
    pub source: Source,
}

/// Every warning sign kept, newest first (corrected ones included, marked).
pub fn log(doc: &Document) -> Vec<LogEntry> {
    let mut out: Vec<LogEntry> = doc
        .live::<RedFlagEvent>()
        .map(|(meta, event)| LogEntry {
            id: meta.id.clone(),
            source: source_of(doc, &meta.id, event),
            event: event.clone(),
        })
        .collect();
    crate::domain::core::order::by_key(&mut out, |e| std::cmp::Reverse(e.event.at));
    out
}

fn source_of(doc: &Document, id: &RecordId, event: &RedFlagEvent) -> Source {
    if let Some(c) = &event.check_in {
        return Source::CheckIn(c.clone(), doc.get::<CheckIn>(c).cloned());
    }
    id.as_str()
        .strip_suffix("-phq9-item9")
        .map(|q| RecordId(q.to_owned()))
        .filter(|q| item9_event_id(q) == *id)
        .map_or(Source::Unknown, Source::Questionnaire)
}

/// The warning signs that go to the clinician: every kept one not marked as a mistake.
pub fn for_clinician(doc: &Document) -> impl Iterator<Item = &RedFlagEvent> {
    doc.live::<RedFlagEvent>()
        .map(|(_, e)| e)
        .filter(|e| e.mistake.is_none())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{BloodPressure, CheckInSlot, RedFlag};
    use crate::domain::core::time::Zone;
    use RedFlag::*;

    const NOW: Instant = Instant(1_800_000_000_000);

    fn id(s: &str) -> RecordId {
        RecordId(s.into())
    }

    fn check_in(flags: &[RedFlag], plan: bool, bp: Option<(u16, u16)>) -> CheckIn {
        CheckIn {
            red_flags: flags.to_vec(),
            suicide_plan_or_intent: plan,
            bp: bp.map(|(systolic, diastolic)| BloodPressure {
                systolic,
                diastolic,
            }),
            draft: false,
            ..CheckIn::blank(None, Instant(NOW.0 - 60_000), CheckInSlot::AnyTime)
        }
    }

    #[test]
    fn a_saved_check_in_logs_what_it_reports_and_nothing_else() {
        // (flags ticked when saved, plan, reading, logged flags or None, plan logged)
        type Case = (
            &'static [RedFlag],
            bool,
            Option<(u16, u16)>,
            Option<&'static [RedFlag]>,
        );
        let table: &[Case] = &[
            (&[], false, None, None),
            (&[], false, Some((128, 84)), None),
            (&[ChestPain], false, None, Some(&[ChestPain])),
            (&[], false, Some((185, 100)), Some(&[VeryHighBloodPressure])),
            (
                &[SevereHeadache],
                false,
                Some((150, 112)),
                Some(&[SevereHeadache, VeryHighBloodPressure]),
            ),
            (&[SuicidalThoughts], true, None, Some(&[SuicidalThoughts])),
        ];
        for (flags, plan, bp, want) in table {
            let mut doc = Document::new();
            let c = check_in(flags, *plan, *bp);
            assert!(save_check_in(&mut doc, id("c1"), c.clone(), NOW));
            assert_eq!(doc.get::<CheckIn>(&id("c1")), Some(&c));
            let logged = doc.get::<RedFlagEvent>(&check_in_event_id(&id("c1")));
            match want {
                None => assert_eq!(doc.live::<RedFlagEvent>().count(), 0, "{flags:?} {bp:?}"),
                Some(want) => {
                    let e = logged.expect("logged");
                    assert_eq!(e.flags, *want);
                    assert_eq!(e.suicide_plan_or_intent, *plan);
                    assert_eq!(e.at, c.at, "dated as the check-in");
                    assert_eq!(e.check_in, Some(id("c1")));
                    assert_eq!(e.mistake, None);
                }
            }
        }
    }

    #[test]
    fn saving_again_updates_the_one_record_and_keeps_a_correction() {
        let mut doc = Document::new();
        save_check_in(&mut doc, id("c1"), check_in(&[Fainting], false, None), NOW);
        let ev = check_in_event_id(&id("c1"));
        assert!(set_mistake(&mut doc, &ev, true, NOW));
        let later = Instant(NOW.0 + 1000);
        save_check_in(
            &mut doc,
            id("c1"),
            check_in(&[Fainting, Seizure], false, None),
            later,
        );
        assert_eq!(doc.live::<RedFlagEvent>().count(), 1);
        let e = doc.get::<RedFlagEvent>(&ev).unwrap();
        assert_eq!(e.flags, [Fainting, Seizure]);
        assert_eq!(e.mistake, Some(NOW));
        // Saved again without any sign: what was reported stays.
        save_check_in(&mut doc, id("c1"), check_in(&[], false, None), later);
        assert_eq!(
            doc.get::<RedFlagEvent>(&ev).unwrap().flags,
            [Fainting, Seizure]
        );
    }

    #[test]
    fn a_mistake_is_kept_marked_and_left_out_for_the_clinician() {
        let mut doc = Document::new();
        save_check_in(&mut doc, id("a"), check_in(&[ChestPain], false, None), NOW);
        save_check_in(
            &mut doc,
            id("b"),
            check_in(&[SuicidalThoughts], false, None),
            NOW,
        );
        let wrong = check_in_event_id(&id("b"));
        let before = doc.record::<RedFlagEvent>(&wrong).unwrap().meta.clone();
        let at = Instant(NOW.0 + 5_000);
        assert!(set_mistake(&mut doc, &wrong, true, at));
        assert!(!set_mistake(&mut doc, &wrong, true, at), "already marked");
        assert!(!set_mistake(&mut doc, &id("nope"), true, at));
        let kept = doc.record::<RedFlagEvent>(&wrong).unwrap();
        assert_eq!(kept.meta.created, before.created);
        assert!(
            kept.meta.updated > before.updated,
            "a local edit that wins merges"
        );
        let data = kept.data.as_ref().unwrap();
        assert_eq!(
            (data.flags.as_slice(), data.mistake),
            (&[SuicidalThoughts][..], Some(at))
        );
        let sent: Vec<&[RedFlag]> = for_clinician(&doc).map(|e| e.flags.as_slice()).collect();
        assert_eq!(sent, [&[ChestPain][..]]);
        let day = crate::domain::core::time::FixedZone(0).to_local(NOW).date;
        let range = crate::domain::summary::Range { from: day, to: day };
        let summary = crate::domain::summary::summarize(
            &doc,
            range,
            &crate::domain::core::time::FixedZone(0),
        );
        let printed: Vec<&[RedFlag]> = summary
            .red_flags
            .iter()
            .map(|(_, f, _)| f.as_slice())
            .collect();
        assert_eq!(
            printed,
            [&[ChestPain][..]],
            "the clinician summary leaves it out"
        );
        assert_eq!(log(&doc).len(), 2, "the patient still sees both");
        // Taken back: it goes to the clinician again.
        assert!(set_mistake(&mut doc, &wrong, false, at));
        assert_eq!(for_clinician(&doc).count(), 2);
    }

    #[test]
    fn the_log_says_where_each_came_from_newest_first() {
        let mut doc = Document::new();
        let c = check_in(&[ChestPain], false, None);
        save_check_in(&mut doc, id("c1"), c.clone(), NOW);
        let item9 = RedFlagEvent {
            at: Instant(NOW.0 + 10),
            flags: vec![],
            phq9_item9: Some(2),
            suicide_plan_or_intent: false,
            check_in: None,
            mistake: None,
        };
        doc.put(item9_event_id(&id("q1")), item9.clone(), NOW);
        let old = RedFlagEvent {
            at: Instant(NOW.0 - 86_400_000),
            ..item9.clone()
        };
        doc.put(id("old"), old, NOW);
        let sources: Vec<Source> = log(&doc).into_iter().map(|e| e.source).collect();
        assert_eq!(
            sources,
            [
                Source::Questionnaire(id("q1")),
                Source::CheckIn(id("c1"), Some(c)),
                Source::Unknown
            ]
        );
        doc.delete::<CheckIn>(&id("c1"), NOW);
        assert_eq!(log(&doc)[1].source, Source::CheckIn(id("c1"), None));
    }

    #[test]
    fn records_without_a_link_or_mark_keep_their_old_bytes() {
        let e = RedFlagEvent {
            at: Instant(5),
            flags: vec![ChestPain],
            phq9_item9: None,
            suicide_plan_or_intent: false,
            check_in: None,
            mistake: None,
        };
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(
            json,
            r#"{"at":5,"flags":["chest_pain"],"phq9_item9":null,"suicide_plan_or_intent":false}"#
        );
        assert_eq!(serde_json::from_str::<RedFlagEvent>(&json).unwrap(), e);
    }
}
