//! A clinic's setup carried in a link's fragment (`#setup=...`), which never reaches a server:
//! versioned, compact (binary, base64url) and checksummed (CRC-32), so a mistyped or cut-off
//! link is refused with a reason instead of half-applied.
//!
//! Layout, version 1: `[1]` then name, phone, emergency (strings), solid and clear fasting
//! (half-hours, 255 = not set), alcohol before and after (hours), route (0 none, 1 IV, 2 IM,
//! 3 intranasal), arrival minutes (varint), extra and hidden items (lists of strings), schedule
//! preset (0 none, 1 IV course, 2 esketamine), questionnaire days in a course and in
//! maintenance (varints), note (string); then the CRC-32 of all of that, big-endian.

pub use crate::domain::clinic::rules_form::MAX_ARRIVAL_MINUTES;
use crate::domain::core::base64url;
use crate::domain::core::model::Route;
pub use crate::domain::plan::schedule::SchedulePreset;
use crate::domain::prepare::preparation::BuiltinItem;
pub use crate::domain::prepare::preparation_form::MAX_FASTING_HOURS;
use crate::domain::prepare::preparation_form::{check_phone, MAX_NO_ALCOHOL_HOURS};

pub const VERSION: u8 = 1;
pub const PREFIX: &str = "setup=";
pub const MAX_TEXT: usize = 80;
pub const MAX_NOTE: usize = 280;
pub const MAX_ITEMS: usize = 10;
/// The longest checklist item a clinic adds.
pub const MAX_ITEM: usize = 60;
pub const MAX_ALCOHOL_HOURS: u8 = MAX_NO_ALCOHOL_HOURS as u8;
/// Days between questionnaires.
pub const QUESTIONNAIRE_DAYS: std::ops::RangeInclusive<u16> = 1..=90;

/// Everything a clinic can set for its patients.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ClinicSetup {
    pub clinic_name: String,
    pub clinic_phone: String,
    pub emergency_number: String,
    pub fasting_solid_hours: Option<f32>,
    pub fasting_clear_hours: Option<f32>,
    pub no_alcohol_before_hours: u8,
    pub no_alcohol_after_hours: u8,
    pub route: Option<Route>,
    pub arrival_minutes_before: u16,
    pub extra_checklist_items: Vec<String>,
    pub hidden_checklist_items: Vec<String>,
    pub schedule: Option<SchedulePreset>,
    pub questionnaire_days_course: u16,
    pub questionnaire_days_maintenance: u16,
    pub note: String,
}

/// A value the setup cannot hold (also what a decoded link is checked against).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    ClinicName,
    ClinicPhone,
    EmergencyNumber,
    FastingSolid,
    FastingClear,
    AlcoholBefore,
    AlcoholAfter,
    Arrival,
    ExtraItems,
    HiddenItems,
    QuestionnaireDays,
    Note,
}

