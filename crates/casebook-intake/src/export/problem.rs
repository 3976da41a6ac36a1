//! Why a system's export does not read, as facts: each sentence a variant
//! with its values (the line, row, cell or record, the counts, the column's
//! name), so the command line prints its English (`Display`) and the desktop
//! app words the same facts in the window's language. What another program
//! says (the CSV and JSON parsers, the ZIP and Excel readers, the system's
//! reason a file cannot be read) is kept as its `detail`, as it wrote it.

use std::fmt;

use serde::Serialize;

/// A file's fault, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum ExportProblem {
    /// The file cannot be opened (`detail`: the system's reason).
    CannotOpen { detail: String },
    /// The file cannot be read, at a line of a CSV file when the reader knows it
    /// (`detail`: the system's reason).
    CannotRead { line: Option<u64>, detail: String },
    /// A byte-order mark of UTF-16.
    Utf16,
    /// A CSV quote opened on `line` and never closed.
    QuoteNeverClosed { line: u64 },
    /// A CSV field (1-based) whose bytes are not UTF-8.
    CsvNotUtf8 { line: u64, field: u64 },
    /// A CSV record with another number of fields than the header.
    FieldCount { line: u64, fields: u64, header: u64 },
    /// Another fault of the CSV reader (`detail`: its English).
    Csv { line: Option<u64>, detail: String },
    /// A CSV file without even a header line.
    CsvNoHeader,
    /// A CSV header with more columns than a record may have fields.
    HeaderTooWide { columns: u64, max: u64 },
    /// A CSV header column (1-based) without a name.
    HeaderColumnUnnamed { column: u64 },
    /// A CSV header naming a column twice.
    HeaderColumnTwice { column: String },
    /// A CSV field over the size of a field.
    CsvFieldTooLong { line: u64, record: u64, field: String, mib: u64 },
    /// A JSON file's fault, where the parser stood when it says.
    Json { at: Option<TextAt>, problem: JsonProblem },
    /// An `.xlsx` file whose ZIP directory does not read (`detail`: the ZIP reader's English).
    XlsxNotZip { detail: String },
    /// A part (0-based, as the ZIP directory counts) of an `.xlsx` file that does not read
    /// (`detail`: the ZIP reader's English).
    XlsxPartUnreadable { part: u64, detail: String },
    /// A part of an `.xlsx` file that would unpack far more than spreadsheet XML does.
    XlsxPartTooPacked { part: String, ratio: u64, mib: u64 },
    /// An `.xlsx` file whose parts would unpack to more than the limit.
    XlsxTooLarge { mib: u64, max_mib: u64 },
    /// A workbook the Excel reader refuses (`detail`: its English).
    XlsxUnreadable { detail: String },
    /// A workbook without a worksheet.
    XlsxNoWorksheet,
    /// A workbook of several worksheets (their names).
    XlsxManyWorksheets { sheets: Vec<String> },
    /// A worksheet the Excel reader cannot read (`detail`: its English).
    WorksheetUnreadable { sheet: String, detail: String },
    /// A worksheet's header row with more columns than a record may have fields.
    RowHeaderTooWide { row: u64, max: u64 },
    /// A worksheet's header row naming a column twice.
    RowColumnTwice { row: u64, column: String },
    /// A cell (`B7`) holding a number that is not finite.
    CellNotFinite { cell: String },
    /// A cell holding a date Excel cannot place in time.
    CellDateInvalid { cell: String },
    /// A cell holding one of Excel's errors (`error` as Excel shows it, e.g. `#DIV/0!`).
    CellError { cell: String, error: String },
    /// A cell with a value in a column the header row does not name.
    CellWithoutColumn { cell: String },
    /// A cell over the size of a field.
    CellTooLong { cell: String, mib: u64 },
    /// A worksheet without even a header row.
    WorksheetEmpty,
}

/// Where a JSON parser stood: line and column, from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TextAt {
    pub line: u64,
    pub column: u64,
}

