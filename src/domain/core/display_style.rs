//! How the patient reads clock times and dates: 12- or 24-hour, month or day first.
//!
//! Decided here once from the patient's language and country (and, for "Other", the browser's
//! region); every displayed time and date goes through the style this gives. Values of
//! `<input type="time">` and `<input type="date">`, calendar files and CSV keep their ISO
//! form whatever the style.

use super::model::{Country, Language};

/// "7:30 AM" or "07:30".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ClockStyle {
    #[default]
    H24,
    H12,
}

/// "Dec 4" or "4 Dec".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum DateOrder {
    #[default]
    DayMonth,
    MonthDay,
}

/// The clock and the date order together: what the translator formats every time and date with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct DisplayStyle {
    pub clock: ClockStyle,
    pub date: DateOrder,
}

impl DisplayStyle {
    /// 24-hour, day before month: Spanish everywhere, English outside the US.
    pub const INTERNATIONAL: DisplayStyle = DisplayStyle {
        clock: ClockStyle::H24,
        date: DateOrder::DayMonth,
    };
    /// 12-hour, month before day: English in the United States.
    pub const US: DisplayStyle = DisplayStyle {
        clock: ClockStyle::H12,
        date: DateOrder::MonthDay,
    };

    /// The style for a patient who reads `language` and lives in `country`. A patient whose
    /// country is "Other" gets the US style only when the browser itself says `en-US`
    /// (`browser` is `navigator.languages`, most preferred first).
    pub fn for_patient(language: Language, country: Country, browser: &[String]) -> Self {
        let us = match country {
            Country::Us => true,
            Country::Other => browser
                .first()
                .is_some_and(|tag| tag.replace('_', "-").eq_ignore_ascii_case("en-US")),
            _ => false,
        };
        match (language, us) {
            (Language::En, true) => Self::US,
            _ => Self::INTERNATIONAL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language by every country, with a browser that says en-US and one that says
    /// en-GB: only English with the US (or "Other" on an en-US browser) reads 12-hour,
    /// month first.
    #[test]
    fn the_style_for_every_language_and_country() {
        use Country::*;
        let us_browser = vec!["en-US".to_string(), "en".to_string()];
        let uk_browser = vec!["en-GB".to_string()];
        let table: [(Country, bool, bool); 8] = [
            // (country, English on an en-US browser is US style, on an en-GB browser)
            (Us, true, true),
            (Ca, false, false),
            (Uk, false, false),
            (Eu, false, false),
            (Au, false, false),
            (Es, false, false),
            (Mx, false, false),
            (Other, true, false),
        ];
        assert_eq!(table.len(), Country::ALL.len());
        for (country, on_us_browser, on_uk_browser) in table {
            for (browser, want_us) in [(&us_browser, on_us_browser), (&uk_browser, on_uk_browser)] {
                for language in [Language::En, Language::Es] {
                    let want = if want_us && language == Language::En {
                        DisplayStyle::US
                    } else {
                        DisplayStyle::INTERNATIONAL
                    };
                    assert_eq!(
                        DisplayStyle::for_patient(language, country, browser),
                        want,
                        "{language:?} {country:?} {browser:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_empty_or_odd_browser_list_is_international_for_other() {
        let en = Language::En;
        assert_eq!(
            DisplayStyle::for_patient(en, Country::Other, &[]),
            DisplayStyle::INTERNATIONAL
        );
        let odd = vec!["en_us".to_string()];
        assert_eq!(
            DisplayStyle::for_patient(en, Country::Other, &odd),
            DisplayStyle::US
        );
        assert_eq!(DisplayStyle::default(), DisplayStyle::INTERNATIONAL);
    }
}
