//! Plan: appointments, schedule presets, calendar export; and Today's due list.

mod appointment_editor;
mod appointment_list;
mod calendar;
mod clock;
mod due_list;
mod fields;
mod notices;
mod schedule_builder;

pub use due_list::DueList;
pub use notices::DueNotifier;

use crate::domain::core::model::{Appointment, Record, RecordId};
use crate::domain::plan::agenda::{Agenda, MonthGroup, Planned};
use crate::platform::clock::BrowserZone;
use crate::ui::components::announcer::use_announcer;
use crate::ui::components::fold::Fold;
use crate::ui::data::use_data;
use crate::ui::hooks::use_now;
use crate::ui::i18n::{use_i18n, PlanK, Tr, K};
use appointment_editor::AppointmentEditor;
use appointment_list::{appointment_list, AppointmentListProps};
use calendar::{calendar_card, download_ics, CalendarCardProps};
use clock::local_date;
use notices::NoticesCard;
use schedule_builder::ScheduleBuilder;
use std::rc::Rc;
use yew::prelude::*;
use yew::props;

#[derive(Clone, PartialEq)]
enum Editor {
    Closed,
    New,
    Edit(RecordId),
}

/// The message after an action, with what "Undo" puts back.
#[derive(Clone, PartialEq)]
enum Note {
    None,
    Saved,
    Deleted(Rc<Record<Appointment>>),
    Added(Rc<[RecordId]>),
    Downloaded,
    Failed(String),
}

impl Note {
    fn words(&self, tr: Tr) -> Option<String> {
        let key = match self {
            Note::None => return None,
            Note::Added(ids) => {
                return Some(tr.count(ids.len(), PlanK::AddedOne, PlanK::AddedMany, &[]))
            }
            Note::Failed(message) => return Some(message.clone()),
            Note::Saved => PlanK::AppointmentSaved,
            Note::Deleted(_) => PlanK::Deleted,
            Note::Downloaded => PlanK::CalendarDownloaded,
        };
        Some(tr.t(key).into())
    }

    fn can_undo(&self) -> bool {
        matches!(self, Note::Deleted(_) | Note::Added(_))
    }
}

