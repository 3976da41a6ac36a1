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
//! name and renamed once complete, then audited with its SHA-256.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};

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
    fn entry(
        &mut self,
        path: &str,
        write: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        let mut options = self.options;
        if let Some(p) = self.password {
            options = options.with_aes_encryption(AesMode::Aes256, p);
        }
        self.zip
            .start_file(path, options)
            .map_err(zip_error(path))?;
        let mut w = Hashing {
            inner: BufWriter::with_capacity(1 << 16, &mut self.zip),
            hash: Sha256::new(),
            size: 0,
        };
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
fn readme(
    lang: &str,
    reference: &str,
    org: &str,
    systems: &[String],
    letter: &str,
) -> (String, &'static str) {
    let list = systems
        .iter()
        .map(|s| format!("  data/{s}.json, data/{s}.csv"))
        .collect::<Vec<_>>()
        .join("\n");
    let list = if list.is_empty() {
        "  -".to_string()
    } else {
        list
    };
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
    } else if out
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
    {
        out.to_path_buf()
    } else {
        return Err(Error::invalid(format!(
            "--out {}: expected an existing folder or a .zip file name",
            out.display()
        )));
    };
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !parent.is_dir() {
        return Err(Error::invalid(format!(
            "cannot write {}: folder {} does not exist",
            path.display(),
            parent.display()
        )));
    }
    if path.exists() && !force {
        return Err(Error::Conflict(format!(
            "{} exists (use --force to replace it)",
            path.display()
        )));
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
        if req
            .password
            .as_ref()
            .is_some_and(|p| p.chars().count() < MIN_PASSWORD_CHARS)
        {
            return Err(Error::invalid(format!(
                "the package password needs at least {MIN_PASSWORD_CHARS} characters"
            )));
        }
        let org = self.require_organisation()?;
        let case = self.case_by_ref(&req.reference)?;
        let reference = case.reference.to_string();
        let path = target(&req.out, &reference, req.force)?;
        let settings = self.letter_settings()?;
        let processing = self.processing_for(&reference, &settings)?;
        let language = case
            .language
            .clone()
            .filter(|l| ["en", "de", "fr"].contains(&l.as_str()))
            .unwrap_or_else(|| "en".into());
        let letter = self.cover_letter(&case, &language)?;
        let (files, redactions, changed) = {
            let store = self.store();
            (
                store.data_files(case.id)?,
                store.redactions(case.id)?,
                store.data_changed_at(case.id)?,
            )
        };
        let withheld = Withheld::new(&redactions);
        let mut systems: BTreeMap<String, Vec<DataFile>> = BTreeMap::new();
        for f in files.into_iter().filter(|f| !withheld.file_withheld(f.id)) {
            systems.entry(f.system.clone()).or_default().push(f);
        }
        // Entries carry the instant the data last changed, so re-exporting
        // unchanged data gives the same bytes.
        let stamp: DateTime<Utc> = changed
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|d| d.with_timezone(&Utc))
            .unwrap_or(case.created_at);
        let zip_time = zip::DateTime::try_from(stamp.naive_utc()).unwrap_or_default();
        let generated_at = self
            .now()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);

        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        let file = File::create(&tmp).map_err(io(&tmp.display().to_string()))?;
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(zip_time)
            .unix_permissions(0o644);
        let mut pkg = Package {
            zip: ZipWriter::new(file),
            options,
            password: req.password.as_deref(),
            files: Vec::new(),
        };
        let written = self.write_package(
            &mut pkg,
            &case,
            &org,
            &processing,
            &language,
            &systems,
            &withheld,
            &letter,
            stamp,
            &generated_at,
        );
        let finished = written.and_then(|records| {
            pkg.zip
                .finish()
                .map_err(zip_error(&tmp.display().to_string()))?
                .sync_all()
                .map_err(io(&name))?;
            Ok(records)
        });
        let records = match finished {
            Ok(r) => r,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        let (sha256, size) = file_sha256(&tmp).map_err(io(&name))?;
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
        // leaves only the hidden temporary file).
        let audit = {
            self.store()
                .record_package_export(case.id, &detail, self.stamp())
        };
        if let Err(e) = audit {
            let _ = std::fs::remove_file(&tmp);
            return Err(e.into());
        }
        if let Err(e) = std::fs::rename(&tmp, &path) {
            let _ = std::fs::remove_file(&tmp);
            return Err(Error::invalid(format!(
                "cannot write {}: {e} (the audit log records the export of a package with SHA-256 {} that did not reach this name)",
                path.display(),
                export.sha256
            )));
        }
        Ok(export)
    }

    /// The access-response letter already on the case (so that exports are
    /// reproducible), or a new one made and recorded now.
    fn cover_letter(
        &self,
        case: &casebook_core::Case,
        language: &str,
    ) -> Result<(String, Vec<u8>)> {
        let file_name = casebook_render::file_name(
            &case.reference.to_string(),
            casebook_render::LetterKind::AccessResponse,
        );
        let docs = { self.store().documents(case.id)? };
        if let Some(d) = docs
            .iter()
            .rev()
            .find(|d| d.role == "letter" && d.file_name.as_deref() == Some(file_name.as_str()))
        {
            let bytes = { self.store().document_bytes(&d.sha256)? };
            return Ok((file_name, bytes));
        }
        let today = self.today()?;
        let letter = self.make_letter(
            &case.reference.to_string(),
            "access-response",
            Some(language),
            today,
        )?;
        Ok((letter.file_name, letter.pdf))
    }

    #[allow(clippy::too_many_arguments)]
    fn write_package(
        &self,
        pkg: &mut Package<'_>,
        case: &casebook_core::Case,
        org: &casebook_core::Organisation,
        processing: &casebook_render::ProcessingRecord,
        language: &str,
        systems: &BTreeMap<String, Vec<DataFile>>,
        withheld: &Withheld,
        letter: &(String, Vec<u8>),
        stamp: DateTime<Utc>,
        generated_at: &str,
    ) -> Result<u64> {
        let reference = case.reference.to_string();
        let names: Vec<String> = systems.keys().cloned().collect();
        let (text, _) = readme(language, &reference, &org.name, &names, &letter.0);
        pkg.bytes("README.txt", text.as_bytes())?;
        pkg.bytes("portability-package.schema.json", SCHEMA.as_bytes())?;
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
            let csv_path = format!("data/{system}.csv");
            pkg.entry(&csv_path, |w| {
                let e = |x: csv::Error| Error::invalid(format!("cannot write {csv_path}: {x}"));
                let mut out = csv::Writer::from_writer(w);
                out.write_record(columns.iter().map(|c| spreadsheet_safe(c).into_owned()))
                    .map_err(e)?;
                let store = self.store();
                store.for_each_data_item(&ids, |item: DataItem| -> Result<()> {
                    let Some(item) = withheld.apply(item) else {
                        return Ok(());
                    };
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
            total += count;
            report_systems.push(ReportSystem {
                system: system.clone(),
                categories,
                record_count: count,
                records: shown,
            });
        }
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
        pkg.bytes(&letter.0, &letter.1)?;
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
            files: pkg.files.clone(),
        };
        let json = serde_json::to_vec_pretty(&manifest).expect("manifest serialises");
        pkg.bytes("manifest.json", &json)?;
        Ok(total)
    }
}

/// Checks every file of a package against its manifest (size and SHA-256),
/// and that the ZIP holds nothing the manifest does not list.
pub fn verify_package(path: &Path, password: Option<&str>) -> Result<PackageCheck> {
    let name = path.display().to_string();
    let file = File::open(path).map_err(|e| Error::invalid(format!("cannot open {name}: {e}")))?;
    let mut zip = ZipArchive::new(file)
        .map_err(|e| Error::invalid(format!("{name}: not a ZIP package: {e}")))?;
    let open_err = |entry: &str, e: zip::result::ZipError| -> Error {
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
    };
    let manifest: Manifest = {
        let entry = match password {
            Some(p) => zip.by_name_decrypt("manifest.json", p.as_bytes()),
            None => zip.by_name("manifest.json"),
        }
        .map_err(|e| open_err("manifest.json", e))?;
        serde_json::from_reader(entry)
            .map_err(|e| Error::invalid(format!("{name}: manifest.json: {e}")))?
    };
    let mut check = PackageCheck {
        path: path.to_path_buf(),
        case_reference: manifest.case_reference.clone(),
        generated_at: manifest.generated_at.clone(),
        files_checked: 0,
        problem: None,
    };
    let listed: Vec<&str> = manifest.files.iter().map(|f| f.path.as_str()).collect();
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| open_err("?", e))?;
        let entry_name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
        if entry_name != "manifest.json" && !listed.contains(&entry_name.as_str()) {
            check.problem = Some(format!(
                "{entry_name} is in the package but not in its manifest"
            ));
            return Ok(check);
        }
    }
    for f in &manifest.files {
        let entry = match password {
            Some(p) => zip.by_name_decrypt(&f.path, p.as_bytes()),
            None => zip.by_name(&f.path),
        };
        let mut entry = match entry {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => {
                check.problem = Some(format!(
                    "{}: listed in the manifest but missing from the package",
                    f.path
                ));
                return Ok(check);
            }
            Err(e) => return Err(open_err(&f.path, e)),
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
            check.problem = Some(format!(
                "{}: {size} bytes where the manifest says {}",
                f.path, f.size
            ));
            return Ok(check);
        }
        if sha != f.sha256 {
            check.problem = Some(format!(
                "{}: SHA-256 {sha} where the manifest says {}",
                f.path, f.sha256
            ));
            return Ok(check);
        }
        check.files_checked += 1;
    }
    Ok(check)
}
