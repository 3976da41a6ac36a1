//! The audit chain of a team register: the SQLite log's format 3 (the same
//! `Entry3` hash, from `crate::audit`), appended by many members at once.
//!
//! Appending takes a transaction-scoped advisory lock first, so writers pass
//! the chain's head one at a time and every entry links to the one committed
//! before it; the lock is released by the commit or rollback of the writing
//! transaction, so a failed step leaves neither an entry nor a held lock. The
//! entry's actor is the connection's `current_user` (a policy on `audit_log`
//! refuses any other), and the entry is the transaction's last write.
//!
//! A local register moved in (`team migrate`, `migrate_in.rs`) brings its
//! history as it was: entries before the move's own may be of the local
//! formats, which verification checks as the file does (see `check_entry`).
//!
//! An entry about a case records the case's rows in `state` as a local
//! register's does (`case_state.rs`, from team schema 16 on; entries written
//! before carry none), and `verify_audit` replays each case's entries against
//! its live rows, naming a row changed, added or removed without an entry.

use chrono::{DateTime, Utc};
use postgres::{Statement, Transaction};

use super::PgStore;
use crate::audit::{Entry3, FORMAT, GENESIS, digest_matches, entry_hash, field_digest};
use crate::audit_state::CASE_DELETED;
use crate::{AuditReport, Result};

/// The advisory lock key of the audit chain ("casebook" in ASCII);
/// `pg_migrations/0009_case_counts.sql` takes it by number (7161131761776160619).
pub(super) const AUDIT_LOCK: i64 = 0x6361_7365_626f_6f6b;

/// The action of the entry that records a local register moved in (`team
/// migrate`, `pg/migrate_in.rs`): the entries before it are the local
/// register's history, of its formats.
pub const MIGRATED_ACTION: &str = "register.migrated";

