//! The register of processing, the per-case search log and the demo
//! organisation (issue 7, part 1), through the real binary.

use serde_json::Value;

use crate::harness::Book;

fn ids(list: &Value) -> Vec<String> {
    list.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap().to_string()).collect()
}

const CRM: &[&str] = &[
    "processing",
    "add",
    "--id",
    "crm",
    "--name",
    "Customer database",
    "--subject",
    "dpv:Customer",
    "--data",
    "dpv-pd:Name",
    "--data",
    "dpv-pd:EmailAddress",
    "--data",
    "acme:CompanyName|Company name",
    "--purpose",
    "dpv:ServiceProvision=dpv:Contract",
    "--purpose",
    "dpv:DirectMarketing=dpv:LegitimateInterest",
    "--recipient",
    "dpv:DataProcessor=Cloud hosting provider",
    "--retention",
    "6 years after the account closes",
    "--transfer",
    "US=dpv:StandardContractualClauses=Cloud hosting provider",
    "--source",
    "dpv:DataSubjectDataSource",
];

fn add(book: &Book, id: &str, subject: &str) {
    let mut args: Vec<&str> = CRM.to_vec();
    args[3] = id;
    args[5] = id;
    args[7] = subject;
    book.json(&args);
}

#[test]
fn the_register_is_edited_exported_and_imported_back() {
    let book = Book::new();
    assert_eq!(
        book.run(&["processing", "list"]).stdout.trim(),
        "The register of processing is empty (casebook processing add, or import FILE.json)."
    );
    let crm = book.json(CRM);
    assert_eq!(crm["personal_data"][2], serde_json::json!({"id": "acme:CompanyName", "label": "Company name"}));
    assert_eq!(crm["purposes"][0]["legal_basis"]["label"], "Performance of a contract");
    add(&book, "hr", "dpv:Employee");
    assert_eq!(ids(&book.json(&["processing", "list"])), ["crm", "hr"]);

    let edited = book.json(&[
        "processing",
        "edit",
        "hr",
        "--retention",
        "6 years after employment ends",
        "--clear",
        "transfers",
    ]);
    assert_eq!(edited["retention"], "6 years after employment ends");
    assert_eq!(edited["transfers"], serde_json::json!([]));
    assert_eq!(edited["personal_data"].as_array().unwrap().len(), 3, "fields not given are kept");
    let shown = book.run(&["processing", "show", "crm"]);
    assert!(
        shown.stdout.contains("Transfer:       Cloud hosting provider to US under Standard contractual clauses"),
        "{}",
        shown.stdout
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("register.json");
    let wrote = book.json(&["processing", "export", "--out", file.to_str().unwrap()]);
    assert_eq!(wrote["systems"], 2);
    let exported: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    assert_eq!(exported["format"], "casebook-register-of-processing");
    assert_eq!(book.run(&["processing", "export"]).stdout, std::fs::read_to_string(&file).unwrap());

    book.json(&["processing", "remove", "crm"]);
    assert_eq!(ids(&book.json(&["processing", "list"])), ["hr"]);
    let imported = book.json(&["processing", "import", file.to_str().unwrap()]);
    assert_eq!(imported["replaced"], 1);
    assert_eq!(ids(&book.json(&["processing", "list"])), ["crm", "hr"]);
    assert_eq!(book.json(&["processing", "show", "crm"]), crm);

    // Five changes (two adds, an edit, a removal, an import), each audited, the chain intact.
    let audit = book.json(&["audit", "verify"]);
    assert!(audit["first_broken"].is_null());
    assert_eq!(audit["entries"], 1 + 5);
}

#[test]
fn a_bad_register_or_system_is_refused_naming_the_problem_and_nothing_changes() {
    let book = Book::new();
    add(&book, "crm", "dpv:Customer");
    let before = book.stored();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let good_system = r#"{"id": "web", "name": "Web", "data_subjects": ["dpv:Visitor"], "personal_data": ["dpv-pd:IPAddress"],
        "purposes": [{"purpose": "dpv:ServiceUsageAnalytics", "legal_basis": "dpv:Consent"}], "retention": "14 months",
        "sources": ["dpv:DataControllerDataSource"]}"#;
    let register = |systems: &str| {
        format!(r#"{{"format": "casebook-register-of-processing", "version": 1, "systems": [{systems}]}}"#)
    };
    let table: Vec<(String, &str)> = vec![
        (
            write("broken.json", b"{\"format\": \"casebook-register-of-processing\",\n \"systems\": [\n"),
            "broken.json': line 3, column 0: not valid JSON",
        ),
        (write("array.json", b"[{\"id\": \"crm\"}]"), "array.json': $: expected an object, found an array"),
        (
            write("latin1.json", b"{\"format\": \"caf\xe9\"}"),
            "latin1.json': not UTF-8 text (invalid byte at offset 15)",
        ),
        (
            write("typo.json", register(&good_system.replace("dpv:Consent", "dpv:Consnet")).as_bytes()),
            "typo.json': systems[0].purposes[0].legal_basis: unknown DPV legal basis 'dpv:Consnet'",
        ),
        (
            write(
                "second.json",
                register(&format!("{good_system}, {}", good_system.replace("\"web\"", "\"Web Site\""))).as_bytes(),
            ),
            "second.json': systems[1].id: invalid system id 'Web Site'",
        ),
        (
            write("dup.json", register(&format!("{good_system}, {good_system}")).as_bytes()),
            "systems[1].id: duplicate system id 'web' (also systems[0])",
        ),
        (dir.path().join("missing.json").to_str().unwrap().to_string(), "missing.json': No such file"),
    ];
    for (file, needle) in &table {
        book.run(&["processing", "import", file]).fails_with(needle);
    }
    book.run(&["processing", "add", "--id", "crm", "--name", "x"]).fails_with("--subject: missing");
    book.run(CRM).fails_with("system 'crm' is already in the register");
    book.run(&["processing", "edit", "crm", "--purpose", "dpv:Marketing"])
        .fails_with("--purpose 'dpv:Marketing': expected PURPOSE=LEGAL_BASIS");
    book.run(&["processing", "edit", "crm", "--data", "dpv-pd:Emial"])
        .fails_with("--data #1: unknown DPV personal-data category 'dpv-pd:Emial'");
    book.run(&["processing", "edit", "crm", "--transfer", "USA=dpv:StandardContractualClauses=Host"])
        .fails_with("--transfer #1 (country): 'USA' is not an ISO 3166-1");
    book.run(&["processing", "show", "billing"])
        .fails_with("system 'billing' is not in the register of processing (known: crm)");
    book.run(&["processing", "remove", "billing"]).fails_with("not in the register");
    assert!(book.stored() == before, "a refused command changed the database");
    assert_eq!(ids(&book.json(&["processing", "list"])), ["crm"]);
}

#[test]
fn a_case_is_answered_only_once_every_relevant_system_is_searched_or_excused() {
    let book = Book::new();
    // Without a register, answering asks for no searches.
    let early = book.new_case("Ada", "ada@example.org", "2026-11-10", &["--subject-category", "customer"]);
    book.json(&["case", "respond", &early, "--channel", "email", "--what", "copy"]);

    add(&book, "crm", "dpv:Customer");
    add(&book, "billing", "dpv:Customer");
    add(&book, "hr", "dpv:Employee");
    let r = book.new_case("Grace", "grace@example.org", "2026-11-20", &["--subject-category", "customer"]);
    let log = book.json(&["case", "search-log", &r]);
    assert_eq!(log["unsearched"], serde_json::json!(["crm", "billing"]), "hr does not concern a customer");
    let text = book.run(&["case", "search-log", &r]).stdout;
    assert!(text.contains("Not searched yet: crm, billing"), "{text}");

    book.run(&["case", "respond", &r, "--channel", "email", "--what", "copy"])
        .fails_with("cannot be answered yet: not searched: crm, billing");
    book.json(&[
        "case",
        "searched",
        &r,
        "--system",
        "crm",
        "--result",
        "found",
        "--by",
        "Sam Ito",
        "--date",
        "2026-11-24",
        "--note",
        "account 4411",
    ]);
    book.run(&["case", "respond", &r, "--channel", "email", "--what", "copy"]).fails_with("not searched: billing");
    let table = book.run(&["case", "search-log", &r]).stdout;
    let line = format!("{:<16} {:<14} {:<10} {:<16} {}", "crm", "found", "2026-11-24", "Sam Ito", "account 4411");
    assert!(table.lines().any(|l| l == line), "{table}");
    book.run(&["case", "searched", &r, "--system", "billing"]).fails_with("give --result found|nothing-found");
    book.run(&["case", "searched", &r, "--system", "billing", "--result", "maybe"])
        .fails_with("unknown search result 'maybe'");
    book.run(&["case", "searched", &r, "--system", "payroll", "--result", "found"])
        .fails_with("system 'payroll' is not in the register");
    book.run(&["case", "searched", &r, "--system", "billing", "--result", "found", "--date", "2026-11-19"])
        .fails_with("before the request was received");
    let log = book.json(&[
        "case",
        "searched",
        &r,
        "--system",
        "billing",
        "--not-searched",
        "--reason",
        "never a paying customer",
    ]);
    assert_eq!(log["unsearched"], serde_json::json!([]));
    let billing = &log["systems"][1]["latest"];
    assert_eq!(
        (billing["searched"].as_bool(), billing["reason"].as_str(), billing["by"].as_str(), billing["on"].as_str()),
        (Some(false), Some("never a paying customer"), Some("test-dpo"), Some("2026-11-29"))
    );

    // `case show --json` carries the search log; each search is on the audited timeline.
    let shown = book.json(&["case", "show", &r]);
    assert_eq!(shown["search_log"]["systems"][0]["latest"]["result"], "found");
    assert_eq!(shown["search_log"]["history"].as_array().unwrap().len(), 2);
    let searches =
        shown["timeline"].as_array().unwrap().iter().filter(|e| e["item"]["action"] == "search.recorded").count();
    assert_eq!(searches, 2, "{:#}", shown["timeline"]);

    let access = book.json(&["processing", "access", &r]);
    assert_eq!(ids(&access["systems"]), ["crm", "billing"]);
    assert_eq!(access["transfers"][0]["safeguard"]["id"], "dpv:StandardContractualClauses");

    let sent = book.json(&["case", "respond", &r, "--channel", "email", "--what", "copy"]);
    assert_eq!(sent["status"], "response-sent");
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());
}

