//! `casebook bench --documents`: how long letters and evidence packs take to
//! make, through the same façade calls as `letter make` and `case evidence`
//! (render, store on the case, audit), in a fresh temporary register.

use std::time::Instant;

use anyhow::{Result, bail};
use casebook_app::NewRequest;
use casebook_app::{EvidenceBook, LetterBook};
use casebook_core::{Channel, Right};

use super::scratch;
use super::timing::median;
use crate::output::Printer;

/// Makes each letter and the pack `runs` times; `entries` notes give the
/// evidence pack's case its timeline.
pub fn bench_documents(runs: usize, entries: usize, p: &Printer) -> Result<()> {
    if runs == 0 {
        bail!("--runs must be at least 1");
    }
    let r = scratch("documents", |dir| {
        let book = crate::open(&Some(dir.join("bench.db")), true)?;
        // The demo organisation: its letterhead and its register of
        // processing, which the access response quotes.
        book.load_demo_organisation(0)?;
        let today = book.today()?;
        let case = book.log_request(NewRequest {
            requester_emails: vec!["zoe@example.org".into()],
            requester_address: Some("Flat 3, 12 High Street\nLeeds LS1 4AP".into()),
            ..NewRequest::new("Zoë Łukasiewicz", Channel::Email, today, vec![Right::Access])
        })?;
        super::searched_and_answered(&book, &case.case.reference.to_string())?;
        let mut letters = Vec::new();
        for kind in [casebook_app::LetterKind::Acknowledgement, casebook_app::LetterKind::AccessResponse] {
            let mut times = Vec::new();
            let mut pages = 0;
            for _ in 0..runs {
                let t = Instant::now();
                let letter = book.make_letter(&case.case.reference.to_string(), kind, None, today)?;
                times.push(t.elapsed().as_secs_f64() * 1e3);
                pages = letter.pages;
            }
            letters.push(serde_json::json!({ "kind": kind, "pages": pages, "median_ms": median(&times), "ms": times }));
        }
        for i in 0..entries {
            book.add_note(
                &case.case.reference.to_string(),
                &format!("Call log {i}: spoke to the requester about the scope of the search"),
            )?;
        }
        let mut times = Vec::new();
        let mut last = None;
        for _ in 0..runs {
            let t = Instant::now();
            let pack = book.evidence_pack(&case.case.reference.to_string(), today)?;
            times.push(t.elapsed().as_secs_f64() * 1e3);
            last = Some(pack);
        }
        let pack = last.expect("at least one run");
        Ok(serde_json::json!({
            "letters": letters,
            "evidence_pack": { "timeline_entries": pack.timeline_entries, "pages": pack.pages,
                "median_ms": median(&times), "ms": times },
        }))
    })?;
    if p.json {
        return p.json(&r);
    }
    for l in r["letters"].as_array().into_iter().flatten() {
        println!(
            "letter {}: {} page(s), median {:.1} ms over {runs} runs",
            l["kind"].as_str().unwrap_or(""),
            l["pages"],
            l["median_ms"].as_f64().unwrap_or(0.0)
        );
    }
    let e = &r["evidence_pack"];
    println!(
        "evidence pack: {} timeline entries, {} pages, median {:.0} ms over {runs} runs",
        e["timeline_entries"],
        e["pages"],
        e["median_ms"].as_f64().unwrap_or(0.0)
    );
    Ok(())
}
