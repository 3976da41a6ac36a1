//! Excel workbooks (`.xlsx`) as a system's export: the first row of the one
//! worksheet names the columns, each further row is a record. Read with
//! calamine's cell reader, a row at a time (the sheet is never held whole),
//! after a look at the ZIP's directory that refuses a workbook that would
//! unpack to far more than a spreadsheet of personal data does (a zip bomb).

use std::fs::File;
use std::io::BufReader;
use std::path::Path;

use calamine::{DataRef, DataType, Reader, SheetType, Xlsx};
use serde_json::{Map, Number, Value};

use casebook_core::data::{MAX_FIELD_BYTES, MAX_FIELDS};

use super::{ExportProblem, ReadError, Record, RecordAt};

/// What the workbook's parts may unpack to, in all.
const MAX_UNPACKED_BYTES: u64 = 1 << 30;
/// How much one part may grow when unpacked (spreadsheet XML compresses
/// about 10–20×; a zip bomb, thousands of times).
const MAX_RATIO: u64 = 200;

/// Checks the ZIP directory before anything is unpacked.
fn check_archive(path: &Path) -> Result<(), ExportProblem> {
    let file = File::open(path).map_err(|e| ExportProblem::CannotOpen { detail: e.to_string() })?;
    let mut zip =
        zip::ZipArchive::new(BufReader::new(file)).map_err(|e| ExportProblem::XlsxNotZip { detail: e.to_string() })?;
    let mut total = 0u64;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| ExportProblem::XlsxPartUnreadable { part: i as u64, detail: e.to_string() })?;
        let (packed, size) = (entry.compressed_size(), entry.size());
        total = total.saturating_add(size);
        if size > 1 << 20 && size / packed.max(1) > MAX_RATIO {
            return Err(ExportProblem::XlsxPartTooPacked {
                part: entry.name().unwrap_or_default().to_string(),
                ratio: size / packed.max(1),
                mib: size >> 20,
            });
        }
    }
    if total > MAX_UNPACKED_BYTES {
        return Err(ExportProblem::XlsxTooLarge { mib: total >> 20, max_mib: MAX_UNPACKED_BYTES >> 20 });
    }
    Ok(())
}

/// "B7": a cell's name as Excel shows it, for error messages.
fn cell_name(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        letters.push(b'A' + ((c - 1) % 26) as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8(letters).expect("ASCII"), row + 1)
}

/// A cell as JSON: text stays text, numbers numbers, dates ISO 8601.
fn cell_value(v: &DataRef<'_>, at: &str) -> Result<Option<Value>, ExportProblem> {
    Ok(Some(match v {
        DataRef::Empty => return Ok(None),
        DataRef::String(s) => Value::String(s.clone()),
        DataRef::SharedString(s) => Value::String((*s).to_string()),
        DataRef::Int(i) => Value::Number((*i).into()),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 9e15 => Value::Number((*f as i64).into()),
        DataRef::Float(f) => Number::from_f64(*f)
            .map(Value::Number)
            .ok_or_else(|| ExportProblem::CellNotFinite { cell: at.to_string() })?,
        DataRef::Bool(b) => Value::Bool(*b),
        DataRef::DateTime(_) => match v.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => Value::String(t.date().to_string()),
            Some(t) => Value::String(t.format("%Y-%m-%dT%H:%M:%S").to_string()),
            None => return Err(ExportProblem::CellDateInvalid { cell: at.to_string() }),
        },
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::String(s.clone()),
        DataRef::Error(e) => {
            return Err(ExportProblem::CellError { cell: at.to_string(), error: e.to_string() });
        }
    }))
}

