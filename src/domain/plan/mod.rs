pub mod agenda;
pub mod due;
pub mod form;
pub mod holidays;
pub mod ical;
pub mod schedule;
