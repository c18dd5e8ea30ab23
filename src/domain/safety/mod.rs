pub mod crisis;
pub mod flag_log;
pub mod red_flags;
