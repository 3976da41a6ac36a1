//! `casebook data`: import what a system exported about the person, list it,
//! withhold items with a reason, and print the redaction schedule.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use casebook_app::{DataBook, DataImportInput, RedactionInput};
use clap::{Args, Subcommand};

use crate::output::Printer;

#[derive(Subcommand)]
pub enum DataCommand {
    /// Import a CSV or JSON export (an array of objects) from one system.
    Import(ImportArgs),
    /// The imported files, the records (paged) and the redactions of a case.
    List {
        reference: String,
        #[arg(long, default_value_t = 50)]
        limit: u32,
        #[arg(long, default_value_t = 0)]
        offset: u32,
    },
    /// Withhold a record (ITEM = its id), a field of it (--field), a whole
    /// file (ITEM = file-N) or one field across a file.
    Redact(RedactArgs),
    /// What was withheld and why (for the evidence pack; never in the package).
    Schedule { reference: String },
}

#[derive(Args)]
pub struct ImportArgs {
    reference: String,
    /// The system's id in the register of processing (crm, billing, …).
    #[arg(long)]
    system: String,
    /// The data categories the file holds, comma-separated (contact,financial).
    #[arg(long)]
    categories: String,
    /// Keep only the records matching the case's identifiers (emails, name,
    /// customer numbers, telephone), recording how each matched.
    #[arg(long = "match")]
    match_identifiers: bool,
    file: PathBuf,
}

#[derive(Args)]
pub struct RedactArgs {
    reference: String,
    /// A record id (from `data list`) or file-N for a whole file.
    item: String,
    /// Withhold only this field.
    #[arg(long)]
    field: Option<String>,
    /// third-party-data, legally-privileged, exemption, not-requesters-data
    #[arg(long)]
    reason: String,
    /// The article granting an exemption (reason exemption only).
    #[arg(long)]
    article: Option<String>,
    /// What is withheld, in words.
    #[arg(long)]
    note: String,
}

/// Runs a `data` command on either register (a local file or a team register).
pub fn run_data(c: DataCommand, book: &dyn DataBook, p: &Printer) -> Result<()> {
    match c {
        DataCommand::Import(a) => {
            let file = book.import_data(&DataImportInput {
                reference: a.reference.clone(),
                system: a.system,
                categories: a.categories,
                path: a.file,
                match_identifiers: a.match_identifiers,
            })?;
            if p.json {
                return p.json(&file);
            }
            println!(
                "{}: file-{} {} from {}: {} of {} records kept, sha256 {}",
                a.reference, file.id, file.file_name, file.system, file.records_kept, file.records_read, file.sha256
            );
        }
        DataCommand::List { reference, limit, offset } => {
            let data = book.case_data(&reference, limit, offset)?;
            if p.json {
                return p.json(&data);
            }
            let mut out = std::io::stdout().lock();
            if data.files.is_empty() {
                writeln!(out, "No data imported for {}.", data.reference)?;
                return Ok(());
            }
            for f in &data.files {
                writeln!(
                    out,
                    "file-{:<4} {:<14} {:<28} {}/{} records  [{}]",
                    f.id,
                    f.system,
                    f.file_name,
                    f.records_kept,
                    f.records_read,
                    f.categories.join(",")
                )?;
            }
            for i in &data.items {
                let how = i
                    .matches
                    .as_ref()
                    .and_then(|m| m.as_array())
                    .map(|ms| {
                        ms.iter()
                            .map(|m| {
                                format!("{}={}", m["field"].as_str().unwrap_or("?"), m["how"].as_str().unwrap_or("?"))
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .unwrap_or_default();
                let mut fields = serde_json::Value::Object(i.fields.clone()).to_string();
                if fields.chars().count() > 100 {
                    fields = fields.chars().take(99).collect::<String>() + "…";
                }
                writeln!(out, "{:>6} {:<14} #{:<6} {fields} {how}", i.id, i.system, i.record_no)?;
            }
            for r in &data.redactions {
                redaction_line(&mut out, r)?;
            }
        }
        DataCommand::Redact(a) => {
            let r = book.redact_data(&RedactionInput {
                reference: a.reference,
                item: a.item,
                field: a.field,
                reason: a.reason.parse().map_err(anyhow::Error::msg)?,
                article: a.article,
                note: a.note,
            })?;
            if p.json {
                return p.json(&r);
            }
            redaction_line(&mut std::io::stdout().lock(), &r)?;
        }
        DataCommand::Schedule { reference } => {
            let rs = book.redaction_schedule(&reference)?;
            if p.json {
                return p.json(&rs);
            }
            let mut out = std::io::stdout().lock();
            if rs.is_empty() {
                writeln!(out, "Nothing withheld.")?;
            }
            for r in &rs {
                redaction_line(&mut out, r)?;
            }
        }
    }
    Ok(())
}

fn redaction_line(out: &mut impl Write, r: &casebook_app::Redaction) -> Result<()> {
    let what = r.target();
    let article = r.article.as_deref().map(|a| format!(" ({a})")).unwrap_or_default();
    writeln!(out, "withheld {what} from {}: {}{article}: {}", r.system, r.reason, r.note)?;
    Ok(())
}
