pub mod charts;
pub mod mood_log;
pub mod questionnaires;
pub mod scales;
