//! Record-level merge rules: which version of a record wins, and list merging.

use super::kind::Kind;
use crate::domain::core::model::{Meta, Record, RecordId};
use crate::domain::core::time::Instant;
use serde::Serialize;
use std::cmp::Ordering;
use std::rc::Rc;

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
    crate::domain::core::order::by(&mut records, |a, b| a.meta.id.cmp(&b.meta.id));
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

/// Whether merging `theirs` into `mine` (both sorted, duplicate-free) would change `mine`.
fn merge_changes<T: Kind>(mine: &[Record<T>], theirs: &[Record<T>]) -> bool {
    if std::ptr::eq(mine, theirs) {
        return false;
    }
    let mut a = mine.iter().peekable();
    for y in theirs {
        while a.next_if(|x| x.meta.id < y.meta.id).is_some() {}
        match a.peek() {
            Some(x) if x.meta.id == y.meta.id => {
                if precedence(y, x) == Ordering::Greater {
                    return true;
                }
            }
            _ => return true,
        }
    }
    false
}

/// Merges sorted, duplicate-free `theirs` into sorted, duplicate-free `mine`. When nothing
/// would change, `mine` is left alone (still shared with any copy).
pub(super) fn merge_sorted<T: Kind>(mine: &mut Rc<Vec<Record<T>>>, theirs: &[Record<T>]) -> bool {
    if !merge_changes(mine, theirs) {
        return false;
    }
    let old = Rc::unwrap_or_clone(std::mem::take(mine));
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
    *mine = Rc::new(out);
    changed
}

/// Whether [`replace_sorted`] would change `mine`.
fn replace_changes<T: Kind>(mine: &[Record<T>], theirs: &[Record<T>]) -> bool {
    if std::ptr::eq(mine, theirs) {
        return false;
    }
    let mut b = theirs.iter().peekable();
    for x in mine {
        if b.next_if(|y| y.meta.id < x.meta.id).is_some() {
            // Only theirs: it is added.
            return true;
        }
        match b.next_if(|y| y.meta.id == x.meta.id) {
            Some(y) if x != y => return true,
            Some(_) => {}
            // Only mine: it becomes a tombstone unless it is one already.
            None if !(x.meta.deleted && x.data.is_none()) => return true,
            None => {}
        }
    }
    b.peek().is_some()
}

/// Makes `mine` hold exactly `theirs` as local edits at `now` (see `Document::replace_with`).
/// When nothing would change, `mine` is left alone (still shared with any copy).
pub(super) fn replace_sorted<T: Kind>(
    mine: &mut Rc<Vec<Record<T>>>,
    theirs: &[Record<T>],
    now: Instant,
) -> bool {
    if !replace_changes(mine, theirs) {
        return false;
    }
    let old = Rc::unwrap_or_clone(std::mem::take(mine));
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
    *mine = Rc::new(out);
    changed
}

pub(super) fn find<T: Kind>(records: &[Record<T>], id: &RecordId) -> Result<usize, usize> {
    records.binary_search_by(|r| r.meta.id.cmp(id))
}
