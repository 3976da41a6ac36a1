//! The passphrase, encryption, backups and restores on the command line.
//!
//! A passphrase comes from `--passphrase-fd N` (a file descriptor the caller
//! opened, read up to the first newline), else `CASEBOOK_PASSPHRASE`, else a
//! prompt on the terminal; never from an argument, which any user could read
//! in the process list. A new passphrase (`passphrase change`) comes from
//! `--new-passphrase-fd N`, `CASEBOOK_NEW_PASSPHRASE`, or a prompt, twice.
//! Nothing here prints or logs a passphrase.

use std::io::{BufRead, IsTerminal};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};

use anyhow::{Context, Result, bail};
use casebook_app::{BackupBook, BackupCheck, Casebook, DatabaseKind, OpenMode, Passphrase, PassphraseStrength};
use clap::{Args, Subcommand};
use zeroize::Zeroizing;

use crate::output::Printer;

#[derive(Subcommand)]
pub enum PassphraseCommand {
    /// Change the passphrase of an encrypted register (re-keyed in place; the
    /// new one from --new-passphrase-fd, CASEBOOK_NEW_PASSPHRASE or a prompt).
    Change {
        /// Read the new passphrase from this file descriptor.
        #[arg(long, value_name = "N")]
        new_passphrase_fd: Option<i32>,
    },
    /// Encrypt a plain register with a passphrase (the same as `casebook encrypt`).
    Set,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct BackupArgs {
    /// Write a verified backup to this new file (encrypted like the register).
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    #[command(subcommand)]
    pub(crate) command: Option<BackupCommand>,
}

#[derive(Subcommand)]
pub enum BackupCommand {
    /// Check a backup: integrity, the audit chain, and what it holds.
    Verify { file: PathBuf },
    /// When the last backup was made, and whether a reminder is due.
    Status,
    /// Remind (on `case list`) when the last backup is older than N days; 0 turns it off.
    Remind {
        #[arg(long)]
        days: u32,
    },
}

#[derive(Args)]
pub struct RestoreArgs {
    /// The backup file.
    file: PathBuf,
    /// Replace an existing database (kept beside it, renamed).
    #[arg(long)]
    force: bool,
}

static PASSPHRASE_FD: OnceLock<Option<i32>> = OnceLock::new();
static NO_PASSPHRASE: AtomicBool = AtomicBool::new(false);
/// The passphrase once read (a descriptor can be read only once, and a
/// prompt should not repeat); taken and wiped by [`forget`] before exit.
static GIVEN: Mutex<Option<Passphrase>> = Mutex::new(None);

pub fn set_passphrase_fd(fd: Option<i32>) {
    let _ = PASSPHRASE_FD.set(fd);
}

/// `init --no-passphrase`: create the register plain even in a terminal.
pub fn refuse_passphrase() {
    NO_PASSPHRASE.store(true, Ordering::Relaxed);
}

/// Drops (and so wipes) the passphrase held for this run.
pub fn forget() {
    drop(GIVEN.lock().unwrap_or_else(|p| p.into_inner()).take());
}

fn remember(p: &Passphrase) {
    *GIVEN.lock().unwrap_or_else(|p| p.into_inner()) = Some(p.clone());
}

fn remembered() -> Option<Passphrase> {
    GIVEN.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Reads a passphrase from an open file descriptor, up to the first newline.
fn read_fd(fd: i32, flag: &str) -> Result<Passphrase> {
    if fd < 0 {
        bail!("invalid {flag} {fd}: expected an open file descriptor");
    }
    let file = std::fs::File::open(format!("/dev/fd/{fd}"))
        .with_context(|| format!("cannot read the passphrase from file descriptor {fd} ({flag})"))?;
    let mut line = Zeroizing::new(Vec::new());
    std::io::BufReader::new(file.take(64 * 1024))
        .read_until(b'\n', &mut line)
        .with_context(|| format!("cannot read the passphrase from file descriptor {fd} ({flag})"))?;
    while matches!(line.last(), Some(b'\n' | b'\r')) {
        line.pop();
    }
    let text =
        std::str::from_utf8(&line).with_context(|| format!("the passphrase on file descriptor {fd} is not UTF-8"))?;
    if text.is_empty() {
        bail!("no passphrase on file descriptor {fd} ({flag})");
    }
    Ok(Passphrase::new(text)?)
}

fn from_env(var: &str) -> Result<Option<Passphrase>> {
    match std::env::var(var) {
        Ok(v) if !v.is_empty() => Ok(Some(Passphrase::new(Zeroizing::new(v).as_str())?)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => bail!("{var} is not valid UTF-8"),
    }
}

use std::io::Read as _;

/// The passphrase given without asking: `--passphrase-fd`, else `CASEBOOK_PASSPHRASE`.
fn given() -> Result<Option<Passphrase>> {
    if let Some(p) = remembered() {
        return Ok(Some(p));
    }
    let p = match PASSPHRASE_FD.get().copied().flatten() {
        Some(fd) => Some(read_fd(fd, "--passphrase-fd")?),
        None => from_env("CASEBOOK_PASSPHRASE")?,
    };
    if let Some(p) = &p {
        remember(p);
    }
    Ok(p)
}

fn interactive() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn prompt(label: &str) -> Result<Passphrase> {
    let text =
        Zeroizing::new(rpassword::prompt_password(label).context("cannot read the passphrase from the terminal")?);
    Ok(Passphrase::new(text.as_str())?)
}

/// The passphrase of the encrypted file at `path`: given, or asked for.
fn current_passphrase(path: &Path) -> Result<Passphrase> {
    if let Some(p) = given()? {
        return Ok(p);
    }
    if !interactive() {
        bail!(
            "'{}' is encrypted: give its passphrase in CASEBOOK_PASSPHRASE, on a file descriptor with --passphrase-fd N, or run casebook in a terminal",
            path.display()
        );
    }
    let p = prompt(&format!("Passphrase for {}: ", path.display()))?;
    remember(&p);
    Ok(p)
}

fn say_strength(strength: PassphraseStrength) {
    if strength == PassphraseStrength::Weak {
        eprintln!("warning: this passphrase is weak: {}", strength.hint());
    }
}

/// A new passphrase from the given sources (`fd` / `env`), or typed twice.
fn new_passphrase(fd: Option<i32>, fd_flag: &str, env: &str) -> Result<Option<Passphrase>> {
    let p = match fd {
        Some(fd) => Some(read_fd(fd, fd_flag)?),
        None => from_env(env)?,
    };
    if let Some(p) = p {
        say_strength(casebook_app::check_new_passphrase(&p)?);
        return Ok(Some(p));
    }
    if !interactive() {
        return Ok(None);
    }
    eprintln!(
        "Choose a passphrase (at least {} characters; four or more unrelated words are easy to remember and hard to guess).",
        casebook_app::MIN_PASSPHRASE_CHARS
    );
    eprintln!("Nobody can recover the register without it.");
    loop {
        let p = prompt("New passphrase: ")?;
        let strength = match casebook_app::check_new_passphrase(&p) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e}");
                continue;
            }
        };
        eprintln!("Strength: {}: {}", strength.code(), strength.hint());
        if prompt("The same passphrase again: ")? == p {
            return Ok(Some(p));
        }
        eprintln!("The two passphrases differ; once more.");
    }
}

