//! Deleting closed cases once their retention period has passed.
//!
//! One transaction per case removes the case and everything hanging off it
//! (rights, notes, events, documents links, correspondence, email index, the
//! full-text row), the stored bytes no other case refers to, and the text of
//! the case's audit entries (format 2 keeps their digests, so the chain still
//! verifies); it appends one `case.deleted` audit entry, the tombstone, which
//! holds only what the caller passes (reference, dates, outcome, no personal
//! data). `secure_delete` zeroes the freed pages and a WAL checkpoint then
//! pushes them into the main file, so no copy lingers in the log.
//!
//! That is not enough on its own: earlier updates of the case (closing it,
//! re-indexing it) left stale copies of its rows in the free space of pages
//! written without `secure_delete`, and a byte search of the file still found
//! the requester's name there. So a run that deleted anything ends with
//! [`Store::compact`], which rebuilds the file (`VACUUM`) without free space.

use casebook_core::{CaseId, Outcome, Regime, Right};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::audit::field_digest;
use crate::stored::{StoredRow, parse, parse_opt, parse_rights};
use crate::{Error, Result, Stamp, Store, audit};

/// What a retention decision needs to know about a closed case: no personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClosedCase {
    pub id: CaseId,
    pub reference: String,
    pub received: NaiveDate,
    /// None only for a case closed without a date (not possible through the façade).
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub regime: Regime,
    pub rights: Vec<Right>,
}

/// A closed case from a row of either back end whose columns are, in order:
/// id, reference, received, closed_on, outcome, regime, the rights (joined
/// by commas in order).
pub(crate) fn closed_case_row<R: StoredRow>(r: &R) -> std::result::Result<ClosedCase, R::Error> {
    Ok(ClosedCase {
        id: CaseId(r.int(0)?),
        reference: r.text(1)?,
        received: parse("date", r.text(2)?)?,
        closed_on: parse_opt("date", r.text_opt(3)?)?,
        outcome: parse_opt("outcome", r.text_opt(4)?)?,
        regime: parse("regime", r.text(5)?)?,
        rights: parse_rights(r.text_opt(6)?)?,
    })
}

/// What deleting one case removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DeletedCase {
    /// Stored files whose bytes went (content no other case refers to).
    pub files_deleted: usize,
    /// Audit entries of the case whose text was erased (digests kept).
    pub audit_entries_erased: usize,
    /// Audit entries written before schema 7, which keep their text.
    pub audit_entries_kept: usize,
}

