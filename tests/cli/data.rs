//! The person's data: importing system exports (CSV, JSON), matching on the
//! case's identifiers, redaction; and every bad file refused whole with the
//! database unchanged.

use std::path::PathBuf;

use crate::harness::Book;

fn write(book: &Book, name: &str, bytes: &[u8]) -> PathBuf {
    let path = book.dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn ada(book: &Book) -> String {
    book.register_systems(&["crm", "billing"]);
    book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["--customer-id", "C-1001"])
}

const CRM: &str = "customer_id,email,name,notes\n\
C-1001,Ada@Example.org,Ada Lovelace,\"Prefers email, not phone\"\n\
C-2002,bob@example.org,Bob Babbage,\n\
C-3003,carol@example.org,ada lovelace,\"same name, other person\"\n\
C-4004,dan@example.org,Dan,\"line one\nline two\"\n";

#[test]
fn a_csv_export_is_imported_whole_and_audited() {
    let book = Book::new();
    let r = ada(&book);
    let f = write(&book, "crm.csv", CRM.as_bytes());
    let file = book.json(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "contact,identifiers",
        f.to_str().unwrap(),
    ]);
    assert_eq!(file["records_read"], 4);
    assert_eq!(file["records_kept"], 4);
    assert_eq!(file["columns"], serde_json::json!(["customer_id", "email", "name", "notes"]));
    let sha = file["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    let list = book.json(&["data", "list", &r]);
    assert_eq!(list["items"].as_array().unwrap().len(), 4);
    assert_eq!(list["items"][3]["fields"]["notes"], "line one\nline two");
    assert_eq!(list["items"][3]["line"], 5);
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
    let audit = book.sql("SELECT after FROM audit_log WHERE action = 'data.imported'");
    assert!(audit.contains(sha), "the audit entry holds the file's hash");
}

#[test]
fn matching_keeps_the_persons_records_and_says_how() {
    let book = Book::new();
    let r = ada(&book);
    let f = write(&book, "crm.csv", CRM.as_bytes());
    let file = book.json(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "contact",
        "--match",
        f.to_str().unwrap(),
    ]);
    assert_eq!((file["records_read"].as_i64(), file["records_kept"].as_i64()), (Some(4), Some(2)));
    let items = book.json(&["data", "list", &r])["items"].as_array().unwrap().clone();
    let first: Vec<(String, String)> = items[0]["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["field"].as_str().unwrap().to_string(), m["how"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        first,
        [
            ("customer_id".to_string(), "customer-id".to_string()),
            ("email".to_string(), "email-normalised".to_string()),
            ("name".to_string(), "name-case-insensitive".to_string())
        ]
    );
    // Carol shares the name only: kept, and the match says it was the name alone.
    assert_eq!(items[1]["fields"]["customer_id"], "C-3003");
    assert_eq!(items[1]["matches"][0]["how"], "name-case-insensitive");
    assert_eq!(items[1]["record_no"], 3);

    // JSON: an array of objects, matched the same way.
    let json = br#"[{"id": "C-1001", "orders": [{"n": 1}]}, {"id": "C-9", "orders": []}, {"contact": {"email": "ada@example.org"}}]"#;
    let f = write(&book, "billing.json", json);
    let file = book.json(&[
        "data",
        "import",
        &r,
        "--system",
        "billing",
        "--categories",
        "financial",
        "--match",
        f.to_str().unwrap(),
    ]);
    assert_eq!((file["records_read"].as_i64(), file["records_kept"].as_i64()), (Some(3), Some(1)));
}

#[test]
fn identifiers_that_match_nothing_import_nothing() {
    let book = Book::with_systems(&["crm"]);
    let r = book.new_case("Zed Nobody", "zed@nowhere.example", "2026-11-02", &[]);
    let f = write(&book, "crm.csv", CRM.as_bytes());
    let before = book.stored();
    book.run(&["data", "import", &r, "--system", "crm", "--categories", "contact", "--match", f.to_str().unwrap()])
        .fails_with("crm.csv: the case's identifiers (zed@nowhere.example, Zed Nobody) match none of its 4 records; nothing imported");
    assert_eq!(book.stored(), before);
    assert!(book.json(&["data", "list", &r])["files"].as_array().unwrap().is_empty());
}

