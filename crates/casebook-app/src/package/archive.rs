//! The package's ZIP: entries written through a writer that hashes and
//! counts them, each listed for the manifest, and the manifest itself.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::Path;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};
use zip::write::SimpleFileOptions;
use zip::{AesMode, CompressionMethod, ZipWriter};

use super::{Manifest, ManifestController, PACKAGE_FORMAT_VERSION, PackageFile};
use crate::{DataSaid, Error, Result};

/// A writer that hashes and counts what passes through.
struct Hashing<W> {
    inner: W,
    hash: Sha256,
    size: u64,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// `cannot write {what}: {error}`, for an I/O error while writing `what`.
pub(super) fn io(what: &str) -> impl Fn(std::io::Error) -> Error + '_ {
    move |e| Error::refused(DataSaid::PackageNotWritten { what: what.to_string(), detail: e.to_string() })
}

fn zip_error(what: &str) -> impl Fn(zip::result::ZipError) -> Error + '_ {
    move |e| Error::refused(DataSaid::PackageNotWritten { what: what.to_string(), detail: e.to_string() })
}

/// The package's ZIP, entry by entry, with the manifest's list.
pub(super) struct Archive<'p> {
    zip: ZipWriter<File>,
    options: SimpleFileOptions,
    password: Option<&'p str>,
    /// Every entry written so far, as the manifest lists it.
    pub(super) files: Vec<PackageFile>,
}

impl<'p> Archive<'p> {
    /// A ZIP written into `file` whose entries carry the instant `stamp`
    /// (so that unchanged data gives the same bytes), each encrypted with
    /// AES-256 when a password is given.
    pub(super) fn new(file: File, stamp: DateTime<Utc>, password: Option<&'p str>) -> Archive<'p> {
        let zip_time = zip::DateTime::try_from(stamp.naive_utc()).unwrap_or_default();
        let options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(6))
            .last_modified_time(zip_time)
            .unix_permissions(0o644);
        Archive { zip: ZipWriter::new(file), options, password, files: Vec::new() }
    }

    /// Adds the entry `path`, written by `write`, and lists it with its size and SHA-256.
    pub(super) fn entry(&mut self, path: &str, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
        let mut options = self.options;
        if let Some(p) = self.password {
            options = options.with_aes_encryption(AesMode::Aes256, p);
        }
        self.zip.start_file(path, options).map_err(zip_error(path))?;
        let mut w = Hashing { inner: BufWriter::with_capacity(1 << 16, &mut self.zip), hash: Sha256::new(), size: 0 };
        write(&mut w)?;
        w.flush().map_err(io(path))?;
        self.files.push(PackageFile {
            path: path.to_string(),
            size: w.size,
            sha256: format!("{:x}", w.hash.finalize()),
        });
        Ok(())
    }

    pub(super) fn bytes(&mut self, path: &str, bytes: &[u8]) -> Result<()> {
        self.entry(path, |w| w.write_all(bytes).map_err(io(path)))
    }

    /// Writes `manifest.json`, listing every entry so far, and puts the audit
    /// head in the ZIP comment too (readable without an encrypted package's
    /// password).
    pub(super) fn manifest(
        &mut self,
        reference: &str,
        org: &casebook_core::Organisation,
        generated_at: &str,
        audit_head: String,
    ) -> Result<()> {
        let manifest = Manifest {
            format: "casebook-portability-package".into(),
            format_version: PACKAGE_FORMAT_VERSION,
            case_reference: reference.to_string(),
            controller: ManifestController {
                name: org.name.clone(),
                postal_address: org.postal_address.clone(),
                dpo_email: org.dpo_email.clone(),
            },
            generated_at: generated_at.to_string(),
            generator: Some(casebook_render::CREATOR.to_string()),
            audit_head: Some(audit_head.clone()),
            files: self.files.clone(),
        };
        self.zip.set_comment(audit_head).map_err(zip_error("the ZIP comment"))?;
        let json = serde_json::to_vec_pretty(&manifest).expect("manifest serialises");
        self.bytes("manifest.json", &json)
    }

    /// Writes the ZIP's directory and syncs the file (`tmp`, to be named `name`) to disk.
    pub(super) fn finish(self, tmp: &Path, name: &str) -> Result<()> {
        self.zip.finish().map_err(zip_error(&tmp.display().to_string()))?.sync_all().map_err(io(name))
    }
}

/// The SHA-256 (hex) and size of what `r` reads to its end.
pub(super) fn sha256_of(mut r: impl Read) -> std::io::Result<(String, u64)> {
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0;
    loop {
        let n = r.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
        size += n as u64;
    }
    Ok((format!("{:x}", h.finalize()), size))
}
