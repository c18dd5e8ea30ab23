pub mod crisis;
pub mod escalation;
pub mod follow_up;
pub mod flag_log;
pub mod red_flags;
