//! Logging, reading, listing and updating cases.

use casebook_core::authority::Authority;
use casebook_core::identity::Suggestion;
use casebook_core::processing::action::RightActions;
use casebook_core::workflow::{FeeGround, RefusalReason};
use casebook_core::{
    AppealOutcome, Case, Channel, ComplaintOutcome, Language, Location, Note, Outcome, Regime, Relationship, Right,
    Status, SubjectCategory,
};
use casebook_intake::FileKind;
use casebook_store::{CaseRegister, DocumentRef};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::input::{checked_rights, non_empty, parse_emails};
use crate::lifecycle::{days_left, list_query, summary, update_subject};
use crate::steps::StepBook;
use crate::{Casebook, Deadlines, Error, RegisterSaid, Result};

/// A new request as the DPO gives it (CLI flags or the new-case form): its
/// codes and its day of receipt already core's types, parsed by the front
/// end (a bad one refused naming its field), the rest checked by
/// [`Casebook::log_request`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct NewRequest {
    pub requester_name: String,
    pub requester_emails: Vec<String>,
    pub requester_address: Option<String>,
    pub requester_phone: Option<String>,
    pub customer_ids: Vec<String>,
    pub subject_name: Option<String>,
    #[serde(default, deserialize_with = "crate::code::relationship")]
    pub subject_relationship: Option<Relationship>,
    /// The data subject's date of birth (`YYYY-MM-DD`): who counts as a child
    /// follows from it. Text, checked with the data subject (its own message).
    pub subject_birth_date: Option<String>,
    #[serde(default, deserialize_with = "crate::code::subject_category")]
    pub subject_category: Option<SubjectCategory>,
    #[serde(deserialize_with = "crate::code::channel")]
    pub channel: Channel,
    /// `YYYY-MM-DD`; the day the request reached the organisation.
    #[serde(deserialize_with = "crate::day::received")]
    pub received: NaiveDate,
    /// Primary first.
    #[serde(deserialize_with = "crate::code::rights")]
    pub rights: Vec<Right>,
    /// Default: the organisation's regime.
    #[serde(default, deserialize_with = "crate::code::regime")]
    pub regime: Option<Regime>,
    /// Default: the organisation's location.
    #[serde(default, deserialize_with = "crate::code::location")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>"))]
    pub location: Option<Location>,
    #[serde(default, deserialize_with = "crate::code::language")]
    pub language: Option<Language>,
    pub note: Option<String>,
    /// Who took a request made by phone or in person.
    #[serde(default)]
    pub taken_by: Option<String>,
}

impl NewRequest {
    /// A request with what every request has (who asks, how, when and for
    /// what) and nothing else: the other fields are filled by name.
    pub fn new(requester_name: impl Into<String>, channel: Channel, received: NaiveDate, rights: Vec<Right>) -> Self {
        NewRequest {
            requester_name: requester_name.into(),
            requester_emails: Vec::new(),
            requester_address: None,
            requester_phone: None,
            customer_ids: Vec::new(),
            subject_name: None,
            subject_relationship: None,
            subject_birth_date: None,
            subject_category: None,
            channel,
            received,
            rights,
            regime: None,
            location: None,
            language: None,
            note: None,
            taken_by: None,
        }
    }
}

/// Changes to a case's details; `None` leaves a field as it is. Its codes
/// and dates are core's types, as [`NewRequest`]'s are. The people's fields
/// are [`PeopleUpdate`]'s, flattened: the same JSON keys as before.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CaseUpdate {
    #[serde(flatten)]
    pub people: PeopleUpdate,
    #[serde(default, deserialize_with = "crate::code::subject_category")]
    pub subject_category: Option<SubjectCategory>,
    #[serde(default, deserialize_with = "crate::code::optional_channel")]
    pub channel: Option<Channel>,
    #[serde(default, deserialize_with = "crate::day::optional_received")]
    pub received: Option<NaiveDate>,
    /// Replaces the list of rights (primary first).
    #[serde(default, deserialize_with = "crate::code::optional_rights")]
    pub rights: Option<Vec<Right>>,
    #[serde(default, deserialize_with = "crate::code::regime")]
    pub regime: Option<Regime>,
    #[serde(default, deserialize_with = "crate::code::location")]
    pub location: Option<Location>,
    #[serde(default, deserialize_with = "crate::code::language")]
    pub language: Option<Language>,
    #[serde(default, deserialize_with = "crate::code::status")]
    pub status: Option<Status>,
}

