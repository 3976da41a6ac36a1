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
use casebook_app::{ExportPhase, ExportProgress, PackageBook, PackageRequest, ProgressUnit};
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

/// Runs a `package` command; an export on the register `open` gives (a
/// local file or a team register), opened once its password is read.
pub fn run_package<B: PackageBook>(
    c: PackageCommand,
    open: impl FnOnce() -> Result<B>,
    p: &Printer,
) -> Result<ExitCode> {
    match c {
        PackageCommand::Export(a) => {
            let password = a.password.resolve()?;
            let book = open()?;
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
