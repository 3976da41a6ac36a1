//! What comes in, on either back end: a document filed on a case (an
//! identity document), and a message or a posted letter that opens a case
//! or is filed on the one it answers, with its original and attachments.

use casebook_core::{Case, CaseId, NewCase};
use chrono::NaiveDate;

use crate::drafts::LetterRegister;
use crate::{DocumentRef, IncomingMessage, NewDocument, Result, Stamp, Store};

/// What the intake use cases ask of a register, whichever back end holds it
/// (the local file, [`Store`]; a team register, [`crate::PgStore`] in
/// `pg/documents.rs`), beyond reading a case's documents and correspondence
/// ([`LetterRegister`]). Every write is one transaction with its audit
/// entries: a failure leaves nothing of it.
pub trait IntakeRegister: LetterRegister {
    /// Files a document on a case (its bytes stored once per content),
    /// audited (`document.added`).
    fn attach_document(&mut self, case: CaseId, doc: &NewDocument<'_>, stamp: Stamp<'_>) -> Result<DocumentRef>;
    /// Opens a case from an incoming message or letter: the case, the
    /// message as correspondence in with its original, its attachments and
    /// the notes, all in one transaction.
    fn open_case_from_message(
        &mut self,
        new: &NewCase,
        due: Option<NaiveDate>,
        message: &IncomingMessage<'_>,
        notes: &[String],
        stamp: Stamp<'_>,
    ) -> Result<Case>;
    /// Files an incoming message (a reply, an ID document) on an existing
    /// case, in one transaction; the correspondence's id.
    fn file_message(&mut self, case: CaseId, message: &IncomingMessage<'_>, stamp: Stamp<'_>) -> Result<i64>;
    /// The case a message belongs to, by the Message-ID of any message
    /// already filed (for threading replies).
    fn case_of_message(&mut self, message_ids: &[String]) -> Result<Option<CaseId>>;
    /// The case a message with this Message-ID or this content hash was
    /// already filed on.
    fn message_already_filed(&mut self, message_id: Option<&str>, sha256: &str) -> Result<Option<CaseId>>;
    /// The running cases whose requester has this email address: open, or
    /// answered with a consumer's appeal awaiting its decision (`RUNNING`).
    fn open_cases_with_email(&mut self, email: &str) -> Result<Vec<CaseId>>;
}

impl IntakeRegister for Store {
    fn attach_document(&mut self, case: CaseId, doc: &NewDocument<'_>, stamp: Stamp<'_>) -> Result<DocumentRef> {
        Store::attach_document(self, case, doc, stamp)
    }

    fn open_case_from_message(
        &mut self,
        new: &NewCase,
        due: Option<NaiveDate>,
        message: &IncomingMessage<'_>,
        notes: &[String],
        stamp: Stamp<'_>,
    ) -> Result<Case> {
        Store::open_case_from_message(self, new, due, message, notes, stamp)
    }

    fn file_message(&mut self, case: CaseId, message: &IncomingMessage<'_>, stamp: Stamp<'_>) -> Result<i64> {
        Store::file_message(self, case, message, stamp)
    }

    fn case_of_message(&mut self, message_ids: &[String]) -> Result<Option<CaseId>> {
        Store::case_of_message(self, message_ids)
    }

    fn message_already_filed(&mut self, message_id: Option<&str>, sha256: &str) -> Result<Option<CaseId>> {
        Store::message_already_filed(self, message_id, sha256)
    }

    fn open_cases_with_email(&mut self, email: &str) -> Result<Vec<CaseId>> {
        Store::open_cases_with_email(self, email)
    }
}
