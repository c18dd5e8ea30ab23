pub mod crisis;
pub mod escalation;
pub mod flag_log;
pub mod follow_up;
pub mod red_flags;
