//! Moving a local register to a team register (`casebook team migrate
//! --from FILE.db --to postgres://…`, issue #21): the file, opened as every
//! command opens it (its passphrase, its upgrade to this schema) and its
//! audit log verified, is copied whole into a team register just made by
//! `team init` (`casebook-store`'s `pg/migrate_in.rs`, one transaction), by
//! a member of casebook_dpo. The team register is then read back: its rows
//! per table against the file's, and its chain verified, the file's head at
//! the file's last entry.

use std::path::Path;

use casebook_store::{AuditReport, Error as StoreError, MigratedIn, PgConfig, PgStore};

use crate::{Casebook, Result};

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
    let mut team = PgStore::open(to)?;
    let moved = team.migrate_in(&local.store(), &from.display().to_string(), local.now())?;
    let team_audit = team.verify_audit()?;
    let differences = differences(&moved, &team_audit);
    Ok(TeamMigration {
        from: from.display().to_string(),
        register: to.to_string(),
        matches: differences.is_empty(),
        differences,
        moved,
        team_audit,
    })
}

/// What the team register, read back, does not hold as the file did.
fn differences(moved: &MigratedIn, team: &AuditReport) -> Vec<String> {
    let mut out = Vec::new();
    for t in &moved.tables {
        let expected = if t.table == "audit_log" { t.local + 1 } else { t.local };
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
    } else if team.entries != moved.entry {
        out.push(format!("the team register's chain has {} entries, expected {}", team.entries, moved.entry));
    }
    out
}
