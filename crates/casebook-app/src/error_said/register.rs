//! Refusals about cases and their input, the organisation, calendars, the
//! register of processing and the team register; and what the store says
//! that a front end must word itself (a record not found, a stale edit).

use casebook_core::{
    CodeError, LanguageError, LocationError, Outcome, ReferenceError, Right, RightsError, Status, answer::RightOutcome,
};
use casebook_intake::FileKind;
use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// See [`super::ErrorSaid::Register`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RegisterSaid {
    // What the store says.
    /// A record asked for by its key that the register does not hold. `thing`
    /// is what it is when Casebook knows the word (`what` is its English).
    #[error("{what} '{key}' not found")]
    NotFound { thing: Option<Thing>, what: String, key: String },
    /// An edit made on a view of the case older than its last change (a team register's other member, or another window).
    #[error("{reference} was changed by {by} at {} UTC since you read it; reload it and try again", at.format("%Y-%m-%d %H:%M"))]
    ChangedSinceRead { reference: String, by: String, at: DateTime<Utc> },
    /// Another program held the register's write lock for the whole busy timeout.
    #[error("the register stayed busy (another program was writing to it for over a minute): try again")]
    RegisterBusy,

    // A case and its input.
    /// An edit of a closed case.
    #[error("case {reference} is closed and can no longer be changed")]
    ClosedCaseUnchangeable { reference: String },
    /// A step (a search, a document) on a closed case.
    #[error("case {reference} is closed")]
    CaseClosed { reference: String },
    /// A re-opening without its reason (the audit log keeps why).
    #[error("re-opening a case needs its reason")]
    ReopenNeedsReason,
    /// A re-opening of a case that is still open.
    #[error("case {reference} is not closed (it is {status}): only a closed case is re-opened")]
    ReopenNotClosed { reference: String, status: Status },
    /// A correction of the received date without its reason.
    #[error("a correction of the received date needs its reason")]
    ReceivedCorrectionNeedsReason,
    /// A requester's name given empty.
    #[error("the requester's name is empty")]
    RequesterNameEmpty,
    /// A received date after the organisation's today.
    #[error("received date {received} is in the future (today is {today})")]
    ReceivedInFuture { received: NaiveDate, today: NaiveDate },
    /// A step, action, letter, appeal or complaint dated after the organisation's today.
    #[error("the date {date} is in the future (today is {today})")]
    DateInFuture { date: NaiveDate, today: NaiveDate },
    /// A closing of a case already closed.
    #[error("case {reference} is already closed")]
    AlreadyClosed { reference: String },
    /// A closing date before the request was received.
    #[error("closing date {on} is before the request was received ({received})")]
    ClosingBeforeReceived { on: NaiveDate, received: NaiveDate },
    /// A closing outcome other than the one every right's answer makes.
    #[error(
        "case {reference}: every right is answered, and the answers make the outcome '{derived}', not '{asked}' (close without an outcome)"
    )]
    OutcomeOfTheAnswers { reference: String, derived: Outcome, asked: Outcome },
    /// A closing outcome other than the one the answers so far and the rights still open would make.
    #[error(
        "case {reference}: with the rights already answered, the outcome is '{derived}', not '{asked}': answer the rights still open with `casebook case answer`, then close without an outcome"
    )]
    OutcomeWithTheAnswersSoFar { reference: String, derived: Outcome, asked: Outcome },
    /// A refusal of the whole case after a right was answered with data.
    #[error(
        "case {reference}: {right} was answered ({outcome}): refuse the rights still open one by one (`casebook case answer {reference} --right R --outcome refused --ground …`), then close without an outcome"
    )]
    RefuseTheRestOneByOne { reference: String, right: Right, outcome: RightOutcome },
    /// A closing outcome the case's recorded facts do not support (core's rule).
    #[error("case {reference}: {problem}")]
    CloseNotAllowed { reference: String, problem: casebook_core::workflow::CloseError },
    /// A status set by hand that only its step sets, or not from the case's status (core's rule).
    #[error("case {reference}: {problem}")]
    StatusNotByHand { reference: String, problem: casebook_core::workflow::StatusByHand },
    /// A stored document the system viewer is not given, for what its content is.
    #[error("'{}' is not opened in the system viewer: {}; save it instead", file_name.as_deref().unwrap_or("this file"), file_kind.refusal().unwrap_or("its type is not opened"))]
    NotOpenedInViewer { file_name: Option<String>, file_kind: FileKind },

    // Values typed in.
    /// A date not written YYYY-MM-DD.
    #[error("invalid date '{input}': expected YYYY-MM-DD")]
    DateNotIso { input: String },
    /// A date written YYYY-MM-DD that is no day of the calendar (2026-02-30).
    #[error("invalid date '{input}': no such day")]
    NoSuchDay { input: String },
    /// An email address that is not one.
    #[error("invalid email address '{email}'")]
    InvalidEmail { email: String },
    /// A code (a right, an outcome, a channel…) that is none of its kind's codes.
    #[error("unknown {code_kind} '{input}' (expected one of: {expected})")]
    UnknownCode { code_kind: String, input: String, expected: String },
    /// A case without rights.
    #[error("a case needs at least one right (--right CODE)")]
    NoRights,
    /// A right listed twice on one case.
    #[error("right '{right}' is listed twice")]
    RightTwice { right: Right },
    /// A case reference that is not CB-YYYY-NNNN.
    #[error("invalid case reference '{input}': expected CB-YYYY-NNNN, for example CB-2026-0001")]
    InvalidReference { input: String },
    /// A location that is not an ISO 3166 code.
    #[error("invalid location '{input}': expected an ISO 3166 code such as GB-ENG, DE-BY, FR or US-CA")]
    InvalidLocation { input: String },
    /// A location whose country part is no ISO 3166-1 country.
    #[error("unknown location '{input}': '{country}' is not an ISO 3166-1 country code")]
    UnknownCountry { input: String, country: String },
    /// A language that is not an ISO 639-1 code.
    #[error("invalid language '{input}': expected an ISO 639-1 code such as en or de")]
    InvalidLanguage { input: String },
    /// A clarification pause not written FROM:TO.
    #[error("invalid pause '{input}': expected FROM:TO, e.g. 2026-03-02:2026-03-07")]
    InvalidPause { input: String },
    /// Dates the deadline engine cannot compute from (core's rule, in its English).
    #[error("{detail}")]
    DeadlineInput { detail: String },

    // The organisation.
    /// A time zone that is not an IANA name.
    #[error("unknown time zone '{name}' (expected an IANA name such as Europe/London)")]
    UnknownTimeZone { name: String },
    /// An organisation profile without a name.
    #[error("the organisation's name is empty")]
    OrganisationNameEmpty,
    /// A DPO email address that is not one.
    #[error("invalid DPO email '{email}'")]
    InvalidDpoEmail { email: String },
    /// The demo organisation loaded into a register that already holds cases or systems.
    #[error(
        "the demo fills an empty register; this one already has {cases} cases and {systems} systems (load the demo into a new, empty register)"
    )]
    DemoNeedsEmptyRegister { cases: u64, systems: u64 },

    // Holiday calendars.
    /// A calendar file that is not UTF-8 text.
    #[error("'{file_name}' is not UTF-8 text (byte {byte})")]
    CalendarNotText { file_name: String, byte: u64 },
    /// A calendar file of neither format Casebook reads.
    #[error("'{file_name}' is neither a gov.uk bank-holidays.json nor an iCalendar (.ics) file")]
    CalendarFormatUnknown { file_name: String },
    /// An .ics file imported without the calendar it updates.
    #[error("'{file_name}': an .ics file needs the calendar it updates")]
    IcsNeedsCalendar { file_name: String },
    /// A calendar id Casebook does not ship.
    #[error("unknown calendar '{id}'")]
    UnknownCalendar { id: String },
    /// A calendar file whose content does not read (core's parser, in its English).
    #[error("{detail}")]
    CalendarUnreadable { detail: String },

    // The register of processing.
    /// A system id that is not a lower-case slug.
    #[error("{detail}")]
    InvalidSystemId { detail: String },
    /// A system the register of processing does not hold; `known`: the ids it does.
    #[error("system '{id}' is not in the register of processing ({})", if known.is_empty() { "it has no systems yet: add the system first".to_string() } else { format!("known: {}", known.join(", ")) })]
    SystemNotInRegister { id: String, known: Vec<String> },
    /// A system added twice.
    #[error("system '{id}' is already in the register (use `processing edit`)")]
    SystemAlreadyInRegister { id: String },
    /// An edit that changes a system's id.
    #[error("a system's id cannot change (searches and imports refer to it): remove it and add it again")]
    SystemIdCannotChange,
    /// A system given as input whose problem is in no one field (core's parser, in its English).
    #[error("{detail}")]
    SystemInvalid { detail: String },
    /// A register-of-processing file that cannot be read, or does not read as a register.
    #[error("register file '{file}': {}", problem)]
    ProcessingFileRefused { file: String, problem: FileProblem },
    /// A search recorded with a result for a system not searched, or the reverse.
    #[error("a system searched has a result; one not searched has a reason instead, not a result")]
    SearchResultWithoutSearch,
    /// A search record core refuses (its English).
    #[error("{detail}")]
    SearchInvalid { detail: String },
    /// The access information asked for before any system is in the register of processing.
    #[error(
        "the register of processing is empty: add the organisation's systems first (casebook processing add or import)"
    )]
    ProcessingRegisterEmpty,

    // Exports of the register and the team register.
    /// The CSV of requests could not be written.
    #[error("cannot write the CSV: {detail}")]
    CsvNotWritten { detail: String },
    /// An audit anchor file that does not exist.
    #[error("'{file}': no such file")]
    AnchorFileMissing { file: String },
    /// An audit anchor file that cannot be read.
    #[error("cannot read '{file}': {detail}")]
    AnchorFileUnreadable { file: String, detail: String },
    /// No register file yet (a window's welcome creates one).
    #[error("there is no register at '{path}' yet")]
    NoRegisterYet { path: String },
    /// "Open another register" with nothing typed.
    #[error("give a register file's full path or a team register's postgres://USER@HOST/DATABASE")]
    RegisterLocationEmpty,
    /// "Open another register" given a relative path, which would depend on
    /// the folder the app happened to start in.
    #[error(
        "'{path}' is not a full path: give the register file's whole path (from /) or a team register's postgres://USER@HOST/DATABASE"
    )]
    RegisterPathNotFull { path: String },
    /// A register created where one exists.
    #[error("'{path}' already exists: it is opened, not created again")]
    RegisterExists { path: String },
    /// An encryption of a register already encrypted.
    #[error("this register is already encrypted")]
    AlreadyEncrypted,
    /// A lock of a plain register, which locking would not protect.
    #[error("this register is not encrypted, so locking the window would not protect it: encrypt it first")]
    LockNeedsEncryption,
    /// A use case a PostgreSQL register does not serve yet.
    #[error("{what} is not available on a PostgreSQL register yet ({register}); it works on a local register file")]
    NotOnTeamRegister { what: String, register: String },
    /// An assignment to no one.
    #[error("whom to assign the case to is empty")]
    AssigneeEmpty,
    /// An assignment on a local register, which is one person's.
    #[error(
        "case {reference} is on a local register ('{file}'), which is one person's: cases are assigned on a team register (--db postgres://…)"
    )]
    AssignOnLocalRegister { reference: String, file: String },
}

