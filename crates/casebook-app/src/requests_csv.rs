//! The cases (the requests received) as CSV, for the organisation's records:
//! `casebook case list --csv`, on a local or a team register
//! ([`crate::CaseLifecycle::export_requests_csv`]).

use crate::{CaseSummary, Result};

const HEADER: [&str; 12] = [
    "reference",
    "received",
    "requester",
    "rights",
    "regime",
    "location",
    "channel",
    "status",
    "due",
    "days_left",
    "outcome",
    "closed_on",
];

/// Writes `rows` (the register's cases, as listed) as CSV (RFC 4180, UTF-8,
/// one header row): the same columns and values whichever register they
/// were read from.
pub(crate) fn write_requests_csv(rows: Vec<CaseSummary>, out: &mut dyn std::io::Write) -> Result<()> {
    let mut w = csv::Writer::from_writer(out);
    let io = |e: csv::Error| crate::Error::refused(crate::RegisterSaid::CsvNotWritten { detail: e.to_string() });
    w.write_record(HEADER).map_err(io)?;
    for r in rows {
        let rights: Vec<&str> = r.rights.iter().map(|r| r.code()).collect();
        w.write_record([
            r.reference,
            r.received.to_string(),
            csv_safe(&r.requester_name),
            rights.join(" "),
            r.regime.code().into(),
            r.location,
            r.channel.code().into(),
            r.status.code().into(),
            r.due.map(|d| d.to_string()).unwrap_or_default(),
            r.days_left.map(|d| d.to_string()).unwrap_or_default(),
            r.outcome.map(|o| o.code().to_string()).unwrap_or_default(),
            r.closed_on.map(|d| d.to_string()).unwrap_or_default(),
        ])
        .map_err(io)?;
    }
    w.flush().map_err(|e| crate::Error::refused(crate::RegisterSaid::CsvNotWritten { detail: e.to_string() }))?;
    Ok(())
}

/// A requester's name comes from outside: a leading `=`, `+`, `-` or `@` would
/// run as a formula when the register is opened in a spreadsheet.
fn csv_safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}
