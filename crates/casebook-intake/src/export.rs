//! A system's export of a person's data, as files a DPO is handed: CSV (a
//! header line, RFC 4180 quoting), JSON (an array of objects) and Excel
//! `.xlsx` (`export/xlsx.rs`). Read a record at a time, with the file's
//! SHA-256 and size computed on the way; every fault names the line, record
//! or cell. Storing the records is the façade's business.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use casebook_core::data::{MAX_FIELD_BYTES, MAX_FIELDS};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

mod problem;
mod xlsx;

pub use problem::{ExportProblem, JsonKind, JsonProblem, ReadError, RecordAt, TextAt};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    Xlsx,
}

impl Format {
    pub fn code(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }
}

/// A reader that hashes and counts what passes through it, and follows CSV
/// quoting so that a quote never closed is caught at the end of the file
/// (the csv crate silently ends the field there).
struct Tap<R> {
    inner: R,
    hash: Sha256,
    bytes: u64,
    quotes: Option<QuoteState>,
}

#[derive(Debug, Clone, Copy)]
struct QuoteState {
    line: u64,
    state: Q,
    opened_on: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Q {
    FieldStart,
    Unquoted,
    Quoted,
    QuoteInQuoted,
}

impl QuoteState {
    fn feed(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.state = match (self.state, b) {
                (Q::FieldStart, b'"') => {
                    self.opened_on = self.line;
                    Q::Quoted
                }
                (Q::Quoted, b'"') => Q::QuoteInQuoted,
                (Q::QuoteInQuoted, b'"') => Q::Quoted,
                (Q::Quoted, _) => Q::Quoted,
                (_, b',' | b'\n') => Q::FieldStart,
                _ => Q::Unquoted,
            };
            if b == b'\n' {
                self.line += 1;
            }
        }
    }
}

impl<R: Read> Read for Tap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hash.update(&buf[..n]);
        self.bytes += n as u64;
        if let Some(q) = &mut self.quotes {
            q.feed(&buf[..n]);
        }
        Ok(n)
    }
}

/// One record read from a file.
pub struct Record {
    pub no: u64,
    pub line: Option<u64>,
    pub fields: Map<String, Value>,
}

/// Size of a JSON value's text content, to hold a field to [`MAX_FIELD_BYTES`].
fn value_size(v: &Value) -> usize {
    match v {
        Value::String(s) => s.len(),
        Value::Array(a) => a.iter().map(value_size).sum(),
        Value::Object(o) => o.iter().map(|(k, v)| k.len() + value_size(v)).sum(),
        _ => 8,
    }
}

/// The text a matcher sees in a field: strings and numbers, not structures.
pub fn scalar_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

pub fn format_of(path: &Path, first: Option<u8>) -> Option<Format> {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("csv") => Some(Format::Csv),
        Some("json") => Some(Format::Json),
        Some("xlsx") => Some(Format::Xlsx),
        _ => match first {
            Some(b'[' | b'{') => Some(Format::Json),
            _ => None,
        },
    }
}

/// Reads the first bytes: refuses UTF-16/32 (a byte-order mark) and skips a UTF-8 one.
pub fn check_start(file: &mut File) -> Result<(Option<u8>, u64), ExportProblem> {
    let mut head = [0u8; 4];
    let mut got = 0;
    while got < head.len() {
        match file.read(&mut head[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => return Err(ExportProblem::CannotRead { line: None, detail: e.to_string() }),
        }
    }
    let head = &head[..got];
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return Err(ExportProblem::Utf16);
    }
    let skip: usize = if head.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    let first = head[skip..].iter().copied().find(|b| !b.is_ascii_whitespace());
    Ok((first, skip as u64))
}

