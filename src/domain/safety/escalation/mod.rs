//! Whom to call, decided in one place for every screen that shows people to call: the crisis
//! panel, red flags on a check-in, PHQ-9 item 9, the support guide and its shared card,
//! hand-over, the locked screen and Today's follow-up card (clinical-facts.md, "Red flags").
//!
//! Input: the situations (several flags may be ticked at once), the country and what the
//! patient saved. Output: an ordered list of contacts, each with its kind (the UI words the
//! label), its `tel:`/`sms:` target and why it is there (the UI words the reason), plus what
//! the patient could add. The list is never empty.

use crate::domain::core::model::{Country, Language, Settings};
use crate::domain::safety::crisis::{default_emergency, dial_string};
use crate::domain::safety::red_flags::Escalation;

mod lines;
#[cfg(test)]
mod tests;

pub use lines::{has_crisis_line, Line};

/// What is happening, least urgent first so that `max` is the most urgent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Situation {
    /// No red flag: "Get help now", the guide, the locked screen. Everyone there is.
    Worry,
    /// Call the clinic now.
    ClinicNow,
    /// Suicidal or self-harm thoughts without a plan: a crisis line, the emergency number and
    /// the clinic.
    CrisisLine,
    /// Call the emergency number first.
    Emergency,
}

impl Situation {
    pub const ALL: [Situation; 4] = [
        Situation::Worry,
        Situation::ClinicNow,
        Situation::CrisisLine,
        Situation::Emergency,
    ];
}

impl From<Escalation> for Situation {
    fn from(e: Escalation) -> Self {
        match e {
            Escalation::CallClinicNow => Situation::ClinicNow,
            Escalation::CrisisLine => Situation::CrisisLine,
            Escalation::Emergency => Situation::Emergency,
        }
    }
}

/// How a contact is reached: a `tel:` or `sms:` link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Call,
    Text,
}

/// Who a contact is; the UI words the label in the patient's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactKind {
    Emergency,
    Clinic,
    SupportPerson,
    Line(Line),
}

/// Why a contact is in the list; the UI words it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// A life may be in danger: the emergency number.
    LifeInDanger,
    /// The emergency number at clinic level: if it gets worse or the clinic does not answer.
    IfWorseOrNoAnswer,
    /// The country's number is not known and none was saved: 112 reaches emergency services
    /// from most mobile phones.
    NoLocalNumberSaved,
    /// A crisis line: someone to talk to now, at any hour.
    TalkNow,
    /// The clinic at clinic level: they know the treatment.
    KnowsYourTreatment,
    /// The clinic at any other level: let them know.
    TellYourClinic,
    /// The support person the patient saved: someone to be with them.
    StayWithYou,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub kind: ContactKind,
    pub channel: Channel,
    /// The number as a person reads it ("(555) 010-0199", "116 123").
    pub number: String,
    /// The `tel:` or `sms:` link.
    pub target: String,
    pub reason: Reason,
}

/// The support person saved on Prepare.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct SupportPerson {
    pub name: String,
    pub phone: String,
}

/// What the patient saved that decides whom to call.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Saved {
    pub clinic_name: String,
    pub clinic_phone: String,
    /// Empty: the country's own number.
    pub emergency_override: String,
    pub support: Option<SupportPerson>,
    /// Spanish speakers get the Spanish options of a line first.
    pub language: Language,
}

impl Saved {
    pub fn from_settings(settings: &Settings, support: Option<SupportPerson>) -> Saved {
        Saved {
            clinic_name: settings.clinic_name.trim().to_string(),
            clinic_phone: settings.clinic_phone.trim().to_string(),
            emergency_override: settings.emergency_number.trim().to_string(),
            support,
            language: settings.language.unwrap_or_default(),
        }
    }

    fn has_clinic(&self) -> bool {
        has_digits(&self.clinic_phone)
    }
}

/// Something the patient could save so that the right people are one tap away.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    ClinicPhone,
    EmergencyNumber,
}

/// The model's answer for one screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The most urgent situation of those given.
    pub situation: Situation,
    /// Never empty; at emergency level the emergency number comes first.
    pub contacts: Vec<Contact>,
    /// What to add in settings, most useful first.
    pub missing: Vec<Missing>,
}

fn has_digits(number: &str) -> bool {
    !dial_string(number).trim_start_matches('+').is_empty()
}

/// The number to show: as the patient typed it, or for a bare North American number the
/// usual "(555) 010-0199".
pub fn format_number(number: &str, country: Country) -> String {
    let typed = number.trim();
    let digits = dial_string(typed);
    if typed != digits || !matches!(country, Country::Us | Country::Ca) {
        return typed.to_string();
    }
    match digits.len() {
        10 => format!("({}) {}-{}", &digits[..3], &digits[3..6], &digits[6..]),
        11 if digits.starts_with('1') => {
            format!("1 ({}) {}-{}", &digits[1..4], &digits[4..7], &digits[7..])
        }
        _ => typed.to_string(),
    }
}

