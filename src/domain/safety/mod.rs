pub mod crisis;
pub mod red_flags;
