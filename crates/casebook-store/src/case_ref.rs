//! A case's reference from its row id: what an audit entry names, looked up
//! in the writing transaction by every module that writes about a case; and
//! the check, in that transaction, that the case is still as it was read.

use rusqlite::OptionalExtension;

use crate::cached::Cached;
use crate::{Error, Result};

/// The reference of case `case_id`, or not-found.
pub(crate) fn reference_of(tx: &rusqlite::Connection, case_id: i64) -> Result<String> {
    tx.one("SELECT reference FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "case", key: case_id.to_string() })
}

/// Inside the writing transaction: case `id` (`reference`) is still as it
/// was read at version `seen` (its latest audit entry's id); otherwise
/// [`Error::Stale`] naming who changed it last, and when. No check without `seen`.
pub(crate) fn check_version_of(tx: &rusqlite::Connection, id: i64, reference: &str, seen: Option<i64>) -> Result<()> {
    let Some(seen) = seen else { return Ok(()) };
    let latest: Option<(i64, String, String)> = tx
        .prepare_cached("SELECT id, actor, at FROM audit_log WHERE case_id = ?1 ORDER BY id DESC LIMIT 1")?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?;
    match latest {
        Some((version, by, at)) if version != seen => Err(Error::stale(reference, by, &at)),
        _ => Ok(()),
    }
}