/// Why a file given to import was refused before its content was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum FileProblem {
    #[error("not a file")]
    NotAFile,
    #[error("{bytes} bytes is more than a register can be ({max} bytes at most)")]
    TooLarge { bytes: u64, max: u64 },
    #[error("not UTF-8 text (invalid byte at offset {offset})")]
    NotText { offset: u64 },
    /// The system's reason it could not be read, or the parser's reason it does not read as one (English).
    #[error("{detail}")]
    Unreadable { detail: String },
}

casebook_core::code_enum! {
    /// What a record not found is, for the [`RegisterSaid::NotFound`] a
    /// front end words: one code per `what` the store and the façade name.
    pub enum Thing as "record" {
        Case = "case", "case";
        ClosedCase = "closed-case", "closed case";
        Answer = "answer", "answer of this right";
        Calendar = "calendar", "calendar";
        Correspondence = "correspondence", "correspondence";
        DataFile = "data-file", "data file";
        DataItem = "data-item", "data item";
        Document = "document", "document";
        CaseDocument = "case-document", "document of this case";
        Draft = "draft", "draft";
        IdentityDocument = "identity-document", "identity document";
        TemplateCopy = "template-copy", "own copy of the template";
        OwnTemplate = "own-template", "own template";
        System = "system", "system";
        Role = "role", "PostgreSQL role";
    }
}

