//! The patient's medicines: add, edit, delete with undo; the ones worth asking about marked.

use super::medicine_flags::{medicine_flags, MedicineFlagsProps};
use super::medicine_form::MedicineForm;
use crate::domain::core::model::{Medicine, Record, RecordId};
use crate::platform::scroll;
use crate::ui::data::use_data;
use crate::ui::i18n::{use_i18n, PrepareK as P, K};
use std::rc::Rc;
use yew::prelude::*;
use yew::props;

/// The live medicines, oldest first (the order they were added).
pub fn medicine_list(
    doc: &crate::domain::records::document::Document,
) -> Vec<(RecordId, Medicine)> {
    let mut list: Vec<_> = doc
        .live::<Medicine>()
        .map(|(meta, m)| ((meta.created, meta.id.clone()), m.clone()))
        .collect();
    crate::domain::core::order::by(&mut list, |a, b| a.0.cmp(&b.0));
    list.into_iter().map(|((_, id), m)| (id, m)).collect()
}

#[component]
pub fn MedicinesCard() -> Html {
    let tr = use_i18n();
    let data = use_data();
    let list = medicine_list(&data.doc());
    let editing = use_state(|| None::<RecordId>);
    let removed = use_state(|| None::<Record<Medicine>>);
    // The one just added: said in the status line and brought into view (with its note).
    let added = use_state(|| None::<(RecordId, String)>);
    let add = {
        let (data, removed, added) = (data.clone(), removed.clone(), added.clone());
        Callback::from(move |m: Medicine| {
            let name = m.name.clone();
            added.set(Some((data.add(m), name)));
            removed.set(None);
        })
    };
    {
        let id = added.as_ref().map(|(id, _)| id.clone());
        use_effect_with(id, |id| {
            if let Some(id) = id {
                scroll::into_view(&row_id(id));
            }
        });
    }
    let undo = data.undo_delete(&removed);
    let row = |(id, m): &(RecordId, Medicine)| -> Html {
        if editing.as_ref() == Some(id) {
            let save = {
                let (data, editing, id) = (data.clone(), editing.clone(), id.clone());
                Callback::from(move |m: Medicine| {
                    data.put(id.clone(), m);
                    editing.set(None);
                })
            };
            let cancel = {
                let editing = editing.clone();
                Callback::from(move |()| editing.set(None))
            };
            return html! {
                <li class="medicine" key={id.0.clone()}>
                    <MedicineForm id_prefix={format!("med-{}", id.0)} initial={Rc::new(m.clone())}
                        submit_label={tr.t(P::MedSaveChanges)} on_save={save} on_cancel={cancel} />
                </li>
            };
        }
        let edit = {
            let (editing, id) = (editing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| editing.set(Some(id.clone())))
        };
        let delete = {
            let (data, removed, added, id) =
                (data.clone(), removed.clone(), added.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                added.set(None);
                removed.set(data.delete::<Medicine>(&id))
            })
        };
        let detail: Vec<&str> = [m.dose.as_str(), m.when.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        html! {
            <li class="medicine" key={id.0.clone()} id={row_id(id)}>
                <p class="medicine-name"><strong>{ m.name.clone() }</strong>
                    if !detail.is_empty() { { format!(" · {}", detail.join(" · ")) } }
                </p>
                { medicine_flags(tr, props!(MedicineFlagsProps { name: m.name.clone(), say_none: true })) }
                <div class="row wrap">
                    <button type="button" class="btn small" onclick={edit}
                        aria-label={format!("{}: {}", tr.t(K::Edit), m.name)}>{ tr.t(K::Edit) }</button>
                    <button type="button" class="btn small ghost" onclick={delete}
                        aria-label={format!("{}: {}", tr.t(K::Delete), m.name)}>{ tr.t(K::Delete) }</button>
                </div>
            </li>
        }
    };
    html! {
        <section class="card" aria-labelledby="medicines-title">
            <h2 id="medicines-title">{ tr.t(P::MedicinesHeading) }</h2>
            <p>{ tr.t(P::MedicinesIntro) }</p>
            <div role="status" class="row wrap">
                if let Some(r) = &*removed {
                    <span>{ tr.f(P::MedRemoved, &[("name", r.data.as_ref().map_or("", |m| m.name.as_str()))]) }</span>
                    <button type="button" class="btn small" onclick={undo}>{ tr.t(K::Undo) }</button>
                } else if let Some((_, name)) = &*added {
                    <span class="ok-note">{ tr.f(P::MedAdded, &[("name", name)]) }</span>
                }
            </div>
            if list.is_empty() {
                <p class="hint">{ tr.t(P::NoMedicines) }</p>
            } else {
                <ul class="medicines">{ for list.iter().map(row) }</ul>
            }
            <p class="hint">{ tr.t(P::NotAllClear) }</p>
            <h3>{ tr.t(P::MedAdd) }</h3>
            <MedicineForm id_prefix="med-new" submit_label={tr.t(P::MedAdd)} on_save={add} />
        </section>
    }
}

/// The id of a medicine's row in the list.
fn row_id(id: &RecordId) -> String {
    format!("med-row-{}", id.0)
}