/// The people of a case, as the case page's form edits them after import:
/// the requester's details, and the data subject the requester acts for
/// (their name, the relationship, a date of birth or the child flag). The
/// same as `case update --requester-* --subject-*`: it goes through
/// [`Casebook::update_case`] and nothing else of the case changes. `None`
/// leaves a field as it is.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PeopleUpdate {
    #[serde(default)]
    pub requester_name: Option<String>,
    /// Replaces the list of email addresses.
    #[serde(default)]
    pub requester_emails: Option<Vec<String>>,
    /// An empty address removes it.
    #[serde(default)]
    pub requester_address: Option<String>,
    /// An empty phone number removes it.
    #[serde(default)]
    pub requester_phone: Option<String>,
    /// Replaces the customer numbers, account names or employee numbers.
    #[serde(default)]
    pub customer_ids: Option<Vec<String>>,
    /// An empty name removes the data subject.
    #[serde(default)]
    pub subject_name: Option<String>,
    /// parent, guardian, solicitor, authorised-agent, power-of-attorney or other.
    #[serde(default, deserialize_with = "crate::code::relationship")]
    pub subject_relationship: Option<Relationship>,
    /// `YYYY-MM-DD`; empty removes it.
    #[serde(default)]
    pub subject_birth_date: Option<String>,
    /// A child below the age of digital consent, where no date of birth is known.
    #[serde(default)]
    pub subject_child: Option<bool>,
}

impl From<PeopleUpdate> for CaseUpdate {
    fn from(people: PeopleUpdate) -> CaseUpdate {
        CaseUpdate { people, ..CaseUpdate::default() }
    }
}

/// How lists are ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum CaseSort {
    #[default]
    Received,
    Due,
    Reference,
}

/// Filters for the register; every field narrows the list, and any may be left out.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields))]
pub struct CaseQuery {
    pub status: Option<Status>,
    /// Only cases still running (not response sent, closed, withdrawn or refused).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub open_only: bool,
    pub right: Option<Right>,
    pub channel: Option<Channel>,
    pub regime: Option<Regime>,
    pub received_from: Option<NaiveDate>,
    pub received_to: Option<NaiveDate>,
    /// Cases due within this many days from today (overdue included).
    pub due_within_days: Option<i64>,
    /// Full-text search over requester, identifiers, notes and correspondence.
    pub text: Option<String>,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub sort: CaseSort,
    pub limit: Option<u32>,
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub offset: u32,
    /// Only the cases assigned to the member signed in to a team register
    /// ("My cases"); refused on a local register, which has one user.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub mine: bool,
}

/// A page of the register and the number of cases matching in all.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CasePage {
    /// The cases matching in all; for a text search, at most
    /// [`casebook_store::SEARCH_COUNT_CAP`] (then `more`).
    pub total: i64,
    /// A search matched more cases than `total`: the list holds its first
    /// `total` in the list's order, and the person types more to narrow it.
    pub more: bool,
    pub cases: Vec<CaseSummary>,
    /// Each right's own date (and answer), by reference, for the open cases
    /// on the page whose rights do not share one date and state.
    pub rights_due: std::collections::BTreeMap<String, Vec<crate::RightDue>>,
}

/// One line of the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseSummary {
    pub reference: String,
    pub status: Status,
    pub rights: Vec<Right>,
    pub regime: Regime,
    pub location: String,
    pub channel: Channel,
    pub received: NaiveDate,
    pub requester_name: String,
    pub due: Option<NaiveDate>,
    /// The date the case must meet next, as the open cases are sorted and
    /// counted: its due date while open, the decision's while a consumer's
    /// appeal awaits one (the earlier of the two on a case still open);
    /// null for a case answered without an appeal.
    pub next_due: Option<NaiveDate>,
    /// Days from today to `next_due`; negative when overdue.
    pub days_left: Option<i64>,
    pub outcome: Option<Outcome>,
    pub closed_on: Option<NaiveDate>,
    /// The rights answered on their own (`case answer`), in the order answered:
    /// "2 of 3 rights answered".
    pub rights_answered: Vec<Right>,
    /// While a consumer's appeal of the answer awaits its decision (US state
    /// laws): the day the decision is due. Such a case is among the open
    /// cases, by this date.
    pub appeal_due: Option<NaiveDate>,
}

/// A case with everything a DPO looks at on its page.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseView {
    /// The case as stored, its fields at the top level of the JSON.
    #[serde(flatten)]
    #[cfg_attr(feature = "ts", ts(flatten))]
    pub case: Case,
    /// The due date once the extension is taken (a copy of `deadlines.extended_due`).
    pub extended_due: Option<NaiveDate>,
    pub days_left: Option<i64>,
    /// Whether the clock is running, paused, waiting for identity or stopped
    /// (a copy of `deadlines.clock`).
    pub clock: casebook_core::deadline::Clock,
    /// Every date with its explanation, computed for today.
    pub deadlines: Deadlines,
    /// Receipt was confirmed to the requester (an acknowledgement is recorded).
    pub acknowledged: bool,
    /// A fee asked for is still unpaid (the last fee step is the request).
    pub fee_awaited: bool,
    /// What the case needs next, by when (null once closed).
    pub next_action: Option<casebook_core::workflow::NextAction>,
    /// Everything recorded on the case, oldest first (see [`Casebook::timeline`]).
    pub timeline: Vec<crate::TimelineEntry>,
    /// Stored files (evidence, attachments, scans, letters), without their
    /// bytes, each with the kind its bytes are and whether a viewer may open it.
    pub documents: Vec<CaseDocument>,
    /// Each stored file's kind as its bytes tell it, by hash (see [`casebook_intake::sniff_file`]).
    pub document_kinds: std::collections::BTreeMap<String, casebook_intake::FileKind>,
    /// Messages and letters in and out, oldest first.
    pub correspondence: Vec<casebook_store::Correspondence>,
    /// The systems of the register of processing searched for the requester (see [`Casebook::search_log`]).
    pub search_log: crate::SearchLog,
    /// What was done per right and system, and the recipients told (see [`Casebook::action_log`]).
    pub action_log: crate::ActionLog,
    /// Each right on its own: its due date, whether it waits for identity, its answer (`case answer`).
    pub right_status: Vec<crate::RightState>,
    /// Letters made and not yet sent, and those sent or discarded (see [`crate::LetterBook::letter_drafts`]).
    pub drafts: Vec<crate::LetterDraft>,
    /// Letters sent and later marked withdrawn, by correspondence id.
    pub withdrawn: Vec<crate::WithdrawnLetter>,
    /// The organisation's civil date the dates above were computed for.
    pub today: NaiveDate,
    /// Who logged the case (the actor of its creation's audit entry: the
    /// operating-system user on a local register, the member's login on a
    /// team register).
    pub created_by: Option<String>,
    /// The member or group role the case is assigned to (`case assign`, team
    /// registers only; always null on a local register).
    pub assigned_to: Option<String>,
    /// What the case page offers, so that no front end repeats a rule.
    #[serde(flatten)]
    pub offers: CaseOffers,
}

