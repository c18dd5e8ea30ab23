//! A kept [`SaveCache`]: a save skips what nobody changed, and ends exactly as a full save.

use super::tests::{entry, id, mood, sample};
use super::*;
use crate::domain::core::model::{JournalEntry, Mood, Settings};
use crate::domain::core::time::Instant;
use crate::domain::records::document::{Document, KindId};
use proptest::prelude::*;
use std::collections::BTreeMap;

/// Counts writes per key, and can refuse them.
#[derive(Default)]
struct Counting {
    inner: MemoryBackend,
    sets: BTreeMap<String, usize>,
    refuse_sets: bool,
}

impl Counting {
    fn sets_of(&self, kind: KindId) -> usize {
        self.sets.get(kind_key(kind)).copied().unwrap_or(0)
    }
    fn total_sets(&self) -> usize {
        self.sets.values().sum()
    }
}

impl Backend for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, BackendError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), BackendError> {
        if self.refuse_sets {
            return Err(BackendError::QuotaExceeded);
        }
        *self.sets.entry(key.to_owned()).or_default() += 1;
        self.inner.set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), BackendError> {
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, BackendError> {
        self.inner.keys()
    }
}

const STORED: [KindId; 3] = [KindId::Settings, KindId::Moods, KindId::Journal];

#[test]
fn an_unchanged_kind_is_neither_decoded_nor_encoded_nor_written() {
    let mut b = Counting::default();
    let mut cache = SaveCache::new();
    let mut doc = sample();
    let first = save_cached(&mut b, &mut doc, Instant(20), &mut cache).unwrap();
    assert_eq!((first.decoded, first.written), (vec![], STORED.to_vec()));

    doc.put(id("m3"), mood(1, "new"), Instant(21));
    b.sets.clear();
    let report = save_cached(&mut b, &mut doc, Instant(22), &mut cache).unwrap();
    assert_eq!(report.decoded, [], "every stored kind was known");
    assert_eq!(report.encoded, [KindId::Moods]);
    assert_eq!(report.written, [KindId::Moods]);
    assert_eq!((b.sets_of(KindId::Moods), b.total_sets()), (1, 1));

    let report = save_cached(&mut b, &mut doc, Instant(23), &mut cache).unwrap();
    assert_eq!((report.decoded, report.encoded), (vec![], vec![]));
    assert_eq!(b.total_sets(), 1, "nothing changed, nothing written");

    // Without a cache the same save decodes and encodes every stored kind.
    let report = save(&mut b, &mut doc, Instant(24)).unwrap();
    assert_eq!(
        (report.decoded, report.encoded),
        (STORED.to_vec(), STORED.to_vec())
    );
    assert_eq!(load(&mut b, Instant(25)).doc, doc);
}

#[test]
fn after_a_load_nothing_is_decoded_again_and_the_first_save_checks_each_kind_once() {
    let mut b = Counting::default();
    save(&mut b, &mut sample(), Instant(20)).unwrap();
    let mut cache = SaveCache::new();
    let mut doc = load_cached(&mut b, Instant(21), &mut cache).doc;
    b.sets.clear();
    doc.put(id("j2"), entry("second"), Instant(22));
    let report = save_cached(&mut b, &mut doc, Instant(23), &mut cache).unwrap();
    assert_eq!(report.decoded, []);
    // Loaded text is not known to be exactly what this version writes: compared once.
    assert_eq!(report.encoded, STORED);
    assert_eq!((report.written, b.total_sets()), (vec![KindId::Journal], 1));
    doc.put(id("m1"), mood(9, ""), Instant(24));
    let report = save_cached(&mut b, &mut doc, Instant(25), &mut cache).unwrap();
    assert_eq!(
        (report.decoded, report.encoded),
        (vec![], vec![KindId::Moods])
    );
}

#[test]
fn another_tabs_write_is_decoded_and_merged_and_the_rest_still_skipped() {
    let mut b = Counting::default();
    let mut cache = SaveCache::new();
    let mut doc = sample();
    save_cached(&mut b, &mut doc, Instant(20), &mut cache).unwrap();

    let mut other = load(&mut b, Instant(21)).doc;
    other.put(id("m9"), mood(2, "from the other tab"), Instant(22));
    save(&mut b, &mut other, Instant(22)).unwrap();

    doc.put(id("j2"), entry("mine"), Instant(23));
    b.sets.clear();
    let report = save_cached(&mut b, &mut doc, Instant(24), &mut cache).unwrap();
    assert_eq!(report.decoded, [KindId::Moods]);
    assert_eq!(report.merged, [KindId::Moods]);
    assert_eq!(report.written, [KindId::Journal], "moods already stored so");
    assert_eq!(
        doc.get::<Mood>(&id("m9")),
        Some(&mood(2, "from the other tab"))
    );
    assert_eq!(load(&mut b, Instant(25)).doc, doc);
}

