//! Dates, times and numbers as each language writes them: the one place they are formatted.
//!
//! English: "Tue 12 May at 07:30", "12 May 2026", "1.5 h"; in the US "Tue, May 12 at 7:30 AM",
//! "May 12, 2026". Spanish: "mar 12 may, 07:30", "12 may 2026", "1,5 h". Which clock and date
//! order a patient reads is the translator's `DisplayStyle`, decided in the domain.

use super::{strings, Tr};
use crate::domain::core::display_style::{ClockStyle, DateOrder};
use crate::domain::core::model::Language;
use crate::domain::core::time::{Date, LocalDateTime, TimeOfDay, Weekday};

strings! {
    /// Weekday and month names, and how a date is put together.
    DateK {
        Mon => "Mon" | "lun",
        Tue => "Tue" | "mar",
        Wed => "Wed" | "mié",
        Thu => "Thu" | "jue",
        Fri => "Fri" | "vie",
        Sat => "Sat" | "sáb",
        Sun => "Sun" | "dom",
        Monday => "Monday" | "lunes",
        Tuesday => "Tuesday" | "martes",
        Wednesday => "Wednesday" | "miércoles",
        Thursday => "Thursday" | "jueves",
        Friday => "Friday" | "viernes",
        Saturday => "Saturday" | "sábado",
        Sunday => "Sunday" | "domingo",
        Jan => "Jan" | "ene",
        Feb => "Feb" | "feb",
        Mar => "Mar" | "mar",
        Apr => "Apr" | "abr",
        May => "May" | "may",
        Jun => "Jun" | "jun",
        Jul => "Jul" | "jul",
        Aug => "Aug" | "ago",
        Sep => "Sep" | "sept",
        Oct => "Oct" | "oct",
        Nov => "Nov" | "nov",
        Dec => "Dec" | "dic",
        January => "January" | "enero",
        February => "February" | "febrero",
        March => "March" | "marzo",
        April => "April" | "abril",
        MayLong => "May" | "mayo",
        June => "June" | "junio",
        July => "July" | "julio",
        August => "August" | "agosto",
        September => "September" | "septiembre",
        October => "October" | "octubre",
        November => "November" | "noviembre",
        December => "December" | "diciembre",
        DayMonth => "{day} {month}" | "{day} {month}",
        DayMonthYear => "{day} {month} {year}" | "{day} {month} {year}",
        WeekdayDayMonth => "{weekday} {day} {month}" | "{weekday} {day} {month}",
        WeekdayDayMonthYear => "{weekday} {day} {month} {year}" | "{weekday} {day} {month} {year}",
        MonthYear => "{month} {year}" | "{month} {year}",
        MonthYearLong => "{month} {year}" | "{month} de {year}",
        DateAtTime => "{date} at {time}" | "{date}, {time}",
        MonthDay => "{month} {day}" | "{month} {day}",
        MonthDayYear => "{month} {day}, {year}" | "{month} {day}, {year}",
        WeekdayMonthDay => "{weekday}, {month} {day}" | "{weekday}, {month} {day}",
        WeekdayMonthDayYear => "{weekday}, {month} {day}, {year}" | "{weekday}, {month} {day}, {year}",
        Am => "{time} AM" | "{time} a. m.",
        Pm => "{time} PM" | "{time} p. m.",
        ClockTomorrow => "{time} tomorrow" | "{time} de mañana",
        ClockOnDay => "{time} on {day}" | "{time} del {day}",
    }
}

pub fn weekday_short(day: Weekday) -> DateK {
    use DateK::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun][usize::from(day.index()).min(6)]
}

pub fn weekday_long(day: Weekday) -> DateK {
    use DateK::*;
    [
        Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday,
    ][usize::from(day.index()).min(6)]
}

const MONTHS_SHORT: [DateK; 12] = {
    use DateK::*;
    [Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec]
};
const MONTHS_LONG: [DateK; 12] = {
    use DateK::*;
    [
        January, February, March, April, MayLong, June, July, August, September, October, November,
        December,
    ]
};

/// A month's name; a corrupted month number shows nothing rather than a wrong month.
fn month_name(tr: Tr, names: &[DateK; 12], month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| names.get(i))
        .map_or("", |k| tr.t(*k))
}

