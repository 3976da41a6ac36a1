//! A case's reference from its row id: what an audit entry names, looked up
//! in the writing transaction by every module that writes about a case.

use rusqlite::OptionalExtension;

use crate::cached::Cached;
use crate::{Error, Result};

/// The reference of case `case_id`, or not-found.
pub(crate) fn reference_of(tx: &rusqlite::Connection, case_id: i64) -> Result<String> {
    tx.one("SELECT reference FROM cases WHERE id = ?1", [case_id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound { what: "case", key: case_id.to_string() })
}
