//! Backup export and import: deterministic files, strict checks, nothing applied on error.

use super::backup::EARLIEST_RECORD;
use super::tests::id;
use super::*;
use crate::domain::core::model::{JournalEntry, Mood};
use crate::domain::core::time::{Date, FixedZone, Instant};
use crate::domain::records::document::{tests::small_doc, Document, KindId};
use crate::domain::records::synthetic;
use proptest::prelude::*;

const NOW: Instant = Instant(1_795_000_000_000);

/// The backup file (these documents always write out).
fn export(doc: &Document, app_version: &str, now: Instant) -> String {
    export_json(doc, app_version, now).unwrap()
}

fn replaced_into(target: &Document, file: &str) -> Document {
    let mut doc = target.clone();
    import(&mut doc, file.as_bytes(), ImportMode::Replace, NOW).unwrap();
    doc
}

#[test]
fn export_is_deterministic_and_one_record_per_line() {
    let doc = synthetic::generate(1);
    let a = export(&doc, "0.1.0", NOW);
    assert_eq!(a, export(&doc.clone(), "0.1.0", NOW));
    assert!(a.starts_with(
        r#"{"app":"session-companion","schema":1,"app_version":"0.1.0","exported":"2026-11-18T"#
    ));
    let lines = a.lines().count();
    let records: usize = KindId::ALL.iter().map(|k| doc.record_count(*k)).sum();
    assert_eq!(lines, records + KindId::ALL.len() + 2);
    let back = parse_backup(a.as_bytes()).unwrap();
    assert_eq!(
        (back.schema, back.app_version.as_str(), back.exported),
        (1, "0.1.0", Some(Instant(1_795_000_000_000 / 1000 * 1000)))
    );
    assert_eq!(back.doc, doc);
}

#[test]
fn export_import_replace_export_gives_the_same_bytes_for_three_years() {
    let doc = synthetic::generate(2);
    let file = export(&doc, "0.1.0", NOW);
    assert_eq!(
        export(&replaced_into(&Document::new(), &file), "0.1.0", NOW),
        file
    );
    assert_eq!(export(&replaced_into(&doc, &file), "0.1.0", NOW), file);
}

/// Checks that an error is the expected one.
type Expect = fn(&ImportError) -> bool;

