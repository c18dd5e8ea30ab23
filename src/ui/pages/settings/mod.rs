//! Data & settings: language, display, the clinic's and emergency numbers.

mod data;
mod restore;

pub use data::DataPage;

use crate::domain::core::model::{Country, Language, Settings, TextSize, Theme};
use crate::domain::prepare::preparation_form::check_phone;
use crate::domain::safety::crisis;
use crate::platform;
use crate::ui::components::announcer::use_announcer;
use crate::ui::data::use_data;
use crate::ui::forms::{bind, bind_change};
use crate::ui::i18n::{use_i18n, wanted_language, DataK, K};
use crate::ui::routes::Route;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the patient is typing; kept as text so nothing typed is lost on an error.
#[derive(Clone, PartialEq, Default)]
struct Form {
    language: String,
    country: String,
    theme: String,
    text_size: String,
    clinic_name: String,
    clinic_phone: String,
    emergency: String,
    backup_days: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Bad {
    ClinicPhone,
    Emergency,
    BackupDays,
}

const LANGS: [(&str, DataK); 3] = [
    ("", DataK::LanguageAuto),
    ("en", DataK::LanguageEn),
    ("es", DataK::LanguageEs),
];
pub(super) const COUNTRIES: [(&str, Country, DataK); 8] = [
    ("us", Country::Us, DataK::CountryUs),
    ("ca", Country::Ca, DataK::CountryCa),
    ("uk", Country::Uk, DataK::CountryUk),
    ("eu", Country::Eu, DataK::CountryEu),
    ("au", Country::Au, DataK::CountryAu),
    ("es", Country::Es, DataK::CountryEs),
    ("mx", Country::Mx, DataK::CountryMx),
    ("other", Country::Other, DataK::CountryOther),
];
const THEMES: [(&str, Theme, DataK); 3] = [
    ("system", Theme::System, DataK::ThemeSystem),
    ("light", Theme::Light, DataK::ThemeLight),
    ("dark", Theme::Dark, DataK::ThemeDark),
];
const SIZES: [(&str, TextSize, DataK); 3] = [
    ("normal", TextSize::Normal, DataK::TextNormal),
    ("large", TextSize::Large, DataK::TextLarge),
    ("larger", TextSize::Larger, DataK::TextLarger),
];

impl Form {
    fn from(s: &Settings) -> Self {
        let code = |c| COUNTRIES.iter().find(|x| x.1 == c).map_or("us", |x| x.0);
        Form {
            language: match s.language {
                None => "",
                Some(Language::En) => "en",
                Some(Language::Es) => "es",
            }
            .into(),
            country: code(s.country).into(),
            theme: THEMES
                .iter()
                .find(|x| x.1 == s.theme)
                .map_or("system", |x| x.0)
                .into(),
            text_size: SIZES
                .iter()
                .find(|x| x.1 == s.text_size)
                .map_or("normal", |x| x.0)
                .into(),
            clinic_name: s.clinic_name.clone(),
            clinic_phone: s.clinic_phone.clone(),
            emergency: s.emergency_number.clone(),
            backup_days: s.backup_reminder_days.to_string(),
        }
    }

