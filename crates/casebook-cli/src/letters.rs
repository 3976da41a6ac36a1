//! `casebook letter`: make a letter for a case (PDF, plain text, .eml draft),
//! list the kinds, and the letter settings (logo, record of processing).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use casebook_app::{Casebook, LetterDetails, LetterSettings, write_atomically};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::output::Printer;

#[derive(Subcommand)]
pub enum LetterCommand {
    /// Log a request that arrived by post, with its scans as evidence.
    Log(LogArgs),
    /// Make a letter for a case and record it on the case as correspondence out.
    Make(MakeArgs),
    /// The kinds of letter and the languages each can go out in.
    Kinds,
    /// Which letters use a built-in template and which the organisation's own
    /// copy (in the `templates` folder beside the database), and what is wrong
    /// with an own copy that cannot make a letter.
    Templates,
    /// Make an own copy of a built-in template, or go back to the built-in one.
    #[command(subcommand)]
    Template(TemplateCommand),
    /// Show the letter settings, or replace them from a JSON file
    /// ({"logo": "logo.png", "processing": {"purposes": […], …}}).
    Settings {
        #[arg(long)]
        file: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum TemplateCommand {
    /// Copy the built-in template into the templates folder, to edit it there;
    /// prints its path.
    Customise(TemplateArgs),
    /// Use the built-in template again: the own copy is renamed aside
    /// (`KIND.txt.<time>.bak`), not deleted; prints its new path.
    Restore(TemplateArgs),
}

#[derive(Args)]
pub struct TemplateArgs {
    /// A letter kind (see `casebook letter kinds`), or _closing (the end of every letter).
    kind: String,
    /// ISO 639-1 code: en, de or fr.
    #[arg(long)]
    lang: String,
}

#[derive(Args)]
pub struct LogArgs {
    /// The day the letter was delivered to the organisation (YYYY-MM-DD); the clock starts here.
    #[arg(long)]
    received: String,
    #[arg(long)]
    requester_name: String,
    /// Repeatable.
    #[arg(long = "requester-email")]
    requester_emails: Vec<String>,
    /// The sender's postal address (default: found in the letter's text).
    #[arg(long)]
    requester_address: Option<String>,
    /// The postmark date, recorded (not used for the dates).
    #[arg(long)]
    postmark: Option<String>,
    /// A scan of the letter (PDF, PNG or JPEG); repeatable.
    #[arg(long = "scan")]
    scans: Vec<PathBuf>,
    /// The letter's text, typed or pasted.
    #[arg(long, conflicts_with = "text_file")]
    text: Option<String>,
    /// The letter's text from a file (UTF-8).
    #[arg(long)]
    text_file: Option<PathBuf>,
    /// A right asked for (primary first; repeatable); default: found in the text.
    #[arg(long = "right")]
    rights: Vec<String>,
    #[arg(long)]
    regime: Option<String>,
    #[arg(long)]
    location: Option<String>,
    #[arg(long)]
    language: Option<String>,
}

#[derive(Args)]
pub struct MakeArgs {
    reference: String,
    /// acknowledgement, id-request, refusal, access-response, … (see `casebook letter kinds`)
    #[arg(long)]
    kind: String,
    /// ISO 639-1 code; default: the case's language when a template exists, else en.
    #[arg(long)]
    lang: Option<String>,
    /// The PDF to write.
    #[arg(long)]
    out: PathBuf,
    /// Also write the letter as plain text.
    #[arg(long)]
    text: Option<PathBuf>,
    /// Also write an .eml draft to the requester with the PDF attached.
    #[arg(long)]
    eml: Option<PathBuf>,
    /// Overwrite files that exist.
    #[arg(long)]
    force: bool,
    /// A refusal's reason in words, or why a fee is charged (default: from the recorded step).
    #[arg(long)]
    reason: Option<String>,
    /// The fee asked, as it should read (default: the amount of the recorded fee request).
    #[arg(long)]
    fee: Option<String>,
    /// A recipient for an own template that prints `details.recipients`; repeatable. Refused for the
    /// confirmations: they state the action log and the recipients recorded with `case notify`.
    #[arg(long = "recipient")]
    recipients: Vec<String>,
}

#[derive(Serialize)]
struct Written<'a> {
    #[serde(flatten)]
    letter: &'a casebook_app::Letter,
    pdf: &'a Path,
    text: Option<&'a Path>,
    eml: Option<&'a Path>,
}

/// Refuses to clobber a file (without --force) or to write into a missing folder,
/// before anything is made or recorded.
pub(crate) fn check_target(path: &Path, force: bool) -> Result<()> {
    if path.exists() && !force {
        bail!("{} exists (use --force to overwrite it)", path.display());
    }
    if path.is_dir() {
        bail!("{} is a folder", path.display());
    }
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    if !parent.is_dir() {
        bail!("cannot write {}: folder {} does not exist", path.display(), parent.display());
    }
    Ok(())
}

pub fn run_letter(c: LetterCommand, book: &Casebook, p: &Printer) -> Result<()> {
    match c {
        LetterCommand::Kinds => {
            let kinds = book.letter_kinds();
            if p.json {
                return p.json(&kinds);
            }
            let mut out = std::io::stdout().lock();
            for k in kinds {
                writeln!(out, "{:<28} {:<24} {}", k.code, k.languages.join(","), k.label)?;
            }
        }
        LetterCommand::Templates => {
            let t = book.letter_templates()?;
            if p.json {
                return p.json(&t);
            }
            let mut out = std::io::stdout().lock();
            writeln!(out, "Own templates folder: {}", t.folder.display())?;
            writeln!(out, "{:<28} {:<5} {:<9} PROBLEM", "KIND", "LANG", "TEMPLATE")?;
            for r in &t.templates {
                let used = if r.own.is_some() { "own" } else { "built-in" };
                writeln!(out, "{:<28} {:<5} {:<9} {}", r.kind, r.language, used, r.problem.as_deref().unwrap_or("-"))?;
            }
        }
        LetterCommand::Template(c) => {
            let (path, done) = match c {
                TemplateCommand::Customise(a) => (book.customise_template(&a.kind, &a.lang)?, "own copy made"),
                TemplateCommand::Restore(a) => {
                    (book.restore_builtin_template(&a.kind, &a.lang)?, "built-in template used again; own copy kept as")
                }
            };
            if p.json {
                return p.json(&serde_json::json!({ "path": path }));
            }
            println!("{done}: {}", path.display());
        }
        LetterCommand::Log(a) => {
            let mut scans = Vec::new();
            for path in &a.scans {
                let len =
                    std::fs::metadata(path).with_context(|| format!("cannot read scan {}", path.display()))?.len();
                if len > casebook_app::MAX_SCAN_BYTES as u64 {
                    bail!("scan '{}' is larger than {} MB", path.display(), casebook_app::MAX_SCAN_BYTES / 1024 / 1024);
                }
                let bytes = std::fs::read(path).with_context(|| format!("cannot read scan {}", path.display()))?;
                let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                scans.push(casebook_app::Scan { file_name, bytes });
            }
            let text = match (a.text, a.text_file) {
                (Some(t), _) => Some(t),
                (None, Some(f)) => Some(
                    std::fs::read_to_string(&f)
                        .with_context(|| format!("cannot read {} as UTF-8 text", f.display()))?,
                ),
                (None, None) => None,
            };
            let letter = casebook_app::PostedLetter {
                requester_name: a.requester_name,
                requester_emails: a.requester_emails,
                requester_address: a.requester_address,
                received: a.received,
                postmark: a.postmark,
                text,
                rights: a.rights,
                regime: a.regime,
                location: a.location,
                language: a.language,
            };
            let case = book.log_letter(letter, &scans)?;
            if p.json {
                return p.json(&case);
            }
            println!("{}", case.reference);
        }
        LetterCommand::Settings { file } => {
            let settings = match file {
                Some(f) => {
                    let text = std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
                    let s: LetterSettings = serde_json::from_str(&text)
                        .with_context(|| format!("invalid letter settings in {}", f.display()))?;
                    book.set_letter_settings(s)?
                }
                None => book.letter_settings()?,
            };
            let mut out = std::io::stdout().lock();
            serde_json::to_writer_pretty(&mut out, &settings)?;
            writeln!(out)?;
        }
        LetterCommand::Make(a) => make(a, book, p)?,
    }
    Ok(())
}

/// `casebook letter make`: the letter's files, written whole, and the letter recorded on the case.
fn make(a: MakeArgs, book: &Casebook, p: &Printer) -> Result<()> {
    for path in [Some(&a.out), a.text.as_ref(), a.eml.as_ref()].into_iter().flatten() {
        check_target(path, a.force)?;
    }
    if a.eml.is_some() {
        book.check_letter_draft(&a.reference)?;
    }
    let details = LetterDetails { reason: a.reason, fee: a.fee, recipients: a.recipients, ..Default::default() };
    let today = book.today()?;
    let letter = book.make_letter_with(&a.reference, &a.kind, a.lang.as_deref(), &details, today)?;
    if a.eml.is_some() && letter.eml.is_none() {
        bail!("{}", letter.eml_unavailable.as_deref().unwrap_or("no .eml draft could be made"));
    }
    write_atomically(&a.out, &letter.pdf)?;
    if let Some(t) = &a.text {
        write_atomically(t, letter.text.as_bytes())?;
    }
    if let (Some(e), Some(bytes)) = (&a.eml, &letter.eml) {
        write_atomically(e, bytes)?;
    }
    if p.json {
        return p.json(&Written { letter: &letter, pdf: &a.out, text: a.text.as_deref(), eml: a.eml.as_deref() });
    }
    let pages = if letter.pages == 1 { "1 page".to_string() } else { format!("{} pages", letter.pages) };
    println!(
        "{}: {} ({}, {pages}) written to {}; recorded on the case, sha256 {}",
        letter.reference,
        letter.kind,
        letter.language,
        a.out.display(),
        letter.sha256
    );
    Ok(())
}
