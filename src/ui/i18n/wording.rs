//! Clinical wording rules that hold for every string, in English and Spanish
//! (clinical-facts.md): one figure for each fact, wherever it is written.

use super::tests::all_strings;

/// Sentences of a string (split at ". ", "? " and ": "), lower-cased.
fn sentences(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split_inclusive(['.', '?', ':'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every (key, language, sentence) where `hit` is true, for rule checks.
fn offending(rule: &dyn Fn(&str, &str) -> bool) -> Vec<String> {
    let mut out = Vec::new();
    for (key, en, es) in all_strings() {
        for (lang, text) in [("en", Some(en)), ("es", es)] {
            for sentence in sentences(text.unwrap_or("")) {
                if rule(lang, &sentence) {
                    out.push(format!("{key} [{lang}]: {sentence}"));
                }
            }
        }
    }
    out
}

#[test]
fn drugs_are_always_recreational_never_medicines() {
    // "No drugs" alone reads as "stop your medicines".
    let bad = offending(&|lang, s| {
        let (word, with) = match lang {
            "en" => ("drug", "recreational drug"),
            _ => ("drogas", "drogas recreativas"),
        };
        s.matches(word).count() > s.matches(with).count()
    });
    assert!(bad.is_empty(), "say recreational:\n{}", bad.join("\n"));
}

#[test]
fn no_alcohol_for_24_hours_not_the_rest_of_the_day() {
    let bad = offending(&|_, s| {
        let day = s.contains("rest of the day") || s.contains("resto del día");
        let figure = s.contains("24 hours") || s.contains("24 horas");
        s.contains("alcohol") && day && !figure
    });
    assert!(bad.is_empty(), "alcohol is 24 hours:\n{}", bad.join("\n"));
    // Where the app states a figure itself (not the clinic's setting), it is 24 hours.
    let bad = offending(&|_, s| {
        s.contains("alcohol") && (s.contains("hour") || s.contains("hora")) && {
            let figure = s.contains("24 hours") || s.contains("24 horas");
            let asks = s.contains("how many") || s.contains("cuántas") || s.contains('(');
            !figure && !asks
        }
    });
    assert!(bad.is_empty(), "alcohol figure:\n{}", bad.join("\n"));
}

#[test]
fn dizziness_lasts_an_hour_or_two_everywhere() {
    let bad = offending(&|lang, s| {
        let (dizzy, hours, figure) = match lang {
            "en" => ("dizz", "hour", "an hour or two"),
            _ => ("mareo", "hora", "una o dos horas"),
        };
        s.contains(dizzy) && s.contains(hours) && !s.contains(figure)
    });
    assert!(bad.is_empty(), "dizziness figure:\n{}", bad.join("\n"));
    // Each place that says how long after-effects last gives the dizziness figure.
    let places = offending(&|lang, s| {
        let (dizzy, figure) = match lang {
            "en" => ("dizz", "an hour or two"),
            _ => ("mareo", "una o dos horas"),
        };
        s.contains(dizzy) && s.contains(figure)
    });
    assert!(
        places.len() >= 4,
        "guide and journey, both languages: {places:?}"
    );
}

#[test]
fn anxiety_is_the_most_common_psychiatric_effect() {
    let bad = offending(&|lang, s| {
        let (anx, common, psych) = match lang {
            "en" => ("anx", "most common", "psychiatric"),
            _ => ("ansiedad", "más común", "psiquiátrico"),
        };
        s.contains(anx) && s.contains(common) && !s.contains(psych)
    });
    assert!(bad.is_empty(), "say psychiatric:\n{}", bad.join("\n"));
}

#[test]
fn after_effects_only_occasionally_come_back() {
    let bad = offending(&|lang, s| {
        let (back, hours, rarely) = match lang {
            "en" => ("come", "hours after", "occasionally"),
            _ => ("vuelve", "horas después", "a veces"),
        };
        s.contains(back) && s.contains(hours) && !s.contains(rarely)
    });
    assert!(bad.is_empty(), "say occasionally:\n{}", bad.join("\n"));
}