impl Field {
    /// In the order of the clinic's form.
    pub const ALL: [Field; 12] = [
        Field::ClinicName,
        Field::ClinicPhone,
        Field::EmergencyNumber,
        Field::FastingSolid,
        Field::FastingClear,
        Field::AlcoholBefore,
        Field::AlcoholAfter,
        Field::Arrival,
        Field::ExtraItems,
        Field::HiddenItems,
        Field::QuestionnaireDays,
        Field::Note,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment is not a setup link at all.
    NotASetupLink,
    /// Characters that cannot be in the link (a copying mistake).
    Corrupted,
    /// The link ends too early (cut off when copied).
    Truncated,
    /// The checksum does not match: a character was changed.
    Checksum,
    /// Made by a newer version of the app.
    NewerVersion(u8),
    /// A value outside what clinics use.
    OutOfRange(Field),
}

// ----- checks ---------------------------------------------------------------------------

/// Hours from 0 to `max`, in half hours (what the link carries).
fn hours_ok(h: Option<f32>, max: f32) -> bool {
    h.is_none_or(|h| h.is_finite() && (0.0..=max).contains(&h) && (h * 2.0).fract() == 0.0)
}

fn text_ok(s: &str, max: usize) -> bool {
    s.chars().count() <= max && !s.chars().any(char::is_control)
}

fn items_ok(items: &[String]) -> bool {
    items.len() <= MAX_ITEMS
        && items
            .iter()
            .all(|i| !i.trim().is_empty() && text_ok(i, MAX_ITEM))
}

/// Only the optional built-in items can be hidden, each once.
fn hidden_ok(keys: &[String]) -> bool {
    keys.iter().enumerate().all(|(i, k)| {
        BuiltinItem::ALL
            .into_iter()
            .any(|b| b.can_hide() && b.key() == k)
            && !keys[..i].contains(k)
    })
}

fn phone_ok(phone: &str) -> bool {
    text_ok(phone, 30) && (phone.trim().is_empty() || check_phone(phone).is_ok())
}

impl ClinicSetup {
    /// Every field out of range, in form order.
    pub fn problems(&self) -> Vec<Field> {
        let checks = [
            (text_ok(&self.clinic_name, MAX_TEXT), Field::ClinicName),
            (phone_ok(&self.clinic_phone), Field::ClinicPhone),
            (
                text_ok(&self.emergency_number, 30)
                    && crate::domain::safety::crisis::is_valid_emergency_number(
                        &self.emergency_number,
                    ),
                Field::EmergencyNumber,
            ),
            (
                hours_ok(self.fasting_solid_hours, MAX_FASTING_HOURS),
                Field::FastingSolid,
            ),
            (
                hours_ok(self.fasting_clear_hours, MAX_FASTING_HOURS),
                Field::FastingClear,
            ),
            (
                self.no_alcohol_before_hours <= MAX_ALCOHOL_HOURS,
                Field::AlcoholBefore,
            ),
            (
                self.no_alcohol_after_hours <= MAX_ALCOHOL_HOURS,
                Field::AlcoholAfter,
            ),
            (
                self.arrival_minutes_before <= MAX_ARRIVAL_MINUTES,
                Field::Arrival,
            ),
            (items_ok(&self.extra_checklist_items), Field::ExtraItems),
            (hidden_ok(&self.hidden_checklist_items), Field::HiddenItems),
            (
                QUESTIONNAIRE_DAYS.contains(&self.questionnaire_days_course)
                    && QUESTIONNAIRE_DAYS.contains(&self.questionnaire_days_maintenance),
                Field::QuestionnaireDays,
            ),
            (text_ok(&self.note, MAX_NOTE), Field::Note),
        ];
        checks
            .iter()
            .filter(|(ok, _)| !ok)
            .map(|(_, field)| *field)
            .collect()
    }

