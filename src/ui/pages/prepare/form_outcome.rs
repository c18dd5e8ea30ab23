//! What a Prepare form's last Save did, and the words for it: each field's inline error and
//! the one status line.

use super::words::{self, Holds};
use crate::domain::prepare::preparation_form::FieldError;
use crate::platform::dom;
use crate::ui::components::announcer::Announcer;
use crate::ui::i18n::{PrepareK as P, Tr};
use yew::AttrValue;

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome<F> {
    Idle,
    Saved,
    Invalid(Vec<(F, FieldError)>),
}

impl<F: Copy + PartialEq> Outcome<F> {
    /// Refused: keyboard focus goes to the first field to fix.
    pub fn refused(errors: Vec<(F, FieldError)>, id_of: fn(F) -> &'static str) -> Self {
        if let Some((field, _)) = errors.first() {
            dom::focus_id(id_of(*field));
        }
        Outcome::Invalid(errors)
    }

    pub fn error(&self, tr: Tr, field: F, holds: Holds) -> Option<AttrValue> {
        match self {
            Outcome::Invalid(errors) => errors
                .iter()
                .find(|(f, _)| *f == field)
                .map(|(_, e)| words::field_error(tr, holds, *e).into()),
            _ => None,
        }
    }

    pub fn is_invalid(&self) -> bool {
        matches!(self, Outcome::Invalid(_))
    }

    /// Says the status line aloud (the polite live region) and hands the outcome back:
    /// `outcome.set(Outcome::Saved.told(tr, &announce))`.
    pub fn told(self, tr: Tr, announce: &Announcer) -> Self {
        announce.polite(self.status(tr));
        self
    }

    /// For the form's status line.
    pub fn status(&self, tr: Tr) -> &'static str {
        match self {
            Outcome::Idle => "",
            Outcome::Saved => tr.t(P::NotesSaved),
            Outcome::Invalid(_) => tr.t(P::NothingSaved),
        }
    }
}