#[test]
fn demo_load_fills_an_empty_database_with_the_software_company() {
    let book = Book::empty();
    let loaded = book.json(&["demo", "load", "--synthetic", "5"]);
    assert_eq!(loaded["organisation"], "Larkspur Software Ltd");
    assert_eq!(loaded["systems"], 7);
    assert_eq!(loaded["synthetic"], 5);
    let refs: Vec<String> =
        loaded["cases"].as_array().unwrap().iter().map(|r| r.as_str().unwrap().to_string()).collect();
    assert_eq!(refs.len(), 6);
    assert_eq!(book.json(&["case", "list"]).as_array().unwrap().len(), 11);
    assert_eq!(
        ids(&book.json(&["processing", "list"])),
        ["accounts", "billing", "support", "marketing", "web-analytics", "hr", "email"]
    );

    // The first customer's searches stop short of the mailboxes.
    book.run(&["case", "respond", &refs[0], "--channel", "email", "--what", "copy"]).fails_with("not searched: email");
    let access = book.run(&["processing", "access", &refs[0]]).stdout;
    assert!(access.contains("(h) Automated:       Card payments are screened for fraud"), "{access}");
    assert!(
        access.contains("15(2) Transfer:      Payment processor to US under Standard contractual clauses"),
        "{access}"
    );
    assert!(!access.contains("Newsletter"), "nothing was found in marketing: {access}");

    // The job applicant sees only the HR and mail systems.
    let applicant = book.json(&["case", "search-log", &refs[3]]);
    assert_eq!(applicant["unsearched"], serde_json::json!(["email"]));
    assert!(book.json(&["audit", "verify"])["first_broken"].is_null());

    let before = book.stored();
    book.run(&["demo", "load"]).fails_with("the demo fills an empty register");
    assert!(book.stored() == before);
}

