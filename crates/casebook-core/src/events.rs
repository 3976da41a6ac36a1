//! The events recorded on a case (a step taken, an appeal received), by kind.
//!
//! The store keeps each event's kind as its code string; the codes are part of
//! the database format and never change. What the events do to the clock is
//! [`crate::deadline::ClockEvents::replay`].

use chrono::NaiveDate;

use crate::code_enum;

code_enum! {
    /// What happened on a case on a given day. Stored by code.
    pub enum CaseEventKind as "case event kind" {
        Acknowledged = "acknowledged", "Receipt acknowledged";
        /// Identity evidence, or proof of an agent's authority, was asked for.
        IdentityRequested = "identity-requested", "Identity evidence asked for";
        IdentityReceived = "identity-received", "Identity evidence received";
        IdentityChecked = "identity-checked", "Identity checked";
        IdentityDocumentDeleted = "identity-document-deleted", "Identity document deleted";
        ClarificationAsked = "clarification-asked", "Clarification asked for";
        ClarificationAnswered = "clarification-answered", "Clarification received";
        ExtensionTaken = "extension-taken", "Extension taken";
        FeeRequested = "fee-requested", "Fee asked for";
        FeePaid = "fee-paid", "Fee paid";
        Refused = "refused", "Refused";
        Withdrawn = "withdrawn", "Withdrawn";
        ResponseSent = "response-sent", "Response sent";
        /// A consumer's appeal of a refusal or partial answer (US state laws).
        AppealReceived = "appeal-received", "Appeal received";
        AppealDecided = "appeal-decided", "Appeal decided";
        /// The answer to a complaint to the controller (UK DPA 2018 s.164A).
        ComplaintAnswered = "complaint-answered", "Complaint answered";
    }
}

impl CaseEventKind {
    /// The code as stored (the same as [`CaseEventKind::code`]).
    pub fn as_str(self) -> &'static str {
        self.code()
    }
}

/// One stored event as the clock reads it: its kind, its day and, for the
/// extension, the day the person was told of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedEvent {
    pub kind: CaseEventKind,
    pub on: NaiveDate,
    /// [`CaseEventKind::ExtensionTaken`] only: when the person was told.
    pub notified_on: Option<NaiveDate>,
}

impl RecordedEvent {
    pub fn new(kind: CaseEventKind, on: NaiveDate) -> RecordedEvent {
        RecordedEvent { kind, on, notified_on: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The codes are the strings the store already holds: changing one would
    /// orphan every stored event of that kind.
    #[test]
    fn codes_are_pinned() {
        let codes: Vec<&str> = CaseEventKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(
            codes,
            [
                "acknowledged",
                "identity-requested",
                "identity-received",
                "identity-checked",
                "identity-document-deleted",
                "clarification-asked",
                "clarification-answered",
                "extension-taken",
                "fee-requested",
                "fee-paid",
                "refused",
                "withdrawn",
                "response-sent",
                "appeal-received",
                "appeal-decided",
                "complaint-answered",
            ]
        );
        for k in CaseEventKind::ALL {
            assert_eq!(k.as_str().parse::<CaseEventKind>(), Ok(*k));
        }
        let err = "letter-sent".parse::<CaseEventKind>().unwrap_err().to_string();
        assert!(err.starts_with("unknown case event kind 'letter-sent' (expected one of: acknowledged,"), "{err}");
    }
}
