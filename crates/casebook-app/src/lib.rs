//! Casebook's façade: one method per use case.
//!
//! The command-line tool and the desktop app both call [`Casebook`]; neither
//! holds domain logic. The façade validates input into domain types, asks
//! `casebook-core` for the rules (status changes, deadlines) and
//! `casebook-store` to persist, always with an audit entry. The clock is
//! injected, so tests and scripts can fix "now".

mod actions;
mod anchors;
mod answers;
mod appeals;
mod backup_status;
mod book;
mod calendars;
mod case_lifecycle;
mod case_progress;
mod case_retention;
mod cases;
mod code;
mod complaints;
mod dashboard;
mod data;
mod dates;
mod day;
mod deadline_question;
mod demo_organisation;
mod document_retention;
mod drafts;
mod error_said;
mod evidence;
mod identity;
mod import;
mod input;
mod intake;
mod letters;
mod lifecycle;
mod next;
mod organisation;
mod package;
pub mod paths;
mod policy;
mod post;
mod processing;
mod progress;
mod protect;
mod requests_csv;
mod slot;
mod steps;
mod synthetic;
mod team;
mod team_export;
mod team_move;
mod templates;
mod timeline;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use casebook_core::holiday::Calendars;

use casebook_store::{ReaderSource, Stamp, Store};
use chrono::{DateTime, NaiveDate, Utc};

