//! Inline SVG icons (decorative: their buttons and links carry the text).

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IconName {
    Today,
    Prepare,
    Session,
    Mood,
    Plan,
    Support,
    Settings,
    Phone,
    Message,
    Alert,
    Lock,
}

impl IconName {
    fn path(self) -> &'static str {
        match self {
            IconName::Today => "M4 10.5 12 4l8 6.5V20a1 1 0 0 1-1 1h-5v-6h-4v6H5a1 1 0 0 1-1-1z",
            IconName::Prepare => "M9 4h6v2H9zM6 6h12v15H6zM9 11l2 2 4-4M9 17h6",
            IconName::Session => "M12 3v4M12 17v4M3 12h4M17 12h4M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8z",
            IconName::Mood => "M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM8 14s1.5 2 4 2 4-2 4-2M9 9.5h.01M15 9.5h.01",
            IconName::Plan => "M5 5h14v15H5zM5 9h14M9 3v4M15 3v4M8 13h3M8 16h6",
            IconName::Support => "M8.5 11a3 3 0 1 1 0-6 3 3 0 0 1 0 6zM2.5 20a6 6 0 0 1 12 0M16 11a2.5 2.5 0 1 0 0-5M18 20a5 5 0 0 0-3-4.6",
            // A gear (the sun-like rays read as a brightness switch).
            IconName::Settings => "M19.0 10.5 21.4 10.8 21.4 13.2 19.0 13.5 18.1 15.9 19.5 17.8 17.8 19.5 15.9 18.1 13.5 19.0 13.2 21.4 10.8 21.4 10.5 19.0 8.1 18.1 6.2 19.5 4.5 17.8 5.9 15.9 5.0 13.5 2.6 13.2 2.6 10.8 5.0 10.5 5.9 8.1 4.5 6.2 6.2 4.5 8.1 5.9 10.5 5.0 10.8 2.6 13.2 2.6 13.5 5.0 15.9 5.9 17.8 4.5 19.5 6.2 18.1 8.1zM12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z",
            IconName::Phone => "M6.5 3h3l1.5 4.5-2 1.5a11 11 0 0 0 6 6l1.5-2 4.5 1.5v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5a2 2 0 0 1 2-2z",
            IconName::Message => "M4 5h16v11H9l-5 4z",
            IconName::Alert => "M12 3 2 20h20zM12 10v4M12 17h.01",
            IconName::Lock => "M6 11h12v10H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3M12 15v2",
        }
    }
}

/// A plain function, not a component: it has no state of its own, and a component's fixed
/// cost in the WebAssembly is larger than this body.
pub fn icon(name: IconName) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={name.path()} />
        </svg>
    }
}
