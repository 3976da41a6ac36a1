//! What comes in, on either register (a local file or a team register):
//! the identity documents kept for an identity check (`identity.rs`), a
//! request received by post with its scans (`post.rs`), and emails imported
//! as cases or filed on the case they answer (`import.rs`). Each use case
//! is written once, over a [`StepBook`] whose register is an
//! [`IntakeRegister`]; front ends call them through [`IntakeBook`].

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use casebook_store::{DocumentRef, IntakeRegister};

use crate::steps::StepBook;
use crate::{CaseLifecycle, CaseView, IdentityDocument, ImportOutcome, PostedLetter, Result, Scan};

/// The intake use cases a front end calls on either register.
pub trait IntakeBook: CaseLifecycle {
    /// Files an identity document (a scan of a passport, a bill) on a case,
    /// deleted once the retention period after the decision has passed; its
    /// hash stays on the case. Refused when empty, or on a closed case.
    fn attach_identity_document(
        &self,
        reference: &str,
        bytes: &[u8],
        file_name: Option<&str>,
        content_type: Option<&str>,
    ) -> Result<DocumentRef>;
    /// The identity documents of a case: those held, then those deleted
    /// (by their recorded hash).
    fn identity_documents(&self, reference: &str) -> Result<Vec<IdentityDocument>>;
    /// How many days identity documents are kept after the identity decision.
    fn identity_document_days(&self) -> Result<u32>;
    /// Logs a letter received by post as a new case, with its scans kept as
    /// evidence, in one transaction.
    fn log_letter(&self, input: PostedLetter, scans: &[Scan]) -> Result<CaseView>;
    /// Imports every message in `paths` (`.eml`, `.msg`, `.mbox` files and
    /// folders of them), each in its own transaction, stopping before the
    /// next message once `cancel` is set; `progress` sees each outcome.
    fn import_paths_until(
        &self,
        paths: &[PathBuf],
        progress: &mut dyn FnMut(&ImportOutcome),
        cancel: &AtomicBool,
    ) -> Vec<ImportOutcome>;
    /// [`IntakeBook::import_paths_until`], never cancelled.
    fn import_paths(&self, paths: &[PathBuf], progress: &mut dyn FnMut(&ImportOutcome)) -> Vec<ImportOutcome> {
        self.import_paths_until(paths, progress, &AtomicBool::new(false))
    }
}

impl<B: StepBook<Register: IntakeRegister> + CaseLifecycle> IntakeBook for B {
    fn attach_identity_document(
        &self,
        reference: &str,
        bytes: &[u8],
        file_name: Option<&str>,
        content_type: Option<&str>,
    ) -> Result<DocumentRef> {
        crate::identity::attach_identity_document(self, reference, bytes, file_name, content_type)
    }

    fn identity_documents(&self, reference: &str) -> Result<Vec<IdentityDocument>> {
        crate::identity::identity_documents(self, reference)
    }

    fn identity_document_days(&self) -> Result<u32> {
        crate::identity::identity_document_days(self)
    }

    fn log_letter(&self, input: PostedLetter, scans: &[Scan]) -> Result<CaseView> {
        crate::post::log_letter(self, input, scans)
    }

    fn import_paths_until(
        &self,
        paths: &[PathBuf],
        progress: &mut dyn FnMut(&ImportOutcome),
        cancel: &AtomicBool,
    ) -> Vec<ImportOutcome> {
        crate::import::import_paths_until(self, paths, progress, cancel)
    }
}
