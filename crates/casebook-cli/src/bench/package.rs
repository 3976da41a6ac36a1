//! `casebook bench --package N`: a person with N records across 5 systems
//! (CSV exports imported through the façade) in a fresh temporary register;
//! then the package is exported `runs` times. Reports each export's time and
//! the peak memory of the exports alone (the import's peak is reset first).

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};
use casebook_app::{Casebook, DataBook, DataImportInput, NewRequest, PackageBook, PackageRequest};
use casebook_core::{Channel, Right};

use super::timing::{median, peak_rss_mb};
use super::{bench_register, scratch};
use crate::output::Printer;

const SYSTEMS: [&str; 5] = ["crm", "billing", "support", "marketing", "web-analytics"];

pub fn bench_package(records: usize, runs: usize, p: &Printer) -> Result<()> {
    if runs == 0 || records < 5 {
        bail!("--package needs at least 5 records and --runs at least 1");
    }
    let r = scratch("package", |dir| {
        let book = bench_register(&dir.join("bench.db"))?;
        let (reference, import_secs) = person_with_records(&book, dir, records)?;
        // Reset the peak resident size (VmHWM) so it measures the exports alone.
        let _ = std::fs::write("/proc/self/clear_refs", "5");
        let mut times = Vec::new();
        let mut last = None;
        for run in 0..runs {
            let t = Instant::now();
            let export = book.export_package(&PackageRequest {
                reference: reference.clone(),
                out: dir.join(format!("p{run}.zip")),
                password: None,
                force: true,
            })?;
            times.push(t.elapsed().as_secs_f64());
            last = Some(export);
        }
        let export = last.expect("at least one run");
        Ok(serde_json::json!({
            "records": export.records, "systems": SYSTEMS.len(), "import_seconds": import_secs,
            "export_seconds": times, "median_export_seconds": median(&times),
            "package_mb": export.size as f64 / 1e6, "peak_rss_mb_exports": peak_rss_mb(),
        }))
    })?;
    if p.json {
        return p.json(&r);
    }
    println!(
        "Package of {} records across {} systems ({:.1} MB ZIP): export median {:.2} s over {} runs {}; peak memory during the exports {:.0} MB (import took {:.1} s)",
        r["records"],
        r["systems"],
        r["package_mb"].as_f64().unwrap_or(0.0),
        r["median_export_seconds"].as_f64().unwrap_or(0.0),
        runs,
        r["export_seconds"],
        r["peak_rss_mb_exports"].as_f64().unwrap_or(0.0),
        r["import_seconds"].as_f64().unwrap_or(0.0)
    );
    Ok(())
}

/// The fixture: a register of processing with [`SYSTEMS`], a portability
/// request from Ada Lovelace, and `records` records of hers spread over the
/// systems, each system's imported from a CSV export written in `dir`.
/// Gives the case's reference and how long the imports of the data took.
fn person_with_records(book: &Casebook, dir: &Path, records: usize) -> Result<(String, f64)> {
    let register = serde_json::json!({ "format": "casebook-register-of-processing", "version": 1,
        "systems": SYSTEMS.iter().map(|id| serde_json::json!({
            "id": id, "name": format!("The {id} system"), "data_subjects": ["dpv:Customer"],
            "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
            "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
            "recipients": [{ "kind": "dpv:DataProcessor", "name": "Hosting provider" }],
            "retention": "6 years", "transfers": [], "sources": ["dpv:DataSubjectDataSource"],
            "automated_decisions": [] })).collect::<Vec<_>>() });
    let register_file = dir.join("register.json");
    std::fs::write(&register_file, register.to_string())?;
    book.import_processing_register(&register_file)?;
    let received = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).expect("a real day");
    let case = book.log_request(NewRequest {
        requester_emails: vec!["ada@example.org".into()],
        customer_ids: vec!["C-1001".into()],
        ..NewRequest::new("Ada Lovelace", Channel::Email, received, vec![Right::Portability])
    })?;
    let started = Instant::now();
    for (s, system) in SYSTEMS.iter().enumerate() {
        let path = dir.join(format!("{system}.csv"));
        let mut w = std::io::BufWriter::new(std::fs::File::create(&path)?);
        writeln!(w, "customer_id,email,name,event,amount,at,note")?;
        for i in 0..records / SYSTEMS.len() {
            writeln!(
                w,
                "C-1001,ada@example.org,Ada Lovelace,{system}-event-{i},{}.{:02},2026-{:02}-{:02}T10:{:02}:00Z,\"Note {i}, with a comma and ünïcödé\"",
                (i * 7 + s) % 1000,
                i % 100,
                i % 12 + 1,
                i % 28 + 1,
                i % 60
            )?;
        }
        w.flush()?;
        drop(w);
        book.import_data(&DataImportInput {
            reference: case.case.reference.to_string(),
            system: system.to_string(),
            categories: "contact".into(),
            path,
            match_identifiers: true,
        })?;
    }
    super::searched_and_answered(book, &case.case.reference.to_string())?;
    Ok((case.case.reference.to_string(), started.elapsed().as_secs_f64()))
}