/// The steps and choices a case allows now, from core's rules: computed once
/// with the case, for the CLI and the app alike.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseOffers {
    /// The statuses "change status" may move the case to. Closing, and the
    /// waits for identity or clarification, have their own steps.
    pub next_statuses: Vec<Status>,
    /// The proportionate identity check for this request, and why.
    pub identity_suggestion: Suggestion,
    /// What the case's law lets a fee be charged for (empty: requests are free), and the source.
    pub fee_grounds: Vec<FeeGround>,
    pub fee_source: String,
    /// What the case's law accepts as reasons to refuse, and the source.
    pub refusal_reasons: Vec<RefusalReason>,
    pub refusal_source: String,
    /// Whom a refused person may complain to, named in the refusal.
    pub complaint_authority: Option<Authority>,
    /// Per right asked, the actions the action log accepts for it.
    pub right_actions: Vec<RightActions>,
    /// How a US state appeal may be decided, and how a complaint may be answered.
    pub appeal_outcomes: Vec<AppealOutcome>,
    pub complaint_outcomes: Vec<ComplaintOutcome>,
}

impl CaseOffers {
    fn of(case: &Case) -> CaseOffers {
        let (fee_grounds, fee_source) = casebook_core::workflow::fee_grounds(case.regime);
        let (refusal_reasons, refusal_source) = casebook_core::workflow::refusal_reasons(case.regime);
        CaseOffers {
            next_statuses: Status::ALL
                .iter()
                .copied()
                // Only the plain statuses are set by hand; the others come from their steps.
                .filter(|&s| s != case.status && casebook_core::workflow::manual_status(case.status, s).is_ok())
                .collect(),
            identity_suggestion: crate::case_progress::suggestion(case),
            fee_grounds: fee_grounds.to_vec(),
            fee_source: fee_source.to_string(),
            refusal_reasons: refusal_reasons.to_vec(),
            refusal_source: refusal_source.to_string(),
            complaint_authority: casebook_core::authority::supervisory_authority(case.regime, &case.location),
            right_actions: casebook_core::processing::action::right_actions(&case.rights),
            appeal_outcomes: AppealOutcome::ALL.to_vec(),
            complaint_outcomes: ComplaintOutcome::ALL.to_vec(),
        }
    }
}

/// A file stored on a case, without its bytes: what its sender declared it
/// (`content_type`) and what its bytes are (`kind`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CaseDocument {
    #[serde(flatten)]
    pub document: DocumentRef,
    pub kind: FileKind,
    /// Whether the system's viewer may open it (PDF, common images, plain text).
    pub viewable: bool,
}

impl std::ops::Deref for CaseDocument {
    type Target = DocumentRef;
    fn deref(&self) -> &DocumentRef {
        &self.document
    }
}

pub(crate) type Files = (Vec<CaseDocument>, Vec<casebook_store::Correspondence>);

impl CaseView {
    pub(crate) fn new(c: Case, deadlines: Deadlines, files: Files, today: NaiveDate) -> Self {
        CaseView {
            today,
            created_by: None,
            assigned_to: None,
            offers: CaseOffers::of(&c),
            document_kinds: std::collections::BTreeMap::new(),
            documents: files.0,
            correspondence: files.1,
            search_log: crate::SearchLog::default(),
            action_log: crate::ActionLog::default(),
            right_status: Vec::new(),
            drafts: Vec::new(),
            withdrawn: Vec::new(),
            extended_due: deadlines.extended_due,
            clock: deadlines.clock,
            deadlines,
            next_action: None,
            acknowledged: false,
            fee_awaited: false,
            timeline: Vec::new(),
            days_left: days_left(c.due, c.status, today),
            case: c,
        }
    }
}

