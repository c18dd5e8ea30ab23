//! What a shared support card carries: nothing about the patient unless they tick it (a first
//! name, the clinic's phone), and then only in the link's fragment, which never reaches a server.

use crate::domain::safety::crisis::dial_string;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SharedCard {
    pub first_name: Option<String>,
    pub clinic_phone: Option<String>,
}

/// Longest first name a card carries.
pub const MAX_NAME: usize = 40;

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
        if let Some(p) = self
            .clinic_phone
            .as_deref()
            .map(dial_string)
            .filter(|p| !p.is_empty())
        {
            parts.push(format!("clinic={}", percent_encode(&p)));
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
                "clinic" => {
                    let p = dial_string(&v);
                    if p.trim_start_matches('+').len() >= 3 && p.len() <= 20 {
                        card.clinic_phone = Some(p);
                    }
                }
                _ => {}
            }
        }
        card
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
        };
        let back = SharedCard::from_fragment(&card.to_fragment());
        assert_eq!(back.first_name.as_deref(), Some("Ana María"));
        assert_eq!(back.clinic_phone.as_deref(), Some("5550100199"));
    }

    #[test]
    fn junk_in_a_link_is_ignored() {
        for f in [
            "name=%ZZ",
            "clinic=abc",
            "name=&clinic=",
            "evil=<script>",
            "name=%00x",
        ] {
            assert_eq!(SharedCard::from_fragment(f), SharedCard::default(), "{f}");
        }
        let long = format!("name={}", "a".repeat(MAX_NAME + 1));
        assert_eq!(SharedCard::from_fragment(&long).first_name, None);
    }

    proptest::proptest! {
        #[test]
        fn any_name_round_trips_or_is_dropped(name in "\\PC{0,50}") {
            let card = SharedCard { first_name: Some(name.clone()), clinic_phone: None };
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
