//! The stored form of one kind: `{"schema":N,"app":"session-companion","records":[...]}`.
//!
//! Decoding never fails as a whole for one bad record: records are read one by one when the
//! fast path (decode everything at once) fails, and the unreadable ones are handed back as
//! their original JSON text so they can be kept aside.

use super::migrate::{migrate, SCHEMA};
use super::APP_MARKER;
use crate::domain::core::model::Record;
use crate::domain::records::document::{with_kind, Document, Kind, KindId};
use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Serialize)]
struct EnvelopeOut<'a, T> {
    schema: u32,
    app: &'a str,
    records: &'a [Record<T>],
}

#[derive(Deserialize)]
struct EnvelopeIn<T> {
    schema: u32,
    app: String,
    records: Vec<Record<T>>,
}

/// Why stored text was kept aside instead of loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuarantineReason {
    /// Not JSON at all (cut short, overwritten by something else).
    NotJson,
    /// JSON, but not our envelope (no app marker, no schema, no records list).
    WrongShape,
    /// One record inside a good envelope could not be read.
    BadRecord,
    /// The envelope is from an older schema and the upgrade failed.
    MigrationFailed,
    /// A quarantine entry whose own wrapper is unreadable (listing only).
    Unknown,
}

/// A record that could not be decoded, as its original JSON text.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRecord {
    pub json: String,
    pub detail: String,
}

/// What one stored kind held.
#[derive(Debug)]
pub(crate) enum KindRead {
    /// Readable envelope (upgraded to [`SCHEMA`] if older; possibly newer than it).
    /// `records` holds the readable records of this kind only.
    Good {
        schema: u32,
        records: Box<Document>,
        bad: Vec<BadRecord>,
    },
    Unreadable {
        reason: QuarantineReason,
        detail: String,
    },
}

/// The stored text of one kind of `doc`, or what `serde_json` said when it could not encode.
pub(crate) fn encode_kind(doc: &Document, kind: KindId) -> Result<String, serde_json::Error> {
    with_kind!(kind, |T| encode_records(doc.records::<T>()))
}

fn encode_records<T: Kind>(records: &[Record<T>]) -> Result<String, serde_json::Error> {
    let env = EnvelopeOut {
        schema: SCHEMA,
        app: APP_MARKER,
        records,
    };
    // Serialising the model does not fail today (every map key is a string or a unit enum,
    // and no `Serialize` impl reports an error). If it ever does, the save reports the kind as
    // failed and writes nothing over its stored records.
    serde_json::to_string(&env)
}

pub(crate) fn decode_kind(kind: KindId, raw: &str) -> KindRead {
    with_kind!(kind, |T| decode_records::<T>(raw))
}

fn decode_records<T: Kind>(raw: &str) -> KindRead {
    // Fast path: the common case of a whole, current, well-formed envelope.
    if let Ok(env) = serde_json::from_str::<EnvelopeIn<T>>(raw) {
        if env.app == APP_MARKER && env.schema == SCHEMA {
            let mut records = Document::new();
            records.merge_records(env.records);
            return KindRead::Good {
                schema: SCHEMA,
                records: Box::new(records),
                bad: Vec::new(),
            };
        }
    }
    let value: Value = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(e) => return unreadable(QuarantineReason::NotJson, e.to_string()),
    };
    let (schema, list) = match envelope_parts(value) {
        Ok(parts) => parts,
        Err(detail) => return unreadable(QuarantineReason::WrongShape, detail),
    };
    let list = if schema < SCHEMA {
        match upgrade(T::KIND, schema, list) {
            Ok(list) => list,
            Err(detail) => return unreadable(QuarantineReason::MigrationFailed, detail),
        }
    } else {
        list
    };
    let mut good = Vec::with_capacity(list.len());
    let mut bad = Vec::new();
    for item in list {
        // Read from the record's text rather than from the `Value`: the same (string)
        // deserialiser as the fast path, so the wasm carries one copy of every model type's
        // decoder instead of two. This path only runs for damaged or old data.
        let json = item.to_string();
        match serde_json::from_str::<Record<T>>(&json) {
            Ok(r) => good.push(r),
            Err(e) => bad.push(BadRecord {
                json,
                detail: e.to_string(),
            }),
        }
    }
    let mut records = Document::new();
    records.merge_records(good);
    KindRead::Good {
        schema,
        records: Box::new(records),
        bad,
    }
}

fn unreadable(reason: QuarantineReason, detail: String) -> KindRead {
    KindRead::Unreadable { reason, detail }
}

