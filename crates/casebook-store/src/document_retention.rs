//! Deleting identity documents once they are no longer needed.
//!
//! A copy of a passport is kept only until the identity decision is safely
//! made. Deleting one removes the case's link to it and, when nothing else
//! refers to the same content, its bytes (with SQLite's `secure_delete`, so the
//! freed pages are zeroed, then a WAL checkpoint so no copy lingers in the
//! log). The case keeps a clock-less event recording the document's hash,
//! size and name, and the deletion is audited in the same transaction.

use casebook_core::CaseId;
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use crate::{CaseEvent, DocumentRef, Error, Result, Stamp, Store, audit};

/// The event kind recorded on a case when an identity document is deleted.
pub const IDENTITY_DOCUMENT_DELETED: &str = "identity-document-deleted";

/// What the case keeps of a deleted identity document: `detail` (why, under
/// which rule) with the document's id, hash, size and name, and whether its
/// bytes went (no other link needed them). Both back ends record this.
pub(crate) fn deletion_record(detail: &serde_json::Value, doc: &DocumentRef, bytes_deleted: bool) -> serde_json::Value {
    let mut record = detail.clone();
    if let Some(map) = record.as_object_mut() {
        map.insert("document_id".into(), doc.id.into());
        map.insert("sha256".into(), doc.sha256.clone().into());
        map.insert("size".into(), doc.size.into());
        map.insert("file_name".into(), doc.file_name.clone().into());
        map.insert("bytes_deleted".into(), bytes_deleted.into());
    }
    record
}

impl Store {
    /// Cases holding at least one document with role `identity`.
    pub fn cases_with_identity_documents(&self) -> Result<Vec<CaseId>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT DISTINCT case_id FROM case_documents WHERE role = 'identity' ORDER BY case_id")?;
        let rows = stmt.query_map([], |r| Ok(CaseId(r.get(0)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Deletes identity document `doc` of `case` (see the module comment),
    /// recording `detail` (why and under which rule) with the hash kept.
    pub fn delete_identity_document(
        &mut self,
        case: CaseId,
        doc: &DocumentRef,
        on: NaiveDate,
        detail: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<CaseEvent> {
        self.conn.pragma_update(None, "secure_delete", true)?;
        let tx = self.conn.transaction()?;
        let removed = tx.execute(
            "DELETE FROM case_documents WHERE id = ?1 AND case_id = ?2 AND role = 'identity'",
            params![doc.id, case.0],
        )?;
        if removed == 0 {
            return Err(Error::NotFound { what: "identity document", key: doc.id.to_string() });
        }
        let still_used: i64 = tx.query_row(
            "SELECT (SELECT count(*) FROM case_documents WHERE sha256 = ?1)
                  + (SELECT count(*) FROM correspondence WHERE sha256 = ?1)",
            [&doc.sha256],
            |r| r.get(0),
        )?;
        let bytes_deleted = still_used == 0;
        if bytes_deleted {
            tx.execute("DELETE FROM documents WHERE sha256 = ?1", [&doc.sha256])?;
        }
        let record = deletion_record(detail, doc, bytes_deleted);
        let at = crate::stored::instant(stamp.at);
        tx.execute(
            "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case.0, IDENTITY_DOCUMENT_DELETED, on.to_string(), record.to_string(), at],
        )?;
        let event = CaseEvent {
            id: tx.last_insert_rowid(),
            kind: IDENTITY_DOCUMENT_DELETED.into(),
            on_date: on,
            detail: Some(record.clone()),
            at: stamp.at,
        };
        tx.execute("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![case.0, at])?;
        let reference: String = tx
            .query_row("SELECT reference FROM cases WHERE id = ?1", [case.0], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "case", key: case.to_string() })?;
        let before = serde_json::to_string(doc).expect("documents serialise");
        audit::append(
            &tx,
            stamp,
            Some((case.0, &reference)),
            "document.deleted",
            Some(&before),
            Some(&record.to_string()),
        )?;
        tx.commit()?;
        // Push the zeroed pages into the main file so the WAL holds no copy.
        // In-memory databases have no WAL; a busy reader only delays it.
        let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(event)
    }
}