impl Thing {
    /// The thing the store's or the façade's English `what` names.
    pub fn from_what(what: &str) -> Option<Thing> {
        Thing::ALL.iter().copied().find(|t| t.label() == what)
    }
}

// Core's input errors, as the facts they give.
impl From<CodeError> for RegisterSaid {
    fn from(e: CodeError) -> Self {
        RegisterSaid::UnknownCode { code_kind: e.kind.to_string(), input: e.input, expected: e.expected }
    }
}

impl From<RightsError> for RegisterSaid {
    fn from(e: RightsError) -> Self {
        match e {
            RightsError::Empty => RegisterSaid::NoRights,
            RightsError::Repeated(right) => RegisterSaid::RightTwice { right },
        }
    }
}

impl From<ReferenceError> for RegisterSaid {
    fn from(e: ReferenceError) -> Self {
        RegisterSaid::InvalidReference { input: e.0 }
    }
}

impl From<LanguageError> for RegisterSaid {
    fn from(e: LanguageError) -> Self {
        RegisterSaid::InvalidLanguage { input: e.0 }
    }
}

impl From<LocationError> for RegisterSaid {
    fn from(e: LocationError) -> Self {
        match e {
            LocationError::Syntax(input) => RegisterSaid::InvalidLocation { input },
            LocationError::UnknownCountry(input, country) => RegisterSaid::UnknownCountry { input, country },
        }
    }
}

