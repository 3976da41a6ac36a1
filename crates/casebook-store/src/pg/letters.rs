//! Letters on a team register ([`LetterRegister`] for [`PgStore`], schema
//! 11): a case's drafts, sending one (its PDF among the case's documents,
//! the correspondence out), discarding it, withdrawing a letter sent; the
//! same rows, checks and audit entries as the local register's
//! (`crate::drafts`, `crate::documents`), read by the same row reader.
//!
//! What a member may do is the database's to refuse: those who work cases
//! (the DPO, handlers) write; an auditor's row lock is refused by its
//! GRANTs; an HR case's letters are hidden by row-level security from
//! members outside `casebook_hr`. Each write first takes the case's row lock
//! (`FOR UPDATE`), as a step does, and ends with its audit entries under the
//! chain's lock; who made, sent or discarded a letter is the database's
//! `current_user`.

use std::collections::HashMap;

use casebook_core::CaseId;
use postgres::Transaction;

use super::PgStore;
use super::audit::{Chain, append};
use super::cases::Step;
use super::documents::{attach, correspond, lock_case, touch};
use crate::documents::{CORRESPONDENCE_COLUMNS, DOCUMENT_COLUMNS, correspondence_row, document_row};
use crate::drafts::{
    DRAFT_COLUMNS, LetterRegister, WITHDRAWAL_COLUMNS, closed_error, draft_row, drafted_record, letter_document,
    withdrawal_row,
};
use crate::stored::{instant, sha256_hex};
use crate::{Correspondence, DocumentRef, DraftRow, Error, NewDraft, Result, Stamp, Withdrawal};

/// The error for draft `id` found no longer a draft: [`Error::Stale`] naming
/// who sent or discarded it and when, or NotFound when there is none.
fn closed_meanwhile(tx: &mut Transaction<'_>, case: CaseId, id: i64, reference: String) -> Step<Error> {
    let row =
        tx.query_opt("SELECT closed_by, closed_at FROM letter_drafts WHERE case_id = $1 AND id = $2", &[&case.0, &id])?;
    let closed = row.map(|r| (r.get(0), r.get(1)));
    Ok(closed_error(id, reference, closed, "another member"))
}

fn draft_not_found(id: i64) -> Error {
    Error::NotFound { what: "draft", key: id.to_string() }
}

