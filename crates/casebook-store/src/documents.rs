//! Documents (stored once per SHA-256 content hash) and correspondence in and
//! out. A sender's file name is kept as metadata only, never used as a path.

use casebook_core::CaseId;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::{Deserialize, Serialize};

use crate::cached::Cached;
use crate::case_ref::reference_of;
use crate::stored::{StoredRow, instant, parse, sha256_hex};
use crate::{Error, Result, Stamp, Store, audit, search};

/// A file to attach to a case.
#[derive(Debug, Clone)]
pub struct NewDocument<'a> {
    pub bytes: &'a [u8],
    pub content_type: Option<&'a str>,
    /// evidence | attachment | scan | letter | identity
    pub role: &'a str,
    pub file_name: Option<&'a str>,
}

/// A document as listed on a case (without its bytes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DocumentRef {
    pub id: i64,
    pub sha256: String,
    pub size: i64,
    pub content_type: Option<String>,
    pub role: String,
    pub file_name: Option<String>,
    pub added_at: DateTime<Utc>,
}

/// A message or letter on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Correspondence {
    pub id: i64,
    /// "in" or "out"
    pub direction: String,
    pub channel: String,
    pub at: DateTime<Utc>,
    pub subject: Option<String>,
    pub body_text: Option<String>,
    pub message_id: Option<String>,
    /// The original (an email's bytes, a letter's PDF) in `documents`.
    pub sha256: Option<String>,
}

/// A case's documents' columns in the order [`document_row`] reads them
/// (both back ends), from `case_documents cd JOIN documents d`.
pub(crate) const DOCUMENT_COLUMNS: &str =
    "cd.id, cd.sha256, d.size, d.content_type, cd.role, cd.file_name, cd.added_at";

/// A document as listed from a row of either back end ([`DOCUMENT_COLUMNS`]).
pub(crate) fn document_row<R: StoredRow>(r: &R) -> std::result::Result<DocumentRef, R::Error> {
    Ok(DocumentRef {
        id: r.int(0)?,
        sha256: r.text(1)?,
        size: r.int(2)?,
        content_type: r.text_opt(3)?,
        role: r.text(4)?,
        file_name: r.text_opt(5)?,
        added_at: parse("instant", r.text(6)?)?,
    })
}

/// Correspondence's columns in the order [`correspondence_row`] reads them (both back ends).
pub(crate) const CORRESPONDENCE_COLUMNS: &str = "id, direction, channel, at, subject, body_text, message_id, sha256";

/// A message or letter from a row of either back end ([`CORRESPONDENCE_COLUMNS`]).
pub(crate) fn correspondence_row<R: StoredRow>(r: &R) -> std::result::Result<Correspondence, R::Error> {
    Ok(Correspondence {
        id: r.int(0)?,
        direction: r.text(1)?,
        channel: r.text(2)?,
        at: parse("instant", r.text(3)?)?,
        subject: r.text_opt(4)?,
        body_text: r.text_opt(5)?,
        message_id: r.text_opt(6)?,
        sha256: r.text_opt(7)?,
    })
}

/// Stores the bytes once (by hash) and links them to the case.
pub(crate) fn attach_in(
    tx: &Transaction<'_>,
    case_id: i64,
    doc: &NewDocument<'_>,
    stamp: Stamp<'_>,
) -> Result<DocumentRef> {
    let sha = sha256_hex(doc.bytes);
    tx.exec(
        "INSERT INTO documents (sha256, size, content_type, bytes) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT(sha256) DO NOTHING",
        params![sha, doc.bytes.len() as i64, doc.content_type, doc.bytes],
    )?;
    tx.exec(
        "INSERT INTO case_documents (case_id, sha256, role, file_name, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![case_id, sha, doc.role, doc.file_name, instant(stamp.at)],
    )?;
    let r = DocumentRef {
        id: tx.last_insert_rowid(),
        sha256: sha,
        size: doc.bytes.len() as i64,
        content_type: doc.content_type.map(str::to_string),
        role: doc.role.to_string(),
        file_name: doc.file_name.map(str::to_string),
        added_at: stamp.at,
    };
    let reference = reference_of(tx, case_id)?;
    let record = serde_json::to_string(&r).expect("documents serialise");
    audit::append(tx, stamp, Some((case_id, &reference)), "document.added", None, Some(&record))?;
    Ok(r)
}

