//! The case lifecycle's core, written once against the store's
//! [`CaseRegister`]: logging a request (its validation, reference and due
//! date), reading a case, listing the register and adding a note. The local
//! register ([`crate::Casebook`], SQLite) and the team register
//! ([`crate::TeamBook`], PostgreSQL) both call these, so a case is checked,
//! dated and worded the same on either.

use std::sync::Arc;

use casebook_core::deadline::DeadlinePolicy;
use casebook_core::holiday::Calendars;
use casebook_core::identity::Suggestion;
use casebook_core::{
    Case, Channel, DataSubject, Location, NewCase, Note, Organisation, Outcome, Relationship, Requester, Status,
};
use casebook_store::{AuditEntry, CaseRegister, ListQuery, Stamp};
use chrono::{DateTime, NaiveDate, Utc};

use crate::input::{non_empty, parse_code, parse_date, parse_emails, parse_language, parse_reference, parse_rights};
use crate::{
    CaseQuery, CaseSort, CaseSummary, CaseUpdate, CaseView, Error, ExtensionInput, FeeRequest, IdentityCheck,
    IdentityCheckInput, NewRequest, Refusal, ResponseSent, Result,
};

/// What the rules of a use case depend on besides the case: the
/// organisation's profile (None before `init`), its deadline policy and
/// calendars, and its civil date today.
pub(crate) struct Rules {
    pub organisation: Option<Organisation>,
    pub policy: DeadlinePolicy,
    pub calendars: Arc<Calendars>,
    pub today: NaiveDate,
}

/// A setting as the value it holds.
pub(crate) fn setting<T: serde::de::DeserializeOwned, R: CaseRegister + ?Sized>(
    reg: &mut R,
    key: &str,
) -> Result<Option<T>> {
    Ok(reg.setting_json(key)?.map(|j| casebook_store::parse_setting(key, &j)).transpose()?)
}

/// The organisation's civil date at `now` (UTC before `init`).
pub(crate) fn today_at(organisation: Option<&Organisation>, now: DateTime<Utc>) -> Result<NaiveDate> {
    let tz = match organisation {
        Some(org) => crate::organisation::time_zone(&org.time_zone)?,
        None => chrono_tz::UTC,
    };
    Ok(now.with_timezone(&tz).date_naive())
}

/// Logs a new request (validated here, its due date from the rules) and
/// returns the case as stored, with its reference.
pub(crate) fn log_request<R: CaseRegister + ?Sized>(
    reg: &mut R,
    rules: &Rules,
    input: NewRequest,
    stamp: Stamp<'_>,
) -> Result<Case> {
    let org = rules.organisation.as_ref().ok_or(Error::NotInitialised)?;
    let name = input.requester_name.trim().to_string();
    if name.is_empty() {
        return Err(Error::field("requester-name", "the requester's name is empty"));
    }
    let data_subject = match (non_empty(input.subject_name), non_empty(input.subject_relationship)) {
        (Some(name), Some(rel)) => Some(DataSubject::new(name, parse_code::<Relationship>(&rel)?)),
        (Some(_), None) => {
            return Err(Error::field("subject-relationship", "a data subject needs a relationship to the requester"));
        }
        (None, Some(_)) => {
            return Err(Error::field("subject-name", "a relationship needs the data subject's name"));
        }
        (None, None) => None,
    };
    let received = parse_date("received", &input.received)?;
    let today = rules.today;
    if received > today {
        return Err(Error::invalid(format!("received date {received} is in the future (today is {today})")));
    }
    // A date of birth is the data subject's: checked as `case update` checks it.
    let data_subject = match non_empty(input.subject_birth_date) {
        Some(_) if data_subject.is_none() => {
            return Err(Error::field(
                "subject-name",
                "a date of birth is the data subject's: give --subject-name and --subject-relationship with it",
            ));
        }
        Some(b) => update_subject(data_subject, None, None, Some(b), None, received)?,
        None => data_subject,
    };
    let new = NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: Requester {
            name,
            emails: parse_emails(&input.requester_emails)?,
            postal_address: non_empty(input.requester_address),
            phone: non_empty(input.requester_phone),
            customer_ids: input.customer_ids.into_iter().filter_map(|c| non_empty(Some(c))).collect(),
            date_of_birth: None,
        },
        data_subject,
        subject_category: non_empty(input.subject_category).map(|c| parse_code(&c)).transpose()?,
        channel: parse_code(&input.channel)?,
        received,
        received_at: None,
        rights: parse_rights(&input.rights)?,
        regime: match non_empty(input.regime) {
            Some(r) => parse_code(&r)?,
            None => org.default_regime,
        },
        location: match non_empty(input.location) {
            Some(l) => Location::parse(&l).map_err(Error::invalid)?,
            None => org.default_location.clone(),
        },
        language: parse_language(input.language)?,
        status: Status::Received,
        intake: None,
    };
    let taken_by = match (non_empty(input.taken_by), new.channel) {
        (Some(who), Channel::Phone | Channel::InPerson) => {
            Some(format!("{} request taken by {who} on {received}", new.channel.label()))
        }
        (Some(_), other) => {
            return Err(Error::field(
                "taken-by",
                format!("who took the request is recorded for phone and in-person requests, not '{other}'"),
            ));
        }
        (None, _) => None,
    };
    let note = non_empty(input.note);
    let due = crate::dates::statutory_due(&new, &rules.policy, &rules.calendars, today)?;
    let notes: Vec<String> = taken_by.into_iter().chain(note).collect();
    Ok(reg.log_case(&new, due, &notes, stamp)?)
}

