use super::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}
fn t(s: &str) -> TimeOfDay {
    TimeOfDay::parse(s).unwrap()
}

#[test]
fn civil_day_numbers_match_known_dates() {
    assert_eq!(d("1970-01-01").days(), 0);
    assert_eq!(d("2000-03-01").days(), 11_017);
    assert_eq!(d("2026-11-28").weekday(), Weekday::Sat);
    assert_eq!(d("2024-02-29").add_days(365), d("2025-02-28"));
}

#[test]
fn rejects_impossible_dates_and_times() {
    for bad in [
        "2026-02-29",
        "2026-13-01",
        "2026-00-10",
        "26-01-01",
        "2026-1-01",
        "",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad}");
    }
    for bad in ["24:00", "12:60", "1:00", "ab:cd"] {
        assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
    }
}

#[test]
fn iso_round_trip() {
    let i = Instant(1_795_000_000_000);
    assert_eq!(Instant::parse_iso_utc(&i.to_iso_utc()), Some(i));
    assert_eq!(Instant(0).to_iso_utc(), "1970-01-01T00:00:00Z");
}

#[test]
fn dst_spring_forward_gap_and_fall_back_overlap() {
    let z = UsDstZone::EASTERN;
    // 2026-03-08 02:30 does not exist in New York; it is read as 03:30 EDT.
    let gap = z.to_instant(LocalDateTime::new(d("2026-03-08"), t("02:30")));
    assert_eq!(gap.to_iso_utc(), "2026-03-08T07:30:00Z");
    // 2026-11-01 01:30 happens twice; the first (EDT) is chosen.
    let overlap = z.to_instant(LocalDateTime::new(d("2026-11-01"), t("01:30")));
    assert_eq!(overlap.to_iso_utc(), "2026-11-01T05:30:00Z");
    // Ordinary times round-trip on both sides of the change.
    for (day, time) in [
        ("2026-03-07", "23:00"),
        ("2026-03-09", "08:00"),
        ("2026-11-02", "07:15"),
    ] {
        let l = LocalDateTime::new(d(day), t(time));
        assert_eq!(z.to_local(z.to_instant(l)), l);
    }
}

proptest::proptest! {
    #[test]
    fn days_round_trip(n in -1_000_000i64..1_000_000) {
        proptest::prop_assert_eq!(Date::from_days(n).days(), n);
    }
}