impl Casebook {
    /// Logs a new request and returns it with its reference.
    pub fn log_request(&self, input: NewRequest) -> Result<CaseView> {
        let rules = self.rules()?;
        let case = crate::lifecycle::log_request(&mut *self.store(), &rules, input, self.stamp())?;
        self.view(case, rules.today)
    }

    pub(crate) fn case_by_ref(&self, reference: &str) -> Result<Case> {
        crate::lifecycle::case(&mut *self.store(), reference)
    }

    /// One case, by reference.
    pub fn case(&self, reference: &str, today: NaiveDate) -> Result<CaseView> {
        self.view(self.case_by_ref(reference)?, today)
    }

    pub(crate) fn view(&self, case: Case, today: NaiveDate) -> Result<CaseView> {
        let events = self.store().events(case.id)?;
        let deadlines = self.case_deadlines_of(&case, &events, today)?;
        let progress = crate::case_progress::progress(&case, &events);
        let next_action = self.next_action_with(&case, &deadlines, today)?;
        let (files, document_kinds) = case_files(&mut *self.store(), case.id)?;
        let (audit, assigned_to) = {
            let mut store = self.store();
            (store.audit_of_case(case.id)?, CaseRegister::assignee(&mut *store, case.id)?)
        };
        let timeline = crate::timeline::timeline_from(&case, events.clone(), &audit);
        let created_by = crate::lifecycle::created_by(&audit);
        let search_log = self.search_log_of(&case)?;
        let action_log = self.action_log_of(case.id)?;
        let right_status = self.right_states(&case, &deadlines, &progress)?;
        let drafts = self.store().drafts(case.id)?.into_iter().map(crate::LetterDraft::from).collect();
        let withdrawn = crate::drafts::withdrawn_of(self, case.id)?;
        Ok(CaseView {
            right_status,
            drafts,
            withdrawn,
            next_action,
            acknowledged: progress.acknowledged_on.is_some(),
            fee_awaited: progress.fee_requested_on.is_some(),
            timeline,
            search_log,
            action_log,
            document_kinds,
            created_by,
            assigned_to,
            ..CaseView::new(case, deadlines, files, today)
        })
    }

    /// The register, filtered and sorted.
    pub fn list_cases(&self, q: &CaseQuery, today: NaiveDate) -> Result<Vec<CaseSummary>> {
        crate::lifecycle::list_cases(&mut *self.store(), q, today)
    }

    /// One page of the register and how many cases match in all, in one read:
    /// what the app's list asks for on every keystroke.
    pub fn list_page(&self, q: &CaseQuery, today: NaiveDate) -> Result<CasePage> {
        // On the reader connection: the list answers while the dashboard's
        // next actions read every open case on the main one.
        let query = list_query(q, today, None)?;
        let (matches, rows, several, policy) = self.read(|store| {
            let (matches, rows) = store.list_page(&query)?;
            // The rest of what each right's date needs, for the open cases
            // asking several (on the reader too: the main connection may be busy).
            let several = store.dated_cases(&crate::lifecycle::several_rights(&rows))?;
            let policy: casebook_core::deadline::DeadlinePolicy =
                store.setting(crate::dates::POLICY_KEY)?.unwrap_or_default();
            Ok((matches, rows, several, policy))
        })?;
        // Built once and cached (the first build reads the main connection).
        let calendars = if several.is_empty() { None } else { Some(self.calendars()?) };
        let rights_due = crate::lifecycle::rights_due_by_case(several, &policy, calendars.as_deref(), today)?;
        Ok(CasePage {
            total: matches.total,
            more: matches.more,
            cases: rows.into_iter().map(|r| summary(r, today)).collect(),
            rights_due,
        })
    }

    /// Edits a case's details or moves its status; refuses a status change
    /// the workflow does not allow.
    pub fn update_case(&self, reference: &str, u: CaseUpdate) -> Result<CaseView> {
        update_case(self, reference, u)
    }

    pub fn add_note(&self, reference: &str, text: &str) -> Result<Note> {
        crate::lifecycle::add_note(&mut *self.store(), reference, text, self.stamp())
    }

    /// Closes a case with its outcome, on `on` (default today). Where every
    /// right is answered (`case answer`), the outcome is the one the answers
    /// give and `outcome`, if given, must be it; otherwise fulfilled and no
    /// data held answer every right still open with that outcome, after the
    /// same checks as `case answer`, in the closing's transaction; partly
    /// fulfilled needs each right's exemption, so it names the rights still
    /// open; refused, withdrawn, identity not verified, not a request and
    /// duplicate end the whole request as before.
    pub fn close_case(&self, reference: &str, outcome: Outcome, on: Option<NaiveDate>) -> Result<CaseView> {
        close_case(self, reference, Some(outcome), on)
    }

    /// Closes a case whose every right is answered, with the outcome the answers give.
    pub fn close_answered_case(&self, reference: &str, on: Option<NaiveDate>) -> Result<CaseView> {
        close_case(self, reference, None, on)
    }

