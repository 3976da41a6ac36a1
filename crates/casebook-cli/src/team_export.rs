//! A team register copied to a local file on the command line: `team
//! export --to FILE` (a new local register) and `backup --out FILE` on a
//! team register (a backup file, as a local register's).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use casebook_app::{Location, PgConfig, TeamBook, TeamExport};
use clap::Args;

use crate::output::Printer;
use crate::protect::{self, BackupArgs, BackupCommand};

#[derive(Args)]
pub struct ExportArgs {
    /// The new local register file to write (refused when it exists).
    #[arg(long, value_name = "FILE")]
    to: PathBuf,
    /// The team register (default: --db).
    #[arg(long, value_name = "postgres://…")]
    from: Option<String>,
    /// Write the file without encryption (else encrypted with the
    /// passphrase from --passphrase-fd, CASEBOOK_PASSPHRASE or a prompt).
    #[arg(long)]
    no_passphrase: bool,
}

/// `team export`: the team register `--from` (or `--db`) into a new file.
pub fn run_export(a: &ExportArgs, db: Option<&Path>, p: &Printer) -> Result<ExitCode> {
    let from = match (&a.from, db) {
        (Some(url), _) => PathBuf::from(url),
        (None, Some(db)) => db.to_path_buf(),
        (None, None) => bail!("`casebook team export` copies a team register: give --from postgres://… (or --db)"),
    };
    let Location::Postgres(config) = casebook_app::register_location(&from)? else {
        bail!(
            "`casebook team export` copies a team register, and '{}' is a local file: give --from postgres://USER@HOST[:PORT]/DATABASE",
            from.display()
        );
    };
    let passphrase = if a.no_passphrase {
        None
    } else {
        let Some(passphrase) = protect::passphrase_for_copy()? else {
            bail!(
                "no passphrase for '{}': give it in CASEBOOK_PASSPHRASE, with --passphrase-fd N, or run in a terminal; --no-passphrase writes it unencrypted",
                a.to.display()
            );
        };
        Some(passphrase)
    };
    let exported = casebook_app::team_export(&config, &a.to, passphrase.as_ref(), crate::clock()?)?;
    if p.json {
        p.json(&exported)?;
        return Ok(ExitCode::SUCCESS);
    }
    let export = &exported.export;
    if !export.check.encrypted {
        eprintln!("warning: '{}' is not encrypted (`casebook encrypt` encrypts it)", a.to.display());
    }
    println!("Exported {} to {} as {}.", export.register, a.to.display(), export.exported_by);
    print_export(export);
    if !exported.template_files.is_empty() {
        println!("  Own letter templates, written where the copy reads them:");
        for f in &exported.template_files {
            println!("    {f}");
        }
    }
    let c = &export.check;
    println!(
        "  {}: integrity {}, audit chain intact, {} entries (the last records the export), head {}",
        a.to.display(),
        c.integrity,
        c.audit.entries,
        c.audit.head
    );
    Ok(ExitCode::SUCCESS)
}

/// Each table's rows and the team's chain, as the snapshot held them.
fn print_export(e: &TeamExport) {
    println!("  Copied from one snapshot, each table's rows equal in the copy:");
    for t in &e.tables {
        println!("    {:<31} {}", t.table, t.rows);
    }
    println!("  Team audit chain: {} entries, head {}", e.team_entries, e.team_head);
    match e.templates.as_slice() {
        [] => println!("  Own letter templates: none (letters use the built-in ones)"),
        names => println!("  Own letter templates (their texts in the export's entry): {}", names.join(", ")),
    }
}

/// `backup` on a team register: `--out FILE` (encrypted, always, and
/// recorded in the team register as its last backup), `verify FILE`,
/// `status` and `remind --days N` (the DPO's).
pub fn run_team_backup(args: BackupArgs, config: &PgConfig, p: &Printer) -> Result<ExitCode> {
    let team = || -> Result<TeamBook> { crate::protect::open_team(config) };
    match (&args.out, &args.command) {
        (Some(out), None) => {
            let Some(passphrase) = protect::passphrase_for_copy()? else {
                bail!(
                    "a team register's backup is encrypted: give its passphrase in CASEBOOK_PASSPHRASE, with --passphrase-fd N, or run in a terminal"
                );
            };
            let made = casebook_app::team_backup(config, out, &passphrase, crate::clock()?)?;
            if p.json {
                p.json(&made)?;
                return Ok(ExitCode::SUCCESS);
            }
            println!("Backup of {} written to {} as {}.", made.export.register, out.display(), made.export.exported_by);
            print_export(&made.export);
            protect::print_check(&made.backup);
            Ok(ExitCode::SUCCESS)
        }
        (None, Some(BackupCommand::Status)) => protect::backup_status(&team()?, p).map(|()| ExitCode::SUCCESS),
        (None, Some(BackupCommand::Remind { days })) => {
            protect::backup_remind(&team()?, *days, p).map(|()| ExitCode::SUCCESS)
        }
        // `verify FILE` reads a file, on any register; nothing given is refused as on a local one.
        _ => protect::run_backup(args, &None, p).map(|()| ExitCode::SUCCESS),
    }
}
