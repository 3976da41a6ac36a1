//! Run times for `casebook bench`: each figure is a median over several runs,
//! with the fastest and the slowest (the machine is noisy); peak memory.

use std::time::Instant;

/// The middle value (the upper middle for an even count); `NaN` for none.
pub fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The value at fraction `q` (0 to 1) of the sorted `values` (nearest rank); `NaN` for none.
pub fn quantile(values: &[f64], q: f64) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted.get(at).copied().unwrap_or(f64::NAN)
}

/// Runs `f` `runs` times and returns each run's time in milliseconds.
pub fn time_ms(runs: usize, mut f: impl FnMut()) -> Vec<f64> {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

/// Peak resident memory of this process so far (Linux), in MB.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status.lines().find(|l| l.starts_with("VmHWM:"))?.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// `{median_ms, min_ms, max_ms, runs}` of run times in milliseconds.
pub fn summary_ms(times: &[f64]) -> serde_json::Value {
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    let max = times.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    serde_json::json!({ "median_ms": median(times), "min_ms": min, "max_ms": max, "runs": times.len() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_takes_the_middle_of_the_sorted_values() {
        for (values, expected) in [(&[3.0, 1.0, 2.0][..], 2.0), (&[4.0, 1.0, 3.0, 2.0][..], 3.0), (&[7.5][..], 7.5)] {
            assert_eq!(median(values), expected, "{values:?}");
        }
        assert!(median(&[]).is_nan());
    }

    #[test]
    fn summary_reports_the_spread() {
        let s = summary_ms(&[5.0, 1.0, 9.0]);
        assert_eq!(
            (s["median_ms"].as_f64(), s["min_ms"].as_f64(), s["max_ms"].as_f64()),
            (Some(5.0), Some(1.0), Some(9.0))
        );
        assert_eq!(s["runs"], 3);
        assert_eq!(time_ms(4, || ()).len(), 4);
    }
}
