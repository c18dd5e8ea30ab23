//! A clinic's setup carried in a link's fragment (`#setup=...`), which never reaches a server:
//! versioned, compact (binary, base64url) and checksummed (CRC-32), so a mistyped or cut-off
//! link is refused with a reason instead of half-applied.
//!
//! Layout, version 1: `[1]` then name, phone, emergency (strings), solid and clear fasting
//! (half-hours, 255 = not set), alcohol before and after (hours), route (0 none, 1 IV, 2 IM,
//! 3 intranasal), arrival minutes (varint), extra and hidden items (lists of strings), schedule
//! preset (0 none, 1 IV course, 2 esketamine), questionnaire days in a course and in
//! maintenance (varints), note (string); then the CRC-32 of all of that, big-endian.

pub use crate::domain::clinic::rules::Field;
use crate::domain::clinic::rules::{
    is_bidi_control, text_ok, ClinicRules, MAX_NAME, MAX_NOTE, MAX_PHONE,
};
use crate::domain::core::base64url;
use crate::domain::core::model::DoseRoute;
pub use crate::domain::plan::schedule::SchedulePreset;
use crate::domain::prepare::preparation_form::check_phone;

pub const VERSION: u8 = 1;
pub const PREFIX: &str = "setup=";
/// The longest fragment read (about 2 KB): a fully filled setup is well under 1 KB, so
/// anything longer was not made by the clinic's form.
pub const MAX_FRAGMENT: usize = 2048;

/// Everything a clinic link carries.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClinicSetup {
    pub clinic_name: String,
    pub clinic_phone: String,
    /// What the link asks the emergency number to be. Links never change it (only the patient
    /// can, in Settings): the preview shows it was asked for and ignored. The clinic's form
    /// leaves it empty; version 1 links keep its place in the bytes.
    pub emergency_number: String,
    pub rules: ClinicRules,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is not a setup link at all.
    NotASetupLink,
    /// Characters that cannot be in the link (a copying mistake).
    Corrupted,
    /// The link ends too early (cut off when copied).
    Truncated,
    /// Longer than any link the clinic's form makes.
    TooLong,
    /// The checksum does not match: a character was changed.
    Checksum,
    /// Made by a newer version of the app.
    NewerVersion(u8),
    /// A version this app never made.
    UnknownVersion(u8),
    /// A value outside what clinics use.
    OutOfRange(Field),
    /// Text with characters that change the order it is shown in (so it could read as
    /// something else).
    HiddenCharacters(Field),
}

// ----- checks ---------------------------------------------------------------------------

fn phone_ok(phone: &str) -> bool {
    text_ok(phone, MAX_PHONE) && (phone.trim().is_empty() || check_phone(phone).is_ok())
}

impl ClinicSetup {
    /// Every field out of range, in form order.
    pub fn problems(&self) -> Vec<Field> {
        let mut bad = self.rules.problems();
        let texts = [
            (text_ok(&self.clinic_name, MAX_NAME), Field::ClinicName),
            (phone_ok(&self.clinic_phone), Field::ClinicPhone),
            (
                self.emergency_number.trim().is_empty()
                    || (text_ok(&self.emergency_number, MAX_PHONE)
                        && crate::domain::safety::crisis::is_valid_emergency_number(
                            &self.emergency_number,
                        )),
                Field::EmergencyNumber,
            ),
            (text_ok(&self.note, MAX_NOTE), Field::Note),
        ];
        bad.extend(texts.iter().filter(|(ok, _)| !ok).map(|(_, f)| *f));
        Field::ALL.into_iter().filter(|f| bad.contains(f)).collect()
    }

    /// The first field out of range, if any.
    pub fn check(&self) -> Result<(), Field> {
        match self.problems().first() {
            Some(field) => Err(*field),
            None => Ok(()),
        }
    }

    /// The first text with reordering characters (checked before the ranges, to name why).
    fn hidden_characters(&self) -> Option<Field> {
        let has = |s: &str| s.chars().any(is_bidi_control);
        [
            (Field::ClinicName, has(&self.clinic_name)),
            (Field::ClinicPhone, has(&self.clinic_phone)),
            (Field::EmergencyNumber, has(&self.emergency_number)),
            (
                Field::ExtraItems,
                self.rules.extra_checklist_items.iter().any(|i| has(i)),
            ),
            (Field::Note, has(&self.note)),
        ]
        .into_iter()
        .find(|(_, bad)| *bad)
        .map(|(f, _)| f)
    }
}

