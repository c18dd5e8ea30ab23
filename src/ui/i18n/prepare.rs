//! Strings for the Prepare screens. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Prepare screen strings.
    PrepareK {
        PrepareTitle => "Get ready for your session",
    }
}
