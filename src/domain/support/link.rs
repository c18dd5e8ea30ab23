//! What a shared support card carries, only in the link's fragment (which never reaches a
//! server): the country and the emergency number, so the support person's phone lists the same
//! people to call, and, only if the patient ticks them, a first name and the clinic's name and
//! phone. A card's link always carries the country, which is how the guide knows it was opened
//! from a card on the support person's own phone.

use crate::domain::core::model::Country;
use crate::domain::safety::crisis::{dial_string, is_valid_emergency_number};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedCard {
    pub first_name: Option<String>,
    pub clinic_phone: Option<String>,
    pub clinic_name: Option<String>,
    pub country: Option<Country>,
    /// The patient's own emergency number, when they set one.
    pub emergency: Option<String>,
}

/// Longest first name a card carries.
pub const MAX_NAME: usize = 40;
/// Longest clinic name a card carries.
pub const MAX_CLINIC_NAME: usize = 60;

/// A phone number kept as typed when it holds only digits and phone punctuation.
fn clean_phone(typed: &str) -> Option<String> {
    let t = typed.trim();
    let ok = t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'));
    let digits = dial_string(t).trim_start_matches('+').len();
    (ok && (3..=20).contains(&digits) && t.len() <= 30).then(|| t.to_string())
}

fn clean_text(v: &str, max: usize) -> Option<String> {
    let v = v.trim();
    (!v.is_empty() && v.chars().count() <= max && !v.chars().any(char::is_control))
        .then(|| v.to_string())
}

fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

impl SharedCard {
    /// The fragment (without `#`); empty when nothing is shared.
    pub fn to_fragment(&self) -> String {
        let mut parts = Vec::new();
        if let Some(n) = self
            .first_name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let n: String = n.chars().take(MAX_NAME).collect();
            parts.push(format!("name={}", percent_encode(&n)));
        }
        if let Some(p) = self.clinic_phone.as_deref().and_then(clean_phone) {
            parts.push(format!("clinic={}", percent_encode(&p)));
        }
        if let Some(n) = self
            .clinic_name
            .as_deref()
            .map(|n| n.trim().chars().take(MAX_CLINIC_NAME).collect::<String>())
            .and_then(|n| clean_text(&n, MAX_CLINIC_NAME))
        {
            parts.push(format!("cn={}", percent_encode(&n)));
        }
        if let Some(country) = self.country {
            parts.push(format!("c={}", country.code()));
        }
        if let Some(e) = self
            .emergency
            .as_deref()
            .map(str::trim)
            .filter(|e| !e.is_empty() && is_valid_emergency_number(e))
        {
            parts.push(format!("e={}", percent_encode(e)));
        }
        parts.join("&")
    }

    /// Reads a fragment; anything unknown, malformed or too long is ignored, never shown.
    pub fn from_fragment(fragment: &str) -> SharedCard {
        let mut card = SharedCard::default();
        for pair in fragment.trim_start_matches('#').split('&') {
            let Some((k, v)) = pair.split_once('=') else {
                continue;
            };
            let Some(v) = percent_decode(v) else { continue };
            match k {
                "name" => {
                    let v = v.trim();
                    if !v.is_empty()
                        && v.chars().count() <= MAX_NAME
                        && !v.chars().any(char::is_control)
                    {
                        card.first_name = Some(v.to_string());
                    }
                }
                "clinic" => card.clinic_phone = clean_phone(&v),
                "cn" => card.clinic_name = clean_text(&v, MAX_CLINIC_NAME),
                "c" => {
                    card.country = Country::from_code(&v);
                }
                "e" => {
                    let e = v.trim();
                    if !e.is_empty() && is_valid_emergency_number(e) {
                        card.emergency = Some(e.to_string());
                    }
                }
                _ => {}
            }
        }
        card
    }

    /// Whether the link came from a card (every card made now carries the country; older
    /// cards carried a name or the clinic's phone).
    pub fn is_card(&self) -> bool {
        *self != SharedCard::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_ticked_shares_nothing() {
        assert_eq!(SharedCard::default().to_fragment(), "");
        assert_eq!(SharedCard::from_fragment(""), SharedCard::default());
    }

    #[test]
    fn a_ticked_name_and_clinic_round_trip() {
        let card = SharedCard {
            first_name: Some("Ana María".into()),
            clinic_phone: Some("(555) 010-0199".into()),
            clinic_name: Some("Clínica Río & Sol".into()),
            country: Some(Country::Uk),
            emergency: Some("112".into()),
        };
        let back = SharedCard::from_fragment(&card.to_fragment());
        assert_eq!(
            back, card,
            "the support person's phone shows the same people"
        );
        assert!(back.is_card());
    }

    #[test]
    fn every_country_round_trips_and_an_old_card_still_reads() {
        for country in Country::ALL {
            let card = SharedCard {
                country: Some(country),
                ..SharedCard::default()
            };
            assert_eq!(SharedCard::from_fragment(&card.to_fragment()), card);
        }
        let old = SharedCard::from_fragment("name=Ana&clinic=5550100199");
        assert_eq!(old.clinic_phone.as_deref(), Some("5550100199"));
        assert_eq!(old.country, None);
        assert!(old.is_card());
        assert!(!SharedCard::from_fragment("").is_card());
    }

    #[test]
    fn junk_in_a_link_is_ignored() {
        for f in [
            "name=%ZZ",
            "clinic=abc",
            "name=&clinic=",
            "evil=<script>",
            "name=%00x",
            "c=mars",
            "e=call%20911",
            "cn=%0A",
            "clinic=555%3Cb%3E",
        ] {
            assert_eq!(SharedCard::from_fragment(f), SharedCard::default(), "{f}");
        }
        let long = format!("name={}", "a".repeat(MAX_NAME + 1));
        assert_eq!(SharedCard::from_fragment(&long).first_name, None);
    }

    proptest::proptest! {
        #[test]
        fn any_name_round_trips_or_is_dropped(name in "\\PC{0,50}") {
            let card = SharedCard { first_name: Some(name.clone()), ..SharedCard::default() };
            let back = SharedCard::from_fragment(&card.to_fragment());
            let want: String = name.trim().chars().take(MAX_NAME).collect();
            let want = want.trim().to_string();
            if want.is_empty() {
                proptest::prop_assert_eq!(back.first_name, None);
            } else {
                proptest::prop_assert_eq!(back.first_name, Some(want));
            }
        }

        #[test]
        fn arbitrary_fragments_never_panic(f in ".{0,200}") {
            let _ = SharedCard::from_fragment(&f);
        }
    }
}