#[component]
pub fn PlanPage() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let now = use_now(60_000);
    let today = local_date(now);
    let editor = use_state(|| Editor::Closed);
    let note = use_state(|| Note::None);
    let lock = crate::ui::lock::use_lock();
    // Remembered once ticked or unticked; until then neutral whenever the lock is on.
    let private = data.settings().calendar_neutral.unwrap_or(lock.enabled);
    // A new key gives the schedule form a fresh start after its dates were added.
    let builder_key = use_state(|| 0u32);
    let doc = data.doc();
    let agenda = Agenda::of(
        doc.live::<Appointment>().map(|(m, a)| (&m.id, a)),
        now,
        &BrowserZone,
    );
    let upcoming: Rc<[Planned]> = agenda.upcoming().cloned().collect();
    // Shows the message and says it in the polite live region.
    let tell: Rc<dyn Fn(Note)> = {
        let (note, announce) = (note.clone(), use_announcer());
        Rc::new(move |n: Note| {
            if let Some(words) = n.words(tr) {
                announce.polite(words);
            }
            note.set(n);
        })
    };

    let on_saved = {
        let (data, editor, tell) = (data.clone(), editor.clone(), tell.clone());
        Callback::from(move |a: Appointment| {
            match &*editor {
                Editor::Edit(id) => data.put(id.clone(), a),
                _ => {
                    data.add(a);
                }
            }
            editor.set(Editor::Closed);
            tell(Note::Saved);
        })
    };
    let on_cancel = {
        let editor = editor.clone();
        Callback::from(move |_| editor.set(Editor::Closed))
    };
    let on_edit = {
        let editor = editor.clone();
        Callback::from(move |id| editor.set(Editor::Edit(id)))
    };
    let on_new = {
        let editor = editor.clone();
        Callback::from(move |_: MouseEvent| editor.set(Editor::New))
    };
    let on_delete = {
        let (data, tell) = (data.clone(), tell.clone());
        Callback::from(move |id: RecordId| {
            if let Some(previous) = data.delete::<Appointment>(&id) {
                tell(Note::Deleted(Rc::new(previous)));
            }
        })
    };
    let on_add_many = {
        let (data, tell, builder_key) = (data.clone(), tell.clone(), builder_key.clone());
        Callback::from(move |list: Vec<Appointment>| {
            tell(Note::Added(data.add_all(list)));
            builder_key.set(*builder_key + 1);
            // The new appointments are listed under "Coming up", above the builder: show them.
            crate::platform::scroll::into_view("plan-upcoming");
        })
    };
    let on_exported = {
        let tell = tell.clone();
        Callback::from(move |r: Result<(), String>| {
            tell(r.map_or_else(Note::Failed, |()| Note::Downloaded))
        })
    };
    let on_calendar = {
        let on_exported = on_exported.clone();
        Callback::from(move |p: Planned| on_exported.emit(download_ics(tr, &[p], private)))
    };
    let on_private = {
        let data = data.clone();
        Callback::from(move |on| {
            let mut s = (*data.settings()).clone();
            s.calendar_neutral = Some(on);
            data.set_settings(s);
        })
    };
    let undo = {
        let (data, note) = (data.clone(), note.clone());
        Callback::from(move |_: MouseEvent| {
            match &*note {
                Note::Deleted(previous) => data.restore((**previous).clone()),
                Note::Added(added) => data.delete_all::<Appointment>(added.clone()),
                _ => {}
            }
            note.set(Note::None);
        })
    };
    let dismiss = {
        let note = note.clone();
        Callback::from(move |_: MouseEvent| note.set(Note::None))
    };

    let editor_for = |editing: Option<Appointment>| {
        html! {
            <AppointmentEditor {editing} {today} on_saved={on_saved.clone()} on_cancel={on_cancel.clone()} />
        }
    };
    let editing = match &*editor {
        Editor::Edit(id) => Some(id.clone()),
        _ => None,
    };
    let inline_editor = editing
        .as_ref()
        .and_then(|id| doc.get::<Appointment>(id).cloned())
        .map_or_else(Html::default, |a| editor_for(Some(a)));
    let list = |groups: &[MonthGroup]| {
        appointment_list(
            tr,
            props!(AppointmentListProps {
                groups: Rc::<[_]>::from(groups),
                today,
                editing: editing.clone(),
                editor: inline_editor.clone(),
                on_edit: on_edit.clone(),
                on_delete: on_delete.clone(),
                on_calendar: on_calendar.clone(),
            }),
        )
    };
    html! {
        <section class="page plan">
            <h1>{ tr.t(PlanK::PlanTitle) }</h1>
            <p class="lead">{ tr.t(PlanK::PlanIntro) }</p>
            <section class="stack" aria-labelledby="plan-upcoming">
                <h2 id="plan-upcoming" class="plan__upcoming-title">{ tr.t(PlanK::UpcomingTitle) }</h2>
                if *editor == Editor::New {
                    { editor_for(None) }
                } else {
                    <button type="button" class="btn primary wide" onclick={on_new}>{ tr.t(PlanK::AddAppointment) }</button>
                }
                if agenda.upcoming.is_empty() {
                    <p>{ tr.t(PlanK::NoUpcoming) }</p>
                } else {
                    { list(&agenda.upcoming) }
                }
            </section>
            <Fold class="card fold" open={agenda.upcoming.is_empty()} summary={html! { <h2>{ tr.t(PlanK::PresetsTitle) }</h2> }}>
                <ScheduleBuilder key={*builder_key} {today} on_add={on_add_many} />
            </Fold>
            { calendar_card(tr, props!(CalendarCardProps { upcoming, private, on_private, on_exported })) }
            <NoticesCard />
            if !agenda.past.is_empty() {
                <Fold class="card fold" summary={html! { <h2>{ tr.f(PlanK::PastTitle, &[("n", &agenda.past_count().to_string())]) }</h2> }}>
                    { list(&agenda.past) }
                </Fold>
            }
            <div class="snackbar">
                if let Some(m) = note.words(tr) {
                    <div class="snackbar-body">
                        <p class={classes!(matches!(*note, Note::Failed(_)).then_some("error"))}>{ m }</p>
                        if note.can_undo() {
                            <button type="button" class="btn small" onclick={undo}>{ tr.t(K::Undo) }</button>
                        }
                        <button type="button" class="btn small ghost" onclick={dismiss}>{ tr.t(K::Close) }</button>
                    </div>
                }
            </div>
        </section>
    }
}
