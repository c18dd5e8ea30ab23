//! iCalendar (RFC 5545) export of planned appointments.
//!
//! A browser app cannot fire reminders while it is closed, so the phone's own calendar is the
//! dependable reminder channel: each appointment becomes a VEVENT with VALARMs, and each dosing
//! session also gets a prompt for the post-session check-in.
//!
//! - UIDs derive from the record id, so importing the file again updates events instead of
//!   duplicating them.
//! - Times are written in UTC (`...Z`), computed through the phone's [`Zone`], so no VTIMEZONE
//!   is needed and no calendar reads them as floating times.
//! - No user-visible words are built in: titles come from the caller (translated, or neutral
//!   when the privacy option is on).

use crate::domain::core::model::{Appointment, AppointmentKind, RecordId};
use crate::domain::core::time::{Instant, LocalDateTime, Zone, MS_PER_MINUTE};

pub const UID_DOMAIN: &str = "session-companion.app";
pub const PRODID: &str = "-//Session Companion//Plan export//EN";
/// The check-in prompt comes this long after a dosing session ends.
pub const CHECK_IN_AFTER_MINUTES: i64 = 120;
/// Length of the separate check-in prompt event.
pub const CHECK_IN_EVENT_MINUTES: i64 = 15;
/// RFC 5545 3.1: content lines are folded at 75 octets.
const FOLD_OCTETS: usize = 75;

/// An alarm this many minutes before an appointment starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Reminder {
    pub minutes_before: u32,
}

impl Reminder {
    pub const DAY_BEFORE: Reminder = Reminder {
        minutes_before: 24 * 60,
    };
    pub const TWO_HOURS_BEFORE: Reminder = Reminder {
        minutes_before: 120,
    };
    pub const DEFAULTS: [Reminder; 2] = [Reminder::DAY_BEFORE, Reminder::TWO_HOURS_BEFORE];

    /// The TRIGGER value, e.g. `-P1D`, `-PT2H`, `-P1DT1H30M`; `PT0M` for "at the start".
    pub fn trigger(self) -> String {
        if self.minutes_before == 0 {
            "PT0M".into()
        } else {
            format!("-{}", duration(self.minutes_before))
        }
    }
}

/// A positive RFC 5545 duration of whole minutes, e.g. `P1DT2H30M` (`PT0M` for zero).
fn duration(minutes: u32) -> String {
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut s = String::from("P");
    if days > 0 {
        s += &format!("{days}D");
    }
    if hours > 0 || mins > 0 || days == 0 {
        s.push('T');
        if hours > 0 {
            s += &format!("{hours}H");
        }
        if mins > 0 || (hours == 0 && days == 0) {
            s += &format!("{mins}M");
        }
    }
    s
}

/// Event titles, one per appointment kind plus the check-in prompt. The UI passes them in the
/// patient's language (or neutral ones, such as "Appointment", for the privacy option).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EventTitles {
    pub ketamine: String,
    pub follow_up: String,
    pub psychotherapy: String,
    pub support_group: String,
    pub maintenance: String,
    pub other: String,
    /// Title and alarm text of the check-in prompt after a dosing session.
    pub check_in: String,
}

impl EventTitles {
    pub fn for_kind(&self, kind: AppointmentKind) -> &str {
        match kind {
            AppointmentKind::Ketamine => &self.ketamine,
            AppointmentKind::FollowUp => &self.follow_up,
            AppointmentKind::Psychotherapy => &self.psychotherapy,
            AppointmentKind::SupportGroup => &self.support_group,
            AppointmentKind::Maintenance => &self.maintenance,
            AppointmentKind::Other => &self.other,
        }
    }
}

/// How the post-session check-in is prompted for dosing sessions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CheckInPrompt {
    /// A short event of its own, 2 h after the session ends, with an alarm at its start. Works
    /// in every calendar (some ignore alarms relative to an event's end).
    #[default]
    SeparateEvent,
    /// An extra alarm on the session itself: `TRIGGER;RELATED=END:PT2H`.
    AlarmOnSession,
    Off,
}

pub struct IcsOptions<'a> {
    /// DTSTAMP of every event.
    pub now: Instant,
    pub zone: &'a dyn Zone,
    pub titles: &'a EventTitles,
    /// Used instead of `titles` when `private` is on.
    pub neutral_titles: &'a EventTitles,
    /// Neutral titles, and no LOCATION or DESCRIPTION (they show on lock screens).
    pub private: bool,
    pub reminders: &'a [Reminder],
    pub check_in: CheckInPrompt,
}

impl<'a> IcsOptions<'a> {
    /// Default reminders (a day and two hours before) and a separate check-in event.
    pub fn new(
        now: Instant,
        zone: &'a dyn Zone,
        titles: &'a EventTitles,
        neutral_titles: &'a EventTitles,
    ) -> Self {
        IcsOptions {
            now,
            zone,
            titles,
            neutral_titles,
            private: false,
            reminders: &Reminder::DEFAULTS,
            check_in: CheckInPrompt::SeparateEvent,
        }
    }
    fn titles(&self) -> &EventTitles {
        if self.private {
            self.neutral_titles
        } else {
            self.titles
        }
    }
}

/// A whole calendar file with one event (plus check-in prompt) per appointment.
pub fn to_ics(events: &[(RecordId, Appointment)], opts: &IcsOptions) -> String {
    calendar(events.iter().map(|(id, a)| (id, a)), opts)
}

