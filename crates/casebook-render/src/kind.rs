//! The kinds of letter. Codes are stable: templates are files named by them
//! and correspondence records them.

use casebook_core::code_enum;

code_enum! {
    /// A kind of letter the DPO sends.
    pub enum LetterKind as "letter kind" {
        Acknowledgement = "acknowledgement", "Acknowledgement of the request, with its due date";
        IdRequest = "id-request", "Request for identification (only what the method needs, and why)";
        AuthorityRequest = "authority-request", "Request for proof of a representative's authority";
        Clarification = "clarification", "Request to clarify the request's scope";
        Extension = "extension", "Extension notice, with the reasons and the new date";
        FeeRequest = "fee-request", "Fee request";
        AccessResponse = "access-response", "Access response (Art. 15(1)(a)-(h) and 15(2))";
        ErasureConfirmation = "erasure-confirmation", "Erasure confirmation, naming the recipients told (Art. 19)";
        RectificationConfirmation = "rectification-confirmation", "Rectification confirmation";
        RestrictionConfirmation = "restriction-confirmation", "Restriction of processing confirmation";
        ObjectionConfirmation = "objection-confirmation", "Objection / marketing opt-out confirmation";
        OptOutConfirmation = "opt-out-confirmation", "Opt-out of sale or sharing confirmation (CCPA)";
        Refusal = "refusal", "Refusal, with the reason, the right to complain, and the appeal or the courts where the law gives them";
        NoData = "no-data", "No personal data held";
        IdReminder = "id-reminder", "Reminder of an unanswered identification request";
        ComplaintAcknowledgement = "complaint-acknowledgement", "Acknowledgement of a complaint to the controller (UK DPA 2018 s.164A)";
        ComplaintOutcome = "complaint-outcome", "Outcome of a complaint, with the right to complain to the ICO";
        AppealDecision = "appeal-decision", "Decision on a consumer's appeal (US state laws), with how to contact the Attorney General";
        AccountDeactivationConfirmation = "account-deactivation-confirmation", "Account deactivation confirmation, stating what was done as recorded";
        PreferencesConfirmation = "preferences-confirmation", "Communication preferences confirmation, stating what was changed as recorded";
    }
}

impl LetterKind {
    /// The right a confirmation of this kind answers, for kinds that belong to one right only.
    pub fn right(self) -> Option<casebook_core::Right> {
        match self {
            LetterKind::AccountDeactivationConfirmation => Some(casebook_core::Right::DeactivateAccount),
            LetterKind::PreferencesConfirmation => Some(casebook_core::Right::CommunicationPreferences),
            _ => None,
        }
    }

    /// Whether the letter answers a complaint to the controller rather than a request.
    pub fn is_for_complaint(self) -> bool {
        matches!(self, LetterKind::ComplaintAcknowledgement | LetterKind::ComplaintOutcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_pinned() {
        let codes: Vec<_> = LetterKind::ALL.iter().map(|k| k.code()).collect();
        assert_eq!(
            codes,
            [
                "acknowledgement",
                "id-request",
                "authority-request",
                "clarification",
                "extension",
                "fee-request",
                "access-response",
                "erasure-confirmation",
                "rectification-confirmation",
                "restriction-confirmation",
                "objection-confirmation",
                "opt-out-confirmation",
                "refusal",
                "no-data",
                "id-reminder",
                "complaint-acknowledgement",
                "complaint-outcome",
                "appeal-decision",
                "account-deactivation-confirmation",
                "preferences-confirmation",
            ]
        );
        for k in LetterKind::ALL {
            assert_eq!(k.code().parse::<LetterKind>().unwrap(), *k);
        }
        assert!("letter".parse::<LetterKind>().unwrap_err().to_string().contains("expected one of: acknowledgement"));
    }
}