pub use actions::{ActionInput, ActionLog, Notified, NotifyInput};
pub use anchors::{AnchorCheck, team_verify_anchors};
pub use answers::{AnswerInput, RightState};
pub use backup_status::{BackupBook, BackupReminder, BackupReminderPolicy, LastBackup};
pub use book::Book;
pub use calendars::{CalendarImport, CalendarSummary};
pub use case_lifecycle::CaseLifecycle;
pub use case_retention::{
    CaseRetentionRun, ClosedCaseRetention, PeriodProblem, describe_months, parse_period as parse_retention_period,
};
pub use casebook_core::answer::{RightAnswer, RightOutcome};
pub use casebook_core::deadline::Deadlines;
pub use casebook_core::processing::access::AccessInformation;
/// What the action log accepts per right, and which rights' changes are notified (Art. 19).
pub use casebook_core::processing::action::{Did, RightActions, actions_for, notified_right, right_actions};
pub use casebook_intake::language::{DetectedLanguage, classify_request, detect_language};
pub use casebook_intake::{FileKind, sniff_file};
pub use casebook_render::LetterKind;
/// Folders Casebook makes are owner-only (0700) whatever the umask; the shell uses this too.
pub use casebook_store::create_private_dir_all;
pub use casebook_store::{APP_VERSION, RulesRevision, Upgrade};
pub use casebook_store::{AuditReport, Correspondence, DocumentRef};
pub use casebook_store::{Changed, Location, PgConfig};
pub use casebook_store::{DataFile, DataItem, Redaction};
pub use casebook_store::{OpenMode, write_atomically};
pub use cases::*;
pub use complaints::NewComplaint;
pub use dashboard::{CHART_MONTHS, DUE_SOON_DAYS, Dashboard, MonthStats, StatusCount};
pub use data::{CaseData, DataBook, DataImportInput, REDACTED, RedactionInput};
pub use dates::DeadlineQuestion;
pub use dates::RightDue;
pub use deadline_question::DeadlineBook;
pub use demo_organisation::DemoLoad;
pub use document_retention::{
    ClosurePeriod, HeldDocument, RetentionBook, RetentionForm, RetentionPolicy, RetentionRun,
};
pub use drafts::{DraftState, LetterBook, LetterDraft, SentLetter, WithdrawnLetter, parse_sent_channel};
pub use error_said::{DataSaid, DocumentsSaid, ErrorSaid, FileProblem, RegisterSaid, StoreSaid, Thing, WorkflowSaid};
pub use evidence::{EVIDENCE_ROLE, EvidenceBook, EvidencePack};
pub use identity::{IdentityCheck, IdentityCheckInput, IdentityDocument};
pub use import::{ImportCounts, ImportOutcome, ImportReport, ImportResult};
pub use input::{parse_code, parse_date, parse_field, parse_pause, parse_reference};
pub use intake::IntakeBook;
pub use letters::{Letter, LetterDetails, LetterKindInfo, LetterSettings, LetterSource, ProcessingRecord};
pub use next::CaseNextAction;
pub use organisation::OrganisationInput;
pub use package::{
    ExportedFile, Manifest, PACKAGE_FORMAT_VERSION, PackageBook, PackageCheck, PackageExport, PackageFile,
    PackageRequest, verify_package,
};
pub use post::{MAX_SCAN_BYTES, PostedLetter, Scan};
pub use processing::{
    ProcessingImport, SearchInput, SearchLog, SystemField, SystemInput, SystemProblem, SystemProblems,
    parse_search_result, parse_system, processing_record,
};
pub use progress::{ExportPhase, ExportProgress, ProgressUnit};
pub use protect::{
    BackupCheck, DatabaseKind, EncryptOutcome, LockPolicy, MAX_IDLE_LOCK_MINUTES, MIN_PASSPHRASE_CHARS, Passphrase,
    PassphraseCheck, PassphraseStrength, RestoreOutcome, check_new_passphrase, database_kind, encrypt_database,
    encrypt_register, is_encrypted, passphrase_strength, restore_backup, verify_backup,
};
pub use slot::{LOCAL_ONLY, OnOpen, RegisterSlot, RegisterState};
pub use steps::{ExtensionInput, FeeRequest, Refusal, ResponseSent};
pub use synthetic::write_synthetic_mbox;
pub use team::{TeamBook, TeamRegister, not_on_team_register, register_location, team_init, team_verify_audit};
pub use team_export::{
    EXPORTED_FROM_TEAM, TableCount, TeamBackup, TeamExport, TeamExported, export_summary, team_backup, team_export,
};
pub use team_move::{TeamMigration, team_migrate};
pub use templates::{
    LetterTemplate, LetterTemplates, MAX_TEMPLATE_BYTES, TemplateBook, TemplateChange, TemplateFault, TemplateText,
};
pub use timeline::{Fact, FieldChange, TimelineEntry, TimelineItem};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong in a use case. [`Error::code`] gives the closed set of
/// codes the desktop app branches on.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{what} '{key}' not found")]
    NotFound { what: &'static str, key: String },
    #[error("{0}")]
    Invalid(ErrorSaid),
    /// Invalid input in one named field. The message speaks of the thing
    /// ("the date …"), never of a front end's spelling of the field: the CLI
    /// adds its flag (`--on`), the app marks its form field.
    #[error("{message}")]
    InvalidField { field: &'static str, message: ErrorSaid },
    /// Invalid input in a system of the register of processing, each problem
    /// with its field: shown with the fields' keys (`purposes #1 (legal_basis): …`);
    /// the CLI names its flags instead.
    #[error("{0}")]
    InvalidSystem(processing::SystemProblems),
    #[error("{0}")]
    Conflict(ErrorSaid),
    #[error("no organisation profile yet (run `casebook init` first)")]
    NotInitialised,
    #[error(transparent)]
    Storage(casebook_store::Error),
    /// Long work stopped by the user; it left nothing behind.
    #[error("cancelled: nothing was saved")]
    Cancelled,
}

/// The closed set of codes a front end branches on (the desktop app's
/// `ApiError.code`), serialised in kebab case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    NotFound,
    InvalidInput,
    Conflict,
    /// The organisation profile is missing (`casebook init` has not run).
    NotInitialised,
    /// The register is encrypted and locked: its passphrase is needed.
    PassphraseNeeded,
    /// The passphrase given does not open the register.
    WrongPassphrase,
    /// The register could not be read or written (missing, locked, corrupt, newer schema).
    Storage,
    /// Long work was cancelled by the user and left nothing behind.
    Cancelled,
    /// A team register's server asks for the member's password (none in the
    /// connection string, `PGPASSWORD` or the password file).
    PasswordNeeded,
    /// The password given does not sign the member in to the team register.
    WrongPassword,
    /// The team register's server cannot be reached, or the connection was
    /// lost: nothing half-written stays; trying again may work.
    Unreachable,
    /// A failure no front end can act on (a front end's own: a worker that stopped).
    Internal,
}

