use super::*;
use crate::domain::core::model::Session;
use crate::domain::core::time::{FixedZone, UsDstZone, MS_PER_DAY};
use crate::domain::mood::scales::{NoBaseline, Score};
use proptest::prelude::*;

const T0: Instant = Instant(1_790_000_000_000);

fn day(n: i64) -> Instant {
    Instant(T0.0 + n * MS_PER_DAY)
}

fn filled(kind: ScaleKind, value: u8) -> Questionnaire {
    Questionnaire {
        scale: kind,
        answers: vec![Some(value); kind.item_count()],
        started: T0,
        completed: None,
    }
}

fn record(id: &str, q: Questionnaire, updated: i64) -> Record<Questionnaire> {
    let mut r = Record::new(RecordId(id.into()), day(updated), q);
    r.meta.updated = day(updated);
    r
}

#[test]
fn a_new_draft_has_one_blank_per_item_and_resumes_at_the_first_blank() {
    for kind in ScaleKind::ALL {
        let q = Questionnaire::new_draft(kind, T0);
        assert_eq!(q.answers.len(), kind.item_count());
        assert_eq!(q.first_unanswered(), Some(0));
        assert_eq!(q.answered_count(), 0);
    }
    let q = Questionnaire::new_draft(ScaleKind::Gad7, T0)
        .with_answer(0, 2)
        .and_then(|q| q.with_answer(1, 0))
        .and_then(|q| q.with_answer(3, 1));
    let q = q.expect("valid answers");
    assert_eq!(q.first_unanswered(), Some(2));
    assert_eq!(q.unanswered(), [2, 4, 5, 6]);
    assert_eq!(q.answered_count(), 3);
}

#[test]
fn answers_outside_the_form_are_refused() {
    let draft = Questionnaire::new_draft(ScaleKind::Phq9, T0);
    // (item, value, expected)
    let cases = [
        (0, 3, None),
        (8, 0, None),
        (9, 0, Some(AnswerError::NoSuchItem)),
        (0, 4, Some(AnswerError::NoSuchAnswer)),
    ];
    for (item, value, expected) in cases {
        assert_eq!(
            draft.with_answer(item, value).err(),
            expected,
            "{item}={value}"
        );
    }
    // The PCL-5 goes to 4.
    assert!(Questionnaire::new_draft(ScaleKind::Pcl5, T0)
        .with_answer(19, 4)
        .is_ok());
}

#[test]
fn a_finished_questionnaire_is_read_only() {
    let done = filled(ScaleKind::Gad7, 1).finish(day(1)).expect("complete");
    assert_eq!(done.completed, Some(day(1)));
    assert_eq!(done.with_answer(0, 3), Err(AnswerError::Finished));
    assert_eq!(done.finish(day(2)), Err(FinishError::AlreadyFinished));
    assert_eq!(done.finished_total(), Some(7));
}

#[test]
fn missing_answers_mean_no_total_and_the_draft_stays_a_draft() {
    let mut q = filled(ScaleKind::Phq9, 2);
    q.answers[4] = None;
    q.answers[7] = Some(9); // corrupted: asked again, never scored
    assert_eq!(q.finish(day(1)), Err(FinishError::Unanswered(vec![4, 7])));
    assert!(q.is_draft());
    assert_eq!(q.finished_total(), None);
    // A complete draft still has no total until it is finished.
    assert_eq!(filled(ScaleKind::Phq9, 2).finished_total(), None);
}

#[test]
fn a_short_stored_draft_is_padded_and_a_long_one_never_scores() {
    let short = Questionnaire {
        answers: vec![Some(1); 3],
        ..Questionnaire::new_draft(ScaleKind::Phq9, T0)
    };
    assert_eq!(short.first_unanswered(), Some(3));
    let answered = short.with_answer(8, 1).expect("padded");
    assert_eq!(answered.answers.len(), 9);
    assert_eq!(&answered.answers[..3], &[Some(1); 3]);

    let long = Questionnaire {
        answers: vec![Some(1); 12],
        ..Questionnaire::new_draft(ScaleKind::Phq9, T0)
    };
    assert_eq!(long.finish(day(1)), Err(FinishError::Unreadable));
    assert_eq!(
        long.with_answer(0, 2).map(|q| q.answers.len()),
        Ok(12),
        "nothing dropped"
    );
}

