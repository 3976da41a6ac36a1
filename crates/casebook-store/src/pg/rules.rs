//! The revision of the deadline rules a team register's stored due dates
//! were computed under (schema 17's `deadline_rules`; a local register keeps
//! it as its `deadline_rules` setting). A register made by this Casebook is
//! of its rules; one made or last brought up by an older Casebook has a
//! lower revision, or none, and a DPO member's next open recomputes the open
//! cases' dates and records the revision, audited as on a local register
//! (`settings.deadline_rules`). Only `casebook_dpo` may insert a row.

use chrono::Utc;

use super::PgStore;
use super::audit::append;
use crate::stored::instant;
use crate::{Result, RulesRevision, Stamp};

/// The revision in force: the highest recorded (0: none).
const IN_FORCE: &str = "SELECT coalesce(max(revision), 0) FROM deadline_rules";

/// Records `revision` with the references whose date moved; returns the
/// revision's JSON as a local register's setting holds it.
fn add_row(
    tx: &mut postgres::Transaction<'_>,
    update: &RulesRevision,
    at: &str,
) -> std::result::Result<String, postgres::Error> {
    let recomputed = serde_json::to_string(&update.recomputed).expect("references serialise");
    let revision = i32::try_from(update.revision).unwrap_or(i32::MAX);
    tx.execute(
        "INSERT INTO deadline_rules (revision, recomputed, set_at) VALUES ($1, $2, $3)",
        &[&revision, &recomputed, &at],
    )?;
    Ok(serde_json::to_string(update).expect("a revision serialises"))
}

impl PgStore {
    /// The revision of the deadline rules the open cases' stored dates were
    /// computed under (0: before schema 17, or never recorded).
    pub fn rules_revision(&mut self) -> Result<u32> {
        self.run("reading the deadline rules' revision", |c, _| {
            let revision: i32 = c.query_one(IN_FORCE, &[])?.get(0);
            Ok(u32::try_from(revision).unwrap_or(0))
        })
    }

    /// Whether the member connected may record a revision (and change the
    /// settings): a member of `casebook_dpo`.
    pub fn is_dpo(&mut self) -> Result<bool> {
        self.run("reading the member's roles", |c, _| {
            Ok(c.query_one("SELECT pg_has_role(current_user, 'casebook_dpo', 'MEMBER')", &[])?.get(0))
        })
    }

    /// Records that the open cases' dates are of `update.revision`, with the
    /// references whose date moved, audited as `settings.deadline_rules`
    /// (before: the revision it replaces). Refused by the database for a
    /// member who is not the DPO.
    pub fn record_rules(&mut self, update: &RulesRevision, stamp: Stamp<'_>) -> Result<()> {
        self.transact("recording the deadline rules' revision (only casebook_dpo may)", |tx, user| {
            let before: i32 = tx.query_one(IN_FORCE, &[])?.get(0);
            let before = (before > 0).then(|| format!("{{\"revision\":{before}}}"));
            let after = add_row(tx, update, &instant(stamp.at))?;
            append(tx, user, stamp.at, None, "settings.deadline_rules", before.as_deref(), Some(&after))?;
            Ok(())
        })
    }

    /// A new register holds no case: its dates are of the current rules. Not
    /// audited, like a new local file's: part of making the register.
    pub(super) fn record_current_rules(&mut self) -> Result<()> {
        let update = RulesRevision { revision: casebook_core::deadline::RULES_REVISION, recomputed: Vec::new() };
        self.transact("recording the deadline rules' revision", |tx, _| {
            add_row(tx, &update, &instant(Utc::now()))?;
            Ok(())
        })
    }
}