/// A JSON file's fault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum JsonProblem {
    /// An element of the array that is not an object.
    NotAnObject { record: u64, found: JsonKind },
    /// A record with more fields than a record may have.
    TooManyFields { record: u64, fields: u64, max: u64 },
    /// A field over the size of a field.
    FieldTooLong { record: u64, field: String, mib: u64 },
    /// A field whose name is empty.
    EmptyFieldName { record: u64 },
    /// More different field names across the file than a record may have fields.
    TooManyNames { record: u64, max: u64 },
    /// Bytes that are not UTF-8 (`detail`: the parser's English).
    NotUtf8 { detail: String },
    /// Anything else the parser refuses (`detail`: its English).
    Parser { detail: String },
}

/// What a JSON value is, when an object was expected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum JsonKind {
    Null,
    Boolean,
    Number,
    String,
    Array,
}

/// Where a record is in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum RecordAt {
    /// A CSV record, by the line it starts on.
    Line { line: u64, record: u64 },
    /// A worksheet's row.
    Row { row: u64, record: u64 },
    /// An element of a JSON array, with where the parser stood when it says.
    Element { record: u64, at: Option<TextAt> },
}

/// Why reading a file stopped: its own fault, or the caller's refusal of a record.
#[derive(Debug)]
pub enum ReadError<E> {
    Problem(ExportProblem),
    /// The function given each record refused one (e.g. it could not be stored).
    Stopped {
        at: RecordAt,
        error: E,
    },
}

impl<E> From<ExportProblem> for ReadError<E> {
    fn from(p: ExportProblem) -> Self {
        ReadError::Problem(p)
    }
}

impl<E: fmt::Display> fmt::Display for ReadError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Problem(p) => p.fmt(f),
            ReadError::Stopped { at, error } => write!(f, "{at}: {error}"),
        }
    }
}

impl fmt::Display for TextAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {} column {}", self.line, self.column)
    }
}

impl fmt::Display for RecordAt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordAt::Line { line, record } => write!(f, "line {line} (record {record})"),
            RecordAt::Row { row, record } => write!(f, "row {row} (record {record})"),
            RecordAt::Element { record, at: Some(at) } => write!(f, "{at}: record {record}"),
            RecordAt::Element { record, at: None } => write!(f, "record {record}"),
        }
    }
}

impl fmt::Display for JsonKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonKind::Null => "null",
            JsonKind::Boolean => "a boolean",
            JsonKind::Number => "a number",
            JsonKind::String => "a string",
            JsonKind::Array => "an array",
        })
    }
}

impl fmt::Display for JsonProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JsonProblem::NotAnObject { record, found } => write!(f, "record {record} is {found}, not an object"),
            JsonProblem::TooManyFields { record, fields, max } => {
                write!(f, "record {record} has {fields} fields (at most {max})")
            }
            JsonProblem::FieldTooLong { record, field, mib } => {
                write!(f, "record {record}: field '{field}' is longer than {mib} MiB")
            }
            JsonProblem::EmptyFieldName { record } => write!(f, "record {record}: a field has an empty name"),
            JsonProblem::TooManyNames { record, max } => {
                write!(f, "record {record}: more than {max} different field names in the file")
            }
            JsonProblem::NotUtf8 { detail } => write!(f, "{detail} (the file is not UTF-8, or mixes encodings)"),
            JsonProblem::Parser { detail } => f.write_str(detail),
        }
    }
}

