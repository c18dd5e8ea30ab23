//! Words for domain values: the one place a domain enum becomes a key.

use super::K;
use crate::domain::crisis::{Channel, Contact, ContactKind};
use crate::domain::model::Country;

/// The label of a crisis contact, e.g. "Call 988 Suicide & Crisis Lifeline".
pub fn contact_label(c: &Contact, country: Country) -> K {
    use ContactKind::*;
    match (c.kind, c.channel, country) {
        (Emergency, _, _) => K::CrisisEmergency,
        (Clinic, _, _) => K::CrisisClinic,
        (SuicideCrisisLine, Channel::Call, Country::Ca) => K::Crisis988CaCall,
        (SuicideCrisisLine, Channel::Text, Country::Ca) => K::Crisis988CaText,
        (SuicideCrisisLine, Channel::Call, _) => K::Crisis988Call,
        (SuicideCrisisLine, Channel::Text, _) => K::Crisis988Text,
        (SpanishCrisisLine, _, _) => K::CrisisSpanish,
        (VeteransCrisisLine, _, _) => K::CrisisVeterans,
        (TtyRelay, _, _) => K::CrisisTty,
        (CrisisTextLine, _, Country::Ca) => K::CrisisTextLineCa,
        (CrisisTextLine, _, _) => K::CrisisTextLine,
        (Samaritans, _, _) => K::CrisisSamaritans,
        (Nhs111MentalHealth, _, _) => K::CrisisNhs111,
        (Shout, _, _) => K::CrisisShout,
        (Lifeline, Channel::Call, _) => K::CrisisLifeline,
        (Lifeline, Channel::Text, _) => K::CrisisLifelineText,
    }
}