pub(crate) fn correspond_in(tx: &Transaction<'_>, case_id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64> {
    let id = correspond_unindexed(tx, case_id, c, stamp)?;
    search::reindex_case(tx, case_id)?;
    Ok(id)
}

fn correspond_unindexed(tx: &Transaction<'_>, case_id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64> {
    tx.exec(
        "INSERT INTO correspondence (case_id, direction, channel, at, subject, body_text, message_id, sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![case_id, c.direction, c.channel, instant(c.at), c.subject, c.body_text, c.message_id, c.sha256],
    )?;
    let id = tx.last_insert_rowid();
    let reference = reference_of(tx, case_id)?;
    // The body is in the correspondence table; the audit records what and when.
    let record = serde_json::json!({
        "id": id, "direction": c.direction, "channel": c.channel, "at": c.at,
        "subject": c.subject, "message_id": c.message_id, "sha256": c.sha256,
    });
    audit::append(
        tx,
        stamp,
        Some((case_id, &reference)),
        &format!("correspondence.{}", c.direction),
        None,
        Some(&record.to_string()),
    )?;
    Ok(id)
}

impl Store {
    /// Attaches a document to a case (stored once per content), audited.
    pub fn attach_document(&mut self, case: CaseId, doc: &NewDocument<'_>, stamp: Stamp<'_>) -> Result<DocumentRef> {
        let tx = self.conn.transaction()?;
        let r = attach_in(&tx, case.0, doc, stamp)?;
        tx.commit()?;
        Ok(r)
    }

    /// Records a message or letter in or out, with its original document if
    /// given, in one transaction.
    pub fn add_correspondence(
        &mut self,
        case: CaseId,
        c: &Correspondence,
        original: Option<&NewDocument<'_>>,
        stamp: Stamp<'_>,
    ) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let mut c = c.clone();
        if let Some(doc) = original {
            c.sha256 = Some(attach_in(&tx, case.0, doc, stamp)?.sha256);
        }
        let id = correspond_in(&tx, case.0, &c, stamp)?;
        tx.commit()?;
        Ok(id)
    }

    pub fn documents(&self, case: CaseId) -> Result<Vec<DocumentRef>> {
        let sql = format!(
            "SELECT {DOCUMENT_COLUMNS} FROM case_documents cd JOIN documents d ON d.sha256 = cd.sha256
             WHERE cd.case_id = ?1 ORDER BY cd.id"
        );
        Ok(self.conn.all(&sql, [case.0], |r| document_row(r))?)
    }

    /// The bytes of a stored document, by hash.
    pub fn document_bytes(&self, sha256: &str) -> Result<Vec<u8>> {
        self.conn
            .query_row("SELECT bytes FROM documents WHERE sha256 = ?1", [sha256], |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "document", key: sha256.to_string() })
    }

    /// The first `n` bytes of a stored document (all of it when shorter), by hash.
    pub fn document_head(&self, sha256: &str, n: usize) -> Result<Vec<u8>> {
        self.conn
            .query_row("SELECT substr(bytes, 1, ?2) FROM documents WHERE sha256 = ?1", (sha256, n as i64), |r| r.get(0))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "document", key: sha256.to_string() })
    }

    pub fn correspondence(&self, case: CaseId) -> Result<Vec<Correspondence>> {
        let sql = format!("SELECT {CORRESPONDENCE_COLUMNS} FROM correspondence WHERE case_id = ?1 ORDER BY at, id");
        Ok(self.conn.all(&sql, [case.0], |r| correspondence_row(r))?)
    }

    /// The case a message belongs to, by the Message-ID of any message already
    /// filed (for threading replies).
    pub fn case_of_message(&self, message_ids: &[String]) -> Result<Option<CaseId>> {
        let mut stmt = self.conn.prepare_cached("SELECT case_id FROM correspondence WHERE message_id = ?1 LIMIT 1")?;
        for id in message_ids {
            if let Some(c) = stmt.query_row([id], |r| r.get::<_, i64>(0)).optional()? {
                return Ok(Some(CaseId(c)));
            }
        }
        Ok(None)
    }

    /// Whether a message with this Message-ID or this content hash was already filed.
    pub fn message_already_filed(&self, message_id: Option<&str>, sha256: &str) -> Result<Option<CaseId>> {
        // Two indexed lookups: an OR across two columns would scan the table.
        if let Some(id) = message_id {
            let found: Option<i64> = self
                .conn
                .prepare_cached("SELECT case_id FROM correspondence WHERE message_id = ?1 LIMIT 1")?
                .query_row([id], |r| r.get(0))
                .optional()?;
            if found.is_some() {
                return Ok(found.map(CaseId));
            }
        }
        let found: Option<i64> = self
            .conn
            .prepare_cached("SELECT case_id FROM correspondence WHERE sha256 = ?1 LIMIT 1")?
            .query_row([sha256], |r| r.get(0))
            .optional()?;
        Ok(found.map(CaseId))
    }
}

