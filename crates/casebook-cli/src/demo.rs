//! `casebook demo …` and `casebook bench`.

use std::time::Instant;

use anyhow::{Result, bail};
use casebook_app::{CaseQuery, CaseSort, Casebook, OrganisationInput};
use casebook_core::{Right, Status};
use clap::{Args, Subcommand};

use crate::output::Printer;

#[derive(Subcommand)]
pub enum DemoCommand {
    /// Add N realistic synthetic cases received over the last year.
    Generate {
        #[arg(long)]
        cases: usize,
        /// Same seed, same cases.
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Fill an empty database with the demo organisation (assets/demo/): its
    /// profile, register of processing and a handful of cases.
    Load(crate::processing::DemoLoadArgs),
}

#[derive(Args)]
pub struct BenchArgs {
    /// How many times each query runs (the median is reported).
    #[arg(long, default_value_t = 25)]
    runs: usize,
    /// Instead of the list queries: write an mbox of N synthetic messages and
    /// import it into a fresh temporary register (your database is not touched).
    #[arg(long, value_name = "N")]
    import: Option<usize>,
    /// Instead: a person with N records across 5 systems in a fresh temporary
    /// register; export the portability package --runs times (default 3 here).
    #[arg(long, value_name = "N")]
    package: Option<usize>,
    /// Instead: make an acknowledgement and an access response (from the demo
    /// organisation) and the evidence pack of a case with N timeline entries,
    /// --runs times each (default 10 here), in a fresh temporary register.
    #[arg(long, value_name = "N")]
    documents: Option<usize>,
    /// Instead: import one message whose body repeats "delete my data " to
    /// each of these sizes (comma-separated, in MB), and classify the body
    /// alone, --runs times each (default 3 here), in fresh temporary registers.
    #[arg(long, value_name = "MB,…", value_delimiter = ',')]
    body_mb: Vec<usize>,
}

pub fn run_demo(cmd: DemoCommand, book: Casebook, p: &Printer) -> Result<()> {
    match cmd {
        DemoCommand::Generate { cases, seed } => {
            if book.organisation()?.is_none() {
                book.set_organisation(OrganisationInput { name: Some("Demo Ltd".into()), ..Default::default() })?;
            }
            let started = Instant::now();
            let n = book.generate_demo_cases(cases, seed)?;
            let secs = started.elapsed().as_secs_f64();
            if p.json {
                println!("{}", serde_json::json!({ "generated": n, "seconds": secs }));
            } else {
                println!("Generated {n} cases in {secs:.1} s.");
            }
        }
        DemoCommand::Load(a) => crate::processing::run_demo_load(a, &book, p)?,
    }
    Ok(())
}

/// Runs each query `runs` times (after one warm-up) and reports the median,
/// the fastest and the slowest run in milliseconds.
pub fn run_bench(args: BenchArgs, db: &Option<std::path::PathBuf>, p: &Printer) -> Result<()> {
    if let Some(n) = args.import {
        return bench_import(n, p);
    }
    if let Some(n) = args.package {
        return crate::package::bench_package(n, if args.runs == 25 { 3 } else { args.runs }, p);
    }
    if !args.body_mb.is_empty() {
        return crate::bench_body::bench_body(&args.body_mb, if args.runs == 25 { 3 } else { args.runs }, p);
    }
    if let Some(n) = args.documents {
        return crate::bench_docs::bench_documents(if args.runs == 25 { 10 } else { args.runs }, n, p);
    }
    let book = crate::open(db, false)?;
    if args.runs == 0 {
        bail!("--runs must be at least 1");
    }
    let today = book.today()?;
    let queries: Vec<(&str, CaseQuery)> = vec![
        ("first page, newest first", CaseQuery { limit: Some(50), ..Default::default() }),
        (
            "filter status + text search",
            CaseQuery { status: Some(Status::InProgress), text: Some("müller".into()), ..Default::default() },
        ),
        (
            "filter right + regime + text search",
            CaseQuery {
                right: Some(Right::Erasure),
                regime: Some(casebook_core::Regime::UkGdpr),
                text: Some("ada".into()),
                limit: Some(100),
                ..Default::default()
            },
        ),
        (
            "text search (email prefix)",
            CaseQuery { text: Some("grace.hopper".into()), limit: Some(100), ..Default::default() },
        ),
        (
            "due within 7 days, by due date",
            CaseQuery { due_within_days: Some(7), sort: CaseSort::Due, limit: Some(200), ..Default::default() },
        ),
    ];
    let total = book.list_cases(&CaseQuery::default(), today)?.len();
    let mut results = Vec::new();
    for (name, q) in &queries {
        let rows = book.list_cases(q, today)?.len();
        let times = crate::timing::time_ms(args.runs, || {
            let _ = book.list_cases(q, today);
        });
        let mut row = crate::timing::summary_ms(&times);
        row["query"] = name.to_string().into();
        row["rows"] = rows.into();
        results.push(row);
    }
    // What the app's case list calls: a page and the count of all matches in
    // one call, on opening (open cases by due date) and on a search keystroke.
    let open = CaseQuery { open_only: true, sort: CaseSort::Due, limit: Some(100), ..Default::default() };
    let typed = CaseQuery { text: Some("mar".into()), ..open.clone() };
    for (name, q) in
        [("app list opening: page of 100 + count", &open), ("app search keystroke 'mar': page + count", &typed)]
    {
        let page = book.list_page(q, today)?;
        let times = crate::timing::time_ms(args.runs, || {
            let _ = book.list_page(q, today);
        });
        let mut row = crate::timing::summary_ms(&times);
        row["query"] = name.into();
        row["rows"] = page.total.into();
        results.push(row);
    }
    if p.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "cases": total, "list": results }))?);
    } else {
        println!("{total} cases; {} runs each (median / min / max, ms)", args.runs);
        for r in &results {
            println!(
                "  {:<40} {:>6} rows  {:>8.2} {:>8.2} {:>8.2}",
                r["query"].as_str().unwrap_or(""),
                r["rows"],
                r["median_ms"].as_f64().unwrap_or(0.0),
                r["min_ms"].as_f64().unwrap_or(0.0),
                r["max_ms"].as_f64().unwrap_or(0.0)
            );
        }
    }
    Ok(())
}

/// Peak resident memory of this process so far (Linux), in MB.
pub(crate) fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn bench_import(n: usize, p: &Printer) -> Result<()> {
    let dir = std::env::temp_dir().join(format!("casebook-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = (|| -> Result<serde_json::Value> {
        let mbox = dir.join("bench.mbox");
        let mut w = std::io::BufWriter::new(std::fs::File::create(&mbox)?);
        casebook_app::write_synthetic_mbox(&mut w, n, 2026)?;
        std::io::Write::flush(&mut w)?;
        drop(w);
        let size_mb = std::fs::metadata(&mbox)?.len() as f64 / 1e6;
        let book = crate::open(&Some(dir.join("bench.db")), true)?;
        book.set_organisation(OrganisationInput { name: Some("Bench Ltd".into()), ..Default::default() })?;
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
    })();
    let _ = std::fs::remove_dir_all(&dir);
    let r = result?;
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