impl fmt::Display for ExportProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ExportProblem as P;
        match self {
            P::CannotOpen { detail } => write!(f, "cannot open: {detail}"),
            P::CannotRead { line: Some(line), detail } => write!(f, "line {line}: cannot read: {detail}"),
            P::CannotRead { line: None, detail } => write!(f, "cannot read: {detail}"),
            P::Utf16 => f.write_str("the file is UTF-16; save it as UTF-8 and import it again"),
            P::QuoteNeverClosed { line } => write!(f, "line {line}: a quoted field is never closed (broken quote)"),
            P::CsvNotUtf8 { line, field } => write!(
                f,
                "line {line}: field {field} is not valid UTF-8 (the file is in another encoding, or mixes encodings); save it as UTF-8"
            ),
            P::FieldCount { line, fields, header } => write!(
                f,
                "line {line}: the record has {fields} fields where the header has {header} (a broken quote or a stray comma?)"
            ),
            P::Csv { line: Some(line), detail } => write!(f, "line {line}: {detail}"),
            P::Csv { line: None, detail } => f.write_str(detail),
            P::CsvNoHeader => f.write_str("the file is empty (a CSV export starts with a header line)"),
            P::HeaderTooWide { columns, max } => write!(f, "line 1: the header has {columns} columns (at most {max})"),
            P::HeaderColumnUnnamed { column } => write!(f, "line 1: column {column} of the header has no name"),
            P::HeaderColumnTwice { column } => write!(f, "line 1: column '{column}' appears twice in the header"),
            P::CsvFieldTooLong { line, record, field, mib } => {
                write!(f, "line {line} (record {record}): field '{field}' is longer than {mib} MiB (a broken quote?)")
            }
            P::Json { at: Some(at), problem } => write!(f, "{at}: {problem}"),
            P::Json { at: None, problem } => problem.fmt(f),
            P::XlsxNotZip { detail } => write!(f, "not an Excel workbook: its ZIP structure is unreadable ({detail})"),
            P::XlsxPartUnreadable { part, detail } => {
                write!(f, "not an Excel workbook: part {part} is unreadable ({detail})")
            }
            P::XlsxPartTooPacked { part, ratio, mib } => {
                write!(f, "part '{part}' would unpack {ratio}× (to {mib} MiB): not a spreadsheet export (a zip bomb?)")
            }
            P::XlsxTooLarge { mib, max_mib } => {
                write!(f, "the workbook would unpack to {mib} MiB (at most {max_mib} MiB); export the data as CSV")
            }
            P::XlsxUnreadable { detail } => write!(f, "not a readable Excel workbook: {detail}"),
            P::XlsxNoWorksheet => f.write_str("the workbook has no worksheet"),
            P::XlsxManyWorksheets { sheets } => write!(
                f,
                "the workbook has {} worksheets ({}); save each as its own file and import them one by one",
                sheets.len(),
                sheets.join(", ")
            ),
            P::WorksheetUnreadable { sheet, detail } => write!(f, "worksheet '{sheet}': {detail}"),
            P::RowHeaderTooWide { row, max } => write!(f, "row {row}: the header has more than {max} columns"),
            P::RowColumnTwice { row, column } => write!(f, "row {row}: column '{column}' appears twice in the header"),
            P::CellNotFinite { cell } => write!(f, "cell {cell}: not a finite number"),
            P::CellDateInvalid { cell } => write!(f, "cell {cell}: a date Excel cannot place in time"),
            P::CellError { cell, error } => {
                write!(f, "cell {cell} holds the error {error}: fix or clear it in Excel and export again")
            }
            P::CellWithoutColumn { cell } => {
                write!(f, "cell {cell} has a value but its column has no name in the header row")
            }
            P::CellTooLong { cell, mib } => write!(f, "cell {cell}: longer than {mib} MiB"),
            P::WorksheetEmpty => f.write_str("the worksheet is empty (an export starts with a header row)"),
        }
    }
}

