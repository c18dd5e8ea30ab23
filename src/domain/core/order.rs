//! One stable sort for the whole app.
//!
//! `slice::sort_by` is generic: every element type and every comparison closure gets its own
//! copy of Rust's stable sort (about 4 KB of wasm each), and the app sorted in some forty
//! places. These helpers sort a list of `u32` positions once, through a `dyn` comparison, and
//! then move the elements into place, so the sort's code is in the wasm once. They are stable
//! (equal elements keep their order), exactly like `sort_by`, `sort_by_key` and `sort`.

use std::cmp::Ordering;

/// Sorts `v` stably with `cmp`; the same result as `v.sort_by(cmp)`.
pub fn by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    {
        let items: &[T] = v;
        sort_positions(&mut order, &mut |a, b| {
            cmp(&items[a as usize], &items[b as usize])
        });
    }
    permute(v, order);
}

/// Sorts `v` stably by `key`; the same result as `v.sort_by_key(key)`.
pub fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably in its natural order; the same result as `v.sort()`.
pub fn natural<T: Ord>(v: &mut [T]) {
    by(v, Ord::cmp);
}

/// The only instance of the standard stable sort: positions, compared through `dyn`.
#[inline(never)]
fn sort_positions(order: &mut [u32], cmp: &mut dyn FnMut(u32, u32) -> Ordering) {
    order.sort_by(|&a, &b| cmp(a, b));
}

/// Puts `v` in `order`: afterwards `v[i]` is the element that was at `order[i]`. Follows each
/// cycle of the permutation with swaps, so elements are moved, never cloned.
fn permute<T>(v: &mut [T], mut order: Vec<u32>) {
    for start in 0..v.len() {
        let mut at = start;
        loop {
            let from = order[at] as usize;
            // Marks the place as done; a done place points at itself.
            order[at] = at as u32;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        by_key(&mut v, |p| p.0);
        assert_eq!(v, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
    }

    #[test]
    fn moves_elements_that_cannot_be_copied() {
        let mut v: Vec<String> = ["pear", "fig", "apple", "kiwi"].map(String::from).to_vec();
        natural(&mut v);
        assert_eq!(v, ["apple", "fig", "kiwi", "pear"]);
    }

    proptest! {
        #[test]
        fn same_as_the_standard_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..80)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            by(&mut ours, |a, b| a.0.cmp(&b.0));
            std_sorted.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, std_sorted);
        }

        #[test]
        fn natural_order_matches_sort(v in proptest::collection::vec(any::<i32>(), 0..80)) {
            let mut ours = v.clone();
            let mut std_sorted = v;
            natural(&mut ours);
            std_sorted.sort();
            prop_assert_eq!(ours, std_sorted);
        }
    }
}
