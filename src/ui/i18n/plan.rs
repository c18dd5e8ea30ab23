//! Strings for the Plan screens. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Plan screen strings.
    PlanK {
        PlanTitle => "Your plan",
    }
}