impl Error {
    /// Its code, for a front end to branch on.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Storage(casebook_store::Error::PassphraseNeeded(_)) => ErrorCode::PassphraseNeeded,
            Error::Storage(casebook_store::Error::WrongPassphrase(_)) => ErrorCode::WrongPassphrase,
            Error::Storage(casebook_store::Error::Stale { .. }) => ErrorCode::Conflict,
            Error::Storage(casebook_store::Error::PgPasswordNeeded { .. }) => ErrorCode::PasswordNeeded,
            Error::Storage(casebook_store::Error::PgWrongPassword { .. }) => ErrorCode::WrongPassword,
            Error::Storage(casebook_store::Error::PgUnreachable { .. }) => ErrorCode::Unreachable,
            Error::NotFound { .. } => ErrorCode::NotFound,
            Error::Invalid(_) | Error::InvalidField { .. } | Error::InvalidSystem(_) => ErrorCode::InvalidInput,
            // The welcome's to create: the window asks for it as for a missing profile.
            Error::Conflict(ErrorSaid::Register(RegisterSaid::NoRegisterYet { .. })) => ErrorCode::NotInitialised,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::NotInitialised => ErrorCode::NotInitialised,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Cancelled => ErrorCode::Cancelled,
        }
    }

    /// Invalid input, said as facts every front end words in its language.
    pub(crate) fn refused(said: impl Into<ErrorSaid>) -> Self {
        Error::Invalid(said.into())
    }

    /// Invalid input in `field`, a stable key in kebab case (`on`,
    /// `override-reason`) that front ends map to their own controls.
    pub(crate) fn refused_in(field: &'static str, said: impl Into<ErrorSaid>) -> Self {
        Error::InvalidField { field, message: said.into() }
    }

    /// A step the case's state does not allow, said as facts.
    pub(crate) fn conflicting(said: impl Into<ErrorSaid>) -> Self {
        Error::Conflict(said.into())
    }

    /// The facts of the message, when it is given as facts (the window words
    /// them in its language; otherwise it shows the English of `Display`).
    pub fn said(&self) -> Option<ErrorSaid> {
        match self {
            Error::Invalid(m) | Error::InvalidField { message: m, .. } | Error::Conflict(m) => Some(m.clone()),
            Error::NotFound { what, key } => Some(
                RegisterSaid::NotFound { thing: Thing::from_what(what), what: what.to_string(), key: key.clone() }
                    .into(),
            ),
            Error::Storage(casebook_store::Error::Stale { reference, by, at }) => {
                Some(RegisterSaid::ChangedSinceRead { reference: reference.clone(), by: by.clone(), at: *at }.into())
            }
            Error::Storage(e) => StoreSaid::of(e).map(ErrorSaid::Store),
            _ => None,
        }
    }

    /// The input field an invalid-input error is about, if one.
    pub fn field_key(&self) -> Option<&'static str> {
        match self {
            Error::InvalidField { field, .. } => Some(field),
            Error::InvalidSystem(problems) => problems.0.first().map(|p| p.field.key()),
            _ => None,
        }
    }
}

impl From<casebook_store::Error> for Error {
    fn from(e: casebook_store::Error) -> Self {
        match e {
            casebook_store::Error::NotFound { what, key } => Error::NotFound { what, key },
            // Only after waiting the whole busy timeout for another program's write.
            e if e.is_busy() => Error::conflicting(RegisterSaid::RegisterBusy),
            other => Error::Storage(other),
        }
    }
}

/// The kind of a stored event, when it is one Casebook records (the store
/// keeps the code string; see [`casebook_core::CaseEventKind`]).
pub(crate) fn event_kind(e: &casebook_store::CaseEvent) -> Option<casebook_core::CaseEventKind> {
    e.kind.parse().ok()
}

/// Where "now" comes from. The CLI uses the system clock (or a fixed instant
/// for scripted runs); tests pass a fixed one.
pub type Clock = Box<dyn Fn() -> DateTime<Utc> + Send + Sync>;

pub use paths::{default_db_path, remember_window_register, window_register_path};

/// One open case register and the person working on it.
pub struct Casebook {
    store: Mutex<Store>,
    /// Where the read-only second connection comes from (taken by
    /// [`Casebook::with_separate_reader`], so that opening it never waits for
    /// the main connection), and the connection once opened: in the desktop
    /// app, a page of the list asked for while the dashboard reads every open
    /// case, or an import writes, does not wait for them. `None` for the CLI
    /// (one command at a time: a second connection would only cost an
    /// encrypted register a second key derivation) and in memory.
    reader_source: Option<ReaderSource>,
    reader: Mutex<Option<Store>>,
    clock: Clock,
    actor: String,
    /// Built once (parsing the shipped files), dropped when a calendar is imported.
    calendars: Mutex<Option<Arc<Calendars>>>,
    /// The open cases' dates recomputed when this open found them computed
    /// under older deadline rules ([`Casebook::rules_update`]).
    rules_update: Option<casebook_store::RulesRevision>,
}