/// One case, by reference (NotFound also for a case this member may not see).
pub(crate) fn case<R: CaseRegister + ?Sized>(reg: &mut R, reference: &str) -> Result<Case> {
    Ok(reg.case_by_reference(parse_reference(reference)?)?)
}

/// The register, filtered and sorted.
pub(crate) fn list_cases<R: CaseRegister + ?Sized>(
    reg: &mut R,
    q: &CaseQuery,
    today: NaiveDate,
) -> Result<Vec<CaseSummary>> {
    listed(reg, q, list_query(q, today), today)
}

/// One page of the register and how many cases match in all, with each
/// right's own date for the open cases asking several (read together, with
/// their events and answers, in one call of the register).
pub(crate) fn list_page<R: CaseRegister + ?Sized>(
    reg: &mut R,
    rules: &Rules,
    q: &CaseQuery,
) -> Result<crate::CasePage> {
    check_search(q.text.as_deref())?;
    let today = rules.today;
    let (total, rows) = reg.list_page(&list_query(q, today))?;
    let several = several_rights(&rows);
    let several = if several.is_empty() { Vec::new() } else { reg.dated_cases(&several)? };
    let rights_due = rights_due_by_case(several, &rules.policy, Some(&rules.calendars), today)?;
    Ok(crate::CasePage { total, cases: rows.into_iter().map(|r| summary(r, today)).collect(), rights_due })
}

/// The open cases of a page that ask several rights: those whose rights
/// may each have a date of their own.
pub(crate) fn several_rights(rows: &[casebook_store::CaseRow]) -> Vec<casebook_core::CaseId> {
    rows.iter().filter(|r| r.rights.len() > 1 && r.status.is_open()).map(|r| r.id).collect()
}

/// Each right's own due date, by case reference, for cases whose rights do
/// not all share one (read with their events and recorded answers).
pub(crate) fn rights_due_by_case(
    several: Vec<(Case, Vec<casebook_store::CaseEvent>, Vec<casebook_core::answer::RightAnswer>)>,
    policy: &DeadlinePolicy,
    calendars: Option<&Calendars>,
    today: NaiveDate,
) -> Result<std::collections::BTreeMap<String, Vec<crate::RightDue>>> {
    let mut by_case = std::collections::BTreeMap::new();
    let Some(calendars) = calendars else { return Ok(by_case) };
    for (case, events, mut answers) in several {
        answers.retain(|a| case.rights.contains(&a.right));
        let d = crate::dates::case_dates(&case, &events, &answers, policy, calendars, today)?;
        let each = crate::next::rights_due(&d, &answers);
        if !each.is_empty() {
            by_case.insert(case.reference.to_string(), each);
        }
    }
    Ok(by_case)
}

