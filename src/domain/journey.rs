//! The first-time patient's walk through a course of ketamine care (the seed document), and
//! which step a patient is at, worked out from their own records.

use crate::domain::core::model::{Appointment, AppointmentKind, Assessment, Medicine, Session};
use crate::domain::core::time::{Instant, LocalDateTime, Zone, MS_PER_DAY, MS_PER_HOUR};
use crate::domain::records::document::Document;
use crate::domain::session::check_in_flow::session_span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Step {
    Assessment,
    Preparation,
    TheDay,
    During,
    AfterEffects,
    RideHome,
    FollowUp,
    Maintenance,
    Alongside,
}

/// A reference the guidance rests on (the seed's five, and the project's facts file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Sanacora2017,
    Krystal2019,
    Feder2014,
    Short2018,
    WilkinsonSanacora2019,
    EsketamineLabel,
}

impl Source {
    pub fn citation(self) -> &'static str {
        match self {
            Source::Sanacora2017 => "Sanacora G, et al. A consensus statement on the use of ketamine in the treatment of mood disorders. JAMA Psychiatry. 2017;74(4):399-405.",
            Source::Krystal2019 => "Krystal JH, et al. Ketamine: a paradigm shift for depression research and treatment. Neuron. 2019;101(5):774-778.",
            Source::Feder2014 => "Feder A, et al. Efficacy of intravenous ketamine for the treatment of chronic posttraumatic stress disorder: a randomized clinical trial. JAMA Psychiatry. 2014;71(6):681-688.",
            Source::Short2018 => "Short B, et al. Side-effects associated with ketamine use in depression: a systematic review. Lancet Psychiatry. 2018;5(1):65-78.",
            Source::WilkinsonSanacora2019 => "Wilkinson ST, Sanacora G. A new generation of antidepressants: an update on the pharmaceutical pipeline for novel and rapid-acting therapeutics in mood disorders based on glutamate/GABA neurotransmitter systems. Drug Discovery Today. 2019;24(2):606-615.",
            Source::EsketamineLabel => "Esketamine (Spravato) prescribing information and medication guide, US FDA label: monitoring for at least 2 hours and blood-pressure checks.",
        }
    }
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Assessment,
        Step::Preparation,
        Step::TheDay,
        Step::During,
        Step::AfterEffects,
        Step::RideHome,
        Step::FollowUp,
        Step::Maintenance,
        Step::Alongside,
    ];

    /// The step's address, e.g. `/journey/the-day`.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Assessment => "assessment",
            Step::Preparation => "preparation",
            Step::TheDay => "the-day",
            Step::During => "during",
            Step::AfterEffects => "after-effects",
            Step::RideHome => "ride-home",
            Step::FollowUp => "follow-up",
            Step::Maintenance => "maintenance",
            Step::Alongside => "alongside",
        }
    }

    /// The step for an address; an unknown one is `None` (the page then shows the start).
    pub fn from_slug(slug: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }

    /// What each step rests on (the seed cites its references per step).
    pub fn sources(self) -> &'static [Source] {
        use Source::*;
        match self {
            Step::Assessment | Step::Preparation => &[Sanacora2017],
            Step::TheDay => &[Krystal2019, EsketamineLabel],
            Step::During => &[Feder2014, EsketamineLabel],
            Step::AfterEffects | Step::RideHome => &[Short2018, EsketamineLabel],
            Step::FollowUp | Step::Maintenance => &[WilkinsonSanacora2019, Sanacora2017],
            Step::Alongside => &[WilkinsonSanacora2019],
        }
    }
}

/// What the patient's records say, reduced to what the journey needs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Facts {
    /// Assessment notes, medicines or history entered.
    pub has_assessment_notes: bool,
    /// When recorded sessions ended, any order.
    pub sessions_ended: Vec<Instant>,
    /// The next dosing appointment's start, if one is planned.
    pub next_dosing: Option<Instant>,
    /// A maintenance session is planned or was recorded.
    pub in_maintenance: bool,
}

