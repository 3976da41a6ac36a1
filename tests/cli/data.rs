//! The person's data: importing system exports (CSV, JSON), matching on the
//! case's identifiers, redaction; and every bad file refused whole with the
//! database unchanged.

use std::path::PathBuf;

use crate::harness::Book;

fn write(book: &Book, name: &str, bytes: &[u8]) -> PathBuf {
    let path = book.db.parent().unwrap().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn ada(book: &Book) -> String {
    book.register_systems(&["crm", "billing"]);
    book.new_case(
        "Ada Lovelace",
        "ada@example.org",
        "2026-11-02",
        &["--customer-id", "C-1001"],
    )
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
    assert_eq!(
        file["columns"],
        serde_json::json!(["customer_id", "email", "name", "notes"])
    );
    let sha = file["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    let list = book.json(&["data", "list", &r]);
    assert_eq!(list["items"].as_array().unwrap().len(), 4);
    assert_eq!(list["items"][3]["fields"]["notes"], "line one\nline two");
    assert_eq!(list["items"][3]["line"], 5);
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
    let audit = std::process::Command::new("sqlite3")
        .args([
            book.db.to_str().unwrap(),
            "SELECT after FROM audit_log WHERE action = 'data.imported'",
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&audit.stdout).contains(sha),
        "the audit entry holds the file's hash"
    );
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
    assert_eq!(
        (file["records_read"].as_i64(), file["records_kept"].as_i64()),
        (Some(4), Some(2))
    );
    let items = book.json(&["data", "list", &r])["items"]
        .as_array()
        .unwrap()
        .clone();
    let first: Vec<(String, String)> = items[0]["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["field"].as_str().unwrap().to_string(),
                m["how"].as_str().unwrap().to_string(),
            )
        })
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
    assert_eq!(
        (file["records_read"].as_i64(), file["records_kept"].as_i64()),
        (Some(3), Some(1))
    );
}

