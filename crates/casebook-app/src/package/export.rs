//! The use case: gather a case's data, write the package under a temporary
//! name with progress and cancel, audit it, then give it its name.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use casebook_core::{Case, Organisation};
use casebook_render::{ReportInput, render_report};
use casebook_store::{DataFile, DataRegister, LetterRegister, PackageRegister};
use chrono::{DateTime, Utc};

use super::archive::{Archive, io, sha256_of};
use super::readme::readme;
use super::{MIN_PASSWORD_CHARS, PackageDesk, PackageExport, PackageFile, PackageRequest};
use crate::data::Withheld;
use crate::drafts::Sending;
use crate::letters::PendingLetter;
use crate::progress::{ExportPhase, ExportProgress, ProgressUnit, Tracker};
use crate::{DataSaid, Error, ProcessingRecord, Result};

const SCHEMA: &str = include_str!("../../../../assets/schemas/portability-package.schema.json");

/// The person's data a package holds: each system's data files (less those
/// withheld whole), the records each system gives, and what is withheld.
pub(super) struct Contents {
    systems: BTreeMap<String, Vec<DataFile>>,
    pub(super) counts: BTreeMap<String, u64>,
    pub(super) withheld: Withheld,
}

impl Contents {
    /// README, schema, report, letter, manifest, and JSON and CSV per system.
    fn files_total(&self) -> u64 {
        5 + 2 * self.systems.len() as u64
    }
}

/// Everything the entries are written from.
pub(super) struct Job<'a> {
    pub(super) case: &'a Case,
    org: &'a Organisation,
    processing: &'a ProcessingRecord,
    language: &'a str,
    pub(super) contents: &'a Contents,
    /// The cover letter's file name and PDF.
    letter: (&'a str, &'a [u8]),
    /// The instant the data last changed: every entry's timestamp.
    stamp: DateTime<Utc>,
    generated_at: &'a str,
}

/// Where the package goes: a `.zip` path, or a folder to name it in.
fn target(out: &Path, reference: &str, force: bool) -> Result<PathBuf> {
    let path = if out.is_dir() {
        out.join(format!("{reference}-data-package.zip"))
    } else if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
        out.to_path_buf()
    } else {
        return Err(Error::refused(DataSaid::PackageTargetInvalid { path: out.display().to_string() }));
    };
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(Error::refused(DataSaid::PackageFolderMissing {
            path: path.display().to_string(),
            folder: parent.display().to_string(),
        }));
    }
    if path.exists() && !force {
        return Err(Error::conflicting(DataSaid::PackageTargetExists { path: path.display().to_string() }));
    }
    Ok(path)
}

/// Announces the next file of the package (`file_no` counts them).
fn next_file(tracker: &mut Tracker<'_>, file_no: &mut u64, files_total: u64, path: &str) -> Result<()> {
    *file_no += 1;
    tracker.start(ExportPhase::Writing, path, *file_no, files_total, ProgressUnit::Files)
}

