//! `casebook team migrate --from FILE.db --to postgres://…`: a local register
//! moved whole into a team register just made by `team init` (the façade's
//! `team_migrate`), and what reading it back found.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use casebook_app::TeamMigration;

use crate::output::Printer;

/// Opens the file as every command does (its passphrase from
/// CASEBOOK_PASSPHRASE or a prompt; an older schema upgraded first), moves
/// it, and prints the counts and heads compared; fails when they differ.
pub fn run_migrate(from: &Path, to: &str, clock: casebook_app::Clock, actor: String, p: &Printer) -> Result<ExitCode> {
    let casebook_app::Location::Postgres(config) = casebook_app::register_location(to.as_ref())? else {
        bail!("invalid team register '{to}': expected postgres://USER@HOST[:PORT]/DATABASE");
    };
    if !from.exists() {
        bail!("no local register at '{}' to move (--from)", from.display());
    }
    let book = crate::protect::open_book(from, false, clock, actor)?;
    let moved = casebook_app::team_migrate(&book, from, &config)?;
    print(&moved, p)?;
    Ok(if moved.matches { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn print(m: &TeamMigration, p: &Printer) -> Result<()> {
    if p.json {
        println!("{}", serde_json::to_string_pretty(m)?);
        return Ok(());
    }
    let moved = &m.moved;
    println!(
        "Moved '{}' into {} as {}: {} cases, {} audit entries (local head {}).",
        m.from, m.register, moved.by, moved.cases, moved.entries, moved.local_head
    );
    println!("Rows per table, file → team register:");
    for t in &moved.tables {
        let note = match (t.table.as_str(), moved.templates.len()) {
            ("audit_log", 0) => " (with the move's own entry)".to_string(),
            ("audit_log", n) => format!(" (with the move's own entry and one for each own template, {n})"),
            _ => String::new(),
        };
        println!("  {:<30} {:>8} → {:>8}{note}", t.table, t.local, t.team);
    }
    if !moved.not_moved.is_empty() {
        println!(
            "Kept on the file only: the settings {} (the team register keeps its own).",
            moved.not_moved.join(", ")
        );
    }
    if moved.templates.is_empty() {
        println!("Own letter templates: none beside the file (letters use the built-in ones).");
    } else {
        println!(
            "Own letter templates moved into the team register: {} (from the templates folder beside the file).",
            moved.templates.join(", ")
        );
    }
    let a = &m.team_audit;
    println!(
        "Team register's audit chain: {} entries, {}; entry {} is the file's head{}; the move is entry {}, head {}.",
        a.entries,
        if a.is_intact() { "intact" } else { "NOT intact" },
        moved.entries,
        if moved.team_hash_at_local_head == moved.local_head { "" } else { " NOT" },
        moved.entry,
        a.head
    );
    if a.linked_only > 0 {
        println!(
            "{} entries of the file's keyed chain (HMAC under its passphrase's key, which stays with the file) are checked by their place in the chain.",
            a.linked_only
        );
    }
    if m.matches {
        println!("Every table holds the file's rows, every own template its text, and the chain verifies.");
    } else {
        for d in &m.differences {
            println!("Does not match: {d}");
        }
    }
    Ok(())
}
