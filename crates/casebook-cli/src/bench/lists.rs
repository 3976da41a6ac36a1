//! `casebook bench` (the default): the case list's queries on the current
//! database, and the app's page-and-count calls.

use anyhow::{Result, bail};
use casebook_app::{CaseLifecycle, CaseQuery, CaseSort};
use casebook_core::{Right, Status};

use super::timing;
use crate::output::Printer;

/// Runs each query `runs` times and reports the median, the fastest and the
/// slowest run in milliseconds.
pub fn bench_lists(book: &dyn CaseLifecycle, runs: usize, p: &Printer) -> Result<()> {
    if runs == 0 {
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
    // The count alone: a page of none (listing a million cases to count them would dwarf the queries).
    let total = book.list_page(&CaseQuery { limit: Some(0), ..Default::default() }, today)?.total;
    let mut results = Vec::new();
    for (name, q) in &queries {
        let rows = book.list_cases(q, today)?.len();
        let times = timing::time_ms(runs, || {
            let _ = book.list_cases(q, today);
        });
        let mut row = timing::summary_ms(&times);
        row["query"] = name.to_string().into();
        row["rows"] = rows.into();
        results.push(row);
    }
    // What the app's case list calls: a page and the count of all matches in
    // one call, on opening (open cases by due date) and on a search keystroke.
    let open = CaseQuery { open_only: true, sort: CaseSort::Due, limit: Some(100), ..Default::default() };
    let typed = CaseQuery { text: Some("mar".into()), ..open.clone() };
    // A person's name: few matches, which a team register finds through the words' index.
    let person = CaseQuery { text: Some("grace hopper".into()), ..open.clone() };
    for (name, q) in [
        ("app list opening: page of 100 + count", &open),
        ("app search keystroke 'mar': page + count", &typed),
        ("app search 'grace hopper': page + count", &person),
    ] {
        let page = book.list_page(q, today)?;
        let times = timing::time_ms(runs, || {
            let _ = book.list_page(q, today);
        });
        let mut row = timing::summary_ms(&times);
        row["query"] = name.into();
        row["rows"] = page.total.into();
        // A search counts up to the cap: "500" then means "more than 500".
        row["more"] = page.more.into();
        results.push(row);
    }
    if p.json {
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "cases": total, "list": results }))?);
    } else {
        println!("{total} cases; {} runs each (median / min / max, ms)", runs);
        for r in &results {
            println!(
                "  {:<40} {:>6}{} rows  {:>8.2} {:>8.2} {:>8.2}",
                r["query"].as_str().unwrap_or(""),
                r["rows"],
                if r["more"] == true { "+" } else { " " },
                r["median_ms"].as_f64().unwrap_or(0.0),
                r["min_ms"].as_f64().unwrap_or(0.0),
                r["max_ms"].as_f64().unwrap_or(0.0)
            );
        }
    }
    Ok(())
}