macro_rules! core_error_said {
    ($($ty:ty),*) => {$(
        impl From<$ty> for super::ErrorSaid {
            fn from(e: $ty) -> Self {
                super::ErrorSaid::Register(e.into())
            }
        }
    )*};
}
core_error_said!(CodeError, RightsError, ReferenceError, LanguageError, LocationError);

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `what` a not-found error names in the store or the façade
    /// (a `NotFound` with a literal `what`) has its [`Thing`], so the window words it.
    #[test]
    fn every_thing_the_code_says_was_not_found_has_its_word() {
        let crates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut whats = Vec::new();
        for dir in ["casebook-store/src", "casebook-app/src"] {
            let mut stack = vec![crates.join(dir)];
            while let Some(path) = stack.pop() {
                if path.is_dir() {
                    stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
                    for (i, _) in flat.match_indices("NotFound { what: \"") {
                        let rest = &flat[i + "NotFound { what: \"".len()..];
                        whats.push(rest[..rest.find('"').unwrap()].to_string());
                    }
                }
            }
        }
        assert!(whats.len() > 20, "found only {whats:?}");
        let unworded: Vec<&String> = whats.iter().filter(|w| Thing::from_what(w).is_none()).collect();
        assert!(unworded.is_empty(), "not-found errors without a Thing: {unworded:?}");
    }

    #[test]
    fn core_input_errors_keep_their_english() {
        let e: RegisterSaid = "acces".parse::<Right>().unwrap_err().into();
        assert_eq!(e.to_string(), "acces".parse::<Right>().unwrap_err().to_string());
        let e: RegisterSaid = casebook_core::Location::parse("XX-1").unwrap_err().into();
        assert_eq!(e.to_string(), casebook_core::Location::parse("XX-1").unwrap_err().to_string());
        let e: RegisterSaid = casebook_core::check_rights(&[Right::Access, Right::Access]).unwrap_err().into();
        assert_eq!(e.to_string(), "right 'access' is listed twice");
    }
}