impl Store {
    /// Rebuilds the database file so no deleted data survives in free space,
    /// then empties the write-ahead log. Takes as long as copying the file.
    pub fn compact(&mut self) -> Result<()> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        self.conn.execute_batch("VACUUM")?;
        // In-memory databases have no WAL; a busy reader only delays it.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(())
    }

    /// Every closed case, oldest closure first.
    pub fn closed_cases(&self) -> Result<Vec<ClosedCase>> {
        let mut stmt = self.conn.prepare(
            "SELECT c.id, c.reference, c.received, c.closed_on, c.outcome, c.regime,
                    (SELECT group_concat(right, ',') FROM (SELECT right FROM case_rights WHERE case_id = c.id ORDER BY position))
             FROM cases c WHERE c.status = 'closed' ORDER BY c.closed_on, c.id",
        )?;
        let rows = stmt.query_map([], |r| closed_case_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes closed case `case` (see the module comment), recording
    /// `tombstone` as the `after` of its `case.deleted` audit entry.
    pub fn delete_closed_case(
        &mut self,
        case: CaseId,
        tombstone: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<DeletedCase> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        let tx = self.conn.transaction()?;
        let reference: String = tx
            .query_row("SELECT reference FROM cases WHERE id = ?1 AND status = 'closed'", [case.0], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "closed case", key: case.to_string() })?;
        let hashes: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT sha256 FROM case_documents WHERE case_id = ?1
                 UNION SELECT sha256 FROM correspondence WHERE case_id = ?1 AND sha256 IS NOT NULL",
            )?;
            let rows = stmt.query_map([case.0], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        tx.execute("DELETE FROM case_search WHERE rowid = ?1", [case.0])?;
        // The rest hangs off the case with ON DELETE CASCADE.
        tx.execute("DELETE FROM cases WHERE id = ?1", [case.0])?;
        let mut files_deleted = 0;
        for sha in &hashes {
            files_deleted += tx.execute(
                "DELETE FROM documents WHERE sha256 = ?1
                   AND NOT EXISTS (SELECT 1 FROM case_documents WHERE sha256 = ?1)
                   AND NOT EXISTS (SELECT 1 FROM correspondence WHERE sha256 = ?1)",
                [sha],
            )?;
        }
        let entries: Vec<(i64, Option<String>, Option<String>)> = {
            let mut stmt = tx.prepare(
                "SELECT id, before, after FROM audit_log
                 WHERE case_id = ?1 AND format >= 2 AND (before IS NOT NULL OR after IS NOT NULL OR state IS NOT NULL)",
            )?;
            let rows = stmt.query_map([case.0], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        for (id, before, after) in &entries {
            tx.execute(
                "UPDATE audit_log SET before = NULL, after = NULL, state = NULL,
                        before_sha256 = coalesce(before_sha256, ?2), after_sha256 = coalesce(after_sha256, ?3)
                 WHERE id = ?1",
                params![id, field_digest(before.as_deref()), field_digest(after.as_deref())],
            )?;
        }
        let audit_entries_kept: i64 =
            tx.query_row("SELECT count(*) FROM audit_log WHERE case_id = ?1 AND format = 1", [case.0], |r| r.get(0))?;
        audit::append(
            &tx,
            stamp,
            Some((case.0, &reference)),
            crate::audit_state::CASE_DELETED,
            None,
            Some(&tombstone.to_string()),
        )?;
        tx.commit()?;
        // Push the zeroed pages into the main file so the WAL holds no copy.
        // In-memory databases have no WAL; a busy reader only delays it.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(DeletedCase {
            files_deleted,
            audit_entries_erased: entries.len(),
            audit_entries_kept: audit_entries_kept as usize,
        })
    }
}

/// What retention asks of a register, on either back end: the closed cases
/// and the identity documents held, and deleting them, each deletion in one
/// transaction with its audit entry.
pub trait RetentionRegister {
    /// Every closed case, oldest closure first.
    fn closed_cases(&mut self) -> Result<Vec<ClosedCase>>;
    /// Deletes closed case `case` with everything it holds, erases the text
    /// of its audit entries (their digests stay) and appends its
    /// `case.deleted` entry with `tombstone` as its `after`.
    fn delete_closed_case(
        &mut self,
        case: CaseId,
        tombstone: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<DeletedCase>;
    /// Once a run has deleted something: what the back end does so no copy
    /// lingers where the register can reach it (a local file is rebuilt
    /// without free space; a server's dead rows are its vacuum's to reclaim).
    fn after_deletions(&mut self) -> Result<()>;
    /// Cases holding at least one document with role `identity`.
    fn cases_with_identity_documents(&mut self) -> Result<Vec<CaseId>>;
    /// Deletes identity document `doc` of `case` (its bytes when no other
    /// link needs them), recording on the case an
    /// [`crate::IDENTITY_DOCUMENT_DELETED`] event with `detail`, the hash,
    /// size and name kept, audited (`document.deleted`).
    fn delete_identity_document(
        &mut self,
        case: CaseId,
        doc: &crate::DocumentRef,
        on: NaiveDate,
        detail: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<crate::CaseEvent>;
}

impl RetentionRegister for Store {
    fn closed_cases(&mut self) -> Result<Vec<ClosedCase>> {
        Store::closed_cases(self)
    }

    fn delete_closed_case(
        &mut self,
        case: CaseId,
        tombstone: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<DeletedCase> {
        Store::delete_closed_case(self, case, tombstone, stamp)
    }

    fn after_deletions(&mut self) -> Result<()> {
        self.compact()
    }

    fn cases_with_identity_documents(&mut self) -> Result<Vec<CaseId>> {
        Store::cases_with_identity_documents(self)
    }

    fn delete_identity_document(
        &mut self,
        case: CaseId,
        doc: &crate::DocumentRef,
        on: NaiveDate,
        detail: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<crate::CaseEvent> {
        Store::delete_identity_document(self, case, doc, on, detail, stamp)
    }
}