    /// The first field out of range, if any.
    pub fn check(&self) -> Result<(), Field> {
        match self.problems().first() {
            Some(field) => Err(*field),
            None => Ok(()),
        }
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
        if n > MAX_ITEMS {
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
    b.push(half_hours(setup.fasting_solid_hours));
    b.push(half_hours(setup.fasting_clear_hours));
    b.push(setup.no_alcohol_before_hours);
    b.push(setup.no_alcohol_after_hours);
    b.push(match setup.route {
        None => 0,
        Some(Route::Iv) => 1,
        Some(Route::Im) => 2,
        Some(Route::Intranasal) => 3,
    });
    put_varint(&mut b, u32::from(setup.arrival_minutes_before));
    for list in [&setup.extra_checklist_items, &setup.hidden_checklist_items] {
        put_varint(&mut b, list.len() as u32);
        for item in list {
            put_str(&mut b, item.trim());
        }
    }
    b.push(match setup.schedule {
        None => 0,
        Some(SchedulePreset::IvCourse) => 1,
        Some(SchedulePreset::EsketamineInduction) => 2,
    });
    put_varint(&mut b, u32::from(setup.questionnaire_days_course));
    put_varint(&mut b, u32::from(setup.questionnaire_days_maintenance));
    put_str(&mut b, setup.note.trim());
    let crc = crc32(&b);
    b.extend_from_slice(&crc.to_be_bytes());
    b
}

/// Reads a fragment (with or without `#`). Never panics; nothing is returned half-read.
pub fn decode(fragment: &str) -> Result<ClinicSetup, LinkError> {
    let payload = fragment
        .trim_start_matches('#')
        .strip_prefix(PREFIX)
        .ok_or(LinkError::NotASetupLink)?;
    let bytes = base64url::decode(payload).ok_or(LinkError::Corrupted)?;
    if bytes.len() < 5 {
        return Err(LinkError::Truncated);
    }
    if bytes[0] > VERSION {
        return Err(LinkError::NewerVersion(bytes[0]));
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
        fasting_solid_hours: r.hours()?,
        fasting_clear_hours: r.hours()?,
        no_alcohol_before_hours: r.byte()?,
        no_alcohol_after_hours: r.byte()?,
        route: match r.byte()? {
            0 => None,
            1 => Some(Route::Iv),
            2 => Some(Route::Im),
            3 => Some(Route::Intranasal),
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
            .map_err(|_| LinkError::OutOfRange(Field::QuestionnaireDays))?,
        questionnaire_days_maintenance: u16::try_from(r.varint()?)
            .map_err(|_| LinkError::OutOfRange(Field::QuestionnaireDays))?,
        note: r.string()?,
    };
    if r.at != body.len() {
        return Err(LinkError::Corrupted);
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
            fasting_solid_hours: Some(6.0),
            fasting_clear_hours: Some(2.0),
            no_alcohol_before_hours: 24,
            no_alcohol_after_hours: 24,
            route: Some(Route::Iv),
            arrival_minutes_before: 15,
            extra_checklist_items: vec![
                "Bring headphones and an eye mask".into(),
                "Wear layers".into(),
            ],
            hidden_checklist_items: vec!["comfortable_clothes".into()],
            schedule: Some(SchedulePreset::IvCourse),
            questionnaire_days_course: 7,
            questionnaire_days_maintenance: 14,
            note: "Call us if you are unwell on the day: we will move your session.".into(),
        }
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

    #[test]
    fn a_newer_version_is_named() {
        let mut b = vec![VERSION + 1, 0, 0];
        let crc = crc32(&b);
        b.extend_from_slice(&crc.to_be_bytes());
        assert_eq!(
            decode(&format!("{PREFIX}{}", base64url::encode(&b))),
            Err(LinkError::NewerVersion(2))
        );
    }

    #[test]
    fn values_outside_what_clinics_use_are_refused() {
        let cases = [
            (
                ClinicSetup {
                    fasting_solid_hours: Some(30.0),
                    ..full()
                },
                Field::FastingSolid,
            ),
            (
                ClinicSetup {
                    fasting_clear_hours: Some(-1.0),
                    ..full()
                },
                Field::FastingClear,
            ),
            (
                ClinicSetup {
                    no_alcohol_after_hours: 100,
                    ..full()
                },
                Field::AlcoholAfter,
            ),
            (
                ClinicSetup {
                    arrival_minutes_before: 600,
                    ..full()
                },
                Field::Arrival,
            ),
            (
                ClinicSetup {
                    questionnaire_days_course: 0,
                    ..full()
                },
                Field::QuestionnaireDays,
            ),
            (
                ClinicSetup {
                    emergency_number: "call".into(),
                    ..full()
                },
                Field::EmergencyNumber,
            ),
            (
                ClinicSetup {
                    note: "x".repeat(MAX_NOTE + 1),
                    ..full()
                },
                Field::Note,
            ),
            (
                ClinicSetup {
                    fasting_solid_hours: Some(6.25),
                    ..full()
                },
                Field::FastingSolid,
            ),
            (
                ClinicSetup {
                    clinic_phone: "ring us".into(),
                    ..full()
                },
                Field::ClinicPhone,
            ),
            (
                ClinicSetup {
                    hidden_checklist_items: vec!["support_person".into()],
                    ..full()
                },
                Field::HiddenItems,
            ),
        ];
        for (setup, field) in cases {
            assert_eq!(encode(&setup), Err(field), "{field:?}");
            // A link made without the checks is refused on reading, naming the field (unless
            // the bytes cannot even hold the value, like -1 hours).
            let link = format!("{PREFIX}{}", base64url::encode(&to_bytes(&setup)));
            match decode(&link) {
                Ok(read) => assert_ne!(read, setup, "{field:?}"),
                Err(e) => assert_eq!(e, LinkError::OutOfRange(field)),
            }
        }
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
                fasting_solid_hours: solid.map(|h| f32::from(h) / 2.0),
                no_alcohol_before_hours: before,
                arrival_minutes_before: arrival,
                questionnaire_days_course: days,
                questionnaire_days_maintenance: days,
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
