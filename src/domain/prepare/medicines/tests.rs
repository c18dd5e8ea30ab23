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
