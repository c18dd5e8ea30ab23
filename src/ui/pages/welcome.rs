//! First-run welcome: what the app does, the privacy promise, language and country, and
//! optionally the clinic and the next session. Skippable; never shown again once done.
//!
//! A clinic link accepted before "Start" already set the clinic: the screen says so ("You're
//! set up by ...") and shows its name and phone in the fields. Only a field the patient
//! changed is saved, so "Start" never blanks what the clinic set.

use crate::domain::core::model::{Appointment, AppointmentKind, Country, Language, Settings};
use crate::domain::core::time::{Date, LocalDateTime, TimeOfDay, Zone};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::forms::{bind, bind_change};
use crate::ui::i18n::{use_i18n, ClinicK, DataK, JourneyK as J};
use yew::prelude::*;

#[derive(Clone, PartialEq, Default)]
struct Form {
    language: String,
    /// `None`: untouched, so the stored value shows and stays.
    country: Option<String>,
    clinic_name: Option<String>,
    clinic_phone: Option<String>,
    date: String,
    time: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Problem {
    Past,
    TimeMissing,
}

/// The next session from the form: none when both are empty.
fn next_session(f: &Form) -> Result<Option<(Date, TimeOfDay)>, Problem> {
    let (d, t) = (f.date.trim(), f.time.trim());
    if d.is_empty() && t.is_empty() {
        return Ok(None);
    }
    let (Some(date), Some(time)) = (Date::parse(d), TimeOfDay::parse(t)) else {
        return Err(Problem::TimeMissing);
    };
    let at = BrowserZone.to_instant(LocalDateTime::new(date, time));
    if at < clock::now() {
        return Err(Problem::Past);
    }
    Ok(Some((date, time)))
}

#[component]
pub fn Welcome() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let form = use_state(|| Form {
        language: match tr.lang {
            Language::En => "en".into(),
            Language::Es => "es".into(),
        },
        ..Form::default()
    });
    let problem = use_state(|| None::<Problem>);
    let finish = |keep_answers: bool| {
        let (data, form, problem) = (data.clone(), form.clone(), problem.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut s: Settings = (*data.settings()).clone();
            s.welcome_done = true;
            if keep_answers {
                let session = match next_session(&form) {
                    Ok(v) => v,
                    Err(p) => {
                        problem.set(Some(p));
                        return;
                    }
                };
                s.language = Some(if form.language == "es" {
                    Language::Es
                } else {
                    Language::En
                });
                if let Some(country) = &form.country {
                    s.country = Country::from_code(country).unwrap_or_default();
                }
                if let Some(name) = &form.clinic_name {
                    s.clinic_name = name.trim().into();
                }
                if let Some(phone) = &form.clinic_phone {
                    s.clinic_phone = phone.trim().into();
                }
                if let Some((date, time)) = session {
                    data.add(Appointment {
                        kind: AppointmentKind::Ketamine,
                        date,
                        time,
                        minutes: 60,
                        place: String::new(),
                        notes: String::new(),
                    });
                }
            }
            data.set_settings(s);
        })
    };
    let skip = {
        let f = finish(false);
        Callback::from(move |_: MouseEvent| f.emit(SubmitEvent::new("submit").expect("event")))
    };
    let error = problem.map(|p| match p {
        Problem::Past => J::WelcomePastDate,
        Problem::TimeMissing => J::WelcomeTimeMissing,
    });
    let settings = data.settings();
    let country = form
        .country
        .clone()
        .unwrap_or_else(|| settings.country.code().to_string());
    let clinic_name = form
        .clinic_name
        .clone()
        .unwrap_or_else(|| settings.clinic_name.clone());
    let clinic_phone = form
        .clinic_phone
        .clone()
        .unwrap_or_else(|| settings.clinic_phone.clone());
    let (set_name, set_phone) = (settings.clinic_name.trim(), settings.clinic_phone.trim());
    let set_by = (!set_name.is_empty() || !set_phone.is_empty()).then(|| {
        html! {
            <div class="welcome__set-by" role="status">
                <h2>{ if set_name.is_empty() {
                    tr.t(ClinicK::WelcomeSetByClinic).to_string()
                } else {
                    tr.f(ClinicK::WelcomeSetBy, &[("name", set_name)])
                } }</h2>
                <p>{ if set_phone.is_empty() {
                    tr.t(ClinicK::WelcomeSetByNoPhone).to_string()
                } else {
                    tr.f(ClinicK::WelcomeSetByBody, &[("phone", set_phone)])
                } }</p>
            </div>
        }
    });
    html! {
        <section class="page welcome">
            <h1>{ tr.t(J::WelcomeTitle) }</h1>
            <p class="lead">{ tr.t(J::WelcomeIntro) }</p>
            <p class="ok-note">{ tr.t(J::WelcomePrivacy) }</p>
            <p>{ tr.t(J::WelcomeNotAdvice) }</p>
            { for set_by }
            <form class="card" onsubmit={finish(true)} novalidate=true>
                <div class="field">
                    <label for="w-lang">{ tr.t(DataK::Language) }</label>
                    <select id="w-lang" onchange={bind_change(&form, |f, v| f.language = v)}>
                        <option value="en" selected={form.language == "en"}>{ tr.t(DataK::LanguageEn) }</option>
                        <option value="es" selected={form.language == "es"}>{ tr.t(DataK::LanguageEs) }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="w-country">{ tr.t(DataK::Country) }</label>
                    <select id="w-country" onchange={bind_change(&form, |f, v| f.country = Some(v))}>
                        { for [("us", DataK::CountryUs), ("ca", DataK::CountryCa), ("uk", DataK::CountryUk), ("eu", DataK::CountryEu), ("au", DataK::CountryAu), ("es", DataK::CountryEs), ("mx", DataK::CountryMx), ("other", DataK::CountryOther)]
                            .iter().map(|(v, k)| html! { <option value={*v} selected={country == *v}>{ tr.t(*k) }</option> }) }
                    </select>
                </div>
                <p class="hint">{ tr.t(J::WelcomeOptional) }</p>
                <div class="field">
                    <label for="w-clinic">{ tr.t(DataK::ClinicName) }</label>
                    <input id="w-clinic" type="text" value={clinic_name} oninput={bind(&form, |f, v| f.clinic_name = Some(v))} />
                </div>
                <div class="field">
                    <label for="w-phone">{ tr.t(DataK::ClinicPhone) }</label>
                    <input id="w-phone" type="tel" value={clinic_phone} oninput={bind(&form, |f, v| f.clinic_phone = Some(v))} />
                </div>
                <fieldset class="field">
                    <legend>{ tr.t(J::WelcomeNextSession) }</legend>
                    <label for="w-date">{ tr.t(J::WelcomeDate) }</label>
                    <input id="w-date" type="date" value={form.date.clone()} aria-invalid={error.map(|_| "true")}
                        aria-describedby={error.map(|_| "w-err")} oninput={bind(&form, |f, v| f.date = v)} />
                    <label for="w-time">{ tr.t(J::WelcomeTime) }</label>
                    <input id="w-time" type="time" value={form.time.clone()} aria-invalid={error.map(|_| "true")}
                        aria-describedby={error.map(|_| "w-err")} oninput={bind(&form, |f, v| f.time = v)} />
                    if let Some(k) = error { <p class="error" id="w-err" role="alert">{ tr.t(k) }</p> }
                </fieldset>
                <div class="row wrap">
                    <button type="submit" class="btn primary">{ tr.t(J::WelcomeStart) }</button>
                    <button type="button" class="btn ghost" onclick={skip}>{ tr.t(J::WelcomeSkip) }</button>
                </div>
            </form>
        </section>
    }
}