#[test]
fn a_correction_is_a_new_draft_with_the_same_answers() {
    let done = filled(ScaleKind::Pcl5, 3).finish(day(1)).expect("complete");
    let copy = done.correction(day(5));
    assert_eq!((copy.started, copy.completed), (day(5), None));
    assert_eq!(copy.answers, done.answers);
    assert_eq!(done.completed, Some(day(1)), "the original is untouched");
}

#[test]
fn the_draft_to_resume_is_the_newest_live_unfinished_one_of_that_scale() {
    let mut older = filled(ScaleKind::Phq9, 1);
    older.completed = None;
    let newer = Questionnaire {
        started: day(3),
        ..Questionnaire::new_draft(ScaleKind::Phq9, T0)
    };
    let finished = Questionnaire {
        started: day(9),
        ..filled(ScaleKind::Phq9, 1).finish(day(9)).expect("complete")
    };
    let other_scale = Questionnaire {
        started: day(8),
        ..Questionnaire::new_draft(ScaleKind::Gad7, T0)
    };
    let mut deleted = record(
        "e",
        Questionnaire {
            started: day(7),
            ..newer.clone()
        },
        7,
    );
    deleted.meta.deleted = true;
    deleted.data = None;
    let records = [
        record("a", older, 0),
        record("b", newer, 3),
        record("c", finished, 9),
        record("d", other_scale, 8),
        deleted,
    ];
    assert_eq!(
        open_draft(&records, ScaleKind::Phq9).map(|(id, _)| id.as_str()),
        Some("b")
    );
    assert_eq!(
        open_draft(&records, ScaleKind::Gad7).map(|(id, _)| id.as_str()),
        Some("d")
    );
    assert!(open_draft(&records, ScaleKind::Pcl5).is_none());
}

#[test]
fn item_9_above_not_at_all_is_recorded_once_and_only_raised() {
    let with_item9 = |v: Option<u8>| {
        let mut q = Questionnaire::new_draft(ScaleKind::Phq9, T0);
        q.answers[8] = v;
        q
    };
    let kept = |v: u8| RedFlagEvent {
        at: day(0),
        flags: Vec::new(),
        phq9_item9: Some(v),
        suicide_plan_or_intent: false,
        check_in: None,
        mistake: None,
    };
    // (item 9 answer, event already kept, expected new value)
    let cases = [
        (None, None, None),
        (Some(0), None, None),
        (Some(1), None, Some(1)),
        (Some(3), None, Some(3)),
        (Some(2), Some(kept(1)), Some(2)),
        (Some(2), Some(kept(2)), None),
        (Some(1), Some(kept(3)), None),
        (Some(0), Some(kept(3)), None),
    ];
    for (answer, already, expected) in cases {
        let event = item9_event(&with_item9(answer), already.as_ref(), day(4));
        assert_eq!(
            event.as_ref().and_then(|e| e.phq9_item9),
            expected,
            "{answer:?} {already:?}"
        );
        if let Some(e) = event {
            assert_eq!(e.at, day(4));
        }
    }
    // Other scales have no item 9 of this kind.
    assert_eq!(item9_event(&filled(ScaleKind::Pcl5, 3), None, day(1)), None);
    assert_eq!(
        item9_event_id(&RecordId("abc".into())),
        RecordId("abc-phq9-item9".into())
    );
}

/// A session as stored (every other field takes its default).
fn session(date: &str, start: &str) -> Session {
    serde_json::from_value(serde_json::json!({ "date": date, "start": start, "route": "iv" }))
        .expect("a valid stored session")
}

#[test]
fn the_first_session_is_the_earliest_in_local_time() {
    let sessions = [
        session("2026-03-12", "09:00"),
        session("2026-03-10", "14:00"),
        session("2026-03-10", "08:00"),
    ];
    let zone = UsDstZone::EASTERN;
    let start = first_session_start(&sessions, &zone);
    let expected = sessions[2].starts_at(&zone);
    assert_eq!(start, Some(expected));
    // 08:00 in New York on 10 March 2026 (daylight time) is 12:00 UTC.
    assert_eq!(expected.to_iso_utc(), "2026-03-10T12:00:00Z");
    assert_eq!(first_session_start(&[], &FixedZone(0)), None);
}

