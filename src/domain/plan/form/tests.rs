use super::*;
use crate::domain::core::time::Weekday::*;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

/// 2026-11-28 is a Saturday.
const TODAY: &str = "2026-11-28";

fn appointment_form(date: &str, time: &str, minutes: &str) -> AppointmentForm {
    AppointmentForm {
        date: date.into(),
        time: time.into(),
        minutes: minutes.into(),
        place: "  Clinic  ".into(),
        notes: " bring the letter\n".into(),
        ..AppointmentForm::new(d(TODAY))
    }
}

/// A test name, the form, and the errors it must give.
type FormCase = (&'static str, AppointmentForm, Vec<(Field, FieldError)>);

#[test]
fn an_appointment_form_is_taken_whole_or_every_error_is_reported() {
    use FieldError::*;
    let cases: Vec<FormCase> = vec![
        (
            "no date",
            appointment_form(" ", "09:00", "40"),
            vec![(Field::Date, Empty)],
        ),
        (
            "impossible date",
            appointment_form("2026-02-30", "09:00", "40"),
            vec![(Field::Date, Invalid)],
        ),
        (
            "bad time",
            appointment_form("2026-12-01", "9am", "40"),
            vec![(Field::Time, Invalid)],
        ),
        (
            "zero minutes",
            appointment_form("2026-12-01", "09:00", "0"),
            vec![(Field::Minutes, Zero)],
        ),
        (
            "negative minutes",
            appointment_form("2026-12-01", "09:00", "-5"),
            vec![(Field::Minutes, Invalid)],
        ),
        (
            "a whole day and more",
            appointment_form("2026-12-01", "09:00", "1441"),
            vec![(Field::Minutes, TooLarge { max: 1440 })],
        ),
        (
            "everything wrong",
            appointment_form("", "", ""),
            vec![
                (Field::Date, Empty),
                (Field::Time, Empty),
                (Field::Minutes, Empty),
            ],
        ),
    ];
    for (name, form, want) in cases {
        assert_eq!(form.check(), Err(want), "{name}");
    }
    // A past date is fine (recording what happened); text is trimmed.
    let a = appointment_form("2026-01-05", "07:45", " 40 ")
        .check()
        .unwrap();
    assert_eq!(
        (
            a.date,
            a.time,
            a.minutes,
            a.place.as_str(),
            a.notes.as_str()
        ),
        (
            d("2026-01-05"),
            TimeOfDay::new(7, 45).unwrap(),
            40,
            "Clinic",
            "bring the letter"
        )
    );
    assert_eq!(AppointmentForm::of(&a).check(), Ok(a));
}

#[test]
fn the_presets_start_as_the_schedule_examples() {
    let today = d(TODAY);
    let pattern = |p| PresetForm::new(p, today).request(today).unwrap().pattern;
    assert_eq!(pattern(Preset::IvCourse), Pattern::iv_course_example());
    assert_eq!(
        Preset::starting(Some(SchedulePreset::EsketamineInduction)),
        Preset::Esketamine,
        "the clinic's suggestion is where the builder starts"
    );
    assert_eq!(
        Preset::starting(Some(SchedulePreset::IvCourse)),
        Preset::IvCourse
    );
    assert_eq!(Preset::starting(None), Preset::IvCourse);
    assert_eq!(pattern(Preset::Esketamine), Pattern::esketamine_example());
    assert_eq!(
        pattern(Preset::Custom),
        Pattern::Custom {
            kind: AppointmentKind::Psychotherapy,
            every: Every::Weeks {
                n: 1,
                weekdays: Weekdays::of(&[Sat])
            },
            until: Until::Count(8),
        }
    );
    let iv = PresetForm::new(Preset::IvCourse, today)
        .preview(today)
        .unwrap();
    // From Saturday: Mon 30 Nov, Wed 2 Dec, ... six infusions over two weeks.
    assert_eq!(iv.len(), 6);
    assert_eq!((iv[0].date, iv[5].date), (d("2026-11-30"), d("2026-12-11")));
}

#[test]
fn each_preset_keeps_its_own_weekdays() {
    let mut form = PresetForm::new(Preset::IvCourse, d(TODAY));
    form.set_weekdays(Weekdays::of(&[Tue, Thu]));
    form.preset = Preset::Esketamine;
    assert_eq!(form.weekdays(), Weekdays::MON_THU);
    form.preset = Preset::IvCourse;
    assert_eq!(form.weekdays(), Weekdays::of(&[Tue, Thu]));
}

#[test]
fn a_bad_schedule_says_what_is_wrong_and_previews_nothing() {
    use FieldError::*;
    let today = d(TODAY);
    let custom = |f: fn(&mut PresetForm)| {
        let mut form = PresetForm::new(Preset::Custom, today);
        f(&mut form);
        form
    };
    let cases: Vec<(&str, PresetForm, PresetError)> = vec![
        (
            "no start date",
            custom(|f| f.start_date.clear()),
            PresetError::Field(Field::Date, Empty),
        ),
        (
            "bad time",
            custom(|f| f.time = "25:00".into()),
            PresetError::Field(Field::Time, Invalid),
        ),
        (
            "zero length",
            custom(|f| f.minutes = "0".into()),
            PresetError::Field(Field::Minutes, Zero),
        ),
        (
            "no interval",
            custom(|f| f.interval = "".into()),
            PresetError::Field(Field::Interval, Empty),
        ),
        (
            "every 0 weeks",
            custom(|f| f.interval = "0".into()),
            PresetError::Plan(PlanError::ZeroInterval),
        ),
        (
            "no weekday",
            custom(|f| f.custom_weekdays = Weekdays::EMPTY),
            PresetError::Plan(PlanError::NoWeekdays),
        ),
        (
            "count 0",
            custom(|f| f.count = "0".into()),
            PresetError::Plan(PlanError::NoDates),
        ),
        (
            "a huge count",
            custom(|f| f.count = "99999999".into()),
            PresetError::Plan(PlanError::TooMany),
        ),
        (
            "201",
            custom(|f| f.count = "201".into()),
            PresetError::Plan(PlanError::TooMany),
        ),
        (
            "until before the start",
            custom(|f| {
                f.stop = StopRule::OnDate;
                f.until_date = "2026-11-27".into();
            }),
            PresetError::Plan(PlanError::EndBeforeStart),
        ),
        (
            "until left empty",
            custom(|f| f.stop = StopRule::OnDate),
            PresetError::Field(Field::UntilDate, Empty),
        ),
        (
            "start before today",
            custom(|f| f.start_date = "2026-11-27".into()),
            PresetError::Plan(PlanError::StartInPast),
        ),
        (
            "IV infusions not a number",
            {
                let mut f = PresetForm::new(Preset::IvCourse, today);
                f.infusions = "six".into();
                f
            },
            PresetError::Field(Field::Infusions, Invalid),
        ),
        (
            "esketamine on one weekday",
            {
                let mut f = PresetForm::new(Preset::Esketamine, today);
                f.set_weekdays(Weekdays::of(&[Mon]));
                f
            },
            PresetError::Plan(PlanError::WeekdayCount {
                min: 2,
                max: 2,
                chosen: 1,
            }),
        ),
    ];
    for (name, form, want) in cases {
        assert_eq!(form.preview(today), Err(want), "{name}");
    }
}

#[test]
fn every_n_days_ignores_weekdays_and_stops_on_the_date() {
    let today = d(TODAY);
    let mut form = PresetForm::new(Preset::Custom, today);
    form.custom_weekdays = Weekdays::EMPTY;
    form.unit = IntervalUnit::Days;
    form.interval = "10".into();
    form.stop = StopRule::OnDate;
    form.until_date = "2026-12-18".into();
    form.kind = AppointmentKind::FollowUp;
    form.place = " Room 4 ".into();
    let got = form.preview(today).unwrap();
    let dates: Vec<String> = got.iter().map(|a| a.date.to_string()).collect();
    assert_eq!(dates, ["2026-11-28", "2026-12-08", "2026-12-18"]);
    assert!(got
        .iter()
        .all(|a| a.kind == AppointmentKind::FollowUp && a.place == "Room 4"));
}
