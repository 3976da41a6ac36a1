//! The portability package: one ZIP with the person's data as JSON and CSV
//! per system (redactions applied), a readable report with the Art. 15
//! information, the cover letter, a README in the request's language and a
//! manifest of every file's size and SHA-256.
//!
//! Records stream from SQLite straight into the ZIP entries through a writer
//! that hashes as it goes, so memory stays flat whatever the number of
//! records. Entries have fixed timestamps and a fixed order: two exports of
//! the same case differ only in the manifest's `generated_at` (and, when
//! encrypted, in AES's random salts). The ZIP is written under a temporary
//! name, audited with its SHA-256, then renamed.
//!
//! [`Casebook::export_package_until`] reports progress (records of each data
//! file, files of the package) and can be cancelled until the audit entry is
//! written; a cancelled export leaves no file and records nothing (a cover
//! letter made for it is recorded only with the package).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use casebook_core::data::spreadsheet_safe;
use casebook_render::{REPORT_RECORDS_PER_SYSTEM, ReportInput, ReportSystem, render_report};
use casebook_store::{DataFile, DataItem};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{AesMode, CompressionMethod, ZipArchive, ZipWriter};

use crate::data::Withheld;
use crate::letters::PendingLetter;
use crate::progress::{ExportPhase, ExportProgress, ProgressUnit, Tracker};
use crate::{Casebook, Error, Result};

/// The package layout's version, in the manifest and every data file.
pub const PACKAGE_FORMAT_VERSION: u32 = 1;
/// The fewest characters a package password may have.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// What `casebook package export` asks for.
#[derive(Debug, Clone, Default)]
pub struct PackageRequest {
    pub reference: String,
    /// A folder (the package is named after the case) or a `.zip` path.
    pub out: PathBuf,
    /// Encrypts every entry with AES-256 when given; never stored.
    pub password: Option<String>,
    /// Replace a package that exists.
    pub force: bool,
}

/// One file of a package, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// The controller, as the manifest names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestController {
    pub name: String,
    pub postal_address: String,
    pub dpo_email: String,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub case_reference: String,
    pub controller: ManifestController,
    pub generated_at: String,
    /// The register's audit chain head when the package was made
    /// (`casebook-audit-head:N:HASH`; `casebook audit verify --against`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<String>,
    pub files: Vec<PackageFile>,
}

/// A package written.
#[derive(Debug, Clone, Serialize)]
pub struct PackageExport {
    pub reference: String,
    pub path: PathBuf,
    pub size: u64,
    /// SHA-256 of the ZIP file, as audited.
    pub sha256: String,
    pub encrypted: bool,
    pub generated_at: String,
    pub files: Vec<PackageFile>,
    pub records: u64,
}

/// The outcome of checking a package against its manifest.
#[derive(Debug, Clone, Serialize)]
pub struct PackageCheck {
    pub path: PathBuf,
    pub case_reference: String,
    pub generated_at: String,
    pub files_checked: usize,
    /// The first problem found; None when every file matches.
    pub problem: Option<String>,
}

/// A writer that hashes and counts what passes through.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn io(what: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::invalid(format!("cannot write {what}: {e}"))
}

fn zip_error(what: &str) -> impl Fn(zip::result::ZipError) -> Error + '_ {
    move |e| Error::invalid(format!("cannot write {what}: {e}"))
}

/// A value as one CSV cell: text as is, structures as JSON.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The package's ZIP, entry by entry, with the manifest's list.
struct Package<'p> {
    zip: ZipWriter<File>,
    options: SimpleFileOptions,
    password: Option<&'p str>,
    files: Vec<PackageFile>,
}

impl<'p> Package<'p> {
    fn entry(&mut self, path: &str, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
        let mut options = self.options;
        if let Some(p) = self.password {
            options = options.with_aes_encryption(AesMode::Aes256, p);
        }
        self.zip.start_file(path, options).map_err(zip_error(path))?;
        let mut w = Hashing { inner: BufWriter::with_capacity(1 << 16, &mut self.zip), hash: Sha256::new(), size: 0 };
        write(&mut w)?;
        w.flush().map_err(io(path))?;
        self.files.push(PackageFile {
            path: path.to_string(),
            size: w.size,
            sha256: format!("{:x}", w.hash.finalize()),
        });
        Ok(())
    }

    fn bytes(&mut self, path: &str, bytes: &[u8]) -> Result<()> {
        self.entry(path, |w| w.write_all(bytes).map_err(io(path)))
    }
}

