//! Retention on a team register ([`RetentionRegister`] for [`PgStore`],
//! schema 14): the same deletions as the local register's
//! (`crate::case_retention`, `crate::document_retention`), each in one
//! transaction ending with its audit entry.
//!
//! Deleting is the DPO's: a handler's or an auditor's DELETE is refused by
//! the database's GRANTs. A deleted case's audit entries lose their text
//! through `casebook_erase_deleted_case` (their digests stay, so the chain
//! verifies). A stored file's bytes are deleted with the last link to them,
//! before the links go: row-level security reads a file through a link.
//! PostgreSQL keeps a deleted row's old version until its vacuum reclaims
//! the space, and in its write-ahead log and backups for as long as the
//! server keeps them; the README says what the server's administrator owns.

use casebook_core::CaseId;
use chrono::NaiveDate;

use super::PgStore;
use super::audit::append;
use super::cases::{RIGHTS_OF_CASE, Step};
use super::documents::{lock_case, touch};
use crate::case_retention::{ClosedCase, DeletedCase, RetentionRegister, closed_case_row};
use crate::stored::instant;
use crate::{CaseEvent, DocumentRef, Error, IDENTITY_DOCUMENT_DELETED, Result, Stamp};

/// Deletes the stored bytes of `hashes` that no link but `case`'s needs.
fn delete_unshared_bytes(tx: &mut postgres::Transaction<'_>, case: CaseId, hashes: &[String]) -> Step<usize> {
    let n = tx.execute(
        "DELETE FROM documents d WHERE d.sha256 = ANY($2)
           AND NOT EXISTS (SELECT 1 FROM case_documents cd WHERE cd.sha256 = d.sha256 AND cd.case_id <> $1)
           AND NOT EXISTS (SELECT 1 FROM correspondence co WHERE co.sha256 = d.sha256 AND co.case_id <> $1)",
        &[&case.0, &hashes],
    )?;
    Ok(n as usize)
}

impl RetentionRegister for PgStore {
    fn closed_cases(&mut self) -> Result<Vec<ClosedCase>> {
        self.run("reading the closed cases", |c, _| {
            let sql = format!(
                "SELECT c.id, c.reference, c.received, c.closed_on, c.outcome, c.regime, {RIGHTS_OF_CASE}
                 FROM cases c WHERE c.status = 'closed' ORDER BY c.closed_on, c.id"
            );
            Ok(c.query(&sql, &[])?.iter().map(closed_case_row).collect::<Result<_>>()?)
        })
    }

    fn delete_closed_case(
        &mut self,
        case: CaseId,
        tombstone: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<DeletedCase> {
        self.transact("deleting a closed case", |tx, user| {
            let reference: String = tx
                .query_opt("SELECT reference FROM cases WHERE id = $1 AND status = 'closed' FOR UPDATE", &[&case.0])?
                .ok_or_else(|| Error::NotFound { what: "closed case", key: case.to_string() })?
                .get(0);
            let hashes: Vec<String> = tx
                .query(
                    "SELECT sha256 FROM case_documents WHERE case_id = $1
                     UNION SELECT sha256 FROM correspondence WHERE case_id = $1 AND sha256 IS NOT NULL",
                    &[&case.0],
                )?
                .iter()
                .map(|r| r.get(0))
                .collect();
            let files_deleted = delete_unshared_bytes(tx, case, &hashes)?;
            // The rest hangs off the case with ON DELETE CASCADE.
            tx.execute("DELETE FROM cases WHERE id = $1", &[&case.0])?;
            let erased: i64 = tx.query_one("SELECT casebook_erase_deleted_case($1)", &[&case.0])?.get(0);
            let kept: i64 =
                tx.query_one("SELECT count(*) FROM audit_log WHERE case_id = $1 AND format = 1", &[&case.0])?.get(0);
            let after = tombstone.to_string();
            let case_of = Some((case.0, reference.as_str()));
            append(tx, user, stamp.at, case_of, crate::audit_state::CASE_DELETED, None, Some(&after))?;
            Ok(DeletedCase { files_deleted, audit_entries_erased: erased as usize, audit_entries_kept: kept as usize })
        })
    }

    fn after_deletions(&mut self) -> Result<()> {
        Ok(())
    }

    fn cases_with_identity_documents(&mut self) -> Result<Vec<CaseId>> {
        self.run("reading the identity documents held", |c, _| {
            let rows =
                c.query("SELECT DISTINCT case_id FROM case_documents WHERE role = 'identity' ORDER BY case_id", &[])?;
            Ok(rows.iter().map(|r| CaseId(r.get(0))).collect())
        })
    }

    fn delete_identity_document(
        &mut self,
        case: CaseId,
        doc: &DocumentRef,
        on: NaiveDate,
        detail: &serde_json::Value,
        stamp: Stamp<'_>,
    ) -> Result<CaseEvent> {
        self.transact("deleting an identity document", |tx, user| {
            let reference = lock_case(tx, case)?;
            let linked = tx.query_opt(
                "SELECT 1 FROM case_documents WHERE id = $1 AND case_id = $2 AND role = 'identity'",
                &[&doc.id, &case.0],
            )?;
            if linked.is_none() {
                return Err(Error::NotFound { what: "identity document", key: doc.id.to_string() }.into());
            }
            // The bytes first, while the link still lets this member read them.
            let still_used: i64 = tx
                .query_one(
                    "SELECT (SELECT count(*) FROM case_documents WHERE sha256 = $1 AND id <> $2)
                          + (SELECT count(*) FROM correspondence WHERE sha256 = $1)",
                    &[&doc.sha256, &doc.id],
                )?
                .get(0);
            let bytes_deleted = still_used == 0;
            if bytes_deleted {
                tx.execute("DELETE FROM documents WHERE sha256 = $1", &[&doc.sha256])?;
            }
            tx.execute("DELETE FROM case_documents WHERE id = $1", &[&doc.id])?;
            let record = crate::document_retention::deletion_record(detail, doc, bytes_deleted);
            let at = instant(stamp.at);
            let id: i64 = tx
                .query_one(
                    "INSERT INTO case_events (case_id, kind, on_date, detail, at) VALUES ($1, $2, $3, $4, $5)
                     RETURNING id",
                    &[&case.0, &IDENTITY_DOCUMENT_DELETED, &on.to_string(), &record.to_string(), &at],
                )?
                .get(0);
            touch(tx, case, stamp)?;
            let before = serde_json::to_string(doc).expect("documents serialise");
            let case_of = Some((case.0, reference.as_str()));
            append(tx, user, stamp.at, case_of, "document.deleted", Some(&before), Some(&record.to_string()))?;
            Ok(CaseEvent {
                id,
                kind: IDENTITY_DOCUMENT_DELETED.into(),
                on_date: on,
                detail: Some(record),
                at: stamp.at,
            })
        })
    }
}
