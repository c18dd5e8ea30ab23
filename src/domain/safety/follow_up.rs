//! After a crisis answer: a saved check-in with suicidal thoughts, or a PHQ-9 with item 9
//! above "Not at all", leaves a calm card on Today for 72 hours ("Are you safe right now?")
//! until the patient says they are safe or have talked to someone.

use crate::domain::core::model::{CheckIn, Checklist, Meta, Questionnaire, RedFlag, ScaleKind};
use crate::domain::core::time::Instant;
use crate::domain::mood::scales::phq9_item9;
use crate::domain::safety::escalation::SupportPerson;

/// How long the card stays after the answer.
pub const FOLLOW_UP_HOURS: i64 = 72;

/// What the patient told us.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrisisAnswer {
    /// "Thoughts of ending your life" ticked on a saved check-in.
    CheckInThoughts,
    /// PHQ-9 item 9 answered above "Not at all".
    Phq9Item9,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FollowUp {
    pub answer: CrisisAnswer,
    /// When it was told (the check-in's time, or when the questionnaire was finished or begun).
    pub at: Instant,
}

/// The card to show now, if any: the latest crisis answer of the last 72 hours, unless the
/// patient dismissed the card after that answer.
pub fn follow_up<'a>(
    check_ins: impl IntoIterator<Item = &'a CheckIn>,
    questionnaires: impl IntoIterator<Item = &'a Questionnaire>,
    dismissed: Option<Instant>,
    now: Instant,
) -> Option<FollowUp> {
    let from_check_ins = check_ins
        .into_iter()
        .filter(|c| !c.draft && c.red_flags.contains(&RedFlag::SuicidalThoughts))
        .map(|c| FollowUp {
            answer: CrisisAnswer::CheckInThoughts,
            at: c.at,
        });
    // A draft counts too: the answer was given (and the safety panel shown) as it was ticked.
    let from_phq9 = questionnaires
        .into_iter()
        .filter(|q| q.scale == ScaleKind::Phq9 && phq9_item9(&q.answers).is_some_and(|a| a > 0))
        .map(|q| FollowUp {
            answer: CrisisAnswer::Phq9Item9,
            at: q.completed.unwrap_or(q.started),
        });
    from_check_ins
        .chain(from_phq9)
        // A time a little ahead (another phone's clock) still counts as recent.
        .filter(|f| {
            let age = now.minutes_since(f.at);
            age < FOLLOW_UP_HOURS * 60 && age > -24 * 60
        })
        .max_by_key(|f| f.at)
        .filter(|f| dismissed.is_none_or(|d| d < f.at))
}