#[test]
fn a_chosen_baseline_wins_while_it_exists_otherwise_the_default() {
    let done = |n: i64, v: u8| Questionnaire {
        completed: Some(day(n)),
        ..filled(ScaleKind::Phq9, v)
    };
    let records = [done(-7, 2), done(-1, 3), done(14, 1)];
    let scores = crate::domain::mood::scales::completed_scores(ScaleKind::Phq9, &records);
    let first_session = Some(day(0));
    let score = |n, total| Score { at: day(n), total };
    // (chosen, expected)
    let cases = [
        (None, Baseline::BeforeFirstSession(score(-1, 27))),
        (Some(day(-7)), Baseline::Chosen(score(-7, 18))),
        (Some(day(14)), Baseline::Chosen(score(14, 9))),
        // A pick that no longer exists (deleted in another tab) falls back to the default.
        (Some(day(3)), Baseline::BeforeFirstSession(score(-1, 27))),
    ];
    for (chosen, expected) in cases {
        assert_eq!(
            baseline_for(&scores, first_session, chosen),
            expected,
            "{chosen:?}"
        );
    }
    assert_eq!(
        baseline_for(&scores, None, None),
        Baseline::Missing(NoBaseline::NoSessionYet)
    );
}

#[test]
fn the_pcl5_is_due_monthly_at_most_and_zero_turns_reminders_off() {
    // (scale, setting, expected cadence)
    let cases = [
        (ScaleKind::Phq9, 7, 7),
        (ScaleKind::Gad7, 14, 14),
        (ScaleKind::Pcl5, 7, 30),
        (ScaleKind::Pcl5, 45, 45),
        (ScaleKind::Phq9, 0, 0),
        (ScaleKind::Pcl5, 0, 0),
    ];
    for (kind, setting, expected) in cases {
        assert_eq!(cadence_days(kind, setting), expected, "{kind:?} {setting}");
    }
    let utc = FixedZone(0);
    let midnight = |n: i64| {
        let date = utc.to_local(T0).date.add_days(n);
        utc.to_instant(LocalDateTime::new(
            date,
            crate::domain::core::time::TimeOfDay::MIDNIGHT,
        ))
    };
    assert_eq!(
        due_state(ScaleKind::Phq9, Some(T0), 0, day(100), &utc),
        None
    );
    assert_eq!(
        due_state(ScaleKind::Pcl5, None, 7, T0, &utc),
        Some(Due::NeverTaken)
    );
    assert_eq!(
        due_state(ScaleKind::Pcl5, Some(T0), 7, day(10), &utc),
        Some(Due::NotYet {
            due_at: midnight(30)
        })
    );
    assert_eq!(
        due_state(ScaleKind::Phq9, Some(T0), 7, day(10), &utc),
        Some(Due::Overdue { days: 3 })
    );
    let settings = Settings {
        questionnaire_days_maintenance: 21,
        ..Settings::default()
    };
    assert_eq!(cadence_setting(&settings, false), 7);
    assert_eq!(cadence_setting(&settings, true), 21);
}

proptest! {
    /// Whatever order the items are answered in, the draft finishes exactly when every item
    /// has an answer, and its total is the sum.
    #[test]
    fn finishing_needs_every_answer(
        kind in prop_oneof![Just(ScaleKind::Phq9), Just(ScaleKind::Gad7), Just(ScaleKind::Pcl5)],
        steps in proptest::collection::vec((0usize..20, 0u8..5), 0..60),
    ) {
        let mut q = Questionnaire::new_draft(kind, T0);
        for (item, value) in steps {
            if let Ok(next) = q.with_answer(item, value) {
                prop_assert!(item < kind.item_count() && value <= kind.max_answer());
                q = next;
            }
        }
        let sum: u16 = q.answers.iter().flatten().map(|v| u16::from(*v)).sum();
        match q.finish(day(1)) {
            Ok(done) => {
                prop_assert!(q.unanswered().is_empty());
                prop_assert_eq!(done.finished_total(), Some(sum));
            }
            Err(FinishError::Unanswered(missing)) => {
                prop_assert!(!missing.is_empty());
                prop_assert_eq!(missing.len() + q.answered_count(), kind.item_count());
            }
            Err(other) => prop_assert!(false, "unexpected {:?}", other),
        }
    }
}

mod document {
    use super::*;
    use crate::domain::records::document::Document;

    fn id(s: &str) -> RecordId {
        RecordId(s.into())
    }