/// Opens the register for a command; `create` only for `init` and `demo`.
pub fn open_book(path: &Path, create: bool, clock: casebook_app::Clock, actor: String) -> Result<Casebook> {
    let mode = if create { OpenMode::CreateIfMissing } else { OpenMode::MustExist };
    let passphrase = match casebook_app::database_kind(path)? {
        DatabaseKind::Encrypted => Some(current_passphrase(path)?),
        DatabaseKind::Plain => {
            if given()?.is_some() {
                eprintln!(
                    "warning: '{}' is not encrypted, so the passphrase given is not used (`casebook encrypt` encrypts it)",
                    path.display()
                );
            }
            None
        }
        DatabaseKind::Missing if create => passphrase_for_new_register(path)?,
        DatabaseKind::Missing | DatabaseKind::NotADatabase => None,
    };
    let book = Casebook::open_protected(path, mode, clock, actor, passphrase.as_ref())?;
    if let Some(u) = book.upgrade() {
        eprintln!(
            "Upgraded '{}' from schema {}{} to schema {} (Casebook {}); the register as it was is kept, verified, at '{}'.",
            path.display(),
            u.from_schema,
            u.from_version.as_deref().map(|v| format!(" (Casebook {v})")).unwrap_or_default(),
            u.to_schema,
            u.to_version,
            u.backup.display()
        );
    }
    tell_rules_update(book.rules_update());
    Ok(book)
}

