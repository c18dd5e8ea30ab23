//! When a questionnaire is next due. The cadence comes from settings (by default every 7 days
//! during a course, every 14 in maintenance); days here are 24-hour periods from the last
//! completion, so a reminder never depends on the phone's time zone.

use crate::domain::time::{Instant, MS_PER_DAY};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Never completed: due now, and the UI can say it would be the first.
    NeverTaken,
    NotYet {
        due_at: Instant,
    },
    /// Due, for up to one day after `due_at`.
    Due,
    /// Due for `days` whole days or more.
    Overdue {
        days: u16,
    },
}

/// Whether a questionnaire last completed at `last_completed` is due at `now`, with a new one
/// every `cadence_days` days. A cadence of 0 is read as 1: a questionnaire is never due again
/// the moment it is finished.
pub fn next_due(last_completed: Option<Instant>, cadence_days: u16, now: Instant) -> Due {
    let Some(last) = last_completed else {
        return Due::NeverTaken;
    };
    let due_at = Instant(
        last.0
            .saturating_add(i64::from(cadence_days.max(1)) * MS_PER_DAY),
    );
    if now < due_at {
        return Due::NotYet { due_at };
    }
    match now.0.saturating_sub(due_at.0) / MS_PER_DAY {
        0 => Due::Due,
        days => Due::Overdue {
            days: u16::try_from(days).unwrap_or(u16::MAX),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = MS_PER_DAY;
    const LAST: Instant = Instant(1_790_000_000_000);

    fn after(ms: i64) -> Instant {
        Instant(LAST.0 + ms)
    }

    #[test]
    fn never_taken_is_its_own_state() {
        assert_eq!(next_due(None, 7, LAST), Due::NeverTaken);
    }

    #[test]
    fn due_state_at_each_edge() {
        let cases = [
            // (cadence, time since last completion, expected)
            (
                7,
                0,
                Due::NotYet {
                    due_at: after(7 * DAY),
                },
            ),
            (
                7,
                7 * DAY - 1,
                Due::NotYet {
                    due_at: after(7 * DAY),
                },
            ),
            (7, 7 * DAY, Due::Due),
            (7, 8 * DAY - 1, Due::Due),
            (7, 8 * DAY, Due::Overdue { days: 1 }),
            (7, 10 * DAY + 5, Due::Overdue { days: 3 }),
            (
                14,
                7 * DAY,
                Due::NotYet {
                    due_at: after(14 * DAY),
                },
            ),
            (14, 14 * DAY, Due::Due),
            (14, 20 * DAY, Due::Overdue { days: 6 }),
            (0, 0, Due::NotYet { due_at: after(DAY) }),
            (0, DAY, Due::Due),
        ];
        for (cadence, since, expected) in cases {
            assert_eq!(
                next_due(Some(LAST), cadence, after(since)),
                expected,
                "cadence {cadence}, {since} ms after"
            );
        }
    }

    #[test]
    fn a_clock_before_the_last_completion_is_not_yet_due() {
        // A phone clock set back must not make the questionnaire look overdue.
        assert_eq!(
            next_due(Some(LAST), 7, after(-3 * DAY)),
            Due::NotYet {
                due_at: after(7 * DAY)
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
