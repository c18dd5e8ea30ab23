//! The journal: newest first, filtered by what is typed in the search box.

use crate::domain::core::model::JournalEntry;

/// Whether an entry holds every word of the query, ignoring case (an empty query matches).
pub fn matches(entry: &JournalEntry, query: &str) -> bool {
    let text = entry.text.to_lowercase();
    query
        .split_whitespace()
        .all(|word| text.contains(&word.to_lowercase()))
}

/// The entries matching `query`, newest first (ties: the order given).
pub fn search<'a, T>(entries: &[(T, &'a JournalEntry)], query: &str) -> Vec<(T, &'a JournalEntry)>
where
    T: Clone,
{
    let mut out: Vec<(T, &JournalEntry)> = entries
        .iter()
        .filter(|(_, e)| matches(e, query))
        .cloned()
        .collect();
    crate::domain::core::order::by_key(&mut out, |(_, e)| std::cmp::Reverse(e.at));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::time::Instant;

    fn entry(at: i64, text: &str) -> JournalEntry {
        JournalEntry {
            at: Instant(at),
            session: None,
            text: text.into(),
        }
    }

    #[test]
    fn search_is_case_insensitive_all_words_newest_first() {
        let a = entry(1, "Felt CALM by the lake");
        let b = entry(3, "Calmer than last week; still tired");
        let c = entry(2, "Ñandú dreams, ÉTÉ");
        let all = [(1, &a), (2, &b), (3, &c)];
        let ids = |q: &str| {
            search(&all, q)
                .into_iter()
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        };
        let cases: &[(&str, &[i32])] = &[
            ("", &[2, 3, 1]),
            ("   ", &[2, 3, 1]),
            ("calm", &[2, 1]),
            ("CALM lake", &[1]),
            ("tired calmer", &[2]),
            ("été", &[3]),
            ("ñANDÚ", &[3]),
            ("nothing", &[]),
        ];
        for (q, want) in cases {
            assert_eq!(ids(q), *want, "{q:?}");
        }
    }
}