/// The support person saved on Prepare: the one saved most recently with a phone number.
pub fn support_person<'a>(
    checklists: impl IntoIterator<Item = (&'a Meta, &'a Checklist)>,
) -> Option<SupportPerson> {
    checklists
        .into_iter()
        .filter(|(_, c)| c.support_phone.chars().any(|d| d.is_ascii_digit()))
        .max_by_key(|(m, _)| m.updated)
        .map(|(_, c)| SupportPerson {
            name: c.support_name.trim().to_string(),
            phone: c.support_phone.trim().to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::model::{CheckInSlot, RecordId};

    const HOUR: i64 = 60;
    fn at(hours: i64) -> Instant {
        Instant(0).plus_minutes(hours * HOUR)
    }
    fn check_in(hours: i64, thoughts: bool, draft: bool) -> CheckIn {
        let mut c = CheckIn::blank(None, at(hours), CheckInSlot::AnyTime);
        if thoughts {
            c.red_flags.push(RedFlag::SuicidalThoughts);
        }
        c.draft = draft;
        c
    }
    fn phq9(hours: i64, item9: Option<u8>, completed: bool) -> Questionnaire {
        let mut answers = vec![Some(1); 9];
        answers[8] = item9;
        Questionnaire {
            scale: ScaleKind::Phq9,
            answers,
            started: at(hours),
            completed: completed.then(|| at(hours)),
        }
    }

    /// Name, check-ins, questionnaires, hours of the dismissal, the card wanted.
    type Case = (
        &'static str,
        Vec<CheckIn>,
        Vec<Questionnaire>,
        Option<i64>,
        Option<FollowUp>,
    );

    #[test]
    fn when_the_card_shows() {
        use CrisisAnswer::*;
        let now = at(100);
        let shown = |answer, hours| {
            Some(FollowUp {
                answer,
                at: at(hours),
            })
        };
        let cases: Vec<Case> = vec![
            (
                "nothing told",
                vec![check_in(99, false, false)],
                vec![phq9(99, Some(0), true)],
                None,
                None,
            ),
            (
                "check-in an hour ago",
                vec![check_in(99, true, false)],
                vec![],
                None,
                shown(CheckInThoughts, 99),
            ),
            (
                "a draft check-in is not saved",
                vec![check_in(99, true, true)],
                vec![],
                None,
                None,
            ),
            (
                "71 h ago",
                vec![check_in(29, true, false)],
                vec![],
                None,
                shown(CheckInThoughts, 29),
            ),
            (
                "72 h ago: gone",
                vec![check_in(28, true, false)],
                vec![],
                None,
                None,
            ),
            (
                "item 9 several days",
                vec![],
                vec![phq9(90, Some(1), true)],
                None,
                shown(Phq9Item9, 90),
            ),
            (
                "item 9 in a draft",
                vec![],
                vec![phq9(90, Some(3), false)],
                None,
                shown(Phq9Item9, 90),
            ),
            (
                "item 9 not at all",
                vec![],
                vec![phq9(90, Some(0), true)],
                None,
                None,
            ),
            (
                "item 9 unanswered",
                vec![],
                vec![phq9(90, None, false)],
                None,
                None,
            ),
            (
                "the latest wins",
                vec![check_in(80, true, false)],
                vec![phq9(90, Some(2), true)],
                None,
                shown(Phq9Item9, 90),
            ),
            (
                "dismissed after it",
                vec![check_in(80, true, false)],
                vec![],
                Some(81),
                None,
            ),
            (
                "dismissed before a new answer",
                vec![check_in(80, true, false)],
                vec![],
                Some(79),
                shown(CheckInThoughts, 80),
            ),
            (
                "a new answer after a dismissal",
                vec![check_in(80, true, false), check_in(95, true, false)],
                vec![],
                Some(81),
                shown(CheckInThoughts, 95),
            ),
        ];
        for (name, check_ins, questionnaires, dismissed, want) in cases {
            let got = follow_up(&check_ins, &questionnaires, dismissed.map(at), now);
            assert_eq!(got, want, "{name}");
        }
        let gad7 = Questionnaire {
            scale: ScaleKind::Gad7,
            ..phq9(99, Some(3), true)
        };
        assert_eq!(
            follow_up(&[], &[gad7], None, now),
            None,
            "only the PHQ-9's item 9"
        );
    }

    #[test]
    fn the_support_person_saved_last() {
        let meta = |updated| Meta {
            id: RecordId("x".into()),
            created: at(0),
            updated: at(updated),
            deleted: false,
        };
        let list = |name: &str, phone: &str| Checklist {
            appointment: RecordId("a".into()),
            done: Vec::new(),
            support_name: name.into(),
            support_phone: phone.into(),
        };
        let (m1, m2, m3) = (meta(1), meta(2), meta(3));
        let (a, b, c) = (
            list("Ana", "555 0101"),
            list(" Ben ", " 555 0102 "),
            list("", ""),
        );
        let got = support_person([(&m1, &a), (&m2, &b), (&m3, &c)]);
        assert_eq!(
            got,
            Some(SupportPerson {
                name: "Ben".into(),
                phone: "555 0102".into()
            })
        );
        assert_eq!(support_person([(&m3, &c)]), None);
    }
}
