//! The one place screen readers hear about things that happen away from their focus: a polite
//! live region for "saved" and "that did not work" messages, and an assertive one for red-flag
//! panels. Both are in the page from the start (a live region added together with its text is
//! often not read) and visually hidden; what a sighted patient sees stays on each screen.
//!
//! Screens call [`use_announcer`] and then `polite(..)` or `assertive(..)` at the moment
//! something is saved, fails, or a red-flag panel opens.

use std::rc::Rc;
use yew::prelude::*;

/// Sends a message to the live regions; cheap to clone into callbacks, and the same from one
/// render to the next (so screens that hold it do not re-render when something is said).
#[derive(Clone, PartialEq)]
pub struct Announcer {
    polite: Option<UseReducerDispatcher<Said>>,
    assertive: Option<UseReducerDispatcher<Said>>,
}

impl Announcer {
    /// Read when the screen reader is idle: saves, undo, failures to save.
    pub fn polite(&self, message: impl Into<String>) {
        if let Some(d) = &self.polite {
            d.dispatch(message.into());
        }
    }

    /// Read at once, interrupting: red-flag escalation panels only.
    pub fn assertive(&self, message: impl Into<String>) {
        if let Some(d) = &self.assertive {
            d.dispatch(message.into());
        }
    }
}

/// The announcer of the surrounding [`LiveRegions`] (a silent one outside it, as in tests).
#[hook]
pub fn use_announcer() -> Announcer {
    use_context::<Announcer>().unwrap_or(Announcer {
        polite: None,
        assertive: None,
    })
}

/// A message and how many messages came before it: a new count gives the text a new element,
/// so the same words said twice ("Saved." after "Saved.") are read twice.
#[derive(Clone, PartialEq, Default)]
pub struct Said {
    count: u32,
    text: String,
}

impl Reducible for Said {
    type Action = String;
    fn reduce(self: Rc<Self>, text: String) -> Rc<Self> {
        Rc::new(Said {
            count: self.count.wrapping_add(1),
            text,
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct LiveRegionsProps {
    pub children: Html,
}

/// Provides the [`Announcer`] to everything inside and renders the two live regions.
#[component]
pub fn LiveRegions(props: &LiveRegionsProps) -> Html {
    let polite = use_reducer(Said::default);
    let assertive = use_reducer(Said::default);
    let announcer = Announcer {
        polite: Some(polite.dispatcher()),
        assertive: Some(assertive.dispatcher()),
    };
    let region = |said: &Said| {
        html! {
            if !said.text.is_empty() { <p key={said.count.to_string()}>{ said.text.clone() }</p> }
        }
    };
    html! {
        <ContextProvider<Announcer> context={announcer}>
            { props.children.clone() }
            <div id="announce-polite" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
                { region(&polite) }
            </div>
            <div id="announce-assertive" class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true">
                { region(&assertive) }
            </div>
        </ContextProvider<Announcer>>
    }
}
