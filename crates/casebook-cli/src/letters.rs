//! `casebook letter`: make a letter for a case (PDF, plain text, .eml draft),
//! list the kinds, and the letter settings (logo, record of processing).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use casebook_app::{
    Casebook, IntakeBook, LetterBook, LetterDetails, LetterKind, LetterSettings, TemplateBook, write_atomically,
};
use casebook_core::{Channel, Language};
use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::output::Printer;
use crate::values;
use crate::{RegimeArgs, RequesterArgs};

#[derive(Subcommand)]
pub enum LetterCommand {
    /// Log a request that arrived by post, with its scans as evidence.
    Log(LogArgs),
    /// Make a letter for a case as a draft to review (not yet correspondence):
    /// `letter send` records it as sent, `letter discard` drops it.
    Make(MakeArgs),
    /// A case's drafts: to send, sent, discarded.
    Drafts { reference: String },
    /// Record a draft as sent: correspondence out with its PDF. Refused when
    /// the case changed so that the letter would now read differently.
    Send(SendArgs),
    /// Discard a draft never sent (it stays listed as discarded).
    Discard { reference: String, draft: String },
    /// Mark a letter sent withdrawn, with the reason (it is never deleted).
    Withdraw(WithdrawArgs),
    /// The kinds of letter and the languages each can go out in.
    Kinds,
    /// Which letters use a built-in template and which the organisation's own
    /// (in the `templates` folder beside a local database; in the database of
    /// a team register), and what is wrong with an own one that cannot make a letter.
    Templates,
    /// Show a template's text, make an own one, or go back to the built-in one.
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
    /// Print the text letters are made from (the own one, else the built-in
    /// one), to edit: `show KIND --lang L > f.txt`, then `customise KIND --lang L --from f.txt`.
    Show(TemplateArgs),
    /// Make an own template. With --from, the edited text of FILE, checked
    /// first (a broken one is refused naming its line), replacing an own one
    /// (which is kept aside); needed on a team register. Without it (a local
    /// register only), copy the built-in template into the templates folder,
    /// to edit it there; prints its path.
    Customise(CustomiseArgs),
    /// Use the built-in template again: the own one is kept aside (a local
    /// register renames it `KIND.txt.<time>.bak`; a team register keeps
    /// every text it had), never deleted.
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
pub struct CustomiseArgs {
    #[command(flatten)]
    template: TemplateArgs,
    /// The template's text (UTF-8, at most 256 KiB).
    #[arg(long, value_name = "FILE")]
    from: Option<PathBuf>,
}

#[derive(Args)]
#[command(mut_arg("requester_address", |a| a.help("The sender's postal address (default: found in the letter's text)")))]
pub struct LogArgs {
    /// The day the letter was delivered to the organisation (YYYY-MM-DD); the clock starts here.
    #[arg(long, value_parser = values::received)]
    received: chrono::NaiveDate,
    #[command(flatten)]
    requester: RequesterArgs,
    /// The postmark date, recorded (not used for the dates).
    #[arg(long, value_parser = values::postmark)]
    postmark: Option<chrono::NaiveDate>,
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
    #[arg(long = "right", value_parser = values::right)]
    rights: Vec<casebook_core::Right>,
    #[command(flatten)]
    place: RegimeArgs,
}

#[derive(Args)]
pub struct MakeArgs {
    reference: String,
    /// acknowledgement, id-request, refusal, access-response, … (see `casebook letter kinds`)
    #[arg(long, value_parser = values::letter_kind)]
    kind: LetterKind,
    /// ISO 639-1 code; default: the request's language when a template exists, else the organisation's (its country's one official language), else en.
    #[arg(long, value_parser = values::language)]
    lang: Option<Language>,
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
    /// Record it as sent at once, today (YYYY-MM-DD), instead of leaving a draft
    /// to review: for scripts. Needs --channel.
    #[arg(long, requires = "channel", value_parser = values::sent_on)]
    sent_on: Option<NaiveDate>,
    /// With --sent-on: how it went out (email, post, …).
    #[arg(long, requires = "sent_on", value_parser = values::sent_channel)]
    channel: Option<Channel>,
}

#[derive(Args)]
pub struct SendArgs {
    reference: String,
    /// The draft's number (see `casebook letter drafts REF`).
    draft: String,
    /// The day it went out (YYYY-MM-DD): not before the letter's date, not in the future.
    #[arg(long, value_parser = values::on)]
    on: NaiveDate,
    /// How it went out: email, post (or letter), phone, web-form, in-person, other.
    #[arg(long, value_parser = values::sent_channel)]
    channel: Channel,
}

#[derive(Args)]
pub struct WithdrawArgs {
    reference: String,
    /// The correspondence's number (`#N` in `casebook case show`).
    correspondence: String,
    /// Why it is withdrawn (kept with it, shown in case show, timeline and evidence pack).
    #[arg(long)]
    reason: String,
}

#[derive(Serialize)]
struct Written<'a> {
    #[serde(flatten)]
    letter: &'a casebook_app::Letter,
    pdf: &'a Path,
    text: Option<&'a Path>,
    eml: Option<&'a Path>,
    sent: Option<&'a casebook_app::SentLetter>,
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

/// `casebook letter` on a local register: the commands both registers
/// serve, then the organisation's own templates and a letter logged by post.
pub fn run_letter(c: LetterCommand, book: &Casebook, p: &Printer) -> Result<()> {
    let Some(c) = run_shared_letter(c, book, p)? else { return Ok(()) };
    match c {
        LetterCommand::Template(TemplateCommand::Customise(CustomiseArgs { template: a, from: None })) => {
            let path = book.customise_template(&a.kind, &a.lang)?;
            if p.json {
                return p.json(&serde_json::json!({ "path": path }));
            }
            println!("own copy made: {}", path.display());
        }
        _ => unreachable!("the other letter commands are served by run_shared_letter"),
    }
    Ok(())
}

/// The `casebook letter` commands a local register and a team register both
/// serve, through the same use cases ([`LetterBook`]): making, listing,
/// sending, discarding and withdrawing letters, their kinds and settings,
/// and a letter received by post logged with its scans ([`IntakeBook`]).
/// The organisation's own templates ([`TemplateBook`]) too, but for
/// `customise` without `--from` (copying the built-in one into a local
/// register's folder), which is given back for the caller to run on a local
/// register or refuse.
pub fn run_shared_letter<B: LetterBook + IntakeBook + TemplateBook>(
    c: LetterCommand,
    book: &B,
    p: &Printer,
) -> Result<Option<LetterCommand>> {
    match c {
        LetterCommand::Kinds => {
            let kinds = book.letter_kinds()?;
            if p.json {
                return p.json(&kinds).map(|()| None);
            }
            let mut out = std::io::stdout().lock();
            for k in kinds {
                writeln!(out, "{:<28} {:<24} {}", k.code.code(), k.languages.join(","), k.label)?;
            }
        }
        LetterCommand::Templates => templates(book, p)?,
        LetterCommand::Template(c) => return template(c, book, p),
        LetterCommand::Log(a) => log(a, book, p)?,
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
        LetterCommand::Drafts { reference } => drafts(&reference, book, p)?,
        LetterCommand::Send(a) => {
            let sent = book.send_letter(&a.reference, &a.draft, a.on, a.channel)?;
            if p.json {
                return p.json(&sent).map(|()| None);
            }
            println!(
                "Draft {} of {} sent on {} by {}: recorded as correspondence #{}",
                sent.draft.id, a.reference, sent.sent_on, sent.channel, sent.correspondence_id
            );
        }
        LetterCommand::Discard { reference, draft } => {
            let d = book.discard_draft(&reference, &draft)?;
            if p.json {
                return p.json(&d).map(|()| None);
            }
            println!("Draft {} of {reference} discarded (never sent).", d.id);
        }
        LetterCommand::Withdraw(a) => {
            let w = book.withdraw_letter(&a.reference, &a.correspondence, &a.reason)?;
            if p.json {
                return p.json(&w).map(|()| None);
            }
            println!(
                "Correspondence #{} of {} marked withdrawn: {} (it stays on the case)",
                w.correspondence_id, a.reference, w.reason
            );
        }
    }
    Ok(None)
}

/// `casebook letter template show|customise|restore` on either register;
/// `customise` without `--from` is given back.
fn template<B: TemplateBook>(c: TemplateCommand, book: &B, p: &Printer) -> Result<Option<LetterCommand>> {
    let (change, done) = match c {
        TemplateCommand::Show(a) => {
            let shown = book.template_text(&a.kind, &a.lang)?;
            if p.json {
                return p.json(&shown).map(|()| None);
            }
            std::io::stdout().lock().write_all(shown.text.as_bytes())?;
            return Ok(None);
        }
        TemplateCommand::Customise(CustomiseArgs { template: a, from: Some(from) }) => {
            (book.set_own_template(&a.kind, &a.lang, &template_file_text(&from)?)?, "own template kept")
        }
        c @ TemplateCommand::Customise(CustomiseArgs { from: None, .. }) => {
            return Ok(Some(LetterCommand::Template(c)));
        }
        TemplateCommand::Restore(a) => (book.use_builtin_template(&a.kind, &a.lang)?, "built-in template used again"),
    };
    if p.json {
        return p.json(&change).map(|()| None);
    }
    match (&change.stored, &change.kept_as) {
        (Some(s), Some(k)) => println!("{done}: {s}; the one it replaced is kept as: {k}"),
        (Some(s), None) => println!("{done}: {s}"),
        (None, Some(k)) => println!("{done}; own copy kept as: {k}"),
        (None, None) => println!("{done}"),
    }
    Ok(None)
}

/// The text of a template file given with `--from`: readable, at most
/// [`casebook_app::MAX_TEMPLATE_BYTES`], UTF-8.
fn template_file_text(path: &Path) -> Result<String> {
    let cannot = || format!("cannot read template file '{}'", path.display());
    let meta = std::fs::metadata(path).with_context(cannot)?;
    if !meta.is_file() {
        bail!("template file '{}' is not a file", path.display());
    }
    let max = casebook_app::MAX_TEMPLATE_BYTES as u64;
    if meta.len() > max {
        bail!(
            "template file '{}' is {} KiB: an own template is at most {} KiB",
            path.display(),
            meta.len() / 1024,
            max / 1024
        );
    }
    let bytes = std::fs::read(path).with_context(cannot)?;
    String::from_utf8(bytes).map_err(|e| {
        anyhow::anyhow!(
            "template file '{}' is not UTF-8 text (byte {} is not)",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// `casebook letter templates`: which template each kind and language uses.
fn templates<B: TemplateBook>(book: &B, p: &Printer) -> Result<()> {
    let t = book.letter_templates()?;
    if p.json {
        return p.json(&t);
    }
    let mut out = std::io::stdout().lock();
    match &t.folder {
        Some(folder) => writeln!(out, "Own templates folder: {}", folder.display())?,
        None => writeln!(out, "Own templates: kept in the team register")?,
    }
    writeln!(out, "{:<28} {:<5} {:<9} PROBLEM", "KIND", "LANG", "TEMPLATE")?;
    for r in &t.templates {
        let used = if r.customised { "own" } else { "built-in" };
        writeln!(out, "{:<28} {:<5} {:<9} {}", r.kind, r.language, used, r.problem.as_deref().unwrap_or("-"))?;
    }
    Ok(())
}

/// `casebook letter log`: a letter received by post, with its scans.
fn log(a: LogArgs, book: &dyn IntakeBook, p: &Printer) -> Result<()> {
    let mut scans = Vec::new();
    for path in &a.scans {
        let len = std::fs::metadata(path).with_context(|| format!("cannot read scan {}", path.display()))?.len();
        if len > casebook_app::MAX_SCAN_BYTES as u64 {
            bail!("scan '{}' is larger than {} MB", path.display(), casebook_app::MAX_SCAN_BYTES / 1024 / 1024);
        }
        let bytes = std::fs::read(path).with_context(|| format!("cannot read scan {}", path.display()))?;
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        scans.push(casebook_app::Scan { file_name, bytes });
    }
    let text = match (a.text, a.text_file) {
        (Some(t), _) => Some(t),
        (None, Some(f)) => {
            Some(std::fs::read_to_string(&f).with_context(|| format!("cannot read {} as UTF-8 text", f.display()))?)
        }
        (None, None) => None,
    };
    let letter = casebook_app::PostedLetter {
        requester_name: a.requester.requester_name,
        requester_emails: a.requester.requester_emails,
        requester_address: a.requester.requester_address,
        received: a.received,
        postmark: a.postmark,
        text,
        rights: a.rights,
        regime: a.place.regime,
        location: a.place.location,
        language: a.place.language,
    };
    let case = book.log_letter(letter, &scans)?;
    if p.json {
        return p.json(&case);
    }
    println!("{}", case.case.reference);
    Ok(())
}

/// `casebook letter drafts`: a case's drafts and what became of each.
fn drafts(reference: &str, book: &dyn LetterBook, p: &Printer) -> Result<()> {
    let drafts = book.letter_drafts(reference)?;
    if p.json {
        return p.json(&drafts);
    }
    if drafts.is_empty() {
        println!("No drafts on case {reference}.");
    }
    let mut out = std::io::stdout().lock();
    for d in &drafts {
        let state = match (d.state, d.correspondence_id) {
            (casebook_app::DraftState::Sent, Some(c)) => format!("sent (correspondence #{c})"),
            (casebook_app::DraftState::Discarded, _) => "discarded".to_string(),
            _ => "to review and send".to_string(),
        };
        writeln!(
            out,
            "Draft {}: {} ({}) dated {}, made by {}, sha256 {}: {state}",
            d.id,
            d.kind,
            d.language,
            d.letter_date,
            d.made_by,
            &d.sha256[..16]
        )?;
    }
    Ok(())
}

/// `casebook letter make`: the letter's files, written whole, and the letter
/// kept as a draft of the case (or, with `--sent-on`, recorded as sent).
fn make(a: MakeArgs, book: &dyn LetterBook, p: &Printer) -> Result<()> {
    for path in [Some(&a.out), a.text.as_ref(), a.eml.as_ref()].into_iter().flatten() {
        check_target(path, a.force)?;
    }
    if a.eml.is_some() {
        book.check_letter_draft(&a.reference)?;
    }
    // Checked before anything is made, so a bad date or channel records nothing.
    let sending = match (a.sent_on, a.channel) {
        (Some(on), Some(channel)) => {
            book.check_sent_today(on)?;
            Some((on, channel))
        }
        _ => None,
    };
    let details = LetterDetails { reason: a.reason, fee: a.fee, recipients: a.recipients, ..Default::default() };
    let today = book.today()?;
    let letter = book.make_letter_draft(&a.reference, a.kind, a.lang.as_ref(), &details, today, a.eml.is_some())?;
    let draft = letter.draft.context("the letter was made without a draft")?;
    write_atomically(&a.out, &letter.pdf)?;
    if let Some(t) = &a.text {
        write_atomically(t, letter.text.as_bytes())?;
    }
    if let (Some(e), Some(bytes)) = (&a.eml, &letter.eml) {
        write_atomically(e, bytes)?;
    }
    let sent = match sending {
        Some((on, channel)) => Some(book.send_letter(&a.reference, &draft.to_string(), on, channel)?),
        None => None,
    };
    if p.json {
        return p.json(&Written {
            letter: &letter,
            pdf: &a.out,
            text: a.text.as_deref(),
            eml: a.eml.as_deref(),
            sent: sent.as_ref(),
        });
    }
    let pages = if letter.pages == 1 { "1 page".to_string() } else { format!("{} pages", letter.pages) };
    match &sent {
        Some(s) => println!(
            "{}: {} ({}, {pages}) written to {}; sent on {} by {}, recorded as correspondence #{}, sha256 {}",
            letter.reference,
            letter.kind,
            letter.language,
            a.out.display(),
            s.sent_on,
            s.channel,
            s.correspondence_id,
            letter.sha256
        ),
        None => println!(
            "Draft {draft} made: {} {} ({}, {pages}) written to {}, sha256 {}. Review it, then `casebook letter send {} {draft} --on DATE --channel email|post|…` (or `letter discard {} {draft}`)",
            letter.reference,
            letter.kind,
            letter.language,
            a.out.display(),
            letter.sha256,
            letter.reference,
            letter.reference
        ),
    }
    Ok(())
}