/// Opens the team register `config` names as the connection's member,
/// saying on stderr what the open did about dates stored under older
/// deadline rules, or that it left them for the DPO.
pub fn open_team(config: &casebook_app::PgConfig) -> anyhow::Result<casebook_app::TeamBook> {
    let team = casebook_app::TeamBook::open(config, crate::clock()?)?;
    tell_rules_update(team.rules_update());
    if let Some(stored) = team.rules_behind() {
        eprintln!(
            "This version computes some dates differently (deadline rules revision {}), and the open cases' due dates on this team register are of revision {stored}: a DPO member's next open recomputes them and records it (until then, `casebook settings deadlines --recompute` recomputes them).",
            casebook_core::deadline::RULES_REVISION
        );
    }
    Ok(team)
}

/// The open cases whose stored due date moved to this version's deadline rules, if any.
fn tell_rules_update(update: Option<&casebook_app::RulesRevision>) {
    if let Some(r) = update.filter(|r| !r.recomputed.is_empty()) {
        eprintln!(
            "This version computes some dates differently (deadline rules revision {}): the due date of {} open {} recomputed and recorded in the audit log: {}.",
            r.revision,
            r.recomputed.len(),
            if r.recomputed.len() == 1 { "case was" } else { "cases were" },
            r.recomputed.join(", ")
        );
    }
}

/// The passphrase of a new file copied from a team register (`team
/// export`, a team register's backup): given, or typed twice in a terminal;
/// None when neither.
pub(crate) fn passphrase_for_copy() -> Result<Option<Passphrase>> {
    let p = new_passphrase(PASSPHRASE_FD.get().copied().flatten(), "--passphrase-fd", "CASEBOOK_PASSPHRASE")?;
    if let Some(p) = &p {
        remember(p);
    }
    Ok(p)
}

fn passphrase_for_new_register(path: &Path) -> Result<Option<Passphrase>> {
    if NO_PASSPHRASE.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let fd = PASSPHRASE_FD.get().copied().flatten();
    let p = new_passphrase(fd, "--passphrase-fd", "CASEBOOK_PASSPHRASE")?;
    match &p {
        Some(p) => remember(p),
        None => eprintln!(
            "warning: '{}' is created without encryption (no passphrase: set CASEBOOK_PASSPHRASE, use --passphrase-fd N, or run `casebook init` in a terminal; `casebook encrypt` encrypts it later)",
            path.display()
        ),
    }
    Ok(p)
}

