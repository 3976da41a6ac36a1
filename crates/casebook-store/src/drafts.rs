//! Letter drafts (schema 13): a letter made is kept here to be reviewed, and
//! only becomes correspondence out when it is sent; a discarded draft keeps
//! its row. A sent letter is never deleted: withdrawing it records when, why
//! and who in `correspondence_withdrawals`. Every change is audited.

use casebook_core::CaseId;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::cached::Cached;
use crate::case_ref::reference_of;
use crate::documents::{attach_in, correspond_in};
use crate::stored::{StoredRow, instant, parse};
use crate::{Correspondence, DocumentRef, Error, NewDocument, Result, Stamp, Store, audit, sha256_hex};

/// A letter made, to be stored as a draft.
#[derive(Debug, Clone)]
pub struct NewDraft<'a> {
    pub kind: &'a str,
    pub language: &'a str,
    pub title: &'a str,
    pub file_name: &'a str,
    /// JSON of what the DPO added when making it (a reason, a fee…).
    pub details: &'a str,
    /// The date printed on the letter.
    pub letter_date: NaiveDate,
    pub pdf: &'a [u8],
    pub text: &'a str,
    pub eml: Option<&'a [u8]>,
    pub message_id: Option<&'a str>,
}

/// A stored draft, without its files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRow {
    pub id: i64,
    pub kind: String,
    pub language: String,
    pub title: String,
    pub file_name: String,
    pub details: String,
    pub letter_date: NaiveDate,
    pub made_at: DateTime<Utc>,
    pub made_by: String,
    pub pdf_sha256: String,
    pub text: String,
    pub has_eml: bool,
    pub message_id: Option<String>,
    /// draft | sent | discarded
    pub state: String,
    pub closed_at: Option<DateTime<Utc>>,
    pub closed_by: Option<String>,
    pub correspondence_id: Option<i64>,
}

/// A sent letter marked withdrawn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub correspondence_id: i64,
    pub reason: String,
    pub by: String,
    pub at: DateTime<Utc>,
}

/// A draft's columns in the order [`draft_row`] reads them (both back ends).
pub(crate) const DRAFT_COLUMNS: &str = "id, kind, language, title, file_name, details, letter_date, made_at, made_by,
     pdf_sha256, text, eml IS NOT NULL, message_id, state, closed_at, closed_by, correspondence_id";

/// A draft from a row of either back end ([`DRAFT_COLUMNS`]).
pub(crate) fn draft_row<R: StoredRow>(r: &R) -> std::result::Result<DraftRow, R::Error> {
    Ok(DraftRow {
        id: r.int(0)?,
        kind: r.text(1)?,
        language: r.text(2)?,
        title: r.text(3)?,
        file_name: r.text(4)?,
        details: r.text(5)?,
        letter_date: parse("date", r.text(6)?)?,
        made_at: parse("instant", r.text(7)?)?,
        made_by: r.text(8)?,
        pdf_sha256: r.text(9)?,
        text: r.text(10)?,
        has_eml: r.flag(11)?,
        message_id: r.text_opt(12)?,
        state: r.text(13)?,
        closed_at: r.text_opt(14)?.map(|s| parse("instant", s)).transpose()?,
        closed_by: r.text_opt(15)?,
        correspondence_id: r.int_opt(16)?,
    })
}

/// A withdrawal's columns in the order [`withdrawal_row`] reads them (both back ends).
pub(crate) const WITHDRAWAL_COLUMNS: &str = "correspondence_id, reason, by_whom, at";

/// A letter's withdrawal from a row of either back end ([`WITHDRAWAL_COLUMNS`]).
pub(crate) fn withdrawal_row<R: StoredRow>(r: &R) -> std::result::Result<Withdrawal, R::Error> {
    Ok(Withdrawal {
        correspondence_id: r.int(0)?,
        reason: r.text(1)?,
        by: r.text(2)?,
        at: parse("instant", r.text(3)?)?,
    })
}

