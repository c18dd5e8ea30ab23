//! Strings for the Session screens. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Session screen strings.
    SessionK {
        SessionTitle => "Sessions and check-ins",
    }
}
