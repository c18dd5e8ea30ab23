//! Filling in a questionnaire over time: a draft is kept on every answer and resumed when the
//! form is reopened; it is finished only when every item is answered, and a finished one is
//! never edited again (a correction is a new record, so the history stays honest).
//!
//! Also here: the PHQ-9 item-9 red-flag record, the baseline the patient sees progress from,
//! and how often each scale is due.

use crate::domain::core::model::{
    Questionnaire, Record, RecordId, RedFlagEvent, ScaleKind, Session, Settings,
};
use crate::domain::core::time::{Instant, LocalDateTime, Zone};
use crate::domain::mood::scales::{
    default_baseline, needs_safety_panel, next_due, phq9_item9, total, Baseline, Due, Score,
};
use crate::domain::records::document::Document;

/// Why an answer was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The questionnaire is finished: it is read-only.
    Finished,
    /// No such item on this form.
    NoSuchItem,
    /// Not one of the form's answers.
    NoSuchAnswer,
}

/// Why a questionnaire cannot be finished yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FinishError {
    AlreadyFinished,
    /// These items (zero-based) have no answer yet; the draft stays as it is.
    Unanswered(Vec<usize>),
    /// The stored answers do not fit the form (more answers than items): never scored.
    Unreadable,
    /// No such questionnaire (deleted, perhaps in another tab).
    NotFound,
}

impl Questionnaire {
    /// An empty draft, started at `now`.
    pub fn new_draft(scale: ScaleKind, now: Instant) -> Self {
        Questionnaire {
            scale,
            answers: vec![None; scale.item_count()],
            started: now,
            completed: None,
        }
    }

    pub fn is_draft(&self) -> bool {
        self.completed.is_none()
    }

    /// The answer to item `index`, if it is one the form allows (a corrupted value reads as
    /// unanswered, so the patient is asked again instead of it being scored).
    pub fn answer(&self, index: usize) -> Option<u8> {
        self.answers
            .get(index)
            .copied()
            .flatten()
            .filter(|value| *value <= self.scale.max_answer())
    }

    /// Zero-based items still without a usable answer, in form order.
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.scale.item_count())
            .filter(|i| self.answer(*i).is_none())
            .collect()
    }

    /// Where to resume: the first item without an answer (`None` when all are answered).
    pub fn first_unanswered(&self) -> Option<usize> {
        self.unanswered().first().copied()
    }

    /// How many items have a usable answer.
    pub fn answered_count(&self) -> usize {
        self.scale.item_count() - self.unanswered().len()
    }

    /// The draft with item `index` answered `value`. Answers are padded to the form's length;
    /// nothing already stored is dropped.
    pub fn with_answer(&self, index: usize, value: u8) -> Result<Questionnaire, AnswerError> {
        if !self.is_draft() {
            return Err(AnswerError::Finished);
        }
        if index >= self.scale.item_count() {
            return Err(AnswerError::NoSuchItem);
        }
        if value > self.scale.max_answer() {
            return Err(AnswerError::NoSuchAnswer);
        }
        let mut answers = self.answers.clone();
        if answers.len() < self.scale.item_count() {
            answers.resize(self.scale.item_count(), None);
        }
        answers[index] = Some(value);
        Ok(Questionnaire {
            answers,
            ..self.clone()
        })
    }

    /// The questionnaire finished at `now`, or why it cannot be: a total is only ever shown
    /// for a complete form.
    pub fn finish(&self, now: Instant) -> Result<Questionnaire, FinishError> {
        if !self.is_draft() {
            return Err(FinishError::AlreadyFinished);
        }
        let unanswered = self.unanswered();
        if !unanswered.is_empty() {
            return Err(FinishError::Unanswered(unanswered));
        }
        if total(self.scale, &self.answers).is_none() {
            return Err(FinishError::Unreadable);
        }
        Ok(Questionnaire {
            completed: Some(now),
            ..self.clone()
        })
    }

    /// The total of a finished questionnaire (a draft has none, even if complete).
    pub fn finished_total(&self) -> Option<u16> {
        self.completed?;
        total(self.scale, &self.answers)
    }

    /// A new draft with the same answers, for correcting a finished questionnaire without
    /// editing it.
    pub fn correction(&self, now: Instant) -> Questionnaire {
        Questionnaire {
            scale: self.scale,
            answers: (0..self.scale.item_count())
                .map(|i| self.answer(i))
                .collect(),
            started: now,
            completed: None,
        }
    }
}

/// The draft of `kind` to resume: the most recently started live one.
pub fn open_draft(
    records: &[Record<Questionnaire>],
    kind: ScaleKind,
) -> Option<(&RecordId, &Questionnaire)> {
    records
        .iter()
        .filter_map(|r| r.live().map(|q| (&r.meta, q)))
        .filter(|(_, q)| q.scale == kind && q.is_draft())
        .max_by_key(|(meta, q)| (q.started, meta.updated))
        .map(|(meta, q)| (&meta.id, q))
}

