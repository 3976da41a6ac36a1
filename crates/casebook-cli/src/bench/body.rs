//! `casebook bench --body-mb 1,10,50`: how import and classification time
//! grow with a message's body. Each body repeats "delete my data " (the
//! repetition that made the classifier quadratic) on one line; each run
//! imports one `.eml` into a fresh temporary register through the same
//! façade call as `casebook import`, and classifies the body alone
//! (`classify_request` and `extract_details`, what the import runs on it).

use std::path::Path;
use std::time::Instant;

use anyhow::{Result, bail};
use casebook_app::IntakeBook;

use super::timing::median;
use super::{bench_register, scratch};
use crate::output::Printer;

const PHRASE: &str = "delete my data ";

/// An `.eml` whose plain-text body is `mb` MB (10^6 bytes) of [`PHRASE`].
fn write_eml(path: &Path, mb: usize, run: usize) -> Result<usize> {
    let body = PHRASE.repeat((mb * 1_000_000).div_ceil(PHRASE.len()));
    let head = format!(
        "From: Bench Requester <bench@example.org>\r\nTo: privacy@example.com\r\nSubject: My data\r\n\
         Date: Sun, 29 Nov 2026 09:00:00 +0000\r\nMessage-ID: <body-bench-{mb}-{run}@example.org>\r\n\
         MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    );
    std::fs::write(path, [head.as_bytes(), body.as_bytes(), b"\r\n"].concat())?;
    Ok(body.len())
}

pub fn bench_body(sizes: &[usize], runs: usize, p: &Printer) -> Result<()> {
    if runs == 0 {
        bail!("--runs must be at least 1");
    }
    if sizes.is_empty() || sizes.iter().any(|&mb| mb == 0 || mb > 90) {
        bail!("--body-mb takes sizes from 1 to 90 MB (a message over 100 MB is not imported)");
    }
    let rows = scratch("body", |dir| {
        let mut rows = Vec::new();
        for &mb in sizes {
            let mut import_ms = Vec::new();
            let mut classify_ms = Vec::new();
            for run in 0..runs {
                let eml = dir.join(format!("body-{mb}-{run}.eml"));
                let bytes = write_eml(&eml, mb, run)?;
                let body = PHRASE.repeat(bytes / PHRASE.len());
                let t = Instant::now();
                let c = casebook_app::classify_request("My data", &body);
                let _ = casebook_core::classify::extract_details(&body);
                classify_ms.push(t.elapsed().as_secs_f64() * 1e3);
                if !c.is_request {
                    bail!("the {mb} MB body was not read as a request");
                }
                drop(body);
                let db = dir.join(format!("bench-{mb}-{run}.db"));
                let book = bench_register(&db)?;
                let t = Instant::now();
                let outcomes = book.import_paths(std::slice::from_ref(&eml), &mut |_| {});
                import_ms.push(t.elapsed().as_secs_f64() * 1e3);
                if let Some(failed) = outcomes.iter().find(|o| o.failed()) {
                    bail!("the {mb} MB message was not imported: {failed:?}");
                }
                drop(book);
                for f in [eml, db.clone(), db.with_extension("db-wal"), db.with_extension("db-shm")] {
                    let _ = std::fs::remove_file(f);
                }
            }
            let (import, classify) = (median(&import_ms), median(&classify_ms));
            rows.push(serde_json::json!({
                "body_mb": mb, "runs": runs,
                "import_median_ms": import, "import_ms_per_mb": import / mb as f64, "import_ms": import_ms,
                "classify_median_ms": classify, "classify_ms_per_mb": classify / mb as f64, "classify_ms": classify_ms,
            }));
        }
        Ok(rows)
    })?;
    if p.json {
        return p.json(&serde_json::json!({ "body": rows }));
    }
    println!("body of \"{}\" repeated; median of {runs} runs", PHRASE.trim_end());
    println!("  {:>7}  {:>12} {:>10}  {:>14} {:>10}", "size", "import ms", "ms/MB", "classify ms", "ms/MB");
    for r in &rows {
        let f = |k: &str| r[k].as_f64().unwrap_or(0.0);
        println!(
            "  {:>4} MB  {:>12.0} {:>10.1}  {:>14.0} {:>10.1}",
            r["body_mb"],
            f("import_median_ms"),
            f("import_ms_per_mb"),
            f("classify_median_ms"),
            f("classify_ms_per_mb")
        );
    }
    Ok(())
}
