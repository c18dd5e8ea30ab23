//! The help a page shows where the app itself cannot run: no WebAssembly (iPhone Lockdown Mode,
//! some managed browsers) or a failed download. It is static HTML inside `index.html`, so its
//! numbers and text are written here from the same domain rules and strings the app uses
//! (the escalation model's contacts and labels, the settings' country list, the support guide's sections) into
//! `assets/help-without-wasm.html`. The test below fails when that file is stale;
//! `UPDATE_HELP_WITHOUT_WASM=1 cargo test --lib help_without_wasm` rewrites it.
//!
//! Every country the settings offer gets its contacts (the browser's region picks which one is
//! open first, see `assets/help-without-wasm.js`); where the region is unknown the neutral entry
//! ("Another country") still offers a number, as the app does with nothing saved: 112, the GSM
//! emergency number that mobile networks route to the local service in most countries.

use super::settings::COUNTRIES;
use super::support::SECTIONS;
use crate::domain::core::model::{Country, Language};
use crate::domain::safety::escalation::{plan, Channel, ContactKind, Saved};
use crate::ui::components::who_to_call::label;
use crate::ui::i18n::{EscK, NoWasmK, Tr, K};

const FILE: &str = "assets/help-without-wasm.html";

/// The browser regions (ISO 3166-1 alpha-2, as in `navigator.language`'s `en-US`) that pick a
/// country. A new `Country` must be placed here (the match is exhaustive on purpose).
fn regions(country: Country) -> &'static [&'static str] {
    match country {
        Country::Us => &["US", "PR", "VI", "GU", "AS", "MP"],
        Country::Ca => &["CA"],
        Country::Uk => &["GB", "UK", "IM", "JE", "GG"],
        Country::Eu => &[
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "SE",
        ],
        Country::Au => &["AU"],
        Country::Es => &["ES"],
        Country::Mx => &["MX"],
        Country::Other => &[],
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn contacts(tr: Tr, country: Country) -> String {
    // Nothing saved (the app never opened): everyone the app's own "Get help now" offers for
    // this country and language (no situation given: the emergency number, then every line).
    let saved = Saved {
        language: tr.lang,
        ..Saved::default()
    };
    let found = plan(&[], country, &saved);
    let mut out = String::from("<ul class=\"nowasm__contacts\">\n");
    for c in &found.contacts {
        let label = label(tr, c, &saved, true);
        let class = match (c.kind, c.channel) {
            (ContactKind::Emergency, _) => "nowasm__contact nowasm__contact--urgent",
            (_, Channel::Call) => "nowasm__contact nowasm__contact--call",
            (_, Channel::Text) => "nowasm__contact nowasm__contact--text",
        };
        out += &format!(
            "<li><a class=\"{class}\" href=\"{}\">{}</a></li>\n",
            escape(&c.target),
            escape(&label)
        );
    }
    out + "</ul>\n"
}

fn list(tr: Tr, title: K, items: &[K]) -> String {
    let mut out = format!(
        "<section class=\"nowasm__step\">\n<h3>{}</h3>\n<ol>\n",
        escape(tr.t(title))
    );
    for k in items {
        out += &format!("<li>{}</li>\n", escape(tr.t(*k)));
    }
    out + "</ol>\n</section>\n"
}

fn language(lang: Language) -> String {
    let tr = Tr::new(lang);
    let t = |k: K| escape(tr.t(k));
    let n = |k: NoWasmK| escape(tr.t(k));
    let mut out = format!(
        "<div class=\"nowasm__lang\" lang=\"{}\" hidden>\n",
        tr.tag()
    );
    out += &format!("<h1 class=\"nowasm__title\">{}</h1>\n", t(K::CrisisTitle));
    out += &format!(
        "<p class=\"nowasm__why\" data-why=\"no-wasm\" hidden>{}</p>\n",
        n(NoWasmK::WhyNoWasm)
    );
    out += &format!(
        "<p class=\"nowasm__why\" data-why=\"failed\" hidden>{}</p>\n",
        n(NoWasmK::WhyFailed)
    );
    out += &format!(
        "<p class=\"nowasm__why\" data-why=\"loading\" hidden>{}</p>\n",
        n(NoWasmK::WhyLoading)
    );
    out += &format!(
        "<p class=\"nowasm__why\" data-why=\"framed\" hidden>{}</p>\n",
        n(NoWasmK::Framed)
    );
    out += &format!(
        "<p class=\"nowasm__lead\"><strong>{}</strong></p>\n",
        t(K::CrisisDanger)
    );
    out += &format!(
        "<h2 class=\"nowasm__countries-title\">{}</h2>\n<div class=\"nowasm__countries\">\n",
        n(NoWasmK::OtherCountries)
    );
    for (slug, country, name) in COUNTRIES {
        out += &format!(
            "<details class=\"nowasm__country\" data-country=\"{slug}\" data-regions=\"{}\">\n<summary>{}</summary>\n",
            regions(country).join(" "),
            escape(tr.t(name))
        );
        if country == Country::Other {
            out += &format!("<p>{}</p>\n", n(NoWasmK::Neutral));
        }
        out += &contacts(tr, country);
        out += "</details>\n";
    }
    out += "</div>\n<section class=\"nowasm__guide\">\n";
    out += &format!(
        "<h2>{}</h2>\n<p>{}</p>\n",
        t(K::SupportTitle),
        t(K::SupportIntro)
    );
    // The same order as the guide page: three sections, the red flags, the rest.
    let (before, after) = SECTIONS.split_at(3);
    for (title, items) in before {
        out += &list(tr, *title, items);
    }
    out += &format!(
        "<section class=\"nowasm__step nowasm__step--alert\">\n<h3>{}</h3>\n<p>{}</p>\n<p>{}</p>\n<p>{}</p>\n</section>\n",
        t(K::SupportRedFlagsTitle),
        escape(tr.t(EscK::GuideEmergency)),
        escape(tr.t(EscK::GuideCrisis)),
        escape(tr.t(EscK::GuideClinic))
    );
    for (title, items) in after {
        out += &list(tr, *title, items);
    }
    out += &format!(
        "<p class=\"nowasm__hint\">{}</p>\n</section>\n</div>\n",
        t(K::SelfCheckNotice)
    );
    out
}

/// Markup the page keeps as text until it is needed: a `<script type="text/html">` is read by
/// the browser's parser as raw text (no elements built, no style), which a warm start would
/// otherwise pay for on every open (issue #22: the help and the first-visit picture were 26 KB
/// of the 34 KB page); `assets/help-without-wasm.js` turns it into elements only when it shows
/// them. Being text, it can never run: the browser runs no script of this type.
pub(super) fn as_text(id: &str, html: &str) -> String {
    // No script inside (nor the `</script` that would end the container early).
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("<script") && !lower.contains("</script"),
        "{id}: the text is data, never code, and must not end its container"
    );
    format!("<script type=\"text/html\" id=\"{id}\">\n{html}</script>\n")
}

/// The whole fragment: the hidden help landmark (a `div`, not `main`: while the app loads, the
/// page has no `main` of its own), empty, and one hidden block per language beside it as text
/// (`as_text`), which the page's script puts in the landmark when it shows the help.
pub fn render() -> String {
    let mut blocks = String::new();
    for lang in [Language::En, Language::Es] {
        blocks += &language(lang);
    }
    String::from(
        "<!-- Generated by src/ui/pages/help_without_wasm.rs from the app's crisis numbers and \
         strings: do not edit. UPDATE_HELP_WITHOUT_WASM=1 cargo test --lib help_without_wasm -->\n\
         <div id=\"nowasm\" class=\"nowasm\" role=\"main\" hidden></div>\n",
    ) + &as_text("nowasm-text", &blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn help_without_wasm_file_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let fresh = render();
        if std::env::var_os("UPDATE_HELP_WITHOUT_WASM").is_some() {
            std::fs::write(&path, &fresh).expect("write the help file");
        }
        let stored = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            stored == fresh,
            "{FILE} is stale (the crisis numbers or the guide changed): run \
             UPDATE_HELP_WITHOUT_WASM=1 cargo test --lib help_without_wasm and commit it"
        );
    }

    #[test]
    fn every_country_offers_an_emergency_call_first() {
        for (slug, country, _) in COUNTRIES {
            let html = contacts(Tr::new(Language::En), country);
            let first = html.lines().nth(1).unwrap_or_default();
            assert!(
                first.contains("nowasm__contact--urgent") && first.contains("href=\"tel:"),
                "{slug}: {first}"
            );
        }
    }

    #[test]
    fn each_region_picks_one_country() {
        let mut seen = HashSet::new();
        for (_, country, _) in COUNTRIES {
            for r in regions(country) {
                assert!(seen.insert(*r), "{r} is listed twice");
                assert!(r.len() == 2 && r.chars().all(|c| c.is_ascii_uppercase()));
            }
        }
        assert!(seen.contains("US") && seen.contains("GB") && seen.contains("AU"));
    }

    #[test]
    fn both_languages_carry_the_guide_and_the_why() {
        let html = render();
        for (lang, title, why) in [
            (Language::En, K::SupportTitle, NoWasmK::WhyNoWasm),
            (Language::Es, K::SupportTitle, NoWasmK::WhyNoWasm),
        ] {
            let tr = Tr::new(lang);
            assert!(html.contains(&escape(tr.t(title))), "{lang:?}");
            assert!(html.contains(&escape(tr.t(why))), "{lang:?}");
        }
        assert!(html.contains("href=\"tel:988\""));
        assert!(html.contains("href=\"tel:112\""));
        // The blocks are text in one container of a type the browser never runs (`as_text`).
        assert_eq!(html.matches("<script").count(), 1);
        assert!(html.contains("<script type=\"text/html\" id=\"nowasm-text\">"));
    }
}
