//! Strings for the Data screens. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Data screen strings.
    DataK {
        DataTitle => "Your data",
    }
}
