use super::*;
use Weekday::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn req(start: &str, pattern: Pattern) -> PlanRequest {
    PlanRequest {
        start: PlanStart {
            date: d(start),
            time: TimeOfDay::new(9, 30).unwrap(),
            minutes: 40,
            place: "Clinic, room 2".into(),
        },
        pattern,
        mode: PlanMode::New {
            today: d("2026-11-28"),
        },
    }
}

fn dates(r: &PlanRequest) -> Vec<String> {
    generate(r)
        .unwrap()
        .iter()
        .map(|a| a.date.to_string())
        .collect()
}

fn custom(every: Every, until: Until) -> Pattern {
    Pattern::Custom {
        kind: AppointmentKind::Psychotherapy,
        every,
        until,
    }
}

#[test]
fn iv_course_example_is_six_infusions_over_two_weeks() {
    // 2026-11-30 is a Monday.
    let r = req("2026-11-30", Pattern::iv_course_example());
    assert_eq!(
        dates(&r),
        [
            "2026-11-30",
            "2026-12-02",
            "2026-12-04",
            "2026-12-07",
            "2026-12-09",
            "2026-12-11"
        ]
    );
    let appts = generate(&r).unwrap();
    assert!(appts.iter().all(|a| a.kind == AppointmentKind::Ketamine
        && a.minutes == 40
        && a.time == TimeOfDay::new(9, 30).unwrap()
        && a.place == "Clinic, room 2"));
    assert!(r.pattern.is_example());
}

#[test]
fn iv_course_on_two_weekdays_takes_three_weeks_and_starts_on_a_chosen_day() {
    let r = req(
        "2026-12-01", // a Tuesday: first chosen day is Thursday
        Pattern::IvCourse {
            weekdays: Weekdays::of(&[Mon, Thu]),
            infusions: 6,
        },
    );
    assert_eq!(
        dates(&r),
        [
            "2026-12-03",
            "2026-12-07",
            "2026-12-10",
            "2026-12-14",
            "2026-12-17",
            "2026-12-21"
        ]
    );
}

#[test]
fn esketamine_example_follows_the_label_rhythm() {
    // Start on a Wednesday with Mon/Thu chosen: the first session is Thursday.
    let r = req("2026-12-02", Pattern::esketamine_example());
    let appts = generate(&r).unwrap();
    let ds: Vec<String> = appts.iter().map(|a| a.date.to_string()).collect();
    assert_eq!(
        ds,
        [
            // weeks 1-4: twice weekly
            "2026-12-03",
            "2026-12-07",
            "2026-12-10",
            "2026-12-14",
            "2026-12-17",
            "2026-12-21",
            "2026-12-24",
            "2026-12-28",
            // weeks 5-8: weekly on Thursday (the first session's weekday)
            "2026-12-31",
            "2027-01-07",
            "2027-01-14",
            "2027-01-21",
            // maintenance every two weeks
            "2027-02-04",
            "2027-02-18",
            "2027-03-04",
            "2027-03-18",
        ]
    );
    let kinds: Vec<AppointmentKind> = appts.iter().map(|a| a.kind).collect();
    assert_eq!(kinds[..12], [AppointmentKind::Ketamine; 12]);
    assert_eq!(kinds[12..], [AppointmentKind::Maintenance; 4]);
}

#[test]
fn esketamine_weekly_maintenance_and_none() {
    let pattern = |maintenance, maintenance_sessions| Pattern::EsketamineInduction {
        weekdays: Weekdays::of(&[Tue, Fri]),
        maintenance,
        maintenance_sessions,
    };
    let r = req("2026-12-01", pattern(MaintenanceInterval::Weekly, 2));
    let ds = dates(&r);
    assert_eq!(ds.len(), 14);
    assert_eq!(ds[11], "2027-01-19");
    assert_eq!(ds[12..], ["2027-01-26", "2027-02-02"]);
    let r = req("2026-12-01", pattern(MaintenanceInterval::EveryTwoWeeks, 0));
    assert_eq!(dates(&r).len(), 12);
}

#[test]
fn custom_every_n_days_with_count_and_until() {
    let r = req("2026-11-28", custom(Every::Days(3), Until::Count(4)));
    assert_eq!(
        dates(&r),
        ["2026-11-28", "2026-12-01", "2026-12-04", "2026-12-07"]
    );
    // `until` is inclusive and may equal the start.
    let r = req(
        "2026-11-28",
        custom(Every::Days(3), Until::Date(d("2026-12-04"))),
    );
    assert_eq!(dates(&r), ["2026-11-28", "2026-12-01", "2026-12-04"]);
    let r = req(
        "2026-11-28",
        custom(Every::Days(3), Until::Date(d("2026-11-28"))),
    );
    assert_eq!(dates(&r), ["2026-11-28"]);
    let appts = generate(&r).unwrap();
    assert_eq!(appts[0].kind, AppointmentKind::Psychotherapy);
    assert!(!r.pattern.is_example());
}