/// Reads the workbook's one worksheet, calling `each` for every row after
/// the header. Returns the number of records.
pub(crate) fn read_xlsx<E>(
    path: &Path,
    columns: &mut Vec<String>,
    each: &mut impl FnMut(Record) -> Result<(), E>,
) -> Result<u64, ReadError<E>> {
    check_archive(path)?;
    let mut book: Xlsx<_> = calamine::open_workbook(path)
        .map_err(|e: calamine::XlsxError| ExportProblem::XlsxUnreadable { detail: e.to_string() })?;
    let sheets: Vec<String> =
        book.sheets_metadata().iter().filter(|s| s.typ == SheetType::WorkSheet).map(|s| s.name.clone()).collect();
    let sheet = match sheets.as_slice() {
        [one] => one.clone(),
        [] => return Err(ExportProblem::XlsxNoWorksheet.into()),
        many => return Err(ExportProblem::XlsxManyWorksheets { sheets: many.to_vec() }.into()),
    };
    let unreadable =
        |e: calamine::XlsxError| ExportProblem::WorksheetUnreadable { sheet: sheet.clone(), detail: e.to_string() };
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(unreadable)?;
    // Column index → name, from the first row that holds anything.
    let mut header: Vec<Option<String>> = Vec::new();
    let mut header_row: Option<u32> = None;
    let mut current: Option<(u32, Map<String, Value>)> = None;
    let mut no = 0u64;
    let mut emit = |row: u32, fields: Map<String, Value>, no: &mut u64| -> Result<(), ReadError<E>> {
        if fields.is_empty() {
            return Ok(());
        }
        *no += 1;
        let row = u64::from(row) + 1;
        each(Record { no: *no, line: Some(row), fields })
            .map_err(|error| ReadError::Stopped { at: RecordAt::Row { row, record: *no }, error })
    };
    while let Some(cell) = cells.next_cell().map_err(unreadable)? {
        let (row, col) = cell.get_position();
        let at = cell_name(row, col);
        let Some(value) = cell_value(cell.get_value(), &at)? else { continue };
        if header_row.is_none_or(|h| h == row) {
            header_row = Some(row);
            let name = match &value {
                Value::String(s) => s.trim().to_string(),
                other => other.to_string(),
            };
            if name.is_empty() {
                continue;
            }
            if col as usize >= MAX_FIELDS {
                return Err(ExportProblem::RowHeaderTooWide { row: u64::from(row) + 1, max: MAX_FIELDS as u64 }.into());
            }
            if columns.contains(&name) {
                return Err(ExportProblem::RowColumnTwice { row: u64::from(row) + 1, column: name }.into());
            }
            if header.len() <= col as usize {
                header.resize(col as usize + 1, None);
            }
            header[col as usize] = Some(name.clone());
            columns.push(name);
            continue;
        }
        let Some(Some(name)) = header.get(col as usize) else {
            return Err(ExportProblem::CellWithoutColumn { cell: at }.into());
        };
        if value.as_str().is_some_and(|s| s.len() > MAX_FIELD_BYTES) {
            return Err(ExportProblem::CellTooLong { cell: at, mib: (MAX_FIELD_BYTES >> 20) as u64 }.into());
        }
        match &mut current {
            Some((r, fields)) if *r == row => {
                fields.insert(name.clone(), value);
            }
            _ => {
                if let Some((r, fields)) = current.take() {
                    emit(r, fields, &mut no)?;
                }
                let mut fields = Map::new();
                fields.insert(name.clone(), value);
                current = Some((row, fields));
            }
        }
    }
    if header_row.is_none() {
        return Err(ExportProblem::WorksheetEmpty.into());
    }
    if let Some((r, fields)) = current.take() {
        emit(r, fields, &mut no)?;
    }
    Ok(no)
}

#[cfg(test)]
mod tests {
    use super::cell_name;

    #[test]
    fn cells_are_named_as_excel_names_them() {
        for (row, col, name) in
            [(0, 0, "A1"), (6, 1, "B7"), (0, 25, "Z1"), (9, 26, "AA10"), (0, 701, "ZZ1"), (0, 702, "AAA1")]
        {
            assert_eq!(cell_name(row, col), name);
        }
    }
}