/// Reads every record of a file, calling `each` for it. Returns the columns
/// (in first-seen order), the number of records, the SHA-256 and size of the
/// whole file (the BOM included). A record `each` refuses stops the reading
/// with its error and where the record is.
pub fn read_file<E>(
    path: &Path,
    format: Format,
    skip: u64,
    mut each: impl FnMut(Record) -> std::result::Result<(), E>,
) -> std::result::Result<(Vec<String>, u64, String, u64), ReadError<E>> {
    let cannot_read = |e: std::io::Error| ExportProblem::CannotRead { line: None, detail: e.to_string() };
    let mut file = File::open(path).map_err(|e| ExportProblem::CannotOpen { detail: e.to_string() })?;
    let mut hash = Sha256::new();
    if skip > 0 {
        let mut bom = vec![0u8; skip as usize];
        file.read_exact(&mut bom).map_err(cannot_read)?;
        hash.update(&bom);
    }
    let quotes = (format == Format::Csv).then_some(QuoteState { line: 1, state: Q::FieldStart, opened_on: 1 });
    let mut tap = Tap { inner: BufReader::with_capacity(1 << 16, file), hash, bytes: skip, quotes };
    let mut columns: Vec<String> = Vec::new();
    let records = match format {
        Format::Csv => read_csv(&mut tap, &mut columns, &mut each)?,
        Format::Json => read_json(&mut tap, &mut columns, &mut each)?,
        Format::Xlsx => {
            // A ZIP is read by seeking; the hash is of the file as it is.
            std::io::copy(&mut tap, &mut std::io::sink()).map_err(cannot_read)?;
            xlsx::read_xlsx(path, &mut columns, &mut each)?
        }
    };
    if let Some(q) = tap.quotes.filter(|q| q.state == Q::Quoted) {
        return Err(ExportProblem::QuoteNeverClosed { line: q.opened_on }.into());
    }
    let sha = format!("{:x}", tap.hash.finalize());
    Ok((columns, records, sha, tap.bytes))
}

fn read_csv<R: Read, E>(
    input: R,
    columns: &mut Vec<String>,
    each: &mut impl FnMut(Record) -> std::result::Result<(), E>,
) -> std::result::Result<u64, ReadError<E>> {
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(input);
    let csv_error = |e: csv::Error| -> ExportProblem {
        let line = e.position().map(|p| p.line());
        match e.kind() {
            csv::ErrorKind::Utf8 { pos, err } => ExportProblem::CsvNotUtf8 {
                line: pos.as_ref().map(|p| p.line()).or(line).unwrap_or(1),
                field: err.field() as u64 + 1,
            },
            csv::ErrorKind::UnequalLengths { expected_len, len, pos } => ExportProblem::FieldCount {
                line: pos.as_ref().map(|p| p.line()).or(line).unwrap_or(1),
                fields: *len,
                header: *expected_len,
            },
            csv::ErrorKind::Io(io) => ExportProblem::CannotRead { line, detail: io.to_string() },
            _ => ExportProblem::Csv { line, detail: e.to_string() },
        }
    };
    let header = reader.headers().map_err(csv_error)?.clone();
    if header.is_empty() {
        return Err(ExportProblem::CsvNoHeader.into());
    }
    if header.len() > MAX_FIELDS {
        return Err(ExportProblem::HeaderTooWide { columns: header.len() as u64, max: MAX_FIELDS as u64 }.into());
    }
    for (i, h) in header.iter().enumerate() {
        let h = h.trim();
        if h.is_empty() {
            return Err(ExportProblem::HeaderColumnUnnamed { column: i as u64 + 1 }.into());
        }
        if columns.iter().any(|c| c == h) {
            return Err(ExportProblem::HeaderColumnTwice { column: h.to_string() }.into());
        }
        columns.push(h.to_string());
    }
    let mut record = csv::StringRecord::new();
    let mut no = 0u64;
    while reader.read_record(&mut record).map_err(csv_error)? {
        no += 1;
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let mut fields = Map::new();
        for (name, value) in columns.iter().zip(record.iter()) {
            if value.len() > MAX_FIELD_BYTES {
                return Err(ExportProblem::CsvFieldTooLong {
                    line,
                    record: no,
                    field: name.clone(),
                    mib: (MAX_FIELD_BYTES >> 20) as u64,
                }
                .into());
            }
            fields.insert(name.clone(), Value::String(value.to_string()));
        }
        each(Record { no, line: Some(line), fields })
            .map_err(|error| ReadError::Stopped { at: RecordAt::Line { line, record: no }, error })?;
    }
    Ok(no)
}

