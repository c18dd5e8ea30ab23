//! The three questionnaires (PHQ-9, GAD-7, PCL-5): their published wording, their scoring and
//! the published reading of a total. The baseline is chosen in [`baseline`], change is read in
//! [`change`], due-ness in [`due`].
//!
//! Published wording is content, so it lives here as text; everything else is returned as
//! numbers and enums for the UI to put into words.

pub mod baseline;
pub mod change;
pub mod due;
mod gad7;
mod pcl5;
mod phq9;

use crate::domain::core::model::{Language, ScaleKind};
use std::ops::RangeInclusive;

pub use baseline::{completed_scores, default_baseline, Baseline, NoBaseline, Score};
pub use change::{
    progress, Comparison, Pcl5Change, Phq9Reading, Progress, Reading, Response, Trend,
};
pub use due::{next_due, Due};

/// One printed answer and the value it scores.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    pub value: u8,
    pub label: &'static str,
}

impl AnswerOption {
    const fn new(value: u8, label: &'static str) -> Self {
        AnswerOption { value, label }
    }
}

/// Everything a screen needs to show one questionnaire, in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScaleContent {
    pub kind: ScaleKind,
    /// The language the text below is in (mark it up with `lang`, screen readers need it).
    pub language: Language,
    /// The patient asked for a language this scale has no official version in, so the text is
    /// the English original: the UI says so instead of translating it itself.
    pub shown_in_english: bool,
    /// A sentence printed before the stem (PCL-5 only).
    pub preamble: Option<&'static str>,
    /// The question every item answers, with its recall period ("Over the last 2 weeks…").
    pub stem: &'static str,
    pub items: &'static [&'static str],
    /// The answers, lowest value first; every item uses the same set.
    pub options: &'static [AnswerOption],
    /// The credit or permission line the form prints; show it with the questionnaire.
    pub attribution: &'static str,
}

/// The wording of `kind` in `language`, falling back to English where no official translation
/// exists (the PCL-5 in Spanish), flagged by `shown_in_english`.
pub fn content(kind: ScaleKind, language: Language) -> ScaleContent {
    match (kind, language) {
        (ScaleKind::Phq9, Language::En) => phq9::EN,
        (ScaleKind::Phq9, Language::Es) => phq9::ES,
        (ScaleKind::Gad7, Language::En) => gad7::EN,
        (ScaleKind::Gad7, Language::Es) => gad7::ES,
        (ScaleKind::Pcl5, Language::En) => pcl5::EN,
        (ScaleKind::Pcl5, Language::Es) => ScaleContent {
            shown_in_english: true,
            ..pcl5::EN
        },
    }
}

/// A severity band as published: PHQ-9 (Kroenke 2001) and GAD-7 (Spitzer 2006). Ordered from
/// least to most severe. The GAD-7 has no `ModeratelySevere` band; the PCL-5 has no bands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Minimal,
    Mild,
    Moderate,
    ModeratelySevere,
    Severe,
}

/// The totals (inclusive) that fall in one band.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Band {
    pub totals: RangeInclusive<u16>,
    pub severity: Severity,
}

const fn band(lowest: u16, highest: u16, severity: Severity) -> Band {
    Band {
        totals: RangeInclusive::new(lowest, highest),
        severity,
    }
}

const PHQ9_BANDS: [Band; 5] = [
    band(0, 4, Severity::Minimal),
    band(5, 9, Severity::Mild),
    band(10, 14, Severity::Moderate),
    band(15, 19, Severity::ModeratelySevere),
    band(20, 27, Severity::Severe),
];

const GAD7_BANDS: [Band; 4] = [
    band(0, 4, Severity::Minimal),
    band(5, 9, Severity::Mild),
    band(10, 14, Severity::Moderate),
    band(15, 21, Severity::Severe),
];

/// The PCL-5 total from which the app suggests talking with a clinician about PTSD. The
/// National Center for PTSD gives 31–33 as the cut-point range for probable PTSD (Bovin et al.
/// 2016): a total anywhere in that range (or above it) suggests a conversation, so the app uses
/// the bottom of the range, never only the top. It is a screening range, not a severity band
/// and never a diagnosis: say so wherever it is shown.
pub const PCL5_CUT_POINT: u16 = *PCL5_CUT_POINT_RANGE.start();
/// The published cut-point range, for the note that explains [`PCL5_CUT_POINT`].
pub const PCL5_CUT_POINT_RANGE: RangeInclusive<u16> = RangeInclusive::new(31, 33);

/// Zero-based index of PHQ-9 item 9 (thoughts of being better off dead or of self-harm).
pub const PHQ9_SELF_HARM_ITEM: usize = 8;

impl ScaleKind {
    /// How many items the form has: 9, 7 and 20.
    pub fn item_count(self) -> usize {
        match self {
            ScaleKind::Phq9 => 9,
            ScaleKind::Gad7 => 7,
            ScaleKind::Pcl5 => 20,
        }
    }

    /// The highest value one answer can score: 3, 3 and 4.
    pub fn max_answer(self) -> u8 {
        match self {
            ScaleKind::Phq9 | ScaleKind::Gad7 => 3,
            ScaleKind::Pcl5 => 4,
        }
    }

    /// The highest possible total: 27, 21 and 80.
    pub fn max_total(self) -> u16 {
        self.item_count() as u16 * u16::from(self.max_answer())
    }

    /// The published severity bands, lowest first; empty for the PCL-5, which has none.
    pub fn bands(self) -> &'static [Band] {
        match self {
            ScaleKind::Phq9 => &PHQ9_BANDS,
            ScaleKind::Gad7 => &GAD7_BANDS,
            ScaleKind::Pcl5 => &[],
        }
    }
}

/// The total score, or `None` unless there is one answer per item and every answer is in
/// range: a partial questionnaire has no total (no proration), and a corrupted answer never
/// turns into a plausible-looking score.
pub fn total(kind: ScaleKind, answers: &[Option<u8>]) -> Option<u16> {
    if answers.len() != kind.item_count() {
        return None;
    }
    answers.iter().try_fold(0u16, |sum, answer| match answer {
        Some(value) if *value <= kind.max_answer() => Some(sum + u16::from(*value)),
        _ => None,
    })
}

/// The published severity band of a total; `None` for the PCL-5 (no published bands) and for a
/// total the scale cannot reach.
pub fn severity(kind: ScaleKind, total: u16) -> Option<Severity> {
    kind.bands()
        .iter()
        .find(|band| band.totals.contains(&total))
        .map(|band| band.severity)
}

/// Whether a PCL-5 total is in or above the published cut-point range (31–33) that suggests
/// talking with a clinician about PTSD. The UI words it as exactly that, not as a diagnosis.
pub fn probable_ptsd(pcl5_total: u16) -> bool {
    pcl5_total >= PCL5_CUT_POINT
}

/// PHQ-9 item 9 as answered so far (drafts included).
pub fn phq9_item9(answers: &[Option<u8>]) -> Option<u8> {
    answers.get(PHQ9_SELF_HARM_ITEM).copied().flatten()
}

/// Whether the safety panel (nobody watches this app; 988, the emergency number and the
/// clinic one tap away) must show now: as soon as PHQ-9 item 9 is answered above "Not at all",
/// in a draft too. An out-of-range value also counts: corrupted data must never hide the panel.
/// Other scales have no such item (PCL-5 item 9 is about beliefs, not self-harm).
pub fn needs_safety_panel(kind: ScaleKind, answers: &[Option<u8>]) -> bool {
    kind == ScaleKind::Phq9 && phq9_item9(answers).is_some_and(|value| value > 0)
}

#[cfg(test)]
mod tests;
