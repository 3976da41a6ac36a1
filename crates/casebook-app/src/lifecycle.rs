//! The case lifecycle's core, written once against the store's
//! [`CaseRegister`]: logging a request (its validation, reference and due
//! date), reading a case, listing the register and adding a note. The local
//! register ([`crate::Casebook`], SQLite) and the team register
//! ([`crate::TeamBook`], PostgreSQL) both call these, so a case is checked,
//! dated and worded the same on either.

use std::sync::Arc;

use casebook_core::answer::RightAnswer;
use casebook_core::deadline::DeadlinePolicy;
use casebook_core::holiday::Calendars;
use casebook_core::{Case, Channel, DataSubject, NewCase, Note, Organisation, Relationship, Requester, Status};
use casebook_store::{AuditEntry, CaseRegister, ListQuery, Stamp};
use chrono::{DateTime, NaiveDate, Utc};

use crate::input::{checked_rights, non_empty, parse_emails, parse_reference};
use crate::{CaseQuery, CaseSort, CaseSummary, Error, NewRequest, RegisterSaid, Result, WorkflowSaid};

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
        return Err(Error::refused_in("requester-name", RegisterSaid::RequesterNameEmpty));
    }
    let data_subject = match (non_empty(input.subject_name), input.subject_relationship) {
        (Some(name), Some(rel)) => Some(DataSubject::new(name, rel)),
        (Some(_), None) => {
            return Err(Error::refused_in("subject-relationship", WorkflowSaid::SubjectNeedsRelationship));
        }
        (None, Some(_)) => {
            return Err(Error::refused_in("subject-name", WorkflowSaid::RelationshipNeedsSubjectName));
        }
        (None, None) => None,
    };
    let received = input.received;
    let today = rules.today;
    if received > today {
        return Err(Error::refused(RegisterSaid::ReceivedInFuture { received, today }));
    }
    // A date of birth is the data subject's: checked as `case update` checks it.
    let data_subject = match non_empty(input.subject_birth_date) {
        Some(_) if data_subject.is_none() => {
            return Err(Error::refused_in("subject-name", WorkflowSaid::BirthDateNeedsSubject));
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
        subject_category: input.subject_category,
        channel: input.channel,
        received,
        received_at: None,
        rights: checked_rights(input.rights)?,
        regime: input.regime.unwrap_or(org.default_regime),
        location: input.location.unwrap_or_else(|| org.default_location.clone()),
        language: input.language.map(|l| l.to_string()),
        status: Status::Received,
        intake: None,
    };
    let taken_by = match (non_empty(input.taken_by), new.channel) {
        (Some(who), Channel::Phone | Channel::InPerson) => {
            Some(format!("{} request taken by {who} on {received}", new.channel.label()))
        }
        (Some(_), other) => {
            return Err(Error::refused_in("taken-by", WorkflowSaid::TakenByNotSpoken { channel: other }));
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

/// A day given for something done on a case (default `today`): not in the
/// future, not before the request was received.
pub(crate) fn date_on_case(case: &Case, on: Option<NaiveDate>, today: NaiveDate) -> Result<NaiveDate> {
    let on = on.unwrap_or(today);
    if on > today {
        return Err(Error::refused_in("date", RegisterSaid::DateInFuture { date: on, today }));
    }
    if on < case.received {
        return Err(Error::refused_in("date", WorkflowSaid::DateBeforeReceipt { date: on, received: case.received }));
    }
    Ok(on)
}

/// The answers to the rights the case asks for now (an answer to a right
/// since taken off the case by `case update --right` is kept, not counted).
pub(crate) fn answers_of<R: CaseRegister + ?Sized>(reg: &mut R, case: &Case) -> Result<Vec<RightAnswer>> {
    let mut answers = reg.right_answers(case.id)?;
    answers.retain(|a| case.rights.contains(&a.right));
    Ok(answers)
}

/// The register, filtered and sorted.
pub(crate) fn list_cases<R: CaseRegister + ?Sized>(
    reg: &mut R,
    q: &CaseQuery,
    today: NaiveDate,
) -> Result<Vec<CaseSummary>> {
    let query = list_query(q, today, reg.member())?;
    listed(reg, q, query, today)
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
    let query = list_query(q, today, reg.member())?;
    let (matches, rows) = reg.list_page(&query)?;
    let several = several_rights(&rows);
    let several = if several.is_empty() { Vec::new() } else { reg.dated_cases(&several)? };
    let rights_due = rights_due_by_case(several, &rules.policy, Some(&rules.calendars), today)?;
    Ok(crate::CasePage {
        total: matches.total,
        more: matches.more,
        cases: rows.into_iter().map(|r| summary(r, today)).collect(),
        rights_due,
    })
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
        let each = crate::dates::rights_due(&d, &answers);
        if !each.is_empty() {
            by_case.insert(case.reference.to_string(), each);
        }
    }
    Ok(by_case)
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
        return Err(Error::refused_in("text", WorkflowSaid::SearchTextEmpty));
    }
    if length > MAX_SEARCH_CHARS {
        return Err(Error::refused_in("text", WorkflowSaid::SearchTextTooLong { length, max: MAX_SEARCH_CHARS }));
    }
    if !text.chars().any(char::is_alphanumeric) {
        return Err(Error::refused_in("text", WorkflowSaid::SearchTextNoWord { text: text.trim().to_string() }));
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
        return Err(Error::refused(WorkflowSaid::NoteEmpty));
    }
    let case = case(reg, reference)?;
    Ok(reg.add_note(case.id, text, stamp)?)
}

/// Who logged the case: the actor of its creation's audit entry.
pub(crate) fn created_by(audit: &[AuditEntry]) -> Option<String> {
    audit.iter().find(|a| a.action == "case.created").map(|a| a.actor.clone())
}

pub(crate) fn summary(r: casebook_store::CaseRow, today: NaiveDate) -> CaseSummary {
    CaseSummary {
        reference: r.reference.to_string(),
        next_due: r.next_due,
        days_left: r.next_due.map(|d| (d - today).num_days()),
        appeal_due: r.appeal_due,
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

/// The store's query for a façade query, as of `today`, on a register whose
/// connected member is `member` (a team's login; none on a local file, whose
/// one user has no "my cases" and is refused them).
pub(crate) fn list_query(q: &CaseQuery, today: NaiveDate, member: Option<&str>) -> Result<ListQuery> {
    let assigned_to = match (q.mine, member) {
        (false, _) => None,
        (true, Some(member)) => Some(member.to_string()),
        (true, None) => return Err(Error::refused(WorkflowSaid::MineOnLocalRegister)),
    };
    Ok(ListQuery {
        status: q.status,
        open_only: q.open_only || q.due_within_days.is_some(),
        right: q.right,
        channel: q.channel,
        regime: q.regime,
        received_from: q.received_from,
        received_to: q.received_to,
        due_by: q.due_within_days.map(|d| today + chrono::Duration::days(d)),
        text: q.text.clone().filter(|t| !t.trim().is_empty()),
        assigned_to,
        sort: match q.sort {
            CaseSort::Received => casebook_store::CaseSort::Received,
            CaseSort::Due => casebook_store::CaseSort::Due,
            CaseSort::Reference => casebook_store::CaseSort::Reference,
        },
        limit: q.limit,
        offset: q.offset,
    })
}

/// The data subject after `case update`: each given field replaces the
/// recorded one; an empty name removes the subject (and only alone).
pub(crate) fn update_subject(
    current: Option<DataSubject>,
    name: Option<String>,
    relationship: Option<Relationship>,
    birth_date: Option<String>,
    child: Option<bool>,
    received: NaiveDate,
) -> Result<Option<DataSubject>> {
    let others = relationship.is_some() || birth_date.is_some() || child.is_some();
    let name = match name.map(|n| n.trim().to_string()) {
        Some(n) if n.is_empty() => {
            if others {
                return Err(Error::refused_in("subject-name", WorkflowSaid::EmptySubjectNameWithDetails));
            }
            return Ok(None);
        }
        other => other,
    };
    let mut subject = match (current, name, relationship) {
        (Some(mut s), name, rel) => {
            s.name = name.unwrap_or(s.name);
            s.relationship = rel.unwrap_or(s.relationship);
            s
        }
        (None, Some(name), Some(rel)) => DataSubject::new(name, rel),
        (None, Some(_), None) => {
            return Err(Error::refused_in("subject-relationship", WorkflowSaid::NewSubjectNeedsRelationship));
        }
        (None, None, _) if others => {
            return Err(Error::refused_in("subject-name", WorkflowSaid::NoSubjectForDetails));
        }
        (None, None, _) => return Ok(None),
    };
    if let Some(b) = birth_date {
        subject.birth_date = match b.trim() {
            "" => None,
            b => {
                let born = NaiveDate::parse_from_str(b, "%Y-%m-%d").map_err(|_| {
                    Error::refused_in("subject-birth-date", WorkflowSaid::BirthDateMalformed { text: b.to_string() })
                })?;
                if born > received {
                    return Err(Error::refused_in(
                        "subject-birth-date",
                        WorkflowSaid::BornAfterReceipt { born, received },
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