// ----- bytes ----------------------------------------------------------------------------

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn put_varint(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_varint(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

fn half_hours(h: Option<f32>) -> u8 {
    h.map_or(255, |h| (h * 2.0).round().clamp(0.0, 254.0) as u8)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let b = *self.bytes.get(self.at).ok_or(LinkError::Truncated)?;
        self.at += 1;
        Ok(b)
    }
    fn varint(&mut self) -> Result<u32, LinkError> {
        let mut n = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let b = self.byte()?;
            n |= u32::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LinkError::Corrupted)
    }
    fn string(&mut self) -> Result<String, LinkError> {
        let len = self.varint()? as usize;
        let end = self.at.checked_add(len).ok_or(LinkError::Corrupted)?;
        let slice = self.bytes.get(self.at..end).ok_or(LinkError::Truncated)?;
        self.at = end;
        String::from_utf8(slice.to_vec()).map_err(|_| LinkError::Corrupted)
    }
    fn list(&mut self) -> Result<Vec<String>, LinkError> {
        let n = self.varint()? as usize;
        if n > crate::domain::clinic::rules::MAX_ITEMS {
            return Err(LinkError::OutOfRange(Field::ExtraItems));
        }
        (0..n).map(|_| self.string()).collect()
    }
    fn hours(&mut self) -> Result<Option<f32>, LinkError> {
        Ok(match self.byte()? {
            255 => None,
            h => Some(f32::from(h) / 2.0),
        })
    }
}

/// The fragment for a setup (without `#`), e.g. `setup=AQ...`.
pub fn encode(setup: &ClinicSetup) -> Result<String, Field> {
    setup.check()?;
    Ok(format!("{PREFIX}{}", base64url::encode(&to_bytes(setup))))
}

/// The payload with its checksum, whether or not the values are in range.
fn to_bytes(setup: &ClinicSetup) -> Vec<u8> {
    let mut b = vec![VERSION];
    put_str(&mut b, setup.clinic_name.trim());
    put_str(&mut b, setup.clinic_phone.trim());
    put_str(&mut b, setup.emergency_number.trim());
    let r = &setup.rules;
    b.push(half_hours(r.fasting_solid_hours));
    b.push(half_hours(r.fasting_clear_hours));
    b.push(r.no_alcohol_before_hours);
    b.push(r.no_alcohol_after_hours);
    b.push(match r.route {
        None => 0,
        Some(DoseRoute::Iv) => 1,
        Some(DoseRoute::Im) => 2,
        Some(DoseRoute::Intranasal) => 3,
    });
    put_varint(&mut b, u32::from(r.arrival_minutes_before));
    for list in [&r.extra_checklist_items, &r.hidden_checklist_items] {
        put_varint(&mut b, list.len() as u32);
        for item in list {
            put_str(&mut b, item.trim());
        }
    }
    b.push(match r.schedule {
        None => 0,
        Some(SchedulePreset::IvCourse) => 1,
        Some(SchedulePreset::EsketamineInduction) => 2,
    });
    put_varint(&mut b, u32::from(r.questionnaire_days_course));
    put_varint(&mut b, u32::from(r.questionnaire_days_maintenance));
    put_str(&mut b, setup.note.trim());
    let crc = crc32(&b);
    b.extend_from_slice(&crc.to_be_bytes());
    b
}

