pub mod csv;
pub mod document;
#[cfg(any(test, feature = "synthetic"))]
pub mod synthetic;
