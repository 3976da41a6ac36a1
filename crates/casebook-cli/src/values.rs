//! Flags parsed into the façade's domain types, as clap `value_parser`s over
//! core's `FromStr` (through `casebook_app::parse_field` and friends): a bad
//! value is refused before the register is opened, with the message the
//! façade gives and its field's flag (`invalid date '2026-02-30': no such
//! day (--on)`; `main` prints these as any other refusal).

use casebook_app::{Error, LetterKind, parse_code, parse_date, parse_field, parse_pause};
use casebook_core::answer::RightOutcome;
use casebook_core::deadline::Pause;
use casebook_core::identity::{IdentityMethod, IdentityOutcome};
use casebook_core::processing::SystemId;
use casebook_core::processing::action::Did;
use casebook_core::processing::search::SearchResult;
use casebook_core::workflow::{FeeGround, RefusalReason};
use casebook_core::{
    AppealOutcome, Channel, ComplaintOutcome, Language, Location, Outcome, Regime, Relationship, Right, Status,
    SubjectCategory,
};
use chrono::NaiveDate;

/// A step's day, the façade's `on` (`--date`/`--on`, `--sent-on` of `letter send`).
pub(crate) fn on(s: &str) -> Result<NaiveDate, Error> {
    parse_date("on", s)
}

/// A day recorded on a case under the façade's `date` (closing, an appeal).
pub(crate) fn date(s: &str) -> Result<NaiveDate, Error> {
    parse_date("date", s)
}

pub(crate) fn told(s: &str) -> Result<NaiveDate, Error> {
    parse_date("told", s)
}

pub(crate) fn notified_on(s: &str) -> Result<NaiveDate, Error> {
    parse_date("notified-on", s)
}

pub(crate) fn sent_on(s: &str) -> Result<NaiveDate, Error> {
    parse_date("sent-on", s)
}

/// The day a request, a complaint or a letter reached the organisation (`--received`).
pub(crate) fn received(s: &str) -> Result<NaiveDate, Error> {
    parse_date("received", s)
}

/// The days of `casebook deadline`'s what-if clock.
pub(crate) fn id_requested(s: &str) -> Result<NaiveDate, Error> {
    parse_date("id-requested", s)
}

pub(crate) fn id_received(s: &str) -> Result<NaiveDate, Error> {
    parse_date("id-received", s)
}

pub(crate) fn extension_notified_on(s: &str) -> Result<NaiveDate, Error> {
    parse_date("extension-notified-on", s)
}

pub(crate) fn appeal_received(s: &str) -> Result<NaiveDate, Error> {
    parse_date("appeal-received", s)
}

pub(crate) fn complaint_received(s: &str) -> Result<NaiveDate, Error> {
    parse_date("complaint-received", s)
}

/// A clarification pause, `FROM:TO` (`FROM:` while unanswered).
pub(crate) fn pause(s: &str) -> Result<Pause, Error> {
    parse_pause("pause", s)
}

/// A posted letter's postmark (`letter log --postmark`).
pub(crate) fn postmark(s: &str) -> Result<NaiveDate, Error> {
    parse_date("postmark", s)
}

pub(crate) fn regime(s: &str) -> Result<Regime, Error> {
    parse_field("regime", s)
}

/// A case's location, ISO 3166 (`--location`).
pub(crate) fn location(s: &str) -> Result<Location, Error> {
    parse_field("location", s)
}

/// A case's language, ISO 639-1 (`--language`; a letter's `--lang` is [`language`]).
pub(crate) fn case_language(s: &str) -> Result<Language, Error> {
    parse_field("language", s)
}

/// A status set by hand (`case update --status`).
pub(crate) fn status(s: &str) -> Result<Status, Error> {
    parse_field("status", s)
}

pub(crate) fn subject_category(s: &str) -> Result<SubjectCategory, Error> {
    parse_field("subject-category", s)
}

/// How the requester relates to the data subject (`--subject-relationship`).
pub(crate) fn relationship(s: &str) -> Result<Relationship, Error> {
    parse_field("subject-relationship", s)
}

pub(crate) fn channel(s: &str) -> Result<Channel, Error> {
    parse_field("channel", s)
}

/// The channel a letter went out by: a channel code, or `post` for a letter.
pub(crate) fn sent_channel(s: &str) -> Result<Channel, Error> {
    casebook_app::parse_sent_channel(s)
}

pub(crate) fn fee_ground(s: &str) -> Result<FeeGround, Error> {
    parse_field("ground", s)
}

pub(crate) fn refusal_reason(s: &str) -> Result<RefusalReason, Error> {
    parse_field("reason", s)
}

pub(crate) fn appeal_outcome(s: &str) -> Result<AppealOutcome, Error> {
    parse_field("outcome", s)
}

pub(crate) fn complaint_outcome(s: &str) -> Result<ComplaintOutcome, Error> {
    parse_field("outcome", s)
}

pub(crate) fn identity_method(s: &str) -> Result<IdentityMethod, Error> {
    parse_field("method", s)
}

pub(crate) fn identity_outcome(s: &str) -> Result<IdentityOutcome, Error> {
    parse_field("outcome", s)
}

pub(crate) fn right(s: &str) -> Result<Right, Error> {
    parse_field("right", s)
}

/// What was done in a system (`case action --did`).
pub(crate) fn did(s: &str) -> Result<Did, Error> {
    parse_field("did", s)
}

/// A system of the register of processing (`case action|searched --system`).
pub(crate) fn system(s: &str) -> Result<SystemId, Error> {
    casebook_app::parse_system(s)
}

/// What a search found (`case searched --result`; `nothing` for `nothing-found`).
pub(crate) fn search_result(s: &str) -> Result<SearchResult, Error> {
    casebook_app::parse_search_result(s)
}

/// One right's outcome (`case answer --outcome`).
pub(crate) fn right_outcome(s: &str) -> Result<RightOutcome, Error> {
    parse_field("outcome", s)
}

/// A refused right's ground (`case answer --ground`).
pub(crate) fn answer_ground(s: &str) -> Result<RefusalReason, Error> {
    parse_field("ground", s)
}

pub(crate) fn outcome(s: &str) -> Result<Outcome, Error> {
    parse_code(s)
}

pub(crate) fn letter_kind(s: &str) -> Result<LetterKind, Error> {
    parse_code(s)
}

pub(crate) fn language(s: &str) -> Result<Language, Error> {
    parse_code(s)
}