    /// Re-opens a closed case, for a reason kept on the case and in the
    /// audit log: it goes back to "in progress", its outcome cleared, and
    /// takes letters and steps again (closing it again runs the checks again).
    pub fn reopen_case(&self, reference: &str, reason: &str) -> Result<CaseView> {
        reopen_case(self, reference, reason)
    }
}

/// Edits a case's details or moves its status; refuses a status change the
/// workflow does not allow. Applied to the case as read; judged again when
/// another program or member changed it meanwhile.
pub(crate) fn update_case<B: StepBook + ?Sized>(book: &B, reference: &str, u: CaseUpdate) -> Result<CaseView> {
    let id = crate::lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| update_case_once(book, id, u.clone()))
}

fn update_case_once<B: StepBook + ?Sized>(book: &B, id: casebook_core::CaseId, u: CaseUpdate) -> Result<CaseView> {
    let (mut case, seen) = book.register().case_with_version(id)?;
    let rules = book.rules()?;
    let today = rules.today;
    if case.status == Status::Closed {
        return Err(Error::conflicting(RegisterSaid::ClosedCaseUnchangeable { reference: case.reference.to_string() }));
    }
    let p = u.people;
    if let Some(name) = p.requester_name {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Err(Error::refused(RegisterSaid::RequesterNameEmpty));
        }
        case.requester.name = name;
    }
    if let Some(emails) = p.requester_emails {
        case.requester.emails = parse_emails(&emails)?;
    }
    if let Some(a) = p.requester_address {
        case.requester.postal_address = non_empty(Some(a));
    }
    if let Some(phone) = p.requester_phone {
        case.requester.phone = non_empty(Some(phone));
    }
    if let Some(ids) = p.customer_ids {
        case.requester.customer_ids = ids.into_iter().filter_map(|c| non_empty(Some(c))).collect();
    }
    if let Some(c) = u.subject_category {
        case.subject_category = Some(c);
    }
    if let Some(c) = u.channel {
        case.channel = c;
    }
    if let Some(received) = u.received {
        if received > today {
            return Err(Error::refused(RegisterSaid::ReceivedInFuture { received, today }));
        }
        case.received = received;
    }
    if let Some(rights) = u.rights {
        case.rights = checked_rights(rights)?;
    }
    case.data_subject = update_subject(
        case.data_subject.take(),
        p.subject_name,
        p.subject_relationship,
        p.subject_birth_date,
        p.subject_child,
        case.received,
    )?;
    if let Some(r) = u.regime {
        case.regime = r;
    }
    if let Some(l) = u.location {
        case.location = l;
    }
    if let Some(l) = u.language {
        case.language = Some(l.to_string());
    }
    if let Some(next) = u.status {
        if next != case.status {
            casebook_core::workflow::manual_status(case.status, next).map_err(|problem| {
                Error::conflicting(RegisterSaid::StatusNotByHand { reference: case.reference.to_string(), problem })
            })?;
        }
        case.status = next;
    }
    // Regime, location, receipt and rights all move the dates.
    let events = book.register().events(case.id)?;
    let answers = book.answers_of(&case)?;
    let dates = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
    crate::dates::keep_dates(&mut case, &dates, &events);
    let saved = book.register().save_case_answering(&case, Some(seen), &[], "case.updated", book.stamp())?;
    book.view_with(saved, &rules)
}

/// Closes a case with `outcome`, or with the outcome its answers give (see
/// [`Casebook::close_case`]), judged on the case as read and judged again
/// when another program or member changed it meanwhile.
pub(crate) fn close_case<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    outcome: Option<Outcome>,
    on: Option<NaiveDate>,
) -> Result<CaseView> {
    let id = crate::lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| close_case_once(book, id, outcome, on))
}

