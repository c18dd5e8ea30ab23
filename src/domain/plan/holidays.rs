//! National public holidays, so a proposed schedule can say "25 Dec is Christmas Day: check
//! your clinic is open". Only days a whole country has off (regional days vary too much to
//! name); "Europe" and "Other" get the two days closed almost everywhere they are kept.
//! A fixed-date holiday on a weekend is also named on the weekday kept off instead where the
//! whole country does so: the Friday or Monday in the United States, the next Monday (and
//! Tuesday, for Christmas and Boxing Day together) in the United Kingdom, Canada and Australia.

use crate::domain::core::model::Country;
use crate::domain::core::time::{Date, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holiday {
    NewYearsDay,
    Epiphany,
    GoodFriday,
    EasterMonday,
    LabourDay,
    ChristmasDay,
    BoxingDay,
    // United States
    MartinLutherKingDay,
    PresidentsDay,
    MemorialDay,
    Juneteenth,
    IndependenceDayUs,
    LaborDayUs,
    ColumbusDay,
    VeteransDay,
    Thanksgiving,
    // Canada
    VictoriaDay,
    CanadaDay,
    LabourDayCa,
    TruthAndReconciliationDay,
    ThanksgivingCa,
    RemembranceDay,
    // United Kingdom
    EarlyMayBankHoliday,
    SpringBankHoliday,
    SummerBankHoliday,
    // Australia
    AustraliaDay,
    AnzacDay,
    KingsBirthday,
    // Spain
    AssumptionDay,
    NationalDaySpain,
    AllSaintsDay,
    ConstitutionDay,
    ImmaculateConception,
    // Mexico
    ConstitutionDayMx,
    BenitoJuarezDay,
    IndependenceDayMx,
    RevolutionDay,
}

/// Easter Sunday (Gregorian; the anonymous algorithm, also known as Meeus/Jones/Butcher).
pub fn easter(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date {
        year,
        month: month as u8,
        day: day as u8,
    }
}

/// The `n`th (1-based) `weekday` of a month, or with `n = 0` the last one.
fn nth_weekday(year: i32, month: u8, weekday: Weekday, n: u8) -> Date {
    if n == 0 {
        let mut d = Date {
            year,
            month,
            day: crate::domain::core::time::days_in_month(year, month),
        };
        while d.weekday() != weekday {
            d = d.add_days(-1);
        }
        return d;
    }
    let mut d = Date {
        year,
        month,
        day: 1,
    };
    while d.weekday() != weekday {
        d = d.add_days(1);
    }
    d.add_days(7 * (i64::from(n) - 1))
}

/// A public holiday on a date: the day itself, or the weekday kept off in its place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OnDate {
    pub holiday: Holiday,
    /// The holiday falls on a weekend and this weekday is the day off instead.
    pub in_its_place: bool,
}

/// Whether a holiday has a fixed date (and so can fall on a weekend and be moved).
fn fixed_date(h: Holiday) -> bool {
    use Holiday::*;
    matches!(
        h,
        NewYearsDay
            | ChristmasDay
            | BoxingDay
            | Juneteenth
            | IndependenceDayUs
            | VeteransDay
            | CanadaDay
            | AustraliaDay
    )
}

