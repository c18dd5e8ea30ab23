//! `use_modal`: a `<dialog>` shown as a modal while a flag is true.

use crate::platform::dom;
use yew::prelude::*;

/// A `<dialog>` shown as a modal while `open` is true (the page behind it inert) and closed
/// when it turns false; put the returned ref on the dialog.
#[hook]
pub fn use_modal(open: bool) -> NodeRef {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(open, move |open| {
            if let Some(d) = dialog.get() {
                if *open {
                    dom::show_modal(&d);
                } else {
                    dom::close_dialog(&d);
                }
            }
        });
    }
    dialog
}