fn close_case_once<B: StepBook + ?Sized>(
    book: &B,
    id: casebook_core::CaseId,
    outcome: Option<Outcome>,
    on: Option<NaiveDate>,
) -> Result<CaseView> {
    use casebook_core::answer::{RightAnswer, RightOutcome, overall_outcome, right_outcome_for_close};
    let (mut case, seen) = book.register().case_with_version(id)?;
    if !case.status.can_move_to(Status::Closed) {
        return Err(Error::conflicting(RegisterSaid::AlreadyClosed { reference: case.reference.to_string() }));
    }
    let rules = book.rules()?;
    let today = rules.today;
    let on = on.unwrap_or(today);
    if on < case.received {
        return Err(Error::refused(RegisterSaid::ClosingBeforeReceived { on, received: case.received }));
    }
    let events = book.register().events(case.id)?;
    let progress = crate::case_progress::progress(&case, &events);
    let sought = crate::answers::identity_sought(&progress, &events);
    let answers = book.answers_of(&case)?;
    let open = crate::answers::unanswered(&case, &answers);
    let derived = |extra: &[RightAnswer]| {
        let all: Vec<RightOutcome> = answers.iter().chain(extra).map(|a| a.outcome).collect();
        overall_outcome(&all).expect("a case has rights")
    };
    let mut new_answers = Vec::new();
    let outcome = match outcome {
        None if !open.is_empty() => {
            return Err(crate::answers::unanswered_error(
                &case,
                &open,
                "fulfilled|partly|refused|not-applicable|no-data",
            ));
        }
        None => derived(&[]),
        Some(o) if open.is_empty() && case.kind == casebook_core::CaseKind::Request => {
            let d = derived(&[]);
            if o != d {
                return Err(Error::conflicting(RegisterSaid::OutcomeOfTheAnswers {
                    reference: case.reference.to_string(),
                    derived: d,
                    asked: o,
                }));
            }
            d
        }
        Some(o) => {
            casebook_core::workflow::close_allowed(o, case.status, sought).map_err(|problem| {
                Error::conflicting(RegisterSaid::CloseNotAllowed { reference: case.reference.to_string(), problem })
            })?;
            let answered = matches!(o, Outcome::Fulfilled | Outcome::PartlyFulfilled | Outcome::NoDataHeld);
            if answered && case.kind == casebook_core::CaseKind::Request {
                // The response passed these when it was recorded; the record may have moved since.
                crate::steps::require_answerable(book, &case, &progress)?;
                let Some(each) = right_outcome_for_close(o) else {
                    return Err(crate::answers::unanswered_error(&case, &open, "partly --exemption …"));
                };
                for &right in &open {
                    let answer = RightAnswer {
                        right,
                        outcome: each,
                        ground: None,
                        detail: None,
                        by: book.actor().to_string(),
                        on,
                    };
                    crate::answers::check_answer(book, &case, &progress, sought, &answer)?;
                    new_answers.push(answer);
                }
                let d = derived(&new_answers);
                if !answers.is_empty() && d != o {
                    return Err(Error::conflicting(RegisterSaid::OutcomeWithTheAnswersSoFar {
                        reference: case.reference.to_string(),
                        derived: d,
                        asked: o,
                    }));
                }
            } else if answered {
                crate::steps::require_answerable(book, &case, &progress)?;
            } else if matches!(o, Outcome::Refused | Outcome::IdentityNotVerified)
                && let Some(a) = answers.iter().find(|a| a.answers_with_data())
            {
                return Err(Error::conflicting(RegisterSaid::RefuseTheRestOneByOne {
                    reference: case.reference.to_string(),
                    right: a.right,
                    outcome: a.outcome,
                }));
            }
            o
        }
    };
    case.status = Status::Closed;
    case.outcome = Some(outcome);
    case.closed_on = Some(on);
    let saved = book.register().save_case_answering(&case, Some(seen), &new_answers, "case.closed", book.stamp())?;
    book.view_with(saved, &rules)
}

/// Re-opens a closed case for `reason` (see [`Casebook::reopen_case`]),
/// judged again when another program or member changed it meanwhile.
pub(crate) fn reopen_case<B: StepBook + ?Sized>(book: &B, reference: &str, reason: &str) -> Result<CaseView> {
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(Error::refused_in("reason", RegisterSaid::ReopenNeedsReason));
    }
    let id = crate::lifecycle::case(&mut *book.register(), reference)?.id;
    crate::retry_stale(|| {
        let (mut case, seen) = book.register().case_with_version(id)?;
        if case.status != Status::Closed {
            return Err(Error::conflicting(RegisterSaid::ReopenNotClosed {
                reference: case.reference.to_string(),
                status: case.status,
            }));
        }
        let rules = book.rules()?;
        case.status = Status::InProgress;
        case.outcome = None;
        case.closed_on = None;
        let events = book.register().events(case.id)?;
        let answers = book.answers_of(&case)?;
        case.due =
            crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, rules.today)?.due;
        let saved = book.register().reopen_case(&case, Some(seen), rules.today, reason, book.stamp())?;
        book.view_with(saved, &rules)
    })
}

/// Corrects the day the request was received, for `reason`: the case's
/// dates computed again, and a note saying from what to what and why.
pub(crate) fn correct_received<B: StepBook + ?Sized>(
    book: &B,
    reference: &str,
    on: NaiveDate,
    reason: &str,
) -> Result<CaseView> {
    if reason.trim().is_empty() {
        return Err(Error::refused_in("reason", RegisterSaid::ReceivedCorrectionNeedsReason));
    }
    let mut case = crate::lifecycle::case(&mut *book.register(), reference)?;
    let rules = book.rules()?;
    let today = rules.today;
    if on > today {
        return Err(Error::refused(RegisterSaid::ReceivedInFuture { received: on, today }));
    }
    let before = case.received;
    case.received = on;
    let events = book.register().events(case.id)?;
    let answers = book.answers_of(&case)?;
    let dates = crate::dates::case_dates(&case, &events, &answers, &rules.policy, &rules.calendars, today)?;
    crate::dates::keep_dates(&mut case, &dates, &events);
    let stamp = book.stamp();
    let mut register = book.register();
    register.save_case_answering(&case, None, &[], "case.received-corrected", stamp)?;
    register.add_note(case.id, &format!("received date corrected from {before} to {on}: {}", reason.trim()), stamp)?;
    let saved = register.case_by_reference(case.reference)?;
    drop(register);
    book.view_with(saved, &rules)
}