#[test]
fn unreadable_text_over_a_known_kind_is_kept_aside_and_the_kind_written_back() {
    let mut b = Counting::default();
    let mut cache = SaveCache::new();
    let mut doc = sample();
    save_cached(&mut b, &mut doc, Instant(20), &mut cache).unwrap();
    b.inner.set("sc.v1.journal", "{cut sho").unwrap();
    let report = save_cached(&mut b, &mut doc, Instant(30), &mut cache).unwrap();
    assert_eq!(report.decoded, [KindId::Journal]);
    assert_eq!(report.written, [KindId::Journal]);
    assert_eq!(report.quarantined.len(), 1);
    assert_eq!(report.quarantined[0].value, "{cut sho");
    assert_eq!(load(&mut b, Instant(31)).doc, doc);
}

#[test]
fn a_failed_write_drops_the_cache_and_the_next_save_retries_in_full() {
    let mut b = Counting::default();
    let mut cache = SaveCache::new();
    let mut doc = sample();
    save_cached(&mut b, &mut doc, Instant(20), &mut cache).unwrap();
    assert!(!cache.is_empty());

    doc.put(id("m3"), mood(1, "kept"), Instant(21));
    b.refuse_sets = true;
    let err = save_cached(&mut b, &mut doc, Instant(22), &mut cache).unwrap_err();
    assert!(matches!(err, SaveError::Storage { .. }), "{err:?}");
    assert!(cache.is_empty(), "a failed save forgets");
    assert_eq!(load(&mut b, Instant(23)).doc.get::<Mood>(&id("m3")), None);

    b.refuse_sets = false;
    let report = save_cached(&mut b, &mut doc, Instant(24), &mut cache).unwrap();
    assert_eq!(report.decoded, STORED, "a full pass");
    assert_eq!(report.written, [KindId::Moods]);
    assert_eq!(load(&mut b, Instant(25)).doc, doc);
    assert!(!cache.is_empty());
}

#[test]
fn newer_data_written_over_a_known_kind_still_makes_the_save_refuse() {
    let mut b = MemoryBackend::new();
    let mut cache = SaveCache::new();
    let mut doc = sample();
    save_cached(&mut b, &mut doc, Instant(20), &mut cache).unwrap();
    let newer = r#"{"schema":99,"app":"session-companion","records":[]}"#;
    b.set("sc.v1.moods", newer).unwrap();
    doc.put(id("m3"), mood(1, ""), Instant(21));
    let err = save_cached(&mut b, &mut doc, Instant(22), &mut cache).unwrap_err();
    assert_eq!(err, SaveError::NewerSchema { schema: 99 });
    assert_eq!(b.get("sc.v1.moods"), Ok(Some(newer.into())));
    assert!(cache.is_empty());
}

// ----- property: a kept cache changes nothing but the work done -----------------------

#[derive(Clone, Debug)]
enum Op {
    /// This tab puts (or deletes) a mood or a journal entry.
    Edit { journal: bool, n: u8, delete: bool },
    /// This tab saves.
    Save,
    /// Another tab (its own document) edits and saves through the same storage.
    OtherTab { n: u8, hears: bool },
    /// This tab hears another tab's write and merges what storage holds.
    Hear,
    /// Something else writes text into a kind's key.
    Inject { kind: usize, text: String },
    /// Storage fills up to `slack` bytes more than it holds (or frees up).
    Quota(Option<usize>),
    /// An import in replace mode, or delete-everything.
    Replace { keep: u8 },
    /// The tab reloads.
    Reload,
}

const KINDS: [KindId; 3] = [KindId::Moods, KindId::Journal, KindId::Settings];

