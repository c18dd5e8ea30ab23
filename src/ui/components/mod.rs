//! Reusable widgets, one public component per file.

pub mod announcer;
pub mod bottom_nav;
pub mod crisis_panel;
pub mod fold;
pub mod icon;
pub mod install_offer;
pub mod qr_code;
pub mod route_focus;
pub mod safety_follow_up;
pub mod storage_banner;
pub mod top_bar;
pub mod update_banner;
pub mod who_to_call;
