//! Every route change starts the new screen at its top with focus on its `h1` (a patient who
//! tapped "Check in now" at the end of a long list must see the safety questions first, and a
//! screen reader announces where they are). Back and Forward return to the position the
//! patient left that screen at, as browsers do for ordinary pages.

use crate::platform::scroll;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;

/// What the keeper remembers: the history entry on screen and where each entry was left. The
/// entry the app was opened on has no id (`None`): there is one such entry per page load.
#[derive(Default)]
struct Positions {
    current: Option<u32>,
    left_at: HashMap<Option<u32>, f64>,
}

#[component]
pub fn RouteFocus() -> Html {
    let location = use_location();
    let positions = use_mut_ref(Positions::default);
    // The scroll position of the entry on screen, kept as the patient scrolls.
    {
        let positions = positions.clone();
        use_effect_with((), move |_| {
            scroll::manual_restoration();
            let listener = scroll::on_scroll(move || remember(&positions));
            move || drop(listener)
        });
    }
    let path = location.as_ref().map(|l| l.path().to_string());
    let id = location.as_ref().and_then(|l| l.id());
    let last_path = use_mut_ref(|| None::<String>);
    use_effect_with((path, id), move |(path, id)| {
        let mut p = positions.borrow_mut();
        let before = last_path.replace(path.clone());
        p.current = *id;
        // The first screen opens as the browser placed it; only a change of screen moves.
        if before.is_some() && before != *path {
            // An entry seen before (Back, Forward) returns where it was left; a new one opens
            // at its top.
            let y = p.left_at.get(id).copied().unwrap_or(0.0);
            drop(p);
            if !scroll::focus_without_scrolling("main h1") {
                scroll::focus_without_scrolling("main");
            }
            scroll::to(y);
        }
    });
    html! {}
}

fn remember(positions: &Rc<RefCell<Positions>>) {
    let mut p = positions.borrow_mut();
    let id = p.current;
    p.left_at.insert(id, scroll::y());
}