fn op() -> impl Strategy<Value = Op> {
    let inject_text = prop_oneof![
        Just("{not json".to_owned()),
        Just(r#"{"schema":1,"app":"session-companion","records":[{"id":"z","created":1,"updated":2,"data":{"at":3,"score":4}},{"id":"q","data":7}]}"#.to_owned()),
        Just(r#"{"schema":1,"app":"session-companion","records":[{"id":"m1","created":1,"updated":999999,"data":{"at":3,"score":10}}]}"#.to_owned()),
        Just(r#"{"schema":1,"app":"session-companion","records":[]}"#.to_owned()),
        Just(r#"{"schema":3,"app":"session-companion","records":[]}"#.to_owned()),
    ];
    prop_oneof![
        4 => (any::<bool>(), 0u8..4, any::<bool>()).prop_map(|(journal, n, delete)| Op::Edit { journal, n, delete }),
        4 => Just(Op::Save),
        2 => (0u8..4, any::<bool>()).prop_map(|(n, hears)| Op::OtherTab { n, hears }),
        1 => Just(Op::Hear),
        1 => (0usize..3, inject_text).prop_map(|(kind, text)| Op::Inject { kind, text }),
        1 => proptest::option::of(0usize..300).prop_map(Op::Quota),
        1 => (0u8..3).prop_map(|keep| Op::Replace { keep }),
        1 => Just(Op::Reload),
    ]
}

/// One copy of the world: storage, this tab (with or without a cache), another tab.
struct World {
    b: MemoryBackend,
    doc: Document,
    other: Document,
    cache: Option<SaveCache>,
}

/// What a save returned, without the work counters that differ by design.
type Outcome = Result<(Vec<KindId>, Vec<KindId>, Vec<QuarantineEntry>), SaveError>;

impl World {
    fn save(&mut self, now: Instant) -> Outcome {
        // As the app does: save a copy of the shown document, then show the copy.
        let mut copy = self.doc.clone();
        let result = match &mut self.cache {
            Some(cache) => save_cached(&mut self.b, &mut copy, now, cache),
            None => save(&mut self.b, &mut copy, now),
        };
        self.doc = copy;
        result.map(|r| (r.written, r.merged, r.quarantined))
    }

    fn apply(&mut self, op: &Op, step: i64) -> Option<Outcome> {
        let now = Instant(1_000 + step * 10);
        match op {
            Op::Edit { journal, n, delete } => {
                let rid = id(&format!("{}{n}", if *journal { "j" } else { "m" }));
                match (journal, delete) {
                    (false, false) => self.doc.put(rid, mood(*n, &format!("s{step}")), now),
                    (true, false) => self.doc.put(rid, entry(&format!("s{step}")), now),
                    (false, true) => self.doc.delete::<Mood>(&rid, now).is_some(),
                    (true, true) => self.doc.delete::<JournalEntry>(&rid, now).is_some(),
                };
            }
            Op::Save => return Some(self.save(now)),
            Op::OtherTab { n, hears } => {
                if *hears {
                    self.other.merge(&load(&mut self.b, now).doc);
                }
                self.other
                    .put(id(&format!("m{n}")), mood(10 - n, &format!("o{step}")), now);
                self.other.set_settings(
                    Settings {
                        no_alcohol_after_hours: *n,
                        ..Settings::default()
                    },
                    now,
                );
                let _ = save(&mut self.b, &mut self.other, now);
            }
            Op::Hear => {
                let loaded = load(&mut self.b, now);
                self.doc.merge(&loaded.doc);
            }
            Op::Inject { kind, text } => {
                let _ = self.b.set(kind_key(KINDS[*kind]), text);
            }
            Op::Quota(slack) => self.b.quota = slack.map(|s| self.b.used_bytes() + s),
            Op::Replace { keep } => {
                if *keep == 0 {
                    self.doc.delete_all(now);
                } else {
                    let mut from = Document::new();
                    from.put(id("m1"), mood(*keep, "imported"), Instant(5));
                    from.put(id("j3"), entry("imported"), Instant(5));
                    self.doc.replace_with(&from, now);
                }
            }
            Op::Reload => {
                self.doc = match &mut self.cache {
                    Some(cache) => load_cached(&mut self.b, now, cache).doc,
                    None => load(&mut self.b, now).doc,
                };
            }
        }
        None
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Edits, other tabs, damage, full storage, imports and reloads: storage, the document
    /// and every save's outcome are the same with a kept cache as without one.
    #[test]
    fn a_kept_cache_saves_exactly_as_a_full_pass(ops in proptest::collection::vec(op(), 1..40)) {
        let mut start = MemoryBackend::new();
        save(&mut start, &mut sample(), Instant(500)).unwrap();
        let world = |cache| World { b: start.clone(), doc: sample(), other: Document::new(), cache };
        let mut cached = world(Some(SaveCache::new()));
        let mut full = world(None);
        for (step, op) in ops.iter().enumerate() {
            let a = cached.apply(op, step as i64);
            let b = full.apply(op, step as i64);
            prop_assert_eq!(a, b, "step {}: {:?}", step, op);
            prop_assert_eq!(cached.b.entries(), full.b.entries(), "step {}: {:?}", step, op);
            prop_assert_eq!(&cached.doc, &full.doc, "step {}: {:?}", step, op);
        }
    }
}