/// Checks the envelope and returns its schema and records.
fn envelope_parts(value: Value) -> Result<(u32, Vec<Value>), String> {
    let Value::Object(mut obj) = value else {
        return Err("not an object".into());
    };
    if obj.get("app").and_then(Value::as_str) != Some(APP_MARKER) {
        return Err("missing app marker".into());
    }
    let schema = obj
        .get("schema")
        .and_then(Value::as_u64)
        .and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s >= 1)
        .ok_or("missing or invalid schema")?;
    match obj.remove("records") {
        Some(Value::Array(list)) => Ok((schema, list)),
        _ => Err("missing records list".into()),
    }
}

fn upgrade(kind: KindId, schema: u32, list: Vec<Value>) -> Result<Vec<Value>, String> {
    let mut wrapped = serde_json::Map::new();
    wrapped.insert(kind.name().into(), Value::Array(list));
    let migrated = migrate(schema, Value::Object(wrapped)).map_err(|e| e.to_string())?;
    match migrated {
        Value::Object(mut m) => match m.remove(kind.name()) {
            Some(Value::Array(list)) => Ok(list),
            None => Ok(Vec::new()),
            Some(_) => Err("migration did not return a records list".into()),
        },
        _ => Err("migration did not return an object".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{Mood, RecordId};
    use crate::domain::core::time::Instant;

    fn good(read: KindRead) -> (u32, Box<Document>, Vec<BadRecord>) {
        match read {
            KindRead::Good {
                schema,
                records,
                bad,
            } => (schema, records, bad),
            other => panic!("expected a readable kind, got {other:?}"),
        }
    }

    #[test]
    fn encode_then_decode_round_trips() {
        let mut doc = Document::new();
        let m = Mood {
            at: Instant(5),
            score: 7,
            word: "calm, \"ok\"".into(),
        };
        doc.put(RecordId("a".into()), m, Instant(9));
        doc.delete::<Mood>(&RecordId("b".into()), Instant(9));
        let text = encode_kind(&doc, KindId::Moods).unwrap();
        assert!(text.starts_with(r#"{"schema":1,"app":"session-companion","records":[{"id":"a""#));
        let (schema, back, bad) = good(decode_kind(KindId::Moods, &text));
        assert_eq!((schema, *back, bad), (1, doc, vec![]));
    }

    #[test]
    fn one_bad_record_is_set_apart_and_the_rest_load() {
        let text = r#"{"schema":1,"app":"session-companion","records":[
            {"id":"a","created":1,"updated":1,"data":{"at":1,"score":3}},
            {"id":"b","created":1,"updated":1,"data":{"at":"yesterday","score":3}},
            {"id":"c","created":1,"updated":1,"data":{"at":2,"score":4,"word":"x"}}]}"#;
        let (_, doc, bad) = good(decode_kind(KindId::Moods, text));
        assert_eq!(doc.live::<Mood>().count(), 2);
        assert_eq!(bad.len(), 1);
        assert!(bad[0].json.contains("yesterday"));
    }

    #[test]
    fn unreadable_envelopes_are_named_by_reason() {
        let table = [
            (
                r#"{"schema":1,"app":"session-compan"#,
                QuarantineReason::NotJson,
            ),
            ("", QuarantineReason::NotJson),
            ("[1,2]", QuarantineReason::WrongShape),
            (r#"{"schema":1,"records":[]}"#, QuarantineReason::WrongShape),
            (
                r#"{"schema":1,"app":"other","records":[]}"#,
                QuarantineReason::WrongShape,
            ),
            (
                r#"{"schema":0,"app":"session-companion","records":[]}"#,
                QuarantineReason::WrongShape,
            ),
            (
                r#"{"schema":1,"app":"session-companion","records":{}}"#,
                QuarantineReason::WrongShape,
            ),
        ];
        for (text, want) in table {
            match decode_kind(KindId::Moods, text) {
                KindRead::Unreadable { reason, .. } => assert_eq!(reason, want, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }

    #[test]
    fn newer_schema_is_read_leniently_and_reported() {
        let text = r#"{"schema":7,"app":"session-companion","records":[
            {"id":"a","created":1,"updated":1,"data":{"at":1,"score":3,"future":true}},
            {"id":"b","created":1,"updated":1,"data":{"shape":"new"}}]}"#;
        let (schema, doc, bad) = good(decode_kind(KindId::Moods, text));
        assert_eq!((schema, doc.live::<Mood>().count(), bad.len()), (7, 1, 1));
    }
}
