//! The closed vocabularies of a case: rights, regimes, statuses, channels.

use crate::code_enum;

code_enum! {
    /// A right a person can exercise over their personal data.
    pub enum Right as "right" {
        Access = "access", "Access";
        Rectification = "rectification", "Rectification";
        Erasure = "erasure", "Erasure";
        Restriction = "restriction", "Restriction of processing";
        Portability = "portability", "Data portability";
        /// Objection to processing, including to direct marketing.
        Objection = "objection", "Objection";
        WithdrawConsent = "withdraw-consent", "Withdrawal of consent";
        AutomatedDecision = "automated-decision", "Automated decision-making";
        /// Opt out of the sale or sharing of personal information (CCPA and US state laws).
        OptOutOfSale = "opt-out-of-sale", "Opt out of sale or sharing";
        LimitSensitive = "limit-sensitive", "Limit use of sensitive personal information";
        /// Unsubscribe from marketing emails.
        Unsubscribe = "unsubscribe", "Unsubscribe from marketing";
        /// Deactivate (close, disable) the person's account with the organisation.
        DeactivateAccount = "deactivate-account", "Account deactivation";
        /// Change how, or whether, the organisation contacts the person.
        CommunicationPreferences = "communication-preferences", "Change of communication preferences";
        Other = "other", "Other";
    }
}

code_enum! {
    /// The law a request is handled under.
    pub enum Regime as "regime" {
        UkGdpr = "uk-gdpr", "UK GDPR";
        EuGdpr = "eu-gdpr", "EU GDPR";
        Ccpa = "ccpa", "California CCPA/CPRA";
        UsState = "us-state", "US state privacy law";
        Lgpd = "lgpd", "Brazil LGPD";
        Pipeda = "pipeda", "Canada PIPEDA";
        Fadp = "fadp", "Switzerland revFADP";
        Popia = "popia", "South Africa POPIA";
        AuApp = "au-app", "Australia APP";
    }
}

code_enum! {
    /// Where a case stands. See [`Status::can_move_to`] for the transitions allowed.
    pub enum Status as "status" {
        /// Imported but perhaps not a request at all (an invoice, a newsletter).
        NeedsTriage = "needs-triage", "Needs triage";
        Received = "received", "Received";
        Acknowledged = "acknowledged", "Acknowledged";
        AwaitingIdentity = "awaiting-identity", "Awaiting identity";
        AwaitingClarification = "awaiting-clarification", "Awaiting clarification";
        InProgress = "in-progress", "In progress";
        ResponseSent = "response-sent", "Response sent";
        Closed = "closed", "Closed";
        Withdrawn = "withdrawn", "Withdrawn";
        Refused = "refused", "Refused";
    }
}

impl Status {
    /// Whether a case in this status may move to `next`.
    ///
    /// The flow is received → acknowledged → awaiting identity → in progress →
    /// response sent → closed, with clarification, withdrawal and refusal
    /// possible while the request is open. A closed case is final.
    pub fn can_move_to(self, next: Status) -> bool {
        use Status::*;
        if self == next {
            return false;
        }
        match self {
            NeedsTriage => matches!(next, Received | Closed),
            Received | Acknowledged => !matches!(next, NeedsTriage | Received),
            AwaitingIdentity | AwaitingClarification | InProgress => {
                !matches!(next, NeedsTriage | Received | Acknowledged)
            }
            ResponseSent => matches!(next, InProgress | Closed),
            Withdrawn | Refused => matches!(next, Closed),
            Closed => false,
        }
    }

    /// Open cases still have a deadline to meet.
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed | Status::Withdrawn | Status::Refused | Status::ResponseSent)
    }
}

code_enum! {
    /// What a case is: a request to exercise a right, or a complaint to the
    /// controller about how the person's data was handled (UK DPA 2018 s.164A).
    #[derive(Default)]
    pub enum CaseKind as "case kind" {
        #[default]
        Request = "request", "Request";
        Complaint = "complaint", "Complaint to the controller";
    }
}

code_enum! {
    /// How a consumer's appeal of a refusal was decided (US state laws).
    pub enum AppealOutcome as "appeal outcome" {
        /// The refusal or partial answer stands.
        Upheld = "upheld", "Upheld (the answer stands)";
        Reversed = "reversed", "Reversed";
        Partly = "partly", "Partly reversed";
    }
}

code_enum! {
    /// How a complaint to the controller was answered (UK DPA 2018 s.164A).
    pub enum ComplaintOutcome as "complaint outcome" {
        Upheld = "upheld", "Upheld";
        PartlyUpheld = "partly-upheld", "Partly upheld";
        NotUpheld = "not-upheld", "Not upheld";
    }
}