impl std::error::Error for ExportProblem {}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each problem says what the reader said before it was given as facts, word for word.
    #[test]
    fn each_csv_problem_displays_its_english() {
        use ExportProblem as P;
        let io = "Permission denied (os error 13)";
        let table: Vec<(ExportProblem, &str)> = vec![
            (P::CannotOpen { detail: io.into() }, "cannot open: Permission denied (os error 13)"),
            (P::CannotRead { line: None, detail: io.into() }, "cannot read: Permission denied (os error 13)"),
            (
                P::CannotRead { line: Some(7), detail: io.into() },
                "line 7: cannot read: Permission denied (os error 13)",
            ),
            (P::Utf16, "the file is UTF-16; save it as UTF-8 and import it again"),
            (P::QuoteNeverClosed { line: 3 }, "line 3: a quoted field is never closed (broken quote)"),
            (
                P::CsvNotUtf8 { line: 3, field: 2 },
                "line 3: field 2 is not valid UTF-8 (the file is in another encoding, or mixes encodings); save it as UTF-8",
            ),
            (
                P::FieldCount { line: 3, fields: 1, header: 2 },
                "line 3: the record has 1 fields where the header has 2 (a broken quote or a stray comma?)",
            ),
            (P::Csv { line: Some(4), detail: "CSV error".into() }, "line 4: CSV error"),
            (P::Csv { line: None, detail: "CSV error".into() }, "CSV error"),
            (P::CsvNoHeader, "the file is empty (a CSV export starts with a header line)"),
            (P::HeaderTooWide { columns: 600, max: 500 }, "line 1: the header has 600 columns (at most 500)"),
            (P::HeaderColumnUnnamed { column: 2 }, "line 1: column 2 of the header has no name"),
            (P::HeaderColumnTwice { column: "x".into() }, "line 1: column 'x' appears twice in the header"),
            (
                P::CsvFieldTooLong { line: 2, record: 1, field: "b".into(), mib: 1 },
                "line 2 (record 1): field 'b' is longer than 1 MiB (a broken quote?)",
            ),
        ];
        for (problem, english) in table {
            assert_eq!(problem.to_string(), english, "{problem:?}");
        }
    }

    #[test]
    fn each_json_and_excel_problem_displays_its_english() {
        use ExportProblem as P;
        let at = Some(TextAt { line: 2, column: 5 });
        let json = |at, problem| P::Json { at, problem };
        let table: Vec<(ExportProblem, &str)> = vec![
            (
                json(at, JsonProblem::NotAnObject { record: 4, found: JsonKind::String }),
                "line 2 column 5: record 4 is a string, not an object",
            ),
            (
                json(None, JsonProblem::NotAnObject { record: 1, found: JsonKind::Null }),
                "record 1 is null, not an object",
            ),
            (
                json(at, JsonProblem::NotAnObject { record: 2, found: JsonKind::Boolean }),
                "line 2 column 5: record 2 is a boolean, not an object",
            ),
            (
                json(at, JsonProblem::NotAnObject { record: 2, found: JsonKind::Number }),
                "line 2 column 5: record 2 is a number, not an object",
            ),
            (
                json(at, JsonProblem::NotAnObject { record: 2, found: JsonKind::Array }),
                "line 2 column 5: record 2 is an array, not an object",
            ),
            (
                json(at, JsonProblem::TooManyFields { record: 2, fields: 600, max: 500 }),
                "line 2 column 5: record 2 has 600 fields (at most 500)",
            ),
            (
                json(at, JsonProblem::FieldTooLong { record: 2, field: "notes".into(), mib: 1 }),
                "line 2 column 5: record 2: field 'notes' is longer than 1 MiB",
            ),
            (
                json(at, JsonProblem::EmptyFieldName { record: 2 }),
                "line 2 column 5: record 2: a field has an empty name",
            ),
            (
                json(at, JsonProblem::TooManyNames { record: 500, max: 500 }),
                "line 2 column 5: record 500: more than 500 different field names in the file",
            ),
            (
                json(at, JsonProblem::NotUtf8 { detail: "invalid unicode code point".into() }),
                "line 2 column 5: invalid unicode code point (the file is not UTF-8, or mixes encodings)",
            ),
            (
                json(at, JsonProblem::Parser { detail: "trailing characters".into() }),
                "line 2 column 5: trailing characters",
            ),
            (json(None, JsonProblem::Parser { detail: "EOF".into() }), "EOF"),
            (
                P::XlsxNotZip { detail: "invalid Zip archive".into() },
                "not an Excel workbook: its ZIP structure is unreadable (invalid Zip archive)",
            ),
            (
                P::XlsxPartUnreadable { part: 3, detail: "bad".into() },
                "not an Excel workbook: part 3 is unreadable (bad)",
            ),
            (
                P::XlsxPartTooPacked { part: "xl/worksheets/sheet1.xml".into(), ratio: 1000, mib: 900 },
                "part 'xl/worksheets/sheet1.xml' would unpack 1000× (to 900 MiB): not a spreadsheet export (a zip bomb?)",
            ),
            (
                P::XlsxTooLarge { mib: 2048, max_mib: 1024 },
                "the workbook would unpack to 2048 MiB (at most 1024 MiB); export the data as CSV",
            ),
            (P::XlsxUnreadable { detail: "no workbook".into() }, "not a readable Excel workbook: no workbook"),
            (P::XlsxNoWorksheet, "the workbook has no worksheet"),
            (
                P::XlsxManyWorksheets { sheets: vec!["Sheet1".into(), "Sheet2".into()] },
                "the workbook has 2 worksheets (Sheet1, Sheet2); save each as its own file and import them one by one",
            ),
            (
                P::WorksheetUnreadable { sheet: "Sheet1".into(), detail: "bad XML".into() },
                "worksheet 'Sheet1': bad XML",
            ),
            (P::RowHeaderTooWide { row: 1, max: 500 }, "row 1: the header has more than 500 columns"),
            (P::RowColumnTwice { row: 2, column: "id".into() }, "row 2: column 'id' appears twice in the header"),
            (P::CellNotFinite { cell: "B7".into() }, "cell B7: not a finite number"),
            (P::CellDateInvalid { cell: "B7".into() }, "cell B7: a date Excel cannot place in time"),
            (
                P::CellError { cell: "B7".into(), error: "#DIV/0!".into() },
                "cell B7 holds the error #DIV/0!: fix or clear it in Excel and export again",
            ),
            (
                P::CellWithoutColumn { cell: "C3".into() },
                "cell C3 has a value but its column has no name in the header row",
            ),
            (P::CellTooLong { cell: "B7".into(), mib: 1 }, "cell B7: longer than 1 MiB"),
            (P::WorksheetEmpty, "the worksheet is empty (an export starts with a header row)"),
        ];
        for (problem, english) in table {
            assert_eq!(problem.to_string(), english, "{problem:?}");
        }
    }

    #[test]
    fn a_record_refused_by_the_caller_is_named_by_where_it_is() {
        let stopped = |at| ReadError::Stopped { at, error: "database error: disk I/O error" }.to_string();
        assert_eq!(stopped(RecordAt::Line { line: 3, record: 2 }), "line 3 (record 2): database error: disk I/O error");
        assert_eq!(stopped(RecordAt::Row { row: 3, record: 2 }), "row 3 (record 2): database error: disk I/O error");
        assert_eq!(
            stopped(RecordAt::Element { record: 2, at: Some(TextAt { line: 4, column: 1 }) }),
            "line 4 column 1: record 2: database error: disk I/O error"
        );
        assert_eq!(stopped(RecordAt::Element { record: 2, at: None }), "record 2: database error: disk I/O error");
    }

    #[test]
    fn problems_serialise_as_their_kind_and_facts() {
        let p = ExportProblem::Json {
            at: Some(TextAt { line: 2, column: 3 }),
            problem: JsonProblem::NotAnObject { record: 2, found: JsonKind::Number },
        };
        assert_eq!(
            serde_json::to_value(&p).unwrap(),
            serde_json::json!({ "kind": "json", "at": { "line": 2, "column": 3 },
                "problem": { "kind": "not-an-object", "record": 2, "found": "number" } })
        );
    }
}
