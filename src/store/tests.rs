//! Store behaviour a patient would notice: nothing typed is lost, whatever storage does.

use super::*;
use crate::domain::core::model::{CheckIn, JournalEntry, Mood, RecordId, Session, Settings};
use crate::domain::core::time::Instant;
use crate::domain::records::document::Document;
use proptest::prelude::*;
use std::collections::BTreeMap;

pub(super) fn id(s: &str) -> RecordId {
    RecordId(s.into())
}
pub(super) fn mood(score: u8, word: &str) -> Mood {
    Mood {
        at: Instant(1_000),
        score,
        word: word.into(),
    }
}
pub(super) fn entry(text: &str) -> JournalEntry {
    JournalEntry {
        at: Instant(12),
        session: None,
        text: text.into(),
    }
}
/// Two moods, a journal entry and the settings.
pub(super) fn sample() -> Document {
    let mut doc = Document::new();
    doc.put(id("m1"), mood(3, "calm"), Instant(10));
    doc.put(id("m2"), mood(6, "ok"), Instant(11));
    doc.put(id("j1"), entry("first entry"), Instant(12));
    doc.set_settings(Settings::default(), Instant(13));
    doc
}

#[test]
fn save_then_load_round_trips_and_writes_only_changed_kinds() {
    let mut b = MemoryBackend::new();
    let mut doc = sample();
    let report = save(&mut b, &mut doc, Instant(20)).unwrap();
    assert_eq!(
        report.written,
        [KindId::Settings, KindId::Moods, KindId::Journal]
    );
    assert!(b.get(META_KEY).unwrap().unwrap().contains(r#""schema":1"#));
    assert_eq!(
        b.get("sc.v1.sessions"),
        Ok(None),
        "empty kinds are not written"
    );
    let loaded = load(&mut b, Instant(21));
    assert_eq!(
        (loaded.doc.clone(), loaded.newer_schema),
        (doc.clone(), None)
    );
    assert!(loaded.quarantined.is_empty() && loaded.problems.is_empty());

    assert_eq!(save(&mut b, &mut doc, Instant(22)).unwrap().written, []);
    doc.put(id("m3"), mood(1, ""), Instant(23));
    assert_eq!(
        save(&mut b, &mut doc, Instant(24)).unwrap().written,
        [KindId::Moods]
    );
}

use crate::domain::records::document::KindId;

#[test]
fn the_saved_settings_read_alone_give_the_language() {
    use crate::domain::core::model::Language;
    let mut b = MemoryBackend::new();
    assert_eq!(saved_settings(&b), None, "nothing saved");
    let mut doc = sample();
    let settings = Settings {
        language: Some(Language::Es),
        ..Settings::default()
    };
    doc.set_settings(settings.clone(), Instant(14));
    save(&mut b, &mut doc, Instant(20)).unwrap();
    assert_eq!(saved_settings(&b), Some(settings));
    b.set("sc.v1.settings", "{cut off").unwrap();
    assert_eq!(
        saved_settings(&b),
        None,
        "unreadable: left to the full load"
    );
    assert_eq!(
        b.get("sc.v1.settings"),
        Ok(Some("{cut off".into())),
        "never moved aside"
    );
}

#[test]
fn unreadable_key_is_kept_aside_whole_and_the_rest_loads() {
    let table = [
        r#"{"schema":1,"app":"session-companion","records":[{"id":"m1","cre"#,
        "",
        "null",
        r#"{"schema":1,"records":[]}"#,
        r#"{"schema":1,"app":"someone-else","records":[]}"#,
        "\u{fffd}\u{0}garbage",
    ];
    for bad in table {
        let mut b = MemoryBackend::new();
        save(&mut b, &mut sample(), Instant(20)).unwrap();
        b.set("sc.v1.moods", bad).unwrap();
        let loaded = load(&mut b, Instant(30));
        assert_eq!(loaded.quarantined.len(), 1, "{bad}");
        let q = &loaded.quarantined[0];
        assert_eq!(
            (q.key.as_str(), q.source.as_str(), q.value.as_str()),
            ("sc.quarantine.30.moods", "sc.v1.moods", bad)
        );
        assert_eq!(loaded.doc.live::<Mood>().count(), 0);
        assert_eq!(
            loaded.doc.live::<JournalEntry>().count(),
            1,
            "other kinds load"
        );
        assert_eq!(b.get("sc.v1.moods"), Ok(None));
        assert_eq!(quarantine_entries(&b).unwrap(), loaded.quarantined);
        // New moods are saved afresh; the kept-aside text stays.
        let mut doc = loaded.doc;
        doc.put(id("m9"), mood(2, ""), Instant(31));
        save(&mut b, &mut doc, Instant(32)).unwrap();
        assert_eq!(load(&mut b, Instant(33)).doc.live::<Mood>().count(), 1);
        assert_eq!(quarantine_entries(&b).unwrap()[0].value, bad);
    }
}

#[test]
fn bad_records_are_kept_aside_without_their_good_neighbours() {
    let mut b = MemoryBackend::new();
    save(&mut b, &mut sample(), Instant(20)).unwrap();
    let text = b.get("sc.v1.moods").unwrap().unwrap();
    let broken = text.replacen(
        r#"{"id":"m2""#,
        r#"{"id":"bad","data":{"score":"high"}},{"id":"m2""#,
        1,
    );
    let broken = broken.replacen("]}", r#",{"no":"id"}]}"#, 1);
    b.set("sc.v1.moods", &broken).unwrap();
    let loaded = load(&mut b, Instant(30));
    assert_eq!(loaded.doc, sample());
    assert_eq!(loaded.quarantined.len(), 1);
    assert_eq!(loaded.quarantined[0].reason, QuarantineReason::BadRecord);
    assert_eq!(
        loaded.quarantined[0].value,
        r#"[{"data":{"score":"high"},"id":"bad"},{"no":"id"}]"#
    );
    assert_eq!(
        b.get("sc.v1.moods"),
        Ok(Some(text)),
        "stored again without it"
    );
    assert!(
        load(&mut b, Instant(31)).quarantined.is_empty(),
        "kept aside once"
    );
}

#[test]
fn newer_schema_loads_read_only_and_is_never_written_over() {
    let newer_meta = |b: &mut MemoryBackend| {
        b.set(META_KEY, r#"{"schema":2,"app":"session-companion"}"#)
            .unwrap()
    };
    let newer_kind = |b: &mut MemoryBackend| {
        b.set("sc.v1.moods", r#"{"schema":3,"app":"session-companion","records":[{"id":"x","created":1,"updated":1,"data":{"at":1,"score":2,"new":1}},{"id":"y","v":2}]}"#)
            .unwrap()
    };
    for (make, want) in [(newer_meta as fn(&mut MemoryBackend), 2), (newer_kind, 3)] {
        let mut b = MemoryBackend::new();
        save(&mut b, &mut sample(), Instant(20)).unwrap();
        make(&mut b);
        b.set("sc.v1.journal", "{truncated").unwrap();
        let before = b.entries().clone();
        let loaded = load(&mut b, Instant(30));
        assert_eq!(loaded.newer_schema, Some(want));
        assert!(loaded.quarantined.is_empty());
        assert!(loaded.doc.live::<Mood>().count() > 0, "still shown");
        let mut doc = loaded.doc;
        doc.put(id("new"), mood(1, ""), Instant(31));
        assert_eq!(
            save(&mut b, &mut doc, Instant(32)),
            Err(SaveError::NewerSchema { schema: want })
        );
        assert_eq!(b.entries(), &before, "not one byte changed");
    }
}

#[test]
fn a_full_quota_names_the_kind_and_keeps_the_edit_for_the_next_save() {
    let mut b = MemoryBackend::new();
    let mut doc = sample();
    save(&mut b, &mut doc, Instant(20)).unwrap();
    b.quota = Some(b.used_bytes() + 10);
    let long = "word ".repeat(100);
    doc.put(
        id("j2"),
        JournalEntry {
            at: Instant(40),
            session: None,
            text: long.clone(),
        },
        Instant(40),
    );
    let err = save(&mut b, &mut doc, Instant(41)).unwrap_err();
    let SaveError::Storage { failures } = err else {
        panic!("{err:?}")
    };
    assert_eq!(failures.len(), 1);
    assert_eq!(
        (failures[0].kind, &failures[0].error),
        (Some(KindId::Journal), &BackendError::QuotaExceeded)
    );
    assert_eq!(
        doc.get::<JournalEntry>(&id("j2")).map(|j| j.text.as_str()),
        Some(long.as_str())
    );
    b.quota = None;
    assert_eq!(
        save(&mut b, &mut doc, Instant(42)).unwrap().written,
        [KindId::Journal]
    );
    assert_eq!(load(&mut b, Instant(43)).doc, doc);
}

#[test]
fn storage_that_cannot_be_read_is_never_written_blindly() {
    let mut b = MemoryBackend::new();
    let stored = sample();
    save(&mut b, &mut stored.clone(), Instant(20)).unwrap();
    b.unavailable = true;
    let loaded = load(&mut b, Instant(21));
    assert!(loaded.doc.is_empty());
    assert_eq!(loaded.problems.len(), KindId::ALL.len() + 1);
    let mut doc = loaded.doc;
    doc.put(id("m5"), mood(5, "typed while offline"), Instant(22));
    assert!(matches!(
        save(&mut b, &mut doc, Instant(23)),
        Err(SaveError::Storage { .. })
    ));
    b.unavailable = false;
    save(&mut b, &mut doc, Instant(24)).unwrap();
    let back = load(&mut b, Instant(25)).doc;
    assert_eq!(
        back.live::<Mood>().count(),
        3,
        "stored moods and the new one"
    );
    assert_eq!(back.live::<JournalEntry>().count(), 1);
}

#[test]
fn when_text_cannot_be_moved_aside_it_stays_in_place() {
    let mut b = MemoryBackend::new();
    save(&mut b, &mut sample(), Instant(20)).unwrap();
    b.set("sc.v1.moods", "{cut").unwrap();
    b.quota = Some(b.used_bytes());
    let loaded = load(&mut b, Instant(30));
    assert_eq!(loaded.problems.len(), 1);
    assert_eq!(b.get("sc.v1.moods"), Ok(Some("{cut".into())));
    let mut doc = loaded.doc;
    doc.put(id("m7"), mood(1, ""), Instant(31));
    b.quota = None;
    // With room again, the next save moves it aside first, then writes.
    save(&mut b, &mut doc, Instant(32)).unwrap();
    assert_eq!(quarantine_entries(&b).unwrap()[0].value, "{cut");
}

#[test]
fn the_schema_1_fixture_still_loads() {
    let fixture: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../tests/fixtures/schema-1.json")).unwrap();
    let mut b = MemoryBackend::new();
    for (key, value) in &fixture {
        b.set(key, &value.to_string()).unwrap();
    }
    let loaded = load(&mut b, Instant(0));
    assert!(
        loaded.quarantined.is_empty()
            && loaded.problems.is_empty()
            && loaded.newer_schema.is_none()
    );
    let doc = loaded.doc;
    for kind in KindId::ALL {
        assert!(doc.live_count(kind) >= 1, "fixture has {}", kind.name());
    }
    assert_eq!(doc.settings().clinic_name, "Riverside Clinic");
    let s = doc.live::<Session>().next().unwrap().1;
    assert_eq!(
        (s.date.to_string(), s.bp_40min.map(|b| b.systolic)),
        ("2026-03-02".into(), Some(138))
    );
    let c = doc.live::<CheckIn>().next().unwrap().1;
    assert_eq!(c.ratings.len(), 10);
    assert_eq!(doc.record_count(KindId::Moods), 2, "a tombstone too");
}

#[test]
fn two_tabs_editing_in_turn_lose_nothing() {
    let mut b = MemoryBackend::new();
    let mut tabs = [Document::new(), Document::new()];
    let mut want: BTreeMap<RecordId, Option<Mood>> = BTreeMap::new();
    for i in 0..100u8 {
        let (t, now) = (usize::from(i % 2), Instant(1_000 + i64::from(i)));
        let doc = &mut tabs[t];
        let live: Vec<RecordId> = doc.live::<Mood>().map(|(m, _)| m.id.clone()).collect();
        match (i % 5, live.get(usize::from(i) % live.len().max(1))) {
            (0, Some(victim)) => {
                doc.delete::<Mood>(victim, now);
                want.insert(victim.clone(), None);
            }
            (1, Some(target)) => {
                let m = mood(i % 11, &format!("edited {i}"));
                doc.put(target.clone(), m.clone(), now);
                want.insert(target.clone(), Some(m));
            }
            _ => {
                let m = mood(i % 11, &format!("tab {t} entry {i}"));
                doc.put(id(&format!("m{i:03}")), m.clone(), now);
                want.insert(id(&format!("m{i:03}")), Some(m));
            }
        }
        save(&mut b, doc, now).unwrap();
        // The other tab hears the storage event and merges what was written.
        let loaded = load(&mut b, now);
        tabs[1 - t].merge(&loaded.doc);
    }
    let stored = load(&mut b, Instant(5_000)).doc;
    let got: BTreeMap<RecordId, Option<Mood>> = stored
        .records::<Mood>()
        .iter()
        .map(|r| (r.meta.id.clone(), r.live().cloned()))
        .collect();
    assert_eq!(got, want);
    assert_eq!(tabs[0], stored);
    assert_eq!(tabs[1], stored);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Tabs that miss storage events still lose nothing: save re-reads and merges first.
    #[test]
    fn two_tabs_in_any_order_lose_nothing(steps in proptest::collection::vec((0usize..2, 0u8..4, any::<bool>()), 1..40)) {
        let mut b = MemoryBackend::new();
        let mut tabs = [Document::new(), Document::new()];
        let mut want: BTreeMap<RecordId, Option<Mood>> = BTreeMap::new();
        for (i, (t, op, hears)) in steps.into_iter().enumerate() {
            let now = Instant(100 + i as i64);
            let doc = &mut tabs[t];
            let live: Vec<RecordId> = doc.live::<Mood>().map(|(m, _)| m.id.clone()).collect();
            match (op, live.first()) {
                (0, Some(v)) => { doc.delete::<Mood>(v, now); want.insert(v.clone(), None); }
                (1, Some(v)) => { let m = mood(op, &format!("e{i}")); doc.put(v.clone(), m.clone(), now); want.insert(v.clone(), Some(m)); }
                _ => { let m = mood(op, &format!("n{i}")); doc.put(id(&format!("r{i}")), m.clone(), now); want.insert(id(&format!("r{i}")), Some(m)); }
            }
            prop_assert!(save(&mut b, doc, now).is_ok());
            if hears {
                let loaded = load(&mut b, now);
                tabs[1 - t].merge(&loaded.doc);
            }
        }
        for doc in &mut tabs {
            prop_assert!(save(&mut b, doc, Instant(10_000)).is_ok());
        }
        let stored = load(&mut b, Instant(10_001)).doc;
        let got: BTreeMap<RecordId, Option<Mood>> =
            stored.records::<Mood>().iter().map(|r| (r.meta.id.clone(), r.live().cloned())).collect();
        prop_assert_eq!(got, want);
    }

    /// Whatever is stored, load returns, and every stored byte is still somewhere.
    #[test]
    fn load_never_panics_and_keeps_every_byte(entries in proptest::collection::vec((stored_key(), stored_value()), 0..6)) {
        let mut b = MemoryBackend::new();
        for (k, v) in &entries {
            b.set(k, v).unwrap();
        }
        let before = b.entries().clone();
        let loaded = load(&mut b, Instant(77));
        if loaded.newer_schema.is_some() {
            prop_assert_eq!(b.entries(), &before);
        }
        let kept = quarantine_entries(&b).unwrap();
        for (key, value) in &before {
            let now = b.get(key).unwrap();
            let whole = kept.iter().any(|q| &q.source == key && &q.value == value);
            if now.as_ref() == Some(value) || whole {
                continue;
            }
            // Split: readable records stayed, unreadable ones were kept aside one by one.
            let original: serde_json::Value = serde_json::from_str(value).unwrap();
            let stayed: serde_json::Value = serde_json::from_str(&now.unwrap()).unwrap();
            let aside: usize = kept
                .iter()
                .filter(|q| &q.source == key && q.reason == QuarantineReason::BadRecord)
                .map(|q| serde_json::from_str::<Vec<serde_json::Value>>(&q.value).unwrap().len())
                .sum();
            prop_assert_eq!(original["records"].as_array().unwrap().len(), stayed["records"].as_array().unwrap().len() + aside);
        }
        let _ = save(&mut b, &mut loaded.doc.clone(), Instant(78));
    }
}

fn stored_key() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(KindId::ALL.to_vec()).prop_map(|k| kind_key(k).to_owned()),
        Just(META_KEY.to_owned()),
        Just("sc.v1.unknown".to_owned()),
    ]
}

fn stored_value() -> impl Strategy<Value = String> {
    let record = prop_oneof![
        (0u8..11)
            .prop_map(|s| format!(r#"{{"created":1,"updated":2,"data":{{"at":3,"score":{s}}}}}"#)),
        Just(r#"{"created":1,"updated":2,"deleted":true}"#.to_owned()),
        Just(r#"{"created":"x"}"#.to_owned()),
        Just("17".to_owned()),
    ];
    let envelope =
        (proptest::collection::vec(record, 0..5), 0u32..4).prop_map(|(records, schema)| {
            let records: Vec<String> = records
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    r.replacen('{', &format!(r#"{{"id":"r{i}","#), 1)
                        .replace(",}", "}")
                })
                .collect();
            format!(
                r#"{{"schema":{schema},"app":"session-companion","records":[{}]}}"#,
                records.join(",")
            )
        });
    prop_oneof![
        any::<String>(),
        envelope.clone(),
        (envelope, any::<prop::sample::Index>())
            .prop_map(|(e, cut)| e[..cut.index(e.len())].to_owned()),
    ]
}
