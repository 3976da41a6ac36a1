//! The use cases a front end calls without knowing which register it has
//! open, as one trait ([`CaseLifecycle`]) that the local register
//! ([`crate::Casebook`]) and the team register ([`crate::TeamBook`]) both
//! implement: the first layer above the shared lifecycle
//! ([`crate::lifecycle`]), the clock's steps ([`crate::steps`]), the
//! case's edits ([`crate::cases`]), the register of processing, a case's
//! logs and each right's answer ([`crate::processing`], [`crate::actions`],
//! [`crate::answers`]), complaints and a US state appeal
//! ([`crate::complaints`], [`crate::appeals`]), the next actions
//! ([`crate::next`]), the organisation's deadline policy and holiday
//! calendars ([`crate::policy`], [`crate::calendars`]) and the register of
//! requests as CSV ([`crate::requests_csv`]), which it only dispatches to.

use casebook_core::identity::Suggestion;
use casebook_core::{Channel, Note, Outcome};
use chrono::NaiveDate;

use casebook_core::processing::System;
use casebook_core::processing::access::AccessInformation;

use crate::{
    ActionInput, ActionLog, AnswerInput, CaseQuery, CaseSummary, CaseUpdate, CaseView, Error, ExtensionInput,
    FeeRequest, IdentityCheck, IdentityCheckInput, NewRequest, Notified, NotifyInput, ProcessingImport, Refusal,
    ResponseSent, Result, SearchInput, SearchLog, SystemInput,
};

/// The use cases that work the same on a local register and on a team
/// register: what a front end calls without knowing which it has open.
pub trait CaseLifecycle {
    /// The organisation's civil date now.
    fn today(&self) -> Result<NaiveDate>;
    /// Logs a new request; see [`crate::Casebook::log_request`].
    fn log_request(&self, input: NewRequest) -> Result<crate::CaseView>;
    /// The register, filtered and sorted.
    fn list_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>>;
    /// The cases matching `q` written to `out` as CSV (`requests_csv.rs`):
    /// the register of requests for the organisation's records.
    fn export_requests_csv(&self, q: &CaseQuery, today: NaiveDate, out: &mut dyn std::io::Write) -> Result<()> {
        crate::requests_csv::write_requests_csv(self.list_cases(q, today)?, out)
    }
    /// One page of the register and the count of all matches: what the
    /// app's case list asks on opening and on every keystroke.
    fn list_page(&self, q: &CaseQuery, today: NaiveDate) -> Result<crate::CasePage>;
    /// Adds `count` synthetic cases received over the last year (the same
    /// seed, the same cases): for trying Casebook out and for benchmarks.
    fn generate_synthetic_cases(&self, count: usize, seed: u64) -> Result<usize>;
    /// The cases assigned to the connected member (a team register's; a
    /// local register refuses it), filtered as [`CaseLifecycle::list_cases`].
    fn my_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>>;
    /// Each right's own due date for a case, where its rights do not share one.
    fn rights_due(&self, reference: &str, today: NaiveDate) -> Result<Vec<crate::RightDue>>;
    /// One case, by reference, with everything its page shows.
    fn case(&self, reference: &str, today: NaiveDate) -> Result<crate::CaseView>;
    fn add_note(&self, reference: &str, text: &str) -> Result<Note>;
    /// Gives a case to a member or a group role (a team register's; a local
    /// register refuses it).
    fn assign_case(&self, reference: &str, to: &str) -> Result<crate::CaseView>;

    // The steps that work a case (`steps.rs`, `identity.rs`).