pub fn run_passphrase(cmd: PassphraseCommand, db: &Path, p: &Printer) -> Result<()> {
    match cmd {
        PassphraseCommand::Set => run_encrypt(db, p),
        PassphraseCommand::Change { new_passphrase_fd } => {
            let book = crate::open(&Some(db.to_path_buf()), false)?;
            if !book.is_encrypted() {
                bail!("'{}' is not encrypted: run `casebook encrypt` to give it a passphrase", db.display());
            }
            let current = current_passphrase(db)?;
            let Some(new) = new_passphrase(new_passphrase_fd, "--new-passphrase-fd", "CASEBOOK_NEW_PASSPHRASE")? else {
                bail!(
                    "no new passphrase: give it in CASEBOOK_NEW_PASSPHRASE, with --new-passphrase-fd N, or run in a terminal"
                );
            };
            let strength = book.change_passphrase(&current, &new)?;
            if p.json {
                return p.json(&serde_json::json!({ "path": db, "changed": true, "strength": strength }));
            }
            println!("The passphrase of {} is changed; the old one no longer opens it.", db.display());
            println!("Backups made before keep the passphrase they were made with.");
            Ok(())
        }
    }
}

pub fn run_encrypt(db: &Path, p: &Printer) -> Result<()> {
    match casebook_app::database_kind(db)? {
        DatabaseKind::Plain => {}
        DatabaseKind::Encrypted => {
            bail!("'{}' is already encrypted (`casebook passphrase change` changes its passphrase)", db.display())
        }
        DatabaseKind::Missing => bail!("no database at '{}' (run `casebook init` first)", db.display()),
        DatabaseKind::NotADatabase => bail!("'{}' is not a Casebook database (not an SQLite file)", db.display()),
    }
    let Some(new) = new_passphrase(PASSPHRASE_FD.get().copied().flatten(), "--passphrase-fd", "CASEBOOK_PASSPHRASE")?
    else {
        bail!("no passphrase: give it in CASEBOOK_PASSPHRASE, with --passphrase-fd N, or run in a terminal");
    };
    let outcome = casebook_app::encrypt_database(db, &new, crate::clock()?, crate::actor())?;
    if p.json {
        return p.json(&outcome);
    }
    let c = &outcome.check;
    println!(
        "Encrypted {}: {} cases, {} documents, {} notes and an audit chain of {} entries, verified before the plain file was replaced.",
        db.display(),
        c.cases,
        c.documents,
        c.notes,
        c.audit.entries
    );
    if let Some(from) = c.audit.keyed_from {
        println!(
            "The audit chain is keyed by the passphrase from entry {from} on (HMAC-SHA-256); the entries before stay plain SHA-256."
        );
    }
    println!("Keep the passphrase safe: nobody can read the register without it.");
    Ok(())
}

pub fn run_backup(args: BackupArgs, db: &Option<PathBuf>, p: &Printer) -> Result<()> {
    match (args.out, args.command) {
        (Some(out), None) => {
            let book = crate::open(db, false)?;
            let check = book.backup(&out)?;
            if !check.encrypted {
                eprintln!(
                    "warning: the register is not encrypted, so neither is this backup (`casebook encrypt` encrypts it)"
                );
            }
            if p.json {
                p.json(&check)?;
            } else {
                println!("Backup written to {}", out.display());
                print_check(&check);
            }
            Ok(())
        }
        (None, Some(BackupCommand::Verify { file })) => {
            let passphrase = match casebook_app::database_kind(&file)? {
                DatabaseKind::Encrypted => Some(current_passphrase(&file)?),
                _ => None,
            };
            let check = casebook_app::verify_backup(&file, passphrase.as_ref())?;
            if p.json {
                p.json(&check)?;
            } else {
                print_check(&check);
            }
            match check.problem() {
                None => Ok(()),
                Some(problem) => bail!("'{}' does not verify: {problem}", file.display()),
            }
        }
        (None, Some(BackupCommand::Status)) => backup_status(&crate::open(db, false)?, p),
        (None, Some(BackupCommand::Remind { days })) => backup_remind(&crate::open(db, false)?, days, p),
        (None, None) => bail!("give --out FILE for a backup, or one of: verify FILE, status, remind --days N"),
        (Some(_), Some(_)) => unreachable!("clap keeps --out and a subcommand apart"),
    }
}