/// The README in the request's language (en, de, fr; else English).
fn readme(lang: &str, reference: &str, org: &str, systems: &[String], letter: &str) -> (String, &'static str) {
    let list = systems.iter().map(|s| format!("  data/{s}.json, data/{s}.csv")).collect::<Vec<_>>().join("\n");
    let list = if list.is_empty() { "  -".to_string() } else { list };
    match lang {
        "de" => (
            format!(
                "Ihre personenbezogenen Daten – {org} – Anfrage {reference}\n\n\
                 Dieses Paket enthält:\n\
                 {letter}\n  das Antwortschreiben.\n\
                 report.pdf\n  Ihre Daten in lesbarer Form, mit den Informationen nach Art. 15 DSGVO\n  (Zwecke, Empfänger, Speicherdauer, Herkunft, Ihre Rechte).\n\
                 data/\n  Ihre Daten je System, als JSON (beschrieben durch das Schema\n  portability-package.schema.json) und als CSV, in UTF-8, zur Übernahme\n  durch einen anderen Dienst (Art. 20 DSGVO):\n{list}\n\
                 manifest.json\n  Größe und SHA-256-Prüfsumme jeder Datei; damit lässt sich prüfen,\n  dass nichts verändert wurde.\n\n\
                 Der Wert [redacted] steht für Angaben, die zurückgehalten wurden, weil sie\n  andere Personen betreffen oder eine Ausnahme gilt.\n"
            ),
            "de",
        ),
        "fr" => (
            format!(
                "Vos données personnelles – {org} – demande {reference}\n\n\
                 Ce paquet contient :\n\
                 {letter}\n  la lettre de réponse.\n\
                 report.pdf\n  vos données sous une forme lisible, avec les informations de l'article 15\n  du RGPD (finalités, destinataires, durée de conservation, source, vos droits).\n\
                 data/\n  vos données par système, en JSON (décrit par le schéma\n  portability-package.schema.json) et en CSV, en UTF-8, pour les transmettre\n  à un autre service (article 20 du RGPD) :\n{list}\n\
                 manifest.json\n  la taille et l'empreinte SHA-256 de chaque fichier, pour vérifier que rien\n  n'a été modifié.\n\n\
                 La valeur [redacted] signale une information retenue parce qu'elle concerne\n  une autre personne ou qu'une exception s'applique.\n"
            ),
            "fr",
        ),
        _ => (
            format!(
                "Your personal data - {org} - request {reference}\n\n\
                 This package holds:\n\
                 {letter}\n  our letter answering your request.\n\
                 report.pdf\n  your data in readable form, with the information Article 15 GDPR gives\n  you (purposes, recipients, retention, sources, your rights).\n\
                 data/\n  your data per system, as JSON (described by the schema\n  portability-package.schema.json) and CSV, in UTF-8, for another service\n  to import (Article 20 GDPR):\n{list}\n\
                 manifest.json\n  the size and SHA-256 checksum of every file, to check that nothing was\n  changed.\n\n\
                 A value reading [redacted] was withheld because it is about someone else or\n  an exemption applies.\n"
            ),
            "en",
        ),
    }
}

const SCHEMA: &str = include_str!("../../../assets/schemas/portability-package.schema.json");

/// Where the package goes: a `.zip` path, or a folder to name it in.
fn target(out: &Path, reference: &str, force: bool) -> Result<PathBuf> {
    let path = if out.is_dir() {
        out.join(format!("{reference}-data-package.zip"))
    } else if out.extension().is_some_and(|e| e.eq_ignore_ascii_case("zip")) {
        out.to_path_buf()
    } else {
        return Err(Error::invalid(format!(
            "--out {}: expected an existing folder or a .zip file name",
            out.display()
        )));
    };
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(Error::invalid(format!(
            "cannot write {}: folder {} does not exist",
            path.display(),
            parent.display()
        )));
    }
    if path.exists() && !force {
        return Err(Error::Conflict(format!("{} exists (use --force to replace it)", path.display())));
    }
    Ok(path)
}

fn file_sha256(path: &Path) -> std::io::Result<(String, u64)> {
    let mut f = File::open(path)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0;
    loop {
        let n = f.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        size += n as u64;
    }
    Ok((format!("{:x}", h.finalize()), size))
}

impl Casebook {
    /// Writes the case's portability package and audits it with its SHA-256.
    pub fn export_package(&self, req: &PackageRequest) -> Result<PackageExport> {
        self.export_package_until(req, &mut |_| {}, &AtomicBool::new(false))
    }

