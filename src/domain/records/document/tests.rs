//! Document behaviour: edits, undo, and the merge laws.

use super::*;
use crate::domain::core::model::{Language, Meta};
use proptest::prelude::*;
use std::fmt::Debug;

fn id(s: &str) -> RecordId {
    RecordId(s.into())
}
fn mood(score: u8) -> Mood {
    Mood {
        at: Instant(1_000),
        score,
        word: String::new(),
    }
}

#[test]
fn settings_default_when_absent_and_round_trip() {
    let mut doc = Document::new();
    assert_eq!(doc.settings(), Settings::default());
    let s = Settings {
        language: Some(Language::Es),
        ..Settings::default()
    };
    assert!(doc.set_settings(s.clone(), Instant(5)));
    assert!(
        !doc.set_settings(s.clone(), Instant(6)),
        "same data is no change"
    );
    assert_eq!(doc.settings(), s);
    assert_eq!(doc.records::<Settings>()[0].meta.id.as_str(), "settings");
    assert_eq!(Settings::FIXED_ID, Some("settings"));
    assert_eq!(Assessment::FIXED_ID, Some("assessment"));
}

#[test]
fn delete_leaves_tombstone_and_restore_undoes_it() {
    let mut doc = Document::new();
    doc.put(id("b"), mood(3), Instant(10));
    doc.put(id("a"), mood(4), Instant(10));
    assert_eq!(doc.live::<Mood>().count(), 2);
    let before = doc.delete::<Mood>(&id("b"), Instant(20)).unwrap();
    let tomb = doc.record::<Mood>(&id("b")).unwrap();
    assert!(tomb.meta.deleted && tomb.data.is_none());
    assert_eq!(tomb.meta.updated, Instant(20));
    assert_eq!(doc.get::<Mood>(&id("b")), None);
    assert_eq!(doc.live::<Mood>().count(), 1);
    assert!(doc.delete::<Mood>(&id("b"), Instant(21)).is_none());

    assert!(doc.restore(before, Instant(30)));
    let r = doc.record::<Mood>(&id("b")).unwrap();
    assert_eq!(
        (r.meta.updated, r.meta.created, r.meta.deleted),
        (Instant(30), Instant(10), false)
    );
    assert_eq!(doc.get::<Mood>(&id("b")), Some(&mood(3)));
    let ids: Vec<_> = doc
        .records::<Mood>()
        .iter()
        .map(|r| r.meta.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b"], "kept sorted by id");
}

#[test]
fn local_edits_move_updated_forward_even_when_the_clock_goes_back() {
    let mut doc = Document::new();
    doc.put(id("a"), mood(1), Instant(100));
    let stored = doc.clone();
    // The clock jumped back: the edit must still beat the stored copy.
    doc.put(id("a"), mood(2), Instant(50));
    assert_eq!(
        doc.record::<Mood>(&id("a")).unwrap().meta.updated,
        Instant(101)
    );
    let mut other = stored.clone();
    other.merge(&doc);
    assert_eq!(other.get::<Mood>(&id("a")), Some(&mood(2)));
    // Same for a delete at the same millisecond as the last edit.
    doc.delete::<Mood>(&id("a"), Instant(101));
    let mut other = stored;
    other.merge(&doc);
    assert_eq!(other.get::<Mood>(&id("a")), None);
    // Two edits within one millisecond: the second still wins over the stored first.
    let mut doc = Document::new();
    doc.put(id("s"), mood(9), Instant(100));
    let stored = doc.clone();
    doc.put(id("s"), mood(1), Instant(100));
    let mut other = stored;
    other.merge(&doc);
    assert_eq!(other.get::<Mood>(&id("s")), Some(&mood(1)));
    // And for upsert of a record carrying an old `updated`.
    let mut doc = Document::new();
    doc.put(id("x"), mood(1), Instant(100));
    let mut r = Record::new(id("x"), Instant(7), mood(9));
    r.meta.updated = Instant(7);
    assert!(doc.upsert(r));
    let got = doc.record::<Mood>(&id("x")).unwrap();
    assert_eq!(
        (got.meta.created, got.meta.updated),
        (Instant(7), Instant(101))
    );
}

#[test]
fn merge_newest_wins_and_tombstone_wins_ties() {
    let mut a = Document::new();
    let mut b = Document::new();
    a.put(id("x"), mood(1), Instant(10));
    b.put(id("x"), mood(2), Instant(20));
    a.merge(&b);
    assert_eq!(a.get::<Mood>(&id("x")), Some(&mood(2)));

    let mut c = Document::new();
    c.put(id("y"), mood(1), Instant(10));
    let mut d = c.clone();
    d.delete::<Mood>(&id("y"), Instant(30));
    c.put(id("y"), mood(5), Instant(30));
    let mut cd = c.clone();
    cd.merge(&d);
    let mut dc = d.clone();
    dc.merge(&c);
    assert_eq!(cd, dc);
    assert_eq!(
        cd.get::<Mood>(&id("y")),
        None,
        "tombstone wins an exact tie"
    );
    assert_eq!(cd.merge(&dc), Vec::<KindId>::new());
}

#[test]
fn kind_names_are_unique_and_round_trip() {
    for k in KindId::ALL {
        assert_eq!(KindId::from_name(k.name()), Some(k));
    }
    assert_eq!(KindId::from_name("nope"), None);
}

#[test]
fn a_copy_shares_every_list_and_an_edit_copies_only_its_kind() {
    let mut doc = Document::new();
    doc.put(id("m1"), mood(3), Instant(10));
    let entry = JournalEntry {
        at: Instant(11),
        session: None,
        text: "x".into(),
    };
    doc.put(id("j1"), entry, Instant(11));
    doc.delete::<Mood>(&id("m0"), Instant(12));
    let mut copy = doc.clone();
    assert!(KindId::ALL.iter().all(|k| copy.same_kind(&doc, *k)));

    // Changes that change nothing do not copy the list.
    assert!(!copy.put(id("m1"), mood(3), Instant(20)));
    assert!(copy.delete::<Mood>(&id("m0"), Instant(22)).is_none());
    assert!(!copy.upsert(copy.records::<Mood>()[1].clone()));
    assert!(!copy.merge_record(doc.records::<Mood>()[0].clone()));
    assert!(copy.merge(&doc).is_empty());
    assert!(copy.same_kind(&doc, KindId::Moods));

    // A real change copies that kind only; the original is untouched.
    assert!(copy.put(id("m1"), mood(4), Instant(30)));
    assert!(!copy.same_kind(&doc, KindId::Moods));
    assert!(copy.same_kind(&doc, KindId::Journal));
    assert_eq!(doc.get::<Mood>(&id("m1")), Some(&mood(3)));
    assert_eq!(copy.get::<Mood>(&id("m1")), Some(&mood(4)));
}

// ----- property tests: merge is a join (commutative, associative, idempotent) ---------

fn record_strategy<T: Kind + Debug>(
    data: impl Strategy<Value = T>,
) -> impl Strategy<Value = Record<T>> {
    (
        0u8..6,
        0i64..4,
        0i64..4,
        any::<bool>(),
        proptest::option::of(data),
    )
        .prop_map(|(n, created, updated, deleted, data)| Record {
            meta: Meta {
                id: RecordId(format!("id{n}")),
                created: Instant(created),
                updated: Instant(updated),
                deleted,
            },
            data,
        })
}

pub(crate) fn small_doc() -> impl Strategy<Value = Document> {
    let moods = proptest::collection::vec(
        record_strategy((0u8..4, "[a-c]{0,2}").prop_map(|(score, word)| Mood {
            at: Instant(0),
            score,
            word,
        })),
        0..8,
    );
    let journal = proptest::collection::vec(
        record_strategy("[xy\"é]{0,3}".prop_map(|text| JournalEntry {
            at: Instant(1),
            session: None,
            text,
        })),
        0..5,
    );
    let settings = proptest::collection::vec(
        record_strategy((0u8..3).prop_map(|n| Settings {
            no_alcohol_after_hours: n,
            ..Settings::default()
        }))
        .prop_map(|mut r| {
            r.meta.id = RecordId(SETTINGS_ID.into());
            r
        }),
        0..3,
    );
    (moods, journal, settings).prop_map(|(m, j, s)| {
        let mut doc = Document::new();
        doc.merge_records(m);
        doc.merge_records(j);
        doc.merge_records(s);
        doc
    })
}

fn merged(a: &Document, b: &Document) -> Document {
    let mut out = a.clone();
    out.merge(b);
    out
}

proptest! {
    #[test]
    fn merge_is_commutative(a in small_doc(), b in small_doc()) {
        prop_assert_eq!(merged(&a, &b), merged(&b, &a));
    }

    #[test]
    fn merge_is_associative(a in small_doc(), b in small_doc(), c in small_doc()) {
        prop_assert_eq!(merged(&merged(&a, &b), &c), merged(&a, &merged(&b, &c)));
    }

    #[test]
    fn merge_is_idempotent(a in small_doc(), b in small_doc()) {
        prop_assert_eq!(merged(&a, &a), a.clone());
        let ab = merged(&a, &b);
        prop_assert_eq!(merged(&ab, &b), ab.clone());
        prop_assert!(merged(&ab, &a) == ab);
    }

    #[test]
    fn merge_records_one_by_one_equals_bulk(a in small_doc(), b in small_doc()) {
        let mut one = a.clone();
        for r in b.records::<Mood>() {
            one.merge_record(r.clone());
        }
        let mut bulk = a.clone();
        bulk.merge_kind(&b, KindId::Moods);
        prop_assert_eq!(one, bulk);
    }

    /// A merge or replace that changes nothing leaves the list shared with the copy it was
    /// made from (so a save can tell the kind is unchanged); one that changes it copies it.
    #[test]
    fn merge_and_replace_copy_a_list_exactly_when_they_change_it(a in small_doc(), b in small_doc()) {
        let mut m = a.clone();
        let changed = m.merge(&b);
        let mut r = a.clone();
        let replaced = r.replace_with(&b, Instant(2));
        for kind in KindId::ALL {
            let content_same = with_kind!(kind, |T| m.records::<T>() == a.records::<T>());
            prop_assert_eq!(changed.contains(&kind), !content_same, "{:?}", kind);
            prop_assert_eq!(m.same_kind(&a, kind), !changed.contains(&kind), "{:?}", kind);
            let content_same = with_kind!(kind, |T| r.records::<T>() == a.records::<T>());
            prop_assert_eq!(replaced.contains(&kind), !content_same, "{:?}", kind);
            prop_assert_eq!(r.same_kind(&a, kind), !replaced.contains(&kind), "{:?}", kind);
        }
    }

    #[test]
    fn lists_stay_sorted_and_unique(a in small_doc(), b in small_doc()) {
        let m = merged(&a, &b);
        let ids: Vec<_> = m.records::<Mood>().iter().map(|r| r.meta.id.clone()).collect();
        prop_assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}

#[test]
fn delete_all_leaves_only_tombstones_that_win_over_a_stale_tab() {
    use crate::domain::records::synthetic;
    let stale = synthetic::generate(7);
    let mut doc = stale.clone();
    let deleted = doc.delete_all(crate::domain::core::time::Instant(i64::MAX / 4));
    assert!(deleted > 1000);
    for kind in KindId::ALL {
        assert_eq!(doc.live_count(kind), 0, "{kind:?}");
    }
    // Another tab still holding the old data merges in: the deletes win.
    doc.merge(&stale);
    for kind in KindId::ALL {
        assert_eq!(doc.live_count(kind), 0, "{kind:?} came back");
    }
}
