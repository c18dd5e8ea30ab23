//! The record envelope every kind is stored in: its id, its [`Meta`] and the tombstone rule.

use crate::domain::core::time::Instant;
use serde::{Deserialize, Serialize};

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
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record<T> {
    #[serde(flatten)]
    pub meta: Meta,
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
}

fn none<T>() -> Option<T> {
    None
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