    /// [`Casebook::export_package`] showing its progress to `progress` and
    /// stopping with [`Error::Cancelled`] at the next record or file once
    /// `cancel` is set, leaving no file and no audit entry. Once the audit
    /// entry is written the export completes whatever `cancel` says.
    pub fn export_package_until(
        &self,
        req: &PackageRequest,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<PackageExport> {
        if req.password.as_ref().is_some_and(|p| p.chars().count() < MIN_PASSWORD_CHARS) {
            return Err(Error::invalid(format!("the package password needs at least {MIN_PASSWORD_CHARS} characters")));
        }
        let org = self.require_organisation()?;
        let case = self.case_by_ref(&req.reference)?;
        let reference = case.reference.to_string();
        let path = target(&req.out, &reference, req.force)?;
        let settings = self.letter_settings()?;
        let processing = self.processing_for(&reference, &settings)?;
        let language =
            case.language.clone().filter(|l| ["en", "de", "fr"].contains(&l.as_str())).unwrap_or_else(|| "en".into());
        let letter = self.cover_letter(&case, &language)?;
        let (files, redactions, changed) = {
            let store = self.store();
            (store.data_files(case.id)?, store.redactions(case.id)?, store.data_changed_at(case.id)?)
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
        // README, schema, report, letter, manifest, and JSON and CSV per system.
        let files_total = 5 + 2 * systems.len() as u64;
        let records_total: u64 = counts.values().sum();
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
        let zip_time = zip::DateTime::try_from(stamp.naive_utc()).unwrap_or_default();
        let generated_at = self.now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);

        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let file = casebook_store::create_private_file(&tmp).map_err(io(&tmp.display().to_string()))?;
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(zip_time)
            .unix_permissions(0o644);
        let mut pkg =
            Package { zip: ZipWriter::new(file), options, password: req.password.as_deref(), files: Vec::new() };
        let written = self.write_package(
            &mut pkg,
            &mut tracker,
            &case,
            &org,
            &processing,
            &language,
            &systems,
            &counts,
            &withheld,
            &(letter.0.clone(), letter.1.clone()),
            stamp,
            &generated_at,
        );
        let finished = written.and_then(|records| {
            tracker.start(ExportPhase::Finishing, &name, files_total, files_total, ProgressUnit::Files)?;
            pkg.zip.finish().map_err(zip_error(&tmp.display().to_string()))?.sync_all().map_err(io(&name))?;
            Ok(records)
        });
        let records = match finished {
            Ok(r) => r,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        let (sha256, size) = match file_sha256(&tmp).map_err(io(&name)).and_then(|h| tracker.check().map(|_| h)) {
            Ok(h) => h,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        // The point of no return: from here on the export completes.
        let export = PackageExport {
            reference: reference.clone(),
            path: path.clone(),
            size,
            sha256,
            encrypted: req.password.is_some(),
            generated_at,
            files: pkg.files,
            records,
        };
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
        let audit = match letter.2 {
            Some(pending) => pending.record(self).map(|_| ()),
            None => Ok(()),
        }
        .and_then(|_| self.store().record_package_export(case.id, &detail, self.stamp()).map_err(Error::from));
        if let Err(e) = audit {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        if let Err(e) = std::fs::rename(&tmp, &path) {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::invalid(format!(
                "cannot write {}: {e} (the audit log records the export of a package with SHA-256 {} that did not reach this name)",
                path.display(),
                export.sha256
            )));
        }
        tracker.state.done += 1;
        tracker.show();
        Ok(export)
    }

    /// The access-response letter already on the case (so that exports are
    /// reproducible), or a new one made now, to be recorded with the package.
    fn cover_letter(
        &self,
        case: &casebook_core::Case,
        language: &str,
    ) -> Result<(String, Vec<u8>, Option<PendingLetter>)> {
        let file_name =
            casebook_render::file_name(&case.reference.to_string(), casebook_render::LetterKind::AccessResponse);
        let docs = { self.store().documents(case.id)? };
        if let Some(d) =
            docs.iter().rev().find(|d| d.role == "letter" && d.file_name.as_deref() == Some(file_name.as_str()))
        {
            let bytes = { self.store().document_bytes(&d.sha256)? };
            return Ok((file_name, bytes, None));
        }
        let today = self.today()?;
        let pending = self.prepare_letter(
            &case.reference.to_string(),
            "access-response",
            Some(language),
            &Default::default(),
            today,
        )?;
        Ok((pending.letter.file_name.clone(), pending.letter.pdf.clone(), Some(pending)))
    }

    #[allow(clippy::too_many_arguments)]
    fn write_package(
        &self,
        pkg: &mut Package<'_>,
        tracker: &mut Tracker<'_>,
        case: &casebook_core::Case,
        org: &casebook_core::Organisation,
        processing: &casebook_render::ProcessingRecord,
        language: &str,
        systems: &BTreeMap<String, Vec<DataFile>>,
        counts: &BTreeMap<String, u64>,
        withheld: &Withheld,
        letter: &(String, Vec<u8>),
        stamp: DateTime<Utc>,
        generated_at: &str,
    ) -> Result<u64> {
        let reference = case.reference.to_string();
        let names: Vec<String> = systems.keys().cloned().collect();
        let (text, _) = readme(language, &reference, &org.name, &names, &letter.0);
        let files_total = 5 + 2 * systems.len() as u64;
        let mut file_no = 0;
        let next_file = |tracker: &mut Tracker<'_>, file_no: &mut u64, path: &str| {
            *file_no += 1;
            tracker.start(ExportPhase::Writing, path, *file_no, files_total, ProgressUnit::Files)
        };
        next_file(tracker, &mut file_no, "README.txt")?;
        pkg.bytes("README.txt", text.as_bytes())?;
        tracker.step()?;
        next_file(tracker, &mut file_no, "portability-package.schema.json")?;
        pkg.bytes("portability-package.schema.json", SCHEMA.as_bytes())?;
        tracker.step()?;
        let mut report_systems = Vec::new();
        let mut total = 0;
        for (system, files) in systems {
            let mut columns: Vec<String> = Vec::new();
            let mut categories: Vec<String> = Vec::new();
            for f in files {
                for c in &f.columns {
                    if !columns.contains(c) {
                        columns.push(c.clone());
                    }
                }
                for c in &f.categories {
                    if !categories.contains(c) {
                        categories.push(c.clone());
                    }
                }
            }
            let ids: Vec<i64> = files.iter().map(|f| f.id).collect();
            let mut shown: Vec<Vec<(String, String)>> = Vec::new();
            let mut count = 0u64;
            let json_path = format!("data/{system}.json");
            let of = counts.get(system).copied().unwrap_or(0);
            file_no += 1;
            tracker.start(ExportPhase::Writing, &json_path, 0, of, ProgressUnit::Records)?;
            pkg.entry(&json_path, |w| {
                let e = io(&json_path);
                write!(
                    w,
                    "{{\"format\":\"casebook-portability-data\",\"format_version\":{PACKAGE_FORMAT_VERSION},\"case_reference\":{},\"system\":{},\"categories\":{},\"fields\":{},\"records\":[",
                    Value::from(reference.as_str()),
                    Value::from(system.as_str()),
                    serde_json::to_string(&categories).expect("strings"),
                    serde_json::to_string(&columns).expect("strings"),
                )
                .map_err(&e)?;
                let store = self.store();
                store.for_each_data_item(&ids, |item: DataItem| -> Result<()> {
                    let Some(item) = withheld.apply(item) else { return Ok(()) };
                    tracker.record()?;
                    w.write_all(if count == 0 { b"\n{" } else { b",\n{" }).map_err(&e)?;
                    let mut first = true;
                    let mut pairs = Vec::new();
                    for c in &columns {
                        if let Some(v) = item.fields.get(c) {
                            if !first {
                                w.write_all(b",").map_err(&e)?;
                            }
                            first = false;
                            serde_json::to_writer(&mut *w, c).map_err(|x| e(x.into()))?;
                            w.write_all(b":").map_err(&e)?;
                            serde_json::to_writer(&mut *w, v).map_err(|x| e(x.into()))?;
                            if shown.len() < REPORT_RECORDS_PER_SYSTEM {
                                pairs.push((c.clone(), cell(v)));
                            }
                        }
                    }
                    w.write_all(b"}").map_err(&e)?;
                    if shown.len() < REPORT_RECORDS_PER_SYSTEM {
                        shown.push(pairs);
                    }
                    count += 1;
                    Ok(())
                })?;
                write!(w, "\n],\"record_count\":{count}}}\n").map_err(&e)?;
                Ok(())
            })?;
            tracker.step()?;
            let csv_path = format!("data/{system}.csv");
            file_no += 1;
            tracker.start(ExportPhase::Writing, &csv_path, 0, of, ProgressUnit::Records)?;
            pkg.entry(&csv_path, |w| {
                let e = |x: csv::Error| Error::invalid(format!("cannot write {csv_path}: {x}"));
                let mut out = csv::Writer::from_writer(w);
                out.write_record(columns.iter().map(|c| spreadsheet_safe(c).into_owned())).map_err(e)?;
                let store = self.store();
                store.for_each_data_item(&ids, |item: DataItem| -> Result<()> {
                    let Some(item) = withheld.apply(item) else {
                        return Ok(());
                    };
                    tracker.record()?;
                    let row = columns.iter().map(|c| {
                        let text = item.fields.get(c).map(cell).unwrap_or_default();
                        spreadsheet_safe(&text).into_owned()
                    });
                    out.write_record(row).map_err(e)?;
                    Ok(())
                })?;
                out.flush().map_err(io(&csv_path))?;
                Ok(())
            })?;
            tracker.step()?;
            total += count;
            report_systems.push(ReportSystem {
                system: system.clone(),
                categories,
                record_count: count,
                records: shown,
            });
        }
        next_file(tracker, &mut file_no, "report.pdf")?;
        let (report, _) = render_report(&ReportInput {
            language,
            organisation: org,
            processing,
            reference: &reference,
            requester_name: &case.requester.name,
            created_at: stamp,
            systems: &report_systems,
        })
        .map_err(Error::invalid)?;
        pkg.bytes("report.pdf", &report)?;
        tracker.step()?;
        next_file(tracker, &mut file_no, &letter.0)?;
        pkg.bytes(&letter.0, &letter.1)?;
        tracker.step()?;
        next_file(tracker, &mut file_no, "manifest.json")?;
        let manifest = Manifest {
            format: "casebook-portability-package".into(),
            format_version: PACKAGE_FORMAT_VERSION,
            case_reference: reference.clone(),
            controller: ManifestController {
                name: org.name.clone(),
                postal_address: org.postal_address.clone(),
                dpo_email: org.dpo_email.clone(),
            },
            generated_at: generated_at.to_string(),
            audit_head: Some(self.audit_anchor()?),
            files: pkg.files.clone(),
        };
        // Also outside the entries (readable without an encrypted package's password).
        pkg.zip.set_comment(manifest.audit_head.clone().unwrap_or_default()).map_err(zip_error("the ZIP comment"))?;
        let json = serde_json::to_vec_pretty(&manifest).expect("manifest serialises");
        pkg.bytes("manifest.json", &json)?;
        tracker.step()?;
        Ok(total)
    }
}

/// Largest `manifest.json` read; a larger one is refused before it is
/// parsed (a package's manifest lists a few files: some KB).
pub const MAX_MANIFEST_BYTES: u64 = 10 * 1024 * 1024;
/// Most files a package may hold; more are refused before the manifest is read.
pub const MAX_PACKAGE_FILES: usize = 100_000;
/// The files every package holds besides its data and letter (the manifest
/// lists every file but itself).
const REQUIRED_FILES: [&str; 2] = ["README.txt", "report.pdf"];

/// Why a path inside a package is refused: it must be relative, within the
/// package's folder, `/`-separated, without `.` or `..` parts.
fn unsafe_path(path: &str) -> Option<&'static str> {
    let bytes = path.as_bytes();
    if path.is_empty() {
        Some("an empty name")
    } else if path.contains('\0') || path.chars().any(char::is_control) {
        Some("a control character in its name")
    } else if path.starts_with(['/', '\\']) || (bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic())
    {
        Some("an absolute path")
    } else if path.contains('\\') {
        Some("a backslash in its name (a folder separator on Windows)")
    } else if path.split('/').any(|part| part == "..") {
        Some("a path that leaves the package's folder (..)")
    } else if path.trim_end_matches('/').split('/').any(|part| part.is_empty() || part == ".") {
        Some("an empty or '.' part in its path")
    } else {
        None
    }
}

/// Where the files of the package being verified are: the ZIP, or a folder
/// it was unpacked into.
enum Source {
    Zip(ZipArchive<File>),
    Folder(PathBuf),
}

/// The relative paths of the regular files under `root`, `/`-separated;
/// refuses a symbolic link or anything but files and folders, and stops past
/// [`MAX_PACKAGE_FILES`].
fn folder_files(root: &Path, name: &str) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut pending = vec![(root.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = pending.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::invalid(format!("cannot read {name}: {e}")))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::invalid(format!("cannot read {name}: {e}")))?;
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else {
                return Err(Error::invalid(format!("{name}: a file name that is not UTF-8: {file_name:?}")));
            };
            let rel = format!("{prefix}{file_name}");
            let kind = entry.file_type().map_err(|e| Error::invalid(format!("cannot read {name}/{rel}: {e}")))?;
            if kind.is_symlink() {
                return Err(Error::invalid(format!("{name}: {rel} is a symbolic link: refused")));
            } else if kind.is_dir() {
                pending.push((entry.path(), format!("{rel}/")));
            } else if kind.is_file() {
                files.push(rel);
                if files.len() > MAX_PACKAGE_FILES {
                    return Err(Error::invalid(format!(
                        "{name}: more than {MAX_PACKAGE_FILES} files: not a package (refused before reading)"
                    )));
                }
            } else {
                return Err(Error::invalid(format!("{name}: {rel} is not a regular file: refused")));
            }
        }
    }
    Ok(files)
}

