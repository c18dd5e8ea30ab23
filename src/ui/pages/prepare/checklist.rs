//! The checklist for the next session: each item tickable, with the exact clock times the
//! clinic's rules give for this session.

use super::words;
use crate::domain::core::model::{DoseRoute, Medicine};
use crate::domain::core::time::Zone;
use crate::domain::prepare::medicines;
use crate::domain::prepare::next_session::Upcoming;
use crate::domain::prepare::preparation::{
    self, BuiltinItem, ItemKey, StepKind, TimedStep, WHAT_TO_BRING,
};
use crate::platform::clock::{self, BrowserZone};
use crate::ui::data::use_data;
use crate::ui::i18n::{clock_near, use_i18n, PrepareK as P, Tr};
use crate::ui::routes::Route;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistCardProps {
    pub upcoming: Rc<Upcoming>,
    /// When the session is and how ready the patient is, above the items.
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn ChecklistCard(props: &ChecklistCardProps) -> Html {
    let tr = use_i18n();
    let data = use_data();
    let settings = data.settings();
    let doc = data.doc();
    let upcoming = props.upcoming.clone();
    let checklist = &upcoming.checklist;
    let now = clock::now();
    let steps = preparation::timeline(upcoming.session(), &settings, &BrowserZone);
    // A time not today says its day ("01:30 tomorrow", "01:30 on Fri 4 Dec"), so it is
    // never read as the wrong night.
    let today = BrowserZone.to_local(now).date;
    let at = |kind: StepKind| -> Option<String> {
        let s: &TimedStep = steps.iter().find(|s| s.kind == kind)?;
        Some(clock_near(tr, s.at, today))
    };
    let alcohol_ahead = steps
        .iter()
        .any(|s| s.kind == StepKind::NoAlcoholFrom && s.instant > now);
    let toggle = {
        let appointment = upcoming.id.clone();
        Callback::from(move |(key, done): (String, bool)| {
            data.tick_checklist(appointment.clone(), key, done);
        })
    };
    let flagged: Vec<String> = doc
        .live::<Medicine>()
        .flat_map(|(_, m)| {
            medicines::flags(&m.name)
                .into_iter()
                .map(|f| format!("{}: {}", m.name.trim(), tr.t(words::reason(f.class.why()))))
        })
        .collect();
    let item_html = |index: usize, item: &ItemKey| -> Html {
        let key = item.to_string();
        let id = format!("prep-item-{index}");
        let checked = checklist.done.contains(&key);
        // An item that applies from a time still ahead cannot be ticked yet (a tick already
        // there stays changeable).
        let from = preparation::tick_from(item, &steps).filter(|from| *from > now);
        let disabled = from.is_some() && !checked;
        let hint_id = format!("{id}-from");
        let onchange = toggle.reform(move |e: Event| {
            let ticked = e.target_unchecked_into::<HtmlInputElement>().checked();
            (key.clone(), ticked)
        });
        let (label, details) = match item {
            ItemKey::Extra(text) => (text.clone(), html! {}),
            ItemKey::Builtin(b) => builtin(
                tr,
                *b,
                &BuiltinCtx {
                    solid: at(StepKind::StopSolidFood),
                    clear: at(StepKind::StopClearLiquids),
                    alcohol_from: at(StepKind::NoAlcoholFrom),
                    alcohol_until: at(StepKind::NoAlcoholUntil),
                    alcohol_ahead,
                    flagged: &flagged,
                    route: settings.route,
                    support_name: checklist.support_name.trim(),
                },
            ),
        };
        html! {
            <li class="prep-item">
                <label class="check" for={id.clone()}>
                    <input type="checkbox" id={id} {checked} {disabled} {onchange}
                        aria-describedby={disabled.then(|| hint_id.clone())} />
                    <span>{ label }</span>
                </label>
                { details }
                if disabled {
                    if let Some(from) = from {
                        <p class="hint prep-item__from" id={hint_id}>
                            { tr.f(P::TickFrom, &[("time", &clock_near(tr, BrowserZone.to_local(from), today))]) }
                        </p>
                    }
                }
            </li>
        }
    };
    html! {
        <section class="card" aria-labelledby="checklist-title">
            <h2 id="checklist-title">{ tr.t(P::ChecklistHeading) }</h2>
            { props.children.clone() }
            <p class="hint">{ tr.t(P::ChecklistHint) }</p>
            <ul class="checklist">
                { for preparation::items(&settings).iter().enumerate().map(|(i, item)| item_html(i, item)) }
            </ul>
        </section>
    }
}

struct BuiltinCtx<'a> {
    solid: Option<String>,
    clear: Option<String>,
    alcohol_from: Option<String>,
    alcohol_until: Option<String>,
    /// The no-alcohol time has not begun yet: "From 09:30, Thu 3 Dec", not "None since".
    alcohol_ahead: bool,
    flagged: &'a [String],
    route: Option<DoseRoute>,
    support_name: &'a str,
}

