//! A system's data in the package: `data/<system>.json` and `.csv`, records
//! streamed from the register (either back end) with what is withheld applied.

use std::io::Write;

use casebook_core::data::spreadsheet_safe;
use casebook_render::{REPORT_RECORDS_PER_SYSTEM, ReportSystem};
use casebook_store::{DataFile, DataItem, DataRegister};
use serde_json::Value;

use super::archive::{Archive, io};
use super::export::Job;
use super::{PACKAGE_FORMAT_VERSION, PackageDesk};
use crate::progress::{ExportPhase, ProgressUnit, Tracker};
use crate::{DataSaid, Error, Result};

/// A value as one CSV cell: text as is, structures as JSON.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Writes one system's `data/<system>.json` and `.csv` from its data
/// files, and gives what the report shows of it.
pub(super) fn write_system<B: PackageDesk + ?Sized>(
    book: &B,
    archive: &mut Archive<'_>,
    tracker: &mut Tracker<'_>,
    job: &Job<'_>,
    system: &str,
    files: &[DataFile],
) -> Result<ReportSystem> {
    let mut columns: Vec<String> = Vec::new();
    let mut categories: Vec<String> = Vec::new();
    for f in files {
        for c in &f.columns {
            if !columns.contains(c) {
                columns.push(c.clone());
            }
        }
        for c in &f.categories {
            if !categories.contains(c) {
                categories.push(c.clone());
            }
        }
    }
    let ids: Vec<i64> = files.iter().map(|f| f.id).collect();
    let of = job.contents.counts.get(system).copied().unwrap_or(0);
    let json_path = format!("data/{system}.json");
    tracker.start(ExportPhase::Writing, &json_path, 0, of, ProgressUnit::Records)?;
    let mut shown: Vec<Vec<(String, String)>> = Vec::new();
    let mut count = 0u64;
    archive.entry(&json_path, |w| {
        let e = io(&json_path);
        write!(
            w,
            "{{\"format\":\"casebook-portability-data\",\"format_version\":{PACKAGE_FORMAT_VERSION},\"case_reference\":{},\"system\":{},\"categories\":{},\"fields\":{},\"records\":[",
            Value::from(job.case.reference.to_string()),
            Value::from(system),
            serde_json::to_string(&categories).expect("strings"),
            serde_json::to_string(&columns).expect("strings"),
        )
        .map_err(&e)?;
        book.register().for_each_data_item(&ids, |item: DataItem| -> Result<()> {
            let Some(item) = job.contents.withheld.apply(item) else { return Ok(()) };
            tracker.record()?;
            w.write_all(if count == 0 { b"\n{" } else { b",\n{" }).map_err(&e)?;
            let pairs = write_json_record(&mut *w, &columns, &item, shown.len() < REPORT_RECORDS_PER_SYSTEM)
                .map_err(&e)?;
            w.write_all(b"}").map_err(&e)?;
            if shown.len() < REPORT_RECORDS_PER_SYSTEM {
                shown.push(pairs);
            }
            count += 1;
            Ok(())
        })?;
        write!(w, "\n],\"record_count\":{count}}}\n").map_err(&e)?;
        Ok(())
    })?;
    tracker.step()?;
    write_csv(book, archive, tracker, job, system, &columns, &ids)?;
    tracker.step()?;
    Ok(ReportSystem { system: system.to_string(), categories, record_count: count, records: shown })
}

/// Writes `data/<system>.csv`: a header of `columns`, then one row per record kept.
fn write_csv<B: PackageDesk + ?Sized>(
    book: &B,
    archive: &mut Archive<'_>,
    tracker: &mut Tracker<'_>,
    job: &Job<'_>,
    system: &str,
    columns: &[String],
    ids: &[i64],
) -> Result<()> {
    let of = job.contents.counts.get(system).copied().unwrap_or(0);
    let csv_path = format!("data/{system}.csv");
    tracker.start(ExportPhase::Writing, &csv_path, 0, of, ProgressUnit::Records)?;
    archive.entry(&csv_path, |w| {
        let e = |x: csv::Error| {
            Error::refused(DataSaid::PackageNotWritten { what: csv_path.to_string(), detail: x.to_string() })
        };
        let mut out = csv::Writer::from_writer(w);
        out.write_record(columns.iter().map(|c| spreadsheet_safe(c).into_owned())).map_err(e)?;
        book.register().for_each_data_item(ids, |item: DataItem| -> Result<()> {
            let Some(item) = job.contents.withheld.apply(item) else {
                return Ok(());
            };
            tracker.record()?;
            let row = columns.iter().map(|c| {
                let text = item.fields.get(c).map(cell).unwrap_or_default();
                spreadsheet_safe(&text).into_owned()
            });
            out.write_record(row).map_err(e)?;
            Ok(())
        })?;
        out.flush().map_err(io(&csv_path))?;
        Ok(())
    })
}

/// Writes one record's fields, in `columns` order, as the members of a JSON
/// object (the braces are the caller's); gives them as report cells when
/// `keep` says the report still shows records.
fn write_json_record(
    w: &mut dyn Write,
    columns: &[String],
    item: &DataItem,
    keep: bool,
) -> std::io::Result<Vec<(String, String)>> {
    let mut first = true;
    let mut pairs = Vec::new();
    for c in columns {
        if let Some(v) = item.fields.get(c) {
            if !first {
                w.write_all(b",")?;
            }
            first = false;
            serde_json::to_writer(&mut *w, c)?;
            w.write_all(b":")?;
            serde_json::to_writer(&mut *w, v)?;
            if keep {
                pairs.push((c.clone(), cell(v)));
            }
        }
    }
    Ok(pairs)
}