/// `backup status` on either register: the last backup, the policy, and
/// the reminder when one is due.
pub(crate) fn backup_status(book: &dyn BackupBook, p: &Printer) -> Result<()> {
    let last = book.last_backup()?;
    let policy = book.backup_reminder_policy()?;
    let reminder = book.backup_reminder()?;
    if p.json {
        return p.json(&serde_json::json!({ "last_backup": last, "policy": policy, "reminder": reminder }));
    }
    match &last {
        Some(b) => println!(
            "Last backup: {} to {} ({} cases, {}){}",
            b.at.format("%Y-%m-%d %H:%M UTC"),
            b.file.display(),
            b.cases,
            if b.encrypted { "encrypted" } else { "not encrypted" },
            b.by.as_ref().map(|by| format!(", by {by}")).unwrap_or_default()
        ),
        None => println!("No backup was ever made of this register."),
    }
    match policy.every_days {
        0 => println!("Reminder: off"),
        n => println!("Reminder: after {} without a backup", casebook_core::days(n)),
    }
    if let Some(r) = reminder {
        println!("Due: {}", r.message());
    }
    Ok(())
}

/// `backup remind --days N` on either register.
pub(crate) fn backup_remind(book: &dyn BackupBook, days: u32, p: &Printer) -> Result<()> {
    let policy = book.set_backup_reminder_days(days)?;
    if p.json {
        p.json(&policy)?;
    } else if days == 0 {
        println!("Backup reminders are off.");
    } else {
        println!("Reminding when the last backup is more than {} old.", casebook_core::days(days));
    }
    Ok(())
}

pub(crate) fn print_check(c: &BackupCheck) {
    println!(
        "  file:        {} ({} bytes, {})",
        c.path.display(),
        c.bytes,
        if c.encrypted { "encrypted" } else { "not encrypted" }
    );
    println!("  integrity:   {}", c.integrity);
    match (&c.audit.first_broken, &c.audit.problem) {
        (None, None) => match c.audit.keyed_from {
            Some(from) => println!(
                "  audit chain: intact, {} entries, keyed by the passphrase from entry {from}",
                c.audit.entries
            ),
            None => println!("  audit chain: intact, {} entries", c.audit.entries),
        },
        (_, problem) => println!("  audit chain: BROKEN: {}", problem.as_deref().unwrap_or("")),
    }
    println!("  holds:       {} cases, {} documents, {} notes (schema {})", c.cases, c.documents, c.notes, c.schema);
}

pub fn run_restore(args: RestoreArgs, db: &Path, p: &Printer) -> Result<()> {
    let passphrase = match casebook_app::database_kind(&args.file)? {
        DatabaseKind::Encrypted => Some(current_passphrase(&args.file)?),
        _ => None,
    };
    let outcome =
        casebook_app::restore_backup(&args.file, db, passphrase.as_ref(), args.force, crate::clock()?, crate::actor())?;
    if p.json {
        return p.json(&outcome);
    }
    if !outcome.restored.encrypted {
        eprintln!(
            "warning: the backup is not encrypted, so neither is the restored register (`casebook encrypt` encrypts it)"
        );
    }
    println!("Restored {} into {}", args.file.display(), db.display());
    print_check(&outcome.restored);
    if let Some(kept) = &outcome.previous_kept_as {
        println!("The database it replaced is kept as {} (delete it once you no longer need it).", kept.display());
    }
    if !outcome.template_files.is_empty() {
        println!(
            "The team register's own letter templates, as its backup recorded them, written where letters read them:"
        );
        for f in &outcome.template_files {
            println!("  {f}");
        }
    }
    if let Some(why) = &outcome.templates_not_written {
        eprintln!(
            "warning: the team register's own letter templates were not written ({why}); they stay recorded in the restored register's last audit entry"
        );
    }
    Ok(())
}

/// The backup reminder, on stderr so that scripts reading stdout never see it.
pub fn remind(book: &dyn BackupBook) {
    if let Ok(Some(r)) = book.backup_reminder() {
        eprintln!("reminder: {}", r.message());
    }
}
