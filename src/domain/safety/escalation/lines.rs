//! Each country's crisis lines: which services there are, and their numbers.

use super::{contact, Channel, Contact, ContactKind};
use crate::domain::core::model::{Country, Language};

/// A country's crisis line (its label names the service and, where fixed, the number).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Line {
    /// US 988 Suicide & Crisis Lifeline.
    Us988,
    /// US 988 in Spanish: call 988 and press 2, or text AYUDA to 988.
    Us988Spanish,
    /// Veterans Crisis Line: text 838255 (or 988 and press 1).
    Veterans,
    /// TTY: 711, then 988.
    Tty,
    /// Crisis Text Line: text HOME to 741741.
    CrisisTextLine,
    /// Canada's 9-8-8 Suicide Crisis Helpline.
    Ca988,
    /// Kids Help Phone (Canada, young people): text 686868, call 1-800-668-6868.
    KidsHelpPhone,
    /// NHS 111, option 2 (urgent mental-health help, England).
    Nhs111,
    Samaritans,
    /// Shout: text 85258.
    Shout,
    /// Lifeline Australia: 13 11 14, text 0477 13 11 14.
    Lifeline,
    /// Spain's Línea 024 (suicidal behaviour, 24 h, free).
    Linea024,
    /// Mexico's Línea de la Vida, 800 911 2000 (24 h).
    LineaDeLaVida,
}

/// A country's crisis lines: the main ones (offered in a suicide or self-harm crisis) and the
/// others (for particular people, offered with everyone on "Get help now").
pub(super) fn lines(country: Country, language: Language) -> (Vec<Contact>, Vec<Contact>) {
    use Channel::*;
    let line = |l, ch, n, body| contact(ContactKind::Line(l), ch, n, body);
    match country {
        Country::Us => {
            let english = vec![
                line(Line::Us988, Call, "988", None),
                line(Line::Us988, Text, "988", None),
            ];
            let spanish = vec![
                line(Line::Us988Spanish, Call, "988", None),
                line(Line::Us988Spanish, Text, "988", Some("AYUDA")),
            ];
            let others = vec![
                line(Line::Veterans, Text, "838255", None),
                line(Line::Tty, Call, "711", None),
                line(Line::CrisisTextLine, Text, "741741", Some("HOME")),
            ];
            match language {
                Language::Es => ([spanish, english].concat(), others),
                Language::En => (english, [spanish, others].concat()),
            }
        }
        Country::Ca => (
            vec![
                line(Line::Ca988, Call, "988", None),
                line(Line::Ca988, Text, "988", None),
            ],
            vec![
                line(Line::KidsHelpPhone, Text, "686868", None),
                line(Line::KidsHelpPhone, Call, "1-800-668-6868", None),
            ],
        ),
        Country::Uk => (
            vec![
                line(Line::Samaritans, Call, "116 123", None),
                line(Line::Nhs111, Call, "111", None),
                line(Line::Shout, Text, "85258", None),
            ],
            Vec::new(),
        ),
        Country::Au => (
            vec![
                line(Line::Lifeline, Call, "13 11 14", None),
                line(Line::Lifeline, Text, "0477 13 11 14", None),
            ],
            Vec::new(),
        ),
        Country::Es => (vec![line(Line::Linea024, Call, "024", None)], Vec::new()),
        Country::Mx => (
            vec![line(Line::LineaDeLaVida, Call, "800 911 2000", None)],
            Vec::new(),
        ),
        Country::Eu | Country::Other => (Vec::new(), Vec::new()),
    }
}

/// Whether a country has its own crisis line.
pub fn has_crisis_line(country: Country) -> bool {
    !lines(country, Language::En).0.is_empty()
}
