//! `casebook case evidence REF --out FILE.pdf`: the case's evidence pack for
//! a regulator or an internal audit, recorded on the case.

use std::path::{Path, PathBuf};

use anyhow::Result;
use casebook_app::{CaseLifecycle, EvidenceBook, write_atomically};
use clap::Args;
use serde::Serialize;

use crate::letters::check_target;
use crate::output::Printer;

#[derive(Args)]
pub struct EvidenceArgs {
    reference: String,
    /// The PDF to write.
    #[arg(long)]
    out: PathBuf,
    /// Overwrite the file if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Serialize)]
struct Written<'a> {
    #[serde(flatten)]
    pack: &'a casebook_app::EvidencePack,
    pdf: &'a Path,
}

pub fn run_evidence<B: EvidenceBook + CaseLifecycle>(a: EvidenceArgs, book: &B, p: &Printer) -> Result<()> {
    check_target(&a.out, a.force)?;
    let today = book.today()?;
    let pack = book.evidence_pack(&a.reference, today)?;
    write_atomically(&a.out, &pack.pdf)?;
    if p.json {
        return p.json(&Written { pack: &pack, pdf: &a.out });
    }
    let chain = if pack.audit_intact { "audit chain intact" } else { "AUDIT CHAIN BROKEN (see the pack)" };
    println!(
        "{}: evidence pack ({} pages, {} timeline entries, {chain}) written to {}; recorded on the case, sha256 {}",
        pack.reference,
        pack.pages,
        pack.timeline_entries,
        a.out.display(),
        pack.sha256
    );
    Ok(())
}