/// The cases assigned to the member this connection is, filtered and
/// sorted as [`list_cases`]; a register of one user has no such list.
pub(crate) fn my_cases<R: CaseRegister + ?Sized>(
    reg: &mut R,
    q: &CaseQuery,
    today: NaiveDate,
) -> Result<Vec<CaseSummary>> {
    let member = reg.member().ok_or_else(|| {
        Error::invalid(
            "a local register has one user, whose cases are all of them: \
             a member's own cases are listed on a team register (--db postgres://…)",
        )
    })?;
    let query = ListQuery { assigned_to: Some(member.to_string()), ..list_query(q, today) };
    listed(reg, q, query, today)
}

/// The cases `query` lists, once the text `q` searches is checked.
fn listed<R: CaseRegister + ?Sized>(
    reg: &mut R,
    q: &CaseQuery,
    query: ListQuery,
    today: NaiveDate,
) -> Result<Vec<CaseSummary>> {
    check_search(q.text.as_deref())?;
    let rows = reg.list_cases(&query)?;
    Ok(rows.into_iter().map(|r| summary(r, today)).collect())
}

/// The longest search text, in characters: a name, an email address or a
/// few words, not a document.
const MAX_SEARCH_CHARS: usize = 200;

/// What was typed to search: words are searched as prefixes and anything
/// else is a separator (never syntax), so only a text with no word at all
/// or a very long one is refused.
fn check_search(text: Option<&str>) -> Result<()> {
    let Some(text) = text else { return Ok(()) };
    let length = text.chars().count();
    if text.trim().is_empty() {
        return Err(Error::field("text", "the search text is empty: give a name, an email address or a word"));
    }
    if length > MAX_SEARCH_CHARS {
        return Err(Error::field(
            "text",
            format!("the search text is {length} characters long; at most {MAX_SEARCH_CHARS} are searched"),
        ));
    }
    if !text.chars().any(char::is_alphanumeric) {
        return Err(Error::field(
            "text",
            format!("the search text '{}' has no letter or digit to search for", text.trim()),
        ));
    }
    Ok(())
}

/// Adds a note to a case; an empty note is refused.
pub(crate) fn add_note<R: CaseRegister + ?Sized>(
    reg: &mut R,
    reference: &str,
    text: &str,
    stamp: Stamp<'_>,
) -> Result<Note> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid("the note is empty"));
    }
    let case = case(reg, reference)?;
    Ok(reg.add_note(case.id, text, stamp)?)
}

/// Who logged the case: the actor of its creation's audit entry.
pub(crate) fn created_by(audit: &[AuditEntry]) -> Option<String> {
    audit.iter().find(|a| a.action == "case.created").map(|a| a.actor.clone())
}

/// The use cases that work the same on a local register and on a team
/// register: what a front end calls without knowing which it has open.
pub trait CaseLifecycle {
    /// The organisation's civil date now.
    fn today(&self) -> Result<NaiveDate>;
    /// Logs a new request; see [`crate::Casebook::log_request`].
    fn log_request(&self, input: NewRequest) -> Result<crate::CaseView>;
    /// The register, filtered and sorted.
    fn list_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>>;
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
        my_cases(&mut *self.store(), q, today)
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
        let case = case(&mut *self.store(), reference)?;
        Err(Error::invalid(format!(
            "case {} is on a local register ('{}'), which is one person's: cases are assigned on a team register (--db postgres://…)",
            case.reference,
            self.db_path().display()
        )))
    }
    step_use_cases!();
}

