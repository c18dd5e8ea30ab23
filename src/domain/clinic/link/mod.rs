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
mod tests;