#[test]
fn identifiers_that_match_nothing_import_nothing() {
    let book = Book::new();
    book.register_systems(&["crm"]);
    let r = book.new_case("Zed Nobody", "zed@nowhere.example", "2026-11-02", &[]);
    let f = write(&book, "crm.csv", CRM.as_bytes());
    let before = book.bytes();
    book.run(&["data", "import", &r, "--system", "crm", "--categories", "contact", "--match", f.to_str().unwrap()])
        .fails_with("crm.csv: the case's identifiers (zed@nowhere.example, Zed Nobody) match none of its 4 records; nothing imported");
    assert_eq!(book.bytes(), before);
    assert!(
        book.json(&["data", "list", &r])["files"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn bad_files_are_refused_whole_naming_the_line() {
    let book = Book::new();
    let r = ada(&book);
    // One good file first: it must stay exactly as it is.
    let good = write(&book, "good.csv", CRM.as_bytes());
    book.json(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "contact",
        good.to_str().unwrap(),
    ]);
    let mut big_field = b"a,b\n1,".to_vec();
    big_field.extend(std::iter::repeat_n(b'x', (1 << 20) + 10));
    big_field.push(b'\n');
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "quote.csv",
            b"a,b\n1,2\n3,\"4\n5,6\n".to_vec(),
            "quote.csv: line 3: a quoted field is never closed (broken quote); nothing imported",
        ),
        (
            "short.csv",
            b"a,b\n1,2\n3\n".to_vec(),
            "short.csv: line 3: the record has 1 fields where the header has 2",
        ),
        (
            "latin1.csv",
            b"name,city\nAda,London\nJos\xe9,M\xe1laga\n".to_vec(),
            "latin1.csv: line 3: field 1 is not valid UTF-8",
        ),
        (
            "utf16.csv",
            b"\xff\xfea\x00,\x00b\x00".to_vec(),
            "utf16.csv: the file is UTF-16; save it as UTF-8",
        ),
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
        (
            "cut.json",
            b"[{\"a\": \"ok\"},\n {\"a\": ".to_vec(),
            "cut.json: line 2 column",
        ),
        (
            "big.csv",
            big_field,
            "big.csv: line 2 (record 1): field 'b' is longer than 1 MiB",
        ),
        (
            "empty.csv",
            Vec::new(),
            "empty.csv: the file is empty; nothing imported",
        ),
        (
            "header.csv",
            b"a,b\n".to_vec(),
            "header.csv: the file holds no records; nothing imported",
        ),
    ];
    for (name, bytes, want) in cases {
        let f = write(&book, name, &bytes);
        let before = book.bytes();
        book.run(&[
            "data",
            "import",
            &r,
            "--system",
            "crm",
            "--categories",
            "contact",
            f.to_str().unwrap(),
        ])
        .fails_with(want);
        assert_eq!(book.bytes(), before, "{name} changed the database");
    }
    // A 2 GB file is refused by its size, before a byte is read (a sparse file).
    let huge = book.db.parent().unwrap().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(2_000_000_000)
        .unwrap();
    book.run(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "contact",
        huge.to_str().unwrap(),
    ])
    .fails_with("huge.csv: the file is 1907 MiB, over the limit of 1024 MiB");
    let list = book.json(&["data", "list", &r]);
    assert_eq!(list["files"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"].as_array().unwrap().len(), 4);
    assert_eq!(book.run(&["audit", "verify"]).code, 0);
    // Bad names are refused before the file is read.
    let f = write(&book, "ok.csv", CRM.as_bytes());
    book.run(&[
        "data",
        "import",
        &r,
        "--system",
        "CRM!",
        "--categories",
        "contact",
        f.to_str().unwrap(),
    ])
    .fails_with("invalid system id 'CRM!'");
    // Data is tagged with a system of the register of processing.
    book.run(&["data", "import", &r, "--system", "payroll", "--categories", "contact", f.to_str().unwrap()])
        .fails_with("system 'payroll' is not in the register of processing (its systems: crm, billing)");
    book.run(&[
        "data",
        "import",
        &r,
        "--system",
        "crm",
        "--categories",
        "",
        f.to_str().unwrap(),
    ])
    .fails_with("at least one data category");
}

#[test]
fn redactions_are_recorded_checked_and_scheduled() {
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
        f.to_str().unwrap(),
    ]);
    let items = book.json(&["data", "list", &r])["items"]
        .as_array()
        .unwrap()
        .clone();
    let bob = items[1]["id"].as_i64().unwrap().to_string();
    let ada_row = items[0]["id"].as_i64().unwrap().to_string();
    let red = book.json(&[
        "data",
        "redact",
        &r,
        &bob,
        "--reason",
        "not-requesters-data",
        "--note",
        "Bob's account",
    ]);
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

    let before = book.bytes();
    book.run(&[
        "data",
        "redact",
        &r,
        &bob,
        "--reason",
        "not-requesters-data",
        "--note",
        "again",
    ])
    .fails_with("is already redacted");
    book.run(&[
        "data",
        "redact",
        &r,
        &bob,
        "--reason",
        "exemption",
        "--note",
        "n",
    ])
    .fails_with("reason exemption needs the article");
    book.run(&[
        "data", "redact", &r, &bob, "--reason", "secret", "--note", "n",
    ])
    .fails_with("unknown redaction reason 'secret'");
    book.run(&[
        "data",
        "redact",
        &r,
        &bob,
        "--field",
        "nope",
        "--reason",
        "third-party-data",
        "--note",
        "n",
    ])
    .fails_with("has no field 'nope'");
    book.run(&[
        "data",
        "redact",
        &r,
        "99999",
        "--reason",
        "third-party-data",
        "--note",
        "n",
    ])
    .fails_with("not found");
    book.run(&[
        "data",
        "redact",
        &r,
        &bob,
        "--reason",
        "third-party-data",
        "--note",
        " ",
    ])
    .fails_with("needs a note");
    assert_eq!(book.bytes(), before);
    // Another case's record cannot be redacted from this one.
    let other = book.new_case("Eve", "eve@example.org", "2026-11-03", &[]);
    book.run(&[
        "data",
        "redact",
        &other,
        &bob,
        "--reason",
        "third-party-data",
        "--note",
        "n",
    ])
    .fails_with("not found");

    let schedule = book.json(&["data", "schedule", &r]);
    let reasons: Vec<&str> = schedule
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        reasons,
        ["not-requesters-data", "exemption", "legally-privileged"]
    );
    assert_eq!(schedule[1]["article"], "DPA 2018 Sch. 2 para 2");
    let text = book.run(&["data", "schedule", &r]).stdout;
    assert!(text.contains(&format!("withheld record {ada_row} field notes from crm: exemption (DPA 2018 Sch. 2 para 2): crime prevention note")), "{text}");
}
