//! Strings for the Mood screens. `Key => "English" | "Español"`.

use super::strings;

strings! {
    /// Mood screen strings.
    MoodK {
        MoodTitle => "Mood over time",
    }
}
