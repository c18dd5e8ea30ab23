//! Hand-over mode: the phone is with a support person. Until the patient takes it back, this
//! tab shows only the support guide, whatever the address says (brand, Back, a link). It lives
//! in memory: a reload of the guide's address comes back to the guide, and with the lock on a
//! reload anywhere shows the lock screen.

use crate::domain::core::model::Settings;
use std::rc::Rc;
use yew::prelude::*;

/// Shared through context by [`crate::ui::app::App`].
#[derive(Clone, PartialEq)]
pub struct HandOverCtx {
    /// This tab is in hand-over mode.
    pub active: bool,
    /// Times someone tried to leave the guide by the address (Back, a link): the guide asks
    /// whether to give the phone back.
    pub leave_tries: u32,
    /// The settings as they were when hand-over started (in this tab's memory only), so the
    /// guide still shows the clinic and contacts after the app locks.
    pub kept: Option<Rc<Settings>>,
    /// Starts (`true`) or ends (`false`) hand-over mode.
    pub set: Callback<bool>,
    /// Someone tried to leave by the address.
    pub tried_to_leave: Callback<()>,
    /// Keeps the settings for the guide (before the app locks).
    pub keep: Callback<Rc<Settings>>,
}

#[hook]
pub fn use_hand_over() -> HandOverCtx {
    use_context::<HandOverCtx>().unwrap_or(HandOverCtx {
        active: false,
        leave_tries: 0,
        kept: None,
        set: Callback::noop(),
        tried_to_leave: Callback::noop(),
        keep: Callback::noop(),
    })
}

/// The hand-over state for [`crate::ui::app::App`] to provide.
#[hook]
pub fn use_hand_over_state() -> HandOverCtx {
    let active = use_state(|| false);
    let leave_tries = use_state(|| 0u32);
    let kept = use_state(|| None::<Rc<Settings>>);
    let set = {
        let (active, leave_tries, kept) = (active.clone(), leave_tries.clone(), kept.clone());
        Callback::from(move |on: bool| {
            active.set(on);
            leave_tries.set(0);
            if !on {
                kept.set(None);
            }
        })
    };
    let keep = {
        let kept = kept.clone();
        Callback::from(move |s: Rc<Settings>| kept.set(Some(s)))
    };
    let tried_to_leave = {
        let leave_tries = leave_tries.clone();
        Callback::from(move |()| leave_tries.set(*leave_tries + 1))
    };
    HandOverCtx {
        active: *active,
        leave_tries: *leave_tries,
        kept: (*kept).clone(),
        set,
        tried_to_leave,
        keep,
    }
}
