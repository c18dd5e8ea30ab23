//! Emergency numbers per country and phone-number checks (clinical-facts.md, "Red flags").
//!
//! These are defaults: the emergency number is a setting. Whom to call on each screen is
//! decided by [`super::escalation`].

use crate::domain::core::model::{Country, Settings};

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
        Country::Us | Country::Ca | Country::Mx => Some("911"),
        Country::Uk => Some("999"),
        Country::Eu | Country::Es => Some("112"),
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

    #[test]
    fn country_default_emergency_numbers() {
        for (country, number) in [
            (Country::Us, Some("911")),
            (Country::Ca, Some("911")),
            (Country::Mx, Some("911")),
            (Country::Uk, Some("999")),
            (Country::Eu, Some("112")),
            (Country::Es, Some("112")),
            (Country::Au, Some("000")),
            (Country::Other, None),
        ] {
            assert_eq!(default_emergency(country), number, "{country:?}");
        }
        let own = Settings {
            country: Country::Uk,
            emergency_number: " 112 ".into(),
            ..Settings::default()
        };
        assert_eq!(emergency_number(&own).as_deref(), Some("112"));
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
