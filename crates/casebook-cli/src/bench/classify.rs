//! `casebook bench --classify DIR`: how long reading one request takes, as an
//! import reads it: its language detected, then its rights found in that
//! language. Every `.txt` file under `DIR` is one request (the classifier's
//! letter corpus, `crates/casebook-core/tests/corpus/letters/`, is the one
//! BENCHMARKS.md reports). The models are loaded before the clock starts,
//! as in a running app; each request is timed alone, `--runs` times, and the
//! median over every request and run is reported, split into detection and
//! classification.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use super::timing::{median, quantile};
use crate::output::Printer;

/// Every `.txt` file below `dir`, sorted, except the folders' notes.
fn requests(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries =
            std::fs::read_dir(&folder).with_context(|| format!("--classify: cannot read {}", folder.display()))?;
        for entry in entries {
            let path = entry?.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|x| x == "txt") {
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("--classify: {} is not UTF-8 text", path.display()))?;
                found.push((path, text));
            }
        }
    }
    found.sort();
    Ok(found)
}

pub fn bench_classify(dir: &Path, runs: usize, p: &Printer) -> Result<()> {
    if runs == 0 {
        bail!("--runs must be at least 1");
    }
    let texts = requests(dir)?;
    if texts.is_empty() {
        bail!("--classify: no .txt file under {}", dir.display());
    }
    // Models loaded once, as in a running app.
    for (_, text) in &texts {
        casebook_app::classify_request("", text);
    }
    let (mut detect_ms, mut classify_ms, mut total_ms) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        for (_, text) in &texts {
            let t = Instant::now();
            let language = casebook_app::detect_language(text);
            let detected = t.elapsed().as_secs_f64() * 1e3;
            let t = Instant::now();
            let c = casebook_core::classify::classify_request("", text, language.as_ref().map(|l| l.code));
            let classified = t.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(c);
            detect_ms.push(detected);
            classify_ms.push(classified);
            total_ms.push(detected + classified);
        }
    }
    let bytes: Vec<f64> = texts.iter().map(|(_, t)| t.len() as f64).collect();
    let row = |times: &[f64]| {
        serde_json::json!({
            "median_ms": median(times), "p90_ms": quantile(times, 0.9), "max_ms": quantile(times, 1.0),
        })
    };
    let report = serde_json::json!({
        "requests": texts.len(), "runs": runs, "median_bytes": median(&bytes),
        "detect_and_classify": row(&total_ms), "detect": row(&detect_ms), "classify": row(&classify_ms),
    });
    if p.json {
        return p.json(&serde_json::json!({ "classify": report }));
    }
    println!(
        "{} requests (median {} bytes) under {}, each timed alone, {runs} runs",
        texts.len(),
        median(&bytes),
        dir.display()
    );
    println!("  {:<22} {:>10} {:>10} {:>10}", "", "median ms", "p90 ms", "max ms");
    for (name, times) in
        [("detect + classify", &total_ms), ("  language detection", &detect_ms), ("  classification", &classify_ms)]
    {
        println!(
            "  {:<22} {:>10.3} {:>10.3} {:>10.3}",
            name,
            median(times),
            quantile(times, 0.9),
            quantile(times, 1.0)
        );
    }
    Ok(())
}
