//! A `<details>` whose contents are built the first time it is opened, then kept (closing it
//! again keeps whatever was typed inside). For long lists and forms most visits never open: a
//! closed fold costs one summary line instead of its whole contents.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FoldProps {
    /// Open when first shown.
    #[prop_or_default]
    pub open: bool,
    #[prop_or_default]
    pub class: Classes,
    /// What the `<summary>` says (usually a heading).
    pub summary: Html,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Fold(props: &FoldProps) -> Html {
    let built = use_state(|| props.open);
    let ontoggle = {
        let built = built.clone();
        Callback::from(move |e: Event| {
            let open = e
                .target_dyn_into::<web_sys::Element>()
                .is_some_and(|d| d.has_attribute("open"));
            if open && !*built {
                built.set(true);
            }
        })
    };
    html! {
        <details class={props.class.clone()} open={props.open} {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            if *built { { props.children.clone() } }
        </details>
    }
}
