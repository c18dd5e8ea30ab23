//! Medicines to raise with the prescriber before a session (clinical-facts.md, "Preparation").
//!
//! The app only ever says "ask your prescriber before your session": usual medicines are taken as
//! normal unless the clinic says otherwise, so nothing here models stopping, skipping or
//! changing a dose. The name lists are a small, common subset (generic names in English and
//! Spanish; brand names used in the US, the UK, Spain and Latin America), not a drug database:
//! a name not found is no all-clear, and the medicines question stays on the checklist either
//! way.

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

    /// Built-in names for the class, one drug a line: generic (English, then Spanish where it
    /// is spelled differently once accents are ignored) and brand names (US, UK, Spain and
    /// Latin America).
    #[rustfmt::skip]
    pub fn names(self) -> &'static [&'static str] {
        match self {
            MedicineClass::Benzodiazepine => &[
                "alprazolam", "Xanax", "Trankimazin",
                "lorazepam", "Ativan", "Orfidal",
                "clonazepam", "Klonopin", "Rivotril",
                "diazepam", "Valium",
                "temazepam", "Restoril",
                "chlordiazepoxide", "clordiazepóxido", "Librium",
                "oxazepam",
                "triazolam", "Halcion",
                "midazolam",
                "clorazepate", "clorazepato", "Tranxene", "Tranxilium",
                "estazolam",
                "flurazepam",
            ],
            MedicineClass::SleepOrSedative => &[
                // "Z-drugs" and orexin blockers
                "zolpidem", "Ambien", "Edluar", "Intermezzo", "Stilnox", "Dalparan",
                "zopiclone", "zopiclona", "Zimovane", "Imovane", "Datolan", "Limovan",
                "eszopiclone", "eszopiclona", "Lunesta",
                "zaleplon", "Sonata",
                "suvorexant", "Belsomra",
                "lemborexant", "Dayvigo",
                "daridorexant", "Quviviq",
                // Sedating antidepressants and antipsychotics used for sleep
                "trazodone", "trazodona", "Desyrel", "Oleptro", "Molipaxin", "Deprax", "Trittico",
                "mirtazapine", "mirtazapina", "Remeron", "Zispin", "Rexer", "Comenter",
                "quetiapine", "quetiapina", "Seroquel",
                // Sedating antihistamines
                "diphenhydramine", "difenhidramina", "Benadryl", "ZzzQuil", "Nytol",
                "doxylamine", "doxilamina", "Unisom", "Dormidina",
                "hydroxyzine", "hidroxizina", "Vistaril", "Atarax", "Ucerax",
                "promethazine", "prometazina", "Phenergan", "Sominex",
                // Gabapentinoids
                "gabapentin", "gabapentina", "Neurontin", "Gralise", "Horizant",
                "pregabalin", "pregabalina", "Lyrica",
                // Muscle relaxants
                "cyclobenzaprine", "ciclobenzaprina", "Flexeril", "Amrix", "Yurelax",
                "carisoprodol", "Soma",
                "baclofen", "baclofeno", "Lioresal", "Ozobax",
                // Barbiturates
                "phenobarbital", "fenobarbital", "Luminal", "Gardenal",
                "butalbital", "Fioricet", "Fiorinal",
                "secobarbital", "Seconal",
                "pentobarbital", "Nembutal",
            ],
            MedicineClass::Opioid => &[
                "oxycodone", "oxicodona", "OxyContin", "Percocet", "Roxicodone",
                "hydrocodone", "hidrocodona", "Vicodin", "Norco",
                "tramadol", "Ultram",
                "tapentadol", "Nucynta",
                "morphine", "morfina", "MS Contin",
                "hydromorphone", "hidromorfona", "Dilaudid",
                "fentanyl", "fentanilo", "Duragesic",
                "methadone", "metadona",
                "buprenorphine", "buprenorfina", "Suboxone", "Subutex", "Sublocade",
                "codeine", "codeína",
                "oxymorphone",
                "meperidine", "Demerol",
            ],
            MedicineClass::Stimulant => &[
                "methylphenidate", "metilfenidato", "Ritalin", "Concerta",
                "dexmethylphenidate", "Focalin",
                "amphetamine", "anfetamina", "Adderall",
                "dextroamphetamine", "dextroanfetamina", "Dexedrine",
                "lisdexamfetamine", "lisdexanfetamina", "Vyvanse",
                "methamphetamine", "Desoxyn",
                "modafinil", "modafinilo", "Provigil",
                "armodafinil", "Nuvigil",
                "phentermine", "fentermina", "Adipex",
            ],
            MedicineClass::MaoInhibitor => &[
                "phenelzine", "fenelzina", "Nardil",
                "tranylcypromine", "tranilcipromina", "Parnate",
                "isocarboxazid", "isocarboxazida", "Marplan",
                "selegiline", "selegilina", "Emsam", "Eldepryl", "Zelapar",
                "rasagiline", "rasagilina", "Azilect",
                "moclobemide", "moclobemida", "Manerix", "Aurorix",
                // Also MAO inhibitors, though not used for mood
                "linezolid", "linezolida", "Zyvox", "Zyvoxid",
                "methylene blue", "azul de metileno", "ProvayBlue",
            ],
            MedicineClass::Lamotrigine => &["lamotrigine", "lamotrigina", "Lamictal"],
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

#[cfg(test)]
mod tests {
    use super::*;
    use MedicineClass::*;

    #[test]
    fn finds_names_in_free_text() {
        let cases: &[(&str, Option<(MedicineClass, &str)>)] = &[
            ("Xanax 0.5mg at night", Some((Benzodiazepine, "Xanax"))),
            ("ALPRAZOLÁM", Some((Benzodiazepine, "alprazolam"))),
            ("alpra\u{301}zolam", Some((Benzodiazepine, "alprazolam"))),
            ("klonopin, as needed", Some((Benzodiazepine, "Klonopin"))),
            ("Ambien CR 12.5", Some((SleepOrSedative, "Ambien"))),
            ("eszopiclona 2 mg", Some((SleepOrSedative, "eszopiclona"))),
            ("Percocet 5/325", Some((Opioid, "Percocet"))),
            ("ms contin 15mg bid", Some((Opioid, "MS Contin"))),
            ("Codeína", Some((Opioid, "codeína"))),
            ("Suboxone film", Some((Opioid, "Suboxone"))),
            ("Adderall XR", Some((Stimulant, "Adderall"))),
            (
                "lisdexamfetamine (Vyvanse)",
                Some((Stimulant, "lisdexamfetamine")),
            ),
            ("Emsam patch", Some((MaoInhibitor, "Emsam"))),
            ("Nardil", Some((MaoInhibitor, "Nardil"))),
            ("Lamictal XR 200", Some((Lamotrigine, "Lamictal"))),
            ("Xanax0.5mg", Some((Benzodiazepine, "Xanax"))),
            ("Orfidal 1 mg", Some((Benzodiazepine, "Orfidal"))),
            ("Rivotril", Some((Benzodiazepine, "Rivotril"))),
        ];
        for (text, want) in cases {
            let got = flag(text).map(|f| (f.class, f.matched));
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn sleep_medicines_and_sedatives_across_countries() {
        // (what the patient typed, the entry found): generic, US, UK, Spanish and Latin
        // American names for each group the fact sheet lists.
        let cases: &[(&str, &str)] = &[
            ("zolpidem 5 mg", "zolpidem"),
            ("Stilnox", "Stilnox"),
            ("zopiclone 7.5mg", "zopiclone"),
            ("Zimovane at night", "Zimovane"),
            ("Zopiclona", "zopiclona"),
            ("Datolan", "Datolan"),
            ("Lunesta 2 mg", "Lunesta"),
            ("trazodone 50 mg for sleep", "trazodone"),
            ("Molipaxin", "Molipaxin"),
            ("Deprax 100", "Deprax"),
            ("mirtazapina 15 mg", "mirtazapina"),
            ("Zispin SolTab", "Zispin"),
            ("Remeron", "Remeron"),
            ("Comenter", "Comenter"),
            ("quetiapine 25mg", "quetiapine"),
            ("Seroquel XR", "Seroquel"),
            ("Benadryl", "Benadryl"),
            ("difenhidramina", "difenhidramina"),
            ("Nytol", "Nytol"),
            ("doxylamine", "doxylamine"),
            ("Dormidina", "Dormidina"),
            ("Unisom SleepTabs", "Unisom"),
            ("hydroxyzine 25", "hydroxyzine"),
            ("Atarax", "Atarax"),
            ("Phenergan", "Phenergan"),
            ("prometazina", "prometazina"),
            ("gabapentin 300 mg", "gabapentin"),
            ("Neurontin", "Neurontin"),
            ("Lyrica 75", "Lyrica"),
            ("pregabalina", "pregabalina"),
            ("cyclobenzaprine", "cyclobenzaprine"),
            ("Flexeril", "Flexeril"),
            ("Yurelax", "Yurelax"),
            ("Soma 350", "Soma"),
            ("baclofeno 10 mg", "baclofeno"),
            ("Lioresal", "Lioresal"),
            ("Luminal", "Luminal"),
            ("Gardenal", "Gardenal"),
            ("Fiorinal", "Fiorinal"),
        ];
        for (text, matched) in cases {
            assert_eq!(
                flag(text).map(|f| (f.class, f.matched)),
                Some((SleepOrSedative, *matched)),
                "{text}"
            );
            assert_eq!(
                SleepOrSedative.why(),
                FlagReason::AddsToSedation,
                "{text}: raise it because it adds to sedation"
            );
        }
    }

    #[test]
    fn the_missing_mao_inhibitors() {
        let cases: &[(&str, &str)] = &[
            ("linezolid 600 mg", "linezolid"),
            ("Zyvox", "Zyvox"),
            ("Zyvoxid", "Zyvoxid"),
            ("linezolida", "linezolida"),
            ("methylene blue", "methylene blue"),
            ("Methylene Blue injection", "methylene blue"),
            ("azul de metileno", "azul de metileno"),
            ("ProvayBlue", "ProvayBlue"),
            ("moclobemide", "moclobemide"),
            ("Manerix", "Manerix"),
        ];
        for (text, matched) in cases {
            assert_eq!(
                flag(text).map(|f| (f.class, f.matched)),
                Some((MaoInhibitor, *matched)),
                "{text}"
            );
        }
        // "Blue" alone, or methylene in another word, is not the medicine.
        assert_eq!(flag("blue inhaler"), None);
    }

    #[test]
    fn matches_whole_words_only() {
        for text in [
            "sertraline 50 mg",
            "somatropin",         // "Soma" inside a word
            "dextroamphetamines", // a longer word
            "Norcoxx",            // brand followed by letters
            "vitamin D",
            "",
            "   ",
        ] {
            assert_eq!(flag(text), None, "{text}");
        }
        // A longer listed name is not mistaken for a shorter one inside it.
        assert_eq!(
            flag("dextroamphetamine").map(|f| f.matched),
            Some("dextroamphetamine")
        );
    }

    #[test]
    fn several_classes_in_one_line_are_all_found_in_text_order() {
        let got: Vec<_> = flags("Percocet and xanax, plus Ritalin; also oxycodone")
            .into_iter()
            .map(|f| (f.class, f.matched))
            .collect();
        assert_eq!(
            got,
            [
                (Opioid, "Percocet"),
                (Benzodiazepine, "Xanax"),
                (Stimulant, "Ritalin")
            ]
        );
    }

    #[test]
    fn every_class_has_its_reason() {
        let want = [
            (Benzodiazepine, FlagReason::AddsToSedation),
            (SleepOrSedative, FlagReason::AddsToSedation),
            (Opioid, FlagReason::AddsToSedation),
            (Stimulant, FlagReason::CanRaiseBloodPressure),
            (MaoInhibitor, FlagReason::CanRaiseBloodPressure),
            (Lamotrigine, FlagReason::AffectsKetamineEffect),
        ];
        for (class, why) in want {
            assert_eq!(class.why(), why, "{class:?}");
        }
    }

    #[test]
    fn every_listed_name_finds_its_own_class() {
        for class in MedicineClass::ALL {
            for &name in class.names() {
                let upper = format!("took {} today", name.to_uppercase());
                assert_eq!(
                    flag(&upper),
                    Some(MedicineFlag {
                        class,
                        matched: name
                    }),
                    "{name}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics_on_any_text(s in ".{0,40}") {
            let _ = flags(&s);
        }
    }
}
