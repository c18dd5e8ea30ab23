//! Clinic setup links: the "For clinics" page that makes them, and the preview a patient sees
//! when opening one.

mod page;
mod preview;
mod words;

pub use page::ClinicPage;
pub use preview::SetupLinkDialog;