/// What the audit entry of a draft kept (`letter.drafted`) records of it, on
/// both back ends: its id, kind, language, title, date and the PDF's hash.
pub(crate) fn drafted_record(id: i64, d: &NewDraft<'_>, pdf_sha256: &str) -> serde_json::Value {
    serde_json::json!({
        "draft": id, "kind": d.kind, "language": d.language, "title": d.title,
        "letter_date": d.letter_date, "sha256": pdf_sha256,
    })
}

/// A draft's PDF as the document its sending files on the case (role
/// "letter"), on both back ends.
pub(crate) fn letter_document<'a>(pdf: &'a [u8], file_name: &'a str) -> NewDocument<'a> {
    NewDocument { bytes: pdf, content_type: Some("application/pdf"), role: "letter", file_name: Some(file_name) }
}

fn touch(tx: &rusqlite::Transaction<'_>, case_id: i64, stamp: Stamp<'_>) -> Result<()> {
    tx.exec("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![case_id, instant(stamp.at)])?;
    Ok(())
}

impl Store {
    /// Keeps a letter made as a draft of the case, audited; its id.
    pub fn add_draft(&mut self, case: CaseId, d: &NewDraft<'_>, stamp: Stamp<'_>) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let reference = reference_of(&tx, case.0)?;
        let sha = sha256_hex(d.pdf);
        tx.exec(
            "INSERT INTO letter_drafts (case_id, kind, language, title, file_name, details, letter_date, made_at,
                 made_by, pdf, pdf_sha256, text, eml, message_id, state)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 'draft')",
            params![
                case.0,
                d.kind,
                d.language,
                d.title,
                d.file_name,
                d.details,
                d.letter_date.to_string(),
                instant(stamp.at),
                stamp.actor,
                d.pdf,
                sha,
                d.text,
                d.eml,
                d.message_id,
            ],
        )?;
        let id = tx.last_insert_rowid();
        touch(&tx, case.0, stamp)?;
        let record = drafted_record(id, d, &sha);
        audit::append(&tx, stamp, Some((case.0, &reference)), "letter.drafted", None, Some(&record.to_string()))?;
        tx.commit()?;
        Ok(id)
    }

    /// A case's drafts, sent and discarded ones too, oldest first.
    pub fn drafts(&self, case: CaseId) -> Result<Vec<DraftRow>> {
        let sql = format!("SELECT {DRAFT_COLUMNS} FROM letter_drafts WHERE case_id = ?1 ORDER BY id");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([case.0], |r| draft_row(r))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The titles of the letter drafts neither sent nor discarded, by case
    /// id, oldest first: what `next` must not skip over to closing.
    pub fn unsent_draft_titles(&self) -> Result<std::collections::HashMap<i64, Vec<String>>> {
        let mut stmt =
            self.conn.prepare_cached("SELECT case_id, title FROM letter_drafts WHERE state = 'draft' ORDER BY id")?;
        let mut out: std::collections::HashMap<i64, Vec<String>> = std::collections::HashMap::new();
        for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (case, title) = row?;
            out.entry(case).or_default().push(title);
        }
        Ok(out)
    }

    /// [`LetterRegister::owed_their_package`].
    pub fn owed_their_package(&self, only: Option<CaseId>) -> Result<std::collections::HashSet<i64>> {
        let mut stmt = self.conn.prepare_cached(&format!("{OWED_THEIR_PACKAGE} AND (?1 IS NULL OR d.case_id = ?1)"))?;
        let ids = stmt.query_map([only.map(|c| c.0)], |r| r.get::<_, i64>(0))?.collect::<rusqlite::Result<_>>()?;
        Ok(ids)
    }

    /// One draft of the case, or not-found.
    pub fn draft(&self, case: CaseId, id: i64) -> Result<DraftRow> {
        let sql = format!("SELECT {DRAFT_COLUMNS} FROM letter_drafts WHERE case_id = ?1 AND id = ?2");
        self.conn
            .query_row(&sql, [case.0, id], |r| draft_row(r))
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "draft", key: id.to_string() })
    }

    /// A draft's PDF and `.eml`.
    pub fn draft_files(&self, case: CaseId, id: i64) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
        self.conn
            .query_row("SELECT pdf, eml FROM letter_drafts WHERE case_id = ?1 AND id = ?2", [case.0, id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()?
            .ok_or_else(|| Error::NotFound { what: "draft", key: id.to_string() })
    }

    /// Sends a draft: its PDF among the case's documents (role "letter"), the
    /// correspondence out, the draft marked sent, in one transaction; the
    /// correspondence's id. A draft no longer a draft (sent or discarded by
    /// another program meanwhile) is `Stale`.
    pub fn send_draft(&mut self, case: CaseId, id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let reference = reference_of(&tx, case.0)?;
        let found: Option<(Vec<u8>, String, String)> = tx
            .query_row(
                "SELECT pdf, file_name, state FROM letter_drafts WHERE case_id = ?1 AND id = ?2",
                [case.0, id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((pdf, file_name, state)) = found else {
            return Err(Error::NotFound { what: "draft", key: id.to_string() });
        };
        if state != "draft" {
            return Err(closed_meanwhile(&tx, case, id, reference));
        }
        touch(&tx, case.0, stamp)?;
        let doc = letter_document(&pdf, &file_name);
        let mut c = c.clone();
        c.sha256 = Some(attach_in(&tx, case.0, &doc, stamp)?.sha256);
        let correspondence = correspond_in(&tx, case.0, &c, stamp)?;
        tx.exec(
            "UPDATE letter_drafts SET state = 'sent', closed_at = ?3, closed_by = ?4, correspondence_id = ?5
             WHERE case_id = ?1 AND id = ?2",
            params![case.0, id, instant(stamp.at), stamp.actor, correspondence],
        )?;
        let record = serde_json::json!({
            "draft": id, "correspondence": correspondence, "channel": c.channel, "at": c.at, "sha256": c.sha256,
        });
        audit::append(&tx, stamp, Some((case.0, &reference)), "letter.sent", None, Some(&record.to_string()))?;
        tx.commit()?;
        Ok(correspondence)
    }

    /// Discards a draft (its row stays, marked discarded), audited.
    pub fn discard_draft(&mut self, case: CaseId, id: i64, stamp: Stamp<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let reference = reference_of(&tx, case.0)?;
        let n = tx.exec(
            "UPDATE letter_drafts SET state = 'discarded', closed_at = ?3, closed_by = ?4
             WHERE case_id = ?1 AND id = ?2 AND state = 'draft'",
            params![case.0, id, instant(stamp.at), stamp.actor],
        )?;
        if n == 0 {
            return Err(closed_meanwhile(&tx, case, id, reference));
        }
        touch(&tx, case.0, stamp)?;
        let record = serde_json::json!({ "draft": id });
        audit::append(&tx, stamp, Some((case.0, &reference)), "letter.discarded", None, Some(&record.to_string()))?;
        tx.commit()?;
        Ok(())
    }

    /// Marks a letter sent withdrawn, with the reason (it stays on the case), audited.
    pub fn withdraw_correspondence(
        &mut self,
        case: CaseId,
        correspondence: i64,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let reference = reference_of(&tx, case.0)?;
        tx.exec(
            "INSERT INTO correspondence_withdrawals (case_id, correspondence_id, reason, by_whom, at)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![case.0, correspondence, reason, stamp.actor, instant(stamp.at)],
        )?;
        touch(&tx, case.0, stamp)?;
        let record = serde_json::json!({ "correspondence": correspondence, "reason": reason });
        audit::append(
            &tx,
            stamp,
            Some((case.0, &reference)),
            "correspondence.withdrawn",
            None,
            Some(&record.to_string()),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The letters of a case marked withdrawn.
    pub fn withdrawals(&self, case: CaseId) -> Result<Vec<Withdrawal>> {
        let sql = format!("SELECT {WITHDRAWAL_COLUMNS} FROM correspondence_withdrawals WHERE case_id = ?1 ORDER BY id");
        Ok(self.conn.all(&sql, [case.0], |r| withdrawal_row(r))?)
    }
}

/// The error for draft `id` of `case` found no longer a draft: [`Error::Stale`]
/// naming who sent or discarded it and when, or NotFound when there is none.
fn closed_meanwhile(tx: &rusqlite::Transaction<'_>, case: CaseId, id: i64, reference: String) -> Error {
    let closed = tx
        .query_row("SELECT closed_by, closed_at FROM letter_drafts WHERE case_id = ?1 AND id = ?2", [case.0, id], |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, Option<String>>(1)?))
        })
        .optional();
    match closed {
        Ok(closed) => closed_error(id, reference, closed, "another program"),
        Err(e) => e.into(),
    }
}

/// The error for draft `id` of `reference` no longer a draft, from its row's
/// `closed_by` and `closed_at` (None: no such draft), on either back end:
/// [`Error::Stale`] naming who closed it (`unnamed` when the row names no
/// one) and when.
pub(crate) fn closed_error(
    id: i64,
    reference: String,
    closed: Option<(Option<String>, Option<String>)>,
    unnamed: &str,
) -> Error {
    match closed {
        Some((by, Some(at))) => Error::stale(reference, by.unwrap_or_else(|| unnamed.into()), &at),
        Some((_, None)) => Error::Corrupt(format!("draft {id} of {reference} is closed with no date")),
        None => Error::NotFound { what: "draft", key: id.to_string() },
    }
}

/// What the letter use cases ask of a register, whichever back end holds it
/// (the local file, [`Store`]; a team register, [`crate::PgStore`] in
/// `pg/letters.rs`): a case's drafts, sending, discarding and withdrawing
/// them, the correspondence and documents they become, and the audit
/// chain's head a letter carries. Every write is one transaction with its
/// audit entries.
pub trait LetterRegister {
    /// Keeps a letter made as a draft of the case, audited (`letter.drafted`); its id.
    fn add_draft(&mut self, case: CaseId, d: &NewDraft<'_>, stamp: Stamp<'_>) -> Result<i64>;
    /// A case's drafts, sent and discarded ones too, oldest first.
    fn drafts(&mut self, case: CaseId) -> Result<Vec<DraftRow>>;
    /// One draft of the case, or not-found.
    fn draft(&mut self, case: CaseId, id: i64) -> Result<DraftRow>;
    /// A draft's PDF and `.eml`.
    fn draft_files(&mut self, case: CaseId, id: i64) -> Result<(Vec<u8>, Option<Vec<u8>>)>;
    /// Sends a draft: its PDF among the case's documents (role "letter"),
    /// the correspondence out, the draft marked sent, in one transaction;
    /// the correspondence's id. A draft sent or discarded meanwhile is
    /// [`Error::Stale`].
    fn send_draft(&mut self, case: CaseId, id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64>;
    /// Discards a draft (its row stays, marked discarded), audited.
    fn discard_draft(&mut self, case: CaseId, id: i64, stamp: Stamp<'_>) -> Result<()>;
    /// Marks a letter sent withdrawn, with the reason, audited.
    fn withdraw_correspondence(
        &mut self,
        case: CaseId,
        correspondence: i64,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<()>;
    /// The letters of a case marked withdrawn.
    fn withdrawals(&mut self, case: CaseId) -> Result<Vec<Withdrawal>>;
    /// A case's correspondence in and out, in the order it happened.
    fn correspondence(&mut self, case: CaseId) -> Result<Vec<Correspondence>>;
    /// A case's documents (without their bytes).
    fn documents(&mut self, case: CaseId) -> Result<Vec<DocumentRef>>;
    /// The first `n` bytes of a stored document, by hash.
    fn document_head(&mut self, sha256: &str, n: usize) -> Result<Vec<u8>>;
    /// The titles of the drafts neither sent nor discarded, by case id.
    fn unsent_draft_titles(&mut self) -> Result<std::collections::HashMap<i64, Vec<String>>>;
    /// The cases whose access response was sent (and not withdrawn) while no
    /// package holding the copy of the data it says is enclosed was
    /// exported for them ([`OWED_THEIR_PACKAGE`]), by case id: of every
    /// case, or of `only` (a case's page asks for its own).
    fn owed_their_package(&mut self, only: Option<CaseId>) -> Result<std::collections::HashSet<i64>>;
    /// The audit chain's head now, as the anchor a letter carries.
    fn audit_anchor(&mut self) -> Result<String>;
}

/// The cases owed their package, as SQL in both dialects: an access response
/// sent from a draft and not withdrawn says "a copy of the data is enclosed",
/// and no `package.exported` is in the case's audit log.
pub(crate) const OWED_THEIR_PACKAGE: &str = "SELECT DISTINCT d.case_id FROM letter_drafts d \
     WHERE d.kind = 'access-response' AND d.state = 'sent' \
     AND NOT EXISTS (SELECT 1 FROM correspondence_withdrawals w WHERE w.correspondence_id = d.correspondence_id) \
     AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = d.case_id AND a.action = 'package.exported')";

impl LetterRegister for Store {
    fn add_draft(&mut self, case: CaseId, d: &NewDraft<'_>, stamp: Stamp<'_>) -> Result<i64> {
        Store::add_draft(self, case, d, stamp)
    }

    fn drafts(&mut self, case: CaseId) -> Result<Vec<DraftRow>> {
        Store::drafts(self, case)
    }

    fn draft(&mut self, case: CaseId, id: i64) -> Result<DraftRow> {
        Store::draft(self, case, id)
    }

    fn draft_files(&mut self, case: CaseId, id: i64) -> Result<(Vec<u8>, Option<Vec<u8>>)> {
        Store::draft_files(self, case, id)
    }

    fn send_draft(&mut self, case: CaseId, id: i64, c: &Correspondence, stamp: Stamp<'_>) -> Result<i64> {
        Store::send_draft(self, case, id, c, stamp)
    }

    fn discard_draft(&mut self, case: CaseId, id: i64, stamp: Stamp<'_>) -> Result<()> {
        Store::discard_draft(self, case, id, stamp)
    }

    fn withdraw_correspondence(
        &mut self,
        case: CaseId,
        correspondence: i64,
        reason: &str,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        Store::withdraw_correspondence(self, case, correspondence, reason, stamp)
    }

    fn withdrawals(&mut self, case: CaseId) -> Result<Vec<Withdrawal>> {
        Store::withdrawals(self, case)
    }

    fn correspondence(&mut self, case: CaseId) -> Result<Vec<Correspondence>> {
        Store::correspondence(self, case)
    }

    fn documents(&mut self, case: CaseId) -> Result<Vec<DocumentRef>> {
        Store::documents(self, case)
    }

    fn document_head(&mut self, sha256: &str, n: usize) -> Result<Vec<u8>> {
        Store::document_head(self, sha256, n)
    }

    fn unsent_draft_titles(&mut self) -> Result<std::collections::HashMap<i64, Vec<String>>> {
        Store::unsent_draft_titles(self)
    }

    fn owed_their_package(&mut self, only: Option<CaseId>) -> Result<std::collections::HashSet<i64>> {
        Store::owed_their_package(self, only)
    }

    fn audit_anchor(&mut self) -> Result<String> {
        Store::audit_anchor(self)
    }
}
