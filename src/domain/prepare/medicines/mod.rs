//! Medicines to raise with the prescriber before a session (clinical-facts.md, "Preparation").
//!
//! The app only ever says "ask your prescriber before your session": usual medicines are taken as
//! normal unless the clinic says otherwise, so nothing here models stopping, skipping or
//! changing a dose. The name lists are a small, common subset (generic names in English and
//! Spanish; brand names used in the US, the UK, Spain and Latin America), not a drug database:
//! a name not found is no all-clear, and the medicines question stays on the checklist either
//! way.

mod names;
#[cfg(test)]
mod tests;

/// A group of medicines the prescriber should know about before a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MedicineClass {
    Benzodiazepine,
    /// Sleep medicines and other sedatives that are not benzodiazepines: "Z-drugs", orexin
    /// blockers, sedating antidepressants and antipsychotics used for sleep, sedating
    /// antihistamines, gabapentinoids, muscle relaxants and barbiturates.
    SleepOrSedative,
    Opioid,
    Stimulant,
    MaoInhibitor,
    Lamotrigine,
}

/// Why the prescriber should know, in the terms of the fact sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FlagReason {
    /// CNS depressants add to the sedation of the session.
    AddsToSedation,
    /// Can raise blood pressure, which ketamine raises too.
    CanRaiseBloodPressure,
    /// The fact sheet lists lamotrigine without a mechanism; it can change how ketamine works.
    AffectsKetamineEffect,
}

/// A medicine name found in what the patient typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MedicineFlag {
    pub class: MedicineClass,
    /// The list entry that matched, as written in the list (e.g. "Xanax").
    pub matched: &'static str,
}

impl MedicineClass {
    pub const ALL: [MedicineClass; 6] = [
        MedicineClass::Benzodiazepine,
        MedicineClass::SleepOrSedative,
        MedicineClass::Opioid,
        MedicineClass::Stimulant,
        MedicineClass::MaoInhibitor,
        MedicineClass::Lamotrigine,
    ];

    pub fn why(self) -> FlagReason {
        match self {
            MedicineClass::Benzodiazepine
            | MedicineClass::SleepOrSedative
            | MedicineClass::Opioid => FlagReason::AddsToSedation,
            MedicineClass::Stimulant | MedicineClass::MaoInhibitor => {
                FlagReason::CanRaiseBloodPressure
            }
            MedicineClass::Lamotrigine => FlagReason::AffectsKetamineEffect,
        }
    }
}

/// The first listed medicine named in `text` (earliest in the text), if any.
pub fn flag(text: &str) -> Option<MedicineFlag> {
    first_matches(text).into_iter().next().map(|(_, f)| f)
}

/// One flag per class named in `text` ("Percocet and Xanax" gives two), in text order.
pub fn flags(text: &str) -> Vec<MedicineFlag> {
    let mut out: Vec<MedicineFlag> = Vec::new();
    for (_, f) in first_matches(text) {
        if !out.iter().any(|seen| seen.class == f.class) {
            out.push(f);
        }
    }
    out
}

/// Every list entry found in `text` with its position, earliest first (longer name first on a
/// tie, so "MS Contin" wins over a shorter entry starting at the same place).
fn first_matches(text: &str) -> Vec<(usize, MedicineFlag)> {
    let hay = fold(text);
    let mut found = Vec::new();
    for class in MedicineClass::ALL {
        for &name in class.names() {
            if let Some(at) = find_word(&hay, &fold(name)) {
                found.push((
                    at,
                    MedicineFlag {
                        class,
                        matched: name,
                    },
                ));
            }
        }
    }
    crate::domain::core::order::by_key(&mut found, |(at, f)| {
        (*at, std::cmp::Reverse(f.matched.len()))
    });
    found
}

/// Byte position of the first occurrence of `needle` in `hay` that stands as whole words:
/// the characters either side are not letters. Digits count as a boundary so that
/// "Xanax0.5mg" still matches.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    hay.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)
    })
}

/// Lower case without accents: "ALPRAZOLÁM" and "alprazolam" fold alike. Combining marks
/// (decomposed accents) are dropped; precomposed Latin letters map to their base letter.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(strip_accent)
        .collect()
}

fn strip_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ř' => 'r',
        'ł' => 'l',
        other => other,
    }
}
