//! What comes in, on a team register ([`IntakeRegister`] for [`PgStore`],
//! schema 11's documents, case_documents and correspondence, schema 13's
//! requesters' addresses and look-up of hidden messages): a document filed
//! on a case, a message or a posted letter opening a case or filed on the
//! one it answers; the same rows and audit entries as the local register's
//! (`crate::documents`).
//!
//! What a member may do is the database's to refuse, as for letters: those
//! who work cases write; an auditor's row lock (or new case) is refused by
//! its GRANTs; an HR case and its documents are hidden by row-level
//! security from members outside `casebook_hr`. Each write takes the case's
//! row lock first (`FOR UPDATE`), or creates the case, and ends with its
//! audit entries under the chain's lock, in one transaction.

use casebook_core::{Case, CaseId, NewCase};
use chrono::{DateTime, NaiveDate, Utc};
use postgres::Transaction;

use super::PgStore;
use super::audit::Chain;
use super::cases::{CaseInserts, Step, insert_case, insert_note, load_case};
use crate::intake::IntakeRegister;
use crate::stored::{instant, sha256_hex};
use crate::{Correspondence, DocumentRef, Error, IncomingMessage, NewDocument, RUNNING, Result, Stamp};

/// Locks the case's row for the rest of the transaction; its reference
/// (NotFound when there is none, or none this member may see).
pub(super) fn lock_case(tx: &mut Transaction<'_>, case: CaseId) -> Step<String> {
    let row = tx
        .query_opt("SELECT reference FROM cases WHERE id = $1 FOR UPDATE", &[&case.0])?
        .ok_or(Error::NotFound { what: "case", key: case.0.to_string() })?;
    Ok(row.get(0))
}

/// Marks the case changed now.
pub(super) fn touch(tx: &mut Transaction<'_>, case: CaseId, stamp: Stamp<'_>) -> Step<()> {
    tx.execute("UPDATE cases SET updated_at = $2 WHERE id = $1", &[&case.0, &instant(stamp.at)])?;
    Ok(())
}

/// Links a document to the case and stores its bytes once per content, with
/// its audit entry (`document.added`) on `chain`. The link is written
/// first, so that the file is readable through it (row-level security).
pub(super) fn attach(
    tx: &mut Transaction<'_>,
    chain: &mut Chain,
    user: &str,
    case: (i64, &str),
    doc: &NewDocument<'_>,
    at: DateTime<Utc>,
) -> Step<DocumentRef> {
    let sha = sha256_hex(doc.bytes);
    let size = doc.bytes.len() as i64;
    let id: i64 = tx
        .query_one(
            "INSERT INTO case_documents (case_id, sha256, role, file_name, added_at)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
            &[&case.0, &sha, &doc.role, &doc.file_name, &instant(at)],
        )?
        .get(0);
    tx.execute(
        "INSERT INTO documents (sha256, size, content_type, bytes) VALUES ($1, $2, $3, $4)
         ON CONFLICT (sha256) DO NOTHING",
        &[&sha, &size, &doc.content_type, &doc.bytes],
    )?;
    let r = DocumentRef {
        id,
        sha256: sha,
        size,
        content_type: doc.content_type.map(str::to_string),
        role: doc.role.to_string(),
        file_name: doc.file_name.map(str::to_string),
        added_at: at,
    };
    let record = serde_json::to_string(&r).expect("documents serialise");
    chain.append(tx, user, at, Some(case), "document.added", None, Some(&record))?;
    Ok(r)
}

/// Records a message or letter in or out, with its audit entry
/// (`correspondence.in|out`: what and when; the body is in the row); the
/// caller re-indexes the case.
pub(super) fn correspond(
    tx: &mut Transaction<'_>,
    chain: &mut Chain,
    user: &str,
    case: (i64, &str),
    c: &Correspondence,
    at: DateTime<Utc>,
) -> Step<i64> {
    let id: i64 = tx
        .query_one(
            "INSERT INTO correspondence (case_id, direction, channel, at, subject, body_text, message_id, sha256)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
            &[&case.0, &c.direction, &c.channel, &instant(c.at), &c.subject, &c.body_text, &c.message_id, &c.sha256],
        )?
        .get(0);
    let record = serde_json::json!({
        "id": id, "direction": c.direction, "channel": c.channel, "at": c.at,
        "subject": c.subject, "message_id": c.message_id, "sha256": c.sha256,
    });
    let action = format!("correspondence.{}", c.direction);
    chain.append(tx, user, at, Some(case), &action, None, Some(&record.to_string()))?;
    Ok(id)
}

/// The message as correspondence in, with its original and attachments
/// among the case's documents; the caller re-indexes the case.
fn file_in(
    tx: &mut Transaction<'_>,
    chain: &mut Chain,
    user: &str,
    case: (i64, &str),
    message: &IncomingMessage<'_>,
    at: DateTime<Utc>,
) -> Step<i64> {
    let mut c = message.correspondence.clone();
    c.sha256 = Some(attach(tx, chain, user, case, &message.original, at)?.sha256);
    for a in &message.attachments {
        attach(tx, chain, user, case, a, at)?;
    }
    correspond(tx, chain, user, case, &c, at)
}