pub(crate) fn summary(r: casebook_store::CaseRow, today: NaiveDate) -> CaseSummary {
    CaseSummary {
        reference: r.reference.to_string(),
        days_left: days_left(r.due, r.status, today),
        status: r.status,
        regime: r.regime,
        location: r.location.to_string(),
        channel: r.channel,
        received: r.received,
        requester_name: r.requester_name,
        due: r.due,
        outcome: r.outcome,
        closed_on: r.closed_on,
        // An answer to a right since taken off the case is kept, not counted.
        rights_answered: r.answered.into_iter().filter(|a| r.rights.contains(a)).collect(),
        rights: r.rights,
    }
}

pub(crate) fn days_left(due: Option<NaiveDate>, status: Status, today: NaiveDate) -> Option<i64> {
    due.filter(|_| status.is_open()).map(|d| (d - today).num_days())
}

/// The store's query for a façade query, as of `today`.
pub(crate) fn list_query(q: &CaseQuery, today: NaiveDate) -> ListQuery {
    ListQuery {
        status: q.status,
        open_only: q.open_only || q.due_within_days.is_some(),
        right: q.right,
        channel: q.channel,
        regime: q.regime,
        received_from: q.received_from,
        received_to: q.received_to,
        due_by: q.due_within_days.map(|d| today + chrono::Duration::days(d)),
        text: q.text.clone().filter(|t| !t.trim().is_empty()),
        assigned_to: None,
        sort: match q.sort {
            CaseSort::Received => casebook_store::CaseSort::Received,
            CaseSort::Due => casebook_store::CaseSort::Due,
            CaseSort::Reference => casebook_store::CaseSort::Reference,
        },
        limit: q.limit,
        offset: q.offset,
    }
}

/// The data subject after `case update`: each given field replaces the
/// recorded one; an empty name removes the subject (and only alone).
pub(crate) fn update_subject(
    current: Option<DataSubject>,
    name: Option<String>,
    relationship: Option<String>,
    birth_date: Option<String>,
    child: Option<bool>,
    received: NaiveDate,
) -> Result<Option<DataSubject>> {
    let others = relationship.is_some() || birth_date.is_some() || child.is_some();
    let name = match name.map(|n| n.trim().to_string()) {
        Some(n) if n.is_empty() => {
            if others {
                return Err(Error::field(
                    "subject-name",
                    "an empty subject name removes the data subject, so it cannot come with other --subject-* values",
                ));
            }
            return Ok(None);
        }
        other => other,
    };
    let relationship = relationship.map(|r| parse_code::<Relationship>(&r)).transpose()?;
    let mut subject = match (current, name, relationship) {
        (Some(mut s), name, rel) => {
            s.name = name.unwrap_or(s.name);
            s.relationship = rel.unwrap_or(s.relationship);
            s
        }
        (None, Some(name), Some(rel)) => DataSubject::new(name, rel),
        (None, Some(_), None) => {
            return Err(Error::field(
                "subject-relationship",
                "a data subject needs a relationship to the requester (--subject-relationship parent|guardian|solicitor|authorised-agent|power-of-attorney|other)",
            ));
        }
        (None, None, _) if others => {
            return Err(Error::field(
                "subject-name",
                "the case has no data subject: give --subject-name with the other --subject-* values",
            ));
        }
        (None, None, _) => return Ok(None),
    };
    if let Some(b) = birth_date {
        subject.birth_date = match b.trim() {
            "" => None,
            b => {
                let born = NaiveDate::parse_from_str(b, "%Y-%m-%d").map_err(|_| {
                    Error::field("subject-birth-date", format!("invalid subject birth date '{b}': expected YYYY-MM-DD"))
                })?;
                if born > received {
                    return Err(Error::field(
                        "subject-birth-date",
                        format!("the subject's birth date {born} is after the request was received on {received}"),
                    ));
                }
                Some(born)
            }
        };
    }
    if let Some(c) = child {
        subject.child = c;
    }
    Ok(Some(subject))
}
