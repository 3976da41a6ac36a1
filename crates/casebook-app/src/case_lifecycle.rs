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

use casebook_core::Note;
use chrono::NaiveDate;

use crate::{CaseQuery, CaseSummary, Error, NewRequest, Result};

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
    /// Each right's own due date for a case, where its rights do not share one.
    fn rights_due(&self, reference: &str, today: NaiveDate) -> Result<Vec<crate::RightDue>>;
    /// One case, by reference, with everything its page shows.
    fn case(&self, reference: &str, today: NaiveDate) -> Result<crate::CaseView>;
    /// A case's timeline, oldest first (a local register reads it alone;
    /// by default, the case page's).
    fn timeline(&self, reference: &str) -> Result<Vec<crate::TimelineEntry>> {
        Ok(self.case(reference, self.today()?)?.timeline)
    }
    /// Each right of a case on its own: its date, whether it waits for
    /// identity, its answer (by default, the case page's).
    fn right_status(&self, reference: &str) -> Result<Vec<crate::RightState>> {
        Ok(self.case(reference, self.today()?)?.right_status)
    }
    /// Adds a note to a case.
    fn add_note(&self, reference: &str, text: &str) -> Result<Note>;
    /// Gives a case to a member or a group role (a team register's; a local
    /// register refuses it).
    fn assign_case(&self, reference: &str, to: &str) -> Result<crate::CaseView>;

    // The use cases written once for both registers, declared (with their
    // documentation) and implemented from one list: `step_use_cases!`.
    step_use_cases!(declarations);
}

