//! Every string a user sees comes from here.
//!
//! Strings live in one enum per area (`common.rs` holds [`K`]; each feature adds its own file),
//! declared with [`strings!`] as `Key => "English" | "Español"`. A typo in a key is a compile
//! error, English is complete by construction, and a string without Spanish falls back to
//! English for that string alone.
//!
//! The Spanish literals are compiled in natively only (the tests, the help written without
//! WebAssembly). The WebAssembly build carries English alone and reads Spanish from a file
//! fetched when Spanish is in use ([`spanish`]), which a native test writes from these literals.

mod clinic;
mod common;
mod data;
mod escalation;
mod export;
mod journey;
mod locale;
mod lock;
mod mood;
mod no_wasm;
pub mod plan;
mod prepare;
mod reach;
mod records;
mod session;
pub mod spanish;
mod summary;
mod today;
mod words;

pub use clinic::ClinicK;
pub use common::K;
pub use data::DataK;
pub use escalation::EscK;
pub use export::{csv_header, ExportK};
pub use journey::JourneyK;
pub use locale::{
    at_time, clock, clock_near, date_time, day_label, long_date, month_year, month_year_long,
    number, short_date, weekday_long, weekday_short, DateK,
};
pub use lock::LockK;
pub use mood::{band_with_range, bands_list, scale_name, scale_title, severity_word, MoodK};
pub use no_wasm::NoWasmK;
pub use plan::PlanK;
pub use prepare::PrepareK;
pub use reach::ReachK;
pub use records::RecordsK;
pub use session::SessionK;
pub use summary::SummaryK;
pub use today::TodayK;
pub use words::*;

use crate::domain::core::display_style::DisplayStyle;
use crate::domain::core::model::Language;
use yew::prelude::*;

/// A set of user-facing strings (one enum per area of the app).
pub trait Text: Copy + std::fmt::Debug + 'static {
    const ALL: &'static [Self];
    fn en(self) -> &'static str;
    fn es(self) -> Option<&'static str>;
}

/// Declares a string enum: `strings! { /// doc \n Name { Key => "English" | "Español", } }`.
///
/// Natively `es()` is the Spanish literal. In the WebAssembly build the literals are left out
/// and `es()` reads the Spanish table loaded at run time ([`spanish::get`], by the enum's name
/// and the key's position), `None` until it is loaded.
macro_rules! strings {
    ($(#[$doc:meta])* $name:ident { $($key:ident => $en:literal $(| $es:literal)?,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($key,)* }

        impl $crate::ui::i18n::Text for $name {
            const ALL: &'static [Self] = &[$($name::$key,)*];
            fn en(self) -> &'static str {
                match self { $($name::$key => $en,)* }
            }
            #[cfg(not(target_arch = "wasm32"))]
            fn es(self) -> Option<&'static str> {
                match self { $($name::$key => None$(.or(Some($es)))?,)* }
            }
            #[cfg(target_arch = "wasm32")]
            fn es(self) -> Option<&'static str> {
                $crate::ui::i18n::spanish::get(stringify!($name), Self::ALL.len(), self as usize)
            }
        }
    };
}
pub(crate) use strings;

/// A translator for one language: cheap to copy, handed out by [`use_i18n`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub lang: Language,
    /// 12- or 24-hour, month or day first: how [`clock`] and the dates write.
    pub style: DisplayStyle,
}

impl Tr {
    /// A translator with the international style (24-hour, day before month).
    pub fn new(lang: Language) -> Self {
        Tr {
            lang,
            style: DisplayStyle::INTERNATIONAL,
        }
    }

    /// A translator for the patient's own clock and date order.
    pub fn with_style(lang: Language, style: DisplayStyle) -> Self {
        Tr { lang, style }
    }

    pub fn t<T: Text>(self, key: T) -> &'static str {
        lookup(self.lang, key)
    }

    /// A string with `{name}` placeholders filled in.
    pub fn f<T: Text>(self, key: T, args: &[(&str, &str)]) -> String {
        fill(self.t(key), args)
    }

    /// A count in words: `one` for exactly 1 and `many` otherwise (English and Spanish agree
    /// on that rule), with `{n}` and the other placeholders filled in.
    pub fn count<T: Text>(self, n: usize, one: T, many: T, args: &[(&str, &str)]) -> String {
        let n_text = n.to_string();
        let mut all = vec![("n", n_text.as_str())];
        all.extend_from_slice(args);
        fill(self.t(if n == 1 { one } else { many }), &all)
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self.lang {
            Language::En => "en",
            Language::Es => "es",
        }
    }
}

pub fn lookup<T: Text>(lang: Language, key: T) -> &'static str {
    match lang {
        Language::En => key.en(),
        Language::Es => key.es().unwrap_or_else(|| key.en()),
    }
}

pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Picks a supported language from the browser's preference list (`navigator.languages`).
pub fn from_browser(preferred: &[String]) -> Language {
    preferred
        .iter()
        .find_map(|tag| match tag.get(..2).map(|p| p.to_ascii_lowercase()) {
            Some(p) if p == "es" => Some(Language::Es),
            Some(p) if p == "en" => Some(Language::En),
            _ => None,
        })
        .unwrap_or_default()
}

/// The language the patient wants: the saved one, or with none saved the browser's. The shell,
/// the start (`main.rs`, to fetch Spanish first) and Settings (to say when Spanish is missing)
/// all ask this one rule.
pub fn wanted_language(saved: Option<Language>, browser: &[String]) -> Language {
    saved.unwrap_or_else(|| from_browser(browser))
}

#[hook]
pub fn use_i18n() -> Tr {
    use_context::<Tr>().unwrap_or(Tr::new(Language::En))
}

