//! Anchors of the audit chain outside the register: every letter and evidence
//! pack (PDF keywords), package (manifest and ZIP comment) and backup (its own
//! chain) carries the chain's head when it was made, and `casebook audit
//! verify --against FILE…` checks that the current chain still holds those
//! heads. Someone who rewrites the whole chain in the register file can make
//! it verify on its own; they cannot make it hold a head already sent out.

use std::path::{Path, PathBuf};

use casebook_store::{ANCHOR_PREFIX, DatabaseKind, database_kind};
use serde::Serialize;

use crate::{Casebook, Error, RegisterSaid, Result};

/// One file checked against the chain.
#[derive(Debug, Clone, Serialize)]
pub struct AnchorCheck {
    pub file: PathBuf,
    /// The heads the file carries (`casebook-audit-head:N:HASH`).
    pub heads: Vec<String>,
    /// Why the chain does not extend the file's head; None when it does.
    pub problem: Option<String>,
}

/// A head parsed out of an anchor: entry number and hash.
fn parse_head(text: &str) -> Option<(i64, String)> {
    let rest = text.strip_prefix(ANCHOR_PREFIX)?;
    let (id, hash) = rest.split_once(':')?;
    let hash: String = hash.chars().take(64).collect();
    (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit())).then_some(())?;
    Some((id.parse().ok()?, hash))
}

/// Every anchor in a file's bytes: as plain text (a package's ZIP comment, a
/// manifest) or in a PDF's UTF-16 hex strings (the keywords of the metadata).
fn anchors_in(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut push = |text: &str| {
        let mut from = 0;
        while let Some(at) = text[from..].find(ANCHOR_PREFIX) {
            let start = from + at;
            let end = text[start + ANCHOR_PREFIX.len()..]
                .find(|c: char| !(c.is_ascii_hexdigit() || c == ':'))
                .map_or(text.len(), |e| start + ANCHOR_PREFIX.len() + e);
            if parse_head(&text[start..end]).is_some() && !found.iter().any(|f| f == &text[start..end]) {
                found.push(text[start..end].to_string());
            }
            from = end.max(start + 1);
        }
    };
    push(&String::from_utf8_lossy(bytes));
    // PDF strings written as <FEFF…>: UTF-16BE in hex.
    let text = String::from_utf8_lossy(bytes);
    let mut from = 0;
    while let Some(at) = text[from..].find("<FEFF") {
        let start = from + at + 5;
        let end = text[start..].find('>').map_or(text.len(), |e| start + e);
        let hex = &text[start..end];
        if hex.len().is_multiple_of(4) && hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            let units: Vec<u16> =
                (0..hex.len() / 4).filter_map(|i| u16::from_str_radix(&hex[i * 4..i * 4 + 4], 16).ok()).collect();
            push(&String::from_utf16_lossy(&units));
        }
        from = end;
    }
    found
}

impl Casebook {
    /// The chain's head now, as an anchor (see the module's comment).
    pub fn audit_anchor(&self) -> Result<String> {
        Ok(self.store().audit_anchor()?)
    }

    /// Checks that the chain holds the head each file carries.
    pub fn verify_anchors(&self, files: &[PathBuf]) -> Result<Vec<AnchorCheck>> {
        let mut chain = Chain {
            hash_at: |id| Ok(self.store().audit_hash_at(id)?),
            head_of_register_file: |file: &Path| Ok(Some(self.store().audit_anchor_of_file(file)?)),
        };
        files.iter().map(|f| chain.check(f)).collect()
    }
}

/// [`Casebook::verify_anchors`] on a team register: its letters, evidence
/// packs and packages carry the team chain's head. A register file (a
/// backup or export of the team register) has a chain of its own, whose
/// last entry records the copy: it is checked by `backup verify`, and named
/// here as not checked.
pub fn team_verify_anchors(config: &casebook_store::PgConfig, files: &[PathBuf]) -> Result<Vec<AnchorCheck>> {
    if files.is_empty() {
        return Ok(Vec::new());
    }
    let store = std::cell::RefCell::new(casebook_store::PgStore::open(config)?);
    let mut chain =
        Chain { hash_at: |id| Ok(store.borrow_mut().audit_hash_at(id)?), head_of_register_file: |_: &Path| Ok(None) };
    files.iter().map(|f| chain.check(f)).collect()
}

/// What checking a file's anchors needs of a register's chain.
struct Chain<H, F> {
    /// The hash of entry `id` (64 zeros for entry 0), None past the end.
    hash_at: H,
    /// The head a register file records (None: not checked on this register).
    head_of_register_file: F,
}

impl<H, F> Chain<H, F>
where
    H: FnMut(i64) -> Result<Option<String>>,
    F: FnMut(&Path) -> Result<Option<String>>,
{
    fn check(&mut self, file: &Path) -> Result<AnchorCheck> {
        let heads = match database_kind(file)? {
            DatabaseKind::Plain | DatabaseKind::Encrypted => match (self.head_of_register_file)(file)? {
                Some(head) => vec![head],
                None => {
                    let problem = "is a register file: a team register's backup is checked with `casebook backup verify FILE`, not against the team chain";
                    return Ok(AnchorCheck {
                        file: file.to_path_buf(),
                        heads: Vec::new(),
                        problem: Some(problem.into()),
                    });
                }
            },
            DatabaseKind::Missing => {
                return Err(Error::refused(RegisterSaid::AnchorFileMissing { file: file.display().to_string() }));
            }
            DatabaseKind::NotADatabase => {
                let bytes = std::fs::read(file).map_err(|e| {
                    Error::refused(RegisterSaid::AnchorFileUnreadable {
                        file: file.display().to_string(),
                        detail: e.to_string(),
                    })
                })?;
                anchors_in(&bytes)
            }
        };
        let mut problem = heads.is_empty().then(|| "carries no audit chain head".to_string());
        for head in &heads {
            let Some((id, hash)) = parse_head(head) else { continue };
            let problem_here = match (self.hash_at)(id)? {
                Some(h) if h == hash => None,
                Some(_) => Some(format!(
                    "its head (entry {id}, {}…) is not in this chain: the log was rewritten after the file was made, or the file is from another register",
                    &hash[..12]
                )),
                None => Some(format!(
                    "its head (entry {id}) is past the end of this chain: entries were removed, or the file is from another register"
                )),
            };
            problem = problem.or(problem_here);
        }
        Ok(AnchorCheck { file: file.to_path_buf(), heads, problem })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_are_found_as_text_and_in_pdf_hex_strings() {
        let hash = "ab".repeat(32);
        let anchor = format!("{ANCHOR_PREFIX}12:{hash}");
        assert_eq!(anchors_in(format!("x {anchor} y").as_bytes()), std::slice::from_ref(&anchor));
        let hex: String = anchor.encode_utf16().map(|u| format!("{u:04X}")).collect();
        assert_eq!(anchors_in(format!("/Keywords<FEFF{hex}>").as_bytes()), [anchor]);
        assert!(anchors_in(format!("{ANCHOR_PREFIX}12:abc").as_bytes()).is_empty());
    }
}