#[test]
fn the_access_response_quotes_the_register_for_the_requester() {
    let book = Book::empty();
    let loaded = book.json(&["demo", "load"]);
    let customer = loaded["cases"][0].as_str().unwrap().to_string();
    let out = book.dir.join("access.pdf");
    // The demo leaves the mailboxes unsearched: the letter would state what no search backs.
    book.run(&["letter", "make", &customer, "--kind", "access-response", "--out", out.to_str().unwrap()])
        .fails_with("has systems not searched yet: email");
    book.json(&["case", "searched", &customer, "--system", "email", "--result", "nothing-found"]);
    crate::letter_facts::answer_rights(&book, &customer, &["access"]);
    book.json(&["letter", "make", &customer, "--kind", "access-response", "--out", out.to_str().unwrap()]);
    let text = crate::letters::pdf_text(&out);
    // Art. 15(1)(a), (g)/(h) and 15(2), from the demo register's customer systems.
    assert!(text.contains("Taking payments (Performance of a contract)"), "{text}");
    assert!(text.contains("Card payments are screened for fraud"), "{text}");
    assert!(text.contains("Payment processor to US (Standard contractual clauses)"), "{text}");
    // Retention periods read as sentences, one per system.
    assert!(text.contains("Billing and payments: Six years"), "{text}");
    assert!(!text.contains(".;"), "{text}");
    // Staff records are not a customer's business.
    assert!(!text.contains("Payroll"), "{text}");
    // Art. 15(1)(g): the sources besides the person, whom the letter names itself
    // ("apart from what you gave us yourself"), never "the person themselves".
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!flat.contains("The person themselves"), "{flat}");
}
