pub mod base64url;
pub mod display_style;
pub mod install;
pub mod model;
pub mod order;
pub mod qr;
pub mod time;
