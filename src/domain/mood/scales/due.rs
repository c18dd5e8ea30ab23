//! When a questionnaire is next due. The cadence comes from settings (by default every 7 days
//! during a course, every 14 in maintenance). Days are calendar days where the patient is: one
//! finished on a Monday evening with a 7-day cadence is due all of the next Monday. Today's due
//! list and the Mood screen both ask this one function, so they always agree.

use crate::domain::core::time::{Instant, LocalDateTime, TimeOfDay, Zone};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Never completed: due now, and the UI can say it would be the first.
    NeverTaken,
    NotYet {
        /// The start (local midnight) of the day it falls due.
        due_at: Instant,
    },
    /// Due today.
    Due,
    /// Due for `days` whole days.
    Overdue { days: u16 },
}

/// Whether a questionnaire last completed at `last_completed` is due at `now`, with a new one
/// every `cadence_days` days. A cadence of 0 is read as 1: a questionnaire is never due again
/// the moment it is finished.
pub fn next_due(
    last_completed: Option<Instant>,
    cadence_days: u16,
    now: Instant,
    zone: &dyn Zone,
) -> Due {
    let Some(last) = last_completed else {
        return Due::NeverTaken;
    };
    let due_day = zone
        .to_local(last)
        .date
        .add_days(i64::from(cadence_days.max(1)));
    let today = zone.to_local(now).date;
    match today.days() - due_day.days() {
        late if late < 0 => Due::NotYet {
            due_at: zone.to_instant(LocalDateTime::new(due_day, TimeOfDay::MIDNIGHT)),
        },
        0 => Due::Due,
        late => Due::Overdue {
            days: u16::try_from(late).unwrap_or(u16::MAX),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::core::time::{Date, FixedZone, MS_PER_DAY};

    const DAY: i64 = MS_PER_DAY;
    /// Monday 2026-09-21 20:00 UTC (evening).
    const LAST: Instant = Instant(1_790_020_800_000);
    const UTC: FixedZone = FixedZone(0);

    fn after(ms: i64) -> Instant {
        Instant(LAST.0 + ms)
    }

    fn next_due(last: Option<Instant>, cadence: u16, now: Instant) -> Due {
        super::next_due(last, cadence, now, &UTC)
    }

    /// Midnight UTC at the start of the day `days` after LAST's day.
    fn midnight(days: i64) -> Instant {
        let d: Date = UTC.to_local(LAST).date.add_days(days);
        UTC.to_instant(LocalDateTime::new(d, TimeOfDay::MIDNIGHT))
    }

    #[test]
    fn never_taken_is_its_own_state() {
        assert_eq!(next_due(None, 7, LAST), Due::NeverTaken);
    }

    #[test]
    fn due_state_at_each_edge() {
        const H: i64 = DAY / 24;
        // LAST is 20:00, so its day ends 4 h later; the 7th day after it starts 7 d - 20 h on.
        let cases = [
            // (cadence, time since last completion, expected)
            (
                7,
                0,
                Due::NotYet {
                    due_at: midnight(7),
                },
            ),
            (
                7,
                7 * DAY - 20 * H - 1,
                Due::NotYet {
                    due_at: midnight(7),
                },
            ),
            (7, 7 * DAY - 20 * H, Due::Due),
            (7, 8 * DAY - 20 * H - 1, Due::Due),
            (7, 8 * DAY - 20 * H, Due::Overdue { days: 1 }),
            (7, 10 * DAY + 5, Due::Overdue { days: 3 }),
            (
                14,
                7 * DAY,
                Due::NotYet {
                    due_at: midnight(14),
                },
            ),
            (14, 14 * DAY, Due::Due),
            (14, 20 * DAY, Due::Overdue { days: 6 }),
            (
                0,
                0,
                Due::NotYet {
                    due_at: midnight(1),
                },
            ),
            (0, DAY, Due::Due),
        ];
        for (cadence, since, expected) in cases {
            assert_eq!(
                next_due(Some(LAST), cadence, after(since)),
                expected,
                "cadence {cadence}, {since} ms after"
            );
        }
        assert_eq!(next_due(None, 7, LAST), Due::NeverTaken);
    }

    #[test]
    fn days_are_the_patients_calendar_days() {
        use crate::domain::core::time::UsDstZone;
        let ny = UsDstZone::EASTERN;
        let local = |d: &str, t: &str| {
            ny.to_instant(LocalDateTime::new(
                Date::parse(d).unwrap(),
                TimeOfDay::parse(t).unwrap(),
            ))
        };
        // Finished late on a Monday evening in New York (already Tuesday in UTC).
        let last = local("2026-11-02", "23:30");
        assert_eq!(
            super::next_due(Some(last), 7, local("2026-11-09", "00:10"), &ny),
            Due::Due
        );
        assert!(matches!(
            super::next_due(Some(last), 7, local("2026-11-08", "23:50"), &ny),
            Due::NotYet { .. }
        ));
    }

    #[test]
    fn a_clock_before_the_last_completion_is_not_yet_due() {
        // A phone clock set back must not make the questionnaire look overdue.
        assert_eq!(
            next_due(Some(LAST), 7, after(-3 * DAY)),
            Due::NotYet {
                due_at: midnight(7)
            }
        );
    }

    #[test]
    fn very_long_gaps_saturate_instead_of_wrapping() {
        assert_eq!(
            next_due(Some(LAST), 7, after(200_000 * DAY)),
            Due::Overdue { days: u16::MAX }
        );
    }
}
