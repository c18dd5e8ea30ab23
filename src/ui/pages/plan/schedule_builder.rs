//! Schedule presets: a first date and a pattern make a list of dates to check, then add all
//! at once. The presets are examples; the clinic's own schedule comes first.

use crate::domain::core::model::{Appointment, AppointmentKind};
use crate::domain::core::time::{Date, Weekday};
use crate::domain::plan::form::{Field, IntervalUnit, Preset, PresetError, PresetForm, StopRule};
use crate::domain::plan::holidays::public_holiday;
use crate::domain::plan::schedule::MaintenanceInterval;
use crate::ui::data::use_data;
use crate::ui::forms::{bind, bind_change, checked_of};
use crate::ui::i18n::plan::{
    date_label, field_error, holiday_note, kind_label, plan_error, weekday_long,
};
use crate::ui::i18n::{at_time, clock};
use crate::ui::i18n::{use_i18n, ClinicK, PlanK, Tr};
use crate::ui::pages::plan::fields::{input, InputKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScheduleBuilderProps {
    pub today: Date,
    /// Every appointment of the previewed schedule, to add together.
    pub on_add: Callback<Vec<Appointment>>,
}

/// A radio button that sets one choice of the form.
fn radio(
    form: &UseStateHandle<PresetForm>,
    name: &'static str,
    label: &str,
    checked: bool,
    set: impl Fn(&mut PresetForm) + 'static,
) -> Html {
    let onchange = {
        let form = form.clone();
        Callback::from(move |_: Event| {
            let mut next = (*form).clone();
            set(&mut next);
            form.set(next);
        })
    };
    html! {
        <label class="check"><input type="radio" {name} {checked} {onchange} /><span>{ label.to_string() }</span></label>
    }
}

fn weekday_boxes(tr: Tr, form: &UseStateHandle<PresetForm>, hint: Option<PlanK>) -> Html {
    let chosen = form.weekdays();
    html! {
        <fieldset class="field">
            <legend>{ tr.t(PlanK::FieldWeekdays) }</legend>
            if let Some(h) = hint {
                <p class="hint">{ tr.t(h) }</p>
            }
            <div class="row wrap">
                { for Weekday::ALL.into_iter().map(|day| {
                    let onchange = {
                        let form = form.clone();
                        Callback::from(move |e: Event| {
                            let mut next = (*form).clone();
                            let w = next.weekdays();
                            next.set_weekdays(if checked_of(&e) { w.with(day) } else { w.without(day) });
                            form.set(next);
                        })
                    };
                    html! {
                        <label class="check"><input type="checkbox" checked={chosen.contains(day)} {onchange} /><span>{ tr.t(weekday_long(day)) }</span></label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[component]
pub fn ScheduleBuilder(props: &ScheduleBuilderProps) -> Html {
    let tr = use_i18n();
    let today = props.today;
    let settings = use_data().settings();
    let country = settings.country;
    let suggested = settings.schedule_preset.map(|s| Preset::starting(Some(s)));
    let form = use_state(|| PresetForm::new(suggested.unwrap_or(Preset::IvCourse), today));
    let preview = form.preview(today);
    let error_of = |field: Field| match preview {
        Err(PresetError::Field(f, e)) if f == field => Some(field_error(tr, f, e)),
        _ => None,
    };
    let on_add = {
        let (preview, on_add) = (preview.clone(), props.on_add.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(list) = &preview {
                on_add.emit(list.clone());
            }
        })
    };
    let f = &*form;
    let preset_label = |p| match p {
        Preset::IvCourse => PlanK::PresetIv,
        Preset::Esketamine => PlanK::PresetEsketamine,
        Preset::Custom => PlanK::PresetCustom,
    };
    let num = |id, label, value: &str, field, set: fn(&mut PresetForm, String)| {
        input(
            tr,
            id,
            label,
            InputKind::Number,
            value,
            error_of(field),
            bind(&form, set),
        )
    };
    html! {
        <div class="stack">
            <p class="notice">{ tr.t(PlanK::PresetsExamples) }</p>
            <fieldset class="field">
                <legend>{ tr.t(PlanK::PresetChoice) }</legend>
                { for Preset::ALL.into_iter().map(|p| radio(&form, "sb-preset", tr.t(preset_label(p)), f.preset == p, move |f| f.preset = p)) }
                if suggested == Some(f.preset) {
                    <p class="hint">{ tr.t(ClinicK::SuggestedByClinic) }</p>
                }
            </fieldset>
            { input(tr, "sb-start", PlanK::FieldStartDate, InputKind::Date, &f.start_date, error_of(Field::Date), bind(&form, |f, v| f.start_date = v)) }
            { input(tr, "sb-time", PlanK::FieldTime, InputKind::Time, &f.time, error_of(Field::Time), bind(&form, |f, v| f.time = v)) }
            { num("sb-minutes", PlanK::FieldMinutes, &f.minutes, Field::Minutes, |f, v| f.minutes = v) }
            { input(tr, "sb-place", PlanK::FieldPlace, InputKind::Text, &f.place, None, bind(&form, |f, v| f.place = v)) }
            { match f.preset {
                Preset::IvCourse => html! { <>
                    { weekday_boxes(tr, &form, Some(PlanK::WeekdaysHintIv)) }
                    { num("sb-infusions", PlanK::FieldInfusions, &f.infusions, Field::Infusions, |f, v| f.infusions = v) }
                </> },
                Preset::Esketamine => html! { <>
                    { weekday_boxes(tr, &form, Some(PlanK::WeekdaysHintEsketamine)) }
                    <fieldset class="field">
                        <legend>{ tr.t(PlanK::FieldMaintenance) }</legend>
                        { radio(&form, "sb-maint", tr.t(PlanK::MaintenanceWeekly), f.maintenance == MaintenanceInterval::Weekly, |f| f.maintenance = MaintenanceInterval::Weekly) }
                        { radio(&form, "sb-maint", tr.t(PlanK::MaintenanceTwoWeeks), f.maintenance == MaintenanceInterval::EveryTwoWeeks, |f| f.maintenance = MaintenanceInterval::EveryTwoWeeks) }
                    </fieldset>
                    { num("sb-maint-n", PlanK::FieldMaintenanceSessions, &f.maintenance_sessions, Field::MaintenanceSessions, |f, v| f.maintenance_sessions = v) }
                </> },
                Preset::Custom => custom_fields(tr, &form, &error_of),
            } }
            <div aria-live="polite">
                { match &preview {
                    Err(PresetError::Plan(e)) => html! { <p class="danger-note">{ plan_error(tr, *e) }</p> },
                    Err(PresetError::Field(..)) => html! {},
                    Ok(list) => html! { <>
                        <h3 id="sb-dates">{ tr.t(PlanK::PreviewTitle) }</h3>
                        <p class="hint">{ tr.t(PlanK::PreviewNote) }</p>
                        // Scrolls when long: focusable so a keyboard can scroll it too.
                        <ol class="dates" tabindex="0" aria-labelledby="sb-dates">
                            { for list.iter().map(|a| html! {
                                <li>
                                    { format!("{} · {}", at_time(tr, &date_label(tr, a.date, today), &clock(tr, a.time)), tr.t(kind_label(a.kind))) }
                                    if let Some(h) = public_holiday(a.date, country) {
                                        <span class="schedule-builder__holiday">{ holiday_note(tr, h) }</span>
                                    }
                                </li>
                            }) }
                        </ol>
                        <button type="button" class="btn primary wide" onclick={on_add}>
                            { tr.count(list.len(), PlanK::AddThisOne, PlanK::AddThese, &[]) }
                        </button>
                    </> },
                } }
            </div>
        </div>
    }
}

fn custom_fields(
    tr: Tr,
    form: &UseStateHandle<PresetForm>,
    error_of: &dyn Fn(Field) -> Option<String>,
) -> Html {
    let f = &**form;
    let on_kind = bind_change(form, |f, v| {
        if let Some(k) = v
            .parse::<usize>()
            .ok()
            .and_then(|i| AppointmentKind::ALL.get(i))
        {
            f.kind = *k;
        }
    });
    html! { <>
        <div class="field">
            <label for="sb-kind">{ tr.t(PlanK::FieldKind) }</label>
            <select id="sb-kind" onchange={on_kind}>
                { for AppointmentKind::ALL.iter().enumerate().map(|(i, k)| html! {
                    <option value={i.to_string()} selected={*k == f.kind}>{ tr.t(kind_label(*k)) }</option>
                }) }
            </select>
        </div>
        { input(tr, "sb-every", PlanK::FieldEvery, InputKind::Number, &f.interval, error_of(Field::Interval), bind(form, |f, v| f.interval = v)) }
        <fieldset class="field">
            <legend class="visually-hidden">{ tr.t(PlanK::FieldEvery) }</legend>
            { radio(form, "sb-unit", tr.t(PlanK::UnitDays), f.unit == IntervalUnit::Days, |f| f.unit = IntervalUnit::Days) }
            { radio(form, "sb-unit", tr.t(PlanK::UnitWeeks), f.unit == IntervalUnit::Weeks, |f| f.unit = IntervalUnit::Weeks) }
        </fieldset>
        if f.unit == IntervalUnit::Weeks {
            { weekday_boxes(tr, form, None) }
        }
        <fieldset class="field">
            <legend>{ tr.t(PlanK::FieldStop) }</legend>
            { radio(form, "sb-stop", tr.t(PlanK::StopAfter), f.stop == StopRule::AfterCount, |f| f.stop = StopRule::AfterCount) }
            { radio(form, "sb-stop", tr.t(PlanK::StopOn), f.stop == StopRule::OnDate, |f| f.stop = StopRule::OnDate) }
        </fieldset>
        if f.stop == StopRule::AfterCount {
            { input(tr, "sb-count", PlanK::FieldCount, InputKind::Number, &f.count, error_of(Field::Count), bind(form, |f, v| f.count = v)) }
        } else {
            { input(tr, "sb-until", PlanK::FieldUntil, InputKind::Date, &f.until_date, error_of(Field::UntilDate), bind(form, |f, v| f.until_date = v)) }
        }
    </> }
}