/// [`super::PackageBook::export_package_until`]: the package written on
/// either register.
pub(super) fn export_package_until<B: PackageDesk + ?Sized>(
    book: &B,
    req: &PackageRequest,
    progress: &mut dyn FnMut(&ExportProgress),
    cancel: &AtomicBool,
) -> Result<PackageExport> {
    if req.password.as_ref().is_some_and(|p| p.chars().count() < MIN_PASSWORD_CHARS) {
        return Err(Error::refused(DataSaid::PackagePasswordTooShort { min: MIN_PASSWORD_CHARS as u64 }));
    }
    let org = crate::letters::require_organisation(book)?;
    let case = crate::lifecycle::case(&mut *book.register(), &req.reference)?;
    let reference = case.reference.to_string();
    let path = target(&req.out, &reference, req.force)?;
    let (contents, changed) = package_contents(book, &case)?;
    let records_total: u64 = contents.counts.values().sum();
    if records_total == 0 {
        return Err(Error::conflicting(DataSaid::PackageNoRecords { reference }));
    }
    let settings = crate::letters::letter_settings(book)?;
    // The cover letter goes out in the request's language when letters ship in it
    // (the README is in English, German or French: readme.rs).
    let language = case
        .language
        .clone()
        .filter(|l| casebook_render::template::SHIPPED_LANGUAGES.contains(&l.as_str()))
        .unwrap_or_else(|| "en".into());
    let processing = crate::letters::processing_for(book, &reference, &settings, &language, true)?;
    let (letter_name, letter_pdf, pending_letter) = cover_letter(book, &case, &language)?;
    let files_total = contents.files_total();
    let mut tracker = Tracker::new(
        ExportProgress {
            phase: ExportPhase::Writing,
            item: String::new(),
            count: 0,
            of: files_total,
            unit: ProgressUnit::Files,
            done: 0,
            // Each record twice (JSON and CSV), each file, and the finish.
            total: 2 * records_total + files_total + 1,
        },
        progress,
        cancel,
    );
    tracker.check()?;
    // Entries carry the instant the data last changed, so re-exporting
    // unchanged data gives the same bytes.
    let stamp: DateTime<Utc> = changed
        .as_deref()
        .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or(case.created_at);
    let generated_at = book.stamp().at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let job = Job {
        case: &case,
        org: &org,
        processing: &processing,
        language: &language,
        contents: &contents,
        letter: (&letter_name, &letter_pdf),
        stamp,
        generated_at: &generated_at,
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let (files, records, sha256, size) =
        match write_temporary(book, &job, &tmp, &name, req.password.as_deref(), &mut tracker) {
            Ok(written) => written,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
    // The point of no return: from here on the export completes.
    let export = PackageExport {
        reference,
        path,
        size,
        sha256,
        encrypted: req.password.is_some(),
        generated_at,
        files,
        records,
    };
    record_and_name(book, &case, &export, pending_letter, &tmp)?;
    tracker.state.done += 1;
    tracker.show();
    Ok(export)
}

/// The case's data files per system (less those withheld whole), with the
/// records each system gives, and when the case's data last changed.
fn package_contents<B: PackageDesk + ?Sized>(book: &B, case: &Case) -> Result<(Contents, Option<String>)> {
    let (files, redactions, changed) = {
        let mut register = book.register();
        (register.data_files(case.id)?, register.redactions(case.id)?, register.data_changed_at(case.id)?)
    };
    let withheld = Withheld::new(&redactions);
    let mut systems: BTreeMap<String, Vec<DataFile>> = BTreeMap::new();
    for f in files.into_iter().filter(|f| !withheld.file_withheld(f.id)) {
        systems.entry(f.system.clone()).or_default().push(f);
    }
    // The records each system gives: those kept, less those withheld whole.
    let records_withheld: BTreeSet<(i64, i64)> =
        redactions.iter().filter(|r| r.field.is_none()).filter_map(|r| r.item_id.map(|i| (r.file_id, i))).collect();
    let counts: BTreeMap<String, u64> = systems
        .iter()
        .map(|(system, files)| {
            let kept: i64 = files.iter().map(|f| f.records_kept).sum();
            let gone = records_withheld.iter().filter(|(file, _)| files.iter().any(|f| f.id == *file)).count();
            (system.clone(), (kept.max(0) as u64).saturating_sub(gone as u64))
        })
        .collect();
    Ok((Contents { systems, counts, withheld }, changed))
}

/// Writes the whole package into `tmp` (to be named `name`), synced to
/// disk: its files as listed in the manifest, the records written, and
/// the ZIP's SHA-256 and size.
fn write_temporary<B: PackageDesk + ?Sized>(
    book: &B,
    job: &Job<'_>,
    tmp: &Path,
    name: &str,
    password: Option<&str>,
    tracker: &mut Tracker<'_>,
) -> Result<(Vec<PackageFile>, u64, String, u64)> {
    let file = casebook_store::create_private_file(tmp).map_err(io(&tmp.display().to_string()))?;
    let mut archive = Archive::new(file, job.stamp, password);
    let records = write_entries(book, &mut archive, tracker, job)?;
    let files_total = job.contents.files_total();
    tracker.start(ExportPhase::Finishing, name, files_total, files_total, ProgressUnit::Files)?;
    let files = std::mem::take(&mut archive.files);
    archive.finish(tmp, name)?;
    let (sha256, size) = File::open(tmp).and_then(sha256_of).map_err(io(name))?;
    tracker.check()?;
    Ok((files, records, sha256, size))
}

/// Records the export (after the cover letter made for it, if any) in
/// the audit log, then renames `tmp` to the package's name; on failure
/// `tmp` is removed.
fn record_and_name<B: PackageDesk + ?Sized>(
    book: &B,
    case: &Case,
    export: &PackageExport,
    pending_letter: Option<Cover>,
    tmp: &Path,
) -> Result<()> {
    let path = &export.path;
    let detail = serde_json::json!({
        "file": path.file_name().map(|n| n.to_string_lossy().into_owned()),
        "sha256": export.sha256,
        "size": export.size,
        "encrypted": export.encrypted,
        "generated_at": export.generated_at,
        "records": export.records,
        "files": export.files,
    });
    // Recorded before the package takes its name: a package under its
    // real name is always one the audit log knows (a crash in between
    // leaves only the hidden temporary file). A cover letter made for
    // this export is recorded first, as the letter sent with it.
    let audit = match pending_letter {
        Some(Cover::Made(pending)) => pending.record(book).map(|_| ()),
        Some(Cover::Draft(sending)) => sending.record(book, case.id).map(|_| ()),
        None => Ok(()),
    }
    .and_then(|_| book.register().record_package_export(case.id, &detail, book.stamp()).map_err(Error::from));
    if let Err(e) = audit {
        let _ = std::fs::remove_file(tmp);
        return Err(e);
    }
    if let Err(e) = std::fs::rename(tmp, path) {
        let _ = std::fs::remove_file(tmp);
        return Err(Error::refused(DataSaid::PackageNotMoved {
            path: path.display().to_string(),
            detail: e.to_string(),
            sha256: export.sha256.clone(),
        }));
    }
    Ok(())
}

/// The cover letter the export records once it can no longer be cancelled.
enum Cover {
    /// Made for this export: recorded as a letter sent with it.
    Made(PendingLetter),
    /// The DPO's unsent access-response draft: recorded as sent with it.
    Draft(Sending),
}

/// The access-response letter already sent on the case (so that exports
/// are reproducible); else the case's unsent access-response draft, checked
/// as `letter send` checks it (the letter reviewed is the one that goes,
/// recorded once); else a new one made now. The last two are recorded with
/// the package.
fn cover_letter<B: PackageDesk + ?Sized>(
    book: &B,
    case: &Case,
    language: &str,
) -> Result<(String, Vec<u8>, Option<Cover>)> {
    let file_name =
        casebook_render::file_name(&case.reference.to_string(), casebook_render::LetterKind::AccessResponse);
    let docs = { book.register().documents(case.id)? };
    if let Some(d) =
        docs.iter().rev().find(|d| d.role == "letter" && d.file_name.as_deref() == Some(file_name.as_str()))
    {
        let bytes = { book.register().document_bytes(&d.sha256)? };
        return Ok((file_name, bytes, None));
    }
    let today = book.today()?;
    let drafts = { book.register().drafts(case.id)? };
    let access = casebook_render::LetterKind::AccessResponse.code();
    if let Some(row) = drafts.into_iter().rev().find(|d| d.state == "draft" && d.kind == access) {
        let sending = Sending::check(book, case, row, today, casebook_core::Channel::Letter)?;
        let (id, name) = sending.draft();
        let (pdf, _) = { book.register().draft_files(case.id, id)? };
        return Ok((name.to_string(), pdf, Some(Cover::Draft(sending))));
    }
    let pending = crate::letters::prepare_letter(
        book,
        &case.reference.to_string(),
        casebook_render::LetterKind::AccessResponse,
        Some(
            &casebook_core::Language::parse(language)
                .map_err(|e| Error::refused(DataSaid::PackageLanguageInvalid { detail: e.to_string() }))?,
        ),
        &Default::default(),
        today,
    )?;
    Ok((pending.letter.file_name.clone(), pending.letter.pdf.clone(), Some(Cover::Made(pending))))
}

/// Writes every entry in order (README, schema, data, report, letter,
/// manifest) and gives the number of records written per format.
fn write_entries<B: PackageDesk + ?Sized>(
    book: &B,
    archive: &mut Archive<'_>,
    tracker: &mut Tracker<'_>,
    job: &Job<'_>,
) -> Result<u64> {
    let reference = job.case.reference.to_string();
    let systems = &job.contents.systems;
    let names: Vec<String> = systems.keys().cloned().collect();
    let (text, _) = readme(job.language, &reference, &job.org.name, &names, job.letter.0);
    let files_total = job.contents.files_total();
    let mut file_no = 0;
    next_file(tracker, &mut file_no, files_total, "README.txt")?;
    archive.bytes("README.txt", text.as_bytes())?;
    tracker.step()?;
    next_file(tracker, &mut file_no, files_total, "portability-package.schema.json")?;
    archive.bytes("portability-package.schema.json", SCHEMA.as_bytes())?;
    tracker.step()?;
    let mut report_systems = Vec::new();
    for (system, files) in systems {
        report_systems.push(super::data::write_system(book, archive, tracker, job, system, files)?);
        file_no += 2;
    }
    next_file(tracker, &mut file_no, files_total, "report.pdf")?;
    let (report, _) = render_report(&ReportInput {
        language: job.language,
        organisation: job.org,
        processing: job.processing,
        reference: &reference,
        requester_name: &job.case.requester.name,
        created_at: job.stamp,
        systems: &report_systems,
    })
    .map_err(|e| Error::refused(DataSaid::PackageReportNotMade { detail: e.to_string() }))?;
    archive.bytes("report.pdf", &report)?;
    tracker.step()?;
    next_file(tracker, &mut file_no, files_total, job.letter.0)?;
    archive.bytes(job.letter.0, job.letter.1)?;
    tracker.step()?;
    next_file(tracker, &mut file_no, files_total, "manifest.json")?;
    archive.manifest(&reference, job.org, job.generated_at, book.register().audit_anchor()?)?;
    tracker.step()?;
    Ok(report_systems.iter().map(|s| s.record_count).sum())
}
