//! `use_open_crisis`: opens the "Get help now" panel from anywhere; the shell provides it.

use yew::prelude::*;

/// Opens the crisis panel from anywhere (red flags, item 9 of the PHQ-9).
#[derive(Clone, PartialEq)]
pub struct CrisisOpener(pub Callback<()>);

#[hook]
pub fn use_open_crisis() -> Callback<()> {
    use_context::<CrisisOpener>()
        .map(|c| c.0)
        .unwrap_or_default()
}