#[test]
fn bad_files_are_refused_whole_naming_the_line() {
    let book = Book::new();
    let r = ada(&book);
    // One good file first: it must stay exactly as it is.
    let good = write(&book, "good.csv", CRM.as_bytes());
    book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", good.to_str().unwrap()]);
    let mut big_field = b"a,b\n1,".to_vec();
    big_field.extend(std::iter::repeat_n(b'x', (1 << 20) + 10));
    big_field.push(b'\n');
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "quote.csv",
            b"a,b\n1,2\n3,\"4\n5,6\n".to_vec(),
            "quote.csv: line 3: a quoted field is never closed (broken quote); nothing imported",
        ),
        ("short.csv", b"a,b\n1,2\n3\n".to_vec(), "short.csv: line 3: the record has 1 fields where the header has 2"),
        (
            "latin1.csv",
            b"name,city\nAda,London\nJos\xe9,M\xe1laga\n".to_vec(),
            "latin1.csv: line 3: field 1 is not valid UTF-8",
        ),
        ("utf16.csv", b"\xff\xfea\x00,\x00b\x00".to_vec(), "utf16.csv: the file is UTF-16; save it as UTF-8"),
        (
            "object.json",
            br#"{"email": "ada@example.org"}"#.to_vec(),
            "object.json: line 1 column 1: invalid type: map, expected an array of objects",
        ),
        (
            "mixed.json",
            b"[{\"a\": \"ok\"},\n 7]".to_vec(),
            "mixed.json: line 2 column 3: record 2 is a number, not an object; nothing imported",
        ),
        ("cut.json", b"[{\"a\": \"ok\"},\n {\"a\": ".to_vec(), "cut.json: line 2 column"),
        ("big.csv", big_field, "big.csv: line 2 (record 1): field 'b' is longer than 1 MiB"),
        ("empty.csv", Vec::new(), "empty.csv: the file is empty; nothing imported"),
        ("header.csv", b"a,b\n".to_vec(), "header.csv: the file holds no records; nothing imported"),
    ];
    for (name, bytes, want) in cases {
        let f = write(&book, name, &bytes);
        let before = book.stored();
        book.run(&["data", "import", &r, "--system", "crm", "--categories", "contact", f.to_str().unwrap()])
            .fails_with(want);
        assert_eq!(book.stored(), before, "{name} changed the database");
    }
    // A 2 GB file is refused by its size, before a byte is read (a sparse file).
    let huge = book.dir.join("huge.csv");
    std::fs::File::create(&huge).unwrap().set_len(2_000_000_000).unwrap();
    book.run(&["data", "import", &r, "--system", "crm", "--categories", "contact", huge.to_str().unwrap()])
        .fails_with("huge.csv: the file is 1907 MiB, over the limit of 1024 MiB");
    let list = book.json(&["data", "list", &r]);
    assert_eq!(list["files"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"].as_array().unwrap().len(), 4);
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
    // Bad names are refused before the file is read.
    let f = write(&book, "ok.csv", CRM.as_bytes());
    book.run(&["data", "import", &r, "--system", "CRM!", "--categories", "contact", f.to_str().unwrap()])
        .fails_with("invalid system id 'CRM!'");
    // Data is tagged with a system of the register of processing.
    book.run(&["data", "import", &r, "--system", "payroll", "--categories", "contact", f.to_str().unwrap()])
        .fails_with("system 'payroll' is not in the register of processing (known: crm, billing)");
    book.run(&["data", "import", &r, "--system", "crm", "--categories", "", f.to_str().unwrap()])
        .fails_with("at least one data category");
}

#[test]
fn redactions_are_recorded_checked_and_scheduled() {
    let book = Book::new();
    let r = ada(&book);
    let f = write(&book, "crm.csv", CRM.as_bytes());
    let file = book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", f.to_str().unwrap()]);
    let items = book.json(&["data", "list", &r])["items"].as_array().unwrap().clone();
    let bob = items[1]["id"].as_i64().unwrap().to_string();
    let ada_row = items[0]["id"].as_i64().unwrap().to_string();
    let red = book.json(&["data", "redact", &r, &bob, "--reason", "not-requesters-data", "--note", "Bob's account"]);
    assert_eq!(red["reason"], "not-requesters-data");
    book.json(&[
        "data",
        "redact",
        &r,
        &ada_row,
        "--field",
        "notes",
        "--reason",
        "exemption",
        "--article",
        "DPA 2018 Sch. 2 para 2",
        "--note",
        "crime prevention note",
    ]);
    let file_item = format!("file-{}", file["id"]);
    book.json(&[
        "data",
        "redact",
        &r,
        &file_item,
        "--field",
        "customer_id",
        "--reason",
        "legally-privileged",
        "--note",
        "x",
    ]);

    let before = book.stored();
    book.run(&["data", "redact", &r, &bob, "--reason", "not-requesters-data", "--note", "again"])
        .fails_with("is already redacted");
    book.run(&["data", "redact", &r, &bob, "--reason", "exemption", "--note", "n"])
        .fails_with("an exemption needs the article that grants it");
    book.run(&["data", "redact", &r, &bob, "--reason", "secret", "--note", "n"])
        .fails_with("unknown redaction reason 'secret'");
    book.run(&["data", "redact", &r, &bob, "--field", "nope", "--reason", "third-party-data", "--note", "n"])
        .fails_with("has no field 'nope'");
    book.run(&["data", "redact", &r, "99999", "--reason", "third-party-data", "--note", "n"]).fails_with("not found");
    book.run(&["data", "redact", &r, &bob, "--reason", "third-party-data", "--note", " "]).fails_with("needs a note");
    assert_eq!(book.stored(), before);
    // Another case's record cannot be redacted from this one.
    let other = book.new_case("Eve", "eve@example.org", "2026-11-03", &[]);
    book.run(&["data", "redact", &other, &bob, "--reason", "third-party-data", "--note", "n"]).fails_with("not found");

    let schedule = book.json(&["data", "schedule", &r]);
    let reasons: Vec<&str> = schedule.as_array().unwrap().iter().map(|s| s["reason"].as_str().unwrap()).collect();
    assert_eq!(reasons, ["not-requesters-data", "exemption", "legally-privileged"]);
    assert_eq!(schedule[1]["article"], "DPA 2018 Sch. 2 para 2");
    let text = book.run(&["data", "schedule", &r]).stdout;
    assert!(
        text.contains(&format!(
            "withheld record {ada_row} field notes from crm: exemption (DPA 2018 Sch. 2 para 2): crime prevention note"
        )),
        "{text}"
    );
}

/// A real .xlsx as Excel writes one: shared strings, a date-formatted cell,
/// numbers, a boolean; `sheets` are (name, rows XML of <sheetData>).
fn xlsx(sheets: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write as _;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    let mut part = |name: &str, body: String| {
        w.start_file(name, opts).unwrap();
        w.write_all(body.as_bytes()).unwrap();
    };
    let overrides: String = (1..=sheets.len())
        .map(|i| format!(r#"<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    part(
        "[Content_Types].xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>{overrides}</Types>"#
        ),
    );
    part("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.into());
    let sheet_list: String = sheets
        .iter()
        .enumerate()
        .map(|(i, (n, _))| format!(r#"<sheet name="{n}" sheetId="{}" r:id="rId{}"/>"#, i + 1, i + 1))
        .collect();
    part(
        "xl/workbook.xml",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{sheet_list}</sheets></workbook>"#
        ),
    );
    let rels: String = (1..=sheets.len())
        .map(|i| format!(r#"<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>"#))
        .collect();
    part(
        "xl/_rels/workbook.xml.rels",
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#
        ),
    );
    part("xl/sharedStrings.xml", r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5"><si><t>customer_id</t></si><si><t>email</t></si><si><t>name</t></si><si><t>Zoë Łukasiewicz</t></si><si><t>since</t></si></sst>"#.into());
    part("xl/styles.xml", r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#.into());
    for (i, (_, rows)) in sheets.iter().enumerate() {
        part(
            &format!("xl/worksheets/sheet{}.xml", i + 1),
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"#
            ),
        );
    }
    w.finish().unwrap().into_inner()
}

/// Header (shared strings), then Zoë's row (a date cell, a number), Bob's, and Zoë again.
const CUSTOMERS: &str = r#"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>4</v></c><c r="E1" t="inlineStr"><is><t>balance</t></is></c><c r="F1" t="inlineStr"><is><t>vip</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>C-1001</t></is></c><c r="B2" t="inlineStr"><is><t>zoe@example.org</t></is></c><c r="C2" t="s"><v>3</v></c><c r="D2" s="1"><v>45231</v></c><c r="E2"><v>12.5</v></c><c r="F2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>C-2002</t></is></c><c r="B3" t="inlineStr"><is><t>bob@example.org</t></is></c><c r="C3" t="inlineStr"><is><t>Bob Babbage</t></is></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>C-1001</t></is></c><c r="E4"><v>3</v></c></row>"#;

#[test]
fn an_excel_workbook_is_imported_row_by_row() {
    let book = Book::with_systems(&["crm"]);
    let r = book.new_case("Zoë Łukasiewicz", "zoe@example.org", "2026-11-02", &["--customer-id", "C-1001"]);
    let f = write(&book, "customers.xlsx", &xlsx(&[("Customers", CUSTOMERS)]));
    let file = book.json(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "contact",
        "--match",
        f.to_str().unwrap(),
    ]);
    assert_eq!(file["format"], "xlsx");
    assert_eq!(file["records_read"], 3);
    assert_eq!(file["records_kept"], 2, "Zoë's two rows, not Bob's");
    assert_eq!(file["columns"], serde_json::json!(["customer_id", "email", "name", "since", "balance", "vip"]));
    let sha = tool_sha(&f);
    assert_eq!(file["sha256"], sha, "the hash is of the file as given");
    let items = book.json(&["data", "list", &r])["items"].as_array().unwrap().clone();
    assert_eq!(
        items[0]["fields"],
        serde_json::json!({"customer_id": "C-1001", "email": "zoe@example.org", "name": "Zoë Łukasiewicz", "since": "2023-11-01", "balance": 12.5, "vip": true})
    );
    assert_eq!(items[0]["line"], 2, "the spreadsheet row");
    assert_eq!(items[1]["fields"], serde_json::json!({"customer_id": "C-1001", "balance": 3}));
    assert_eq!(items[1]["line"], 4);
}

fn tool_sha(path: &std::path::Path) -> String {
    let out = std::process::Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

#[test]
fn bad_workbooks_are_refused_whole() {
    let book = Book::new();
    let r = ada(&book);
    let before = book.stored();
    let import = |name: &str, bytes: &[u8]| {
        let f = write(&book, name, bytes);
        book.run(&["data", "import", &r, "--system", "crm", "--categories", "contact", f.to_str().unwrap()])
    };
    import("two.xlsx", &xlsx(&[("Customers", CUSTOMERS), ("Orders", CUSTOMERS)]))
        .fails_with("the workbook has 2 worksheets (Customers, Orders); save each as its own file");
    import("empty.xlsx", &xlsx(&[("Sheet1", "")])).fails_with("empty.xlsx: the worksheet is empty");
    let error_cell = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>total</t></is></c></row><row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c></row>"#;
    import("error.xlsx", &xlsx(&[("Sheet1", error_cell)])).fails_with("cell A2 holds the error #DIV/0!");
    let nameless = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>email</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>x</t></is></c><c r="C2"><v>1</v></c></row>"#;
    import("nameless.xlsx", &xlsx(&[("Sheet1", nameless)]))
        .fails_with("cell C2 has a value but its column has no name");
    import("fake.xlsx", b"customer_id,email\nC-1001,ada@example.org\n").fails_with("fake.xlsx: not an Excel workbook");
    // A zip bomb: 64 MiB of zeros packed to a few kilobytes as the worksheet.
    let bomb = {
        use std::io::Write as _;
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        w.start_file("xl/worksheets/sheet1.xml", zip::write::SimpleFileOptions::default()).unwrap();
        let zeros = vec![b'0'; 1 << 20];
        for _ in 0..64 {
            w.write_all(&zeros).unwrap();
        }
        w.finish().unwrap().into_inner()
    };
    assert!(bomb.len() < 1 << 20);
    import("bomb.xlsx", &bomb).fails_with("would unpack");
    assert_eq!(book.stored(), before, "nothing stored");
}