    /// Receipt was confirmed to the requester on `on` (default today) by `channel`.
    fn acknowledge(&self, reference: &str, on: Option<NaiveDate>, channel: Channel) -> Result<CaseView>;
    /// Identity evidence was asked for on `on`.
    fn request_identity(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView>;
    /// Proof of an agent's authority was asked for on `on`.
    fn request_authority(&self, reference: &str, on: NaiveDate, what: Option<&str>) -> Result<CaseView>;
    /// The identity evidence asked for arrived on `on`.
    fn receive_identity(&self, reference: &str, on: NaiveDate) -> Result<CaseView>;
    /// Records an identity decision (verified, failed, not needed).
    fn check_identity(&self, reference: &str, input: IdentityCheckInput) -> Result<IdentityCheck>;
    /// Every identity check on a case, oldest first.
    fn identity_checks(&self, reference: &str) -> Result<Vec<IdentityCheck>>;
    /// The identity check Casebook suggests for a case, and why.
    fn suggest_identity_check(&self, reference: &str) -> Result<Suggestion>;
    /// The person was asked to clarify the request (the clock pauses).
    fn ask_clarification(&self, reference: &str, on: NaiveDate, question: &str) -> Result<CaseView>;
    /// The person answered the clarification question (the clock runs again).
    fn answer_clarification(&self, reference: &str, on: NaiveDate) -> Result<CaseView>;
    /// Takes the extension the regime allows.
    fn take_extension(&self, reference: &str, input: ExtensionInput) -> Result<CaseView>;
    /// A fee was asked for, on a ground the regime allows.
    fn request_fee(&self, reference: &str, input: FeeRequest) -> Result<CaseView>;
    /// The fee asked for was paid on `on` (default today).
    fn receive_fee(&self, reference: &str, on: Option<NaiveDate>) -> Result<CaseView>;
    /// Refuses the request.
    fn refuse(&self, reference: &str, input: Refusal) -> Result<CaseView>;
    /// The requester withdrew the request.
    fn withdraw(&self, reference: &str, on: Option<NaiveDate>, how: Option<&str>) -> Result<CaseView>;
    /// The response went out.
    fn respond(&self, reference: &str, input: ResponseSent) -> Result<CaseView>;
    /// Edits a case's details or moves its status.
    fn update_case(&self, reference: &str, u: CaseUpdate) -> Result<CaseView>;
    /// Closes a case with its outcome (see [`crate::Casebook::close_case`]).
    fn close_case(&self, reference: &str, outcome: Outcome, on: Option<NaiveDate>) -> Result<CaseView>;
    /// Closes a case whose every right is answered, with the outcome the answers give.
    fn close_answered_case(&self, reference: &str, on: Option<NaiveDate>) -> Result<CaseView>;
    /// Re-opens a closed case, for a reason.
    fn reopen_case(&self, reference: &str, reason: &str) -> Result<CaseView>;
    /// Corrects the day the request was received, for a reason.
    fn correct_received(&self, reference: &str, on: NaiveDate, reason: &str) -> Result<CaseView>;
    /// Answers one right of a case on its own (`answers.rs`).
    fn answer_right(&self, reference: &str, input: AnswerInput) -> Result<CaseView>;
    /// Corrects the recorded answer to one right, with the reason why it was
    /// wrong; the earlier answer stays in the right's history (`answers.rs`).
    fn correct_right_answer(&self, reference: &str, input: AnswerInput, reason: &str) -> Result<CaseView>;
    /// What every case not yet closed needs next, soonest first (`next.rs`).
    fn next_actions(&self, today: NaiveDate) -> Result<Vec<crate::CaseNextAction>>;
    /// Logs a complaint to the controller (UK DPA 2018 s.164A, `complaints.rs`).
    fn log_complaint(&self, input: crate::NewComplaint) -> Result<CaseView>;
    /// The complaint was answered on `on` (default today): its outcome and what was said.
    fn answer_complaint(
        &self,
        reference: &str,
        outcome: casebook_core::ComplaintOutcome,
        text: &str,
        on: Option<NaiveDate>,
    ) -> Result<CaseView>;
    /// The consumer appealed a refusal or partial answer on `on` (US state
    /// laws, `appeals.rs`): the appeal's due date comes from the state's statute.
    fn record_appeal(&self, reference: &str, on: NaiveDate) -> Result<CaseView>;
    /// The appeal awaiting its decision was decided on `on`, with the
    /// written explanation of the reasons.
    fn decide_appeal(
        &self,
        reference: &str,
        outcome: casebook_core::AppealOutcome,
        text: &str,
        on: NaiveDate,
    ) -> Result<CaseView>;

    // The register of processing and each case's search and action logs
    // (`processing.rs`, `actions.rs`).

    /// The register of processing, in its order.
    fn processing_systems(&self) -> Result<Vec<System>>;
    /// One system of the register, by id.
    fn processing_system(&self, id: &str) -> Result<System>;
    /// Adds a system to the register; its id must be new.
    fn add_processing_system(&self, input: SystemInput) -> Result<System>;
    /// Changes the fields given of a system (its id stays).
    fn edit_processing_system(&self, id: &str, input: SystemInput) -> Result<System>;
    /// Removes a system (searches already logged in it stay on their cases).
    fn remove_processing_system(&self, id: &str) -> Result<System>;
    /// Replaces the register with a JSON file's systems, whole or not at all.
    fn import_processing_register(&self, path: &std::path::Path) -> Result<ProcessingImport>;
    /// The register as the documented JSON document.
    fn export_processing_register(&self) -> Result<serde_json::Value>;
    /// The Art. 15 information for a case, drawn from the register.
    fn access_information(&self, reference: &str) -> Result<AccessInformation>;
    /// Logs a search of one system for a case's requester (or why it was not searched).
    fn record_search(&self, reference: &str, input: SearchInput) -> Result<SearchLog>;
    /// A case's search log.
    fn search_log(&self, reference: &str) -> Result<SearchLog>;
    /// Records what was done in one system for one right of a case.
    fn record_action(&self, reference: &str, input: ActionInput) -> Result<ActionLog>;
    /// Records a recipient told of a rectification, erasure or restriction (Art. 19).
    fn record_notification(&self, reference: &str, input: NotifyInput) -> Result<Notified>;
    /// A case's action log, oldest first.
    fn action_log(&self, reference: &str) -> Result<ActionLog>;

    // The organisation's settings (`policy.rs`).

    /// The deadline policy in force (house targets, California state holidays).
    fn deadline_policy(&self) -> Result<casebook_core::deadline::DeadlinePolicy>;
    /// Changes the deadline policy and recomputes the open cases' due
    /// dates; the references whose date moved.
    fn set_deadline_policy(&self, policy: &casebook_core::deadline::DeadlinePolicy) -> Result<Vec<String>>;
    /// Every holiday calendar in force (`calendars.rs`).
    fn list_calendars(&self) -> Result<Vec<crate::CalendarSummary>>;
    /// The holidays of one calendar in one year.
    fn calendar_holidays(&self, id: &str, year: i32) -> Result<Vec<casebook_core::holiday::Holiday>>;
    /// Imports a calendar file and recomputes the open cases' due dates.
    fn import_calendar(
        &self,
        file_name: &str,
        bytes: &[u8],
        calendar_id: Option<&str>,
        add: bool,
    ) -> Result<crate::CalendarImport>;
}

/// The step use cases of [`CaseLifecycle`], the same on every register:
/// each calls the one function of `steps.rs`/`identity.rs` written against
/// [`crate::steps::StepBook`], which both `Casebook` and `TeamBook` are.
macro_rules! step_use_cases {
    () => {
        fn acknowledge(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
            channel: casebook_core::Channel,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::acknowledge(self, reference, on, channel)
        }

        fn request_identity(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            what: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::request_identity(self, reference, on, what)
        }

        fn request_authority(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            what: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::request_authority(self, reference, on, what)
        }

        fn receive_identity(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::steps::receive_identity(self, reference, on)
        }

        fn check_identity(
            &self,
            reference: &str,
            input: crate::IdentityCheckInput,
        ) -> crate::Result<crate::IdentityCheck> {
            crate::identity::check_identity(self, reference, input)
        }

        fn identity_checks(&self, reference: &str) -> crate::Result<Vec<crate::IdentityCheck>> {
            crate::identity::identity_checks(self, reference)
        }

        fn suggest_identity_check(&self, reference: &str) -> crate::Result<casebook_core::identity::Suggestion> {
            crate::steps::suggest_identity_check(self, reference)
        }

        fn ask_clarification(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            question: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::ask_clarification(self, reference, on, question)
        }

        fn answer_clarification(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::steps::answer_clarification(self, reference, on)
        }

        fn take_extension(&self, reference: &str, input: crate::ExtensionInput) -> crate::Result<crate::CaseView> {
            crate::steps::take_extension(self, reference, input)
        }

        fn request_fee(&self, reference: &str, input: crate::FeeRequest) -> crate::Result<crate::CaseView> {
            crate::steps::request_fee(self, reference, input)
        }

        fn receive_fee(&self, reference: &str, on: Option<chrono::NaiveDate>) -> crate::Result<crate::CaseView> {
            crate::steps::receive_fee(self, reference, on)
        }

        fn refuse(&self, reference: &str, input: crate::Refusal) -> crate::Result<crate::CaseView> {
            crate::steps::refuse(self, reference, input)
        }

        fn withdraw(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
            how: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::withdraw(self, reference, on, how)
        }

        fn respond(&self, reference: &str, input: crate::ResponseSent) -> crate::Result<crate::CaseView> {
            crate::steps::respond(self, reference, input)
        }

        fn update_case(&self, reference: &str, u: crate::CaseUpdate) -> crate::Result<crate::CaseView> {
            crate::cases::update_case(self, reference, u)
        }

        fn close_case(
            &self,
            reference: &str,
            outcome: casebook_core::Outcome,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::close_case(self, reference, Some(outcome), on)
        }

        fn close_answered_case(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::close_case(self, reference, None, on)
        }

        fn reopen_case(&self, reference: &str, reason: &str) -> crate::Result<crate::CaseView> {
            crate::cases::reopen_case(self, reference, reason)
        }

        fn correct_received(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            reason: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::correct_received(self, reference, on, reason)
        }

        fn answer_right(&self, reference: &str, input: crate::AnswerInput) -> crate::Result<crate::CaseView> {
            crate::answers::answer_right(self, reference, input)
        }

        fn correct_right_answer(
            &self,
            reference: &str,
            input: crate::AnswerInput,
            reason: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::answers::correct_right_answer(self, reference, input, reason)
        }

        fn next_actions(&self, today: chrono::NaiveDate) -> crate::Result<Vec<crate::CaseNextAction>> {
            crate::next::next_actions(self, today)
        }

        fn log_complaint(&self, input: crate::NewComplaint) -> crate::Result<crate::CaseView> {
            crate::complaints::log_complaint(self, input)
        }

        fn answer_complaint(
            &self,
            reference: &str,
            outcome: casebook_core::ComplaintOutcome,
            text: &str,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::complaints::answer_complaint(self, reference, outcome, text, on)
        }

        fn record_appeal(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::appeals::record_appeal(self, reference, on)
        }

        fn decide_appeal(
            &self,
            reference: &str,
            outcome: casebook_core::AppealOutcome,
            text: &str,
            on: chrono::NaiveDate,
        ) -> crate::Result<crate::CaseView> {
            crate::appeals::decide_appeal(self, reference, outcome, text, on)
        }

        fn processing_systems(&self) -> crate::Result<Vec<casebook_core::processing::System>> {
            crate::processing::processing_systems(self)
        }

        fn processing_system(&self, id: &str) -> crate::Result<casebook_core::processing::System> {
            crate::processing::processing_system(self, id)
        }

        fn add_processing_system(&self, input: crate::SystemInput) -> crate::Result<casebook_core::processing::System> {
            crate::processing::add_processing_system(self, input)
        }

        fn edit_processing_system(
            &self,
            id: &str,
            input: crate::SystemInput,
        ) -> crate::Result<casebook_core::processing::System> {
            crate::processing::edit_processing_system(self, id, input)
        }

        fn remove_processing_system(&self, id: &str) -> crate::Result<casebook_core::processing::System> {
            crate::processing::remove_processing_system(self, id)
        }

        fn import_processing_register(&self, path: &std::path::Path) -> crate::Result<crate::ProcessingImport> {
            crate::processing::import_processing_register(self, path)
        }

        fn export_processing_register(&self) -> crate::Result<serde_json::Value> {
            crate::processing::export_processing_register(self)
        }

        fn access_information(
            &self,
            reference: &str,
        ) -> crate::Result<casebook_core::processing::access::AccessInformation> {
            crate::processing::access_information_of(self, reference)
        }

        fn record_search(&self, reference: &str, input: crate::SearchInput) -> crate::Result<crate::SearchLog> {
            crate::processing::record_search(self, reference, input)
        }

        fn search_log(&self, reference: &str) -> crate::Result<crate::SearchLog> {
            crate::processing::search_log(self, reference)
        }

        fn record_action(&self, reference: &str, input: crate::ActionInput) -> crate::Result<crate::ActionLog> {
            crate::actions::record_action(self, reference, input)
        }

        fn record_notification(&self, reference: &str, input: crate::NotifyInput) -> crate::Result<crate::Notified> {
            crate::actions::record_notification(self, reference, input)
        }

        fn action_log(&self, reference: &str) -> crate::Result<crate::ActionLog> {
            crate::actions::action_log(self, reference)
        }

        fn deadline_policy(&self) -> crate::Result<casebook_core::deadline::DeadlinePolicy> {
            crate::policy::deadline_policy(self)
        }

        fn set_deadline_policy(&self, policy: &casebook_core::deadline::DeadlinePolicy) -> crate::Result<Vec<String>> {
            crate::policy::set_deadline_policy(self, policy)
        }

        fn list_calendars(&self) -> crate::Result<Vec<crate::CalendarSummary>> {
            crate::calendars::list_calendars(self)
        }

        fn calendar_holidays(&self, id: &str, year: i32) -> crate::Result<Vec<casebook_core::holiday::Holiday>> {
            crate::calendars::calendar_holidays(self, id, year)
        }

        fn import_calendar(
            &self,
            file_name: &str,
            bytes: &[u8],
            calendar_id: Option<&str>,
            add: bool,
        ) -> crate::Result<crate::CalendarImport> {
            crate::calendars::import_calendar(self, file_name, bytes, calendar_id, add)
        }
    };
}
pub(crate) use step_use_cases;

impl CaseLifecycle for crate::Casebook {
    fn today(&self) -> Result<NaiveDate> {
        crate::Casebook::today(self)
    }

