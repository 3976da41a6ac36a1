//! `casebook import`: emails in.

use std::path::PathBuf;

use anyhow::{Result, bail};
use casebook_app::{ImportOutcome, ImportResult, IntakeBook};
use clap::Args;

use crate::output::Printer;

#[derive(Args)]
pub struct ImportArgs {
    /// .eml, .msg and .mbox files, or folders of them.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

fn describe(o: &ImportOutcome) -> String {
    let source = match o.message {
        Some(n) => format!("{} #{n}", o.file),
        None => o.file.clone(),
    };
    match &o.result {
        ImportResult::Created { reference, status, rights, due, duplicate_of, .. } => {
            let rights: Vec<&str> = rights.iter().map(|r| r.code()).collect();
            let due = due.map(|d| format!("due {d}")).unwrap_or_else(|| "no due date yet".into());
            let mut line = format!(
                "{source}: new case {reference} ({}; {}; {due})",
                rights.join(", "),
                status.label().to_lowercase()
            );
            if !duplicate_of.is_empty() {
                line.push_str(&format!(" — possible duplicate of {}", duplicate_of.join(", ")));
            }
            line
        }
        ImportResult::Filed { reference, reason } => format!("{source}: filed on {reference} ({reason})"),
        ImportResult::Skipped { reference, reason } => format!("{source}: skipped, {reason} on {reference}"),
        ImportResult::Failed { error } => format!("{source}: NOT IMPORTED: {error}"),
    }
}

/// Prints each outcome as it comes (text), or all of them at the end (JSON);
/// fails when any message could not be imported.
pub fn run_import(args: ImportArgs, book: &dyn IntakeBook, p: &Printer) -> Result<()> {
    let json = p.json;
    let outcomes = book.import_paths(&args.paths, &mut |o| {
        if !json {
            println!("{}", describe(o));
        }
    });
    if json {
        p.json(&outcomes)?;
    }
    let failed = outcomes.iter().filter(|o| o.failed()).count();
    if failed > 0 {
        bail!("{failed} of {} messages could not be imported (see above)", outcomes.len());
    }
    Ok(())
}
