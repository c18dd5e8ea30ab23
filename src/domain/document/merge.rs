//! Record-level merge rules: which version of a record wins, and list merging.

use super::kind::Kind;
use crate::domain::model::{Meta, Record, RecordId};
use crate::domain::time::Instant;
use serde::Serialize;
use std::cmp::Ordering;

/// The `updated` a local change gets: `now`, but always after the record's last version.
pub(super) fn next_updated(now: Instant, previous: Option<&Meta>) -> Instant {
    match previous {
        Some(m) if m.updated >= now => Instant(m.updated.0.saturating_add(1)),
        _ => now,
    }
}

/// Which of two versions of one record a merge keeps (`Greater` means `a`).
pub(super) fn precedence<T: Kind>(a: &Record<T>, b: &Record<T>) -> Ordering {
    a.meta
        .updated
        .cmp(&b.meta.updated)
        .then(a.meta.deleted.cmp(&b.meta.deleted))
        .then_with(|| {
            if a == b {
                Ordering::Equal
            } else {
                canonical(a).cmp(&canonical(b))
            }
        })
}

fn canonical<T: Serialize>(r: &Record<T>) -> Vec<u8> {
    // Serialising model types cannot fail (no non-string map keys, no custom errors).
    serde_json::to_vec(r).unwrap_or_default()
}

/// Sorts by id and keeps one winner per id.
pub(super) fn normalize<T: Kind>(mut records: Vec<Record<T>>) -> Vec<Record<T>> {
    crate::domain::order::by(&mut records, |a, b| a.meta.id.cmp(&b.meta.id));
    let mut out: Vec<Record<T>> = Vec::with_capacity(records.len());
    for r in records {
        match out.last_mut() {
            Some(last) if last.meta.id == r.meta.id => {
                if precedence(&r, last) == Ordering::Greater {
                    *last = r;
                }
            }
            _ => out.push(r),
        }
    }
    out
}

/// Merges sorted, duplicate-free `theirs` into sorted, duplicate-free `mine`.
pub(super) fn merge_sorted<T: Kind>(mine: &mut Vec<Record<T>>, theirs: &[Record<T>]) -> bool {
    if theirs.is_empty() {
        return false;
    }
    let old = std::mem::take(mine);
    let mut out = Vec::with_capacity(old.len().max(theirs.len()));
    let mut changed = false;
    let mut a = old.into_iter().peekable();
    let mut b = theirs.iter().peekable();
    loop {
        let order = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.meta.id.cmp(&y.meta.id),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => break,
        };
        match order {
            Ordering::Less => out.extend(a.next()),
            Ordering::Greater => {
                out.extend(b.next().cloned());
                changed = true;
            }
            Ordering::Equal => {
                if let (Some(x), Some(y)) = (a.next(), b.next()) {
                    if precedence(y, &x) == Ordering::Greater {
                        out.push(y.clone());
                        changed = true;
                    } else {
                        out.push(x);
                    }
                }
            }
        }
    }
    *mine = out;
    changed
}

pub(super) fn replace_sorted<T: Kind>(
    mine: &mut Vec<Record<T>>,
    theirs: &[Record<T>],
    now: Instant,
) -> bool {
    let old = std::mem::take(mine);
    let mut out = Vec::with_capacity(old.len().max(theirs.len()));
    let mut changed = false;
    let mut a = old.into_iter().peekable();
    let mut b = theirs.iter().peekable();
    loop {
        let order = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.meta.id.cmp(&y.meta.id),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => break,
        };
        match (
            order,
            a.next_if(|_| order != Ordering::Greater),
            b.next_if(|_| order != Ordering::Less),
        ) {
            (Ordering::Less, Some(mut x), _) => {
                if !(x.meta.deleted && x.data.is_none()) {
                    x.meta.updated = next_updated(now, Some(&x.meta));
                    x.meta.deleted = true;
                    x.data = None;
                    changed = true;
                }
                out.push(x);
            }
            (Ordering::Greater, _, Some(y)) => {
                out.push(y.clone());
                changed = true;
            }
            (Ordering::Equal, Some(x), Some(y)) => {
                if x == *y {
                    out.push(x);
                } else {
                    let mut y = y.clone();
                    y.meta.updated = y.meta.updated.max(next_updated(now, Some(&x.meta)));
                    out.push(y);
                    changed = true;
                }
            }
            _ => break,
        }
    }
    *mine = out;
    changed
}

pub(super) fn find<T: Kind>(records: &[Record<T>], id: &RecordId) -> Result<usize, usize> {
    records.binary_search_by(|r| r.meta.id.cmp(id))
}
