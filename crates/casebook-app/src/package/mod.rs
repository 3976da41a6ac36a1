//! The portability package: one ZIP with the person's data as JSON and CSV
//! per system (redactions applied), a readable report with the Art. 15
//! information, the cover letter, a README in the request's language and a
//! manifest of every file's size and SHA-256.
//!
//! Records stream from SQLite straight into the ZIP entries through a writer
//! that hashes as it goes, so memory stays flat whatever the number of
//! records. Entries have fixed timestamps and a fixed order: two exports of
//! the same case differ only in the manifest's `generated_at` (and, when
//! encrypted, in AES's random salts). The ZIP is written under a temporary
//! name, audited with its SHA-256, then renamed.
//!
//! Written once for both back ends ([`PackageBook`], over a register that
//! is a [`PackageRegister`]): a team register's package reads its data,
//! letters and audit chain from the database as a local one does from its
//! file.
//!
//! [`PackageBook::export_package_until`] reports progress (records of each data
//! file, files of the package) and can be cancelled until the audit entry is
//! written; a cancelled export leaves no file and records nothing (a cover
//! letter made for it is recorded only with the package).
//!
//! The use case is in `export.rs`, each system's JSON and CSV in `data.rs`,
//! the ZIP with its hashed entries and the manifest in `archive.rs`, the
//! README's text in `readme.rs`, and checking a package against its manifest
//! in `verify.rs`.

mod archive;
mod data;
mod export;
mod readme;
#[cfg(test)]
mod tests;
mod verify;

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use casebook_intake::FileKind;
use casebook_store::{DocumentRef, LetterRegister, PackageRegister};
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::letters::LetterDesk;
use crate::progress::ExportProgress;

pub use verify::{UnsafePath, verify_package};

/// The package layout's version, in the manifest and every data file.
pub const PACKAGE_FORMAT_VERSION: u32 = 1;
/// The fewest characters a package password may have.
pub const MIN_PASSWORD_CHARS: usize = 10;

/// What exporting a package needs of a register's façade: its letters (the
/// cover letter, the Art. 15 information) over a register that also holds
/// the person's data and records the package ([`PackageRegister`]).
pub(crate) trait PackageDesk: LetterDesk<Register: PackageRegister> {}

impl<B: LetterDesk<Register: PackageRegister> + ?Sized> PackageDesk for B {}

/// The portability package, on either register: what front ends call on a
/// [`crate::Casebook`] or a [`crate::TeamBook`].
pub trait PackageBook {
    /// Writes the case's portability package and audits it with its SHA-256.
    fn export_package(&self, req: &PackageRequest) -> Result<PackageExport> {
        self.export_package_until(req, &mut |_| {}, &AtomicBool::new(false))
    }
    /// [`PackageBook::export_package`] showing its progress to `progress` and
    /// stopping with [`crate::Error::Cancelled`] at the next record or file
    /// once `cancel` is set, leaving no file and no audit entry. Once the
    /// audit entry is written the export completes whatever `cancel` says.
    fn export_package_until(
        &self,
        req: &PackageRequest,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<PackageExport>;
    /// A stored file of a case by its SHA-256 (a letter's PDF, a scan, an
    /// identity document): its record and its bytes. Not found unless the
    /// case holds it (and, on a team register, the member may see the case).
    fn case_document(&self, reference: &str, sha256: &str) -> Result<(DocumentRef, Vec<u8>)>;
    /// A stored file of a case for the system's viewer: its bytes and the
    /// kind they are, refused unless that kind is shown safely (PDF, common
    /// images, plain text), whatever its name or declared type say.
    fn case_document_to_open(&self, reference: &str, sha256: &str) -> Result<(DocumentRef, FileKind, Vec<u8>)> {
        let (doc, bytes) = self.case_document(reference, sha256)?;
        let kind = casebook_intake::sniff_file(&bytes);
        if kind.refusal().is_some() {
            return Err(crate::Error::refused(crate::RegisterSaid::NotOpenedInViewer {
                file_name: doc.file_name.clone(),
                file_kind: kind,
            }));
        }
        Ok((doc, kind, bytes))
    }
}

impl<B: PackageDesk> PackageBook for B {
    fn case_document(&self, reference: &str, sha256: &str) -> Result<(DocumentRef, Vec<u8>)> {
        let case = crate::lifecycle::case(&mut *self.register(), reference)?;
        let doc = self.register().documents(case.id)?.into_iter().find(|d| d.sha256 == sha256);
        let Some(doc) = doc else {
            return Err(crate::Error::NotFound { what: "document of this case", key: sha256.to_string() });
        };
        let bytes = self.register().document_bytes(sha256)?;
        Ok((doc, bytes))
    }

    fn export_package_until(
        &self,
        req: &PackageRequest,
        progress: &mut dyn FnMut(&ExportProgress),
        cancel: &AtomicBool,
    ) -> Result<PackageExport> {
        export::export_package_until(self, req, progress, cancel)
    }
}

/// What `casebook package export` asks for.
#[derive(Debug, Clone, Default)]
pub struct PackageRequest {
    pub reference: String,
    /// A folder (the package is named after the case) or a `.zip` path.
    pub out: PathBuf,
    /// Encrypts every entry with AES-256 when given; never stored.
    pub password: Option<String>,
    /// Replace a package that exists.
    pub force: bool,
}

/// One file of a package, as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PackageFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// The controller, as the manifest names it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestController {
    pub name: String,
    pub postal_address: String,
    pub dpo_email: String,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub case_reference: String,
    pub controller: ManifestController,
    pub generated_at: String,
    /// The Casebook that made the package, with its version ("Casebook 0.1.0").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub generator: Option<String>,
    /// The register's audit chain head when the package was made
    /// (`casebook-audit-head:N:HASH`; `casebook audit verify --against`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit_head: Option<String>,
    pub files: Vec<PackageFile>,
}

/// A package written.
#[derive(Debug, Clone, Serialize)]
pub struct PackageExport {
    pub reference: String,
    pub path: PathBuf,
    pub size: u64,
    /// SHA-256 of the ZIP file, as audited.
    pub sha256: String,
    pub encrypted: bool,
    pub generated_at: String,
    pub files: Vec<PackageFile>,
    pub records: u64,
}

impl PackageExport {
    /// The file written, as the app reports it.
    pub fn exported_file(&self) -> ExportedFile {
        ExportedFile {
            file: self.path.clone(),
            sha256: self.sha256.clone(),
            size: self.size,
            encrypted: self.encrypted,
        }
    }
}

/// A file an export wrote where the user chose (a data package or an
/// evidence pack), with what the user needs to check it later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportedFile {
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub file: PathBuf,
    pub sha256: String,
    pub size: u64,
    /// The entries are AES-256 encrypted (a password-protected package; never an evidence pack).
    pub encrypted: bool,
}

/// The outcome of checking a package against its manifest.
#[derive(Debug, Clone, Serialize)]
pub struct PackageCheck {
    pub path: PathBuf,
    pub case_reference: String,
    pub generated_at: String,
    pub files_checked: usize,
    /// The first problem found; None when every file matches.
    pub problem: Option<String>,
}
