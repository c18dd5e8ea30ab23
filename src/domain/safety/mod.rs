pub mod crisis;
pub mod escalation;
pub mod follow_up;
pub mod red_flags;
