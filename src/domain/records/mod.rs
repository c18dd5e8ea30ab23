pub mod csv;
pub mod document;
pub mod synthetic;