    fn log_request(&self, input: NewRequest) -> Result<crate::CaseView> {
        crate::Casebook::log_request(self, input)
    }

    fn list_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>> {
        crate::Casebook::list_cases(self, q, today)
    }

    fn list_page(&self, q: &CaseQuery, today: NaiveDate) -> Result<crate::CasePage> {
        crate::Casebook::list_page(self, q, today)
    }

    fn generate_synthetic_cases(&self, count: usize, seed: u64) -> Result<usize> {
        crate::Casebook::generate_synthetic_cases(self, count, seed)
    }

    fn my_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>> {
        crate::lifecycle::my_cases(&mut *self.store(), q, today)
    }

    fn rights_due(&self, reference: &str, today: NaiveDate) -> Result<Vec<crate::RightDue>> {
        crate::Casebook::rights_due(self, reference, today)
    }

    fn case(&self, reference: &str, today: NaiveDate) -> Result<crate::CaseView> {
        crate::Casebook::case(self, reference, today)
    }

    fn add_note(&self, reference: &str, text: &str) -> Result<Note> {
        crate::Casebook::add_note(self, reference, text)
    }

    /// A local register is one person's: there is nobody to give a case to.
    fn assign_case(&self, reference: &str, _to: &str) -> Result<crate::CaseView> {
        let case = crate::lifecycle::case(&mut *self.store(), reference)?;
        Err(Error::refused(crate::RegisterSaid::AssignOnLocalRegister {
            reference: case.reference.to_string(),
            file: self.db_path().display().to_string(),
        }))
    }
    step_use_cases!();
}