/// The use cases of [`CaseLifecycle`] that are the same on every register,
/// listed once: each calls the one function of `steps.rs`, `identity.rs`,
/// `cases.rs`… written against [`crate::steps::StepBook`], which both
/// `Casebook` and `TeamBook` are. `step_use_cases!(declarations)` declares
/// them, with their documentation, in the trait; `step_use_cases!()`
/// implements them in each book's `impl CaseLifecycle`. Types are written
/// in full because the implementations expand in other modules.
macro_rules! step_use_cases {
    () => {
        crate::case_lifecycle::step_use_cases!(@list implement);
    };
    (declarations) => {
        crate::case_lifecycle::step_use_cases!(@list declare);
    };
    (@declare $($(#[$doc:meta])* fn $name:ident($($param:tt)*) -> $ret:ty $body:block)*) => {
        $($(#[$doc])* fn $name($($param)*) -> $ret;)*
    };
    (@implement $($(#[$doc:meta])* fn $name:ident($($param:tt)*) -> $ret:ty $body:block)*) => {
        $(fn $name($($param)*) -> $ret $body)*
    };
    (@list $then:ident) => {
        crate::case_lifecycle::step_use_cases! { @$then

        // The steps that work a case (`steps.rs`, `identity.rs`).

        /// Receipt was confirmed to the requester on `on` (default today) by `channel`.
        fn acknowledge(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
            channel: casebook_core::Channel,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::acknowledge(self, reference, on, channel)
        }

        /// Identity evidence was asked for on `on`.
        fn request_identity(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            what: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::request_identity(self, reference, on, what)
        }

        /// Proof of an agent's authority was asked for on `on`.
        fn request_authority(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            what: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::request_authority(self, reference, on, what)
        }

        /// The identity evidence asked for arrived on `on`.
        fn receive_identity(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::steps::receive_identity(self, reference, on)
        }

        /// Records an identity decision (verified, failed, not needed).
        fn check_identity(
            &self,
            reference: &str,
            input: crate::IdentityCheckInput,
        ) -> crate::Result<crate::IdentityCheck> {
            crate::identity::check_identity(self, reference, input)
        }

        /// Every identity check on a case, oldest first.
        fn identity_checks(&self, reference: &str) -> crate::Result<Vec<crate::IdentityCheck>> {
            crate::identity::identity_checks(self, reference)
        }

        /// The identity check Casebook suggests for a case, and why.
        fn suggest_identity_check(&self, reference: &str) -> crate::Result<casebook_core::identity::Suggestion> {
            crate::steps::suggest_identity_check(self, reference)
        }

        /// The person was asked to clarify the request (the clock pauses).
        fn ask_clarification(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            question: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::ask_clarification(self, reference, on, question)
        }

        /// The person answered the clarification question (the clock runs again).
        fn answer_clarification(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::steps::answer_clarification(self, reference, on)
        }

        /// Takes the extension the regime allows.
        fn take_extension(&self, reference: &str, input: crate::ExtensionInput) -> crate::Result<crate::CaseView> {
            crate::steps::take_extension(self, reference, input)
        }

        /// A fee was asked for, on a ground the regime allows.
        fn request_fee(&self, reference: &str, input: crate::FeeRequest) -> crate::Result<crate::CaseView> {
            crate::steps::request_fee(self, reference, input)
        }

        /// The fee asked for was paid on `on` (default today).
        fn receive_fee(&self, reference: &str, on: Option<chrono::NaiveDate>) -> crate::Result<crate::CaseView> {
            crate::steps::receive_fee(self, reference, on)
        }

        /// Refuses the request.
        fn refuse(&self, reference: &str, input: crate::Refusal) -> crate::Result<crate::CaseView> {
            crate::steps::refuse(self, reference, input)
        }

        /// The requester withdrew the request.
        fn withdraw(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
            how: Option<&str>,
        ) -> crate::Result<crate::CaseView> {
            crate::steps::withdraw(self, reference, on, how)
        }

        /// The response went out.
        fn respond(&self, reference: &str, input: crate::ResponseSent) -> crate::Result<crate::CaseView> {
            crate::steps::respond(self, reference, input)
        }

        /// Edits a case's details or moves its status.
        fn update_case(&self, reference: &str, u: crate::CaseUpdate) -> crate::Result<crate::CaseView> {
            crate::cases::update_case(self, reference, u)
        }

        /// Closes a case with its outcome (see [`crate::Casebook::close_case`]).
        fn close_case(
            &self,
            reference: &str,
            outcome: casebook_core::Outcome,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::close_case(self, reference, Some(outcome), on)
        }

        /// Closes a case whose every right is answered, with the outcome the answers give.
        fn close_answered_case(
            &self,
            reference: &str,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::close_case(self, reference, None, on)
        }

        /// Re-opens a closed case, for a reason.
        fn reopen_case(&self, reference: &str, reason: &str) -> crate::Result<crate::CaseView> {
            crate::cases::reopen_case(self, reference, reason)
        }

        /// Corrects the day the request was received, for a reason.
        fn correct_received(
            &self,
            reference: &str,
            on: chrono::NaiveDate,
            reason: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::cases::correct_received(self, reference, on, reason)
        }

        /// Answers one right of a case on its own (`answers.rs`).
        fn answer_right(&self, reference: &str, input: crate::AnswerInput) -> crate::Result<crate::CaseView> {
            crate::answers::answer_right(self, reference, input)
        }

        /// Corrects the recorded answer to one right, with the reason why it was
        /// wrong; the earlier answer stays in the right's history (`answers.rs`).
        fn correct_right_answer(
            &self,
            reference: &str,
            input: crate::AnswerInput,
            reason: &str,
        ) -> crate::Result<crate::CaseView> {
            crate::answers::correct_right_answer(self, reference, input, reason)
        }

        /// What every case not yet closed needs next, soonest first (`next.rs`).
        fn next_actions(&self, today: chrono::NaiveDate) -> crate::Result<Vec<crate::CaseNextAction>> {
            crate::next::next_actions(self, today)
        }

        /// Logs a complaint to the controller (UK DPA 2018 s.164A, `complaints.rs`).
        fn log_complaint(&self, input: crate::NewComplaint) -> crate::Result<crate::CaseView> {
            crate::complaints::log_complaint(self, input)
        }

        /// The complaint was answered on `on` (default today): its outcome and what was said.
        fn answer_complaint(
            &self,
            reference: &str,
            outcome: casebook_core::ComplaintOutcome,
            text: &str,
            on: Option<chrono::NaiveDate>,
        ) -> crate::Result<crate::CaseView> {
            crate::complaints::answer_complaint(self, reference, outcome, text, on)
        }

        /// The consumer appealed a refusal or partial answer on `on` (US state
        /// laws, `appeals.rs`): the appeal's due date comes from the state's statute.
        fn record_appeal(&self, reference: &str, on: chrono::NaiveDate) -> crate::Result<crate::CaseView> {
            crate::appeals::record_appeal(self, reference, on)
        }

        /// The appeal awaiting its decision was decided on `on`, with the
        /// written explanation of the reasons.
        fn decide_appeal(
            &self,
            reference: &str,
            outcome: casebook_core::AppealOutcome,
            text: &str,
            on: chrono::NaiveDate,
        ) -> crate::Result<crate::CaseView> {
            crate::appeals::decide_appeal(self, reference, outcome, text, on)
        }

        // The dashboard (`dashboard.rs`).

        /// Where the register stands on `today`: counts, what is late or near, the most pressing cases.
        fn dashboard(&self, today: chrono::NaiveDate) -> crate::Result<crate::Dashboard> {
            crate::dashboard::dashboard(self, today)
        }

        /// The last twelve months, oldest first: requests per right and answers on time.
        fn monthly_stats(&self, today: chrono::NaiveDate) -> crate::Result<Vec<crate::MonthStats>> {
            crate::dashboard::monthly_stats(self, today)
        }

        // The register of processing and each case's search and action logs
        // (`processing.rs`, `actions.rs`).

        /// The register of processing, in its order.
        fn processing_systems(&self) -> crate::Result<Vec<casebook_core::processing::System>> {
            crate::processing::processing_systems(self)
        }

        /// One system of the register, by id.
        fn processing_system(&self, id: &str) -> crate::Result<casebook_core::processing::System> {
            crate::processing::processing_system(self, id)
        }

        /// Adds a system to the register; its id must be new.
        fn add_processing_system(&self, input: crate::SystemInput) -> crate::Result<casebook_core::processing::System> {
            crate::processing::add_processing_system(self, input)
        }

        /// Changes the fields given of a system (its id stays).
        fn edit_processing_system(
            &self,
            id: &str,
            input: crate::SystemInput,
        ) -> crate::Result<casebook_core::processing::System> {
            crate::processing::edit_processing_system(self, id, input)
        }

        /// Removes a system (searches already logged in it stay on their cases).
        fn remove_processing_system(&self, id: &str) -> crate::Result<casebook_core::processing::System> {
            crate::processing::remove_processing_system(self, id)
        }

        /// Replaces the register with a JSON file's systems, whole or not at all.
        fn import_processing_register(&self, path: &std::path::Path) -> crate::Result<crate::ProcessingImport> {
            crate::processing::import_processing_register(self, path)
        }

        /// The register as the documented JSON document.
        fn export_processing_register(&self) -> crate::Result<serde_json::Value> {
            crate::processing::export_processing_register(self)
        }

        /// The Art. 15 information for a case, drawn from the register.
        fn access_information(
            &self,
            reference: &str,
        ) -> crate::Result<casebook_core::processing::access::AccessInformation> {
            crate::processing::access_information_of(self, reference)
        }

        /// Logs a search of one system for a case's requester (or why it was not searched).
        fn record_search(&self, reference: &str, input: crate::SearchInput) -> crate::Result<crate::SearchLog> {
            crate::processing::record_search(self, reference, input)
        }

        /// A case's search log.
        fn search_log(&self, reference: &str) -> crate::Result<crate::SearchLog> {
            crate::processing::search_log(self, reference)
        }

        /// Records what was done in one system for one right of a case.
        fn record_action(&self, reference: &str, input: crate::ActionInput) -> crate::Result<crate::ActionLog> {
            crate::actions::record_action(self, reference, input)
        }

        /// Records a recipient told of a rectification, erasure or restriction (Art. 19).
        fn record_notification(&self, reference: &str, input: crate::NotifyInput) -> crate::Result<crate::Notified> {
            crate::actions::record_notification(self, reference, input)
        }

        /// A case's action log, oldest first.
        fn action_log(&self, reference: &str) -> crate::Result<crate::ActionLog> {
            crate::actions::action_log(self, reference)
        }

        // The organisation's settings (`policy.rs`, `calendars.rs`).

        /// The deadline policy in force (house targets, California state holidays).
        fn deadline_policy(&self) -> crate::Result<casebook_core::deadline::DeadlinePolicy> {
            crate::policy::deadline_policy(self)
        }

        /// Changes the deadline policy and recomputes the open cases' due
        /// dates; the references whose date moved.
        fn set_deadline_policy(&self, policy: &casebook_core::deadline::DeadlinePolicy) -> crate::Result<Vec<String>> {
            crate::policy::set_deadline_policy(self, policy)
        }

        /// Recomputes every open case's stored due date under the rules in
        /// force, as a change of policy does (`deadline.recomputed (recompute asked)`):
        /// what a team register's DPO runs once after installing a Casebook
        /// whose deadline rules moved dates (a local register does it itself
        /// when first opened); the references whose date moved.
        fn recompute_due_dates(&self) -> crate::Result<Vec<String>> {
            crate::policy::recompute_open_cases(self, "recompute asked")
        }

        /// Every holiday calendar in force (`calendars.rs`).
        fn list_calendars(&self) -> crate::Result<Vec<crate::CalendarSummary>> {
            crate::calendars::list_calendars(self)
        }

        /// The holidays of one calendar in one year.
        fn calendar_holidays(&self, id: &str, year: i32) -> crate::Result<Vec<casebook_core::holiday::Holiday>> {
            crate::calendars::calendar_holidays(self, id, year)
        }

        /// Imports a calendar file and recomputes the open cases' due dates.
        fn import_calendar(
            &self,
            file_name: &str,
            bytes: &[u8],
            calendar_id: Option<&str>,
            add: bool,
        ) -> crate::Result<crate::CalendarImport> {
            crate::calendars::import_calendar(self, file_name, bytes, calendar_id, add)
        }
        }
    };
}
pub(crate) use step_use_cases;

impl CaseLifecycle for crate::Casebook {
    fn today(&self) -> Result<NaiveDate> {
        crate::Casebook::today(self)
    }

    fn timeline(&self, reference: &str) -> Result<Vec<crate::TimelineEntry>> {
        crate::Casebook::timeline(self, reference)
    }

    fn right_status(&self, reference: &str) -> Result<Vec<crate::RightState>> {
        crate::Casebook::right_status(self, reference)
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