#[test]
fn custom_every_n_weeks_uses_calendar_weeks_from_the_start_week() {
    let every = Every::Weeks {
        n: 2,
        weekdays: Weekdays::of(&[Mon, Thu]),
    };
    // Start Wednesday 2026-12-02: that week's Monday is skipped (before the start).
    let r = req("2026-12-02", custom(every, Until::Count(5)));
    assert_eq!(
        dates(&r),
        [
            "2026-12-03",
            "2026-12-14",
            "2026-12-17",
            "2026-12-28",
            "2026-12-31"
        ]
    );
    let r = req("2026-12-02", custom(every, Until::Date(d("2026-12-28"))));
    assert_eq!(
        dates(&r),
        ["2026-12-03", "2026-12-14", "2026-12-17", "2026-12-28"]
    );
}

#[test]
fn exactly_the_maximum_is_allowed() {
    let r = req("2026-11-28", custom(Every::Days(1), Until::Count(200)));
    assert_eq!(generate(&r).unwrap().len(), MAX_APPOINTMENTS);
    let last = d("2026-11-28").add_days(199);
    let r = req("2026-11-28", custom(Every::Days(1), Until::Date(last)));
    assert_eq!(generate(&r).unwrap().len(), MAX_APPOINTMENTS);
}

#[test]
fn invalid_requests_generate_nothing() {
    let mon = Weekdays::of(&[Mon]);
    let weeks = |n| Every::Weeks { n, weekdays: mon };
    let cases: Vec<(&str, PlanRequest, PlanError)> = vec![
        (
            "until before start",
            req(
                "2026-12-10",
                custom(Every::Days(1), Until::Date(d("2026-12-09"))),
            ),
            PlanError::EndBeforeStart,
        ),
        (
            "count zero",
            req("2026-12-10", custom(Every::Days(1), Until::Count(0))),
            PlanError::NoDates,
        ),
        (
            "no chosen weekday before until",
            // 2026-12-01 is a Tuesday; the next Monday is after `until`.
            req("2026-12-01", custom(weeks(1), Until::Date(d("2026-12-06")))),
            PlanError::NoDates,
        ),
        (
            "too many by count",
            req("2026-12-10", custom(Every::Days(1), Until::Count(201))),
            PlanError::TooMany,
        ),
        (
            "too many by until",
            req(
                "2026-12-10",
                custom(Every::Days(1), Until::Date(d("2036-01-01"))),
            ),
            PlanError::TooMany,
        ),
        (
            "too many esketamine",
            req(
                "2026-12-10",
                Pattern::EsketamineInduction {
                    weekdays: Weekdays::MON_THU,
                    maintenance: MaintenanceInterval::Weekly,
                    maintenance_sessions: 189,
                },
            ),
            PlanError::TooMany,
        ),
        (
            "start before today",
            req("2026-11-27", Pattern::iv_course_example()),
            PlanError::StartInPast,
        ),
        (
            "every 0 days",
            req("2026-12-10", custom(Every::Days(0), Until::Count(3))),
            PlanError::ZeroInterval,
        ),
        (
            "every 0 weeks",
            req("2026-12-10", custom(weeks(0), Until::Count(3))),
            PlanError::ZeroInterval,
        ),
        (
            "empty weekdays, custom",
            req(
                "2026-12-10",
                custom(
                    Every::Weeks {
                        n: 1,
                        weekdays: Weekdays::EMPTY,
                    },
                    Until::Count(3),
                ),
            ),
            PlanError::NoWeekdays,
        ),
        (
            "empty weekdays, IV",
            req(
                "2026-12-10",
                Pattern::IvCourse {
                    weekdays: Weekdays::EMPTY,
                    infusions: 6,
                },
            ),
            PlanError::NoWeekdays,
        ),
        (
            "IV on one weekday",
            req(
                "2026-12-10",
                Pattern::IvCourse {
                    weekdays: mon,
                    infusions: 6,
                },
            ),
            PlanError::WeekdayCount {
                min: 2,
                max: 3,
                chosen: 1,
            },
        ),
        (
            "esketamine on three weekdays",
            req(
                "2026-12-10",
                Pattern::EsketamineInduction {
                    weekdays: Weekdays::MON_WED_FRI,
                    maintenance: MaintenanceInterval::Weekly,
                    maintenance_sessions: 0,
                },
            ),
            PlanError::WeekdayCount {
                min: 2,
                max: 2,
                chosen: 3,
            },
        ),
        (
            "IV with zero infusions",
            req(
                "2026-12-10",
                Pattern::IvCourse {
                    weekdays: Weekdays::MON_WED_FRI,
                    infusions: 0,
                },
            ),
            PlanError::NoDates,
        ),
    ];
    for (name, r, want) in cases {
        assert_eq!(generate(&r), Err(want), "{name}");
    }
    let mut r = req("2026-12-10", Pattern::iv_course_example());
    r.start.minutes = 0;
    assert_eq!(generate(&r), Err(PlanError::ZeroLength));
    r.start.minutes = MAX_MINUTES + 1;
    assert_eq!(generate(&r), Err(PlanError::TooLong));
}

