//! Schema versions and the steps that upgrade older data.
//!
//! Data is migrated as JSON before it is decoded, in the shape of a backup's `data` object:
//! `{"<kind name>": [record, ...], ...}`. Storage migrates one kind at a time (a kind key
//! wrapped in such an object), so a step must accept an object where some kinds are absent.
//!
//! To change the stored shape: bump [`SCHEMA`], append one step to [`STEPS`], add a fixture
//! `tests/fixtures/schema-<old>.json` made by the old version, and keep every old fixture
//! loading in the tests below.

use serde_json::{Map, Value};
use std::fmt;

/// The schema this build reads and writes.
pub const SCHEMA: u32 = 1;

/// One upgrade: `STEPS[i]` turns schema `i + 1` into schema `i + 2`.
pub type Step = fn(Map<String, Value>) -> Result<Map<String, Value>, MigrateError>;

/// Empty while there is only schema 1.
pub const STEPS: &[Step] = &[];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MigrateError {
    /// No path from this schema (0, or newer than this build).
    Unsupported { from: u32 },
    /// The data is not an object of kinds.
    NotAnObject,
    /// A step found something it cannot upgrade.
    Step { from: u32, reason: String },
}

impl fmt::Display for MigrateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MigrateError::Unsupported { from } => write!(f, "no migration from schema {from}"),
            MigrateError::NotAnObject => f.write_str("data is not an object"),
            MigrateError::Step { from, reason } => {
                write!(f, "migration from schema {from} failed: {reason}")
            }
        }
    }
}

/// Upgrades `data` from schema `from` to [`SCHEMA`].
pub fn migrate(from: u32, data: Value) -> Result<Value, MigrateError> {
    migrate_with(STEPS, from, data)
}

/// Upgrades with an explicit list of steps (the last schema is `steps.len() + 1`).
pub fn migrate_with(steps: &[Step], from: u32, data: Value) -> Result<Value, MigrateError> {
    let last = steps.len() as u64 + 1;
    if from == 0 || u64::from(from) > last {
        return Err(MigrateError::Unsupported { from });
    }
    let Value::Object(mut map) = data else {
        return Err(MigrateError::NotAnObject);
    };
    for step in &steps[(from - 1) as usize..] {
        map = step(map)?;
    }
    Ok(Value::Object(map))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn schema_matches_the_number_of_steps() {
        assert_eq!(SCHEMA as usize, STEPS.len() + 1);
    }

    #[test]
    fn current_schema_passes_through_and_unknown_ones_are_refused() {
        let data = json!({"moods": [{"id": "a"}]});
        assert_eq!(migrate(SCHEMA, data.clone()), Ok(data.clone()));
        assert_eq!(
            migrate(0, data.clone()),
            Err(MigrateError::Unsupported { from: 0 })
        );
        assert_eq!(
            migrate(SCHEMA + 1, data),
            Err(MigrateError::Unsupported { from: SCHEMA + 1 })
        );
        assert_eq!(migrate(SCHEMA, json!([])), Err(MigrateError::NotAnObject));
    }

    // A pretend history: schema 2 renamed mood "score" to "level", schema 3 dropped moods
    // without one. Shows steps run in order starting from the data's own schema.
    fn rename_score(mut m: Map<String, Value>) -> Result<Map<String, Value>, MigrateError> {
        if let Some(Value::Array(moods)) = m.get_mut("moods") {
            for r in moods.iter_mut() {
                let data = r.get_mut("data").and_then(Value::as_object_mut);
                if let Some(d) = data {
                    if let Some(s) = d.remove("score") {
                        d.insert("level".into(), s);
                    }
                }
            }
        }
        Ok(m)
    }
    fn require_level(m: Map<String, Value>) -> Result<Map<String, Value>, MigrateError> {
        let ok = m["moods"]
            .as_array()
            .is_some_and(|a| a.iter().all(|r| r["data"].get("level").is_some()));
        if ok {
            Ok(m)
        } else {
            Err(MigrateError::Step {
                from: 2,
                reason: "mood without level".into(),
            })
        }
    }

    #[test]
    fn steps_run_in_order_from_the_data_schema() {
        let steps: &[Step] = &[rename_score, require_level];
        let v1 = json!({"moods": [{"id": "a", "data": {"score": 3}}]});
        let want = json!({"moods": [{"id": "a", "data": {"level": 3}}]});
        assert_eq!(migrate_with(steps, 1, v1.clone()), Ok(want.clone()));
        assert_eq!(migrate_with(steps, 3, want.clone()), Ok(want.clone()));
        // Schema-2 data is not renamed again, so the check fails on it.
        assert!(matches!(
            migrate_with(steps, 2, v1),
            Err(MigrateError::Step { from: 2, .. })
        ));
        assert_eq!(
            migrate_with(steps, 4, want),
            Err(MigrateError::Unsupported { from: 4 })
        );
    }
}