/// A case's documents (each with the kind its first bytes show) and its
/// correspondence, as its page lists them, on either back end.
pub(crate) fn case_files<R: casebook_store::LetterRegister + ?Sized>(
    store: &mut R,
    case: casebook_core::CaseId,
) -> Result<(Files, std::collections::BTreeMap<String, casebook_intake::FileKind>)> {
    let mut documents = Vec::new();
    let mut kinds = std::collections::BTreeMap::new();
    for document in store.documents(case)? {
        let head = store.document_head(&document.sha256, casebook_intake::filetype::SNIFF_BYTES)?;
        let kind = casebook_intake::sniff_file(&head);
        kinds.insert(document.sha256.clone(), kind);
        documents.push(CaseDocument { document, kind, viewable: kind.viewable() });
    }
    Ok(((documents, store.correspondence(case)?), kinds))
}

#[cfg(test)]
mod tests {
    use casebook_core::{Channel, Regime, Right};
    use casebook_intake::FileKind;

    use crate::{CaseQuery, Casebook, IntakeBook};

    /// A register with one imported case; its reference.
    fn casebook_with_a_case() -> (Casebook, String) {
        let book = crate::import::tests::casebook();
        let dir = tempfile::tempdir().unwrap();
        let mbox = crate::import::tests::synthetic_mbox(dir.path(), "inbox.mbox", 1, 3);
        book.import_paths(&[mbox], &mut |_| {});
        let today = book.today().unwrap();
        let reference = book.list_cases(&CaseQuery::default(), today).unwrap()[0].reference.clone();
        (book, reference)
    }

    /// A register at 29 November 2026 10:00 (organisation Acme) with Ada's
    /// request of 20 November by email for `rights`, as logged.
    fn ada_asking_for(rights: &[Right]) -> (Casebook, crate::CaseView) {
        use chrono::TimeZone;
        let at = chrono::Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
        let book = Casebook::in_memory(Box::new(move || at), "dpo").unwrap();
        book.set_organisation(crate::OrganisationInput { name: Some("Acme".into()), ..Default::default() }).unwrap();
        let view = book
            .log_request(crate::NewRequest::new("Ada", Channel::Email, "2026-11-20".parse().unwrap(), rights.to_vec()))
            .unwrap();
        (book, view)
    }

    /// The page's facts of the recorded steps: acknowledged once any
    /// acknowledgement is recorded; a fee awaited while the last fee step is the request.
    #[test]
    fn the_view_says_whether_receipt_was_acknowledged_and_a_fee_is_awaited() {
        let (book, view) = ada_asking_for(&[Right::Access]);
        let r = view.case.reference.to_string();
        let fee = |on: &str| crate::FeeRequest {
            on: Some(on.parse().unwrap()),
            ground: casebook_core::workflow::FeeGround::FurtherCopies,
            amount: "£10".into(),
        };
        let flags = |v: crate::CaseView| (v.acknowledged, v.fee_awaited);
        type Step<'a> = Box<dyn Fn() -> crate::Result<crate::CaseView> + 'a>;
        let table: Vec<(&str, Step, (bool, bool))> = vec![
            ("as logged", Box::new(|| book.case(&r, book.today()?)), (false, false)),
            (
                "acknowledged",
                Box::new(|| book.acknowledge(&r, Some("2026-11-21".parse().unwrap()), casebook_core::Channel::Email)),
                (true, false),
            ),
            ("fee asked for", Box::new(|| book.request_fee(&r, fee("2026-11-22"))), (true, true)),
            ("fee paid", Box::new(|| book.receive_fee(&r, Some("2026-11-23".parse().unwrap()))), (true, false)),
            ("fee asked for again", Box::new(|| book.request_fee(&r, fee("2026-11-24"))), (true, true)),
        ];
        for (step, run, want) in table {
            assert_eq!(flags(run().unwrap()), want, "{step}");
        }
    }

    /// What the page offers comes with the case, from core's rules, and
    /// travels in the same JSON as the rest (`case show --json`, the app).
    #[test]
    fn the_view_offers_what_the_case_s_law_allows() {
        use casebook_core::Status;
        let (_book, view) = ada_asking_for(&[Right::Erasure, Right::Access]);
        let offers = &view.offers;
        assert_eq!(view.today, chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap());
        assert!(offers.next_statuses.contains(&Status::InProgress), "{:?}", offers.next_statuses);
        for own_step in [Status::Received, Status::Closed, Status::AwaitingIdentity] {
            assert!(!offers.next_statuses.contains(&own_step), "{own_step}: {:?}", offers.next_statuses);
        }
        let rights: Vec<(Right, bool)> = offers.right_actions.iter().map(|r| (r.right, r.notified)).collect();
        assert_eq!(rights, [(Right::Erasure, true), (Right::Access, false)]);
        let authority = offers.complaint_authority.as_ref().expect("the UK has a supervisory authority");
        assert!(authority.name.contains("Information Commissioner"), "{}", authority.name);
        assert!(!offers.fee_grounds.is_empty() && !offers.refusal_reasons.is_empty());
        assert_eq!(offers.appeal_outcomes, casebook_core::AppealOutcome::ALL);
        assert_eq!(
            serde_json::to_value(&offers.appeal_outcomes).unwrap(),
            serde_json::json!(["upheld", "reversed", "partly"])
        );
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(json["today"], "2026-11-29");
        assert_eq!(json["next_statuses"], serde_json::json!(offers.next_statuses));
        assert_eq!(json["identity_suggestion"]["method"], offers.identity_suggestion.method.code());
    }

