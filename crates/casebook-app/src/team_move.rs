//! Moving a local register to a team register (`casebook team migrate
//! --from FILE.db --to postgres://…`, issue #21): the file, opened as every
//! command opens it (its passphrase, its upgrade to this schema) and its
//! audit log verified, is copied whole into a team register just made by
//! `team init` (`casebook-store`'s `pg/migrate_in.rs`, one transaction), by
//! a member of casebook_dpo. The team register is then read back: its rows
//! per table against the file's, and its chain verified, the file's head at
//! the file's last entry. The own letter templates the file keeps beside it
//! move with it (rows of the team's `letter_templates`), and are compared too.

use std::path::Path;

use casebook_store::{AuditReport, Error as StoreError, MigratedIn, PgConfig, PgStore, TemplateMovedIn};

use crate::templates::{MAX_TEMPLATE_BYTES, TemplateShelf};
use crate::{Casebook, DocumentsSaid, Error, Result};

/// What `team migrate` did, and what reading the team register back found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TeamMigration {
    /// The local file moved.
    pub from: String,
    /// The team register, without its password.
    pub register: String,
    #[serde(flatten)]
    pub moved: MigratedIn,
    /// The team register's audit chain, verified after the move.
    pub team_audit: AuditReport,
    /// Every table holds the file's rows (the audit log one more: the move's
    /// entry), the chain verifies, and the file's head is its entry there.
    pub matches: bool,
    /// What does not match, one line each (empty when `matches`).
    pub differences: Vec<String>,
}

/// Moves `local` (the file at `from`) into the team register `to`. Refused,
/// naming why: a file whose audit log does not verify, a member outside
/// casebook_dpo, a team register that already holds anything.
pub fn team_migrate(local: &Casebook, from: &Path, to: &PgConfig) -> Result<TeamMigration> {
    let verified = local.verify_audit()?;
    if !verified.is_intact() {
        let why = verified
            .problem
            .clone()
            .or_else(|| verified.live_mismatches.first().cloned())
            .unwrap_or_else(|| "it does not verify".into());
        return Err(StoreError::Unverified {
            path: from.to_path_buf(),
            problem: format!(
                "its audit log is not intact ({why}); `casebook audit verify` says more: a register moves to a team only whole and verified"
            ),
        }
        .into());
    }
    let templates = own_templates(local)?;
    let mut team = PgStore::open(to)?;
    let moved = team.migrate_in(&local.store(), &from.display().to_string(), &templates, local.now())?;
    let team_audit = team.verify_audit()?;
    let mut differences = differences(&moved, &team_audit);
    differences.extend(template_differences(&templates, &team.own_letter_templates()?));
    Ok(TeamMigration {
        from: from.display().to_string(),
        register: to.to_string(),
        matches: differences.is_empty(),
        differences,
        moved,
        team_audit,
    })
}

/// The own letter templates the file keeps beside it (its folder's
/// `templates/<lang>/<kind>.txt`, as its letters use them), to move with it.
/// One that cannot be read, or is larger than a team register keeps, stops
/// the move before anything is written, naming its file.
fn own_templates(local: &Casebook) -> Result<Vec<TemplateMovedIn>> {
    let mut out = Vec::new();
    for own in local.own_copies()? {
        let file = own.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        let text =
            own.text.map_err(|detail| Error::refused(DocumentsSaid::FileUnreadable { path: file.clone(), detail }))?;
        if text.len() > MAX_TEMPLATE_BYTES {
            return Err(Error::refused(DocumentsSaid::TemplateTooLarge {
                template: file,
                kib: text.len().div_ceil(1024) as u64,
                max_kib: (MAX_TEMPLATE_BYTES / 1024) as u64,
            }));
        }
        out.push(TemplateMovedIn { language: own.language, kind: own.file, text, file });
    }
    Ok(out)
}

/// Each template moved, against the one in force on the team register.
fn template_differences(moved: &[TemplateMovedIn], team: &[casebook_store::OwnTemplate]) -> Vec<String> {
    let mut out = Vec::new();
    for t in moved {
        match team.iter().find(|o| o.language == t.language && o.kind == t.kind) {
            Some(o) if o.text == t.text => {}
            Some(_) => out.push(format!("letter template {}/{}.txt differs on the team register", t.language, t.kind)),
            None => out.push(format!("letter template {}/{}.txt is not on the team register", t.language, t.kind)),
        }
    }
    if team.len() != moved.len() {
        out.push(format!("the team register has {} own letter templates, the file {}", team.len(), moved.len()));
    }
    out
}

/// What the team register, read back, does not hold as the file did.
fn differences(moved: &MigratedIn, team: &AuditReport) -> Vec<String> {
    let mut out = Vec::new();
    // The move's entry, then one for each template moved.
    let added = 1 + moved.templates.len() as i64;
    for t in &moved.tables {
        let expected = if t.table == "audit_log" { t.local + added } else { t.local };
        if t.team != expected {
            out.push(format!(
                "{}: {} rows on the file, {} on the team register (expected {expected})",
                t.table, t.local, t.team
            ));
        }
    }
    if moved.team_hash_at_local_head != moved.local_head {
        out.push(format!(
            "entry {} is {} on the team register, but the file's head is {}",
            moved.entries, moved.team_hash_at_local_head, moved.local_head
        ));
    }
    if !team.is_intact() {
        out.push(format!(
            "the team register's audit chain does not verify: {}",
            team.problem.as_deref().unwrap_or("see `casebook audit verify`")
        ));
    } else if team.entries != moved.entry + added - 1 {
        let expected = moved.entry + added - 1;
        out.push(format!("the team register's chain has {} entries, expected {expected}", team.entries));
    }
    out
}