    /// The settings this form describes, or every field that is wrong.
    fn apply(&self, base: &Settings) -> Result<Settings, Vec<Bad>> {
        let mut bad = Vec::new();
        let phone = self.clinic_phone.trim();
        if !phone.is_empty() && check_phone(phone).is_err() {
            bad.push(Bad::ClinicPhone);
        }
        if !crisis::is_valid_emergency_number(&self.emergency) {
            bad.push(Bad::Emergency);
        }
        let days = self
            .backup_days
            .trim()
            .parse::<u16>()
            .ok()
            .filter(|d| *d <= 365);
        if days.is_none() {
            bad.push(Bad::BackupDays);
        }
        if !bad.is_empty() {
            return Err(bad);
        }
        Ok(Settings {
            language: match self.language.as_str() {
                "en" => Some(Language::En),
                "es" => Some(Language::Es),
                _ => None,
            },
            country: COUNTRIES
                .iter()
                .find(|x| x.0 == self.country)
                .map_or(Country::Us, |x| x.1),
            theme: THEMES
                .iter()
                .find(|x| x.0 == self.theme)
                .map_or(Theme::System, |x| x.1),
            text_size: SIZES
                .iter()
                .find(|x| x.0 == self.text_size)
                .map_or(TextSize::Normal, |x| x.1),
            clinic_name: self.clinic_name.trim().to_string(),
            clinic_phone: phone.to_string(),
            emergency_number: self.emergency.trim().to_string(),
            backup_reminder_days: days.unwrap_or(14),
            ..base.clone()
        })
    }
}

fn options<T>(tr: crate::ui::i18n::Tr, list: &[(&'static str, T, DataK)], current: &str) -> Html {
    list.iter()
        .map(|(code, _, label)| html! { <option value={*code} selected={*code == current}>{ tr.t(*label) }</option> })
        .collect()
}

#[component]
pub fn SettingsPage() -> Html {
    let tr = use_i18n();
    let announce = use_announcer();
    let data = use_data();
    let settings = data.settings();
    // Spanish chosen (or the phone's language) but its text not here: the app is in English,
    // and this says why, in both languages.
    let wanted = wanted_language(settings.language, &platform::dom::preferred_languages());
    let spanish_missing = wanted == Language::Es && tr.lang == Language::En;
    let form = use_state(|| Form::from(&settings));
    let errors = use_state(Vec::<Bad>::new);
    let saved = use_state(|| false);

    let onsubmit = {
        let form = form.clone();
        let errors = errors.clone();
        let saved = saved.clone();
        let data = data.clone();
        let announce = announce.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.apply(&data.settings()) {
                Ok(s) => {
                    data.set_settings(s);
                    errors.set(Vec::new());
                    saved.set(true);
                    announce.polite(tr.t(DataK::SettingsSaved));
                }
                Err(bad) => {
                    errors.set(bad);
                    saved.set(false);
                    announce.polite(tr.t(DataK::FixErrors));
                }
            }
        })
    };
    let has = |b: Bad| errors.contains(&b);
    let country = COUNTRIES
        .iter()
        .find(|x| x.0 == form.country)
        .map_or(Country::Us, |x| x.1);
    let emergency_hint = match crisis::default_emergency(country) {
        Some(n) => tr.f(DataK::EmergencyHint, &[("number", n)]),
        None => tr.t(DataK::EmergencyHintUnknown).to_string(),
    };
    let langs: Vec<(&str, (), DataK)> = LANGS.iter().map(|(c, k)| (*c, (), *k)).collect();
    html! {
        <section class="page">
            <h1>{ tr.t(DataK::SettingsTitle) }</h1>
            <p class="hint">{ tr.t(DataK::SettingsIntro) }</p>
            <div>
                if *saved { <p class="ok-note">{ tr.t(DataK::SettingsSaved) }</p> }
                if !errors.is_empty() { <p class="danger-note">{ tr.t(DataK::FixErrors) }</p> }
            </div>
            <form class="card" {onsubmit} novalidate=true>
                <h2>{ tr.t(DataK::SectionClinic) }</h2>
                <div class="field">
                    <label for="s-country">{ tr.t(DataK::Country) }</label>
                    <select id="s-country" onchange={bind_change(&form, |f, v| f.country = v)}>
                        { options(tr, &COUNTRIES, &form.country) }
                    </select>
                    if country == Country::Other {
                        <p class="hint">{ tr.t(DataK::CountryOtherHint) }</p>
                    }
                </div>
                <div class="field">
                    <label for="s-clinic">{ tr.t(DataK::ClinicName) }</label>
                    <input id="s-clinic" type="text" autocomplete="off" value={form.clinic_name.clone()}
                        oninput={bind(&form, |f, v| f.clinic_name = v)} />
                </div>
                <div class="field">
                    <label for="s-clinic-phone">{ tr.t(DataK::ClinicPhone) }</label>
                    <input id="s-clinic-phone" type="tel" autocomplete="off" value={form.clinic_phone.clone()}
                        aria-invalid={has(Bad::ClinicPhone).then_some("true")}
                        aria-describedby={has(Bad::ClinicPhone).then_some("s-clinic-phone-err")}
                        oninput={bind(&form, |f, v| f.clinic_phone = v)} />
                    if has(Bad::ClinicPhone) { <p class="error" id="s-clinic-phone-err">{ tr.t(DataK::PhoneInvalid) }</p> }
                </div>
                <div class="field">
                    <label for="s-emergency">{ tr.t(DataK::EmergencyNumber) }</label>
                    <input id="s-emergency" type="tel" autocomplete="off" value={form.emergency.clone()}
                        aria-invalid={has(Bad::Emergency).then_some("true")}
                        aria-describedby={if has(Bad::Emergency) { "s-emergency-err" } else { "s-emergency-hint" }}
                        oninput={bind(&form, |f, v| f.emergency = v)} />
                    <p class="hint" id="s-emergency-hint">{ emergency_hint }</p>
                    if has(Bad::Emergency) { <p class="error" id="s-emergency-err">{ tr.t(DataK::PhoneInvalid) }</p> }
                </div>
                <h2>{ tr.t(DataK::SectionYou) }</h2>
                <div class="field">
                    <label for="s-lang">{ tr.t(DataK::Language) }</label>
                    <select id="s-lang" aria-describedby={spanish_missing.then_some("s-lang-missing")}
                        onchange={bind_change(&form, |f, v| f.language = v)}>
                        { options(tr, &langs, &form.language) }
                    </select>
                    if spanish_missing {
                        <div class="hint" id="s-lang-missing" role="status">{ for tr.t(DataK::SpanishUnavailable).split(" · ").zip(["en", "es"]).map(|(part, lang)| html! { <p {lang}>{ part }</p> }) }</div>
                    }
                </div>
                <div class="field">
                    <label for="s-theme">{ tr.t(DataK::Theme) }</label>
                    <select id="s-theme" onchange={bind_change(&form, |f, v| f.theme = v)}>
                        { options(tr, &THEMES, &form.theme) }
                    </select>
                </div>
                <div class="field">
                    <label for="s-size">{ tr.t(DataK::TextSize) }</label>
                    <select id="s-size" onchange={bind_change(&form, |f, v| f.text_size = v)}>
                        { options(tr, &SIZES, &form.text_size) }
                    </select>
                </div>
                <div class="field">
                    <label for="s-backup">{ tr.t(DataK::BackupDays) }</label>
                    <input id="s-backup" type="number" inputmode="numeric" min="0" max="365" value={form.backup_days.clone()}
                        aria-invalid={has(Bad::BackupDays).then_some("true")}
                        aria-describedby={has(Bad::BackupDays).then_some("s-backup-err")}
                        oninput={bind(&form, |f, v| f.backup_days = v)} />
                    if has(Bad::BackupDays) { <p class="error" id="s-backup-err">{ tr.t(DataK::NumberInvalid) }</p> }
                </div>
                <button type="submit" class="btn primary wide">{ tr.t(DataK::SaveSettings) }</button>
            </form>
            <p><Link<Route> to={Route::Data} classes="btn secondary wide">{ tr.t(DataK::GoToData) }</Link<Route>></p>
            <p><Link<Route> to={Route::Lock} classes="btn secondary wide">{ tr.t(crate::ui::i18n::LockK::SettingsLink) }</Link<Route>></p>
            <p><Link<Route> to={Route::Summary} classes="btn secondary wide">{ tr.t(crate::ui::i18n::SummaryK::OpenSummary) }</Link<Route>></p>
            <p><Link<Route> to={Route::ClinicSetup} classes="btn ghost wide">{ tr.t(crate::ui::i18n::ClinicK::SettingsLink) }</Link<Route>></p>
            <p><Link<Route> to={Route::Privacy} classes="btn ghost wide">{ tr.t(DataK::PrivacyLink) }</Link<Route>></p>
            <p class="hint">{ tr.t(K::SelfCheckNotice) }</p>
        </section>
    }
}