impl Casebook {
    /// Opens the register at `path`, creating it if it does not exist yet.
    pub fn open(path: &Path) -> Result<Casebook> {
        Self::open_with(path, OpenMode::CreateIfMissing, Box::new(Utc::now), default_actor())
    }

    /// Opens a register that must already exist (every CLI command but `init`).
    pub fn open_existing(path: &Path) -> Result<Casebook> {
        Self::open_with(path, OpenMode::MustExist, Box::new(Utc::now), default_actor())
    }

    /// Opens a plain register (an encrypted one needs [`Casebook::open_protected`]).
    pub fn open_with(path: &Path, mode: OpenMode, clock: Clock, actor: String) -> Result<Casebook> {
        Self::open_protected(path, mode, clock, actor, None)
    }

    pub(crate) fn with_store(store: Store, clock: Clock, actor: String) -> Casebook {
        Casebook {
            store: Mutex::new(store),
            reader_source: None,
            reader: Mutex::new(None),
            clock,
            actor,
            calendars: Mutex::new(None),
            rules_update: None,
        }
    }

    pub fn in_memory(clock: Clock, actor: &str) -> Result<Casebook> {
        Ok(Casebook {
            store: Mutex::new(Store::open_in_memory()?),
            reader_source: None,
            reader: Mutex::new(None),
            clock,
            actor: actor.to_string(),
            calendars: Mutex::new(None),
            rules_update: None,
        })
    }

    pub(crate) fn store(&self) -> MutexGuard<'_, Store> {
        // A panic while holding the lock cannot leave SQLite half-written (the
        // transaction rolls back), so a poisoned lock is safe to take over.
        self.store.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Gives the list and `organisation()` (which every `today()` reads) a
    /// read-only second connection to the same file, opened on first use (an
    /// encrypted register derives its key again then: a quarter of a second);
    /// WAL lets it read the last commit without waiting for or blocking the
    /// main connection. No effect in memory.
    pub fn with_separate_reader(mut self) -> Casebook {
        self.reader_source = self.store.get_mut().unwrap_or_else(|p| p.into_inner()).reader_source();
        self
    }

    /// Runs `read` on the reader connection, opening it the first time; on
    /// the main connection when there is none (the CLI, in memory).
    pub(crate) fn read<T>(&self, read: impl FnOnce(&Store) -> casebook_store::Result<T>) -> Result<T> {
        let Some(source) = &self.reader_source else {
            return Ok(read(&self.store())?);
        };
        let mut reader = self.reader.lock().unwrap_or_else(|p| p.into_inner());
        if reader.is_none() {
            *reader = Some(source.open()?);
        }
        Ok(read(reader.as_ref().expect("opened above"))?)
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    pub(crate) fn stamp(&self) -> Stamp<'_> {
        Stamp { at: self.now(), actor: &self.actor }
    }

    /// Today's date in the organisation's time zone (UTC before `init`).
    pub fn today(&self) -> Result<NaiveDate> {
        lifecycle::today_at(self.organisation()?.as_ref(), self.now())
    }

    /// The organisation, its deadline policy and calendars, and today: what
    /// the shared lifecycle's rules need ([`lifecycle::Rules`]).
    pub(crate) fn rules(&self) -> Result<lifecycle::Rules> {
        let organisation = self.organisation()?;
        Ok(lifecycle::Rules {
            today: lifecycle::today_at(organisation.as_ref(), self.now())?,
            organisation,
            policy: self.deadline_policy()?,
            calendars: self.calendars()?,
        })
    }

    pub fn db_path(&self) -> PathBuf {
        self.store().path().to_path_buf()
    }

    /// Walks the whole audit chain (see `casebook audit verify`).
    pub fn verify_audit(&self) -> Result<AuditReport> {
        Ok(self.store().verify_audit()?)
    }
}

/// The person recorded in the audit log: the operating-system user.
fn default_actor() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "dpo".to_string())
}

/// Runs `work` again (a few times) when it failed because the case it had
/// read was changed meanwhile, by another program or another member
/// ([`casebook_store::Error::Stale`]): the change is judged again on the
/// case as it now stands, never written over the newer one.
pub(crate) fn retry_stale<T>(mut work: impl FnMut() -> Result<T>) -> Result<T> {
    let mut tries = 0;
    loop {
        match work() {
            Err(Error::Storage(casebook_store::Error::Stale { .. })) if tries < 20 => tries += 1,
            done => return done,
        }
    }
}