fn open_err(name: &str, password: Option<&str>, entry: &str, e: zip::result::ZipError) -> Error {
    let text = e.to_string();
    if text.contains("assword") {
        match password {
            None => Error::invalid(format!(
                "{name}: the package is encrypted; give its password (CASEBOOK_PACKAGE_PASSWORD or --password-fd)"
            )),
            Some(_) => Error::invalid(format!("{name}: wrong password")),
        }
    } else {
        Error::invalid(format!("{name}: {entry}: {text}"))
    }
}

/// Opens one file of the package and gives its (declared) size; `None` when
/// the package does not hold it.
fn open_entry<'a>(
    source: &'a mut Source,
    entry: &str,
    password: Option<&str>,
    name: &str,
) -> Result<Option<(Box<dyn Read + 'a>, u64)>> {
    match source {
        Source::Zip(zip) => {
            let found = match password {
                Some(p) => zip.by_name_decrypt(entry, p.as_bytes()),
                None => zip.by_name(entry),
            };
            match found {
                Ok(f) => {
                    let size = f.size();
                    Ok(Some((Box::new(f), size)))
                }
                Err(zip::result::ZipError::FileNotFound) => Ok(None),
                Err(e) => Err(open_err(name, password, entry, e)),
            }
        }
        Source::Folder(root) => {
            // `entry` passed `unsafe_path`: relative, inside the folder; a
            // symbolic link is never followed.
            let file = root.join(entry);
            match std::fs::symlink_metadata(&file) {
                Ok(m) if m.is_file() => {
                    let f =
                        File::open(&file).map_err(|e| Error::invalid(format!("cannot read {name}/{entry}: {e}")))?;
                    Ok(Some((Box::new(f), m.len())))
                }
                Ok(_) => Err(Error::invalid(format!("{name}: {entry} is not a regular file: refused"))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(Error::invalid(format!("cannot read {name}/{entry}: {e}"))),
            }
        }
    }
}

/// Checks every file of a package — a ZIP, or a folder it was unpacked into —
/// against its manifest (size and SHA-256), and that it holds nothing the
/// manifest does not list. A hostile package is refused before its files are
/// read: a path that is absolute or leaves the package's folder, a symbolic
/// link, two entries of one name, more than [`MAX_PACKAGE_FILES`] files or a
/// manifest over [`MAX_MANIFEST_BYTES`]; a package without its manifest,
/// README or report fails.
pub fn verify_package(path: &Path, password: Option<&str>) -> Result<PackageCheck> {
    let name = path.display().to_string();
    let refuse = |what: String| Error::invalid(format!("{name}: {what}"));
    let (mut source, names) = if path.is_dir() {
        let names = folder_files(path, &name)?;
        (Source::Folder(path.to_path_buf()), names)
    } else {
        let file = File::open(path).map_err(|e| Error::invalid(format!("cannot open {name}: {e}")))?;
        let mut zip = ZipArchive::new(file).map_err(|e| Error::invalid(format!("{name}: not a ZIP package: {e}")))?;
        if zip.len() > MAX_PACKAGE_FILES + 1 {
            return Err(refuse(format!(
                "{} entries, more than {MAX_PACKAGE_FILES}: not a package (refused before reading)",
                zip.len()
            )));
        }
        if zip.has_duplicate_names() {
            return Err(refuse("two entries have the same name (one would hide the other): refused".into()));
        }
        let mut names = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let entry = zip.by_index_raw(i).map_err(|e| refuse(format!("entry {i}: {e}")))?;
            let Ok(entry_name) = entry.name().map(|n| n.into_owned()) else {
                return Err(refuse(format!("entry {i}: its name is not valid text: refused")));
            };
            if let Some(why) = unsafe_path(&entry_name) {
                return Err(refuse(format!("entry {entry_name:?}: {why}: refused")));
            }
            if entry.is_symlink() {
                return Err(refuse(format!("entry {entry_name}: a symbolic link: refused")));
            }
            if !entry.is_dir() {
                names.push(entry_name);
            }
        }
        (Source::Zip(zip), names)
    };
    let manifest: Manifest = {
        let Some((entry, size)) = open_entry(&mut source, "manifest.json", password, &name)? else {
            return Err(refuse("manifest.json is missing: not a Casebook package".into()));
        };
        if size > MAX_MANIFEST_BYTES {
            return Err(refuse(format!(
                "manifest.json is {size} bytes, more than {} MB: refused before parsing",
                MAX_MANIFEST_BYTES / (1024 * 1024)
            )));
        }
        // The size a ZIP declares may lie: never read past the limit.
        let mut bytes = Vec::new();
        entry
            .take(MAX_MANIFEST_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| refuse(format!("manifest.json: cannot be read ({e})")))?;
        if bytes.len() as u64 > MAX_MANIFEST_BYTES {
            return Err(refuse(format!(
                "manifest.json is more than {} MB: refused before parsing",
                MAX_MANIFEST_BYTES / (1024 * 1024)
            )));
        }
        serde_json::from_slice(&bytes).map_err(|e| refuse(format!("manifest.json: {e}")))?
    };
    let mut check = PackageCheck {
        path: path.to_path_buf(),
        case_reference: manifest.case_reference.clone(),
        generated_at: manifest.generated_at.clone(),
        files_checked: 0,
        problem: None,
    };
    if manifest.files.len() > MAX_PACKAGE_FILES {
        check.problem = Some(format!("the manifest lists more than {MAX_PACKAGE_FILES} files: not a package"));
        return Ok(check);
    }
    let mut listed = std::collections::HashSet::with_capacity(manifest.files.len());
    for f in &manifest.files {
        if let Some(why) = unsafe_path(&f.path) {
            check.problem = Some(format!("the manifest lists {:?}: {why}", f.path));
            return Ok(check);
        }
        if f.path == "manifest.json" {
            check.problem = Some("the manifest lists itself".into());
            return Ok(check);
        }
        if !listed.insert(f.path.as_str()) {
            check.problem = Some(format!("the manifest lists {} twice", f.path));
            return Ok(check);
        }
    }
    if let Some(missing) = REQUIRED_FILES.iter().find(|r| !listed.contains(**r)) {
        check.problem = Some(format!("{missing}: every package holds one, but its manifest does not list it"));
        return Ok(check);
    }
    if let Some(extra) = names.iter().find(|n| *n != "manifest.json" && !listed.contains(n.as_str())) {
        check.problem = Some(format!("{extra} is in the package but not in its manifest"));
        return Ok(check);
    }
    for f in &manifest.files {
        let Some((mut entry, _)) = open_entry(&mut source, &f.path, password, &name)? else {
            check.problem = Some(format!("{}: listed in the manifest but missing from the package", f.path));
            return Ok(check);
        };
        let mut h = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = match entry.read(&mut buf) {
                Ok(n) => n,
                Err(e) => {
                    check.problem = Some(format!("{}: cannot be read ({e})", f.path));
                    return Ok(check);
                }
            };
            if n == 0 {
                break;
            }
            h.update(&buf[..n]);
            size += n as u64;
        }
        let sha = format!("{:x}", h.finalize());
        if size != f.size {
            check.problem = Some(format!("{}: {size} bytes where the manifest says {}", f.path, f.size));
            return Ok(check);
        }
        if sha != f.sha256 {
            check.problem = Some(format!("{}: SHA-256 {sha} where the manifest says {}", f.path, f.sha256));
            return Ok(check);
        }
        check.files_checked += 1;
    }
    Ok(check)
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::atomic::{AtomicBool, Ordering};

    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::{DataImportInput, ExportPhase, ExportProgress, OpenMode, ProgressUnit, RedactionInput};

    /// A register in `dir` (real SQLite) with the demo organisation and, on
    /// its first case, 40 records from "accounts" (one withheld) and 25 from
    /// "billing".
    fn register(dir: &Path) -> (Casebook, String) {
        let book = Casebook::open_with(
            &dir.join("casebook.db"),
            OpenMode::CreateIfMissing,
            Box::new(|| Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()),
            "dpo".into(),
        )
        .unwrap();
        let reference = book.load_demo_organisation(0).unwrap().cases[0].clone();
        for (system, rows) in [("accounts", 40), ("billing", 25)] {
            let path = dir.join(format!("{system}.csv"));
            let mut csv = "member_id,email,points\n".to_string();
            for i in 0..rows {
                csv.push_str(&format!("M-{i:04},person{i}@example.org,{}\n", i * 10));
            }
            std::fs::write(&path, csv).unwrap();
            book.import_data(&DataImportInput {
                reference: reference.clone(),
                system: system.into(),
                categories: "contact".into(),
                path,
                match_identifiers: false,
            })
            .unwrap();
        }
        let item = book.case_data(&reference, 1, 0).unwrap().items[0].id;
        book.redact_data(&RedactionInput {
            reference: reference.clone(),
            item: item.to_string(),
            reason: "third-party-data".into(),
            note: "about someone else".into(),
            ..Default::default()
        })
        .unwrap();
        (book, reference)
    }

    /// What a cancel must leave unchanged: the audit log's length, the
    /// case's package exports audited, its documents and correspondence.
    fn state(book: &Casebook, reference: &str) -> (i64, usize, usize, usize) {
        let case = book.case_by_ref(reference).unwrap();
        let store = book.store();
        let exports = store.audit_of_case(case.id).unwrap().iter().filter(|e| e.action == "package.exported").count();
        (
            store.verify_audit().unwrap().entries,
            exports,
            store.documents(case.id).unwrap().len(),
            store.correspondence(case.id).unwrap().len(),
        )
    }

    fn request(reference: &str, out: &Path) -> PackageRequest {
        PackageRequest { reference: reference.into(), out: out.to_path_buf(), password: None, force: false }
    }

    #[test]
    fn progress_counts_records_and_files_up_to_the_total() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = register(dir.path());
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        let mut seen: Vec<ExportProgress> = Vec::new();
        let export = book
            .export_package_until(&request(&reference, &out), &mut |p| seen.push(p.clone()), &AtomicBool::new(false))
            .unwrap();
        assert_eq!(export.records, 39 + 25);
        assert!(seen.windows(2).all(|w| w[0].done <= w[1].done && w[0].total == w[1].total), "done went down");
        let last = seen.last().unwrap();
        assert_eq!((last.done, last.total), (2 * 64 + 9 + 1, 2 * 64 + 9 + 1));
        assert_eq!(last.phase, ExportPhase::Finishing);
        // Each data file counts its records up to its total, less the one withheld.
        for (file, total) in [("data/accounts.json", 39), ("data/accounts.csv", 39), ("data/billing.csv", 25)] {
            let of_file: Vec<&ExportProgress> = seen.iter().filter(|p| p.item == file).collect();
            assert!(of_file.iter().all(|p| p.unit == ProgressUnit::Records && p.of == total), "{file}");
            assert_eq!(of_file.last().unwrap().count, total, "{file}");
        }
        // Every file of the package was announced, numbered 1 to 9.
        let files: Vec<(u64, &str)> = seen
            .iter()
            .filter(|p| p.unit == ProgressUnit::Files && p.phase == ExportPhase::Writing)
            .map(|p| (p.count, p.item.as_str()))
            .collect();
        let mut names: Vec<&str> = files.iter().map(|f| f.1).collect();
        names.dedup();
        assert_eq!(
            names,
            [
                "README.txt",
                "portability-package.schema.json",
                "report.pdf",
                export.files[7].path.as_str(),
                "manifest.json"
            ]
        );
        assert_eq!(files.last().unwrap().0, 9);
    }

    #[test]
    fn a_cancel_leaves_no_file_and_records_nothing_until_the_audit_entry() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = register(dir.path());
        let out = dir.path().join("out");
        std::fs::create_dir(&out).unwrap();
        // How many progress calls a whole export makes (into another folder).
        let probe = dir.path().join("probe");
        std::fs::create_dir(&probe).unwrap();
        let before_all = state(&book, &reference);
        let mut calls = 0usize;
        book.export_package_until(&request(&reference, &probe), &mut |_| calls += 1, &AtomicBool::new(true))
            .expect_err("cancelled before it starts");
        assert_eq!(state(&book, &reference), before_all);
        let mut events: Vec<ExportProgress> = Vec::new();
        // The progress calls of a whole export, on a second register made alike.
        let twin = tempfile::tempdir().unwrap();
        let (copy, _) = register(twin.path());
        copy.export_package_until(
            &request(&reference, &probe),
            &mut |p| events.push(p.clone()),
            &AtomicBool::new(false),
        )
        .unwrap();
        let n = events.len();
        let at = |pred: &dyn Fn(&ExportProgress) -> bool| events.iter().position(pred).unwrap();
        let points = [
            0,
            at(&|p| p.item == "data/accounts.json" && p.count == 20),
            at(&|p| p.item == "data/billing.csv" && p.count == 1),
            at(&|p| p.item == "report.pdf"),
            at(&|p| p.item == "manifest.json"),
            at(&|p| p.phase == ExportPhase::Finishing),
            n - 2,
        ];
        for point in points {
            let cancel = AtomicBool::new(false);
            let mut i = 0;
            let before = state(&book, &reference);
            let result = book.export_package_until(
                &request(&reference, &out),
                &mut |_| {
                    if i == point {
                        cancel.store(true, Ordering::Relaxed);
                    }
                    i += 1;
                },
                &cancel,
            );
            assert!(matches!(result, Err(Error::Cancelled)), "cancel at call {point}: {result:?}");
            assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "a file is left after a cancel at call {point}");
            assert_eq!(state(&book, &reference), before, "the register changed after a cancel at call {point}");
        }
        // A cancel at the last call, after the audit entry: the export completes.
        let cancel = AtomicBool::new(false);
        let mut i = 0;
        let export = book
            .export_package_until(
                &request(&reference, &out),
                &mut |_| {
                    i += 1;
                    if i == n {
                        cancel.store(true, Ordering::Relaxed);
                    }
                },
                &cancel,
            )
            .unwrap();
        assert!(export.path.is_file());
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1);
        // The package's audit entry, and the cover letter made for it.
        let (audit, exports, documents, letters) = state(&book, &reference);
        assert!(audit > before_all.0);
        assert_eq!((exports, documents, letters), (before_all.1 + 1, before_all.2 + 1, before_all.3 + 1));
    }

    #[test]
    fn the_export_with_progress_writes_the_same_entries() {
        let dir = tempfile::tempdir().unwrap();
        let (book, reference) = register(dir.path());
        let plain = dir.path().join("plain.zip");
        let followed = dir.path().join("followed.zip");
        let a = book.export_package(&request(&reference, &plain)).unwrap();
        let mut calls = 0;
        let b = book
            .export_package_until(&request(&reference, &followed), &mut |_| calls += 1, &AtomicBool::new(false))
            .unwrap();
        assert!(calls > 64);
        // Entry for entry the same; only the audit chain's head moved (the first export's entry).
        assert_eq!(a.files.len(), b.files.len());
        let entries = |path: &Path| -> Vec<(String, String)> {
            let mut zip = ZipArchive::new(File::open(path).unwrap()).unwrap();
            (0..zip.len())
                .map(|i| {
                    let mut e = zip.by_index(i).unwrap();
                    let mut bytes = Vec::new();
                    e.read_to_end(&mut bytes).unwrap();
                    let text = String::from_utf8_lossy(&bytes);
                    let text: Vec<&str> = text.lines().filter(|l| !l.contains("\"audit_head\"")).collect();
                    (e.name().unwrap().to_string(), text.join("\n"))
                })
                .collect()
        };
        assert_eq!(entries(&plain), entries(&followed));
        assert!(verify_package(&followed, None).unwrap().problem.is_none());
    }
}
