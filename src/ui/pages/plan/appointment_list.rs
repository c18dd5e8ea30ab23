//! Appointments grouped by month, each with its details and what can be done with it.

use crate::domain::core::model::RecordId;
use crate::domain::core::time::Date;
use crate::domain::plan::agenda::{MonthGroup, Planned};
use crate::ui::i18n::plan::{kind_label, month_year, when_label};
use crate::ui::i18n::{PlanK, Tr, K};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AppointmentListProps {
    pub groups: Rc<[MonthGroup]>,
    pub today: Date,
    /// The appointment being edited shows `editor` in its place.
    pub editing: Option<RecordId>,
    pub editor: Html,
    pub on_edit: Callback<RecordId>,
    pub on_delete: Callback<RecordId>,
    pub on_calendar: Callback<Planned>,
}

/// A plain function, not a component: it has no state of its own and its parent re-renders
/// it with new values anyway; a component's fixed cost in the WebAssembly bought nothing.
pub fn appointment_list(tr: Tr, props: AppointmentListProps) -> Html {
    let props = &props;
    html! {
        { for props.groups.iter().map(|g| html! {
            <section class="month" key={format!("{}-{}", g.year, g.month)}>
                <h3>{ month_year(tr, g.year, g.month) }</h3>
                <ul class="plain stack">
                    { for g.items.iter().map(|p| {
                        if props.editing.as_ref() == Some(&p.id) {
                            html! { <li key={p.id.as_str()}>{ props.editor.clone() }</li> }
                        } else {
                            row(tr, props, p)
                        }
                    }) }
                </ul>
            </section>
        }) }
    }
}

fn row(tr: Tr, props: &AppointmentListProps, p: &Planned) -> Html {
    let a = &p.appointment;
    let kind = tr.t(kind_label(a.kind));
    let when = when_label(tr, a.date, a.time, props.today);
    // Screen readers hear which appointment each button acts on.
    let which = format!(" {kind}, {when}");
    let on_edit = {
        let id = p.id.clone();
        props.on_edit.reform(move |_: MouseEvent| id.clone())
    };
    let on_delete = {
        let id = p.id.clone();
        props.on_delete.reform(move |_: MouseEvent| id.clone())
    };
    let on_calendar = {
        let p = p.clone();
        props.on_calendar.reform(move |_: MouseEvent| p.clone())
    };
    html! {
        <li class="card appt" key={p.id.as_str()}>
            <p class="appt-kind">{ kind }</p>
            <p>
                <time datetime={format!("{}T{}", a.date, a.time)}>{ &when }</time>
                { " · " }{ tr.f(PlanK::LengthMinutes, &[("n", &a.minutes.to_string())]) }
            </p>
            if !a.place.is_empty() {
                <p>{ &a.place }</p>
            }
            if !a.notes.is_empty() {
                <p class="hint appt-notes">{ &a.notes }</p>
            }
            <div class="row wrap">
                <button type="button" class="btn small" onclick={on_edit}>
                    { tr.t(K::Edit) }<span class="visually-hidden">{ &which }</span>
                </button>
                <button type="button" class="btn small" onclick={on_calendar}>
                    { tr.t(PlanK::AddToCalendar) }<span class="visually-hidden">{ &which }</span>
                </button>
                <button type="button" class="btn small ghost" onclick={on_delete}>
                    { tr.t(K::Delete) }<span class="visually-hidden">{ which }</span>
                </button>
            </div>
        </li>
    }
}