/// Appends an entry inside the caller's transaction, after its last write
/// to the case; returns its id. The case's rows are read for the entry's
/// state before the chain's lock is taken, so members' steps on different
/// cases do that at once (see `case_state::entry_state` on why that is safe).
pub(crate) fn append(
    tx: &mut Transaction<'_>,
    user: &str,
    at: DateTime<Utc>,
    case: Option<(i64, &str)>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<i64, postgres::Error> {
    let state = state_of(tx, case, action)?;
    let mut chain = Chain::lock(tx)?;
    let id = chain.write(tx, user, at, case, action, before, after, state)?;
    chain.store_head(tx)?;
    Ok(id)
}

/// What an entry about `case` records of its rows (see `case_state`); none
/// about no case, or after its deletion.
fn state_of(
    tx: &mut Transaction<'_>,
    case: Option<(i64, &str)>,
    action: &str,
) -> Result<Option<String>, postgres::Error> {
    match case {
        Some((case_id, _)) if action != CASE_DELETED => Ok(Some(super::case_state::entry_state(tx, case_id)?)),
        _ => Ok(None),
    }
}

/// The chain's head held by one writing transaction: taken with the
/// advisory lock ([`Chain::lock`]), advanced by each entry appended, and
/// written back once ([`Chain::store_head`]) before the commit, so a batch
/// of cases is one lock, one read and one write of the head.
pub(crate) struct Chain {
    id: i64,
    hash: String,
    insert: Statement,
    /// The cases the transaction's entries name, told to listening members
    /// when it commits ([`CHANGES_CHANNEL`]).
    changed: Vec<String>,
}

/// The channel a committed write is announced on (`NOTIFY`), its payload
/// the references of the cases it changed, separated by spaces: empty for
/// a change of the register as a whole, `*` for more than [`MAX_TOLD`] cases.
/// PostgreSQL delivers it at the commit, and not at all after a rollback.
pub const CHANGES_CHANNEL: &str = "casebook_changes";
const MAX_TOLD: usize = 100;

impl Chain {
    /// Takes the chain's lock for the rest of the transaction and reads its head.
    pub(crate) fn lock(tx: &mut Transaction<'_>) -> Result<Chain, postgres::Error> {
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&AUDIT_LOCK])?;
        let head = tx.query_opt("SELECT id, hash FROM audit_head", &[])?;
        let (id, hash) = match head {
            Some(r) => (r.get(0), r.get(1)),
            None => (0, GENESIS.to_string()),
        };
        let insert = tx.prepare(
            "INSERT INTO audit_log (id, at, actor, case_id, reference, action, before, after, prev_hash, hash, format,
                 before_sha256, after_sha256, state, state_sha256)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)",
        )?;
        Ok(Chain { id, hash, insert, changed: Vec::new() })
    }

    /// Writes the next entry, linked to the one before it; returns its id.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn append(
        &mut self,
        tx: &mut Transaction<'_>,
        user: &str,
        at: DateTime<Utc>,
        case: Option<(i64, &str)>,
        action: &str,
        before: Option<&str>,
        after: Option<&str>,
    ) -> Result<i64, postgres::Error> {
        let state = state_of(tx, case, action)?;
        self.write(tx, user, at, case, action, before, after, state)
    }

    /// [`Chain::append`] with the entry's state read already.
    #[allow(clippy::too_many_arguments)]
    fn write(
        &mut self,
        tx: &mut Transaction<'_>,
        user: &str,
        at: DateTime<Utc>,
        case: Option<(i64, &str)>,
        action: &str,
        before: Option<&str>,
        after: Option<&str>,
        state: Option<String>,
    ) -> Result<i64, postgres::Error> {
        let id = self.id + 1;
        let at = crate::stored::instant(at);
        let (before_sha, after_sha, state_sha) =
            (field_digest(before), field_digest(after), field_digest(state.as_deref()));
        let entry = Entry3 {
            prev: &self.hash,
            id,
            at: &at,
            actor: user,
            case_id: case.map(|c| c.0),
            reference: case.map(|c| c.1),
            action,
            before_sha256: before_sha.as_deref(),
            after_sha256: after_sha.as_deref(),
            state_sha256: state_sha.as_deref(),
        };
        let hash = entry.hash();
        tx.execute(
            &self.insert,
            &[
                &id,
                &at,
                &user,
                &entry.case_id,
                &entry.reference,
                &action,
                &before,
                &after,
                &self.hash,
                &hash,
                &(FORMAT as i32),
                &before_sha,
                &after_sha,
                &state,
                &state_sha,
            ],
        )?;
        (self.id, self.hash) = (id, hash);
        if let Some((_, reference)) = case
            && !self.changed.iter().any(|r| r == reference)
        {
            self.changed.push(reference.to_string());
        }
        Ok(id)
    }

    /// Writes the head back: the transaction's last write to the chain.
    pub(crate) fn store_head(self, tx: &mut Transaction<'_>) -> Result<(), postgres::Error> {
        tx.execute(
            "INSERT INTO audit_head (one, id, hash) VALUES (true, $1, $2)
             ON CONFLICT (one) DO UPDATE SET id = excluded.id, hash = excluded.hash",
            &[&self.id, &self.hash],
        )?;
        let told = if self.changed.len() > MAX_TOLD { "*".to_string() } else { self.changed.join(" ") };
        tx.execute("SELECT pg_notify($1, $2)", &[&CHANGES_CHANNEL, &told])?;
        Ok(())
    }
}

impl PgStore {
    /// Appends one entry about no case, in a transaction of its own (a
    /// change of the register as a whole; also what the concurrency test drives).
    pub fn audit_event(&mut self, at: DateTime<Utc>, action: &str, after: Option<&str>) -> Result<i64> {
        let user = self.user.clone();
        let run = |client: &mut postgres::Client| -> Result<i64, postgres::Error> {
            let mut tx = client.transaction()?;
            let id = append(&mut tx, &user, at, None, action, None, after)?;
            tx.commit()?;
            Ok(id)
        };
        run(&mut self.client).map_err(|e| self.error(e))
    }