/// One incoming message: the original, its text and its attachments.
#[derive(Debug, Clone)]
pub struct IncomingMessage<'a> {
    pub correspondence: Correspondence,
    pub original: NewDocument<'a>,
    pub attachments: Vec<NewDocument<'a>>,
}

impl Store {
    /// Opens a case from an incoming message: the case, the message as
    /// correspondence with its original as evidence, its attachments and any
    /// notes, all in one transaction (a crash leaves all of it or none).
    pub fn open_case_from_message(
        &mut self,
        new: &casebook_core::NewCase,
        due: Option<chrono::NaiveDate>,
        message: &IncomingMessage<'_>,
        notes: &[String],
        stamp: Stamp<'_>,
    ) -> Result<casebook_core::Case> {
        let tx = self.conn.transaction()?;
        // Indexed once, when all of it is written.
        let id = crate::cases::insert_unindexed(&tx, new, due, stamp)?;
        file_unindexed(&tx, id, message, stamp)?;
        for note in notes {
            crate::cases::note_unindexed(&tx, id, note, stamp)?;
        }
        search::reindex_case(&tx, id)?;
        let case = crate::cases::load_case(&tx, id)?;
        tx.commit()?;
        Ok(case)
    }

    /// Files an incoming message (a reply, an ID document) on an existing case.
    pub fn file_message(&mut self, case: CaseId, message: &IncomingMessage<'_>, stamp: Stamp<'_>) -> Result<i64> {
        let tx = self.conn.transaction()?;
        // Before the entries, which record the case as it stands.
        tx.exec("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![case.0, instant(stamp.at)])?;
        let id = file_unindexed(&tx, case.0, message, stamp)?;
        search::reindex_case(&tx, case.0)?;
        tx.commit()?;
        Ok(id)
    }
}

/// The message as correspondence with its original and attachments; the
/// caller re-indexes the case.
fn file_unindexed(tx: &Transaction<'_>, case_id: i64, message: &IncomingMessage<'_>, stamp: Stamp<'_>) -> Result<i64> {
    let mut c = message.correspondence.clone();
    c.sha256 = Some(attach_in(tx, case_id, &message.original, stamp)?.sha256);
    for a in &message.attachments {
        attach_in(tx, case_id, a, stamp)?;
    }
    correspond_unindexed(tx, case_id, &c, stamp)
}