#[test]
fn start_today_is_fine_and_existing_plans_may_start_in_the_past() {
    let r = req("2026-11-28", Pattern::iv_course_example());
    assert!(generate(&r).is_ok());
    let mut r = req("2026-01-05", Pattern::iv_course_example());
    assert_eq!(generate(&r), Err(PlanError::StartInPast));
    r.mode = PlanMode::Existing;
    assert_eq!(generate(&r).unwrap()[0].date, d("2026-01-05"));
}

#[test]
fn weekday_set_basics() {
    let w = Weekdays::of(&[Sun, Mon, Mon]);
    assert_eq!(w.len(), 2);
    assert_eq!(w.days().collect::<Vec<_>>(), [Mon, Sun]);
    assert!(w.without(Mon).contains(Sun) && !w.without(Mon).contains(Mon));
    assert_eq!(serde_json::to_string(&Weekdays::MON_WED_FRI).unwrap(), "21");
}

fn any_pattern() -> impl proptest::strategy::Strategy<Value = Pattern> {
    use proptest::prelude::*;
    let weekdays = (1u8..128).prop_map(Weekdays);
    let two = (0u8..7, 1u8..7).prop_map(|(a, b)| {
        Weekdays::of(&[
            Weekday::ALL[a as usize],
            Weekday::ALL[((a + b) % 7) as usize],
        ])
    });
    prop_oneof![
        (two.clone(), 1u16..40).prop_map(|(weekdays, infusions)| Pattern::IvCourse {
            weekdays,
            infusions
        }),
        (two, any::<bool>(), 0u16..30).prop_map(|(weekdays, weekly, maintenance_sessions)| {
            Pattern::EsketamineInduction {
                weekdays,
                maintenance: if weekly {
                    MaintenanceInterval::Weekly
                } else {
                    MaintenanceInterval::EveryTwoWeeks
                },
                maintenance_sessions,
            }
        }),
        (1u16..5, weekdays, 1u16..60).prop_map(|(n, weekdays, count)| Pattern::Custom {
            kind: AppointmentKind::Other,
            every: Every::Weeks { n, weekdays },
            until: Until::Count(count),
        }),
    ]
}

fn chosen(p: &Pattern) -> Weekdays {
    match *p {
        Pattern::IvCourse { weekdays, .. } => weekdays,
        Pattern::EsketamineInduction { weekdays, .. } => weekdays,
        Pattern::Custom {
            every: Every::Weeks { weekdays, .. },
            ..
        } => weekdays,
        Pattern::Custom { .. } => Weekdays(0x7f),
    }
}

proptest::proptest! {
    #[test]
    fn dates_never_repeat_and_keep_the_weekdays(day in 0i64..3000, pattern in any_pattern()) {
        let start = d("2026-11-28").add_days(day);
        let mut r = req("2026-11-28", pattern);
        r.start.date = start;
        let appts = generate(&r).unwrap();
        proptest::prop_assert!(!appts.is_empty());
        proptest::prop_assert!(appts[0].date >= start);
        proptest::prop_assert!(appts.windows(2).all(|w| w[0].date < w[1].date));
        let w = chosen(&pattern);
        proptest::prop_assert!(appts.iter().all(|a| w.contains(a.date.weekday())));
        if let Pattern::IvCourse { weekdays, .. } = pattern {
            // 2-3 a week: no 7-day window holds more than the chosen number.
            for (i, a) in appts.iter().enumerate() {
                let in_week = appts[i..].iter().take_while(|b| b.date.days() < a.date.days() + 7).count();
                proptest::prop_assert!(in_week <= weekdays.len());
            }
        }
    }
}
