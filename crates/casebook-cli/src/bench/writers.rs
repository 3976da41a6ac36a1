//! `casebook bench --writers N` (a team register only): N members' sessions
//! working the register at once, each on a connection of its own, each
//! acknowledging its own share of the cases received and not yet
//! acknowledged — a step, as the app takes it: read, checked, one
//! transaction with its audit entry, the case's page read back. Reports the
//! steps per second of all writers together, each step's latency, and then
//! walks the audit chain to show it stayed one line.

use std::time::Instant;

use anyhow::{Result, bail};
use casebook_app::{CaseLifecycle, CaseQuery, CaseSort, PgConfig, TeamBook};
use casebook_core::{Channel, Status};

use super::timing;
use crate::output::Printer;

/// Runs `writers` threads of `steps` acknowledgements each; `open` gives each
/// writer its own connection (as its own session).
pub fn bench_writers(
    config: &PgConfig,
    writers: usize,
    steps: usize,
    open: impl Fn() -> Result<TeamBook>,
    p: &Printer,
) -> Result<()> {
    if writers == 0 || steps == 0 {
        bail!("--writers and --steps must be at least 1");
    }
    let book = open()?;
    let today = book.today()?;
    let wanted = writers * steps;
    let q = CaseQuery {
        status: Some(Status::Received),
        sort: CaseSort::Received,
        limit: Some(u32::try_from(wanted).unwrap_or(u32::MAX)),
        ..Default::default()
    };
    let cases: Vec<String> = book.list_cases(&q, today)?.into_iter().map(|c| c.reference).collect();
    if cases.len() < wanted {
        bail!(
            "{wanted} cases received and not yet acknowledged are needed ({writers} writers × {steps} steps), the register has {}: \
             add some with `casebook demo generate --cases N`",
            cases.len()
        );
    }
    let books: Vec<TeamBook> = (0..writers).map(|_| open()).collect::<Result<_>>()?;
    let started = Instant::now();
    let results: Vec<Result<Vec<f64>>> = std::thread::scope(|s| {
        let handles: Vec<_> = books
            .iter()
            .zip(cases.chunks(steps))
            .map(|(book, share)| {
                s.spawn(move || -> Result<Vec<f64>> {
                    let mut times = Vec::with_capacity(share.len());
                    for reference in share {
                        let t = Instant::now();
                        book.acknowledge(reference, None, Channel::Email)?;
                        times.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    Ok(times)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("a writer thread panicked")).collect()
    });
    let seconds = started.elapsed().as_secs_f64();
    let mut latencies = Vec::new();
    for r in results {
        latencies.extend(r?);
    }
    let done = latencies.len();
    let verify_started = Instant::now();
    let report = casebook_app::team_verify_audit(config)?;
    let verify_seconds = verify_started.elapsed().as_secs_f64();
    let summary = serde_json::json!({
        "writers": writers,
        "steps": done,
        "seconds": seconds,
        "steps_per_second": done as f64 / seconds,
        "step_median_ms": timing::median(&latencies),
        "step_p90_ms": timing::quantile(&latencies, 0.9),
        "audit_entries": report.entries,
        "audit_intact": report.is_intact(),
        "audit_verify_seconds": verify_seconds,
    });
    if p.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "{writers} writers, {done} acknowledgements in {seconds:.2} s: {:.0} steps/s (each: median {:.1} ms, p90 {:.1} ms)",
            done as f64 / seconds,
            timing::median(&latencies),
            timing::quantile(&latencies, 0.9)
        );
        println!(
            "Audit chain: {} entries, {} (walked in {verify_seconds:.1} s)",
            report.entries,
            if report.is_intact() { "intact" } else { "BROKEN" }
        );
    }
    if !report.is_intact() {
        bail!("the audit chain does not verify after the writers: {:?}", report.problem);
    }
    Ok(())
}