/// A calendar file for a single appointment ("add to calendar" on one row).
pub fn to_ics_one(id: &RecordId, appointment: &Appointment, opts: &IcsOptions) -> String {
    calendar(std::iter::once((id, appointment)), opts)
}

/// The UID of an appointment's event; stable across exports.
pub fn event_uid(id: &RecordId) -> String {
    format!("{}@{UID_DOMAIN}", id.as_str())
}

/// The UID of the check-in prompt event that belongs to an appointment.
pub fn check_in_uid(id: &RecordId) -> String {
    format!("{}-check-in@{UID_DOMAIN}", id.as_str())
}

fn calendar<'e>(
    events: impl Iterator<Item = (&'e RecordId, &'e Appointment)>,
    opts: &IcsOptions,
) -> String {
    let mut out = Lines::default();
    out.raw("BEGIN:VCALENDAR");
    out.raw(&format!("PRODID:{PRODID}"));
    out.raw("VERSION:2.0");
    out.raw("CALSCALE:GREGORIAN");
    out.raw("METHOD:PUBLISH");
    for (id, appt) in events {
        event(&mut out, id, appt, opts);
    }
    out.raw("END:VCALENDAR");
    out.0
}

fn event(out: &mut Lines, id: &RecordId, appt: &Appointment, opts: &IcsOptions) {
    let titles = opts.titles();
    let summary = titles.for_kind(appt.kind);
    let start = opts
        .zone
        .to_instant(LocalDateTime::new(appt.date, appt.time));
    let end = start.plus_minutes(i64::from(appt.minutes));
    let stamp = utc_stamp(opts.now);

    out.raw("BEGIN:VEVENT");
    out.text("UID", &event_uid(id));
    out.raw(&format!("DTSTAMP:{stamp}"));
    out.raw(&format!("DTSTART:{}", utc_stamp(start)));
    out.raw(&format!("DTEND:{}", utc_stamp(end)));
    out.text("SUMMARY", summary);
    if !opts.private {
        if !appt.place.trim().is_empty() {
            out.text("LOCATION", &appt.place);
        }
        if !appt.notes.trim().is_empty() {
            out.text("DESCRIPTION", &appt.notes);
        }
    }
    for r in opts.reminders {
        alarm(out, summary, &format!("TRIGGER:{}", r.trigger()));
    }
    let dosing = appt.kind.is_dosing();
    if dosing && opts.check_in == CheckInPrompt::AlarmOnSession {
        alarm(
            out,
            &titles.check_in,
            &format!(
                "TRIGGER;RELATED=END:{}",
                duration(CHECK_IN_AFTER_MINUTES as u32)
            ),
        );
    }
    out.raw("END:VEVENT");

    if dosing && opts.check_in == CheckInPrompt::SeparateEvent {
        let at = end.plus_minutes(CHECK_IN_AFTER_MINUTES);
        out.raw("BEGIN:VEVENT");
        out.text("UID", &check_in_uid(id));
        out.raw(&format!("DTSTAMP:{stamp}"));
        out.raw(&format!("DTSTART:{}", utc_stamp(at)));
        out.raw(&format!(
            "DTEND:{}",
            utc_stamp(at.plus_minutes(CHECK_IN_EVENT_MINUTES))
        ));
        out.text("SUMMARY", &titles.check_in);
        // A prompt, not a busy slot.
        out.raw("TRANSP:TRANSPARENT");
        alarm(out, &titles.check_in, "TRIGGER:PT0M");
        out.raw("END:VEVENT");
    }
}

fn alarm(out: &mut Lines, text: &str, trigger_line: &str) {
    out.raw("BEGIN:VALARM");
    out.raw("ACTION:DISPLAY");
    out.text("DESCRIPTION", text);
    out.raw(trigger_line);
    out.raw("END:VALARM");
}

/// `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(at: Instant) -> String {
    // Whole seconds: RFC 5545 DATE-TIME has no fraction.
    let secs = Instant(at.0.div_euclid(1000) * 1000);
    debug_assert_eq!(MS_PER_MINUTE % 1000, 0);
    secs.to_iso_utc().replace(['-', ':'], "")
}

/// Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. Other
/// control characters are not allowed in TEXT and are dropped.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push_str("\\n");
                }
            }
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into physical lines of at most 75 octets, each ending in CRLF;
/// continuation lines start with a space. A cut never splits a UTF-8 character, and it moves
/// back before spaces so that no physical line ends in whitespace (some readers trim it, which
/// would lose the space).
pub fn fold_line(line: &str) -> String {
    let bytes = line.as_bytes();
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut start = 0;
    loop {
        // The first physical line holds 75 octets; later ones 74 after the leading space.
        let room = if start == 0 {
            FOLD_OCTETS
        } else {
            FOLD_OCTETS - 1
        };
        if start > 0 {
            out.push(' ');
        }
        if bytes.len() - start <= room {
            out.push_str(&line[start..]);
            out.push_str("\r\n");
            return out;
        }
        let mut cut = start + room;
        while !line.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut back = cut;
        while back > start && matches!(bytes[back - 1], b' ' | b'\t') {
            back -= 1;
        }
        if back > start {
            cut = back;
        }
        out.push_str(&line[start..cut]);
        out.push_str("\r\n");
        start = cut;
    }
}

#[derive(Default)]
struct Lines(String);

impl Lines {
    /// A line whose value needs no escaping.
    fn raw(&mut self, line: &str) {
        self.0.push_str(&fold_line(line));
    }
    fn text(&mut self, name: &str, value: &str) {
        self.raw(&format!("{name}:{}", escape_text(value)));
    }
}

#[cfg(test)]
mod tests;