fn contact(kind: ContactKind, channel: Channel, number: &str, body: Option<&str>) -> Contact {
    let digits = dial_string(number);
    let target = match (channel, body) {
        (Channel::Call, _) => format!("tel:{digits}"),
        (Channel::Text, Some(body)) => format!("sms:{digits}?&body={body}"),
        (Channel::Text, None) => format!("sms:{digits}"),
    };
    Contact {
        kind,
        channel,
        number: number.to_string(),
        target,
        // Set by `plan` from the situation.
        reason: Reason::TalkNow,
    }
}

/// Reaches emergency services from most mobile phones; offered only when neither the country
/// nor the patient gave a number.
pub const MOBILE_EMERGENCY_FALLBACK: &str = "112";

/// Whom to call, for every situation given (several flags ticked: the union, ordered for the
/// most urgent). An empty `situations` counts as [`Situation::Worry`].
pub fn plan(situations: &[Situation], country: Country, saved: &Saved) -> Plan {
    let top = situations.iter().copied().max().unwrap_or(Situation::Worry);
    let has = |s: Situation| situations.contains(&s) || s == top;
    let (main_lines, other_lines) = lines::lines(country, saved.language);

    // The emergency number: the patient's own, else the country's, else the mobile fallback.
    let (emergency_number, emergency_known) = if has_digits(&saved.emergency_override) {
        (saved.emergency_override.clone(), true)
    } else if let Some(n) = default_emergency(country) {
        (n.to_string(), true)
    } else {
        (MOBILE_EMERGENCY_FALLBACK.to_string(), false)
    };
    let mut emergency = contact(
        ContactKind::Emergency,
        Channel::Call,
        &emergency_number,
        None,
    );
    emergency.reason = match (emergency_known, top) {
        (false, _) => Reason::NoLocalNumberSaved,
        (true, Situation::ClinicNow) => Reason::IfWorseOrNoAnswer,
        (true, _) => Reason::LifeInDanger,
    };
    let clinic = saved.has_clinic().then(|| {
        let mut c = contact(
            ContactKind::Clinic,
            Channel::Call,
            &format_number(&saved.clinic_phone, country),
            None,
        );
        c.reason = if top == Situation::ClinicNow {
            Reason::KnowsYourTreatment
        } else {
            Reason::TellYourClinic
        };
        c
    });
    let support = saved
        .support
        .as_ref()
        .filter(|p| has_digits(&p.phone))
        .map(|p| {
            let mut c = contact(
                ContactKind::SupportPerson,
                Channel::Call,
                &format_number(&p.phone, country),
                None,
            );
            c.reason = Reason::StayWithYou;
            c
        });

    // Who belongs: the union over every situation given.
    let want_main_lines = has(Situation::CrisisLine)
        || has(Situation::Worry)
        // No clinic saved: someone who answers at any hour instead.
        || (has(Situation::ClinicNow) && clinic.is_none());
    let want_other_lines = has(Situation::Worry);

    let mut out = Vec::new();
    let emergency_first = matches!(top, Situation::Emergency | Situation::Worry);
    if emergency_first {
        out.push(emergency.clone());
    }
    match top {
        Situation::CrisisLine => out.extend(main_lines.iter().cloned()),
        Situation::ClinicNow => match &clinic {
            Some(c) => out.push(c.clone()),
            None => out.extend(main_lines.iter().cloned()),
        },
        _ => {}
    }
    if top == Situation::Emergency && want_main_lines {
        out.extend(main_lines.iter().cloned());
    }
    if !emergency_first {
        out.push(emergency);
    }
    out.extend(clinic.iter().cloned());
    out.extend(support);
    if want_main_lines {
        out.extend(main_lines);
    }
    if want_other_lines {
        out.extend(other_lines);
    }
    // Each contact once, where it first appears.
    let mut seen: Vec<(ContactKind, Channel, String)> = Vec::new();
    out.retain(|c| {
        let key = (c.kind, c.channel, c.target.clone());
        let new = !seen.contains(&key);
        if new {
            seen.push(key);
        }
        new
    });
    for c in &mut out {
        if let ContactKind::Line(_) = c.kind {
            c.reason = Reason::TalkNow;
        }
    }

    let mut missing = Vec::new();
    if clinic.is_none() {
        missing.push(Missing::ClinicPhone);
    }
    if !emergency_known {
        missing.push(Missing::EmergencyNumber);
    }
    Plan {
        situation: top,
        contacts: out,
        missing,
    }
}

/// [`plan`] for the levels a screen has (red flags ticked, PHQ-9 item 9).
pub fn plan_for_levels(levels: &[Escalation], country: Country, saved: &Saved) -> Plan {
    let situations: Vec<Situation> = levels.iter().copied().map(Situation::from).collect();
    plan(&situations, country, saved)
}