    /// The hash of entry `id` of the whole chain (64 zeros for entry 0; None
    /// past its end), whatever entries this member may read: what a letter's
    /// or package's anchor is checked against (`audit verify --against`).
    pub fn audit_hash_at(&mut self, id: i64) -> Result<Option<String>> {
        if id == 0 {
            return Ok(Some(GENESIS.to_string()));
        }
        let row = self
            .client
            .query_opt("SELECT hash FROM casebook_audit_links() WHERE id = $1", &[&id])
            .map_err(|e| self.error(e))?;
        Ok(row.map(|r| r.get(0)))
    }

    /// Walks the whole chain in one snapshot and names the first entry that
    /// does not verify, or a head that the log does not reach.
    pub fn verify_audit(&mut self) -> Result<AuditReport> {
        let result = (|| -> Result<AuditReport, postgres::Error> {
            let mut tx = self
                .client
                .build_transaction()
                .read_only(true)
                .isolation_level(postgres::IsolationLevel::RepeatableRead)
                .start()?;
            // The entries this member may read, and every entry's place in the chain.
            let rows = tx.query(
                "SELECT id, at, actor, case_id, reference, action, before, after, prev_hash, hash, format,
                        before_sha256, after_sha256, state, state_sha256
                 FROM audit_log ORDER BY id",
                &[],
            )?;
            let links = tx.query("SELECT id, prev_hash, hash FROM casebook_audit_links()", &[])?;
            let head = tx.query_opt("SELECT id, hash FROM audit_head", &[])?;
            // The live rows in the same snapshot, to replay the log against.
            let live = super::case_state::live_states(&mut tx)?;
            let cases = tx.query("SELECT id, reference FROM cases ORDER BY id", &[])?;
            let stored = changed_files(&mut tx)?;
            tx.commit()?;
            let mut report = AuditReport {
                entries: 0,
                first_broken: None,
                problem: None,
                head: String::new(),
                live_mismatches: Vec::new(),
                unchecked_cases: Vec::new(),
                checked_cases: 0,
                encrypted: false,
                keyed_from: None,
                linked_only: 0,
            };
            let mut expected_prev = GENESIS.to_string();
            let mut count = 0;
            let mut readable = rows.iter().peekable();
            // A local register's history moved in (`team migrate`) keeps its
            // entries' formats; entries before the move's own may be of any.
            let moved_at = rows.iter().find(|r| r.get::<_, String>(5) == MIGRATED_ACTION).map(|r| r.get::<_, i64>(0));
            for link in &links {
                count += 1;
                let id: i64 = link.get(0);
                let checked = match readable.next_if(|r| r.get::<_, i64>(0) == id) {
                    Some(r) => match check_entry(r, count, &expected_prev, moved_at.is_some_and(|m| id < m)) {
                        Ok(Checked::Hashed(hash)) => Ok(hash),
                        Ok(Checked::Keyed(hash)) => {
                            report.linked_only += 1;
                            Ok(hash)
                        }
                        Err(e) => Err(e),
                    },
                    None => {
                        report.linked_only += 1;
                        check_link(id, link.get(1), count, &expected_prev).map(|()| link.get(2))
                    }
                };
                match checked {
                    Ok(hash) => expected_prev = hash,
                    Err((at, why)) => {
                        report.entries = count;
                        report.first_broken = Some(at);
                        report.problem = Some(why);
                        return Ok(report);
                    }
                }
            }
            report.entries = count;
            let head: Option<(i64, String)> = head.map(|r| (r.get(0), r.get(1)));
            match head {
                Some((id, hash)) if id != count || hash != expected_prev => {
                    report.first_broken = Some(count + 1);
                    report.problem = Some(format!(
                        "the log ends at entry {count} but entry {id} was written: entries were removed from the end"
                    ));
                }
                None if count > 0 => {
                    report.first_broken = Some(1);
                    report.problem = Some("the chain's head record is missing".into());
                }
                _ => {
                    report.head = expected_prev;
                    replay_live(&rows, live, &cases, &mut report);
                    report.live_mismatches.extend(stored);
                    report.name_first_live_mismatch();
                }
            }
            Ok(report)
        })();
        result.map_err(|e| self.error(e))
    }
}

