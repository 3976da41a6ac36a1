//! `casebook package`: export a case's portability package, verify one.
//!
//! The password is read from a file descriptor (`--password-fd 3 3<pw.txt`)
//! or from `CASEBOOK_PACKAGE_PASSWORD`, so that it never shows in the
//! process list; `--password` works too, with a warning.

use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use casebook_app::{Casebook, ExportPhase, ExportProgress, PackageRequest, ProgressUnit};
use clap::{Args, Subcommand};

use crate::output::Printer;

pub const PASSWORD_ENV: &str = "CASEBOOK_PACKAGE_PASSWORD";

#[derive(Subcommand)]
pub enum PackageCommand {
    /// Write the case's portability package (ZIP: data as JSON and CSV per
    /// system, report.pdf, cover letter, README.txt, manifest.json).
    Export(ExportArgs),
    /// Check a package's files against its manifest; names the first mismatch.
    Verify {
        file: PathBuf,
        #[command(flatten)]
        password: PasswordArgs,
    },
}

#[derive(Args)]
pub struct ExportArgs {
    reference: String,
    /// A folder (the file is named REF-data-package.zip) or a .zip path.
    #[arg(long)]
    out: PathBuf,
    /// Replace a package that exists.
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    password: PasswordArgs,
}

#[derive(Args)]
pub struct PasswordArgs {
    /// Read the password (AES-256) from this file descriptor's first line.
    /// Or set CASEBOOK_PACKAGE_PASSWORD.
    #[arg(long, value_name = "N")]
    password_fd: Option<i32>,
    /// The password on the command line (visible to other users: prefer
    /// --password-fd or CASEBOOK_PACKAGE_PASSWORD).
    #[arg(long, hide_env_values = true)]
    password: Option<String>,
}

impl PasswordArgs {
    fn resolve(self) -> Result<Option<String>> {
        if let Some(fd) = self.password_fd {
            if fd < 0 {
                bail!("invalid --password-fd {fd}");
            }
            let path = format!("/dev/fd/{fd}");
            let file = std::fs::File::open(&path)
                .with_context(|| format!("cannot read the password from file descriptor {fd}"))?;
            let mut line = String::new();
            BufReader::new(file)
                .read_line(&mut line)
                .with_context(|| format!("cannot read the password from file descriptor {fd}"))?;
            let pw = line.trim_end_matches(['\n', '\r']).to_string();
            if pw.is_empty() {
                bail!("file descriptor {fd} gave an empty password");
            }
            return Ok(Some(pw));
        }
        if let Some(pw) = self.password {
            eprintln!("warning: --password shows in the process list; prefer --password-fd or {PASSWORD_ENV}");
            return Ok(Some(pw));
        }
        match std::env::var(PASSWORD_ENV) {
            Ok(pw) if pw.is_empty() => {
                bail!("{PASSWORD_ENV} is set but empty: give the password, or unset it for a package without one")
            }
            Ok(pw) => Ok(Some(pw)),
            Err(std::env::VarError::NotPresent) => Ok(None),
            Err(std::env::VarError::NotUnicode(_)) => bail!("{PASSWORD_ENV} is not valid UTF-8"),
        }
    }
}

/// One line on stderr, rewritten at most every 100 ms: "1234 of 5000 records — writing data/crm.json".
#[derive(Default)]
struct ProgressLine {
    last: Option<Instant>,
    width: usize,
}

impl ProgressLine {
    fn show(&mut self, p: &ExportProgress) {
        if self.last.is_some_and(|t| t.elapsed() < Duration::from_millis(100)) && p.done < p.total {
            return;
        }
        self.last = Some(Instant::now());
        let unit = match p.unit {
            ProgressUnit::Records => "records",
            ProgressUnit::Files => "files",
            ProgressUnit::Sections => "sections",
            ProgressUnit::Pages => "pages",
        };
        let doing = match p.phase {
            ExportPhase::Finishing => "finishing",
            ExportPhase::Gathering => "gathering",
            ExportPhase::LayingOut => "laying out",
            ExportPhase::Writing | ExportPhase::Saving => "writing",
        };
        let text = format!("{} of {} {unit} \u{2014} {doing} {}", p.count, p.of, p.item);
        let pad = self.width.saturating_sub(text.chars().count());
        self.width = text.chars().count();
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r{text}{}", " ".repeat(pad));
        let _ = err.flush();
    }

    fn clear(&mut self) {
        if self.width > 0 {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r{}\r", " ".repeat(self.width));
            let _ = err.flush();
        }
    }
}