/// Streams the elements of a top-level JSON array to a callback, one at a time.
/// The columns are every field name seen, in order of first appearance; at
/// most [`MAX_FIELDS`] across the file (records with ever new names would
/// make the columns, and every CSV row written from them, grow without end),
/// looked up in a set (a scan of the list per field was quadratic).
/// A fault of its own is left in `failed` (serde carries only text); the
/// parser's error then gives where it stood.
struct ArrayOfObjects<'f, F, E> {
    each: &'f mut F,
    columns: &'f mut Vec<String>,
    seen: std::collections::HashSet<String>,
    failed: &'f mut Option<JsonFailure<E>>,
}

enum JsonFailure<E> {
    Problem(JsonProblem),
    Stopped { record: u64, error: E },
}

impl<'de, F, E> serde::de::Visitor<'de> for ArrayOfObjects<'_, F, E>
where
    F: FnMut(Record) -> std::result::Result<(), E>,
{
    type Value = u64;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an array of objects (one object per record)")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<u64, A::Error> {
        use serde::de::Error as _;
        let failed = self.failed;
        let mut fail = |failure: JsonFailure<E>| -> A::Error {
            let text = match &failure {
                JsonFailure::Problem(p) => p.to_string(),
                JsonFailure::Stopped { record, .. } => format!("record {record} refused"),
            };
            *failed = Some(failure);
            A::Error::custom(text)
        };
        let problem = |p: JsonProblem| JsonFailure::Problem(p);
        let (each, columns, mut seen) = (self.each, self.columns, self.seen);
        let max = MAX_FIELDS as u64;
        let mut no = 0u64;
        while let Some(value) = seq.next_element::<Value>()? {
            no += 1;
            let fields = match value {
                Value::Object(m) => m,
                other => {
                    let found = match other {
                        Value::Null => JsonKind::Null,
                        Value::Bool(_) => JsonKind::Boolean,
                        Value::Number(_) => JsonKind::Number,
                        Value::String(_) => JsonKind::String,
                        Value::Array(_) => JsonKind::Array,
                        Value::Object(_) => unreachable!(),
                    };
                    return Err(fail(problem(JsonProblem::NotAnObject { record: no, found })));
                }
            };
            if fields.len() > MAX_FIELDS {
                return Err(fail(problem(JsonProblem::TooManyFields { record: no, fields: fields.len() as u64, max })));
            }
            for (k, v) in &fields {
                if value_size(v) > MAX_FIELD_BYTES {
                    let mib = (MAX_FIELD_BYTES >> 20) as u64;
                    return Err(fail(problem(JsonProblem::FieldTooLong { record: no, field: k.clone(), mib })));
                }
                if k.trim().is_empty() {
                    return Err(fail(problem(JsonProblem::EmptyFieldName { record: no })));
                }
                if !seen.contains(k) {
                    if columns.len() == MAX_FIELDS {
                        return Err(fail(problem(JsonProblem::TooManyNames { record: no, max })));
                    }
                    seen.insert(k.clone());
                    columns.push(k.clone());
                }
            }
            each(Record { no, line: None, fields })
                .map_err(|error| fail(JsonFailure::Stopped { record: no, error }))?;
        }
        Ok(no)
    }
}