/// Stored files whose bytes no longer hash to their name, one line each.
fn changed_files(tx: &mut Transaction<'_>) -> Result<Vec<String>, postgres::Error> {
    use postgres::fallible_iterator::FallibleIterator;
    let no_params: [&(dyn postgres::types::ToSql + Sync); 0] = [];
    let mut rows = tx.query_raw("SELECT sha256, size, bytes FROM documents ORDER BY sha256", no_params)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let (sha, size, bytes): (String, i64, Vec<u8>) = (r.get(0), r.get(1), r.get(2));
        if crate::stored::sha256_hex(&bytes) != sha || size != bytes.len() as i64 {
            out.push(format!("stored file {sha}: its bytes no longer match its SHA-256 (changed outside Casebook)"));
        }
    }
    Ok(out)
}

/// Replays each case's entries (those this member may read) against its
/// live rows, as a local register's `audit verify` does: a row changed,
/// added or removed without an entry is named, as is a case with no entry
/// or one removed without its deletion's entry. A case whose last entries
/// record no state (written before team schema 16) is listed as unchecked.
fn replay_live(
    entries: &[postgres::Row],
    mut live: std::collections::HashMap<i64, crate::audit_state::CaseState>,
    cases: &[postgres::Row],
    report: &mut AuditReport,
) {
    use crate::audit_state::{Replay, describe};
    let mut logs: std::collections::BTreeMap<i64, (String, Replay, Option<String>)> = Default::default();
    for e in entries {
        let Some(case_id) = e.get::<_, Option<i64>>(3) else { continue };
        let log = logs.entry(case_id).or_insert_with(|| (String::new(), Replay::default(), None));
        let (id, action, format): (i64, String, i32) = (e.get(0), e.get(5), e.get(10));
        let state: Option<String> = e.get(13);
        let digest = e.get::<_, Option<String>>(14).is_some();
        if let Some(reference) = e.get::<_, Option<String>>(4) {
            log.0 = reference;
        }
        log.2 = Some(action.clone());
        if let Err(e) = log.1.entry(id, &action, format.into(), state.as_deref(), digest) {
            report.live_mismatches.push(e.to_string());
        }
    }
    for c in cases {
        let (id, reference): (i64, String) = (c.get(0), c.get(1));
        let rows = live.remove(&id).unwrap_or_default();
        let Some((logged, replay, last)) = logs.remove(&id) else {
            report.live_mismatches.push(format!(
                "{reference}: the case has no audit entry (added, or its entries removed, outside Casebook)"
            ));
            continue;
        };
        if last.as_deref() == Some(CASE_DELETED) {
            report
                .live_mismatches
                .push(format!("{reference}: the audit log records case id {id} as deleted, yet it is in the register"));
            continue;
        }
        if !logged.is_empty() && logged != reference {
            report
                .live_mismatches
                .push(format!("{reference}: cases.reference differs from the audit log, which names it {logged}"));
            continue;
        }
        match replay.state {
            None => report.unchecked_cases.push(reference),
            Some(recorded) => {
                report.checked_cases += 1;
                report.live_mismatches.extend(describe(&reference, &recorded, &rows));
            }
        }
    }
    for (id, (reference, _, last)) in logs {
        if last.as_deref() != Some(CASE_DELETED) {
            let reference = if reference.is_empty() { format!("case id {id}") } else { reference };
            report
                .live_mismatches
                .push(format!("{reference}: the case was removed from the register without an audit entry"));
        }
    }
}