impl LetterRegister for PgStore {
    fn add_draft(&mut self, case: CaseId, d: &NewDraft<'_>, stamp: Stamp<'_>) -> Result<i64> {
        self.transact("making a letter", |tx, user| {
            let reference = lock_case(tx, case)?;
            let sha = sha256_hex(d.pdf);
            let id: i64 = tx
                .query_one(
                    "INSERT INTO letter_drafts (case_id, kind, language, title, file_name, details, letter_date,
                         made_at, made_by, pdf, pdf_sha256, text, eml, message_id, state)
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, current_user, $9, $10, $11, $12, $13, 'draft')
                     RETURNING id",
                    &[
                        &case.0,
                        &d.kind,
                        &d.language,
                        &d.title,
                        &d.file_name,
                        &d.details,
                        &d.letter_date.to_string(),
                        &instant(stamp.at),
                        &d.pdf,
                        &sha,
                        &d.text,
                        &d.eml,
                        &d.message_id,
                    ],
                )?
                .get(0);
            touch(tx, case, stamp)?;
            let after = drafted_record(id, d, &sha).to_string();
            append(tx, user, stamp.at, Some((case.0, &reference)), "letter.drafted", None, Some(&after))?;
            Ok(id)
        })
    }

    fn drafts(&mut self, case: CaseId) -> Result<Vec<DraftRow>> {
        self.run("reading a case's letters", |c, _| {
            let sql = format!("SELECT {DRAFT_COLUMNS} FROM letter_drafts WHERE case_id = $1 ORDER BY id");
            Ok(c.query(&sql, &[&case.0])?.iter().map(draft_row).collect::<Result<_>>()?)
        })
    }

    fn draft(&mut self, case: CaseId, id: i64) -> Result<DraftRow> {
        self.run("reading a case's letters", |c, _| {
            let sql = format!("SELECT {DRAFT_COLUMNS} FROM letter_drafts WHERE case_id = $1 AND id = $2");
            let row = c.query_opt(&sql, &[&case.0, &id])?.ok_or_else(|| draft_not_found(id))?;
            Ok(draft_row(&row)?)
        })
    }

    fn draft_files(&mut self, case: CaseId, id: i64) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
        self.run("reading a case's letters", |c, _| {
            let row = c
                .query_opt("SELECT pdf, eml FROM letter_drafts WHERE case_id = $1 AND id = $2", &[&case.0, &id])?
                .ok_or_else(|| draft_not_found(id))?;
            Ok((row.get(0), row.get(1)))
        })
    }

    fn send_draft(&mut self, case: CaseId, id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64> {
        self.transact("sending a letter", |tx, user| {
            let reference = lock_case(tx, case)?;
            let found = tx.query_opt(
                "SELECT pdf, file_name, state FROM letter_drafts WHERE case_id = $1 AND id = $2 FOR UPDATE",
                &[&case.0, &id],
            )?;
            let Some(found) = found else { return Err(draft_not_found(id).into()) };
            let (pdf, file_name, state): (Vec<u8>, String, String) = (found.get(0), found.get(1), found.get(2));
            if state != "draft" {
                return Err(closed_meanwhile(tx, case, id, reference)?.into());
            }
            touch(tx, case, stamp)?;
            let at = instant(stamp.at);
            let case_ref = Some((case.0, reference.as_str()));
            let mut chain = Chain::lock(tx)?;
            // The PDF among the case's documents (stored once per content),
            // then the correspondence out with it as its original.
            let doc = letter_document(&pdf, &file_name);
            let sha = attach(tx, &mut chain, user, (case.0, &reference), &doc, stamp.at)?.sha256;
            let out = Correspondence { sha256: Some(sha.clone()), ..c.clone() };
            let correspondence = correspond(tx, &mut chain, user, (case.0, &reference), &out, stamp.at)?;
            tx.execute(
                "UPDATE letter_drafts SET state = 'sent', closed_at = $3, closed_by = current_user, correspondence_id = $4
                 WHERE case_id = $1 AND id = $2",
                &[&case.0, &id, &at, &correspondence],
            )?;
            let record = serde_json::json!({
                "draft": id, "correspondence": correspondence, "channel": c.channel, "at": c.at, "sha256": sha,
            });
            chain.append(tx, user, stamp.at, case_ref, "letter.sent", None, Some(&record.to_string()))?;
            super::search::reindex_case(tx, case.0)?;
            chain.store_head(tx)?;
            Ok(correspondence)
        })
    }

    fn discard_draft(&mut self, case: CaseId, id: i64, stamp: Stamp<'_>) -> Result<()> {
        self.transact("discarding a letter", |tx, user| {
            let reference = lock_case(tx, case)?;
            let n = tx.execute(
                "UPDATE letter_drafts SET state = 'discarded', closed_at = $3, closed_by = current_user
                 WHERE case_id = $1 AND id = $2 AND state = 'draft'",
                &[&case.0, &id, &instant(stamp.at)],
            )?;
            if n == 0 {
                return Err(closed_meanwhile(tx, case, id, reference)?.into());
            }
            touch(tx, case, stamp)?;
            let record = serde_json::json!({ "draft": id }).to_string();
            append(tx, user, stamp.at, Some((case.0, &reference)), "letter.discarded", None, Some(&record))?;
            Ok(())
        })
    }

    fn withdraw_correspondence(
        &mut self,
        case: CaseId,
        correspondence: i64,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        self.transact("withdrawing a letter", |tx, user| {
            let reference = lock_case(tx, case)?;
            tx.execute(
                "INSERT INTO correspondence_withdrawals (case_id, correspondence_id, reason, by_whom, at)
                 VALUES ($1, $2, $3, current_user, $4)",
                &[&case.0, &correspondence, &reason, &instant(stamp.at)],
            )?;
            touch(tx, case, stamp)?;
            let record = serde_json::json!({ "correspondence": correspondence, "reason": reason }).to_string();
            let case_ref = Some((case.0, reference.as_str()));
            append(tx, user, stamp.at, case_ref, "correspondence.withdrawn", None, Some(&record))?;
            Ok(())
        })
    }

    fn withdrawals(&mut self, case: CaseId) -> Result<Vec<Withdrawal>> {
        self.run("reading a case's letters", |c, _| {
            let sql =
                format!("SELECT {WITHDRAWAL_COLUMNS} FROM correspondence_withdrawals WHERE case_id = $1 ORDER BY id");
            Ok(c.query(&sql, &[&case.0])?.iter().map(withdrawal_row).collect::<Result<_>>()?)
        })
    }

    fn correspondence(&mut self, case: CaseId) -> Result<Vec<Correspondence>> {
        self.run("reading a case's correspondence", |c, _| {
            let sql = format!("SELECT {CORRESPONDENCE_COLUMNS} FROM correspondence WHERE case_id = $1 ORDER BY at, id");
            Ok(c.query(&sql, &[&case.0])?.iter().map(correspondence_row).collect::<Result<_>>()?)
        })
    }

    fn documents(&mut self, case: CaseId) -> Result<Vec<DocumentRef>> {
        self.run("reading a case's documents", |c, _| {
            let sql = format!(
                "SELECT {DOCUMENT_COLUMNS} FROM case_documents cd JOIN documents d ON d.sha256 = cd.sha256
                 WHERE cd.case_id = $1 ORDER BY cd.id"
            );
            Ok(c.query(&sql, &[&case.0])?.iter().map(document_row).collect::<Result<_>>()?)
        })
    }

    fn document_head(&mut self, sha256: &str, n: usize) -> Result<Vec<u8>> {
        self.run("reading a document", |c, _| {
            let row = c.query_opt(
                "SELECT substring(bytes FROM 1 FOR $2) FROM documents WHERE sha256 = $1",
                &[&sha256, &(n.min(i32::MAX as usize) as i32)],
            )?;
            Ok(row.ok_or_else(|| Error::NotFound { what: "document", key: sha256.to_string() })?.get(0))
        })
    }

    fn unsent_draft_titles(&mut self) -> Result<HashMap<i64, Vec<String>>> {
        self.run("reading the letters to send", |c, _| {
            let mut out: HashMap<i64, Vec<String>> = HashMap::new();
            for r in c.query("SELECT case_id, title FROM letter_drafts WHERE state = 'draft' ORDER BY id", &[])? {
                out.entry(r.get(0)).or_default().push(r.get(1));
            }
            Ok(out)
        })
    }

    fn owed_their_package(&mut self, only: Option<CaseId>) -> Result<std::collections::HashSet<i64>> {
        let sql = format!("{} AND ($1::bigint IS NULL OR d.case_id = $1)", crate::drafts::OWED_THEIR_PACKAGE);
        let only = only.map(|c| c.0);
        self.run("reading the access responses sent", |c, _| {
            Ok(c.query(&sql, &[&only])?.iter().map(|r| r.get(0)).collect())
        })
    }

    fn audit_anchor(&mut self) -> Result<String> {
        self.run("reading the audit chain's head", |c, _| {
            let head = c.query_opt("SELECT id, hash FROM audit_head", &[])?;
            let (id, hash): (i64, String) = match head {
                Some(r) => (r.get(0), r.get(1)),
                None => (0, crate::audit::GENESIS.to_string()),
            };
            Ok(format!("{}{id}:{hash}", crate::ANCHOR_PREFIX))
        })
    }
}
