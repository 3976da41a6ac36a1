//! `casebook bench --import N`: an mbox of N synthetic messages imported
//! into a fresh temporary register.

use std::time::Instant;

use anyhow::Result;
use casebook_app::IntakeBook;

use super::timing::peak_rss_mb;
use super::{bench_register, scratch};
use crate::output::Printer;

pub fn bench_import(n: usize, p: &Printer) -> Result<()> {
    let r = scratch("import", |dir| {
        let mbox = dir.join("bench.mbox");
        let mut w = std::io::BufWriter::new(std::fs::File::create(&mbox)?);
        casebook_app::write_synthetic_mbox(&mut w, n, 2026)?;
        std::io::Write::flush(&mut w)?;
        drop(w);
        let size_mb = std::fs::metadata(&mbox)?.len() as f64 / 1e6;
        let book = bench_register(&dir.join("bench.db"))?;
        let rss_before = peak_rss_mb();
        let started = Instant::now();
        let outcomes = book.import_paths(&[mbox], &mut |_| {});
        let secs = started.elapsed().as_secs_f64();
        let failed = outcomes.iter().filter(|o| o.failed()).count();
        Ok(serde_json::json!({
            "messages": outcomes.len(), "failed": failed, "mbox_mb": size_mb, "seconds": secs,
            "messages_per_second": outcomes.len() as f64 / secs,
            "peak_rss_mb_before": rss_before, "peak_rss_mb_after": peak_rss_mb(),
        }))
    })?;
    if p.json {
        return p.json(&r);
    }
    println!(
        "Imported {} messages ({:.0} MB mbox, {} failed) in {:.2} s: {:.0} messages/s; peak memory {:.0} MB (before the import: {:.0} MB)",
        r["messages"],
        r["mbox_mb"].as_f64().unwrap_or(0.0),
        r["failed"],
        r["seconds"].as_f64().unwrap_or(0.0),
        r["messages_per_second"].as_f64().unwrap_or(0.0),
        r["peak_rss_mb_after"].as_f64().unwrap_or(0.0),
        r["peak_rss_mb_before"].as_f64().unwrap_or(0.0)
    );
    Ok(())
}