/// The public holiday on `date` in `country`, or the weekday kept off for one on a weekend.
pub fn public_holiday(date: Date, country: Country) -> Option<OnDate> {
    if let Some(holiday) = holiday(date, country) {
        return Some(OnDate {
            holiday,
            in_its_place: false,
        });
    }
    let moved = |back: i64| {
        holiday(date.add_days(-back), country)
            .filter(|h| fixed_date(*h))
            .map(|holiday| OnDate {
                holiday,
                in_its_place: true,
            })
    };
    match (country, date.weekday()) {
        // Saturday's holiday on the Friday before, Sunday's on the Monday after.
        (Country::Us, Weekday::Fri) => moved(-1),
        (Country::Us, Weekday::Mon) => moved(1),
        (Country::Uk | Country::Ca | Country::Au, Weekday::Mon) => moved(2).or_else(|| moved(1)),
        // Tuesday: the second of two holidays that needed a weekday (Sat and Sun, or Sun
        // and the Monday that is a holiday itself).
        (Country::Uk | Country::Ca | Country::Au, Weekday::Tue) => {
            let (sat, sun, mon) = (date.add_days(-3), date.add_days(-2), date.add_days(-1));
            let sunday_needs_it = holiday(sun, country).is_some()
                && (holiday(sat, country).is_some() || holiday(mon, country).is_some());
            if sunday_needs_it {
                moved(2)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// The first of the rules that matched.
fn first<const N: usize>(found: [Option<Holiday>; N]) -> Option<Holiday> {
    found.into_iter().flatten().next()
}

/// The national public holiday on `date` in `country`, if any (its own date only).
pub fn holiday(date: Date, country: Country) -> Option<Holiday> {
    use Holiday::*;
    use Weekday::*;
    let y = date.year;
    let on = |month: u8, day: u8| date.month == month && date.day == day;
    let nth = |month: u8, weekday: Weekday, n: u8| date == nth_weekday(y, month, weekday, n);
    let easter = easter(y);
    let good_friday = date == easter.add_days(-2);
    let easter_monday = date == easter.add_days(1);
    // Kept almost everywhere the app is used.
    if on(1, 1) {
        return Some(NewYearsDay);
    }
    if on(12, 25) {
        return Some(ChristmasDay);
    }
    match country {
        Country::Us => first([
            nth(1, Mon, 3).then_some(MartinLutherKingDay),
            nth(2, Mon, 3).then_some(PresidentsDay),
            nth(5, Mon, 0).then_some(MemorialDay),
            on(6, 19).then_some(Juneteenth),
            on(7, 4).then_some(IndependenceDayUs),
            nth(9, Mon, 1).then_some(LaborDayUs),
            nth(10, Mon, 2).then_some(ColumbusDay),
            on(11, 11).then_some(VeteransDay),
            nth(11, Thu, 4).then_some(Thanksgiving),
        ]),
        Country::Ca => first([
            good_friday.then_some(GoodFriday),
            // The Monday before 25 May.
            (date.month == 5 && date.weekday() == Mon && (18..=24).contains(&date.day))
                .then_some(VictoriaDay),
            on(7, 1).then_some(CanadaDay),
            nth(9, Mon, 1).then_some(LabourDayCa),
            on(9, 30).then_some(TruthAndReconciliationDay),
            nth(10, Mon, 2).then_some(ThanksgivingCa),
            on(11, 11).then_some(RemembranceDay),
            on(12, 26).then_some(BoxingDay),
        ]),
        // England and Wales (Scotland and Northern Ireland have some of their own).
        Country::Uk => first([
            good_friday.then_some(GoodFriday),
            easter_monday.then_some(EasterMonday),
            nth(5, Mon, 1).then_some(EarlyMayBankHoliday),
            nth(5, Mon, 0).then_some(SpringBankHoliday),
            nth(8, Mon, 0).then_some(SummerBankHoliday),
            on(12, 26).then_some(BoxingDay),
        ]),
        Country::Au => first([
            on(1, 26).then_some(AustraliaDay),
            good_friday.then_some(GoodFriday),
            easter_monday.then_some(EasterMonday),
            on(4, 25).then_some(AnzacDay),
            // Every state but Western Australia and Queensland.
            nth(6, Mon, 2).then_some(KingsBirthday),
            on(12, 26).then_some(BoxingDay),
        ]),
        Country::Es => first([
            on(1, 6).then_some(Epiphany),
            good_friday.then_some(GoodFriday),
            on(5, 1).then_some(LabourDay),
            on(8, 15).then_some(AssumptionDay),
            on(10, 12).then_some(NationalDaySpain),
            on(11, 1).then_some(AllSaintsDay),
            on(12, 6).then_some(ConstitutionDay),
            on(12, 8).then_some(ImmaculateConception),
        ]),
        Country::Mx => first([
            nth(2, Mon, 1).then_some(ConstitutionDayMx),
            nth(3, Mon, 3).then_some(BenitoJuarezDay),
            on(5, 1).then_some(LabourDay),
            on(9, 16).then_some(IndependenceDayMx),
            nth(11, Mon, 3).then_some(RevolutionDay),
        ]),
        Country::Eu | Country::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn easter_matches_the_published_dates() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2028, 4, 16),
            (2029, 4, 1),
            (2030, 4, 21),
            (2038, 4, 25),
            (2285, 3, 22),
        ] {
            assert_eq!(easter(year), d(year, month, day), "{year}");
        }
    }

    #[test]
    fn new_year_and_christmas_are_named_in_every_country() {
        for country in Country::ALL {
            assert_eq!(
                holiday(d(2026, 12, 25), country),
                Some(Holiday::ChristmasDay)
            );
            assert_eq!(holiday(d(2027, 1, 1), country), Some(Holiday::NewYearsDay));
            assert_eq!(holiday(d(2026, 12, 23), country), None, "{country:?}");
        }
    }

    #[test]
    fn each_country_has_its_own_days_and_not_the_others() {
        use Holiday::*;
        let cases = [
            (Country::Us, d(2026, 11, 26), Some(Thanksgiving)),
            (Country::Us, d(2026, 5, 25), Some(MemorialDay)),
            (Country::Us, d(2026, 1, 19), Some(MartinLutherKingDay)),
            (Country::Us, d(2026, 7, 4), Some(IndependenceDayUs)),
            (Country::Us, d(2026, 9, 7), Some(LaborDayUs)),
            (Country::Us, d(2026, 12, 26), None),
            (Country::Us, d(2026, 4, 3), None),
            (Country::Ca, d(2026, 5, 18), Some(VictoriaDay)),
            (Country::Ca, d(2026, 10, 12), Some(ThanksgivingCa)),
            (Country::Ca, d(2026, 12, 26), Some(BoxingDay)),
            (Country::Ca, d(2026, 11, 26), None),
            (Country::Uk, d(2026, 4, 3), Some(GoodFriday)),
            (Country::Uk, d(2026, 4, 6), Some(EasterMonday)),
            (Country::Uk, d(2026, 5, 4), Some(EarlyMayBankHoliday)),
            (Country::Uk, d(2026, 5, 25), Some(SpringBankHoliday)),
            (Country::Uk, d(2026, 8, 31), Some(SummerBankHoliday)),
            (Country::Uk, d(2026, 12, 26), Some(BoxingDay)),
            (Country::Uk, d(2026, 7, 4), None),
            (Country::Au, d(2026, 1, 26), Some(AustraliaDay)),
            (Country::Au, d(2026, 4, 25), Some(AnzacDay)),
            (Country::Au, d(2026, 6, 8), Some(KingsBirthday)),
            (Country::Es, d(2026, 1, 6), Some(Epiphany)),
            (Country::Es, d(2026, 10, 12), Some(NationalDaySpain)),
            (Country::Es, d(2026, 12, 8), Some(ImmaculateConception)),
            (Country::Mx, d(2026, 9, 16), Some(IndependenceDayMx)),
            (Country::Mx, d(2026, 11, 16), Some(RevolutionDay)),
            (Country::Mx, d(2026, 2, 2), Some(ConstitutionDayMx)),
            (Country::Eu, d(2026, 12, 26), None),
            (Country::Other, d(2026, 7, 4), None),
        ];
        for (country, date, want) in cases {
            assert_eq!(holiday(date, country), want, "{country:?} {date:?}");
        }
    }

    #[test]
    fn a_weekend_holiday_is_also_named_on_the_weekday_kept_off() {
        use Holiday::*;
        let place = |holiday| {
            Some(OnDate {
                holiday,
                in_its_place: true,
            })
        };
        let own = |holiday| {
            Some(OnDate {
                holiday,
                in_its_place: false,
            })
        };
        let cases = [
            // 4 July 2026 is a Saturday: the US keeps Friday 3 July off.
            (Country::Us, d(2026, 7, 3), place(IndependenceDayUs)),
            (Country::Us, d(2026, 7, 6), None),
            // 25 Dec 2022 was a Sunday: Monday 26 in the US.
            (Country::Us, d(2022, 12, 26), place(ChristmasDay)),
            // 26 Dec 2026 is a Saturday: the UK's day off is Monday 28 Dec.
            (Country::Uk, d(2026, 12, 28), place(BoxingDay)),
            (Country::Uk, d(2026, 12, 25), own(ChristmasDay)),
            // 2021: Christmas Saturday, Boxing Day Sunday: Monday 27 and Tuesday 28 off.
            (Country::Uk, d(2021, 12, 27), place(ChristmasDay)),
            (Country::Uk, d(2021, 12, 28), place(BoxingDay)),
            // 2022: Christmas Sunday, Boxing Day Monday: Tuesday 27 for Christmas.
            (Country::Uk, d(2022, 12, 27), place(ChristmasDay)),
            (Country::Uk, d(2022, 12, 26), own(BoxingDay)),
            // 1 Jan 2028 is a Saturday: Monday 3 Jan in the UK and Australia.
            (Country::Au, d(2028, 1, 3), place(NewYearsDay)),
            // Spain and Mexico do not move them nationally.
            (Country::Es, d(2022, 12, 26), None),
            (Country::Mx, d(2028, 1, 3), None),
            // An ordinary Monday after a weekend with no holiday.
            (Country::Uk, d(2026, 12, 7), None),
        ];
        for (country, date, want) in cases {
            assert_eq!(public_holiday(date, country), want, "{country:?} {date:?}");
        }
    }

    #[test]
    fn an_ordinary_stretch_of_days_has_few_holidays() {
        // No country names more than sixteen days a year, days kept in place of weekend ones included (a bug in a rule that matched
        // every Monday of a month, say, would show here).
        for country in Country::ALL {
            let start = d(2027, 1, 1);
            let n = (0..365)
                .filter(|i| public_holiday(start.add_days(*i), country).is_some())
                .count();
            assert!((2..=16).contains(&n), "{country:?}: {n} holidays");
        }
    }
}