/// Reads a fragment (with or without `#`). Never panics; nothing is returned half-read.
pub fn decode(fragment: &str) -> Result<ClinicSetup, LinkError> {
    let fragment = fragment.trim_start_matches('#');
    let payload = fragment
        .strip_prefix(PREFIX)
        .ok_or(LinkError::NotASetupLink)?;
    if fragment.len() > MAX_FRAGMENT {
        return Err(LinkError::TooLong);
    }
    let bytes = base64url::decode(payload).ok_or(LinkError::Corrupted)?;
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    match bytes[0] {
        VERSION => {}
        v if v > VERSION => return Err(LinkError::NewerVersion(v)),
        v => return Err(LinkError::UnknownVersion(v)),
    }
    let (body, sum) = bytes.split_at(bytes.len() - 4);
    if crc32(body).to_be_bytes() != sum {
        return Err(LinkError::Checksum);
    }
    let mut r = Reader { bytes: body, at: 1 };
    let setup = ClinicSetup {
        clinic_name: r.string()?,
        clinic_phone: r.string()?,
        emergency_number: r.string()?,
        rules: ClinicRules {
            fasting_solid_hours: r.hours()?,
            fasting_clear_hours: r.hours()?,
            no_alcohol_before_hours: r.byte()?,
            no_alcohol_after_hours: r.byte()?,
            route: match r.byte()? {
                0 => None,
                1 => Some(DoseRoute::Iv),
                2 => Some(DoseRoute::Im),
                3 => Some(DoseRoute::Intranasal),
                _ => return Err(LinkError::Corrupted),
            },
            arrival_minutes_before: u16::try_from(r.varint()?)
                .map_err(|_| LinkError::OutOfRange(Field::Arrival))?,
            extra_checklist_items: r.list()?,
            hidden_checklist_items: r.list()?,
            schedule: match r.byte()? {
                0 => None,
                1 => Some(SchedulePreset::IvCourse),
                2 => Some(SchedulePreset::EsketamineInduction),
                _ => return Err(LinkError::Corrupted),
            },
            questionnaire_days_course: u16::try_from(r.varint()?)
                .map_err(|_| LinkError::OutOfRange(Field::QuestionnaireCourse))?,
            questionnaire_days_maintenance: u16::try_from(r.varint()?)
                .map_err(|_| LinkError::OutOfRange(Field::QuestionnaireMaintenance))?,
        },
        note: r.string()?,
    };
    if r.at != body.len() {
        return Err(LinkError::Corrupted);
    }
    if let Some(field) = setup.hidden_characters() {
        return Err(LinkError::HiddenCharacters(field));
    }
    setup.check().map_err(LinkError::OutOfRange)?;
    Ok(setup)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> ClinicSetup {
        ClinicSetup {
            clinic_name: "Riverside Ketamine & Wellness Clinic".into(),
            clinic_phone: "+1 (555) 010-0199".into(),
            emergency_number: "911".into(),
            rules: ClinicRules {
                fasting_solid_hours: Some(6.0),
                fasting_clear_hours: Some(2.0),
                no_alcohol_before_hours: 24,
                no_alcohol_after_hours: 24,
                route: Some(DoseRoute::Iv),
                arrival_minutes_before: 15,
                extra_checklist_items: vec![
                    "Bring headphones and an eye mask".into(),
                    "Wear layers".into(),
                ],
                hidden_checklist_items: vec!["comfortable_clothes".into()],
                schedule: Some(SchedulePreset::IvCourse),
                questionnaire_days_course: 7,
                questionnaire_days_maintenance: 14,
            },
            note: "Call us if you are unwell on the day: we will move your session.".into(),
        }
    }

    /// A link made by the app before the clinic's rules were gathered into one type: it
    /// still reads to exactly the same setup.
    const EXISTING_LINK: &str = "setup=ASRSaXZlcnNpZGUgS2V0YW1pbmUgJiBXZWxsbmVzcyBDbGluaWMRKzEgKDU1NSkgMDEwLTAxOTkDOTExDAQYGAEPAiBCcmluZyBoZWFkcGhvbmVzIGFuZCBhbiBleWUgbWFzawtXZWFyIGxheWVycwETY29tZm9ydGFibGVfY2xvdGhlcwEHDkBDYWxsIHVzIGlmIHlvdSBhcmUgdW53ZWxsIG9uIHRoZSBkYXk6IHdlIHdpbGwgbW92ZSB5b3VyIHNlc3Npb24u--2Iog";

    #[test]
    fn an_existing_link_decodes_exactly_as_before() {
        assert_eq!(decode(EXISTING_LINK), Ok(full()));
        assert_eq!(encode(&full()).as_deref(), Ok(EXISTING_LINK));
    }

    #[test]
    fn a_full_setup_round_trips_and_fits_a_qr_code() {
        let link = encode(&full()).unwrap();
        println!("fully filled setup link: {} characters", link.len());
        assert!(link.len() < 500, "{} characters", link.len());
        assert_eq!(decode(&format!("#{link}")), Ok(full()));
    }

    #[test]
    fn damaged_links_are_refused_with_the_reason() {
        let link = encode(&full()).unwrap();
        assert_eq!(decode("#name=Ana"), Err(LinkError::NotASetupLink));
        assert_eq!(decode(&format!("{}!", link)), Err(LinkError::Corrupted));
        assert_eq!(decode(&link[..link.len() - 10]), Err(LinkError::Checksum));
        assert_eq!(decode(&link[..PREFIX.len() + 4]), Err(LinkError::Truncated));
        // One character changed in the middle.
        let mut changed: Vec<char> = link.chars().collect();
        let i = changed.len() / 2;
        changed[i] = if changed[i] == 'A' { 'B' } else { 'A' };
        assert_eq!(
            decode(&changed.into_iter().collect::<String>()),
            Err(LinkError::Checksum)
        );
    }

    /// A link made without the form's checks (as anyone can): the bytes, then the CRC.
    fn forged(setup: &ClinicSetup) -> String {
        format!("{PREFIX}{}", base64url::encode(&to_bytes(setup)))
    }

    fn with_version(version: u8) -> String {
        let mut b = to_bytes(&full());
        b[0] = version;
        b.truncate(b.len() - 4);
        let crc = crc32(&b);
        b.extend_from_slice(&crc.to_be_bytes());
        format!("{PREFIX}{}", base64url::encode(&b))
    }

    #[test]
    fn only_known_versions_are_read() {
        assert_eq!(decode(&with_version(1)), Ok(full()));
        assert_eq!(decode(&with_version(2)), Err(LinkError::NewerVersion(2)));
        assert_eq!(
            decode(&with_version(255)),
            Err(LinkError::NewerVersion(255))
        );
        assert_eq!(decode(&with_version(0)), Err(LinkError::UnknownVersion(0)));
    }

    #[test]
    fn a_fragment_over_about_2_kb_is_refused_unread() {
        // A setup as long as the limits allow still fits under the cap.
        let longest = ClinicSetup {
            clinic_name: "N".repeat(MAX_NAME),
            clinic_phone: "1".repeat(MAX_PHONE),
            note: "x".repeat(MAX_NOTE),
            rules: ClinicRules {
                extra_checklist_items: (0..10).map(|i| format!("{i}{}", "y".repeat(59))).collect(),
                ..full().rules
            },
            ..full()
        };
        let link = encode(&longest).expect("within the limits");
        assert!(link.len() <= MAX_FRAGMENT, "{}", link.len());
        assert_eq!(decode(&link), Ok(longest));
        // Padding a valid link past the cap.
        let padded = format!("{PREFIX}{}", "A".repeat(MAX_FRAGMENT));
        assert_eq!(decode(&padded), Err(LinkError::TooLong));
        let mut huge = full();
        huge.note = "z".repeat(3000);
        assert_eq!(decode(&forged(&huge)), Err(LinkError::TooLong));
        // Exactly at the cap is read (and then fails for its own reason).
        let at_cap = format!("{PREFIX}{}", "A".repeat(MAX_FRAGMENT - PREFIX.len()));
        assert_ne!(decode(&at_cap), Err(LinkError::TooLong));
    }

    #[test]
    fn bidi_overrides_and_isolates_are_refused_in_name_note_and_items() {
        for c in [
            '\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
            '\u{2069}', '\u{200F}',
        ] {
            let name = ClinicSetup {
                clinic_name: format!("Bright Path{c} Clinic"),
                ..full()
            };
            assert_eq!(encode(&name), Err(Field::ClinicName));
            assert_eq!(
                decode(&forged(&name)),
                Err(LinkError::HiddenCharacters(Field::ClinicName))
            );
            let note = ClinicSetup {
                note: format!("Fasting: {c}0 h"),
                ..full()
            };
            assert_eq!(
                decode(&forged(&note)),
                Err(LinkError::HiddenCharacters(Field::Note))
            );
            let mut item = full();
            item.rules.extra_checklist_items[0] = format!("Eat {c}normally");
            assert_eq!(
                decode(&forged(&item)),
                Err(LinkError::HiddenCharacters(Field::ExtraItems))
            );
        }
        // Right-to-left text itself is fine.
        let arabic = ClinicSetup {
            clinic_name: "عيادة النور".into(),
            ..full()
        };
        assert_eq!(decode(&encode(&arabic).unwrap()), Ok(arabic));
    }

    #[test]
    fn values_outside_what_clinics_use_are_refused_with_the_field() {
        type Edit = fn(&mut ClinicSetup);
        let cases: &[(Edit, Field)] = &[
            (
                |s| s.rules.fasting_solid_hours = Some(24.5),
                Field::FastingSolid,
            ),
            (
                |s| s.rules.fasting_solid_hours = Some(30.0),
                Field::FastingSolid,
            ),
            (
                |s| s.rules.fasting_clear_hours = Some(100.0),
                Field::FastingClear,
            ),
            (
                |s| s.rules.no_alcohol_before_hours = 73,
                Field::AlcoholBefore,
            ),
            (
                |s| s.rules.no_alcohol_after_hours = 100,
                Field::AlcoholAfter,
            ),
            (|s| s.rules.arrival_minutes_before = 241, Field::Arrival),
            (
                |s| s.rules.questionnaire_days_course = 0,
                Field::QuestionnaireCourse,
            ),
            (
                |s| s.rules.questionnaire_days_maintenance = 91,
                Field::QuestionnaireMaintenance,
            ),
            (
                |s| s.emergency_number = "call".into(),
                Field::EmergencyNumber,
            ),
            (|s| s.note = "x".repeat(MAX_NOTE + 1), Field::Note),
            (
                |s| s.clinic_name = "x".repeat(MAX_NAME + 1),
                Field::ClinicName,
            ),
            (|s| s.clinic_phone = "ring us".into(), Field::ClinicPhone),
            (
                |s| s.rules.hidden_checklist_items = vec!["support_person".into()],
                Field::HiddenItems,
            ),
            (
                |s| s.rules.extra_checklist_items = vec!["".into()],
                Field::ExtraItems,
            ),
        ];
        for (edit, field) in cases {
            let mut setup = full();
            edit(&mut setup);
            assert_eq!(encode(&setup), Err(*field), "{field:?}");
            assert_eq!(
                decode(&forged(&setup)),
                Err(LinkError::OutOfRange(*field)),
                "{field:?}"
            );
        }
        // The edges are allowed, and 0 h of fasting is a value (not "no rule").
        let mut edges = full();
        edges.rules.fasting_solid_hours = Some(0.0);
        edges.rules.fasting_clear_hours = Some(24.0);
        edges.rules.no_alcohol_before_hours = 0;
        edges.rules.no_alcohol_after_hours = 72;
        edges.rules.arrival_minutes_before = 240;
        edges.rules.questionnaire_days_course = 1;
        edges.rules.questionnaire_days_maintenance = 90;
        assert_eq!(decode(&encode(&edges).unwrap()), Ok(edges));
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }

    proptest::proptest! {
        #[test]
        fn any_valid_setup_round_trips(
            name in "[ -~]{0,80}", note in "\\PC{0,60}",
            solid in proptest::option::of(0u8..=48), before in 0u8..=72, arrival in 0u16..=240,
            days in 1u16..=90,
        ) {
            let setup = ClinicSetup {
                clinic_name: name.trim().to_string(),
                note: note.trim().to_string(),
                rules: ClinicRules {
                    fasting_solid_hours: solid.map(|h| f32::from(h) / 2.0),
                    no_alcohol_before_hours: before,
                    arrival_minutes_before: arrival,
                    questionnaire_days_course: days,
                    questionnaire_days_maintenance: days,
                    ..full().rules
                },
                ..full()
            };
            if setup.check().is_ok() {
                proptest::prop_assert_eq!(decode(&encode(&setup).unwrap()), Ok(setup));
            }
        }

        #[test]
        fn arbitrary_fragments_never_panic(f in ".{0,300}", bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = decode(&f);
            let _ = decode(&format!("{PREFIX}{}", base64url::encode(&bytes)));
        }
    }
}
