//! A QR code drawn as one SVG path (black on white in both themes, so cameras read it).

use crate::domain::core::qr;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub text: AttrValue,
    pub label: AttrValue,
}

#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let Some(code) = qr::encode(&props.text) else {
        return html! {};
    };
    let view = format!("0 0 {0} {0}", code.view);
    html! {
        <svg class="qr" viewBox={view} role="img" aria-label={props.label.clone()} shape-rendering="crispEdges">
            <rect width="100%" height="100%" fill="#ffffff" />
            <path d={code.path} fill="#000000" />
        </svg>
    }
}