/// A built-in item's label and the details under it.
fn builtin(tr: Tr, item: BuiltinItem, cx: &BuiltinCtx) -> (String, Html) {
    let line = |key: P, time: &Option<String>| -> Html {
        match time {
            Some(t) => html! { <li>{ tr.f(key, &[("time", t)]) }</li> },
            None => html! {},
        }
    };
    match item {
        BuiltinItem::Fasting => (
            tr.t(P::ItemFasting).into(),
            html! {
                <ul class="prep-detail times">
                    { line(P::FastingSolid, &cx.solid) }
                    { line(P::FastingClear, &cx.clear) }
                </ul>
            },
        ),
        BuiltinItem::NoAlcoholOrDrugs => (
            tr.t(P::ItemNoAlcohol).into(),
            html! {
                <ul class="prep-detail times">
                    { line(if cx.alcohol_ahead { P::NoAlcoholFrom } else { P::NoAlcoholSince }, &cx.alcohol_from) }
                    { line(P::NoAlcoholAfter, &cx.alcohol_until) }
                </ul>
            },
        ),
        BuiltinItem::MedicinesQuestion => (
            tr.t(P::ItemMedicines).into(),
            html! {
                <div class="prep-detail">
                    <p>{ tr.t(P::MedicinesDetail) }</p>
                    if !cx.flagged.is_empty() {
                        <p>{ tr.t(P::MedicinesFlagged) }</p>
                        <ul>{ for cx.flagged.iter().map(|f| html! { <li>{ f }</li> }) }</ul>
                    }
                    <p><Link<Route> to={Route::Assessment}>{ tr.t(P::MedicinesListLink) }</Link<Route>></p>
                </div>
            },
        ),
        BuiltinItem::SupportPerson => {
            let label = if cx.support_name.is_empty() {
                tr.t(P::ItemSupport).to_string()
            } else {
                tr.f(P::ItemSupportNamed, &[("name", cx.support_name)])
            };
            let details = html! {
                <div class="prep-detail">
                    <p class="hint">{ tr.t(P::SupportInCard) }</p>
                </div>
            };
            (label, details)
        }
        BuiltinItem::WhatToBring => (
            tr.t(P::ItemBring).into(),
            html! {
                <ul class="prep-detail">
                    { for WHAT_TO_BRING.iter().map(|t| html! { <li>{ tr.t(words::bring(*t)) }</li> }) }
                </ul>
            },
        ),
        BuiltinItem::ComfortableClothes => {
            // IV lines and IM injections go in the arm.
            let sleeves = matches!(cx.route, Some(DoseRoute::Iv | DoseRoute::Im));
            let details = html! {
                if sleeves {
                    <p class="prep-detail">{ tr.t(P::ClothesSleeves) }</p>
                }
            };
            (tr.t(P::ItemClothes).into(), details)
        }
    }
}