fn read_json<R: Read, E>(
    input: R,
    columns: &mut Vec<String>,
    each: &mut impl FnMut(Record) -> std::result::Result<(), E>,
) -> std::result::Result<u64, ReadError<E>> {
    use serde::Deserializer as _;
    let mut de = serde_json::Deserializer::from_reader(input);
    let mut failed = None;
    let seen = columns.iter().cloned().collect();
    let read = (&mut de).deserialize_seq(ArrayOfObjects { each, columns, seen, failed: &mut failed });
    let read = read.and_then(|n| de.end().map(|()| n));
    read.map_err(|e| {
        // serde_json writes "… at line L column C"; we lead with the line.
        let at = (e.line() > 0).then(|| TextAt { line: e.line() as u64, column: e.column() as u64 });
        let problem = match failed.take() {
            Some(JsonFailure::Stopped { record, error }) => {
                return ReadError::Stopped { at: RecordAt::Element { record, at }, error };
            }
            Some(JsonFailure::Problem(p)) => p,
            None => {
                let msg = e.to_string();
                let detail = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                if detail.contains("invalid unicode code point") {
                    JsonProblem::NotUtf8 { detail }
                } else {
                    JsonProblem::Parser { detail }
                }
            }
        };
        ReadError::Problem(ExportProblem::Json { at, problem })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], format: Format) -> std::result::Result<(Vec<String>, Vec<Record>), String> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, bytes).unwrap();
        let mut records = Vec::new();
        let (cols, n, sha, size) = read_file(&path, format, 0, |r| {
            records.push(r);
            Ok::<(), String>(())
        })
        .map_err(|e| e.to_string())?;
        assert_eq!(n as usize, records.len());
        assert_eq!(size, bytes.len() as u64);
        assert_eq!(sha, format!("{:x}", Sha256::digest(bytes)));
        Ok((cols, records))
    }

    #[test]
    fn csv_records_keep_their_line_and_columns() {
        let (cols, recs) =
            read(b"email,name\na@b.c,\"Ada, Countess\"\n\"x@y.z\",\"two\nlines\"\nq@r.s,Q\n", Format::Csv).unwrap();
        assert_eq!(cols, ["email", "name"]);
        let lines: Vec<_> = recs.iter().map(|r| (r.no, r.line.unwrap())).collect();
        assert_eq!(lines, [(1, 2), (2, 3), (3, 5)]);
        assert_eq!(recs[0].fields["name"], "Ada, Countess");
    }

    #[test]
    fn bad_files_name_the_line_or_record() {
        let table: &[(&[u8], Format, &str)] = &[
            (b"a,b\n1,2\n3,\"4\n5,6\n", Format::Csv, "line 3: a quoted field is never closed"),
            (b"a,b\n1,2\n3,\"4,5\n6\n", Format::Csv, "line 3: a quoted field is never closed"),
            (b"a,b\n1,2\n3\n", Format::Csv, "line 3: the record has 1 fields where the header has 2"),
            (b"a,b\n1,2\n3,caf\xe9\n", Format::Csv, "line 3: field 2 is not valid UTF-8"),
            (b"a,a\n1,2\n", Format::Csv, "line 1: column 'a' appears twice"),
            (b"a,,c\n1,2,3\n", Format::Csv, "line 1: column 2 of the header has no name"),
            (b"{\"a\": 1}", Format::Json, "line 1 |invalid type: map, expected an array of objects"),
            (b"[{\"a\": 1},\n 2]", Format::Json, "line 2 |record 2 is a number, not an object"),
            (b"[{\"a\": 1},\n {\"a\": \"caf\xe9\"}]", Format::Json, "line 2 |not UTF-8"),
            (b"[{\"a\": 1}\n {\"a\": 2}]", Format::Json, "line 2 |expected `,` or `]`"),
            (b"[{\"a\": 1}] x", Format::Json, "line 1 |trailing characters"),
        ];
        for (bytes, format, want) in table {
            let err = read(bytes, *format)
                .err()
                .unwrap_or_else(|| panic!("{:?} was accepted", String::from_utf8_lossy(bytes)));
            let (start, middle) = want.split_once('|').unwrap_or((want, ""));
            assert!(
                err.starts_with(start) && err.contains(middle),
                "{:?}: got {err:?}, want {want:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    /// The reading's error, the caller refusing record `refuse`.
    fn read_typed(bytes: &[u8], format: Format, refuse: u64) -> ReadError<&'static str> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(&path, bytes).unwrap();
        read_file(&path, format, 0, |r| if r.no == refuse { Err("not stored") } else { Ok(()) }).expect_err("refused")
    }

    #[test]
    fn faults_are_given_as_facts() {
        let problem = |bytes: &[u8], format| match read_typed(bytes, format, u64::MAX) {
            ReadError::Problem(p) => p,
            ReadError::Stopped { at, .. } => panic!("stopped at {at}"),
        };
        assert_eq!(problem(b"a,b\n1,2\n3,\"4\n5,6\n", Format::Csv), ExportProblem::QuoteNeverClosed { line: 3 });
        assert_eq!(problem(b"a,b\n3\n", Format::Csv), ExportProblem::FieldCount { line: 2, fields: 1, header: 2 });
        assert_eq!(problem(b"a,a\n1,2\n", Format::Csv), ExportProblem::HeaderColumnTwice { column: "a".into() });
        let json = problem(b"[{\"a\": 1},\n 2]", Format::Json);
        assert!(
            matches!(
                json,
                ExportProblem::Json {
                    at: Some(TextAt { line: 2, .. }),
                    problem: JsonProblem::NotAnObject { record: 2, found: JsonKind::Number }
                }
            ),
            "{json:?}"
        );
        let ExportProblem::Json { problem: JsonProblem::Parser { detail }, .. } = problem(b"[{\"a\": 1}", Format::Json)
        else {
            panic!("not the parser's words")
        };
        assert!(detail.contains("EOF"), "{detail}");
    }

    #[test]
    fn a_record_the_caller_refuses_stops_the_reading_where_it_is() {
        let stopped = |bytes: &[u8], format| match read_typed(bytes, format, 2) {
            ReadError::Stopped { at, error } => (at, error),
            ReadError::Problem(p) => panic!("{p}"),
        };
        assert_eq!(stopped(b"a\n1\n\"2\n2\"\n3\n", Format::Csv), (RecordAt::Line { line: 3, record: 2 }, "not stored"));
        let (at, error) = stopped(b"[{\"a\": 1},\n {\"a\": 2}]", Format::Json);
        assert_eq!(error, "not stored");
        assert!(matches!(at, RecordAt::Element { record: 2, at: Some(TextAt { line: 2, .. }) }), "{at:?}");
    }

    #[test]
    fn utf16_is_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.csv");
        std::fs::write(&path, b"\xFF\xFEa\0").unwrap();
        assert_eq!(check_start(&mut File::open(&path).unwrap()), Err(ExportProblem::Utf16));
        std::fs::write(&path, b"\xEF\xBB\xBFa,b").unwrap();
        assert_eq!(check_start(&mut File::open(&path).unwrap()), Ok((Some(b'a'), 3)));
    }

    #[test]
    fn an_over_long_field_is_refused() {
        let mut csv = b"a,b\n1,".to_vec();
        csv.extend(std::iter::repeat_n(b'x', MAX_FIELD_BYTES + 1));
        csv.push(b'\n');
        let err = read(&csv, Format::Csv).err().unwrap();
        assert!(err.starts_with("line 2 (record 1): field 'b' is longer than 1 MiB"), "{err}");
    }

    #[test]
    fn json_field_names_are_bounded_across_the_file() {
        // One new name per record: the columns stop at MAX_FIELDS, named.
        let mut json = String::from("[");
        for i in 0..=MAX_FIELDS {
            json.push_str(&format!("{}{{\"f{i}\": 1, \"id\": {i}}}", if i == 0 { "" } else { "," }));
        }
        json.push(']');
        let err = read(json.as_bytes(), Format::Json).err().unwrap();
        assert!(err.contains(&format!("record {MAX_FIELDS}: more than {MAX_FIELDS} different field names")), "{err}");
        // Names repeated across many records are one column each.
        let json = format!("[{}]", vec!["{\"a\": 1, \"b\": 2}"; 20_000].join(","));
        let (cols, recs) = read(json.as_bytes(), Format::Json).unwrap();
        assert_eq!((cols, recs.len()), (vec!["a".to_string(), "b".to_string()], 20_000));
    }

    #[test]
    fn json_records_are_streamed_in_order() {
        let (cols, recs) = read(b" [ {\"b\": 1, \"a\": {\"x\": [1]}}, {\"c\": null} ] \n", Format::Json).unwrap();
        assert_eq!(recs.len(), 2);
        assert!(cols.contains(&"a".to_string()) && cols.contains(&"c".to_string()) && cols.len() == 3);
        assert_eq!(recs[1].no, 2);
    }
}