/// Saves one answer into draft `id` (a new draft of `kind` if there is none yet) and keeps
/// the item-9 red-flag record up to date, in one change. Returns whether anything changed; a
/// finished questionnaire or an answer the form does not allow changes nothing.
pub fn save_answer(
    doc: &mut Document,
    id: &RecordId,
    kind: ScaleKind,
    item: usize,
    value: u8,
    now: Instant,
) -> bool {
    let draft = doc
        .get::<Questionnaire>(id)
        .cloned()
        .unwrap_or_else(|| Questionnaire::new_draft(kind, now));
    let Ok(answered) = draft.with_answer(item, value) else {
        return false;
    };
    let event_id = item9_event_id(id);
    let event = item9_event(&answered, doc.get::<RedFlagEvent>(&event_id), now);
    let mut changed = doc.put(id.clone(), answered, now);
    if let Some(event) = event {
        changed |= doc.put(event_id, event, now);
    }
    changed
}

/// Finishes draft `id` at `now`; on error the draft is left exactly as it was.
pub fn finish_draft(doc: &mut Document, id: &RecordId, now: Instant) -> Result<(), FinishError> {
    let finished = doc
        .get::<Questionnaire>(id)
        .ok_or(FinishError::NotFound)?
        .finish(now)?;
    doc.put(id.clone(), finished, now);
    Ok(())
}

/// Starts a correction of finished questionnaire `of` as a new draft `new_id` with the same
/// answers. Refused (false) when `of` is not a finished questionnaire, or when a draft of that
/// scale is already open: that one is continued instead, so drafts never pile up.
pub fn start_correction(doc: &mut Document, of: &RecordId, new_id: RecordId, now: Instant) -> bool {
    let Some(finished) = doc.get::<Questionnaire>(of).filter(|q| !q.is_draft()) else {
        return false;
    };
    if open_draft(doc.records::<Questionnaire>(), finished.scale).is_some() {
        return false;
    }
    let correction = finished.correction(now);
    doc.put(new_id, correction, now)
}

/// The id of the red-flag record kept for item 9 of one PHQ-9: one per questionnaire, so
/// changing the answer updates it instead of adding another.
pub fn item9_event_id(questionnaire: &RecordId) -> RecordId {
    RecordId(format!("{}-phq9-item9", questionnaire.as_str()))
}

/// The red-flag record to keep now for item 9, given the one already kept for this
/// questionnaire: a new one when item 9 is above "Not at all" and higher than what is kept.
/// A lower or withdrawn answer never erases what was reported.
pub fn item9_event(
    questionnaire: &Questionnaire,
    kept: Option<&RedFlagEvent>,
    now: Instant,
) -> Option<RedFlagEvent> {
    if !needs_safety_panel(questionnaire.scale, &questionnaire.answers) {
        return None;
    }
    let value = phq9_item9(&questionnaire.answers)?;
    let already = kept.and_then(|e| e.phq9_item9);
    if already.is_some_and(|kept| kept >= value) {
        return None;
    }
    Some(RedFlagEvent {
        at: now,
        flags: Vec::new(),
        phq9_item9: Some(value),
        suicide_plan_or_intent: kept.is_some_and(|e| e.suicide_plan_or_intent),
        // A higher answer is new: it is not covered by an earlier "entered by mistake".
        check_in: None,
        mistake: None,
    })
}

impl Session {
    /// When the session started: its local date and start time in the phone's zone.
    pub fn starts_at(&self, zone: &dyn Zone) -> Instant {
        zone.to_instant(LocalDateTime::new(self.date, self.start))
    }
}

/// When the first recorded session started (the "before treatment" line for the baseline).
pub fn first_session_start<'a>(
    sessions: impl IntoIterator<Item = &'a Session>,
    zone: &dyn Zone,
) -> Option<Instant> {
    sessions.into_iter().map(|s| s.starts_at(zone)).min()
}

/// The baseline among `scores` (one scale's, from [`completed_scores`]): the score the
/// patient picked (by its completion instant) if it still exists, else the default (the last
/// score before the first session).
pub fn baseline_for(
    scores: &[Score],
    first_session: Option<Instant>,
    chosen: Option<Instant>,
) -> Baseline {
    chosen
        .and_then(|at| scores.iter().find(|s| s.at == at))
        .map_or_else(
            || default_baseline(first_session, scores),
            |s| Baseline::Chosen(*s),
        )
}

/// The PCL-5 asks about the past month, so it is not due more often than this.
pub const PCL5_MIN_CADENCE_DAYS: u16 = 30;

/// Days between two questionnaires of `kind` with the patient's setting; 0 means reminders
/// are off and stays 0.
pub fn cadence_days(kind: ScaleKind, setting: u16) -> u16 {
    match kind {
        ScaleKind::Pcl5 if setting > 0 => setting.max(PCL5_MIN_CADENCE_DAYS),
        _ => setting,
    }
}

/// The cadence setting that applies: the maintenance one once the course is over.
pub fn cadence_setting(settings: &Settings, course_over: bool) -> u16 {
    if course_over {
        settings.questionnaire_days_maintenance
    } else {
        settings.questionnaire_days_course
    }
}

/// Whether `kind` is due at `now` (calendar days in `zone`), or `None` when reminders are off
/// (a cadence of 0). Today's due list and the Mood screen both use this.
pub fn due_state(
    kind: ScaleKind,
    last_completed: Option<Instant>,
    setting: u16,
    now: Instant,
    zone: &dyn Zone,
) -> Option<Due> {
    let cadence = cadence_days(kind, setting);
    (cadence > 0).then(|| next_due(last_completed, cadence, now, zone))
}

#[cfg(test)]
mod tests;