    #[test]
    fn every_answer_is_saved_at_once_and_a_new_draft_is_started_by_the_first() {
        let mut doc = Document::new();
        assert!(save_answer(
            &mut doc,
            &id("q"),
            ScaleKind::Gad7,
            2,
            1,
            day(1)
        ));
        let draft = doc.get::<Questionnaire>(&id("q")).cloned();
        let draft = draft.expect("draft saved");
        assert_eq!((draft.started, draft.completed), (day(1), None));
        assert_eq!(draft.answers[2], Some(1));
        assert!(save_answer(
            &mut doc,
            &id("q"),
            ScaleKind::Gad7,
            0,
            3,
            day(2)
        ));
        let draft = doc
            .get::<Questionnaire>(&id("q"))
            .cloned()
            .expect("still there");
        assert_eq!(
            (draft.started, draft.answers[0], draft.answers[2]),
            (day(1), Some(3), Some(1))
        );
        // The same answer again changes nothing; a refused answer changes nothing.
        assert!(!save_answer(
            &mut doc,
            &id("q"),
            ScaleKind::Gad7,
            0,
            3,
            day(3)
        ));
        assert!(!save_answer(
            &mut doc,
            &id("q"),
            ScaleKind::Gad7,
            7,
            1,
            day(3)
        ));
        assert_eq!(doc.live::<RedFlagEvent>().count(), 0);
    }

    #[test]
    fn item_9_is_recorded_as_a_red_flag_and_the_answer_is_kept() {
        let mut doc = Document::new();
        save_answer(&mut doc, &id("q"), ScaleKind::Phq9, 8, 0, day(1));
        assert_eq!(
            doc.live::<RedFlagEvent>().count(),
            0,
            "\"Not at all\" is no red flag"
        );
        save_answer(&mut doc, &id("q"), ScaleKind::Phq9, 8, 2, day(2));
        save_answer(&mut doc, &id("q"), ScaleKind::Phq9, 8, 1, day(3));
        let events: Vec<&RedFlagEvent> = doc.live::<RedFlagEvent>().map(|(_, e)| e).collect();
        assert_eq!(events.len(), 1, "one record per questionnaire");
        assert_eq!((events[0].phq9_item9, events[0].at), (Some(2), day(2)));
        let q = doc.get::<Questionnaire>(&id("q")).cloned().expect("draft");
        assert_eq!(
            q.answers[8],
            Some(1),
            "the item itself keeps the latest answer"
        );
    }

    #[test]
    fn finishing_needs_every_answer_and_leaves_the_draft_otherwise() {
        let mut doc = Document::new();
        for item in 0..6 {
            save_answer(&mut doc, &id("q"), ScaleKind::Gad7, item, 2, day(1));
        }
        let before = doc.clone();
        assert_eq!(
            finish_draft(&mut doc, &id("q"), day(2)),
            Err(FinishError::Unanswered(vec![6]))
        );
        assert_eq!(doc, before);
        save_answer(&mut doc, &id("q"), ScaleKind::Gad7, 6, 2, day(2));
        assert_eq!(finish_draft(&mut doc, &id("q"), day(3)), Ok(()));
        let done = doc.get::<Questionnaire>(&id("q")).cloned().expect("kept");
        assert_eq!(
            (done.completed, done.finished_total()),
            (Some(day(3)), Some(14))
        );
        // Read-only from now on.
        assert!(!save_answer(
            &mut doc,
            &id("q"),
            ScaleKind::Gad7,
            0,
            0,
            day(4)
        ));
        assert_eq!(
            finish_draft(&mut doc, &id("x"), day(4)),
            Err(FinishError::NotFound)
        );
    }

    #[test]
    fn a_correction_is_a_new_draft_unless_one_is_already_open() {
        let mut doc = Document::new();
        doc.put(
            id("done"),
            filled(ScaleKind::Phq9, 1).finish(day(1)).expect("complete"),
            day(1),
        );
        assert!(!start_correction(&mut doc, &id("nope"), id("c"), day(2)));
        assert!(start_correction(&mut doc, &id("done"), id("c1"), day(2)));
        let copy = doc
            .get::<Questionnaire>(&id("c1"))
            .cloned()
            .expect("created");
        assert_eq!((copy.completed, copy.answers.len()), (None, 9));
        // A draft is open now: a second correction is refused, the open one is continued.
        assert!(!start_correction(&mut doc, &id("done"), id("c2"), day(3)));
        assert!(doc.get::<Questionnaire>(&id("c2")).is_none());
        // A draft cannot be "corrected": it is still editable.
        assert!(!start_correction(&mut doc, &id("c1"), id("c3"), day(3)));
    }
}