code_enum! {
    /// How the request reached the organisation.
    pub enum Channel as "channel" {
        Email = "email", "Email";
        Letter = "letter", "Letter";
        Phone = "phone", "Phone";
        WebForm = "web-form", "Web form";
        InPerson = "in-person", "In person";
        Other = "other", "Other";
    }
}

code_enum! {
    /// The group of people the requester belongs to, as a privacy policy names them.
    pub enum SubjectCategory as "data-subject category" {
        Customer = "customer", "Customer";
        Prospect = "prospect", "Prospect";
        WebsiteVisitor = "website-visitor", "Website visitor";
        Employee = "employee", "Employee";
        JobApplicant = "job-applicant", "Job applicant";
        Other = "other", "Other";
    }
}

impl SubjectCategory {
    /// An employee's or a job applicant's request: an HR matter, which a team
    /// register shows only to the members dealing with HR.
    pub fn is_hr(self) -> bool {
        matches!(self, SubjectCategory::Employee | SubjectCategory::JobApplicant)
    }
}

code_enum! {
    /// How the requester relates to the data subject when they are not the same person.
    pub enum Relationship as "relationship" {
        Parent = "parent", "Parent";
        Guardian = "guardian", "Guardian";
        Solicitor = "solicitor", "Solicitor";
        AuthorisedAgent = "authorised-agent", "Authorised agent";
        PowerOfAttorney = "power-of-attorney", "Holder of a power of attorney";
        Other = "other", "Other";
    }
}

code_enum! {
    /// How a closed case ended.
    pub enum Outcome as "outcome" {
        Fulfilled = "fulfilled", "Fulfilled";
        PartlyFulfilled = "partly-fulfilled", "Partly fulfilled";
        NoDataHeld = "no-data-held", "No data held";
        Refused = "refused", "Refused";
        Withdrawn = "withdrawn", "Withdrawn by the requester";
        IdentityNotVerified = "identity-not-verified", "Identity not verified";
        NotARequest = "not-a-request", "Not a privacy request";
        Duplicate = "duplicate", "Duplicate of another case";
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes are stored in databases and printed in JSON: pin every one.
    #[test]
    fn codes_never_change() {
        let rights: Vec<_> = Right::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(
            rights,
            [
                "access",
                "rectification",
                "erasure",
                "restriction",
                "portability",
                "objection",
                "withdraw-consent",
                "automated-decision",
                "opt-out-of-sale",
                "limit-sensitive",
                "unsubscribe",
                "deactivate-account",
                "communication-preferences",
                "other"
            ]
        );
        let regimes: Vec<_> = Regime::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(regimes, ["uk-gdpr", "eu-gdpr", "ccpa", "us-state", "lgpd", "pipeda", "fadp", "popia", "au-app"]);
        let statuses: Vec<_> = Status::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(
            statuses,
            [
                "needs-triage",
                "received",
                "acknowledged",
                "awaiting-identity",
                "awaiting-clarification",
                "in-progress",
                "response-sent",
                "closed",
                "withdrawn",
                "refused"
            ]
        );
        let channels: Vec<_> = Channel::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(channels, ["email", "letter", "phone", "web-form", "in-person", "other"]);
        let cats: Vec<_> = SubjectCategory::ALL.iter().map(|r| r.code()).collect();
        assert_eq!(cats, ["customer", "prospect", "website-visitor", "employee", "job-applicant", "other"]);
    }

    #[test]
    fn every_code_round_trips() {
        for r in Right::ALL {
            assert_eq!(r.code().parse::<Right>().unwrap(), *r);
        }
        for s in Status::ALL {
            assert_eq!(s.code().parse::<Status>().unwrap(), *s);
        }
        for o in Outcome::ALL {
            assert_eq!(o.code().parse::<Outcome>().unwrap(), *o);
        }
    }

    #[test]
    fn unknown_code_names_the_input_and_the_choices() {
        let err = "delete".parse::<Right>().unwrap_err().to_string();
        assert!(err.starts_with("unknown right 'delete' (expected one of: access,"), "{err}");
    }

    #[test]
    fn status_transitions() {
        use Status::*;
        let table = [
            (Received, Acknowledged, true),
            (Received, AwaitingIdentity, true),
            (Acknowledged, InProgress, true),
            (AwaitingIdentity, InProgress, true),
            (InProgress, ResponseSent, true),
            (ResponseSent, Closed, true),
            (Refused, Closed, true),
            (NeedsTriage, Received, true),
            (NeedsTriage, InProgress, false),
            (Closed, Received, false),
            (Closed, InProgress, false),
            (ResponseSent, Acknowledged, false),
            (InProgress, Received, false),
            (Withdrawn, InProgress, false),
            (Received, Received, false),
        ];
        for (from, to, ok) in table {
            assert_eq!(from.can_move_to(to), ok, "{from} → {to}");
        }
    }
}