    #[test]
    fn a_file_opens_by_what_its_bytes_are_not_by_its_name() {
        use crate::{IntakeBook, PackageBook};
        let (book, reference) = casebook_with_a_case();
        let files: &[(&str, &[u8], FileKind, bool)] = &[
            ("passport.txt", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", FileKind::Pdf, true),
            ("bill.pdf", b"<!DOCTYPE html><html><script>steal()</script></html>", FileKind::Markup, false),
            ("photo.jpg", b"\x7FELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00", FileKind::Executable, false),
        ];
        for (name, bytes, _, _) in files {
            book.attach_identity_document(&reference, bytes, Some(name), Some("application/pdf")).unwrap();
        }
        let view = book.case(&reference, book.today().unwrap()).unwrap();
        for (name, bytes, kind, opens) in files {
            let doc = view.documents.iter().find(|d| d.file_name.as_deref() == Some(*name)).unwrap();
            assert_eq!(view.document_kinds[&doc.sha256], *kind, "{name}");
            assert_eq!((doc.kind, doc.viewable), (*kind, *opens), "{name}");
            let opened = book.case_document_to_open(&reference, &doc.sha256);
            match opened {
                Ok((_, k, b)) => {
                    assert!(*opens, "{name} must be refused");
                    assert_eq!((k, b.as_slice()), (*kind, *bytes));
                }
                Err(e) => {
                    assert!(!*opens, "{name}: {e}");
                    assert_eq!(e.code(), crate::ErrorCode::InvalidInput);
                    assert!(e.to_string().contains(name) && e.to_string().contains("save it instead"), "{e}");
                }
            }
        }
        // The imported email itself is an email: saved, never opened.
        assert!(view.document_kinds.values().any(|k| *k == FileKind::Email), "{:?}", view.document_kinds);
    }

    #[test]
    fn the_list_answers_while_the_main_connection_is_busy() {
        let dir = tempfile::tempdir().unwrap();
        let book =
            crate::import::tests::organised(Casebook::open(&dir.path().join("c.db")).unwrap().with_separate_reader());
        let mbox = crate::import::tests::synthetic_mbox(dir.path(), "in.mbox", 3, 5);
        book.import_paths(&[mbox], &mut |_| {});
        let q = CaseQuery { limit: Some(2), ..Default::default() };
        // The dashboard's next actions (or an import) hold the main
        // connection; the list reads on its own and is not kept waiting,
        // not even the first time, when it opens its connection.
        let busy = book.store();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::scope(|scope| {
            // As the app's command does: today's date, then the page.
            scope.spawn(|| {
                tx.send(book.today().and_then(|today| book.list_page(&q, today)).map(|p| (p.total, p.cases.len())))
                    .unwrap()
            });
            let answer = rx.recv_timeout(std::time::Duration::from_secs(10));
            drop(busy);
            assert_eq!(answer.expect("the list waited for the main connection").unwrap(), (3, 2));
        });
    }

    /// The app's list shows each right's own date where a case's rights do
    /// not share one (a CCPA opt-out in 15 business days, a deletion in 45 days).
    #[test]
    fn a_page_carries_each_right_s_date_where_they_differ() {
        use chrono::NaiveDate;
        let book = crate::import::tests::casebook();
        let request = |name: &str, rights: &[Right], regime: Regime, location: &str| {
            book.log_request(crate::NewRequest {
                regime: Some(regime),
                location: Some(location.parse().unwrap()),
                ..crate::NewRequest::new(name, Channel::Email, "2026-11-20".parse().unwrap(), rights.to_vec())
            })
            .unwrap()
            .case
            .reference
            .to_string()
        };
        let mixed = request("Sam", &[Right::OptOutOfSale, Right::Erasure], Regime::Ccpa, "US-CA");
        request("Ada", &[Right::Access, Right::Erasure], Regime::UkGdpr, "GB-ENG");
        request("Bo", &[Right::Access], Regime::UkGdpr, "GB-ENG");
        let page = book.list_page(&CaseQuery::default(), book.today().unwrap()).unwrap();
        assert_eq!(page.cases.len(), 3);
        let dates: Vec<(Right, Option<NaiveDate>)> = page
            .rights_due
            .get(&mixed)
            .expect("the CCPA case's rights differ")
            .iter()
            .map(|r| (r.right, r.due))
            .collect();
        let day = |d: &str| Some(d.parse::<NaiveDate>().unwrap());
        assert_eq!(dates, [(Right::OptOutOfSale, day("2026-12-14")), (Right::Erasure, day("2027-01-04"))]);
        assert_eq!(page.rights_due.len(), 1, "rights sharing one date are not repeated: {:?}", page.rights_due);
    }
}