/// None when no case holds a message with one of `message_ids` or this
/// `content`; when one the member may not see does (an HR case, hidden by
/// row-level security), the refusal naming the role that may import it:
/// not found, the message would be imported again, or an employee's reply
/// filed as a new case every member sees. Asked of schema 13's
/// `casebook_message_filed`, which tells only that.
fn hidden(c: &mut postgres::Client, user: &str, message_ids: &[String], content: Option<&str>) -> Step<Option<CaseId>> {
    let filed: bool = c.query_one("SELECT casebook_message_filed($1, $2)", &[&message_ids, &content])?.get(0);
    if !filed {
        return Ok(None);
    }
    let what = "importing a message: it is filed on a case this role may not see (an HR case): \
                a member of casebook_hr imports it"
        .to_string();
    Err(Error::PgRefused { user: user.to_string(), what }.into())
}

impl IntakeRegister for PgStore {
    fn attach_document(&mut self, case: CaseId, doc: &NewDocument<'_>, stamp: Stamp<'_>) -> Result<DocumentRef> {
        self.run("filing a document", |c, user| {
            let mut tx = c.transaction()?;
            let reference = lock_case(&mut tx, case)?;
            let mut chain = Chain::lock(&mut tx)?;
            let r = attach(&mut tx, &mut chain, user, (case.0, &reference), doc, stamp.at)?;
            chain.store_head(&mut tx)?;
            tx.commit()?;
            Ok(r)
        })
    }

    fn open_case_from_message(
        &mut self,
        new: &NewCase,
        due: Option<NaiveDate>,
        message: &IncomingMessage<'_>,
        notes: &[String],
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        self.run("creating a case", |c, user| {
            let mut tx = c.transaction()?;
            let sql = CaseInserts::prepare(&mut tx)?;
            let mut chain = Chain::lock(&mut tx)?;
            let id = insert_case(&mut tx, &sql, &mut chain, user, new, due, stamp.at)?;
            let reference: String = tx.query_one("SELECT reference FROM cases WHERE id = $1", &[&id])?.get(0);
            file_in(&mut tx, &mut chain, user, (id, &reference), message, stamp.at)?;
            chain.store_head(&mut tx)?;
            for note in notes {
                insert_note(&mut tx, user, id, note, stamp.at)?;
            }
            super::search::reindex_case(&mut tx, id)?;
            let case = load_case(&mut tx, id)?;
            tx.commit()?;
            Ok(case)
        })
    }

    fn file_message(&mut self, case: CaseId, message: &IncomingMessage<'_>, stamp: Stamp<'_>) -> Result<i64> {
        self.run("filing a message", |c, user| {
            let mut tx = c.transaction()?;
            let reference = lock_case(&mut tx, case)?;
            // Before the entries, which record the case as it stands.
            touch(&mut tx, case, stamp)?;
            let mut chain = Chain::lock(&mut tx)?;
            let id = file_in(&mut tx, &mut chain, user, (case.0, &reference), message, stamp.at)?;
            super::search::reindex_case(&mut tx, case.0)?;
            chain.store_head(&mut tx)?;
            tx.commit()?;
            Ok(id)
        })
    }

    /// A message that answers a case hidden from the member is refused
    /// ([`hidden`]), not taken for one that answers none.
    fn case_of_message(&mut self, message_ids: &[String]) -> Result<Option<CaseId>> {
        self.run("reading the correspondence", |c, user| {
            let statement = c.prepare("SELECT case_id FROM correspondence WHERE message_id = $1 LIMIT 1")?;
            for id in message_ids {
                if let Some(r) = c.query_opt(&statement, &[id])? {
                    return Ok(Some(CaseId(r.get(0))));
                }
            }
            let none: Option<&str> = None;
            hidden(c, user, message_ids, none)
        })
    }

    /// A message filed on a case hidden from the member is refused
    /// ([`hidden`]), not taken for one never filed.
    fn message_already_filed(&mut self, message_id: Option<&str>, sha256: &str) -> Result<Option<CaseId>> {
        self.run("reading the correspondence", |c, user| {
            // Two indexed lookups, as on the local register.
            if let Some(id) = message_id {
                let found = c.query_opt("SELECT case_id FROM correspondence WHERE message_id = $1 LIMIT 1", &[&id])?;
                if let Some(r) = found {
                    return Ok(Some(CaseId(r.get(0))));
                }
            }
            let found = c.query_opt("SELECT case_id FROM correspondence WHERE sha256 = $1 LIMIT 1", &[&sha256])?;
            if let Some(r) = found {
                return Ok(Some(CaseId(r.get(0))));
            }
            let ids: Vec<String> = message_id.map(str::to_string).into_iter().collect();
            hidden(c, user, &ids, Some(sha256))
        })
    }

    /// Through schema 13's `case_emails`, kept by a trigger on `cases`.
    fn open_cases_with_email(&mut self, email: &str) -> Result<Vec<CaseId>> {
        self.run("reading the open cases", |c, _| {
            let sql = format!(
                "SELECT e.case_id FROM case_emails e JOIN cases c ON c.id = e.case_id
                 WHERE e.email = lower($1) AND {RUNNING}
                 ORDER BY e.case_id"
            );
            Ok(c.query(&sql, &[&email])?.iter().map(|r| CaseId(r.get(0))).collect())
        })
    }
}
