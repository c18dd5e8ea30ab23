//! Emergency and crisis contacts per country (clinical-facts.md, "Red flags").
//!
//! These are defaults: the emergency number is a setting, and a country without known numbers
//! asks the patient to enter them. The panel never shows an empty list.

use crate::domain::core::model::{Country, Settings};

/// How a contact is reached: a `tel:` or `sms:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Call,
    Text,
}

/// What a contact is for; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactKind {
    Emergency,
    Clinic,
    /// 988 Suicide & Crisis Lifeline (US), 9-8-8 (Canada).
    SuicideCrisisLine,
    /// 988 press 1 / text 838255.
    VeteransCrisisLine,
    /// 988 press 2, or text AYUDA to 988.
    SpanishCrisisLine,
    /// TTY users: 711 then 988.
    TtyRelay,
    CrisisTextLine,
    Samaritans,
    Nhs111MentalHealth,
    Shout,
    Lifeline,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactKind,
    pub channel: Channel,
    /// The digits to dial or text.
    pub number: String,
    /// For text lines: the word to send, if any (HOME, AYUDA).
    pub body: Option<&'static str>,
}

impl Contact {
    fn new(kind: ContactKind, channel: Channel, number: &str) -> Self {
        Contact {
            kind,
            channel,
            number: number.to_string(),
            body: None,
        }
    }
    fn with_body(mut self, body: &'static str) -> Self {
        self.body = Some(body);
        self
    }

    /// The `tel:`/`sms:` href. Only digits and a leading `+` reach the link.
    pub fn href(&self) -> String {
        let digits = dial_string(&self.number);
        match (self.channel, self.body) {
            (Channel::Call, _) => format!("tel:{digits}"),
            (Channel::Text, Some(body)) => format!("sms:{digits}?&body={body}"),
            (Channel::Text, None) => format!("sms:{digits}"),
        }
    }
}

/// Strips everything but digits (and one leading `+`) so a typed number is dialable.
pub fn dial_string(number: &str) -> String {
    let trimmed = number.trim();
    let mut out = String::new();
    if trimmed.starts_with('+') {
        out.push('+');
    }
    out.extend(trimmed.chars().filter(char::is_ascii_digit));
    out
}

/// The country's default emergency number, if we know one.
pub fn default_emergency(country: Country) -> Option<&'static str> {
    match country {
        Country::Us | Country::Ca => Some("911"),
        Country::Uk => Some("999"),
        Country::Eu => Some("112"),
        Country::Au => Some("000"),
        Country::Other => None,
    }
}

/// The emergency number in force: the patient's own setting, else the country default.
pub fn emergency_number(settings: &Settings) -> Option<String> {
    let own = settings.emergency_number.trim();
    if !dial_string(own).trim_start_matches('+').is_empty() {
        return Some(own.to_string());
    }
    default_emergency(settings.country).map(str::to_string)
}

/// Everything the crisis panel offers, most urgent first.
pub fn contacts(settings: &Settings) -> Vec<Contact> {
    use Channel::*;
    use ContactKind::*;
    let mut out = Vec::new();
    if let Some(n) = emergency_number(settings) {
        out.push(Contact::new(Emergency, Call, &n));
    }
    if !dial_string(&settings.clinic_phone).is_empty() {
        out.push(Contact::new(Clinic, Call, &settings.clinic_phone));
    }
    match settings.country {
        Country::Us => {
            out.push(Contact::new(SuicideCrisisLine, Call, "988"));
            out.push(Contact::new(SuicideCrisisLine, Text, "988"));
            out.push(Contact::new(SpanishCrisisLine, Text, "988").with_body("AYUDA"));
            out.push(Contact::new(VeteransCrisisLine, Text, "838255"));
            out.push(Contact::new(TtyRelay, Call, "711"));
            out.push(Contact::new(CrisisTextLine, Text, "741741").with_body("HOME"));
        }
        Country::Ca => {
            out.push(Contact::new(SuicideCrisisLine, Call, "988"));
            out.push(Contact::new(SuicideCrisisLine, Text, "988"));
            out.push(Contact::new(CrisisTextLine, Text, "686868"));
        }
        Country::Uk => {
            out.push(Contact::new(Nhs111MentalHealth, Call, "111"));
            out.push(Contact::new(Samaritans, Call, "116123"));
            out.push(Contact::new(Shout, Text, "85258"));
        }
        Country::Au => {
            out.push(Contact::new(Lifeline, Call, "131114"));
            out.push(Contact::new(Lifeline, Text, "0477131114"));
        }
        Country::Eu | Country::Other => {}
    }
    out
}

