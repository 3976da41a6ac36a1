//! Refusals about the person's data, packages, evidence, documents kept and
//! the register's protection.
//!
//! The English of each variant is the command line's (it may name a command
//! or a flag); the window words the same facts in its language without them.
//! `name` is the file or package as given; `detail` the wrapped error's English.
//! Why a system's export does not read is casebook-intake's [`ExportProblem`].

use casebook_core::Outcome;
use casebook_core::data::NameError;
use casebook_intake::export::{ExportProblem, RecordAt};
use serde::Serialize;

use super::StoreSaid;
use crate::package::UnsafePath;

/// See [`super::ErrorSaid::Data`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum DataSaid {
    /// A redaction of an item (or one of its fields) that is already redacted.
    #[error("item {item}{} is already redacted", field.as_ref().map(|f| format!(" field '{f}'")).unwrap_or_default())]
    AlreadyRedacted { item: String, field: Option<String> },
    /// An import's data categories refused by core: one not a slug, none, or one twice.
    #[error("{reason}")]
    CategoriesInvalid { reason: NameError },
    /// A data file whose metadata cannot be read (missing, no permission).
    #[error("{name}: cannot read: {detail}")]
    DataFileUnreadable { name: String, detail: String },
    /// A data file path that names a folder or something else that is not a file.
    #[error("{name}: not a file")]
    DataNotAFile { name: String },
    /// A data file over the import's size limit.
    #[error("{name}: the file is {mib} MiB, over the limit of {limit_mib} MiB; split the export and import the parts")]
    DataFileTooLarge { name: String, mib: u64, limit_mib: u64 },
    /// A data file that cannot be opened.
    #[error("{name}: cannot open: {detail}")]
    DataFileNotOpened { name: String, detail: String },
    /// A data file whose first bytes cannot be read or are not UTF-8 text (UTF-16).
    #[error("{name}: {problem}")]
    DataFileStartInvalid { name: String, problem: Box<ExportProblem> },
    /// A data file of no bytes.
    #[error("{name}: the file is empty; nothing imported")]
    DataFileEmpty { name: String },
    /// A data file whose format is neither CSV, JSON nor XLSX by its name.
    #[error("{name}: not a .csv, .json or .xlsx file (name it by its format)")]
    DataFileFormatUnknown { name: String },
    /// An import matching on identifiers for a case that has none.
    #[error("case {reference} has no email, name, customer number or telephone to match on")]
    NoIdentifiersToMatch { reference: String },
    /// A data file the reader refused part way: why, with the line, row, cell or record.
    #[error("{name}: {problem}; nothing imported")]
    DataFileUnreadableRecords { name: String, problem: Box<ExportProblem> },
    /// A record of a data file that could not be stored (`detail`: the store's English;
    /// `store`: its facts, when it gives them).
    #[error("{name}: {at}: {detail}; nothing imported")]
    DataRecordNotStored { name: String, at: Box<RecordAt>, store: Option<Box<StoreSaid>>, detail: String },
    /// A data file that holds no records.
    #[error("{name}: the file holds no records; nothing imported")]
    DataFileNoRecords { name: String },
    /// A data file none of whose records matches the case's identifiers.
    #[error("{name}: the case's identifiers ({identifiers}) match none of its {records} records; nothing imported")]
    NoRecordMatched { name: String, identifiers: String, records: u64 },
    /// A redaction for an exemption without the article that grants it.
    #[error("an exemption needs the article that grants it, e.g. \"DPA 2018 Sch. 2 para 2\"")]
    ExemptionNeedsArticle,
    /// A redaction giving an article for a reason other than an exemption.
    #[error("an article goes only with the reason 'exemption'")]
    ArticleOnlyForExemption,
    /// A redaction without its note.
    #[error("a redaction needs a note saying what is withheld")]
    RedactionNeedsNote,
    /// A redaction naming an item by something other than a record number or `file-N`.
    #[error("invalid item '{item}': expected a record number or file-N")]
    InvalidItem { item: String },
    /// A redaction of a field the item does not have.
    #[error("item {item} has no field '{field}' (fields: {})", fields.join(", "))]
    ItemHasNoField { item: String, field: String, fields: Vec<String> },
    /// The evidence pack could not be written to the file chosen.
    #[error("{detail}")]
    EvidencePackNotWritten { path: String, detail: String },
    /// The evidence pack could not be laid out as a PDF (`detail`: the renderer's English).
    #[error("{detail}")]
    EvidencePackNotMade { detail: String },
    /// The days identity documents are kept, given as something other than a whole number.
    #[error("'{input}' is not a number of days: expected a whole number, e.g. 30")]
    RetentionDaysNotANumber { input: String },
    /// A retention period after closure that is not a period.
    #[error("the period for {outcome}: {problem}")]
    RetentionPeriodInvalid { outcome: Outcome, problem: crate::PeriodProblem },
    /// Identity documents kept longer than the limit.
    #[error("identity documents are kept at most {max} days, not {days}")]
    RetentionDaysTooMany { days: u32, max: u32 },
    /// A retention policy naming an outcome that is not one (`detail`: the parser's English).
    #[error("{detail}")]
    RetentionOutcomeUnknown { input: String, detail: String },
    /// A retention policy's months that are not a period.
    #[error("{problem}")]
    RetentionMonthsInvalid { months: u32, problem: crate::PeriodProblem },
    /// A new passphrase shorter than the minimum.
    #[error("the passphrase is too short ({chars} characters; at least {min})")]
    PassphraseTooShort { chars: u64, min: u64 },
    /// An idle lock timeout over the maximum.
    #[error("invalid lock timeout {minutes} minutes (at most {max}; 0 never locks)")]
    LockMinutesTooMany { minutes: u32, max: u32 },
    /// A passphrase change on a register that is not encrypted.
    #[error("'{path}' is not encrypted: run `casebook encrypt` to give it a passphrase")]
    NotEncrypted { path: String },
    /// A passphrase change to the same passphrase.
    #[error("the new passphrase is the same as the current one")]
    PassphraseUnchanged,
    /// A backup to a file that already exists.
    #[error("'{path}' already exists: choose a new file for the backup")]
    BackupFileExists { path: String },
    /// A backup written and verified whose record as the last backup failed (`detail`: why).
    #[error("the backup '{path}' was written and verified, but recording it as the last backup failed: {detail}")]
    BackupNotRecorded { path: String, detail: String },
    /// A backup reminder period over a year.
    #[error("invalid reminder period {days} days (at most {max}; 0 turns it off)")]
    ReminderDaysTooMany { days: u32, max: u32 },
    /// Encrypting a register that already is.
    #[error("'{path}' is already encrypted (`casebook passphrase change` changes its passphrase)")]
    AlreadyEncrypted { path: String },
    /// A restore onto a register file that exists, without replacing it.
    #[error("'{path}' already exists: add --force to replace it (it is kept beside, renamed)")]
    RestoreTargetExists { path: String },
    /// A file of a package (or the package) that could not be written.
    #[error("cannot write {what}: {detail}")]
    PackageNotWritten { what: String, detail: String },
    /// A package's destination that is neither a folder nor a `.zip` name.
    #[error("--out {path}: expected an existing folder or a .zip file name")]
    PackageTargetInvalid { path: String },
    /// A package's destination in a folder that does not exist.
    #[error("cannot write {path}: folder {folder} does not exist")]
    PackageFolderMissing { path: String, folder: String },
    /// A package's destination that exists, without replacing it.
    #[error("{path} exists (use --force to replace it)")]
    PackageTargetExists { path: String },
    /// A package password shorter than the minimum.
    #[error("the package password needs at least {min} characters")]
    PackagePasswordTooShort { min: u64 },
    /// A package of a case with no records to give.
    #[error(
        "case {reference} has no records to export (no data imported, or all of it withheld): if no personal data is held, send the no-data letter (letter make {reference} --kind no-data)"
    )]
    PackageNoRecords { reference: String },
    /// A package written and audited that could not be moved to its name.
    #[error(
        "cannot write {path}: {detail} (the audit log records the export of a package with SHA-256 {sha256} that did not reach this name)"
    )]
    PackageNotMoved { path: String, detail: String, sha256: String },
    /// The package's cover letter language that is not a language code (`detail`: the parser's English).
    #[error("{detail}")]
    PackageLanguageInvalid { detail: String },
    /// The package's report could not be laid out as a PDF (`detail`: the renderer's English).
    #[error("{detail}")]
    PackageReportNotMade { detail: String },
    /// A package, or one of its folders, that cannot be listed.
    #[error("cannot read {name}: {detail}")]
    PackageUnreadable { name: String, detail: String },
    /// A file of a package that cannot be read.
    #[error("cannot read {name}/{entry}: {detail}")]
    PackageEntryUnreadable { name: String, entry: String, detail: String },
    /// A package folder holding a file whose name is not UTF-8 (`file_name`: as Rust shows it).
    #[error("{name}: a file name that is not UTF-8: {file_name}")]
    PackageNameNotText { name: String, file_name: String },
    /// A package folder holding a symbolic link.
    #[error("{name}: {entry} is a symbolic link: refused")]
    PackageSymlink { name: String, entry: String },
    /// A package folder with more files than a package holds.
    #[error("{name}: more than {max} files: not a package (refused before reading)")]
    PackageTooManyFiles { name: String, max: u64 },
    /// A package holding something other than files and folders.
    #[error("{name}: {entry} is not a regular file: refused")]
    PackageNotRegularFile { name: String, entry: String },
    /// An encrypted package checked without its password.
    #[error("{name}: the package is encrypted; give its password (CASEBOOK_PACKAGE_PASSWORD or --password-fd)")]
    PackagePasswordNeeded { name: String },
    /// An encrypted package checked with a wrong password.
    #[error("{name}: wrong password")]
    PackageWrongPassword { name: String },
    /// A ZIP entry that cannot be read (`detail`: the ZIP reader's English).
    #[error("{name}: {entry}: {detail}")]
    PackageEntryInvalid { name: String, entry: String, detail: String },
    /// A package file that cannot be opened.
    #[error("cannot open {name}: {detail}")]
    PackageNotOpened { name: String, detail: String },
    /// A package file that is not a ZIP.
    #[error("{name}: not a ZIP package: {detail}")]
    PackageNotZip { name: String, detail: String },
    /// A ZIP with more entries than a package holds.
    #[error("{name}: {entries} entries, more than {max}: not a package (refused before reading)")]
    ZipTooManyEntries { name: String, entries: u64, max: u64 },
    /// A ZIP with two entries of one name.
    #[error("{name}: two entries have the same name (one would hide the other): refused")]
    ZipDuplicateNames { name: String },
    /// A ZIP entry whose header cannot be read (`detail`: the ZIP reader's English).
    #[error("{name}: entry {index}: {detail}")]
    ZipEntryUnreadable { name: String, index: u64, detail: String },
    /// A ZIP entry whose name is not text.
    #[error("{name}: entry {index}: its name is not valid text: refused")]
    ZipEntryNameNotText { name: String, index: u64 },
    /// A ZIP entry whose path is unsafe to unpack.
    #[error("{name}: entry {entry:?}: {why}: refused")]
    ZipEntryUnsafePath { name: String, entry: String, why: UnsafePath },
    /// A ZIP entry that is a symbolic link.
    #[error("{name}: entry {entry}: a symbolic link: refused")]
    ZipEntrySymlink { name: String, entry: String },
    /// A package without `manifest.json`.
    #[error("{name}: manifest.json is missing: not a Casebook package")]
    ManifestMissing { name: String },
    /// A manifest declared larger than the limit.
    #[error("{name}: manifest.json is {bytes} bytes, more than {max_mb} MB: refused before parsing")]
    ManifestTooLarge { name: String, bytes: u64, max_mb: u64 },
    /// A manifest that cannot be read (`detail`: the reader's English).
    #[error("{name}: manifest.json: cannot be read ({detail})")]
    ManifestUnreadable { name: String, detail: String },
    /// A manifest found larger than the limit while reading it.
    #[error("{name}: manifest.json is more than {max_mb} MB: refused before parsing")]
    ManifestOverLimit { name: String, max_mb: u64 },
    /// A manifest that is not the JSON of a manifest (`detail`: the parser's English).
    #[error("{name}: manifest.json: {detail}")]
    ManifestInvalid { name: String, detail: String },
}