pub fn run_package(c: PackageCommand, db: &Option<PathBuf>, p: &Printer) -> Result<ExitCode> {
    match c {
        PackageCommand::Export(a) => {
            let password = a.password.resolve()?;
            let book: Casebook = crate::open(db, false)?;
            let request = PackageRequest { reference: a.reference, out: a.out, password, force: a.force };
            // Progress on stderr when it is a terminal; Ctrl+C still ends the
            // process (the package appears only once complete).
            let export = if std::io::stderr().is_terminal() {
                let mut line = ProgressLine::default();
                let export = book.export_package_until(&request, &mut |pr| line.show(pr), &AtomicBool::new(false));
                line.clear();
                export?
            } else {
                book.export_package(&request)?
            };
            if p.json {
                p.json(&export)?;
            } else {
                println!(
                    "{}: {} ({} files, {} records{}) written to {}; sha256 {}",
                    export.reference,
                    export.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                    export.files.len(),
                    export.records,
                    if export.encrypted { ", AES-256" } else { "" },
                    export.path.display(),
                    export.sha256
                );
            }
        }
        PackageCommand::Verify { file, password } => {
            let password = password.resolve()?;
            let check = casebook_app::verify_package(&file, password.as_deref())?;
            if p.json {
                p.json(&check)?;
            } else if let Some(problem) = &check.problem {
                println!("{}: does not match its manifest: {problem}", file.display());
            } else {
                println!(
                    "{}: {} files match the manifest ({}, generated {})",
                    file.display(),
                    check.files_checked,
                    check.case_reference,
                    check.generated_at
                );
            }
            if check.problem.is_some() {
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `casebook bench --package N`: a person with N records across 5 systems
/// (CSV exports imported through the façade) in a fresh temporary register;
/// then the package is exported `runs` times. Reports each export's time and
/// the peak memory of the exports alone (the import's peak is reset first).
pub fn bench_package(records: usize, runs: usize, p: &Printer) -> Result<()> {
    use std::io::Write;
    use std::time::Instant;
    if runs == 0 || records < 5 {
        bail!("--package needs at least 5 records and --runs at least 1");
    }
    let dir = std::env::temp_dir().join(format!("casebook-bench-package-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = (|| -> Result<serde_json::Value> {
        let book = crate::open(&Some(dir.join("bench.db")), true)?;
        book.set_organisation(casebook_app::OrganisationInput {
            name: Some("Bench Ltd".into()),
            ..Default::default()
        })?;
        let systems = ["crm", "billing", "support", "marketing", "web-analytics"];
        let register = serde_json::json!({ "format": "casebook-register-of-processing", "version": 1,
            "systems": systems.iter().map(|id| serde_json::json!({
                "id": id, "name": format!("The {id} system"), "data_subjects": ["dpv:Customer"],
                "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
                "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
                "recipients": [{ "kind": "dpv:DataProcessor", "name": "Hosting provider" }],
                "retention": "6 years", "transfers": [], "sources": ["dpv:DataSubjectDataSource"],
                "automated_decisions": [] })).collect::<Vec<_>>() });
        let register_file = dir.join("register.json");
        std::fs::write(&register_file, register.to_string())?;
        book.import_processing_register(&register_file)?;
        let case = book.log_request(casebook_app::NewRequest {
            requester_name: "Ada Lovelace".into(),
            requester_emails: vec!["ada@example.org".into()],
            customer_ids: vec!["C-1001".into()],
            channel: "email".into(),
            received: "2026-11-02".into(),
            rights: vec!["portability".into()],
            ..Default::default()
        })?;
        let started = Instant::now();
        for (s, system) in systems.iter().enumerate() {
            let path = dir.join(format!("{system}.csv"));
            let mut w = std::io::BufWriter::new(std::fs::File::create(&path)?);
            writeln!(w, "customer_id,email,name,event,amount,at,note")?;
            for i in 0..records / systems.len() {
                writeln!(
                    w,
                    "C-1001,ada@example.org,Ada Lovelace,{system}-event-{i},{}.{:02},2026-{:02}-{:02}T10:{:02}:00Z,\"Note {i}, with a comma and ünïcödé\"",
                    (i * 7 + s) % 1000,
                    i % 100,
                    i % 12 + 1,
                    i % 28 + 1,
                    i % 60
                )?;
            }
            w.flush()?;
            drop(w);
            book.import_data(&casebook_app::DataImportInput {
                reference: case.reference.clone(),
                system: system.to_string(),
                categories: "contact".into(),
                path,
                match_identifiers: true,
            })?;
        }
        let import_secs = started.elapsed().as_secs_f64();
        // Reset the peak resident size (VmHWM) so it measures the exports alone.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let mut times = Vec::new();
        let mut last = None;
        for run in 0..runs {
            let t = Instant::now();
            let export = book.export_package(&PackageRequest {
                reference: case.reference.clone(),
                out: dir.join(format!("p{run}.zip")),
                password: None,
                force: true,
            })?;
            times.push(t.elapsed().as_secs_f64());
            last = Some(export);
        }
        let export = last.expect("at least one run");
        Ok(serde_json::json!({
            "records": export.records, "systems": systems.len(), "import_seconds": import_secs,
            "export_seconds": times, "median_export_seconds": crate::timing::median(&times),
            "package_mb": export.size as f64 / 1e6, "peak_rss_mb_exports": crate::demo::peak_rss_mb(),
        }))
    })();
    let _ = std::fs::remove_dir_all(&dir);
    let r = result?;
    if p.json {
        return p.json(&r);
    }
    println!(
        "Package of {} records across {} systems ({:.1} MB ZIP): export median {:.2} s over {} runs {}; peak memory during the exports {:.0} MB (import took {:.1} s)",
        r["records"],
        r["systems"],
        r["package_mb"].as_f64().unwrap_or(0.0),
        r["median_export_seconds"].as_f64().unwrap_or(0.0),
        runs,
        r["export_seconds"],
        r["peak_rss_mb_exports"].as_f64().unwrap_or(0.0),
        r["import_seconds"].as_f64().unwrap_or(0.0)
    );
    Ok(())
}
