//! GAD-7 wording, exactly as printed on the Pfizer forms (English, and Spanish for the USA).
//! Unlike the PHQ-9, the English stem has no "any of", and item 1 has no comma before "or".
//! The answers and the footer are the same as on the PHQ-9 form, so they are shared with it.
//!
//! Not carried: the paper-marking line, the column-totals row and the unscored difficulty
//! question (the model has no field for it).

use super::phq9::{FREQUENCY_EN, FREQUENCY_ES, PFIZER_ATTRIBUTION_EN, PFIZER_ATTRIBUTION_ES};
use super::ScaleContent;
use crate::domain::core::model::{Language, ScaleKind};

pub(super) const EN: ScaleContent = ScaleContent {
    kind: ScaleKind::Gad7,
    language: Language::En,
    shown_in_english: false,
    preamble: None,
    stem: "Over the last 2 weeks, how often have you been bothered by the following problems?",
    items: &[
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    ],
    options: &FREQUENCY_EN,
    attribution: PFIZER_ATTRIBUTION_EN,
};

pub(super) const ES: ScaleContent = ScaleContent {
    kind: ScaleKind::Gad7,
    language: Language::Es,
    shown_in_english: false,
    preamble: None,
    stem: "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los \
           siguientes problemas?",
    items: &[
        "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
        "No ha sido capaz de parar o controlar su preocupación",
        "Se ha preocupado demasiado por motivos diferentes",
        "Ha tenido dificultad para relajarse",
        "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
        "Se ha molestado o irritado fácilmente",
        "Ha tenido miedo de que algo terrible fuera a pasar",
    ],
    options: &FREQUENCY_ES,
    attribution: PFIZER_ATTRIBUTION_ES,
};