fn parts(tr: Tr, date: Date) -> [(&'static str, String); 4] {
    [
        ("weekday", tr.t(weekday_short(date.weekday())).to_string()),
        ("day", date.day.to_string()),
        (
            "month",
            month_name(tr, &MONTHS_SHORT, date.month).to_string(),
        ),
        ("year", date.year.to_string()),
    ]
}

/// The key for a date shape in the patient's order.
fn ordered(tr: Tr, day_first: DateK) -> DateK {
    use DateK::*;
    match (tr.style.date, day_first) {
        (DateOrder::DayMonth, key) => key,
        (DateOrder::MonthDay, DayMonth) => MonthDay,
        (DateOrder::MonthDay, DayMonthYear) => MonthDayYear,
        (DateOrder::MonthDay, WeekdayDayMonth) => WeekdayMonthDay,
        (DateOrder::MonthDay, WeekdayDayMonthYear) => WeekdayMonthDayYear,
        (DateOrder::MonthDay, key) => key,
    }
}

fn build(tr: Tr, key: DateK, date: Date) -> String {
    let key = ordered(tr, key);
    let parts = parts(tr, date);
    let args: Vec<(&str, &str)> = parts.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let text = tr.f(key, &args);
    // A missing month name must not leave a double space.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A clock time as the patient reads it: "07:30", or "7:30 AM" in the US style.
pub fn clock(tr: Tr, time: TimeOfDay) -> String {
    match tr.style.clock {
        ClockStyle::H24 => time.to_string(),
        ClockStyle::H12 => {
            let hour = match time.hour % 12 {
                0 => 12,
                h => h,
            };
            let key = if time.hour < 12 { DateK::Am } else { DateK::Pm };
            let digits = format!("{hour}:{:02}", time.minute);
            tr.f(key, &[("time", &digits)])
        }
    }
}

/// A time with its day when that is not `today`: "07:30", "07:30 tomorrow", "07:30 on Thu 4
/// Dec" ("7:30 AM on Thu, Dec 4" in the US style; "07:30 de mañana", "07:30 del jue 4 dic").
pub fn clock_near(tr: Tr, at: LocalDateTime, today: Date) -> String {
    let time = clock(tr, at.time);
    if at.date == today {
        time
    } else if at.date == today.add_days(1) {
        tr.f(DateK::ClockTomorrow, &[("time", &time)])
    } else {
        let day = day_label(tr, at.date, today);
        tr.f(DateK::ClockOnDay, &[("time", &time), ("day", &day)])
    }
}

/// "9 Mar" / "9 mar": chart labels and lists within one year.
pub fn short_date(tr: Tr, date: Date) -> String {
    build(tr, DateK::DayMonth, date)
}

/// "9 Mar 2026" / "9 mar 2026": a date on a record.
pub fn long_date(tr: Tr, date: Date) -> String {
    build(tr, DateK::DayMonthYear, date)
}

/// "Mon 30 Nov" / "lun 30 nov", with the year when it is not `today`'s year.
pub fn day_label(tr: Tr, date: Date, today: Date) -> String {
    let key = if date.year == today.year {
        DateK::WeekdayDayMonth
    } else {
        DateK::WeekdayDayMonthYear
    };
    build(tr, key, date)
}

/// "Mar 2026" / "mar 2026": month ticks on long charts.
pub fn month_year(tr: Tr, date: Date) -> String {
    build(tr, DateK::MonthYear, date)
}

/// "December 2026" / "diciembre de 2026": a heading over a month's list.
pub fn month_year_long(tr: Tr, year: i32, month: u8) -> String {
    tr.f(
        DateK::MonthYearLong,
        &[
            ("month", month_name(tr, &MONTHS_LONG, month)),
            ("year", &year.to_string()),
        ],
    )
}

/// "{date} at {time}" / "{date}, {time}" for an already-worded date.
pub fn at_time(tr: Tr, date: &str, time: &str) -> String {
    tr.f(DateK::DateAtTime, &[("date", date), ("time", time)])
}

/// "Tue 12 May at 07:30" / "mar 12 may, 07:30" (the year only when it is not `today`'s).
pub fn date_time(tr: Tr, at: LocalDateTime, today: Date) -> String {
    at_time(tr, &day_label(tr, at.date, today), &clock(tr, at.time))
}

/// A number with at most `decimals` decimals, trailing zeros dropped: "1.5" / "1,5", "6".
pub fn number(tr: Tr, value: f64, decimals: usize) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if text == "-0" {
        text = "0".into();
    }
    match tr.lang {
        Language::En => text,
        Language::Es => text.replace('.', ","),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::display_style::DisplayStyle;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    const EN: Tr = Tr {
        lang: Language::En,
        style: DisplayStyle::INTERNATIONAL,
    };
    const ES: Tr = Tr {
        lang: Language::Es,
        style: DisplayStyle::INTERNATIONAL,
    };
    const US: Tr = Tr {
        lang: Language::En,
        style: DisplayStyle::US,
    };

    fn t(h: u8, m: u8) -> TimeOfDay {
        TimeOfDay::new(h, m).unwrap()
    }

    #[test]
    fn us_english_reads_twelve_hours_and_month_first() {
        let today = d("2026-12-03");
        let cases = [
            (0, 5, "12:05 AM"),
            (7, 30, "7:30 AM"),
            (12, 0, "12:00 PM"),
            (14, 5, "2:05 PM"),
            (23, 59, "11:59 PM"),
        ];
        for (h, m, want) in cases {
            assert_eq!(clock(US, t(h, m)), want);
            assert_eq!(clock(EN, t(h, m)), format!("{h:02}:{m:02}"));
            assert_eq!(clock(ES, t(h, m)), format!("{h:02}:{m:02}"));
        }
        assert_eq!(short_date(US, d("2026-12-04")), "Dec 4");
        assert_eq!(day_label(US, d("2026-12-04"), today), "Fri, Dec 4");
        assert_eq!(long_date(US, d("2026-12-04")), "Dec 4, 2026");
        assert_eq!(day_label(US, d("2027-01-04"), today), "Mon, Jan 4, 2027");
        let at = LocalDateTime::new(d("2026-12-04"), t(14, 5));
        assert_eq!(date_time(US, at, today), "Fri, Dec 4 at 2:05 PM");
        assert_eq!(month_year_long(US, 2026, 12), "December 2026");
    }

    #[test]
    fn a_time_says_its_day_when_it_is_not_today() {
        let today = d("2026-12-03");
        let at = |date: &str, h, m| LocalDateTime::new(d(date), t(h, m));
        let cases = [
            (US, at("2026-12-03", 9, 30), "9:30 AM"),
            (US, at("2026-12-04", 5, 30), "5:30 AM tomorrow"),
            (US, at("2026-12-05", 5, 30), "5:30 AM on Sat, Dec 5"),
            (US, at("2026-12-02", 21, 0), "9:00 PM on Wed, Dec 2"),
            (EN, at("2026-12-04", 5, 30), "05:30 tomorrow"),
            (EN, at("2026-12-05", 5, 30), "05:30 on Sat 5 Dec"),
            (ES, at("2026-12-03", 9, 30), "09:30"),
            (ES, at("2026-12-04", 5, 30), "05:30 de mañana"),
            (ES, at("2026-12-05", 5, 30), "05:30 del sáb 5 dic"),
        ];
        for (tr, at, want) in cases {
            assert_eq!(clock_near(tr, at, today), want, "{tr:?}");
        }
    }

    #[test]
    fn english_dates_and_times() {
        let today = d("2026-05-01");
        let at = LocalDateTime {
            date: d("2026-05-12"),
            time: TimeOfDay::new(7, 30).unwrap(),
        };
        assert_eq!(date_time(EN, at, today), "Tue 12 May at 07:30");
        assert_eq!(short_date(EN, d("2026-03-09")), "9 Mar");
        assert_eq!(long_date(EN, d("2026-03-09")), "9 Mar 2026");
        assert_eq!(month_year(EN, d("2026-03-09")), "Mar 2026");
        assert_eq!(month_year_long(EN, 2026, 12), "December 2026");
        assert_eq!(day_label(EN, d("2027-01-04"), today), "Mon 4 Jan 2027");
    }

    #[test]
    fn spanish_dates_and_times() {
        let today = d("2026-05-01");
        let at = LocalDateTime {
            date: d("2026-05-12"),
            time: TimeOfDay::new(7, 30).unwrap(),
        };
        assert_eq!(date_time(ES, at, today), "mar 12 may, 07:30");
        assert_eq!(short_date(ES, d("2026-03-09")), "9 mar");
        assert_eq!(long_date(ES, d("2026-09-30")), "30 sept 2026");
        assert_eq!(month_year(ES, d("2026-08-01")), "ago 2026");
        assert_eq!(month_year_long(ES, 2026, 12), "diciembre de 2026");
        assert_eq!(day_label(ES, d("2026-11-29"), today), "dom 29 nov");
        assert_eq!(weekday_long(d("2026-11-25").weekday()), DateK::Wednesday);
        assert_eq!(ES.t(DateK::Wednesday), "miércoles");
    }

    #[test]
    fn a_corrupted_month_never_panics_or_shows_a_wrong_month() {
        for month in [0, 13] {
            let bad = Date {
                year: 2026,
                month,
                day: 1,
            };
            assert_eq!(short_date(EN, bad), "1");
            assert_eq!(long_date(ES, bad), "1 2026");
        }
    }

    #[test]
    fn numbers_use_a_decimal_point_in_english_and_a_comma_in_spanish() {
        assert_eq!(number(EN, 1.5, 1), "1.5");
        assert_eq!(number(ES, 1.5, 1), "1,5");
        assert_eq!(number(ES, 6.0, 1), "6");
        assert_eq!(number(EN, 2.26, 1), "2.3");
        assert_eq!(number(ES, 7.04, 1), "7");
        assert_eq!(number(ES, 12.0, 0), "12");
        assert_eq!(number(ES, -0.01, 1), "0");
    }
}
