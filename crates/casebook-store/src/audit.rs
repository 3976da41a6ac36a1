//! The audit log: an append-only, hash-chained record of every change.
//!
//! Entry n stores `hash = SHA-256(prev_hash ‖ id ‖ at ‖ actor ‖ case ‖ action ‖ before ‖ after)`
//! with `prev_hash` the hash of entry n-1 (64 zeros for the first). Editing an
//! entry breaks its own hash; deleting one breaks the next entry's link; and
//! the chain's head (last id and hash) is kept in `settings`, written in the
//! same transaction, so cutting entries off the end is detected too.
//!
//! Entries written from schema 7 on (`format` 2) hash the SHA-256 of `before`
//! and `after` instead of their text. When a closed case is deleted after its
//! retention period, the text of its entries (which names the requester) is
//! erased and only those two digests stay (`before_sha256`, `after_sha256`):
//! the chain still verifies, an erased entry still shows what was done when,
//! and no entry can be altered undetected. Entries of format 1 (written before
//! schema 7) cannot be erased without breaking the chain, so they keep their text.

use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::cached::Cached;
use crate::{Result, Stamp, Store};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const HEAD_KEY: &str = "audit_head";

/// One entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub case_id: Option<i64>,
    pub reference: Option<String>,
    pub action: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub hash: String,
}

/// The outcome of checking the whole chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditReport {
    pub entries: i64,
    /// The first entry that does not verify, and why; None when the chain is intact.
    pub first_broken: Option<i64>,
    pub problem: Option<String>,
}

impl AuditReport {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none() && self.problem.is_none()
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Head {
    id: i64,
    hash: String,
}

/// The text of a format-2 field as the hash sees it: its SHA-256 (None stays None).
pub(crate) fn field_digest(text: Option<&str>) -> Option<String> {
    text.map(|t| hex(&Sha256::digest(t.as_bytes())))
}

#[allow(clippy::too_many_arguments)]
fn entry_hash(
    prev: &str,
    id: i64,
    at: &str,
    actor: &str,
    case_id: Option<i64>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    // Length-prefix every field so that moving bytes between fields changes the hash.
    let case = case_id.map(|c| c.to_string()).unwrap_or_default();
    for field in [prev, &id.to_string(), at, actor, &case, action, before.unwrap_or("\u{0}"), after.unwrap_or("\u{0}")]
    {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Appends an entry inside the caller's transaction.
pub(crate) fn append(
    tx: &Transaction<'_>,
    stamp: Stamp<'_>,
    case: Option<(i64, &str)>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let head: Option<String> =
        tx.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
    let head: Head = match head {
        Some(json) => serde_json::from_str(&json).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}")))?,
        None => Head { id: 0, hash: GENESIS.to_string() },
    };
    let id = head.id + 1;
    let at = stamp.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let case_id = case.map(|c| c.0);
    let (before_digest, after_digest) = (field_digest(before), field_digest(after));
    let hash = entry_hash(
        &head.hash,
        id,
        &at,
        stamp.actor,
        case_id,
        action,
        before_digest.as_deref(),
        after_digest.as_deref(),
    );
    tx.exec(
        "INSERT INTO audit_log (id, at, actor, case_id, reference, action, before, after, prev_hash, hash, format)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 2)",
        params![id, at, stamp.actor, case_id, case.map(|c| c.1), action, before, after, head.hash, hash],
    )?;
    let head = serde_json::to_string(&Head { id, hash }).expect("head serialises");
    tx.exec(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![HEAD_KEY, head],
    )?;
    Ok(())
}

impl Store {
    /// Walks the whole chain and names the first entry that does not verify.
    pub fn verify_audit(&self) -> Result<AuditReport> {
        let mut stmt = self.conn.prepare(
            "SELECT id, at, actor, case_id, action, before, after, prev_hash, hash, format, before_sha256, after_sha256
             FROM audit_log ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        let mut expected_prev = GENESIS.to_string();
        let mut expected_id = 1;
        let mut count = 0;
        let broken = |id: i64, why: String| AuditReport { entries: 0, first_broken: Some(id), problem: Some(why) };
        while let Some(r) = rows.next()? {
            count += 1;
            let id: i64 = r.get(0)?;
            let at: String = r.get(1)?;
            let actor: String = r.get(2)?;
            let case_id: Option<i64> = r.get(3)?;
            let action: String = r.get(4)?;
            let before: Option<String> = r.get(5)?;
            let after: Option<String> = r.get(6)?;
            let prev: String = r.get(7)?;
            let hash: String = r.get(8)?;
            if id != expected_id {
                return Ok(AuditReport {
                    entries: count,
                    ..broken(expected_id, format!("entry {expected_id} is missing"))
                });
            }
            if prev != expected_prev {
                return Ok(AuditReport {
                    entries: count,
                    ..broken(id, format!("entry {id} does not link to entry {}", id - 1))
                });
            }
            let format: i64 = r.get(9)?;
            if format != 1 && format != 2 {
                return Ok(AuditReport {
                    entries: count,
                    ..broken(id, format!("entry {id} has unknown format {format}"))
                });
            }
            let computed = if format == 1 {
                entry_hash(&prev, id, &at, &actor, case_id, &action, before.as_deref(), after.as_deref())
            } else {
                // A present field is digested here (so changed text is caught even
                // though its digest is stored too); an erased one keeps only its digest.
                let before_sha: Option<String> = r.get(10)?;
                let after_sha: Option<String> = r.get(11)?;
                let before = field_digest(before.as_deref()).or(before_sha);
                let after = field_digest(after.as_deref()).or(after_sha);
                entry_hash(&prev, id, &at, &actor, case_id, &action, before.as_deref(), after.as_deref())
            };
            if computed != hash {
                return Ok(AuditReport { entries: count, ..broken(id, format!("entry {id} was altered")) });
            }
            expected_prev = hash;
            expected_id += 1;
        }
        let head: Option<String> =
            self.conn.one("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
        if let Some(head) = head {
            let head: Head =
                serde_json::from_str(&head).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}")))?;
            if head.id != count || head.hash != expected_prev {
                return Ok(AuditReport {
                    entries: count,
                    first_broken: Some(count + 1),
                    problem: Some(format!(
                        "the log ends at entry {count} but entry {} was written: entries were removed from the end",
                        head.id
                    )),
                });
            }
        } else if count > 0 {
            return Ok(AuditReport { entries: count, ..broken(1, "the chain's head record is missing".into()) });
        }
        Ok(AuditReport { entries: count, first_broken: None, problem: None })
    }

    /// The audit entries of one case, oldest first.
    pub fn audit_of_case(&self, case_id: casebook_core::CaseId) -> Result<Vec<AuditEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, actor, case_id, reference, action, before, after, hash
             FROM audit_log WHERE case_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([case_id.0], |r| {
            Ok(AuditEntry {
                id: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                case_id: r.get(3)?,
                reference: r.get(4)?,
                action: r.get(5)?,
                before: r.get(6)?,
                after: r.get(7)?,
                hash: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