#[cfg(test)]
mod wording;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_one_or_many_in_both_languages() {
        use super::SummaryK as S;
        let cases = [
            (Language::En, 1, "4 Dec: 1 check-in"),
            (Language::En, 0, "4 Dec: 0 check-ins"),
            (Language::En, 2, "4 Dec: 2 check-ins"),
            (Language::Es, 1, "4 Dec: 1 registro"),
            (Language::Es, 3, "4 Dec: 3 registros"),
        ];
        for (lang, n, want) in cases {
            let got = Tr::new(lang).count(n, S::EffectsOfOne, S::EffectsOf, &[("date", "4 Dec")]);
            assert_eq!(got, want, "{lang:?} {n}");
        }
    }

    /// Every string set, for the completeness checks below.
    pub(super) fn all_strings() -> Vec<(String, &'static str, Option<&'static str>)> {
        fn of<T: Text>() -> impl Iterator<Item = (String, &'static str, Option<&'static str>)> {
            let area = std::any::type_name::<T>().rsplit("::").next().unwrap_or("");
            T::ALL
                .iter()
                .map(move |k| (format!("{area}::{k:?}"), k.en(), k.es()))
        }
        of::<K>()
            .chain(of::<PrepareK>())
            .chain(of::<SessionK>())
            .chain(of::<MoodK>())
            .chain(of::<PlanK>())
            .chain(of::<DataK>())
            .chain(of::<JourneyK>())
            .chain(of::<SummaryK>())
            .chain(of::<LockK>())
            .chain(of::<ClinicK>())
            .chain(of::<ExportK>())
            .chain(of::<DateK>())
            .chain(of::<ReachK>())
            .chain(of::<TodayK>())
            .chain(of::<NoWasmK>())
            .chain(of::<EscK>())
            .chain(of::<RecordsK>())
            .collect()
    }

    /// The enum names declared with `strings!` in the files under `dir`.
    fn declared_areas(dir: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("i18n folder").flatten() {
            let path = entry.path();
            if path.is_dir() {
                declared_areas(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("i18n file");
                let mut lines = text.lines();
                while let Some(line) = lines.next() {
                    if line.trim() != "strings! {" {
                        continue;
                    }
                    let name = lines
                        .by_ref()
                        .map(str::trim)
                        .find(|l| !l.starts_with("///"));
                    if let Some(name) = name.and_then(|l| l.strip_suffix(" {")) {
                        out.push(name.to_string());
                    }
                }
            }
        }
    }

    #[test]
    fn all_strings_covers_every_string_enum() {
        let mut declared = Vec::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui/i18n");
        declared_areas(&dir, &mut declared);
        assert!(declared.len() >= 8, "found only {declared:?}");
        let covered: std::collections::HashSet<String> = all_strings()
            .into_iter()
            .filter_map(|(key, _, _)| key.split_once("::").map(|(a, _)| a.to_string()))
            .collect();
        let left_out: Vec<_> = declared
            .iter()
            .filter(|d| !covered.contains(*d) && d.as_str() != "FallbackK")
            .collect();
        assert!(left_out.is_empty(), "add to all_strings(): {left_out:?}");
    }

    #[test]
    fn english_strings_are_never_blank_and_placeholders_fill() {
        for (key, en, _) in all_strings() {
            assert!(!en.trim().is_empty(), "{key} is blank");
        }
        assert_eq!(fill("it has been {h} h", &[("h", "5")]), "it has been 5 h");
    }

    #[test]
    fn every_english_string_has_spanish() {
        let missing: Vec<String> = all_strings()
            .into_iter()
            .filter(|(_, _, es)| es.is_none_or(|es| es.trim().is_empty()))
            .map(|(key, en, _)| format!("{key} (\"{en}\")"))
            .collect();
        assert!(
            missing.is_empty(),
            "{} strings have no Spanish:\n{}",
            missing.len(),
            missing.join("\n")
        );
    }

    strings! {
        /// Test-only: one string with Spanish, one without.
        FallbackK {
            Both => "Both languages" | "Los dos idiomas",
            OnlyEnglish => "Only in English",
        }
    }

    #[test]
    fn a_missing_translation_falls_back_to_english_for_that_string_only() {
        let es = Tr::new(Language::Es);
        assert_eq!(es.t(FallbackK::Both), "Los dos idiomas");
        let shown = es.t(FallbackK::OnlyEnglish);
        assert_eq!(
            shown, "Only in English",
            "English, never blank or a key name"
        );
        assert_ne!(shown, format!("{:?}", FallbackK::OnlyEnglish));
        let missing: Vec<_> = FallbackK::ALL.iter().filter(|k| k.es().is_none()).collect();
        eprintln!("strings shown in English in Spanish mode: {missing:?}");
        assert_eq!(missing, [&FallbackK::OnlyEnglish]);
        for (key, en, es) in all_strings() {
            assert!(!es.unwrap_or(en).trim().is_empty(), "{key} shows blank");
        }
    }

    #[test]
    fn translations_keep_the_same_placeholders() {
        for (key, en, es) in all_strings() {
            let holes = |s: &str| {
                let mut v: Vec<String> = s
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|(h, _)| h.to_string()))
                    .collect();
                v.sort();
                v
            };
            if let Some(es) = es {
                assert_eq!(holes(en), holes(es), "{key}: placeholders differ");
            }
        }
    }

    #[test]
    fn browser_language_picks_spanish_or_defaults_to_english() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(from_browser(&v(&["es-MX", "en"])), Language::Es);
        assert_eq!(from_browser(&v(&["fr-FR", "en-GB"])), Language::En);
        assert_eq!(from_browser(&v(&["de"])), Language::En);
    }
}