/// Whether the panel must prompt the patient to add numbers it lacks.
pub fn needs_numbers(settings: &Settings) -> bool {
    emergency_number(settings).is_none() || dial_string(&settings.clinic_phone).is_empty()
}

/// Whether a typed emergency number can be dialled: empty (use the country's default), or
/// 2 to 15 digits with the usual phone punctuation.
pub fn is_valid_emergency_number(number: &str) -> bool {
    let n = number.trim();
    if n.is_empty() {
        return true;
    }
    let allowed = n
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    let digits = n.chars().filter(char::is_ascii_digit).count();
    allowed && (2..=15).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(country: Country, emergency: &str, clinic: &str) -> Settings {
        Settings {
            country,
            emergency_number: emergency.into(),
            clinic_phone: clinic.into(),
            ..Settings::default()
        }
    }

    #[test]
    fn us_defaults_offer_911_and_988_before_any_setup() {
        let c = contacts(&Settings::default());
        assert_eq!(c[0].href(), "tel:911");
        assert!(c.iter().any(|c| c.href() == "tel:988"));
        assert!(c.iter().any(|c| c.href() == "sms:988"));
        assert!(c.iter().any(|c| c.href() == "sms:741741?&body=HOME"));
        assert!(
            needs_numbers(&Settings::default()),
            "no clinic yet: prompt to add it"
        );
    }

    #[test]
    fn own_emergency_number_and_clinic_come_first() {
        let c = contacts(&with(Country::Us, " 112 ", "(555) 010-0199"));
        assert_eq!(c[0].href(), "tel:112");
        assert_eq!(c[1].kind, ContactKind::Clinic);
        assert_eq!(c[1].href(), "tel:5550100199");
    }

    #[test]
    fn country_defaults() {
        for (country, number) in [
            (Country::Ca, "tel:911"),
            (Country::Uk, "tel:999"),
            (Country::Eu, "tel:112"),
            (Country::Au, "tel:000"),
        ] {
            assert_eq!(
                contacts(&with(country, "", ""))[0].href(),
                number,
                "{country:?}"
            );
        }
        assert!(contacts(&with(Country::Uk, "", ""))
            .iter()
            .any(|c| c.href() == "tel:116123"));
    }

    #[test]
    fn unknown_country_asks_for_numbers_but_still_shows_what_it_knows() {
        let s = with(Country::Other, "", "555 0100");
        let c = contacts(&s);
        assert!(emergency_number(&s).is_none());
        assert!(needs_numbers(&s));
        assert_eq!(c.len(), 1, "the clinic is still offered");
        assert!(contacts(&with(Country::Other, "", "")).is_empty());
    }

    #[test]
    fn dial_string_keeps_only_digits_and_leading_plus() {
        assert_eq!(
            dial_string("+44 (0) 20-7946"),
            "+44020 7946".replace(' ', "")
        );
        assert_eq!(dial_string("call me"), "");
        assert_eq!(dial_string("<script>1</script>"), "1");
    }

    #[test]
    fn emergency_numbers_may_be_short_but_must_be_digits() {
        for ok in ["", "911", "000", "112", " 999 ", "+1 (555) 010-0199"] {
            assert!(is_valid_emergency_number(ok), "{ok:?}");
        }
        for bad in ["9", "call 911", "<b>911</b>", "1234567890123456"] {
            assert!(!is_valid_emergency_number(bad), "{bad:?}");
        }
    }
}
