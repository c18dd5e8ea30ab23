//! The clinician summary: what happened in a date range, gathered from the patient's records.

use crate::domain::core::model::{
    Assessment, CheckIn, Mood, Questionnaire, RecordId, RedFlag, ScaleKind, Session, Symptom,
};
use crate::domain::core::time::{Date, Instant, Zone};
use crate::domain::mood::scales::{self, Score, Severity};
use crate::domain::records::document::Document;
use crate::domain::session::check_in_flow::session_span;

/// A date range, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: Date,
    pub to: Date,
}

impl Range {
    pub fn contains(&self, d: Date) -> bool {
        d >= self.from && d <= self.to
    }
}

/// How one after-effect went after one session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EffectCourse {
    pub symptom: Symptom,
    pub peak: u8,
    /// Minutes from the session's end to the first check-in rating it 0 after its peak.
    pub faded_after_minutes: Option<i64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SessionSummary {
    pub id: RecordId,
    pub session: Session,
    pub check_ins: usize,
    pub effects: Vec<EffectCourse>,
    /// Feelings no finished check-in of this session rated (skipped, not "none"): the summary
    /// says "not rated" for them. Empty without check-ins.
    pub not_rated: Vec<Symptom>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreLine {
    pub scale: ScaleKind,
    pub score: Score,
    pub severity: Option<Severity>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoodSummary {
    pub entries: usize,
    pub average: f32,
    pub lowest: u8,
    pub highest: u8,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub range: Range,
    pub sessions: Vec<SessionSummary>,
    pub scores: Vec<ScoreLine>,
    pub mood: Option<MoodSummary>,
    pub red_flags: Vec<(Instant, Vec<RedFlag>, Option<u8>)>,
    pub questions: String,
    pub concerns: String,
}

impl Summary {
    /// Nothing dated falls in the range (questions alone do not count).
    pub fn is_empty(&self) -> bool {
        self.sessions.is_empty()
            && self.scores.is_empty()
            && self.mood.is_none()
            && self.red_flags.is_empty()
    }
}

/// Peak and time to fade per symptom, from a session's check-ins (drafts left out).
pub fn effect_courses(end: Instant, check_ins: &[&CheckIn]) -> Vec<EffectCourse> {
    let mut sorted: Vec<&&CheckIn> = check_ins.iter().filter(|c| !c.draft).collect();
    crate::domain::core::order::by_key(&mut sorted, |c| c.at);
    Symptom::ALL
        .iter()
        .filter_map(|symptom| {
            let scores: Vec<(Instant, u8)> = sorted
                .iter()
                .filter_map(|c| c.ratings.get(symptom).map(|s| (c.at, *s)))
                .collect();
            let peak = scores.iter().map(|(_, s)| *s).max()?;
            if peak == 0 {
                return None;
            }
            let peak_at = scores.iter().position(|(_, s)| *s == peak)?;
            let faded_after_minutes = scores[peak_at..]
                .iter()
                .find(|(_, s)| *s == 0)
                .map(|(at, _)| at.minutes_since(end));
            Some(EffectCourse {
                symptom: *symptom,
                peak,
                faded_after_minutes,
            })
        })
        .collect()
}

/// The feelings none of a session's finished check-ins rated (a skipped feeling is not
/// answered; an old record's 0 is a rating). Empty when there is no finished check-in.
pub fn not_rated(check_ins: &[&CheckIn]) -> Vec<Symptom> {
    let done: Vec<&&CheckIn> = check_ins.iter().filter(|c| !c.draft).collect();
    if done.is_empty() {
        return Vec::new();
    }
    Symptom::ALL
        .into_iter()
        .filter(|s| done.iter().all(|c| !c.ratings.contains_key(s)))
        .collect()
}

/// Gathers everything dated within `range` (local dates in `zone`).
pub fn summarize(doc: &Document, range: Range, zone: &dyn Zone) -> Summary {
    let local_date = |at: Instant| zone.to_local(at).date;
    let check_ins: Vec<&CheckIn> = doc.live::<CheckIn>().map(|(_, c)| c).collect();
    let mut sessions: Vec<SessionSummary> = doc
        .live::<Session>()
        .filter(|(_, s)| range.contains(s.date))
        .map(|(meta, s)| {
            let mine: Vec<&CheckIn> = check_ins
                .iter()
                .copied()
                .filter(|c| c.session.as_ref() == Some(&meta.id))
                .collect();
            SessionSummary {
                id: meta.id.clone(),
                session: s.clone(),
                check_ins: mine.iter().filter(|c| !c.draft).count(),
                effects: effect_courses(session_span(s, zone).1, &mine),
                not_rated: not_rated(&mine),
            }
        })
        .collect();
    crate::domain::core::order::by_key(&mut sessions, |s| (s.session.date, s.session.start));
    let questionnaires: Vec<&Questionnaire> = doc.live::<Questionnaire>().map(|(_, q)| q).collect();
    let mut scores: Vec<ScoreLine> = ScaleKind::ALL
        .iter()
        .flat_map(|kind| {
            scales::completed_scores(*kind, questionnaires.iter().copied())
                .into_iter()
                .filter(|s| range.contains(local_date(s.at)))
                .map(|score| ScoreLine {
                    scale: *kind,
                    severity: scales::severity(*kind, score.total),
                    score,
                })
        })
        .collect();
    crate::domain::core::order::by_key(&mut scores, |l| (l.score.at, l.scale));
    let moods: Vec<u8> = doc
        .live::<Mood>()
        .filter(|(_, m)| range.contains(local_date(m.at)))
        .map(|(_, m)| m.score)
        .collect();
    let mood = (!moods.is_empty()).then(|| MoodSummary {
        entries: moods.len(),
        average: moods.iter().map(|m| f32::from(*m)).sum::<f32>() / moods.len() as f32,
        lowest: moods.iter().copied().min().unwrap_or(0),
        highest: moods.iter().copied().max().unwrap_or(0),
    });
    // Signs the patient marked as entered by mistake stay in their log, not here.
    let mut red_flags: Vec<(Instant, Vec<RedFlag>, Option<u8>)> =
        crate::domain::safety::flag_log::for_clinician(doc)
            .filter(|e| range.contains(local_date(e.at)))
            .map(|e| (e.at, e.flags.clone(), e.phq9_item9))
            .collect();
    crate::domain::core::order::by_key(&mut red_flags, |e| e.0);
    let Assessment {
        questions,
        concerns,
        ..
    } = doc.assessment();
    Summary {
        range,
        sessions,
        scores,
        mood,
        red_flags,
        questions,
        concerns,
    }
}

/// How many days the summary opens on: about three months, what a clinician reviews at a
/// follow-up (a long course printed whole would be dozens of pages).
pub const RECENT_DAYS: i64 = 91;

/// The last [`RECENT_DAYS`] of `full`, ending on its last record (not today: a patient who
/// stopped recording months ago still opens on their last entries).
pub fn recent(full: Range) -> Range {
    Range {
        from: full.from.max(full.to.add_days(1 - RECENT_DAYS)),
        to: full.to,
    }
}

/// The smallest range holding every dated record, for "show everything".
pub fn full_range(doc: &Document, zone: &dyn Zone) -> Option<Range> {
    let mut dates: Vec<Date> = doc.live::<Session>().map(|(_, s)| s.date).collect();
    dates.extend(doc.live::<CheckIn>().map(|(_, c)| zone.to_local(c.at).date));
    dates.extend(
        doc.live::<Questionnaire>()
            .filter_map(|(_, q)| q.completed.map(|c| zone.to_local(c).date)),
    );
    dates.extend(doc.live::<Mood>().map(|(_, m)| zone.to_local(m.at).date));
    dates.extend(
        crate::domain::safety::flag_log::for_clinician(doc).map(|e| zone.to_local(e.at).date),
    );
    Some(Range {
        from: *dates.iter().min()?,
        to: *dates.iter().max()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{CheckInSlot, DoseRoute};
    use crate::domain::core::time::{FixedZone, TimeOfDay, MS_PER_MINUTE};
    use std::collections::BTreeMap;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn check_in(minutes_after_end: i64, end: Instant, ratings: &[(Symptom, u8)]) -> CheckIn {
        CheckIn {
            ratings: ratings.iter().copied().collect::<BTreeMap<_, _>>(),
            draft: false,
            ..CheckIn::blank(
                Some(RecordId("s1".into())),
                Instant(end.0 + minutes_after_end * MS_PER_MINUTE),
                CheckInSlot::AnyTime,
            )
        }
    }

    #[test]
    fn peak_and_time_to_fade_per_symptom() {
        let end = Instant(1_800_000_000_000);
        let a = check_in(0, end, &[(Symptom::Dissociation, 6), (Symptom::Nausea, 2)]);
        let b = check_in(60, end, &[(Symptom::Dissociation, 3), (Symptom::Nausea, 4)]);
        let c = check_in(
            120,
            end,
            &[(Symptom::Dissociation, 0), (Symptom::Nausea, 1)],
        );
        let mut draft = check_in(30, end, &[(Symptom::Headache, 9)]);
        draft.draft = true;
        let courses = effect_courses(end, &[&c, &a, &b, &draft]);
        assert_eq!(
            courses,
            vec![
                EffectCourse {
                    symptom: Symptom::Dissociation,
                    peak: 6,
                    faded_after_minutes: Some(120)
                },
                EffectCourse {
                    symptom: Symptom::Nausea,
                    peak: 4,
                    faded_after_minutes: None
                },
            ]
        );
    }

    #[test]
    fn a_check_in_that_skipped_the_feelings_is_not_read_as_gone() {
        let end = Instant(1_800_000_000_000);
        let first = check_in(0, end, &[(Symptom::Dissociation, 6), (Symptom::Nausea, 0)]);
        // A crisis check-in 2.1 h later saved without ratings.
        let crisis = check_in(126, end, &[]);
        let courses = effect_courses(end, &[&first, &crisis]);
        assert_eq!(
            courses,
            vec![EffectCourse {
                symptom: Symptom::Dissociation,
                peak: 6,
                faded_after_minutes: None
            }],
            "not 'gone by 2.1 h'"
        );
        // (check-ins, not rated): nausea rated 0 on purpose is rated; the rest were skipped.
        let rated: Vec<Symptom> = vec![Symptom::Dissociation, Symptom::Nausea];
        let skipped: Vec<Symptom> = Symptom::ALL
            .into_iter()
            .filter(|s| !rated.contains(s))
            .collect();
        let mut draft = check_in(30, end, &[(Symptom::Headache, 9)]);
        draft.draft = true;
        let cases: Vec<(Vec<&CheckIn>, Vec<Symptom>)> = vec![
            (vec![], vec![]),
            (vec![&draft], vec![]),
            (vec![&crisis], Symptom::ALL.to_vec()),
            (vec![&first, &crisis], skipped.clone()),
            (vec![&first, &crisis, &draft], skipped),
        ];
        for (check_ins, want) in cases {
            assert_eq!(not_rated(&check_ins), want, "{}", check_ins.len());
        }
    }

    #[test]
    fn recent_is_the_last_three_months_up_to_the_last_record() {
        let long = Range {
            from: d("2024-01-10"),
            to: d("2026-11-20"),
        };
        let r = recent(long);
        assert_eq!(
            r,
            Range {
                from: d("2026-08-22"),
                to: d("2026-11-20")
            }
        );
        assert_eq!(
            r.from.add_days(RECENT_DAYS - 1),
            r.to,
            "91 days, both ends included"
        );
        // A shorter history is shown whole.
        let short = Range {
            from: d("2026-10-01"),
            to: d("2026-11-20"),
        };
        assert_eq!(recent(short), short);
        let one_day = Range {
            from: d("2026-11-20"),
            to: d("2026-11-20"),
        };
        assert_eq!(recent(one_day), one_day);
    }

    #[test]
    fn only_records_in_the_range_are_summarised() {
        let mut doc = Document::new();
        let session = |date: &str| {
            Session::new(
                d(date),
                TimeOfDay::new(9, 0).unwrap(),
                Some(TimeOfDay::new(10, 0).unwrap()),
                DoseRoute::Iv,
            )
        };
        doc.put(RecordId("a".into()), session("2026-01-05"), Instant(1));
        doc.put(RecordId("b".into()), session("2026-02-05"), Instant(1));
        let zone = FixedZone(0);
        let jan = Range {
            from: d("2026-01-01"),
            to: d("2026-01-31"),
        };
        let s = summarize(&doc, jan, &zone);
        assert_eq!(s.sessions.len(), 1);
        assert_eq!(s.sessions[0].session.date, d("2026-01-05"));
        let empty = summarize(
            &doc,
            Range {
                from: d("2025-01-01"),
                to: d("2025-01-31"),
            },
            &zone,
        );
        assert!(empty.is_empty());
        assert_eq!(
            full_range(&doc, &zone),
            Some(Range {
                from: d("2026-01-05"),
                to: d("2026-02-05")
            })
        );
        assert_eq!(full_range(&Document::new(), &zone), None);
    }
}
