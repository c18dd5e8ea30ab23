//! Daily mood: one 0–10 rating a day with an optional word. A second rating the same local day
//! replaces the first (the app updates that record), and where older data holds several, the
//! latest of the day is the day's mood.

use crate::domain::core::model::{Meta, Mood, RecordId};
use crate::domain::core::time::{Date, Instant, Zone};

/// The highest daily mood rating.
pub const MOOD_MAX: u8 = 10;

/// One day's mood: the latest rating made that local day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayMood<'a> {
    pub id: &'a RecordId,
    pub date: Date,
    pub at: Instant,
    pub score: u8,
    pub word: &'a str,
}

impl DayMood<'_> {
    /// Whether the rating is one the scale allows; a corrupted one is listed but not charted.
    pub fn is_valid(&self) -> bool {
        self.score <= MOOD_MAX
    }
}

/// One mood per local day, oldest day first.
pub fn daily_moods<'a>(
    moods: impl IntoIterator<Item = (&'a Meta, &'a Mood)>,
    zone: &dyn Zone,
) -> Vec<DayMood<'a>> {
    let mut all: Vec<DayMood<'a>> = moods
        .into_iter()
        .map(|(meta, mood)| DayMood {
            id: &meta.id,
            date: zone.to_local(mood.at).date,
            at: mood.at,
            score: mood.score,
            word: mood.word.as_str(),
        })
        .collect();
    // Latest of each day last, so the dedup below keeps it.
    crate::domain::core::order::by(&mut all, |a, b| {
        (a.date, a.at, a.id).cmp(&(b.date, b.at, b.id))
    });
    let mut days: Vec<DayMood<'a>> = Vec::with_capacity(all.len());
    for mood in all {
        match days.last_mut() {
            Some(last) if last.date == mood.date => *last = mood,
            _ => days.push(mood),
        }
    }
    days
}

/// Today's mood, if one was saved today (local date of `now`).
pub fn todays_mood<'a>(days: &[DayMood<'a>], now: Instant, zone: &dyn Zone) -> Option<DayMood<'a>> {
    let today = zone.to_local(now).date;
    days.iter().rev().find(|d| d.date == today).copied()
}

/// The chartable points of the daily moods: (when, rating), valid ratings only.
pub fn mood_points(days: &[DayMood<'_>]) -> Vec<(Instant, u16)> {
    days.iter()
        .filter(|d| d.is_valid())
        .map(|d| (d.at, u16::from(d.score)))
        .collect()
}

/// A mood as the patient typed it: the word is trimmed, a rating above the scale is refused.
pub fn new_mood(at: Instant, score: u8, word: &str) -> Option<Mood> {
    (score <= MOOD_MAX).then(|| Mood {
        at,
        score,
        word: word.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::Record;
    use crate::domain::core::time::{FixedZone, MS_PER_HOUR};

    /// 2026-03-02 00:00 UTC.
    const MIDNIGHT: Instant = Instant(1_772_409_600_000);

    fn hours(h: i64) -> Instant {
        Instant(MIDNIGHT.0 + h * MS_PER_HOUR)
    }

    fn mood(id: &str, at: Instant, score: u8) -> Record<Mood> {
        Record::new(
            RecordId(id.into()),
            at,
            Mood {
                at,
                score,
                word: format!("w{id}"),
            },
        )
    }

    fn live(records: &[Record<Mood>]) -> impl Iterator<Item = (&Meta, &Mood)> {
        records
            .iter()
            .filter_map(|r| r.live().map(|m| (&r.meta, m)))
    }

    fn days_of(records: &[Record<Mood>], zone: &dyn Zone) -> Vec<(String, u8)> {
        daily_moods(live(records), zone)
            .iter()
            .map(|d| (d.date.to_string(), d.score))
            .collect()
    }

    #[test]
    fn the_latest_rating_of_each_local_day_is_that_days_mood() {
        let records = [
            mood("a", hours(30), 7), // 3 March, 06:00 UTC
            mood("b", hours(9), 2),  // 2 March, 09:00
            mood("c", hours(20), 4), // 2 March, 20:00: the later one wins
            mood("d", hours(50), 5), // 4 March, 02:00
        ];
        assert_eq!(
            days_of(&records, &FixedZone(0)),
            [
                ("2026-03-02".to_string(), 4),
                ("2026-03-03".to_string(), 7),
                ("2026-03-04".to_string(), 5)
            ]
        );
        // Five hours behind UTC, 02:00 on the 4th is still the evening of the 3rd.
        assert_eq!(
            days_of(&records, &FixedZone(-300)),
            [("2026-03-02".to_string(), 4), ("2026-03-03".to_string(), 5)]
        );
    }

    #[test]
    fn todays_mood_is_found_by_local_date() {
        let records = [mood("a", hours(9), 6), mood("b", hours(30), 3)];
        let zone = FixedZone(0);
        let days = daily_moods(live(&records), &zone);
        let today = |now| todays_mood(&days, now, &zone).map(|d| (d.id.as_str(), d.score));
        assert_eq!(today(hours(23)), Some(("a", 6)));
        assert_eq!(today(hours(40)), Some(("b", 3)));
        assert_eq!(today(hours(60)), None);
    }

    #[test]
    fn a_corrupted_rating_is_listed_but_never_charted() {
        let records = [mood("a", hours(1), 11), mood("b", hours(30), 10)];
        let zone = FixedZone(0);
        let days = daily_moods(live(&records), &zone);
        assert_eq!(days.len(), 2);
        assert_eq!(mood_points(&days), [(hours(30), 10)]);
    }

    #[test]
    fn new_moods_trim_the_word_and_refuse_ratings_above_ten() {
        let m = new_mood(hours(1), 10, "  calm \n");
        assert_eq!(m.map(|m| (m.score, m.word)), Some((10, "calm".to_string())));
        assert_eq!(new_mood(hours(1), 11, "x"), None);
        assert_eq!(
            new_mood(hours(1), 0, "").map(|m| m.word),
            Some(String::new())
        );
    }
}
