//! The record envelope every kind is stored in: its id, its [`Meta`] and the tombstone rule.

use crate::domain::core::time::Instant;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// A stable random record id (hex of 16 random bytes, made by `platform::ids`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct RecordId(pub String);

impl RecordId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub id: RecordId,
    pub created: Instant,
    pub updated: Instant,
    /// A deleted record is kept as a tombstone (no data) so deletes merge across tabs.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
}

/// One stored record of kind `T`. `data` is `None` only for tombstones.
///
/// Stored flat (`{"id":..,"created":..,"updated":..,"deleted":..,"data":..}`). It is read by
/// the hand-written [`Deserialize`] below rather than a derived one with `flatten`, which would
/// first copy every record's other keys into serde's generic buffer: reading three years of
/// records is most of a start's work.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Record<T> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
}

fn none<T>() -> Option<T> {
    None
}

/// The keys of a stored record; any other key is ignored (as `flatten` did).
enum Field {
    Id,
    Created,
    Updated,
    Deleted,
    Data,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct FieldVisitor;
        impl Visitor<'_> for FieldVisitor {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Field, E> {
                self.visit_bytes(v.as_bytes())
            }
            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Field, E> {
                Ok(match v {
                    b"id" => Field::Id,
                    b"created" => Field::Created,
                    b"updated" => Field::Updated,
                    b"deleted" => Field::Deleted,
                    b"data" => Field::Data,
                    _ => Field::Other,
                })
            }
        }
        d.deserialize_identifier(FieldVisitor)
    }
}

/// Takes `slot`'s value from the map, or fails on a key given twice.
fn once<'de, A: MapAccess<'de>, V: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<V>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Record<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct RecordVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for RecordVisitor<T> {
            type Value = Record<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a record")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<T>, A::Error> {
                let (mut id, mut created, mut updated, mut deleted) = (None, None, None, None);
                let mut data: Option<Option<T>> = None;
                while let Some(key) = map.next_key::<Field>()? {
                    match key {
                        Field::Id => once(&mut map, &mut id, "id")?,
                        Field::Created => once(&mut map, &mut created, "created")?,
                        Field::Updated => once(&mut map, &mut updated, "updated")?,
                        Field::Deleted => once(&mut map, &mut deleted, "deleted")?,
                        Field::Data => once(&mut map, &mut data, "data")?,
                        Field::Other => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                let meta = Meta {
                    id: id.ok_or_else(|| de::Error::missing_field("id"))?,
                    created: created.ok_or_else(|| de::Error::missing_field("created"))?,
                    updated: updated.ok_or_else(|| de::Error::missing_field("updated"))?,
                    deleted: deleted.unwrap_or(false),
                };
                Ok(Record {
                    meta,
                    data: data.unwrap_or_else(none),
                })
            }
        }
        d.deserialize_map(RecordVisitor(PhantomData))
    }
}

impl<T> Record<T> {
    pub fn new(id: RecordId, now: Instant, data: T) -> Self {
        Record {
            meta: Meta {
                id,
                created: now,
                updated: now,
                deleted: false,
            },
            data: Some(data),
        }
    }
    pub fn live(&self) -> Option<&T> {
        if self.meta.deleted {
            None
        } else {
            self.data.as_ref()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Mood;

    fn read(json: &str) -> Result<Record<Mood>, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn a_record_reads_as_it_is_written() {
        let mood = Mood {
            at: Instant(1),
            score: 3,
            word: "ok".into(),
        };
        let live = Record::new(RecordId("a".into()), Instant(5), mood);
        let mut gone = live.clone();
        (gone.meta.deleted, gone.data) = (true, None);
        for r in [live, gone] {
            let text = serde_json::to_string(&r).unwrap();
            assert_eq!(read(&text).unwrap(), r, "{text}");
        }
    }

    #[test]
    fn unknown_keys_are_ignored_and_missing_ones_take_their_default() {
        let r = read(r#"{"later":{"x":[1]},"updated":2,"id":"a","created":1,"data":null}"#);
        let r = r.unwrap();
        assert_eq!(
            (r.meta.id.as_str(), r.meta.created, r.meta.updated),
            ("a", Instant(1), Instant(2))
        );
        assert!(!r.meta.deleted && r.data.is_none());
        let r = read(r#"{"id":"a","created":1,"updated":2,"deleted":true}"#).unwrap();
        assert!(r.meta.deleted && r.data.is_none());
    }

    #[test]
    fn a_record_missing_a_key_or_with_one_twice_is_unreadable() {
        for bad in [
            r#"{"created":1,"updated":2}"#,
            r#"{"id":"a","updated":2}"#,
            r#"{"id":"a","created":1}"#,
            r#"{"id":"a","id":"b","created":1,"updated":2}"#,
            r#"{"id":"a","created":1,"updated":2,"data":null,"data":null}"#,
            r#"{"id":"a","created":"1","updated":2}"#,
            r#"{"id":"a","created":1,"updated":2,"deleted":null}"#,
            r#"["a",1,2]"#,
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
    }
}