/// One entry against the chain so far (`count` entries, the last hashing to
/// `expected_prev`): its hash, or the first broken entry and why.
/// An entry this member may not read, checked by its place in the chain:
/// where it should be, linked to the entry before; its own hash is taken as
/// stored (a member who may read it, or the DPO, checks its content).
fn check_link(id: i64, prev: &str, count: i64, expected_prev: &str) -> std::result::Result<(), (i64, String)> {
    if id != count {
        return Err((count, format!("entry {count} is missing")));
    }
    if prev != expected_prev {
        return Err((id, format!("entry {id} does not link to entry {}", id - 1)));
    }
    Ok(())
}

/// What checking a readable entry found: its hash recomputed, or (an entry
/// of a local register's keyed chain, moved in) its hash taken as stored.
enum Checked {
    Hashed(String),
    Keyed(String),
}

/// One entry against the chain so far. `moved` says the entry is of a local
/// register's history moved in before the move's own entry, which may be of
/// the local formats: 1 and 2 (SHA-256 over fewer columns) are recomputed
/// as the local register does; 4 (HMAC-SHA-256 under the local passphrase's
/// chain key, which does not move) is checked by its link and its texts'
/// digests, its hash taken as stored (the move verified it with the key).
fn check_entry(
    r: &postgres::Row,
    count: i64,
    expected_prev: &str,
    moved: bool,
) -> std::result::Result<Checked, (i64, String)> {
    let (id, prev): (i64, String) = (r.get(0), r.get(8));
    let broken = |why: String| (id, why);
    check_link(id, &prev, count, expected_prev)?;
    let format: i32 = r.get(10);
    if i64::from(format) != FORMAT && !(moved && matches!(format, 1 | 2 | 4)) {
        return Err(broken(format!("entry {id} has unknown format {format}")));
    }
    let (before, after, state): (Option<String>, Option<String>, Option<String>) = (r.get(6), r.get(7), r.get(13));
    let (before_sha, after_sha, state_sha): (Option<String>, Option<String>, Option<String>) =
        (r.get(11), r.get(12), r.get(14));
    let (at, actor, action): (String, String, String) = (r.get(1), r.get(2), r.get(5));
    let hash: String = r.get(9);
    if format == 1 || format == 2 {
        let (before, after) = if format == 1 {
            (before, after)
        } else {
            (field_digest(before.as_deref()).or(before_sha), field_digest(after.as_deref()).or(after_sha))
        };
        let computed = entry_hash(&prev, id, &at, &actor, r.get(3), &action, before.as_deref(), after.as_deref());
        return if computed == hash {
            Ok(Checked::Hashed(hash))
        } else {
            Err(broken(format!("entry {id} was altered")))
        };
    }
    let texts = [
        (before.as_deref(), before_sha.as_deref()),
        (after.as_deref(), after_sha.as_deref()),
        (state.as_deref(), state_sha.as_deref()),
    ];
    if !texts.iter().all(|(t, d)| digest_matches(*t, *d)) {
        return Err(broken(format!("entry {id} was altered")));
    }
    if format == 4 {
        return Ok(Checked::Keyed(hash));
    }
    let reference: Option<String> = r.get(4);
    let entry = Entry3 {
        prev: &prev,
        id,
        at: &at,
        actor: &actor,
        case_id: r.get(3),
        reference: reference.as_deref(),
        action: &action,
        before_sha256: before_sha.as_deref(),
        after_sha256: after_sha.as_deref(),
        state_sha256: state_sha.as_deref(),
    };
    if entry.hash() != hash {
        return Err(broken(format!("entry {id} was altered")));
    }
    Ok(Checked::Hashed(hash))
}

#[cfg(test)]
mod tests {
    /// Schema 9's count triggers take the chain's lock by its number.
    #[test]
    fn the_count_triggers_take_the_chain_s_lock() {
        let sql = include_str!("../../pg_migrations/0009_case_counts.sql");
        assert!(sql.contains(&format!("pg_advisory_xact_lock({})", super::AUDIT_LOCK)));
    }
}