impl Facts {
    /// Reads the facts from the patient's document.
    pub fn from_doc(doc: &Document, zone: &dyn Zone, now: Instant) -> Facts {
        let has_assessment_notes =
            doc.assessment() != Assessment::default() || doc.live::<Medicine>().next().is_some();
        let sessions_ended = doc
            .live::<Session>()
            .map(|(_, s)| session_span(s, zone).1)
            .collect();
        let appointments: Vec<&Appointment> = doc.live::<Appointment>().map(|(_, a)| a).collect();
        let next_dosing = appointments
            .iter()
            .filter(|a| a.kind.is_dosing())
            .map(|a| zone.to_instant(LocalDateTime::new(a.date, a.time)))
            .filter(|at| *at >= now)
            .min();
        let in_maintenance = appointments
            .iter()
            .any(|a| a.kind == AppointmentKind::Maintenance);
        Facts {
            has_assessment_notes,
            sessions_ended,
            next_dosing,
            in_maintenance,
        }
    }
}

/// Hours after a session during which the ride home and the first hours are the step.
const RIDE_HOME_HOURS: i64 = 6;
/// Hours after a session during which after-effects are the step.
const AFTER_EFFECTS_HOURS: i64 = 36;
/// A session this close makes preparing the step.
const PREPARE_DAYS: i64 = 7;

/// "You are here": the step that matters most for this patient now.
pub fn current_step(facts: &Facts, now: Instant) -> Step {
    let last_end = facts.sessions_ended.iter().filter(|e| **e <= now).max();
    if let Some(end) = last_end {
        let since = now.0 - end.0;
        if since < RIDE_HOME_HOURS * MS_PER_HOUR {
            return Step::RideHome;
        }
        if since < AFTER_EFFECTS_HOURS * MS_PER_HOUR {
            return Step::AfterEffects;
        }
    }
    if let Some(next) = facts.next_dosing.filter(|n| *n >= now) {
        let until = next.0 - now.0;
        if until < 12 * MS_PER_HOUR {
            return Step::TheDay;
        }
        if until < PREPARE_DAYS * MS_PER_DAY {
            return Step::Preparation;
        }
    }
    match (last_end.is_some(), facts.in_maintenance) {
        (true, true) => Step::Maintenance,
        (true, false) => Step::FollowUp,
        (false, _) if !facts.has_assessment_notes => Step::Assessment,
        (false, _) => Step::Preparation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = MS_PER_HOUR;
    const NOW: Instant = Instant(1_800_000_000_000);

    fn facts(
        notes: bool,
        ended_hours_ago: &[i64],
        next_in_hours: Option<i64>,
        maint: bool,
    ) -> Facts {
        Facts {
            has_assessment_notes: notes,
            sessions_ended: ended_hours_ago
                .iter()
                .map(|h| Instant(NOW.0 - h * H))
                .collect(),
            next_dosing: next_in_hours.map(|h| Instant(NOW.0 + h * H)),
            in_maintenance: maint,
        }
    }

    #[test]
    fn you_are_here_follows_the_patients_own_records() {
        let cases = [
            (
                facts(false, &[], None, false),
                Step::Assessment,
                "nothing yet",
            ),
            (
                facts(true, &[], None, false),
                Step::Preparation,
                "notes, no session yet",
            ),
            (
                facts(true, &[], Some(48), false),
                Step::Preparation,
                "next session in 2 days",
            ),
            (
                facts(false, &[], Some(3), false),
                Step::TheDay,
                "session today",
            ),
            (
                facts(true, &[2], Some(48), false),
                Step::RideHome,
                "session just ended",
            ),
            (
                facts(true, &[20], None, false),
                Step::AfterEffects,
                "session yesterday",
            ),
            (
                facts(true, &[24 * 10], None, false),
                Step::FollowUp,
                "weeks after",
            ),
            (
                facts(true, &[24 * 10], None, true),
                Step::Maintenance,
                "in maintenance",
            ),
            (
                facts(true, &[24 * 10], Some(24 * 3), true),
                Step::Preparation,
                "next one soon",
            ),
        ];
        for (f, want, why) in cases {
            assert_eq!(current_step(&f, NOW), want, "{why}");
        }
    }

    #[test]
    fn every_step_has_an_address_sources_and_neighbours() {
        for s in Step::ALL {
            assert_eq!(Step::from_slug(s.slug()), Some(s));
            assert!(!s.sources().is_empty());
        }
        assert_eq!(Step::from_slug("no-such-step"), None);
        assert_eq!(Step::Assessment.previous(), None);
        assert_eq!(Step::Alongside.next(), None);
        assert_eq!(Step::During.next(), Some(Step::AfterEffects));
    }
}
