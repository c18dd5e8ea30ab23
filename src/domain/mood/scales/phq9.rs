//! PHQ-9 wording, exactly as printed on the Pfizer forms distributed by phqscreeners.com:
//! "Patient Health Questionnaire-9 (PHQ-9)" (English) and "Cuestionario sobre la salud del
//! paciente-9 (PHQ-9)" (Spanish for the USA). Checked character by character against
//! transcriptions of both forms; many copies online carry typos or reworded items, so do not
//! "fix" anything here from memory. Punctuation is the form's: the English form prints an em
//! dash in items 6 and 8, the Spanish form an en dash, and item 8 keeps its question mark.
//!
//! Not carried: the paper-marking line `(Use "✔" to indicate your answer)`, the office-coding
//! row, and the unscored difficulty question after item 9 (the model has no field for it).

use super::{AnswerOption, ScaleContent};
use crate::domain::core::model::{Language, ScaleKind};

/// The four answers printed on both Pfizer forms (PHQ-9 and GAD-7), scored 0 to 3.
pub(super) const FREQUENCY_EN: [AnswerOption; 4] = [
    AnswerOption::new(0, "Not at all"),
    AnswerOption::new(1, "Several days"),
    AnswerOption::new(2, "More than half the days"),
    AnswerOption::new(3, "Nearly every day"),
];

pub(super) const FREQUENCY_ES: [AnswerOption; 4] = [
    AnswerOption::new(0, "Ningún día"),
    AnswerOption::new(1, "Varios días"),
    AnswerOption::new(2, "Más de la mitad de los días"),
    AnswerOption::new(3, "Casi todos los días"),
];

/// The footer both Pfizer forms print, word for word.
pub(super) const PFIZER_ATTRIBUTION_EN: &str = "Developed by Drs. Robert L. Spitzer, Janet B.W. \
    Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No \
    permission required to reproduce, translate, display or distribute.";

pub(super) const PFIZER_ATTRIBUTION_ES: &str = "Elaborado por los doctores Robert L. Spitzer, \
    Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por \
    Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.";

pub(super) const EN: ScaleContent = ScaleContent {
    kind: ScaleKind::Phq9,
    language: Language::En,
    shown_in_english: false,
    preamble: None,
    stem: "Over the last 2 weeks, how often have you been bothered by any of the following \
           problems?",
    items: &[
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself \u{2014} or that you are a failure or have let yourself or \
         your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite \
         \u{2014} being so fidgety or restless that you have been moving around a lot more than \
         usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ],
    options: &FREQUENCY_EN,
    attribution: PFIZER_ATTRIBUTION_EN,
};

pub(super) const ES: ScaleContent = ScaleContent {
    kind: ScaleKind::Phq9,
    language: Language::Es,
    shown_in_english: false,
    preamble: None,
    stem: "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los \
           siguientes problemas?",
    items: &[
        "Poco interés o placer en hacer cosas",
        "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
        "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
        "Se ha sentido cansado(a) o con poca energía",
        "Sin apetito o ha comido en exceso",
        "Se ha sentido mal con usted mismo(a) \u{2013} o que es un fracaso o que ha quedado mal \
         con usted mismo(a) o con su familia",
        "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el \
         periódico o ver la televisión",
        "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo \
         contrario \u{2013} muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de \
         lo normal",
        "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
    ],
    options: &FREQUENCY_ES,
    attribution: PFIZER_ATTRIBUTION_ES,
};