#[test]
fn rejected_files_are_named_and_change_nothing() {
    let good = export(&synthetic::generate(3), "0.1.0", NOW);
    let too_big = vec![b' '; MAX_IMPORT_BYTES + 1];
    let table: Vec<(Vec<u8>, Expect)> = vec![
        (too_big, |e| matches!(e, ImportError::TooLarge { .. })),
        (vec![0xff, 0xfe, 0x00], |e| *e == ImportError::NotText),
        (b"name,score\r\nx,1\r\n".to_vec(), |e| matches!(e, ImportError::NotJson { .. })),
        (good.as_bytes()[..good.len() / 2].to_vec(), |e| matches!(e, ImportError::NotJson { .. })),
        (b"[]".to_vec(), |e| *e == ImportError::NotOurs),
        (br#"{"schema":1,"data":{}}"#.to_vec(), |e| *e == ImportError::NotOurs),
        (br#"{"app":"other","schema":1,"data":{}}"#.to_vec(), |e| *e == ImportError::NotOurs),
        (br#"{"app":"session-companion","schema":2,"data":{}}"#.to_vec(), |e| *e == ImportError::FutureSchema { schema: 2 }),
        (br#"{"app":"session-companion","schema":0,"data":{}}"#.to_vec(), |e| matches!(e, ImportError::Migration(_))),
        (br#"{"app":"session-companion","data":{}}"#.to_vec(), |e| matches!(e, ImportError::Malformed { .. })),
        (br#"{"app":"session-companion","schema":1}"#.to_vec(), |e| matches!(e, ImportError::Malformed { .. })),
        (br#"{"app":"session-companion","schema":1,"data":{"moods":{}}}"#.to_vec(), |e| matches!(e, ImportError::Malformed { .. })),
        (br#"{"app":"session-companion","schema":1,"data":{"pets":[]}}"#.to_vec(), |e| matches!(e, ImportError::Malformed { .. })),
        (
            br#"{"app":"session-companion","schema":1,"data":{"moods":[{"id":"a","created":1,"updated":1,"data":{"at":1,"score":"x"}}]}}"#.to_vec(),
            |e| matches!(e, ImportError::Malformed { kind, index: Some(0), .. } if kind == "moods"),
        ),
        (
            br#"{"app":"session-companion","schema":1,"data":{"moods":[{"id":"a","created":1,"updated":1},{"id":"a","created":1,"updated":2}]}}"#.to_vec(),
            |e| matches!(e, ImportError::Malformed { index: Some(1), .. }),
        ),
        (
            br#"{"app":"session-companion","schema":1,"data":{"settings":[{"id":"other","created":1,"updated":1,"data":{}}]}}"#.to_vec(),
            |e| matches!(e, ImportError::Malformed { .. }),
        ),
    ];
    for (bytes, expected) in table {
        let mut doc = synthetic::generate(4);
        let before = doc.clone();
        for mode in [ImportMode::Merge, ImportMode::Replace] {
            let err = import(&mut doc, &bytes, mode, NOW).unwrap_err();
            assert!(
                expected(&err),
                "{err:?} for {}",
                String::from_utf8_lossy(&bytes[..bytes.len().min(80)])
            );
            assert_eq!(doc, before);
        }
    }
    let bom = format!("\u{feff}{good}");
    assert!(
        parse_backup(bom.as_bytes()).is_ok(),
        "a byte-order mark is fine"
    );
}

#[test]
fn preview_counts_live_records_and_spans_the_dates() {
    let mut doc = synthetic::generate(5);
    let victim = doc
        .live::<Mood>()
        .next()
        .map(|(m, _)| m.id.clone())
        .unwrap();
    doc.delete::<Mood>(&victim, NOW);
    let backup = parse_backup(export(&doc, "0.1.0", NOW).as_bytes()).unwrap();
    let p = preview(&backup, &FixedZone(0));
    let count = |k: KindId| {
        p.counts
            .iter()
            .find(|(kind, _)| *kind == k)
            .map(|(_, n)| *n)
    };
    assert_eq!(count(KindId::Sessions), Some(60));
    assert_eq!(count(KindId::Moods), Some(doc.live_count(KindId::Moods)));
    assert_eq!(p.first, Some(synthetic::START));
    assert!(p.last.unwrap() > Date::parse("2025-12-01").unwrap());
    assert_eq!(p.app_version, "0.1.0");
}

#[test]
fn replace_survives_the_next_merge_with_stale_storage_and_merge_keeps_local_data() {
    let mut local = Document::new();
    local.put(
        id("only-local"),
        Mood {
            at: Instant(1),
            score: 1,
            word: String::new(),
        },
        NOW.plus_minutes(5),
    );
    local.put(
        id("both"),
        Mood {
            at: Instant(1),
            score: 2,
            word: "local".into(),
        },
        NOW.plus_minutes(5),
    );
    let mut other = Document::new();
    other.put(
        id("both"),
        Mood {
            at: Instant(1),
            score: 3,
            word: "backup".into(),
        },
        Instant(10),
    );
    other.put(
        id("only-backup"),
        Mood {
            at: Instant(1),
            score: 4,
            word: String::new(),
        },
        Instant(10),
    );
    let file = export(&other, "0.1.0", NOW);

    let mut merged = local.clone();
    import(&mut merged, file.as_bytes(), ImportMode::Merge, NOW).unwrap();
    assert_eq!(merged.live::<Mood>().count(), 3);
    assert_eq!(
        merged.get::<Mood>(&id("both")).unwrap().word,
        "local",
        "newer local version kept"
    );

    let mut replaced = local.clone();
    import(&mut replaced, file.as_bytes(), ImportMode::Replace, NOW).unwrap();
    let live = |d: &Document| {
        d.live::<Mood>()
            .map(|(m, x)| (m.id.clone(), x.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(live(&replaced), live(&other));
    // Another tab (or storage) still holding the old local data does not undo the restore.
    replaced.merge(&local);
    assert_eq!(live(&replaced), live(&other));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn export_import_replace_export_is_identity(doc in small_doc(), target in small_doc()) {
        let file = export(&doc, "v", NOW);
        prop_assert_eq!(export(&replaced_into(&Document::new(), &file), "v", NOW), file.clone());
        prop_assert_eq!(export(&replaced_into(&doc, &file), "v", NOW), file.clone());
        // Into any other document, the live data becomes the backup's.
        let into = replaced_into(&target, &file);
        let live = |d: &Document| d.live::<JournalEntry>().map(|(m, x)| (m.id.clone(), x.clone())).collect::<Vec<_>>();
        prop_assert_eq!(live(&into), live(&doc));
        prop_assert_eq!(into.settings(), doc.settings());
    }

    #[test]
    fn arbitrary_bytes_never_panic_and_change_nothing(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut doc = synthetic_small();
        let before = doc.clone();
        if import(&mut doc, &bytes, ImportMode::Replace, NOW).is_err() {
            prop_assert_eq!(doc, before);
        }
        let mut b = MemoryBackend::new();
        b.set(kind_key(KindId::Moods), &String::from_utf8_lossy(&bytes)).unwrap();
        let _ = load(&mut b, NOW);
    }

    #[test]
    fn damaged_backups_never_panic_and_change_nothing(cut in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let file = export(&synthetic_small(), "v", NOW).into_bytes();
        let mut damaged = file[..cut.index(file.len() + 1)].to_vec();
        if !damaged.is_empty() {
            let i = at.index(damaged.len());
            damaged[i] = byte;
        }
        let mut doc = Document::new();
        doc.put(id("keep"), Mood { at: Instant(1), score: 1, word: String::new() }, NOW);
        let before = doc.clone();
        match import(&mut doc, &damaged, ImportMode::Replace, NOW) {
            Err(_) => prop_assert_eq!(doc, before),
            Ok(_) => prop_assert!(doc.get::<Mood>(&id("keep")).is_none()),
        }
    }
}

fn synthetic_small() -> Document {
    let full = synthetic::generate(9);
    let mut doc = Document::new();
    for (meta, m) in full.live::<Mood>().take(5) {
        doc.put(meta.id.clone(), m.clone(), meta.updated);
    }
    for (meta, j) in full.live::<JournalEntry>().take(2) {
        doc.put(meta.id.clone(), j.clone(), meta.updated);
    }
    doc.set_settings(full.settings(), NOW);
    doc
}

#[test]
fn records_dated_before_2000_or_over_a_day_ahead_are_refused_and_named() {
    let mood = |score| Mood {
        at: NOW,
        score,
        word: String::new(),
    };
    let day = crate::domain::core::time::MS_PER_DAY;
    // (created, updated, refused, the time named)
    let table = [
        (NOW, NOW, false, None),
        (EARLIEST_RECORD, NOW, false, None),
        (NOW, Instant(NOW.0 + day), false, None),
        (
            NOW,
            Instant(NOW.0 + day + 1),
            true,
            Some(Instant(NOW.0 + day + 1)),
        ),
        (
            Instant(EARLIEST_RECORD.0 - 1),
            NOW,
            true,
            Some(Instant(EARLIEST_RECORD.0 - 1)),
        ),
        (
            Instant(0),
            Instant(4_102_444_800_000),
            true,
            Some(Instant(4_102_444_800_000)),
        ),
    ];
    for (created, updated, refused, named) in table {
        let mut backup = synthetic_small();
        let mut odd = crate::domain::core::model::Record::new(id("odd"), created, mood(3));
        odd.meta.updated = updated;
        backup.merge_record(odd);
        let file = export(&backup, "v", NOW);
        match read_backup(file.as_bytes(), NOW) {
            Ok(b) => {
                assert!(!refused, "{created:?} {updated:?} taken");
                assert_eq!(b.doc, backup);
            }
            Err(ImportError::ImpossibleTimes { records }) => {
                assert!(refused, "{created:?} {updated:?} refused");
                assert_eq!(
                    records,
                    vec![OddTime {
                        kind: KindId::Moods,
                        id: id("odd"),
                        at: named.unwrap(),
                    }]
                );
            }
            Err(e) => panic!("{e:?}"),
        }
    }
}

/// Backup, delete everything, restore with "Replace" and back up again: the same file apart
/// from its export time, through storage and a fresh load.
fn round_trip_through_storage(doc: &Document) -> (String, String) {
    let first = export(doc, "v", NOW);
    let mut stored = MemoryBackend::new();
    let mut saved = doc.clone();
    save(&mut stored, &mut saved, NOW).unwrap();
    super::wipe::remove_all(&mut stored).unwrap();
    let mut restored = load(&mut stored, NOW).doc;
    let backup = read_backup(first.as_bytes(), NOW).unwrap();
    apply_import(
        &mut restored,
        &backup,
        ImportMode::Replace,
        NOW.plus_minutes(3),
    );
    save(&mut stored, &mut restored, NOW.plus_minutes(3)).unwrap();
    let reloaded = load(&mut stored, NOW.plus_minutes(4)).doc;
    let later = NOW.plus_minutes(5);
    let second = export(&reloaded, "v", later);
    (
        first,
        second.replace(&later.to_iso_utc(), &NOW.to_iso_utc()),
    )
}

#[test]
fn backup_delete_all_restore_backup_gives_the_same_file_for_three_years() {
    let (first, second) = round_trip_through_storage(&synthetic::generate(6));
    assert_eq!(first, second);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn restore_then_export_is_the_identity(doc in small_doc(), shift in 0i64..1_000_000_000) {
        // Any valid document: records dated from 2000 up to now.
        let mut valid = Document::new();
        for kind in KindId::ALL {
            crate::domain::records::document::with_kind!(kind, |T| {
                let records = doc.records::<T>().iter().cloned().map(|mut r| {
                    r.meta.created = Instant(r.meta.created.0 + super::backup::EARLIEST_RECORD.0 + shift);
                    r.meta.updated = Instant(r.meta.updated.0 + super::backup::EARLIEST_RECORD.0 + shift);
                    r
                }).collect();
                valid.merge_records::<T>(records);
            });
        }
        let (first, second) = round_trip_through_storage(&valid);
        prop_assert_eq!(first, second);
    }
}
