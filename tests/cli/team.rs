//! The team register (PostgreSQL, #21) through `casebook`, on a real server
//! the test starts (tests/support/pg_server.rs): `team init`, `audit verify`,
//! the password from PGPASSWORD or a password file, each bad connection one
//! line, the case lifecycle (logging, listing, searching, the steps that
//! work a case, editing and closing it; the register of processing, a case's
//! searches and actions; a right's answer corrected; a US state appeal; a
//! complaint to the controller; the next actions; the deadline policy, the
//! holiday calendars, the CSV of the requests, letters and their drafts, the
//! person's data imported and withheld, the portability package, identity
//! documents, letters received by post and emails imported) run
//! by the same scenario on a local file and on a team register, the roles as
//! the database enforces them (a handler's change of settings refused),
//! every command not yet available refused by name, a local register
//! moved in whole (`team migrate`: the same answers after, and what it
//! refuses), and the team's last backup and its reminder (`backup status`,
//! `backup remind`, `case list`).

use std::process::Command;

use serde_json::{Value, json};

use crate::harness::{Book, Run};
use crate::pg_server::PgServer;

fn casebook(args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_casebook"));
    cmd.args(args)
        .env_remove("CASEBOOK_DB")
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE")
        .env("CASEBOOK_NOW", "2026-11-29T10:00:00Z")
        .env("USER", "test-dpo");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("casebook runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn team_init_then_audit_verify_and_the_rest_refused_by_name() {
    let server = PgServer::start();
    server.create_database("register");
    let url = server.superuser_url("register");
    let port = server.port();

    let made = casebook(&["--json", "team", "init", &url], &[]).json();
    assert_eq!(made["schema"], 18);
    assert_eq!(made["created_by"], "postgres");
    assert_eq!(made["register"], format!("postgres://postgres@127.0.0.1:{port}/register"));
    casebook(&["team", "init", &url], &[]).fails_with("is not empty");

    let verified = casebook(&["--db", &url, "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(0), true));

    // Without a password in the URL: PGPASSWORD, or the password file.
    let bare = format!("postgres://postgres@127.0.0.1:{port}/register?sslmode=disable");
    let r = casebook(&["--db", &bare, "audit", "verify"], &[("PGPASSWORD", PgServer::SUPERUSER_PASSWORD)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("Audit log intact: 0 entries verified."), "{}", r.stdout);
    let dir = tempfile::tempdir().unwrap();
    let pgpass = dir.path().join("pgpass");
    std::fs::write(&pgpass, format!("# test\n127.0.0.1:{port}:*:postgres:{}\n", PgServer::SUPERUSER_PASSWORD)).unwrap();
    std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    let pgpassfile = pgpass.to_str().unwrap();
    let r = casebook(&["--db", &bare, "audit", "verify"], &[("PGPASSFILE", pgpassfile)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A password file others can read is ignored, as libpq does.
    std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    casebook(&["--db", &bare, "audit", "verify"], &[("PGPASSFILE", pgpassfile)])
        .fails_with("asks for a password for role 'postgres'");

    // Commands not there yet: refused by name, the register untouched (CASEBOOK_DB too).
    for (args, name) in [(&["encrypt"][..], "encrypt"), (&["passphrase", "change"], "passphrase change")] {
        let mut full = vec!["--db", url.as_str()];
        full.extend_from_slice(args);
        casebook(&full, &[]).fails_with(&format!(
            "`casebook {name}` is not available on a PostgreSQL register yet (postgres://postgres@127.0.0.1:{port}/register)"
        ));
    }
    casebook(&["encrypt"], &[("CASEBOOK_DB", &url)])
        .fails_with("`casebook encrypt` is not available on a PostgreSQL register yet");
    assert_eq!(server.psql("register", "SELECT count(*) FROM cases"), "0");
}

#[test]
fn bad_team_registers_are_one_line_each() {
    let server = PgServer::start();
    server.create_database("empty");
    let port = server.port();
    let verify = |url: &str| casebook(&["--db", url, "audit", "verify"], &[]);
    verify(&server.url("postgres", "wrong", "empty"))
        .fails_with(&format!("error: wrong password for PostgreSQL role 'postgres' on 127.0.0.1:{port}"));
    verify(&server.superuser_url("nosuch")).fails_with("database 'nosuch' does not exist");
    verify(&server.superuser_url("empty")).fails_with("has no Casebook register: run `casebook team init");
    verify("postgres://a@127.0.0.1:99999/x").fails_with("invalid PostgreSQL connection string");
    casebook(&["team", "init", "postgresql://a@h/d?sslmode=sure"], &[]).fails_with("sslmode 'sure' is not one of");
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    verify(&format!("postgres://a:b@127.0.0.1:{free}/x?sslmode=disable"))
        .fails_with(&format!("cannot reach the PostgreSQL server at 127.0.0.1:{free}"));
}

/// The server and its register `register`, created by the superuser, with
/// one login per group role: dora (casebook_dpo), hana (casebook_handler),
/// audrey (casebook_auditor), helen (casebook_handler and casebook_hr); the
/// DPO has set up Acme Ltd's profile.
fn team_register() -> PgServer {
    let server = PgServer::start();
    server.create_database("register");
    let made = casebook(&["--json", "team", "init", &server.superuser_url("register")], &[]).json();
    assert_eq!(made["schema"], 18);
    for (login, groups) in [
        ("dora", &["casebook_dpo"][..]),
        ("hana", &["casebook_handler"]),
        ("audrey", &["casebook_auditor"]),
        ("helen", &["casebook_handler", "casebook_hr"]),
    ] {
        server.create_login("register", login, &format!("{login}-pw"), groups);
    }
    let dpo = member(&server, "dora");
    let r = dpo.run(&["init", "--name", "Acme Ltd", "--dpo-email", "dpo@acme.example"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    server
}

/// `casebook` on the team register as `login` (password `LOGIN-pw`).
fn member(server: &PgServer, login: &str) -> Book {
    Book::at(&server.url(login, &format!("{login}-pw"), "register"))
}

/// Two cases logged, the register listed, one shown, a note added and the
/// case shown again: each command's JSON, for a register on either back end.
fn lifecycle_scenario(book: &Book) -> Vec<Value> {
    let ada = book.new_case("Ada Lovelace", "ada@example.com", "2026-11-02", &["--note", "Asked by email"]);
    let bob = book.customer_case("Bob Byte", "bob@example.com", "2026-11-10", &["erasure", "access"]);
    assert_eq!((ada.as_str(), bob.as_str()), ("CB-2026-0001", "CB-2026-0002"));
    let list = book.json(&["case", "list"]);
    let refs: Vec<&str> = list.as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap()).collect();
    assert_eq!(refs, ["CB-2026-0002", "CB-2026-0001"]);
    let due = book.json(&["case", "due", "--within", "30d"]);
    let shown = book.json(&["case", "show", &ada]);
    // Deadlines come from the same façade code: one month from receipt (UK GDPR).
    assert_eq!(shown["due"], "2026-12-02");
    let note = book.json(&["note", "add", &ada, "Called back: wants the HR file too"]);
    let again = book.json(&["case", "show", &ada]);
    let notes = again["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[1]["text"], "Called back: wants the HR file too");
    assert_eq!(notes[1]["author"], note["author"]);
    assert_eq!(again["created_by"], notes[0]["author"]);
    assert!(again["assigned_to"].is_null());
    assert_eq!(again["timeline"].as_array().unwrap().len(), 3, "{}", again["timeline"]);
    book.run(&["note", "add", &ada, "  "]).fails_with("the note is empty");
    book.run(&["case", "show", "CB-2026-0009"]).fails_with("case 'CB-2026-0009' not found");
    let found = search_scenario(book);
    let mut all = vec![list, due, shown, note, again, found];
    all.extend(steps_scenario(book));
    all
}

/// The steps that work the three cases, each step's JSON and the cases as
/// they end: Ada's acknowledged, identity asked for and verified, asked to
/// clarify (the clock paused) and answering, extended, answered; Bob's fee
/// asked for and paid, then withdrawn; Łukasz's refused. What each refuses
/// (a second acknowledgement, a step on a stopped clock, a date in the
/// future) refused the same.
fn steps_scenario(book: &Book) -> Vec<Value> {
    let (ada, bob, lukasz) = ("CB-2026-0001", "CB-2026-0002", "CB-2026-0003");
    let mut out = Vec::new();
    let mut step = |args: &[&str]| {
        let v = book.json(args);
        out.push(v.clone());
        v
    };
    let acknowledged = step(&["case", "acknowledge", ada, "--date", "2026-11-03"]);
    assert_eq!(
        (acknowledged["status"].as_str(), acknowledged["acknowledged"].as_bool()),
        (Some("acknowledged"), Some(true))
    );
    book.run(&["case", "acknowledge", ada]).fails_with("case CB-2026-0001 was already acknowledged on 2026-11-03");
    step(&["identity", "suggest", ada]);
    let asked = step(&["case", "identity-request", ada, "--method", "utility-bill", "--date", "2026-11-04"]);
    assert_eq!(asked["status"], "awaiting-identity");
    let verified = step(&[
        "case",
        "identity-received",
        ada,
        "--outcome",
        "verified",
        "--rationale",
        "The bill's address matches the account",
        "--date",
        "2026-11-06",
    ]);
    assert_eq!(verified["status"], "in-progress");
    step(&["identity", "checks", ada]);
    let paused = step(&["case", "clarify", ada, "--question", "Which accounts?", "--date", "2026-11-09"]);
    assert_eq!(paused["status"], "awaiting-clarification");
    let resumed = step(&["clarification", "answer", ada, "--on", "2026-11-12"]);
    // The clock restarted on the identity evidence (6 Nov: due Monday 7 Dec)
    // and stood still for the four days of the clarification (9 to 12 Nov).
    assert_eq!(resumed["due"], "2026-12-10");
    let extended = step(&["extension", "take", ada, "--reason", "complex", "--notified-on", "2026-11-20"]);
    assert_eq!(extended["due"], "2027-02-10");
    book.run(&["case", "extend", ada, "--reason", "again", "--date", "2026-11-21"])
        .fails_with("the extension was already taken on this case");
    let answered = step(&["case", "respond", ada, "--channel", "email", "--date", "2026-11-27"]);
    assert_eq!(answered["status"], "response-sent");
    book.run(&["case", "clarify", ada, "--question", "More?"])
        .fails_with("case CB-2026-0001 is response-sent: its clock has stopped");

    step(&["fee", "request", bob, "--ground", "manifestly-excessive", "--amount", "£10", "--on", "2026-11-11"]);
    let paid = step(&["case", "fee-paid", bob, "--date", "2026-11-13"]);
    assert_eq!(paid["fee_awaited"], false);
    let withdrawn = step(&["case", "withdraw", bob, "--date", "2026-11-15", "--how", "email of 15 Nov"]);
    assert_eq!(withdrawn["status"], "withdrawn");
    book.run(&["case", "acknowledge", bob]).fails_with("case CB-2026-0002 is withdrawn: its clock has stopped");

    book.run(&["case", "acknowledge", lukasz, "--date", "2026-12-01"])
        .fails_with("the date 2026-12-01 is in the future (today is 2026-11-29)");
    // Edited: a second right, the dates computed again.
    let edited = step(&[
        "case",
        "update",
        lukasz,
        "--right",
        "access",
        "--right",
        "erasure",
        "--requester-phone",
        "+48 22 000 00 00",
    ]);
    assert_eq!(edited["rights"], serde_json::json!(["access", "erasure"]));
    let corrected = step(&["case", "received", lukasz, "--on", "2026-11-11", "--reason", "Stamped a day late"]);
    assert_eq!((corrected["received"].as_str(), corrected["due"].as_str()), (Some("2026-11-11"), Some("2026-12-11")));
    assert_eq!(
        corrected["notes"][1]["text"],
        "received date corrected from 2026-11-12 to 2026-11-11: Stamped a day late"
    );
    book.run(&["case", "update", lukasz, "--status", "closed"])
        .fails_with("case CB-2026-0003: the status 'closed' is set by its step, not by hand");
    let refused = step(&[
        "case",
        "refuse",
        lukasz,
        "--reason",
        "manifestly-excessive",
        "--text",
        "The fifth identical request this month",
        "--date",
        "2026-11-20",
    ]);
    assert_eq!(refused["status"], "refused");
    // Closed: Ada's answered (her right answered with the response's
    // outcome), Bob's withdrawn, Łukasz's refused; a closed case takes no step.
    let closed = step(&["case", "close", ada, "--outcome", "fulfilled", "--date", "2026-11-28"]);
    assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("fulfilled")));
    assert_eq!(closed["right_status"][0]["answer"]["outcome"], "fulfilled");
    book.run(&["case", "close", bob, "--outcome", "fulfilled"]).fails_with("case CB-2026-0002: ");
    step(&["case", "close", bob, "--outcome", "withdrawn", "--date", "2026-11-16"]);
    step(&["case", "close", lukasz, "--outcome", "refused", "--date", "2026-11-21"]);
    book.run(&["case", "acknowledge", ada]).fails_with("case CB-2026-0001 is closed: its clock has stopped");
    book.run(&["case", "update", ada, "--channel", "letter"])
        .fails_with("case CB-2026-0001 is closed and can no longer be changed");
    // Re-opened for a reason, and closed again with the outcome its answer gives.
    book.run(&["case", "reopen", ada, "--reason", " "]).fails_with("re-opening a case needs its reason");
    let reopened = step(&["case", "reopen", ada, "--reason", "A second account turned up"]);
    assert_eq!((reopened["status"].as_str(), reopened["outcome"].as_str()), (Some("in-progress"), None));
    let again = step(&["case", "close", ada, "--date", "2026-11-29"]);
    assert_eq!(again["outcome"], "fulfilled");
    let list = step(&["case", "list", "--sort", "reference"]);
    let answered: Vec<&Value> = list.as_array().unwrap().iter().map(|c| &c["rights_answered"]).collect();
    assert_eq!(answered, [&serde_json::json!(["access"]), &serde_json::json!([]), &serde_json::json!([])]);
    for case in [ada, bob, lukasz] {
        step(&["case", "show", case]);
    }
    out
}

/// A third case with letters of their own (Ł, ß) and accents, then what
/// each search finds: folded or not, prefixes, emails, references, notes,
/// and hostile text read as words, never as syntax; what has no word to
/// search for, or is too long, refused by name. The results as JSON.
fn search_scenario(book: &Book) -> Value {
    let lukasz = book.new_case(
        "Łukasz Müller",
        "lukasz@example.pl",
        "2026-11-12",
        &["--requester-address", "Hauptstraße 5, Köln", "--note", "Prefers letters in Polish"],
    );
    assert_eq!(lukasz, "CB-2026-0003");
    let refs = |text: &str| -> Vec<String> {
        let list = book.json(&["case", "list", "--text", text]);
        list.as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap().to_string()).collect()
    };
    let mut found = serde_json::Map::new();
    for (text, expected) in [
        ("lukasz", &["CB-2026-0003"][..]),
        ("Łukasz", &["CB-2026-0003"]),
        ("ŁUK", &["CB-2026-0003"]),
        ("muller", &["CB-2026-0003"]),
        ("MÜL", &["CB-2026-0003"]),
        ("hauptstrasse", &["CB-2026-0003"]),
        ("Hauptstraße", &["CB-2026-0003"]),
        ("koln polish", &["CB-2026-0003"]),
        ("lukasz@example.pl", &["CB-2026-0003"]),
        ("lukasz@example.com", &[]),
        ("ada lov", &["CB-2026-0001"]),
        ("ada@example.com", &["CB-2026-0001"]),
        ("CB-2026-0002", &["CB-2026-0002"]),
        ("example", &["CB-2026-0003", "CB-2026-0002", "CB-2026-0001"]),
        ("called back hr", &["CB-2026-0001"]),
        ("nobody", &[]),
        // Quotes and tsquery/FTS operators are separators: the words are searched.
        ("'Łukasz' & | ! ( ) : * \\", &["CB-2026-0003"]),
        ("ada\" OR \"bob", &[]),
        ("bob');DROP TABLE cases;--", &[]),
        ("x:* <-> !y & (z", &[]),
    ] {
        let got = refs(text);
        assert_eq!(got, expected, "searching {text:?}");
        found.insert(text.to_string(), Value::from(got));
    }
    book.run(&["case", "list", "--text", ""])
        .fails_with("the search text is empty: give a name, an email address or a word (--text)");
    book.run(&["case", "list", "--search", "&|!():*"])
        .fails_with("the search text '&|!():*' has no letter or digit to search for (--text)");
    book.run(&["case", "list", "--text", &"ab ".repeat(67)])
        .fails_with("the search text is 201 characters long; at most 200 are searched (--text)");
    assert_eq!(refs(&"ab ".repeat(66)), Vec::<String>::new());
    Value::Object(found)
}

/// The results of one scenario on a file and on a team register are the
/// same, result by result, once who did each thing is left out.
fn assert_same_but_who(on_file: &[Value], on_team: &[Value]) {
    assert_eq!(on_file.len(), on_team.len());
    for (i, (file, team)) in on_file.iter().zip(on_team).enumerate() {
        let (file, team) = (without_actors(file), without_actors(team));
        assert!(file == team, "result {i} differs at {}", first_difference(&file, &team, String::new()));
    }
}

/// The values that differ by register: who did it (the operating-system
/// user on a file, the member's login on a team register), as a value, as
/// the text of a timeline's fact or as the author of a right's answer.
fn without_actors(v: &Value) -> Value {
    fn anyone(v: &Value) -> Value {
        match v {
            Value::String(_) => Value::String("<actor>".into()),
            Value::Object(map) if map.get("type") == Some(&Value::from("text")) => Value::Object(
                map.iter().map(|(k, v)| (k.clone(), if k == "text" { anyone(v) } else { v.clone() })).collect(),
            ),
            other => without_actors(other),
        }
    }
    match v {
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    // A right's answer says who gave it (elsewhere `by` is a date).
                    let answer_by = k == "by" && map.contains_key("right") && map.contains_key("outcome");
                    // So does a search, an action or a notification recorded on a case.
                    let logged_by = k == "by"
                        && (map.contains_key("system") || map.contains_key("recipient"))
                        && map.contains_key("on");
                    // And a correction of an answer, who made it.
                    let corrected_by = k == "by" && map.contains_key("earlier") && map.contains_key("reason");
                    // And a timeline's change of who gave an answer.
                    // (Or who imported or withheld the person's data.)
                    let changed_by = ["before", "after", "from", "to"].contains(&k.as_str())
                        && ["by", "imported_by", "actor"].iter().any(|f| map.get("field") == Some(&Value::from(*f)));
                    // And a letter withdrawn, who withdrew it.
                    let withdrawn_by = k == "by" && map.contains_key("correspondence_id") && map.contains_key("reason");
                    let answer_by = answer_by || logged_by || corrected_by || changed_by || withdrawn_by;
                    let who = ["author", "actor", "created_by", "decided_by", "made_by", "closed_by", "imported_by"];
                    let v = if answer_by || who.contains(&k.as_str()) { anyone(v) } else { without_actors(v) };
                    (k.clone(), v)
                })
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_actors).collect()),
        // A changed case as the timeline words it names its notes' authors,
        // and a corrected answer who gave it.
        Value::String(text) => Value::String(["test-dpo", "hana"].iter().fold(text.clone(), |t, who| {
            t.replace(&format!("author: {who};"), "author: <actor>;").replace(&format!("by: {who};"), "by: <actor>;")
        })),
        other => other.clone(),
    }
}

/// Where two JSON values first differ: the path and both values there.
fn first_difference(a: &Value, b: &Value, path: String) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() => x
            .iter()
            .find(|(k, v)| y.get(*k) != Some(*v))
            .map(|(k, v)| match y.get(k) {
                Some(w) => first_difference(v, w, format!("{path}.{k}")),
                None => format!("{path}.{k}: only on the local file"),
            })
            .unwrap_or(path),
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find(|(_, (v, w))| v != w)
            .map(|(i, (v, w))| first_difference(v, w, format!("{path}[{i}]")))
            .unwrap_or(path),
        _ => format!("{path}: {a} on the local file, {b} on the team register"),
    }
}

#[test]
fn the_case_lifecycle_is_the_same_on_a_local_file_and_a_team_register() {
    let local = Book::new();
    let on_file = lifecycle_scenario(&local);
    let server = team_register();
    let on_team = lifecycle_scenario(&member(&server, "hana"));
    assert_same_but_who(&on_file, &on_team);
    // Only who did it differs: test-dpo on the file, hana on the team register.
    assert_eq!((on_file[3]["author"].as_str(), on_team[3]["author"].as_str()), (Some("test-dpo"), Some("hana")));
    assert_eq!(on_team[4]["created_by"], "hana");
    let text = member(&server, "hana").run(&["case", "show", "CB-2026-0001"]);
    assert!(text.stdout.contains("Logged by:  hana"), "{}", text.stdout);
    assert!(text.stdout.contains("(hana): Called back"), "{}", text.stdout);
    // Every write was audited in its transaction, by the member's login.
    assert_eq!(
        server.psql("register", "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log"),
        "dora settings.organisation, hana case.created, hana note.added, hana case.created, hana note.added, \
         hana case.created, hana note.added, hana event.acknowledged, hana event.identity-requested, \
         hana event.identity-received, hana event.identity-checked, hana event.clarification-asked, \
         hana event.clarification-answered, hana event.extension-taken, hana event.response-sent, \
         hana event.fee-requested, hana event.fee-paid, hana event.withdrawn, hana case.updated, \
         hana case.received-corrected, hana note.added, hana event.refused, hana case.closed, hana case.closed, \
         hana case.closed, hana case.reopened, hana case.closed"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(27), true));
    // The answer `case close` gave Ada's right is the team register's own row, by its member.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(\"right\" || ' ' || outcome || ' ' || by_whom, ', ') FROM case_right_answers"
        ),
        "access fulfilled hana"
    );
    // The identity decision names who took it: the member on a team register.
    assert_eq!(on_team[10][0]["decided_by"], "hana");
    assert_eq!(on_file[10][0]["decided_by"], "test-dpo");
    // Assigning is for team registers; a local file refuses it, unchanged.
    let before = local.bytes();
    local.run(&["case", "assign", "CB-2026-0001", "--to", "hana"]).fails_with("cases are assigned on a team register");
    assert_eq!(local.bytes(), before);
}

/// `processing add`'s flags for a customer system `id` named `name`.
fn system_args<'a>(id: &'a str, name: &'a str) -> Vec<&'a str> {
    vec![
        "processing",
        "add",
        "--id",
        id,
        "--name",
        name,
        "--subject",
        "dpv:Customer",
        "--data",
        "dpv-pd:Name",
        "--data",
        "dpv-pd:EmailAddress",
        "--purpose",
        "dpv:ServiceProvision=dpv:Contract",
        "--recipient",
        "dpv:DataProcessor=Cloud hosting provider",
        "--retention",
        "6 years after the account closes",
        "--source",
        "dpv:DataSubjectDataSource",
    ]
}

/// The register of processing kept by the DPO (`dpo`), and what a handler
/// (`handler`) records on an erasure request against it: systems added,
/// edited, listed, shown, exported, imported and removed; the request's
/// searches and what was done, each missing record naming itself when the
/// case is responded to or its right answered too early; the right
/// answered, the case closed as fulfilled, its page and its Art. 15
/// information. Each command's JSON (an import's file name left out).
fn processing_scenario(dpo: &Book, handler: &Book, dir: &std::path::Path) -> Vec<Value> {
    let mut out = Vec::new();
    out.push(dpo.json(&system_args("crm", "Customer database")));
    dpo.run(&system_args("crm", "Again")).fails_with("system 'crm' is already in the register");
    out.push(dpo.json(&["processing", "edit", "crm", "--retention", "7 years after the account closes"]));
    let exported = handler.json(&["processing", "export"]);
    // A second system through a file the DPO imports: the register whole.
    let mut register = exported.clone();
    let mut billing = register["systems"][0].clone();
    billing["id"] = "billing".into();
    billing["name"] = "Billing".into();
    register["systems"].as_array_mut().unwrap().push(billing);
    let file = dir.join("register.json");
    std::fs::write(&file, register.to_string()).unwrap();
    let mut imported = dpo.json(&["processing", "import", file.to_str().unwrap()]);
    assert_eq!((imported["replaced"].as_u64(), imported["systems"].as_array().map(Vec::len)), (Some(1), Some(2)));
    imported.as_object_mut().unwrap().remove("file");
    out.extend([
        exported,
        imported,
        handler.json(&["processing", "list"]),
        handler.json(&["processing", "show", "crm"]),
    ]);
    handler
        .run(&["processing", "show", "web"])
        .fails_with("system 'web' is not in the register of processing (known: crm, billing)");

    let erin = handler.customer_case("Erin Erase", "erin@example.com", "2026-11-05", &["erasure"]);
    // Closed with the outcome its right's answer gives.
    let close = ["case", "close", erin.as_str(), "--date", "2026-11-20"];
    let respond = ["case", "respond", erin.as_str(), "--channel", "email", "--date", "2026-11-14"];
    handler.run(&respond).fails_with(&format!("case {erin} cannot be answered yet: not searched: crm, billing"));
    out.push(handler.json(&[
        "case",
        "searched",
        &erin,
        "--system",
        "crm",
        "--result",
        "found",
        "--date",
        "2026-11-10",
        "--note",
        "account 4411",
    ]));
    out.push(handler.json(&[
        "case",
        "searched",
        &erin,
        "--system",
        "billing",
        "--not-searched",
        "--reason",
        "never a paying customer",
        "--date",
        "2026-11-10",
    ]));
    let answer =
        ["case", "answer", erin.as_str(), "--right", "erasure", "--outcome", "fulfilled", "--on", "2026-11-13"];
    handler.run(&answer).fails_with(&format!(
        "case {erin}: erasure cannot be answered as fulfilled: nothing is recorded as done for it"
    ));
    handler
        .run(&["case", "action", &erin, "--system", "web", "--right", "erasure", "--did", "erased"])
        .fails_with("system 'web' is not in the register of processing (known: crm, billing)");
    handler
        .run(&["case", "action", &erin, "--system", "crm", "--right", "access", "--did", "erased"])
        .fails_with(&format!("case {erin} did not ask for access (it asked for erasure)"));
    out.push(handler.json(&[
        "case",
        "action",
        &erin,
        "--system",
        "crm",
        "--right",
        "erasure",
        "--did",
        "erased",
        "--date",
        "2026-11-12",
    ]));
    out.push(handler.json(&["case", "notify", &erin, "--recipient", "Cloud hosting provider", "--date", "2026-11-13"]));
    let answered = handler.json(&answer);
    assert_eq!(answered["right_status"][0]["answer"]["outcome"], "fulfilled");
    out.push(answered);
    handler.run(&answer).fails_with(&format!("case {erin}: erasure was already answered on 2026-11-13 (fulfilled)"));
    out.push(handler.json(&respond));
    out.push(handler.json(&["case", "search-log", &erin]));
    out.push(handler.json(&["case", "action-log", &erin]));
    out.push(handler.json(&["processing", "access", &erin]));
    let closed = handler.json(&close);
    assert_eq!((closed["status"].as_str(), closed["outcome"].as_str()), (Some("closed"), Some("fulfilled")));
    assert_eq!(closed["right_status"][0]["answer"]["outcome"], "fulfilled");
    assert_eq!(closed["action_log"]["actions"][0]["did"], "erased");
    assert_eq!(closed["search_log"]["unsearched"], serde_json::json!([]));
    out.push(closed);
    handler
        .run(&["case", "searched", &erin, "--system", "crm", "--result", "found"])
        .fails_with(&format!("case {erin} is closed"));
    out.push(dpo.json(&["processing", "remove", "billing"]));
    // The removed system's search stays on the case.
    let shown = handler.json(&["case", "show", &erin]);
    assert_eq!(shown["search_log"]["history"].as_array().unwrap().len(), 2);
    out.push(shown);
    out
}

#[test]
fn the_register_of_processing_searches_and_actions_are_the_same_on_a_team_register() {
    let local = Book::new();
    let dir = tempfile::tempdir().unwrap();
    let on_file = processing_scenario(&local, &local, dir.path());
    let server = team_register();
    let on_team = processing_scenario(&member(&server, "dora"), &member(&server, "hana"), dir.path());
    assert_same_but_who(&on_file, &on_team);
    // Only who did it differs: the member's login on the team register.
    assert_eq!(on_team[6]["history"][0]["by"], "hana");
    assert_eq!(on_file[6]["history"][0]["by"], "test-dpo");
    // Each change audited in its transaction, by the member who made it.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE id > 1"
        ),
        "dora processing.system-added, dora processing.system-updated, dora processing.imported, \
         hana case.created, hana search.recorded, hana search.recorded, hana action.recorded, \
         hana recipient.notified, hana right.answered, hana event.response-sent, hana case.closed, \
         dora processing.system-removed"
    );
    assert_eq!(
        server.psql("register", "SELECT string_agg(system_id || ' ' || did || ' ' || by_whom, ', ') FROM case_actions"),
        "crm erased hana"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(13), true));
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(\"right\" || ' ' || outcome || ' ' || by_whom, ', ') FROM case_right_answers"
        ),
        "erasure fulfilled hana"
    );
}

#[test]
fn the_database_enforces_the_roles_on_the_register_of_processing_and_a_case_s_logs() {
    let server = team_register();
    let (dpo, handler, auditor, hr) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    // Only the DPO keeps the register of processing: PostgreSQL refuses a handler's change.
    handler.run(&system_args("crm", "Customer database")).fails_with(
        "PostgreSQL refused it for role 'hana': adding a system: permission denied for table processing_systems",
    );
    auditor.run(&system_args("crm", "Customer database")).fails_with(
        "PostgreSQL refused it for role 'audrey': adding a system: permission denied for table processing_systems",
    );
    assert_eq!(server.psql("register", "SELECT count(*) FROM processing_systems"), "0");
    dpo.json(&system_args("crm", "Customer database"));
    handler.run(&["processing", "remove", "crm"]).fails_with(
        "PostgreSQL refused it for role 'hana': removing a system: permission denied for table processing_systems",
    );
    handler.run(&["processing", "edit", "crm", "--retention", "forever"]).fails_with(
        "PostgreSQL refused it for role 'hana': changing a system: permission denied for table processing_systems",
    );
    // A staff system, for the HR case below.
    let mut staff = system_args("staff", "Staff records");
    staff[7] = "dpv:Employee";
    dpo.json(&staff);
    // An auditor reads the logs but records nothing: refused by the database.
    let ann = handler.customer_case("Ann Other", "ann@example.com", "2026-11-01", &["erasure"]);
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    auditor
        .run(&[
            "case",
            "action",
            &ann,
            "--system",
            "crm",
            "--right",
            "erasure",
            "--did",
            "erased",
            "--date",
            "2026-11-02",
        ])
        .fails_with("PostgreSQL refused it for role 'audrey': recording an action: permission denied for table cases");
    auditor
        .run(&["case", "searched", &ann, "--system", "crm", "--result", "found", "--date", "2026-11-02"])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a search: permission denied for table cases");
    auditor
        .run(&["case", "answer", &ann, "--right", "erasure", "--outcome", "not-applicable", "--reason", "no account"])
        .fails_with("PostgreSQL refused it for role 'audrey': answering a right: permission denied for table cases");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(server.psql("register", "SELECT count(*) FROM case_actions"), "0");
    assert_eq!(server.psql("register", "SELECT count(*) FROM case_right_answers"), "0");
    handler.json(&["case", "searched", &ann, "--system", "crm", "--result", "found", "--date", "2026-11-02"]);
    assert_eq!(auditor.json(&["case", "search-log", &ann])["history"][0]["by"], "hana");
    // An HR case's searches and actions: its HR member's and the DPO's to see.
    let eve = hr.new_case(
        "Eve Employee",
        "eve@acme.example",
        "2026-11-03",
        &["--subject-category", "employee", "--right", "erasure"],
    );
    let searched =
        hr.json(&["case", "searched", &eve, "--system", "staff", "--result", "found", "--date", "2026-11-04"]);
    assert_eq!(searched["systems"][0]["latest"]["by"], "helen");
    hr.json(&[
        "case",
        "action",
        &eve,
        "--system",
        "staff",
        "--right",
        "erasure",
        "--did",
        "erased",
        "--date",
        "2026-11-05",
    ]);
    assert_eq!(dpo.json(&["case", "search-log", &eve])["history"].as_array().unwrap().len(), 1);
    for who in [&handler, &auditor] {
        who.run(&["case", "search-log", &eve]).fails_with(&format!("case '{eve}' not found"));
        who.run(&["case", "action-log", &eve]).fails_with(&format!("case '{eve}' not found"));
    }
    // Not only hidden by the app: the rows themselves, as the database shows them to each.
    let seen =
        |role: &str, table: &str| server.psql("register", &format!("SET ROLE {role}; SELECT count(*) FROM {table}"));
    for table in ["case_searches", "case_actions"] {
        let all = server.psql("register", &format!("SELECT count(*) FROM {table}"));
        assert_eq!((seen("helen", table), seen("dora", table)), (all.clone(), all));
    }
    assert_eq!((seen("hana", "case_searches"), seen("audrey", "case_searches")), ("1".into(), "1".into()));
    assert_eq!((seen("hana", "case_actions"), seen("audrey", "case_actions")), ("0".into(), "0".into()));
    // Nor can a handler outside HR write a row on it straight into the table.
    let eve_id = server.psql("register", &format!("SELECT id FROM cases WHERE reference = '{eve}'"));
    let sneak = server.try_psql(
        "register",
        &format!(
            "SET ROLE hana; INSERT INTO case_searches (case_id, system_id, searched, result, by_whom, on_date, at)
             VALUES ({eve_id}, 'staff', true, 'nothing-found', 'hana', '2026-11-05', '2026-11-05T00:00:00Z')"
        ),
    );
    assert!(String::from_utf8_lossy(&sneak.stderr).contains("row-level security"), "{sneak:?}");
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// `case new` for `name`'s access request, received 2026-11-01 by email, with `extra` flags.
fn log_case(book: &Book, name: &str, extra: &[&str]) -> Run {
    let mut args = vec![
        "case",
        "new",
        "--requester-name",
        name,
        "--received",
        "2026-11-01",
        "--channel",
        "email",
        "--right",
        "access",
    ];
    args.extend_from_slice(extra);
    book.run(&args)
}

#[test]
fn the_database_enforces_each_member_s_role() {
    let server = team_register();
    let (dpo, handler, auditor, hr) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    // An auditor reads but cannot create a case: PostgreSQL refuses it.
    log_case(&auditor, "Ann", &[]).fails_with(
        "PostgreSQL refused it for role 'audrey': creating a case: permission denied for table case_sequence",
    );
    assert_eq!(server.psql("register", "SELECT count(*) FROM cases"), "0");
    // A handler can; a handler's change of settings is refused.
    let ann = handler.new_case("Ann Other", "ann@example.com", "2026-11-01", &[]);
    handler.run(&["init", "--name", "Not Acme"]).fails_with(
        "PostgreSQL refused it for role 'hana': changing the settings: permission denied for table settings",
    );
    // An HR case (an employee's request), logged by an HR member, is invisible to others.
    let eve = hr.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    assert_eq!(hr.json(&["case", "list"]).as_array().unwrap().len(), 2);
    assert_eq!(dpo.json(&["case", "list"]).as_array().unwrap().len(), 2);
    for who in [&handler, &auditor] {
        let seen = who.json(&["case", "list"]);
        assert_eq!(seen.as_array().unwrap().iter().map(|c| c["reference"].clone()).collect::<Vec<_>>(), [ann.as_str()]);
        who.run(&["case", "show", &eve]).fails_with(&format!("case '{eve}' not found"));
    }
    handler.run(&["note", "add", &eve, "peek"]).fails_with(&format!("case '{eve}' not found"));
    // A handler without casebook_hr cannot log one either.
    log_case(&handler, "Ed", &["--subject-category", "job-applicant"]).fails_with(
        "PostgreSQL refused it for role 'hana': creating a case: new row violates row-level security policy",
    );
    // Assigning: to a member who works cases, audited; never to an auditor or a stranger.
    let assigned = dpo.json(&["case", "assign", &ann, "--to", "hana"]);
    assert_eq!(assigned["assigned_to"], "hana");
    assert_eq!(
        dpo.run(&["case", "assign", &ann, "--to", "casebook_handler"]).stdout,
        format!("{ann} assigned to casebook_handler.\n")
    );
    let shown = handler.json(&["case", "show", &ann]);
    assert_eq!(shown["assigned_to"], "casebook_handler");
    let changes: Vec<&Value> =
        shown["timeline"].as_array().unwrap().iter().filter(|e| e["item"]["action"] == "case.assigned").collect();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[1]["actor"], "dora");
    dpo.run(&["case", "assign", &ann, "--to", "audrey"]).fails_with("'audrey' works no cases on this register");
    dpo.run(&["case", "assign", &ann, "--to", "nobody"]).fails_with("PostgreSQL role 'nobody' not found");
    auditor.run(&["case", "assign", &ann, "--to", "audrey"]).fails_with("'audrey' works no cases on this register");
    auditor
        .run(&["case", "assign", &ann, "--to", "hana"])
        .fails_with("PostgreSQL refused it for role 'audrey': assigning a case: permission denied for table cases");
    // Steps: an auditor's refused by the database, nothing written; a handler
    // cannot reach an HR case; the DPO and the HR member can.
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    auditor
        .run(&["case", "acknowledge", &ann, "--date", "2026-11-02"])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a step: permission denied for table cases");
    auditor
        .run(&["clarification", "ask", &ann, "--on", "2026-11-02", "--question", "Which account?"])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a step: permission denied for table cases");
    auditor
        .run(&["case", "close", &ann, "--outcome", "not-a-request"])
        .fails_with("PostgreSQL refused it for role 'audrey': changing a case: permission denied for table cases");
    // A handler without casebook_hr cannot make a case an HR case either.
    handler.run(&["case", "update", &ann, "--subject-category", "employee"]).fails_with(
        "PostgreSQL refused it for role 'hana': changing a case: new row violates row-level security policy",
    );
    assert_eq!(server.psql("register", "SELECT count(*) FROM case_events"), "0");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(
        server.psql("register", "SELECT status || ' ' || hr FROM cases WHERE reference = 'CB-2026-0001'"),
        "received false"
    );
    handler.run(&["case", "acknowledge", &eve]).fails_with(&format!("case '{eve}' not found"));
    assert_eq!(hr.json(&["case", "acknowledge", &eve, "--date", "2026-11-04"])["status"], "acknowledged");
    assert_eq!(dpo.json(&["case", "acknowledge", &ann, "--date", "2026-11-02"])["status"], "acknowledged");
    assert_eq!(
        server.psql("register", "SELECT string_agg(actor || ' ' || reference, ', ' ORDER BY id) FROM audit_log WHERE action = 'event.acknowledged'"),
        format!("helen {eve}, dora {ann}")
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

#[test]
fn my_cases_are_those_assigned_to_the_connected_member() {
    let server = team_register();
    let (dpo, handler) = (member(&server, "dora"), member(&server, "hana"));
    let ann = handler.new_case("Ann Other", "ann@example.com", "2026-11-01", &[]);
    let bea = handler.new_case("Bea Müller", "bea@example.com", "2026-11-04", &[]);
    let cy = dpo.new_case("Cy Young", "cy@example.com", "2026-11-06", &[]);
    let unassigned = dpo.new_case("Di Nobody", "di@example.com", "2026-11-07", &[]);
    let mine = |who: &Book, extra: &[&str]| -> Vec<String> {
        let mut args = vec!["case", "list", "--mine"];
        args.extend_from_slice(extra);
        let list = who.json(&args);
        list.as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap().to_string()).collect()
    };
    assert!(mine(&handler, &[]).is_empty());
    for (case, to) in [(&ann, "hana"), (&bea, "hana"), (&cy, "dora"), (&unassigned, "casebook_handler")] {
        assert_eq!(dpo.json(&["case", "assign", case, "--to", to])["assigned_to"], *to);
    }
    // A case given to a group role is nobody's own.
    assert_eq!(mine(&handler, &[]), [bea.clone(), ann.clone()]);
    assert_eq!(mine(&dpo, &[]), [cy.as_str()]);
    assert_eq!(mine(&handler, &["--text", "muller"]), [bea.as_str()]);
    assert_eq!(mine(&handler, &["--sort", "reference", "--limit", "1"]), [ann.as_str()]);
    assert!(mine(&dpo, &["--text", "muller"]).is_empty());
    // The same keys (and values) as `case list`.
    let listed = handler.json(&["case", "list"]);
    let own = handler.json(&["case", "list", "--mine"]);
    let same: Vec<&Value> = listed.as_array().unwrap().iter().filter(|c| c["reference"] == bea.as_str()).collect();
    assert_eq!(&own[0], same[0]);
    let text = handler.run(&["case", "list", "--mine"]);
    assert!(text.stdout.contains(&ann) && !text.stdout.contains(&cy), "{}", text.stdout);
    handler.run(&["case", "list", "--mine", "--text", "&&"]).fails_with("has no letter or digit to search for");
    // A local register has one user: refused, the file unchanged.
    let local = Book::new();
    local.new_case("Ann Other", "ann@example.com", "2026-11-01", &[]);
    let before = local.bytes();
    local.run(&["case", "list", "--mine"]).fails_with("a local register has one user");
    assert_eq!(local.bytes(), before);
}

/// `demo generate` writes the same synthetic cases on either back end (one
/// transaction a batch, each case audited), and `bench` asks the app's list
/// queries of either: the same rows and counts for every query.
#[test]
fn synthetic_cases_and_the_list_queries_are_the_same_on_a_team_register() {
    let local = Book::new();
    let server = team_register();
    // Some synthetic cases are staff's: HR cases, which only an HR member may write.
    let helen = member(&server, "helen");
    let mut lists = Vec::new();
    let mut benches = Vec::new();
    for book in [&local, &helen] {
        let made = book.json(&["demo", "generate", "--cases", "60", "--seed", "7"]);
        assert_eq!(made["generated"], 60);
        lists.push(book.json(&["case", "list"]));
        let bench = book.json(&["bench", "--runs", "2"]);
        assert_eq!(bench["cases"], 60);
        let rows: Vec<(Value, Value)> =
            bench["list"].as_array().unwrap().iter().map(|q| (q["query"].clone(), q["rows"].clone())).collect();
        benches.push(rows);
    }
    assert_eq!(lists[0].as_array().unwrap().len(), 60);
    assert_eq!(lists[0], lists[1]);
    assert_eq!(benches[0], benches[1]);
    // The app's opening page counts the open cases: some, not all of them.
    let open = benches[1].iter().find(|(q, _)| q.as_str().unwrap().starts_with("app list opening")).unwrap();
    assert!(open.1.as_i64().is_some_and(|n| n > 0 && n < 60), "{open:?}");
    // Sixty cases, each with its entry, after the organisation's: one chain.
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(61), true));
    assert_eq!(
        server.psql("register", "SELECT count(DISTINCT actor) FROM audit_log WHERE action = 'case.created'"),
        "1"
    );
    // A handler outside HR, or an auditor, generates nothing: the database
    // refuses the batch whole.
    member(&server, "hana")
        .run(&["demo", "generate", "--cases", "20"])
        .fails_with("creating cases: new row violates row-level security policy for table \"cases\"");
    member(&server, "audrey")
        .run(&["demo", "generate", "--cases", "5"])
        .fails_with("PostgreSQL refused it for role 'audrey': creating cases: permission denied");
    assert_eq!(server.psql("register", "SELECT count(*) FROM cases"), "60");
    // The other benchmarks build a local register of their own.
    helen.run(&["bench", "--import", "10"]).fails_with("run them without a team register's --db");
    // Three members' sessions acknowledging four cases each at once: twelve
    // steps, each with its entry, and the chain still one line.
    let received = |book: &Book| book.json(&["case", "list", "--status", "received"]).as_array().unwrap().len();
    for n in 0..12 {
        helen.new_case(&format!("Writer Case {n}"), &format!("w{n}@example.com"), "2026-11-20", &[]);
    }
    let before = received(&helen);
    let run = helen.json(&["bench", "--writers", "3", "--steps", "4"]);
    assert_eq!((run["writers"].as_u64(), run["steps"].as_u64()), (Some(3), Some(12)), "{run}");
    assert_eq!((run["audit_entries"].as_i64(), run["audit_intact"].as_bool()), (Some(85), Some(true)), "{run}");
    assert_eq!(received(&helen), before - 12);
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log WHERE action = 'event.acknowledged'"), "12");
    helen
        .run(&["bench", "--writers", "3", "--steps", "1000"])
        .fails_with("3000 cases received and not yet acknowledged are needed");
    local.run(&["bench", "--writers", "2"]).fails_with("give its --db postgres://");
}

/// The deadline policy kept by the DPO (`dpo`): shown, a house target set
/// and removed, CCPA business days made to skip California's state
/// holidays and back, each change moving the open CCPA case's due date
/// (its step-by-step dates the same); a bad target refused by name. Each
/// command's JSON.
fn settings_scenario(dpo: &Book) -> Vec<Value> {
    let cal = dpo.ccpa_opt_out_and_deletion();
    let mut out = vec![dpo.json(&["settings", "deadlines"])];
    let mut change = |args: &[&str]| {
        let mut full = vec!["settings", "deadlines"];
        full.extend_from_slice(args);
        let (v, shown) = (dpo.json(&full), dpo.json(&["case", "show", &cal]));
        out.extend([v.clone(), shown.clone()]);
        (v, shown)
    };
    let (targeted, _) = change(&["--house-target", "uk-gdpr=20"]);
    assert_eq!(
        (
            targeted["policy"]["house_target_days"]["uk-gdpr"].as_i64(),
            targeted["cases_recomputed"].as_array().map(Vec::len)
        ),
        (Some(20), Some(0))
    );
    // The day after Thanksgiving is a California state holiday: one business day later.
    let (skipping, shown) = change(&["--california-state-holidays", "true"]);
    assert_eq!((&skipping["cases_recomputed"], shown["due"].as_str()), (&serde_json::json!([cal]), Some("2026-12-15")));
    let (back, shown) = change(&["--california-state-holidays", "false", "--house-target", "uk-gdpr=0"]);
    assert_eq!((&back["cases_recomputed"], shown["due"].as_str()), (&serde_json::json!([cal]), Some("2026-12-14")));
    assert_eq!(back["policy"]["house_target_days"], serde_json::json!({}));
    dpo.run(&["settings", "deadlines", "--house-target", "uk-gdpr=many"])
        .fails_with("invalid --house-target 'uk-gdpr=many': DAYS must be a whole number from 0 to 366");
    out
}

#[test]
fn the_deadline_policy_is_the_same_on_a_team_register_and_only_the_dpo_changes_it() {
    let local = Book::new();
    let on_file = settings_scenario(&local);
    let server = team_register();
    let (dpo, handler) = (member(&server, "dora"), member(&server, "hana"));
    let on_team = settings_scenario(&dpo);
    assert_same_but_who(&on_file, &on_team);
    // A handler reads the policy; PostgreSQL refuses their change of it,
    // which moves no case.
    assert_eq!(handler.json(&["settings", "deadlines"]), on_team[0]);
    handler.run(&["settings", "deadlines", "--california-state-holidays", "true"]).fails_with(
        "PostgreSQL refused it for role 'hana': changing the settings: permission denied for table settings",
    );
    assert_eq!(handler.json(&["settings", "deadlines"]), on_team[0]);
    assert_eq!(server.psql("register", "SELECT due FROM cases"), "2026-12-14");
    // Each change audited by the DPO, each moved case in its own entry.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE id > 1"
        ),
        "dora case.created, dora settings.deadline_policy, dora settings.deadline_policy, \
         dora deadline.recomputed (policy.changed), dora settings.deadline_policy, \
         dora deadline.recomputed (policy.changed)"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(7), true));
}

/// A team register an older Casebook left, its open cases' dates of older
/// deadline rules (schema 17's `deadline_rules` empty): a handler's open
/// changes nothing and says so; the DPO's next open recomputes them once,
/// each moved case audited, and records the revision.
#[test]
fn dates_stored_under_older_deadline_rules_are_recomputed_by_the_dpos_open_on_a_team_register() {
    use casebook_core::deadline::RULES_REVISION;
    let server = team_register();
    let (dpo, handler) = (member(&server, "dora"), member(&server, "hana"));
    let mixed = dpo.new_case("Ian", "ian@example.org", "2026-11-02", &["--right", "access", "--right", "unsubscribe"]);
    dpo.json(&["identity", "request", &mixed, "--on", "2026-11-03"]);
    let due =
        || server.psql("register", &format!("SELECT coalesce(due::text, '-') FROM cases WHERE reference = '{mixed}'"));
    assert_eq!(due(), "2026-12-02", "the unsubscribe's month runs while identity is awaited");
    let va = dpo.new_case("Ada", "ada@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    dpo.json(&["case", "refuse", &va, "--reason", "exemption", "--text", "legal privilege", "--date", "2026-10-15"]);
    dpo.json(&["case", "appeal", &va, "--date", "2026-10-20"]);
    let appeal_due =
        || server.psql("register", &format!("SELECT coalesce(appeal_due, '-') FROM cases WHERE reference = '{va}'"));
    assert_eq!(appeal_due(), "2026-12-19", "Va. Code §59.1-577(C): 60 days");
    // As an older version left it: no date while identity was awaited, no
    // appeal's date kept (team schema 17 had none), and no revision.
    server.psql("register", &format!("UPDATE cases SET due = NULL WHERE reference = '{mixed}'"));
    server.psql("register", &format!("UPDATE cases SET appeal_due = NULL WHERE reference = '{va}'"));
    server.psql("register", "DELETE FROM deadline_rules");

    let by_handler = handler.run(&["case", "list"]);
    assert_eq!(by_handler.code, 0, "{}", by_handler.stderr);
    assert!(
        by_handler.stderr.contains("the open cases' due dates on this team register are of revision 0: a DPO member's next open recomputes them"),
        "{}",
        by_handler.stderr
    );
    assert_eq!(due(), "-");

    let by_dpo = dpo.run(&["case", "list"]);
    assert_eq!(by_dpo.code, 0, "{}", by_dpo.stderr);
    assert!(
        by_dpo.stderr.contains(&format!("deadline rules revision {RULES_REVISION}): the due date of 2 open cases were recomputed and recorded in the audit log: {mixed}, {va}.")),
        "{}",
        by_dpo.stderr
    );
    assert_eq!((due(), appeal_due()), ("2026-12-02".to_string(), "2026-12-19".to_string()));
    let listed = handler.json(&["case", "list", "--open", "--sort", "due"]);
    let refused =
        listed.as_array().unwrap().iter().find(|c| c["reference"] == va.as_str()).expect("under appeal: open");
    assert_eq!((&refused["status"], &refused["appeal_due"]), (&json!("refused"), &json!("2026-12-19")));
    assert_eq!(
        server.psql("register", "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM (SELECT * FROM audit_log ORDER BY id DESC LIMIT 3) last"),
        format!("dora deadline.recomputed (deadline rules revision {RULES_REVISION}), dora deadline.recomputed (deadline rules revision {RULES_REVISION}), dora settings.deadline_rules")
    );
    assert_eq!(
        server.psql("register", "SELECT revision || ' ' || recomputed FROM deadline_rules"),
        format!("{RULES_REVISION} [\"{mixed}\",\"{va}\"]")
    );
    // Once: the next opens say nothing and record nothing.
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    for book in [&dpo, &handler] {
        let again = book.run(&["case", "list"]);
        assert!(!again.stderr.contains("deadline rules"), "{}", again.stderr);
    }
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// The register of requests as CSV (`case list --csv`), whole and filtered:
/// four cases, one answered and closed, one whose requester's name a
/// spreadsheet would run as a formula, one an employee's (an HR case). The
/// CSV texts, for a register on either back end, as `member` sees it.
fn csv_scenario(book: &Book, member: &Book) -> Vec<String> {
    let ada = book.new_case("Ada Lovelace", "ada@example.com", "2026-11-02", &[]);
    book.customer_case("=HYPERLINK(\"x\")", "eve@example.com", "2026-11-10", &["erasure", "access"]);
    book.ccpa_opt_out_and_deletion();
    book.new_case("Erin Staff", "erin@example.com", "2026-11-12", &["--subject-category", "employee"]);
    book.json(&["case", "respond", &ada, "--channel", "email", "--date", "2026-11-20"]);
    book.json(&["case", "close", &ada, "--outcome", "fulfilled", "--date", "2026-11-21"]);
    let csv = |args: &[&str]| {
        let mut full = vec!["case", "list", "--csv"];
        full.extend_from_slice(args);
        let r = member.run(&full);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let all = csv(&[]);
    assert!(
        all.starts_with(
            "reference,received,requester,rights,regime,location,channel,status,due,days_left,outcome,closed_on\n"
        ),
        "{all}"
    );
    assert!(all.contains(",\"'=HYPERLINK(\"\"x\"\")\",erasure access,"), "{all}");
    assert!(
        all.contains(
            "CB-2026-0001,2026-11-02,Ada Lovelace,access,uk-gdpr,GB-ENG,email,closed,2026-12-02,,fulfilled,2026-11-21\n"
        ),
        "{all}"
    );
    vec![all, csv(&["--open", "--sort", "due"]), csv(&["--regime", "ccpa"]), csv(&["--text", "ada"])]
}

#[test]
fn the_register_of_requests_as_csv_is_the_same_on_a_team_register() {
    let local = Book::new();
    let on_file = csv_scenario(&local, &local);
    let server = team_register();
    let hr = member(&server, "helen");
    let on_team = csv_scenario(&hr, &hr);
    assert_eq!(on_file, on_team);
    assert_eq!(on_file[0].lines().count(), 5, "{}", on_file[0]);
    // A handler without casebook_hr does not see the employee's case; an
    // auditor reads the register as it is.
    let handler = member(&server, "hana").run(&["case", "list", "--csv"]);
    assert_eq!(handler.stdout.lines().count(), 4, "{}", handler.stdout);
    assert!(!handler.stdout.contains("Erin Staff"), "{}", handler.stdout);
    let auditor = member(&server, "audrey").run(&["case", "list", "--csv"]);
    assert_eq!(auditor.stdout, handler.stdout);
}

const CLOSURE_ICS: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261201\r\nSUMMARY:Company closure\r\n  day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

/// The holiday calendars kept by the DPO (`dpo`): listed, one year shown,
/// bad files refused by name with nothing changed, a company closure day
/// added to England and Wales, which moves the open case due that day (not
/// the closed one), and the calendar and the case as they then are. Each
/// command's JSON (an import's file name left out).
fn calendar_scenario(dpo: &Book, dir: &std::path::Path) -> Vec<Value> {
    // Due Tue 1 Dec 2026.
    let ada = dpo.new_case("Ada Lovelace", "ada@example.com", "2026-11-01", &[]);
    let bob = dpo.new_case("Bob Byte", "bob@example.com", "2026-11-01", &[]);
    dpo.json(&["case", "close", &bob, "--outcome", "withdrawn", "--date", "2026-11-02"]);
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p.to_str().unwrap().to_string()
    };
    let mut out = vec![dpo.json(&["calendar", "list"]), dpo.json(&["calendar", "show", "scotland", "--year", "2027"])];
    dpo.run(&["calendar", "import", &write("x.ics", CLOSURE_ICS)]).fails_with("needs the calendar it updates");
    dpo.run(&["calendar", "import", &write("x.ics", CLOSURE_ICS), "--calendar", "atlantis"])
        .fails_with("unknown calendar 'atlantis'");
    dpo.run(&["calendar", "import", &write("notes.txt", "hello")])
        .fails_with("neither a gov.uk bank-holidays.json nor an iCalendar");
    assert_eq!(dpo.json(&["case", "show", &ada])["due"], "2026-12-01");
    let mut done = dpo.json(&[
        "calendar",
        "import",
        &write("closure.ics", CLOSURE_ICS),
        "--calendar",
        "england-and-wales",
        "--add",
    ]);
    assert_eq!(done["cases_recomputed"], serde_json::json!([ada]));
    done.as_object_mut().unwrap().remove("file_name");
    let shown = dpo.json(&["case", "show", &ada]);
    assert_eq!(shown["due"], "2026-12-02");
    let days = dpo.json(&["calendar", "show", "england-and-wales", "--year", "2026"]);
    let titles: Vec<&str> = days.as_array().unwrap().iter().map(|d| d["title"].as_str().unwrap()).collect();
    assert!(titles.contains(&"Christmas Day") && titles.contains(&"Company closure day"), "{titles:?}");
    assert_eq!(dpo.json(&["case", "show", &bob])["status"], "closed");
    out.extend([done, shown, days, dpo.json(&["calendar", "list"])]);
    out
}

#[test]
fn holiday_calendars_are_the_same_on_a_team_register_and_only_the_dpo_imports_one() {
    let dir = tempfile::tempdir().unwrap();
    let local = Book::new();
    let on_file = calendar_scenario(&local, dir.path());
    let server = team_register();
    let (dpo, handler) = (member(&server, "dora"), member(&server, "hana"));
    let on_team = calendar_scenario(&dpo, dir.path());
    assert_same_but_who(&on_file, &on_team);
    // Another member's session builds the calendars from the register's imports.
    assert_eq!(handler.json(&["calendar", "show", "england-and-wales", "--year", "2026"]), on_team[4]);
    assert_eq!(handler.json(&["case", "show", "CB-2026-0001"])["due"], "2026-12-02");
    // A handler's import is refused by PostgreSQL and moves nothing.
    let second = dir.path().join("second.ics");
    std::fs::write(&second, CLOSURE_ICS.replace("20261201", "20261202")).unwrap();
    handler
        .run(&["calendar", "import", second.to_str().unwrap(), "--calendar", "england-and-wales", "--add"])
        .fails_with(
            "PostgreSQL refused it for role 'hana': changing the settings: permission denied for table settings",
        );
    assert_eq!(
        server.psql("register", "SELECT string_agg(due, ', ' ORDER BY id) FROM cases"),
        "2026-12-02, 2026-12-01"
    );
    assert_eq!(handler.json(&["calendar", "show", "england-and-wales", "--year", "2026"]), on_team[4]);
    // The import and the moved case audited by the DPO, each in its own entry.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE id > 1"
        ),
        "dora case.created, dora case.created, dora case.closed, dora settings.holiday_imports, \
         dora deadline.recomputed (holidays.imported)"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert_eq!((verified["entries"].as_i64(), verified["problem"].is_null()), (Some(6), true));
}

/// A US state request refused, its appeal recorded (the state's own clock)
/// and decided; what an appeal refuses (none before an answer, one before
/// the answer it appeals, a second while one awaits its decision, a
/// decision with no appeal or no reasons, a state with no appeal) refused
/// the same. Each command's JSON.
fn appeal_scenario(book: &Book) -> Vec<Value> {
    let va = book.new_case("Ada", "ada@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    let mut out = Vec::new();
    let mut step = |args: &[&str]| {
        let v = book.json(args);
        out.push(v.clone());
        v
    };
    book.run(&["case", "appeal", &va, "--date", "2026-10-20"])
        .fails_with("an appeal answers a refusal or a response, and none is recorded yet");
    step(&["case", "refuse", &va, "--reason", "exemption", "--text", "legal privilege", "--date", "2026-10-15"]);
    book.run(&["case", "appeal", &va, "--date", "2026-10-14"]).fails_with("is before the answer it appeals");
    book.run(&["case", "appeal-decided", &va, "--outcome", "upheld", "--text", "x", "--date", "2026-11-01"])
        .fails_with("no appeal is awaiting a decision");
    let appealed = step(&["case", "appeal", &va, "--date", "2026-10-20"]);
    // Va. Code §59.1-577(C): 60 days from receipt of the appeal.
    assert_eq!(appealed["deadlines"]["appeal_due"], "2026-12-19", "{appealed:#}");
    book.run(&["case", "appeal", &va, "--date", "2026-10-21"]).fails_with("an appeal is already awaiting its decision");
    book.run(&["case", "appeal-decided", &va, "--outcome", "upheld", "--text", " ", "--date", "2026-11-01"])
        .fails_with("the decision needs its written explanation of the reasons");
    book.run(&["case", "appeal-decided", &va, "--outcome", "upheld", "--text", "x", "--date", "2026-10-19"])
        .fails_with("the decision on 2026-10-19 is before the appeal (2026-10-20)");
    let decided = step(&[
        "case",
        "appeal-decided",
        &va,
        "--outcome",
        "upheld",
        "--text",
        "The records you asked for are protected by legal privilege.",
        "--date",
        "2026-11-01",
    ]);
    assert_eq!(decided["status"], "refused");
    step(&["case", "show", &va]);
    let ut = book.new_case("Bo", "bo@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-UT"]);
    step(&["case", "refuse", &ut, "--reason", "exemption", "--text", "trade secret", "--date", "2026-10-15"]);
    book.run(&["case", "appeal", &ut, "--date", "2026-10-20"]).fails_with("gives the consumer no appeal");
    let uk = book.new_case("Cy", "cy@example.org", "2026-10-01", &[]);
    book.run(&["case", "appeal", &uk, "--date", "2026-10-20"]).fails_with("is a US state law's; UK GDPR has none");
    out
}

#[test]
fn a_us_state_appeal_is_the_same_on_a_team_register_and_an_auditor_records_none() {
    let local = Book::new();
    let on_file = appeal_scenario(&local);
    let server = team_register();
    let on_team = appeal_scenario(&member(&server, "hana"));
    assert_same_but_who(&on_file, &on_team);
    // Each appeal written in its transaction with its audit entry, by the member.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE action LIKE 'event.appeal%'"
        ),
        "hana event.appeal-received, hana event.appeal-decided"
    );
    // An auditor's appeal is refused by the database, nothing written.
    let auditor = member(&server, "audrey");
    let handler = member(&server, "hana");
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    let va = handler.new_case("Di", "di@example.org", "2026-10-01", &["--regime", "us-state", "--location", "US-VA"]);
    handler.json(&["case", "refuse", &va, "--reason", "exemption", "--text", "privilege", "--date", "2026-10-15"]);
    let entries_before = server.psql("register", "SELECT count(*) FROM audit_log");
    assert_ne!(entries, entries_before);
    auditor
        .run(&["case", "appeal", &va, "--date", "2026-10-20"])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a step: permission denied for table cases");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries_before);
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// A right answered, then corrected twice with its reasons (the earlier
/// answers kept in its history), the case closed; what a correction refuses
/// (nothing to correct yet, no reason, nothing changed, a closed case)
/// refused the same. Each command's JSON.
fn correction_scenario(book: &Book) -> Vec<Value> {
    let r = book.new_case("Ann Example", "ann@example.org", "2026-11-16", &[]);
    let mut out = Vec::new();
    let answer = |outcome: &str, extra: &[&str]| -> Vec<String> {
        let mut args = vec!["case", "answer", &r, "--right", "access", "--outcome", outcome];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_string).collect()
    };
    let run = |args: Vec<String>| book.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    run(answer("fulfilled", &["--correct", "wrong"]))
        .fails_with(&format!("access has no answer to correct: answer it (`casebook case answer {r} --right access"));
    let json = |args: Vec<String>| {
        let mut all = vec!["--json".to_string()];
        all.extend(args);
        all
    };
    let answered = run(json(answer("fulfilled", &["--on", "2026-11-20"]))).json();
    out.push(answered);
    run(answer("fulfilled", &[])).fails_with("a right is answered once: to correct it, `casebook case answer");
    run(answer("partly", &["--exemption", "x", "--correct", " "]))
        .fails_with("correcting an answer needs the reason why it was wrong (--correct)");
    run(answer("fulfilled", &["--correct", "typo"]))
        .fails_with("access is already recorded as fulfilled on 2026-11-20: nothing to correct");
    let exemption = ["--exemption", "emails naming colleagues withheld (DPA 2018 Sch. 2 para 16)"];
    let fixed =
        run(json(answer("partly", &[&exemption[..], &["--correct", "colleagues' emails were withheld"]].concat())))
            .json();
    let access = &fixed["right_status"][0];
    assert_eq!(
        (access["answer"]["outcome"].as_str(), access["answer"]["on"].as_str()),
        (Some("partly"), Some("2026-11-20"))
    );
    assert_eq!(access["corrections"][0]["earlier"]["outcome"], "fulfilled", "{fixed:#}");
    out.push(fixed);
    let redated = run(json(answer(
        "partly",
        &[&exemption[..], &["--on", "2026-11-21", "--correct", "sent a day later than recorded"]].concat(),
    )))
    .json();
    let history = redated["right_status"][0]["corrections"].as_array().unwrap().clone();
    assert_eq!(history.len(), 2, "{redated:#}");
    assert_eq!(
        (history[1]["earlier"]["outcome"].as_str(), history[1]["reason"].as_str()),
        (Some("partly"), Some("sent a day later than recorded"))
    );
    out.push(redated);
    out.push(book.json(&["case", "close", &r, "--date", "2026-11-25"]));
    run(answer("fulfilled", &["--correct", "after all"])).fails_with(&format!(
        "case {r} is closed: re-open it first (`casebook case reopen {r} --reason …`) to correct an answer"
    ));
    out.push(book.json(&["case", "show", &r]));
    out
}

#[test]
fn a_corrected_answer_is_the_same_on_a_team_register_and_the_database_guards_it() {
    let local = Book::new();
    let on_file = correction_scenario(&local);
    let server = team_register();
    let on_team = correction_scenario(&member(&server, "hana"));
    assert_same_but_who(&on_file, &on_team);
    // The history names who corrected it: the member's login.
    assert_eq!(on_team[3]["right_status"][0]["corrections"][1]["by"], "hana");
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(corrected_by || ' ' || outcome || ' ' || reason, ', ' ORDER BY id) FROM case_right_answer_corrections"
        ),
        "hana fulfilled colleagues' emails were withheld, hana partly sent a day later than recorded"
    );
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE action LIKE 'right.%'"
        ),
        "hana right.answered, hana right.corrected, hana right.corrected"
    );
    // An auditor's correction is refused by the database, nothing written;
    // an HR case's corrections are as hidden as the case.
    let (handler, auditor, hr) = (member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    let ann = handler.new_case("Ann Other", "ann@example.com", "2026-11-01", &[]);
    handler.json(&["case", "answer", &ann, "--right", "access", "--outcome", "fulfilled", "--on", "2026-11-20"]);
    let eve = hr.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    hr.json(&["case", "answer", &eve, "--right", "access", "--outcome", "fulfilled", "--on", "2026-11-20"]);
    let corrected = hr.json(&[
        "case",
        "answer",
        &eve,
        "--right",
        "access",
        "--outcome",
        "no-data",
        "--correct",
        "nothing was held after all",
    ]);
    assert_eq!(corrected["right_status"][0]["corrections"][0]["by"], "helen");
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    auditor
        .run(&["case", "answer", &ann, "--right", "access", "--outcome", "no-data", "--correct", "x"])
        .fails_with("PostgreSQL refused it for role 'audrey': correcting an answer: permission denied for table cases");
    handler
        .run(&["case", "answer", &eve, "--right", "access", "--outcome", "fulfilled", "--correct", "x"])
        .fails_with(&format!("case '{eve}' not found"));
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    // Row-level security: the members without casebook_hr see the first case's two.
    let visible = |login: &str| {
        server.psql("register", &format!("SET ROLE {login}; SELECT count(*) FROM case_right_answer_corrections"))
    };
    assert_eq!([visible("hana"), visible("audrey"), visible("helen"), visible("dora")], ["2", "2", "3", "3"]);
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// An HR case's audit entries hold the case (its before and after): they are
/// read only by those who may read the case. Every member still verifies the
/// whole chain, the entries they may not read by their place in it; a change
/// to such an entry's content is found by those who may read it.
#[test]
fn an_hr_case_s_audit_entries_are_for_hr_eyes_and_every_member_verifies_the_chain() {
    let server = team_register();
    let (dpo, handler, auditor, hr) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    let ann = handler.new_case("Ann Other", "ann@example.com", "2026-11-01", &[]);
    let eve = hr.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    hr.json(&["note", "add", &eve, "Grievance about her manager attached"]);
    let hr_entries: i64 =
        server.psql("register", &format!("SELECT count(*) FROM audit_log WHERE reference = '{eve}'")).parse().unwrap();
    assert!(hr_entries >= 2, "the HR case has its entries: {hr_entries}");
    let readable = |login: &str| {
        server.psql(
            "register",
            &format!("SET ROLE {login}; SELECT count(*) FROM audit_log WHERE after LIKE '%Eve Employee%' OR after LIKE '%Grievance%'"),
        )
    };
    assert_eq!([readable("hana"), readable("audrey")], ["0", "0"], "outside HR, nothing of the HR case is read");
    assert_ne!(readable("helen"), "0");
    assert_ne!(readable("dora"), "0");
    assert_eq!(
        server.psql("register", &format!("SET ROLE hana; SELECT count(*) FROM audit_log WHERE reference = '{ann}'")),
        server.psql("register", &format!("SELECT count(*) FROM audit_log WHERE reference = '{ann}'")),
        "a case a member may read keeps all its entries"
    );
    // Every member verifies the whole chain; outside HR, the HR entries by their place in it.
    for (book, linked_only) in [(&handler, hr_entries), (&auditor, hr_entries), (&hr, 0), (&dpo, 0)] {
        let report = book.json(&["audit", "verify"]);
        assert!(report["problem"].is_null(), "{report}");
        assert_eq!(report["linked_only"], linked_only, "{report}");
    }
    let said = handler.run(&["audit", "verify"]).stdout;
    assert!(said.contains(&format!("Checked by their place in the chain only: {hr_entries} entries")), "{said}");
    // The HR case's note rewritten behind the log's back: the link still holds,
    // so only those who read the entry can see it was changed, and they do.
    server.psql(
        "register",
        "UPDATE audit_log SET after = replace(after, 'Grievance', 'Praise') WHERE after LIKE '%Grievance%'",
    );
    assert!(handler.json(&["audit", "verify"])["problem"].is_null());
    for book in [&hr, &dpo] {
        let run = book.run(&["--json", "audit", "verify"]);
        assert_ne!(run.code, 0, "a broken chain fails the command");
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        assert!(report["problem"].as_str().is_some_and(|p| p.contains("was altered")), "{report}");
    }
}

/// A complaint to the controller about a request logged, acknowledged and
/// answered; what a complaint refuses (a request's steps, a date before the
/// law or the request, a request not on the register, a complaint named as
/// the request, a place outside the UK) refused the same. Each command's JSON.
fn complaint_scenario(book: &Book) -> Vec<Value> {
    let request = book.new_case("Ada Lovelace", "ada@example.org", "2026-10-01", &[]);
    let complaint_args = |received: &'static str, extra: &[&str]| -> Vec<String> {
        let mut args = vec![
            "complaint",
            "new",
            "--requester-name",
            "Ada Lovelace",
            "--requester-email",
            "ada@example.org",
            "--channel",
            "email",
            "--received",
            received,
        ];
        args.extend_from_slice(extra);
        args.into_iter().map(str::to_string).collect()
    };
    let run = |args: Vec<String>| book.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    run(complaint_args("2026-06-18", &[])).fails_with("before DPA 2018 s.164A applied on 2026-06-19");
    run(complaint_args("2026-09-01", &["--concerns", &request])).fails_with("is before the request it concerns");
    run(complaint_args("2026-11-01", &["--concerns", "CB-2026-0099"])).fails_with("no case CB-2026-0099");
    run(complaint_args("2026-11-01", &["--location", "FR"])).fails_with("needs a UK location");
    run(complaint_args("2026-12-01", &[])).fails_with("is in the future");
    let mut new = vec!["--json".to_string()];
    new.extend(complaint_args("2026-10-30", &["--concerns", &request, "--summary", "my request was answered late"]));
    let logged = run(new).json();
    let complaint = logged["reference"].as_str().unwrap().to_string();
    // 30 Oct + 30 days = Sun 29 Nov → Mon 30 Nov 2026.
    assert_eq!((logged["kind"].as_str(), logged["due"].as_str()), (Some("complaint"), Some("2026-11-30")));
    run(complaint_args("2026-11-01", &["--concerns", &complaint])).fails_with("is itself a complaint, not a request");
    book.run(&["case", "respond", &complaint, "--channel", "email", "--what", "a reply"])
        .fails_with("answer it with `complaint answer`");
    book.run(&["complaint", "answer", &request, "--outcome", "upheld", "--text", "x"])
        .fails_with("a request is answered with `case respond`");
    book.run(&["complaint", "answer", &complaint, "--outcome", "upheld", "--text", " "])
        .fails_with("the answer needs its text: what was found and what was done");
    let acknowledged = book.json(&["case", "acknowledge", &complaint, "--date", "2026-11-02"]);
    assert!(acknowledged["due"].is_null(), "acknowledged: no date counts down (without undue delay)");
    let answered = book.json(&[
        "complaint",
        "answer",
        &complaint,
        "--outcome",
        "upheld",
        "--text",
        "We answered your access request three days late; we have added a weekly check.",
        "--date",
        "2026-11-20",
    ]);
    let shown = book.json(&["case", "show", &complaint]);
    let list = book.json(&["case", "list", "--sort", "reference"]);
    vec![logged, acknowledged, answered, shown, list]
}

#[test]
fn a_complaint_is_the_same_on_a_team_register_and_an_auditor_logs_none() {
    let local = Book::new();
    let on_file = complaint_scenario(&local);
    let server = team_register();
    let on_team = complaint_scenario(&member(&server, "hana"));
    assert_same_but_who(&on_file, &on_team);
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(reference || ' ' || kind || ' ' || concerns, ', ') FROM cases WHERE kind IS NOT NULL"
        ),
        "CB-2026-0002 complaint CB-2026-0001"
    );
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE reference = 'CB-2026-0002'"
        ),
        "hana case.created, hana note.added, hana event.acknowledged, hana event.complaint-answered"
    );
    // An auditor logs no complaint and answers none: the database refuses, nothing written.
    let auditor = member(&server, "audrey");
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    auditor
        .run(&["complaint", "new", "--requester-name", "Bo", "--channel", "email", "--received", "2026-11-01"])
        .fails_with(
            "PostgreSQL refused it for role 'audrey': creating a case: permission denied for table case_sequence",
        );
    let handler = member(&server, "hana");
    let open = handler.json(&[
        "complaint",
        "new",
        "--requester-name",
        "Cy",
        "--channel",
        "letter",
        "--received",
        "2026-11-02",
    ]);
    let open = open["reference"].as_str().unwrap();
    let entries_after = server.psql("register", "SELECT count(*) FROM audit_log");
    assert_ne!(entries, entries_after);
    auditor
        .run(&["complaint", "answer", open, "--outcome", "not-upheld", "--text", "x"])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a step: permission denied for table cases");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries_after);
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// Cases in several states (new, awaiting identity, a CCPA request with a
/// date per right, one right answered of two, a closed one) and what
/// `casebook next` says each needs, as JSON and as text, at two dates.
fn next_scenario(book: &mut Book) -> Vec<Value> {
    let ann = book.new_case("Ann", "ann@example.org", "2026-11-20", &[]);
    let ok = |run: crate::harness::Run| {
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    ok(book.run(&["identity", "request", &ann, "--on", "2026-11-29", "--what", "a utility bill"]));
    book.new_case(
        "Bo",
        "bo@example.org",
        "2026-11-24",
        &["--right", "opt-out-of-sale", "--right", "erasure", "--regime", "ccpa", "--location", "US-CA"],
    );
    let cy = book.customer_case("Cy", "cy@example.org", "2026-11-10", &["access", "rectification"]);
    let answer = ["case", "answer", &cy, "--right", "rectification", "--outcome", "not-applicable"];
    ok(book.run(&[&answer[..], &["--reason", "nothing inaccurate was named", "--on", "2026-11-12"]].concat()));
    let di = book.new_case("Di", "di@example.org", "2026-11-02", &[]);
    ok(book.run(&["case", "close", &di, "--outcome", "not-a-request", "--date", "2026-11-03"]));
    let mut out = vec![book.json(&["next"]), book.json(&["next", "--limit", "2"])];
    let text = ok(book.run(&["next"]));
    assert!(text.contains("Opt out of sale or sharing due 2026-12-16; Erasure due 2027-01-08"), "{text}");
    assert!(!text.contains(&di), "a closed case needs nothing: {text}");
    out.push(Value::from(text));
    book.now = "2026-12-13T10:00:00Z".into();
    let later = ok(book.run(&["next"]));
    assert!(later.contains("identity requested 14 days ago, no answer: send a reminder"), "{later}");
    out.push(Value::from(later));
    out.push(book.json(&["next"]));
    book.now = "2026-11-29T10:00:00Z".into();
    out
}

#[test]
fn the_next_actions_are_the_same_on_a_team_register_and_hide_hr_cases() {
    let mut local = Book::new();
    let on_file = next_scenario(&mut local);
    let server = team_register();
    let on_team = next_scenario(&mut member(&server, "hana"));
    assert_eq!(on_file.len(), on_team.len());
    for (i, (file, team)) in on_file.iter().zip(&on_team).enumerate() {
        assert!(file == team, "result {i} differs at {}", first_difference(file, team, String::new()));
    }
    let refs: Vec<&str> = on_team[0].as_array().unwrap().iter().map(|a| a["reference"].as_str().unwrap()).collect();
    assert_eq!(refs.len(), 3, "{:#}", on_team[0]);
    assert_eq!(on_team[1].as_array().unwrap().len(), 2);
    // An HR case's next action is for those who may see it.
    let hr = member(&server, "helen");
    let eve = hr.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    let listed = |who: &Book| -> Vec<String> {
        who.json(&["next"]).as_array().unwrap().iter().map(|a| a["reference"].as_str().unwrap().to_string()).collect()
    };
    assert!(listed(&hr).contains(&eve));
    assert!(listed(&member(&server, "dora")).contains(&eve));
    for who in ["hana", "audrey"] {
        assert!(!listed(&member(&server, who)).contains(&eve), "{who} sees the HR case");
    }
    // `next` only reads: an auditor asks it too.
    assert_eq!(listed(&member(&server, "audrey")).len(), 3);
}

/// Every SHA-256 (64 hex digits) in `v`, keys and text included, and the
/// PDF's hash in an .eml's Message-ID, as `<sha256>`: a letter's PDF carries
/// the audit chain's head as it was made, which differs between registers
/// (its entries name who wrote them), so the PDF's hash, the documents keyed
/// by it and the Message-ID made from it differ too.
fn without_hashes(v: &Value) -> Value {
    fn mask(s: &str) -> String {
        let mut out = String::new();
        let mut run = String::new();
        for c in s.chars().chain(std::iter::once(' ')) {
            if c.is_ascii_hexdigit() {
                run.push(c);
                continue;
            }
            // A hash, or the start of one naming an .eml's Message-ID.
            let hash = run.len() == 64 || (run.len() == 16 && c == '@');
            out.push_str(if hash { "<sha256>" } else { &run });
            run.clear();
            out.push(c);
        }
        out.pop();
        out
    }
    match v {
        Value::Object(map) => Value::Object(map.iter().map(|(k, v)| (mask(k), without_hashes(v))).collect()),
        Value::Array(items) => Value::Array(items.iter().map(without_hashes).collect()),
        Value::String(s) => Value::String(mask(s)),
        other => other.clone(),
    }
}

/// A letter made (kept as a draft, with its text and .eml), the drafts
/// listed, it sent by email, the case shown with the correspondence and the
/// PDF among its documents; a second draft discarded; the letter withdrawn;
/// a third draft made stale by an edit of the case; the kinds and the letter
/// settings; what a letter refuses (a bad date, a draft already sent or
/// discarded, a stale one, a closed case) refused the same. Each command's JSON.
fn letters_scenario(book: &Book, dir: &std::path::Path) -> Vec<Value> {
    let ada = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let file = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let (pdf, text, eml) = (file("ack.pdf"), file("ack.txt"), file("ack.eml"));
    let make = ["letter", "make", &ada, "--kind", "acknowledgement", "--out", &pdf, "--text", &text, "--eml", &eml];
    let mut made = book.json(&make);
    for key in ["pdf", "text", "eml"] {
        let written = made[key].as_str().unwrap().to_string();
        assert!(std::path::Path::new(&written).is_file(), "{written}");
        made[key] = Value::from(written.replace(dir.to_str().unwrap(), "<dir>"));
    }
    let mut out = vec![made, book.json(&["letter", "drafts", &ada])];
    let send = |draft: &str, on: &str| book.run(&["letter", "send", &ada, draft, "--on", on, "--channel", "email"]);
    send("1", "2026-11-30").fails_with("the date 2026-11-30 is in the future (today is 2026-11-29) (--on)");
    send("1", "2026-11-28").fails_with("the date 2026-11-28 is before draft 1 was made");
    send("7", "2026-11-29").fails_with(&format!("draft '7 of case {ada}' not found"));
    book.run(&["letter", "send", &ada, "1", "--on", "2026-11-29", "--channel", "pigeon"])
        .fails_with("unknown channel 'pigeon'");
    out.push(book.json(&["letter", "send", &ada, "1", "--on", "2026-11-29", "--channel", "email"]));
    send("1", "2026-11-29").fails_with(&format!("draft 1 of case {ada} was already sent (correspondence 1)"));
    // A second draft, discarded.
    let again = file("again.pdf");
    out.push(book.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", &again])["draft"].clone());
    out.push(book.json(&["letter", "discard", &ada, "2"]));
    book.run(&["letter", "discard", &ada, "2"]).fails_with("was discarded: make the letter again");
    // Withdrawn, with its reason.
    book.run(&["letter", "withdraw", &ada, "1", "--reason", " "]).fails_with("the reason is empty");
    out.push(book.json(&["letter", "withdraw", &ada, "1", "--reason", "sent to the wrong address"]));
    book.run(&["letter", "withdraw", &ada, "1", "--reason", "again"])
        .fails_with("was already withdrawn on 2026-11-29 (sent to the wrong address)");
    // A draft whose facts changed since: not sent.
    let stale = file("stale.pdf");
    book.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", &stale]);
    let run = book.run(&["case", "update", &ada, "--requester-name", "Augusta Ada King"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    send("3", "2026-11-29")
        .fails_with(&format!("case {ada} changed since draft 3 was made: the letter would now read differently"));
    // Its right answered, the case waits for the draft to be sent (or discarded).
    let answer = ["case", "answer", &ada, "--right", "access", "--outcome", "not-applicable"];
    let run = book.run(&[&answer[..], &["--reason", "no account was found", "--on", "2026-11-29"]].concat());
    assert_eq!(run.code, 0, "{}", run.stderr);
    out.push(book.json(&["case", "show", &ada]));
    let next = book.run(&["next"]).stdout;
    assert!(next.contains("every right is answered: send the draft"), "{next}");
    out.push(book.json(&["next"]));
    out.push(book.json(&["letter", "kinds"]));
    out.push(book.json(&["letter", "settings"]));
    // A letter that does not fit the case, and one on a closed case.
    book.run(&["letter", "make", &ada, "--kind", "erasure-confirmation", "--out", &file("x.pdf")])
        .fails_with("answers");
    let run = book.run(&["case", "close", &ada, "--date", "2026-11-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    book.run(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", &file("x.pdf")]).fails_with("closed");
    assert!(!dir.join("x.pdf").exists(), "a refused letter writes nothing");
    out
}

#[test]
fn letters_and_their_drafts_are_the_same_on_a_team_register() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let on_file = letters_scenario(&Book::new(), file_dir.path());
    let server = team_register();
    let on_team = letters_scenario(&member(&server, "hana"), team_dir.path());
    let masked = |v: &[Value]| v.iter().map(without_hashes).collect::<Vec<_>>();
    assert_same_but_who(&masked(&on_file), &masked(&on_team));
    // The letter reads the same; only the chain's head it carries differs.
    let read = |dir: &tempfile::TempDir| crate::letters::pdf_text(&dir.path().join("ack.pdf"));
    let (file_text, team_text) = (read(&file_dir), read(&team_dir));
    assert_eq!(file_text, team_text);
    for said in ["Acme Ltd", "Dear Ada Lovelace", "CB-2026-0001", "received on 20 November 2026", "by 21 December 2026"]
    {
        assert!(team_text.contains(said), "{said} missing from {team_text}");
    }
    assert_eq!(on_team[0]["draft"], 1);
    assert_eq!(on_team[1][0]["made_by"], "hana");
    // The PDF sent is the PDF reviewed, stored once on the server.
    let show = &on_team[6];
    assert_eq!(show["correspondence"][0]["sha256"], show["drafts"][0]["sha256"]);
    assert_eq!(show["documents"][0]["role"], "letter");
    assert_eq!(server.psql("register", "SELECT count(*) FROM documents"), "1");
    // Each change written in its transaction with its audit entries, by the member.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log
             WHERE action LIKE 'letter.%' OR action LIKE 'correspondence.%' OR action LIKE 'document.%'"
        ),
        "hana letter.drafted, hana document.added, hana correspondence.out, hana letter.sent, \
         hana letter.drafted, hana letter.discarded, hana correspondence.withdrawn, hana letter.drafted"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
    // A search finds the case by what its letter says, as on a local file.
    let found = member(&server, "hana").json(&["case", "list", "--search", "acknowledge"]);
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
}

#[test]
fn the_database_enforces_the_roles_on_letters() {
    let server = team_register();
    let (dora, hana, audrey, helen) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let ada = hana.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let make = |who: &Book, reference: &str, out: &str| {
        who.run(&["letter", "make", reference, "--kind", "acknowledgement", "--out", &file(out)])
    };
    // An auditor reads letters but makes none: refused by the database, nothing written.
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    make(&audrey, &ada, "audrey.pdf")
        .fails_with("PostgreSQL refused it for role 'audrey': making a letter: permission denied for table cases");
    assert!(!dir.path().join("audrey.pdf").exists());
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(make(&hana, &ada, "hana.pdf").code, 0);
    assert_eq!(audrey.json(&["letter", "drafts", &ada])[0]["made_by"], "hana");
    audrey
        .run(&["letter", "send", &ada, "1", "--on", "2026-11-29", "--channel", "email"])
        .fails_with("PostgreSQL refused it for role 'audrey': sending a letter: permission denied for table cases");
    audrey
        .run(&["letter", "discard", &ada, "1"])
        .fails_with("PostgreSQL refused it for role 'audrey': discarding a letter: permission denied for table cases");
    assert_eq!(
        server.psql("register", "SELECT count(*) FROM audit_log"),
        entries.parse::<i64>().map(|n| n + 1).unwrap().to_string()
    );

    // Letter settings are a setting: the DPO's to change.
    let settings = file("letters.json");
    std::fs::write(&settings, r#"{"processing": {"purposes": ["Running the customer account"]}}"#).unwrap();
    hana.run(&["letter", "settings", "--file", &settings]).fails_with(
        "PostgreSQL refused it for role 'hana': changing the settings: permission denied for table settings",
    );
    let r = dora.run(&["letter", "settings", "--file", &settings]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let read: Value = serde_json::from_str(&hana.run(&["letter", "settings"]).stdout).unwrap();
    assert_eq!(read["processing"]["purposes"][0], "Running the customer account");

    // An HR case's letters are for HR eyes.
    let eve = helen.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    assert_eq!(make(&helen, &eve, "eve.pdf").code, 0);
    let sent = helen.json(&["letter", "send", &eve, "2", "--on", "2026-11-29", "--channel", "email"]);
    assert_eq!(sent["draft"]["state"], "sent");
    assert_eq!(helen.json(&["letter", "drafts", &eve]).as_array().map(Vec::len), Some(1));
    assert_eq!(dora.json(&["letter", "drafts", &eve]).as_array().map(Vec::len), Some(1));
    for who in [&hana, &audrey] {
        who.run(&["letter", "drafts", &eve]).fails_with(&format!("case '{eve}' not found"));
        make(who, &eve, "no.pdf").fails_with("not found");
    }
    // Nor can a handler outside HR reach them through the tables.
    assert_eq!(
        server.psql("register", "SET ROLE hana; SELECT count(*) FROM letter_drafts"),
        "1",
        "hana sees Ada's draft only"
    );
    assert_eq!(server.psql("register", "SET ROLE hana; SELECT count(*) FROM correspondence"), "0");
    assert_eq!(server.psql("register", "SET ROLE hana; SELECT count(*) FROM documents"), "0");
    assert_eq!(server.psql("register", "SET ROLE helen; SELECT count(*) FROM documents"), "1");

    // Copying a built-in template into a folder is a local register's: a team
    // register takes the text from a file (own_letter_templates_on_a_team_register).
    dora.run(&["letter", "template", "customise", "acknowledgement", "--lang", "en"])
        .fails_with("on a team register `letter template customise` needs --from FILE");
}

const CRM_EXPORT: &str = "customer_id,email,name,notes\n\
C-1001,Ada@Example.org,Ada Lovelace,\"Prefers email, not phone\"\n\
C-2002,bob@example.org,Bob Babbage,\n\
C-3003,carol@example.org,ada lovelace,\"same name, other person\"\n";

const BILLING_EXPORT: &str = r#"[{"invoice": "I-1", "customer_id": "C-1001", "amount": 12.5, "lines": [{"sku": "A"}]},
 {"invoice": "I-2", "customer_id": "C-1001", "amount": 3}]"#;

/// The person's data on a case (the DPO keeping the register of processing
/// in `dpo`, the case worked by `handler`): a CSV export imported whole, a
/// JSON one, one kept only where it matches the case's identifiers; files
/// refused whole (a broken quote half-way, a system not in the register, no
/// categories, nothing matching); the data listed and paged; a field of a
/// record, a whole file and a record withheld, what a redaction refuses
/// refused the same; the schedule; and the case's page. Each command's JSON.
fn data_scenario(dpo: &Book, handler: &Book, dir: &std::path::Path) -> Vec<Value> {
    dpo.json(&system_args("crm", "Customer database"));
    dpo.json(&system_args("billing", "Billing"));
    let ada = handler.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["--customer-id", "C-1001"]);
    let file = |name: &str, bytes: &str| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let (crm, billing) = (file("crm.csv", CRM_EXPORT), file("billing.json", BILLING_EXPORT));
    let import = |system: &str, categories: &str, path: &str, more: &[&str]| {
        let args = ["--json", "data", "import", &ada, "--system", system, "--categories", categories, path];
        handler.run(&[&args[..], more].concat())
    };
    let mut out = vec![
        import("crm", "contact,identifiers", &crm, &[]).json(),
        import("billing", "financial", &billing, &[]).json(),
        import("crm", "contact", &crm, &["--match"]).json(),
    ];
    // Refused whole: nothing of the file is kept.
    let broken = file("broken.csv", "a,b\n1,2\n3,\"4\n5,6\n");
    import("crm", "contact", &broken, &[])
        .fails_with("broken.csv: line 3: a quoted field is never closed (broken quote); nothing imported");
    import("payroll", "contact", &crm, &[])
        .fails_with("system 'payroll' is not in the register of processing (known: crm, billing)");
    import("crm", "", &crm, &[]).fails_with("at least one data category");
    let nobody = file("nobody.csv", "email\nzed@nowhere.example\n");
    import("crm", "contact", &nobody, &["--match"]).fails_with("match none of its 1 records; nothing imported");
    out.push(handler.json(&["data", "list", &ada]));
    out.push(handler.json(&["data", "list", &ada, "--limit", "2", "--offset", "3"]));
    // Withheld: a field of a record, a whole file, a record.
    let redact =
        |item: &str, more: &[&str]| handler.run(&[&["--json", "data", "redact", &ada, item][..], more].concat());
    let third_party = ["--reason", "third-party-data", "--note", "another customer's words"];
    out.push(redact("1", &[&["--field", "notes"][..], &third_party].concat()).json());
    out.push(redact("file-2", &["--reason", "not-requesters-data", "--note", "a shared account's invoices"]).json());
    out.push(redact("3", &third_party).json());
    redact("1", &[&["--field", "notes"][..], &third_party].concat()).fails_with("is already redacted");
    redact("1", &["--reason", "exemption", "--note", "n"]).fails_with("an exemption needs the article that grants it");
    redact("1", &[&["--field", "nope"][..], &third_party].concat()).fails_with("has no field 'nope'");
    redact("99999", &third_party).fails_with("not found");
    redact("1", &["--reason", "third-party-data", "--note", " "]).fails_with("needs a note");
    out.push(handler.json(&["data", "schedule", &ada]));
    let text = handler.run(&["data", "list", &ada]).stdout;
    assert!(text.contains("crm.csv") && text.contains("withheld file-2 (whole file) from billing"), "{text}");
    out.push(handler.json(&["case", "show", &ada]));
    out
}

#[test]
fn the_person_s_data_is_the_same_on_a_team_register() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let local = Book::new();
    let on_file = data_scenario(&local, &local, file_dir.path());
    let server = team_register();
    let on_team = data_scenario(&member(&server, "dora"), &member(&server, "hana"), team_dir.path());
    assert_same_but_who(&on_file, &on_team);
    assert_eq!((on_team[0]["records_kept"].as_i64(), on_team[2]["records_kept"].as_i64()), (Some(3), Some(2)));
    assert_eq!(on_team[0]["imported_by"], "hana");
    assert_eq!(on_team[5]["actor"], "hana");
    // The broken file left nothing: three files, 3 + 2 + 2 records.
    assert_eq!(server.psql("register", "SELECT count(*) FROM data_files"), "3");
    assert_eq!(server.psql("register", "SELECT count(*) FROM data_items"), "7");
    // Each import and redaction written in its transaction with its audit entry, by the member.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE action LIKE 'data.%'"
        ),
        "hana data.imported, hana data.imported, hana data.imported, hana data.redacted, hana data.redacted, \
         hana data.redacted"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

#[test]
fn the_database_enforces_the_roles_on_the_person_s_data() {
    let server = team_register();
    let (dora, hana, audrey, helen) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    dora.json(&system_args("crm", "Customer database"));
    let dir = tempfile::tempdir().unwrap();
    let crm = dir.path().join("crm.csv");
    std::fs::write(&crm, CRM_EXPORT).unwrap();
    let crm = crm.to_str().unwrap();
    let import = |who: &Book, reference: &str| {
        who.run(&["data", "import", reference, "--system", "crm", "--categories", "contact", crm])
    };
    let ada = hana.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    // An auditor reads the data but imports and withholds nothing.
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    import(&audrey, &ada)
        .fails_with("PostgreSQL refused it for role 'audrey': importing data: permission denied for table cases");
    assert_eq!(server.psql("register", "SELECT count(*) FROM data_files"), "0");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(import(&hana, &ada).code, 0);
    assert_eq!(audrey.json(&["data", "list", &ada])["items"].as_array().map(Vec::len), Some(3));
    audrey
        .run(&["data", "redact", &ada, "1", "--reason", "third-party-data", "--note", "n"])
        .fails_with("PostgreSQL refused it for role 'audrey': withholding data: permission denied for table cases");
    // An HR case's data is for HR eyes.
    let eve = helen.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    assert_eq!(import(&helen, &eve).code, 0);
    assert_eq!(dora.json(&["data", "list", &eve])["files"].as_array().map(Vec::len), Some(1));
    for who in [&hana, &audrey] {
        who.run(&["data", "list", &eve]).fails_with(&format!("case '{eve}' not found"));
        import(who, &eve).fails_with("not found");
        // Nor a record of it named by its id.
        who.run(&["data", "redact", &ada, "4", "--reason", "third-party-data", "--note", "n"]).fails_with("not found");
    }
    assert_eq!(server.psql("register", "SET ROLE hana; SELECT count(*) FROM data_items"), "3", "Ada's only");
    assert_eq!(server.psql("register", "SET ROLE helen; SELECT count(*) FROM data_items"), "6");
}

/// A case's portability package (the DPO keeping the register of
/// processing in `dpo`, the case worked by `handler`): data from two
/// systems, a record withheld, the systems searched and the right answered;
/// the package exported (its cover letter made and recorded with it), a
/// second export refused without --force, the case's page with the letter.
/// Each command's JSON (the folder left out).
fn package_scenario(dpo: &Book, handler: &Book, dir: &std::path::Path) -> Vec<Value> {
    dpo.json(&system_args("crm", "Customer database"));
    dpo.json(&system_args("billing", "Billing"));
    let ada = handler.customer_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["portability"]);
    let run = handler.run(&["case", "update", &ada, "--customer-id", "C-1001"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (system, name, bytes, categories) in
        [("crm", "crm.csv", CRM_EXPORT, "contact"), ("billing", "billing.json", BILLING_EXPORT, "financial")]
    {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        handler.json(&["data", "import", &ada, "--system", system, "--categories", categories, path.to_str().unwrap()]);
        handler.json(&["case", "searched", &ada, "--system", system, "--result", "found"]);
    }
    crate::letter_facts::answer_rights(handler, &ada, &["portability"]);
    handler.json(&["data", "redact", &ada, "2", "--reason", "third-party-data", "--note", "Bob's record"]);
    let out_dir = dir.join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let export = ["package", "export", &ada, "--out", out_dir.to_str().unwrap()];
    let mut exported = handler.json(&export);
    exported["path"] = Value::from(exported["path"].as_str().unwrap().replace(dir.to_str().unwrap(), "<dir>"));
    handler.run(&export).fails_with("exists (use --force to replace it)");
    vec![exported, handler.json(&["case", "show", &ada])]
}

#[test]
fn the_portability_package_is_the_same_on_a_team_register() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let local = Book::new();
    let on_file = package_scenario(&local, &local, file_dir.path());
    let server = team_register();
    let hana = member(&server, "hana");
    let on_team = package_scenario(&member(&server, "dora"), &hana, team_dir.path());
    // The cover letter carries the audit chain's head, so its hash (and the
    // manifest's, and the package's) differs by register; the rest does not.
    // So do the sizes of the letter, of the manifest naming that head, and of the ZIP.
    let masked = |v: &[Value]| {
        let mut v: Vec<Value> = v.iter().map(without_hashes).collect();
        v[0]["size"] = Value::Null;
        for f in v[0]["files"].as_array_mut().unwrap() {
            let path = f["path"].as_str().unwrap();
            if path == "manifest.json" || path.starts_with("CB-") {
                f["size"] = Value::Null;
            }
        }
        v
    };
    assert_same_but_who(&masked(&on_file), &masked(&on_team));
    assert_eq!(on_team[0]["records"], 4, "3 + 2 records, one withheld: {}", on_team[0]);
    let zip = |dir: &tempfile::TempDir| {
        let path = dir.path().join("out").join("CB-2026-0001-data-package.zip");
        crate::package::entries(&path, None)
    };
    let (file_entries, team_entries) = (zip(&file_dir), zip(&team_dir));
    let names = |e: &[(String, Vec<u8>)]| e.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    assert_eq!(names(&file_entries), names(&team_entries));
    for (name, bytes) in &team_entries {
        if name.starts_with("data/") || name == "README.txt" || name.ends_with(".schema.json") {
            let local = &file_entries.iter().find(|(n, _)| n == name).unwrap().1;
            assert!(local == bytes, "{name} differs");
        }
    }
    let crm = &team_entries.iter().find(|(n, _)| n == "data/crm.json").unwrap().1;
    let crm = String::from_utf8_lossy(crm);
    assert!(crm.contains("C-1001") && !crm.contains("Bob Babbage"), "{crm}");
    // Written by the member in their transactions: the cover letter sent
    // with the package, then the package.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log
             WHERE action IN ('document.added', 'correspondence.out', 'package.exported')"
        ),
        "hana document.added, hana correspondence.out, hana package.exported"
    );
    // An auditor's export is refused by the database, leaving no file.
    let out = team_dir.path().join("audrey.zip");
    member(&server, "audrey")
        .run(&["package", "export", "CB-2026-0001", "--out", out.to_str().unwrap()])
        .fails_with("PostgreSQL refused it for role 'audrey': recording a package: permission denied for table cases");
    assert!(!out.exists());
    assert_eq!(std::fs::read_dir(team_dir.path()).unwrap().count(), 3, "crm.csv, billing.json and out/ only");
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

/// `casebook import` of `paths` as JSON: its exit code and the outcomes.
fn import(book: &Book, paths: &[&str]) -> (i32, Value) {
    let mut args = vec!["--json", "import"];
    args.extend_from_slice(paths);
    let r = book.run(&args);
    let v: Value = serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {} {}", r.stdout, r.stderr));
    (r.code, v)
}

/// An email of the intake crate's corpus.
fn email(name: &str) -> String {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../casebook-intake/tests/corpus/emails");
    corpus.join(name).to_str().unwrap().to_string()
}

/// What comes in: identity documents filed on a case and listed (an empty
/// one, and one on a closed case, refused); a letter received by post
/// logged with its scans (a scan that is no PDF or image, and a postmark
/// after the receipt, refused with nothing written); emails imported (a
/// request opening a case, a reply filed on it, the same request again
/// skipped, a file that is no email reported); each case shown with what
/// came in. Each command's JSON.
fn intake_scenario(book: &Book, dir: &std::path::Path) -> Vec<Value> {
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let ada = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let passport = file("passport.pdf", b"%PDF-1.4 Ada's passport");
    let mut out = vec![book.json(&["identity", "attach", &ada, &passport])];
    book.run(&["identity", "attach", &ada, &file("empty.pdf", b"")]).fails_with("the identity document is empty");
    book.run(&["identity", "attach", "CB-2026-0099", &passport]).fails_with("case 'CB-2026-0099' not found");
    let bill = book.run(&["identity", "attach", &ada, &file("bill.png", b"\x89PNG\r\n\x1a\n Ada's bill")]);
    assert!(bill.stdout.contains("deleted 30 days after the identity decision"), "{}", bill.stdout);
    out.push(book.json(&["identity", "documents", &ada]));

    // A letter received by post, with its scans; bad input refused, nothing written.
    let cases = |book: &Book| book.json(&["case", "list"]).as_array().map(Vec::len);
    let before = cases(book);
    let (scan, photo) = (file("letter.pdf", b"%PDF-1.4 the letter"), file("envelope.jpg", b"\xFF\xD8\xFF envelope"));
    let fake = file("fake.pdf", b"MZ\x90\x00 an executable");
    let base = ["letter", "log", "--received", "2026-11-23", "--requester-name", "Erika Mustermann"];
    let log = |extra: &[&str]| book.run(&[&base[..], extra].concat());
    log(&["--scan", &fake, "--right", "access"]).fails_with("scan 'fake.pdf' is not a PDF, PNG or JPEG file");
    log(&["--text", "Please delete my data", "--postmark", "2026-11-25"])
        .fails_with("postmark 2026-11-25 is after the day the letter was received");
    log(&["--right", "access"]).fails_with("a letter needs its text");
    assert_eq!(cases(book), before, "a refused letter opens no case");
    let text = "Please delete all my personal data and tell me what you hold about me.";
    let logged = [&base[..], &["--requester-email", "erika@example.de", "--postmark", "2026-11-20"]].concat();
    out.push(book.json(&[&logged[..], &["--scan", &scan, "--scan", &photo, "--text", text]].concat()));

    // Emails: a request opens a case, a reply is filed on it, the same request again is skipped.
    let (code, created) = import(book, &[&email("plain.eml")]);
    assert_eq!(code, 0, "{created}");
    let jane = created[0]["reference"].as_str().unwrap().to_string();
    out.push(created);
    let (code, again) = import(book, &[&email("reply.eml"), &email("plain.eml"), &email("not-an-email.png")]);
    assert_ne!(code, 0, "a file that is no email fails the import: {again}");
    out.push(again);
    out.push(book.json(&["case", "show", &jane]));
    out.push(book.json(&["case", "list", "--search", "verify"]));
    // A message with NUL characters in its sender's name, subject and text
    // (which PostgreSQL's text refuses): read as on a local file, the original kept whole.
    let nul = file(
        "nul.eml",
        b"From: =?utf-8?q?Eve=00Null?= <eve@example.org>\r\nTo: dpo@acme.example\r\n\
          Subject: =?utf-8?q?Delete=00me?=\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\
          Message-ID: <nul@example.org>\r\nMIME-Version: 1.0\r\n\
          Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
          Please delete=00 all my personal data.\r\n",
    );
    let (code, eve) = import(book, &[&nul]);
    assert_eq!(code, 0, "{eve}");
    out.push(book.json(&["case", "show", eve[0]["reference"].as_str().unwrap()]));
    out.push(eve);

    // A closed case takes no identity document.
    let run = book.run(&["case", "close", &ada, "--outcome", "not-a-request", "--date", "2026-11-29"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    book.run(&["identity", "attach", &ada, &passport]).fails_with("closed");
    out.push(book.json(&["case", "show", &ada]));
    out.push(book.json(&["case", "show", "CB-2026-0002"]));
    // A requester's open cases are found by their address: a second request from Jane.
    let again = file(
        "again.eml",
        b"From: Jane Doe <jane.doe@example.org>\r\nTo: dpo@acme.example\r\nSubject: Delete my data\r\n\
          Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <again@example.org>\r\n\r\n\
          Please erase all my personal data under Article 17 GDPR.\r\n",
    );
    let (code, twice) = import(book, &[&again]);
    assert_eq!(code, 0, "{twice}");
    assert_eq!(twice[0]["duplicate_of"], serde_json::json!([jane]));
    out.push(twice);
    // A posted letter's text with a NUL in it, read as on a local file.
    let typed = file("typed.txt", b"Please send me\0 a copy of my personal data.");
    out.push(book.json(&[&base[..], &["--text-file", &typed]].concat()));
    // A requester's new address is theirs at once: a message from it names their open case.
    let bob = book.new_case("Bob Byte", "bob@example.com", "2026-11-21", &[]);
    let run = book.run(&["case", "update", &bob, "--requester-email", "Bob@New.example"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let moved = file(
        "moved.eml",
        b"From: Bob Byte <bob@new.example>\r\nTo: dpo@acme.example\r\nSubject: My data\r\n\
          Date: Tue, 24 Nov 2026 10:00:00 +0000\r\nMessage-ID: <moved@example.org>\r\n\r\n\
          Please send me a copy of all my personal data.\r\n",
    );
    let (code, from_bob) = import(book, &[&moved]);
    assert_eq!(code, 0, "{from_bob}");
    assert_eq!(from_bob[0]["duplicate_of"], serde_json::json!([bob]));
    out.push(from_bob);
    out
}

#[test]
fn what_comes_in_is_the_same_on_a_team_register() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let on_file = intake_scenario(&Book::new(), file_dir.path());
    let server = team_register();
    let on_team = intake_scenario(&member(&server, "hana"), team_dir.path());
    assert_same_but_who(&on_file, &on_team);
    assert_eq!(on_team[0]["role"], "identity");
    assert_eq!(on_team[1].as_array().map(Vec::len), Some(2), "{}", on_team[1]);
    let letter = &on_team[2];
    assert_eq!((letter["channel"].as_str(), letter["received"].as_str()), (Some("letter"), Some("2026-11-23")));
    let roles: Vec<&str> =
        letter["documents"].as_array().unwrap().iter().map(|d| d["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["scan", "scan"]);
    assert_eq!(on_team[3][0]["outcome"], "created");
    let outcomes: Vec<&str> = on_team[4].as_array().unwrap().iter().map(|o| o["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes, ["filed", "skipped", "failed"]);
    assert_eq!(on_team[7]["requester"]["name"], "EveNull", "{}", on_team[7]);
    assert_eq!(on_team[12]["correspondence"][0]["body_text"], "Please send me a copy of my personal data.");
    let jane = &on_team[5];
    assert_eq!(jane["correspondence"].as_array().map(Vec::len), Some(2), "{jane}");
    assert_eq!(on_team[6].as_array().map(Vec::len), Some(1), "the reply's words are searched: {}", on_team[6]);
    // Each stored once, written by the member with its audit entries.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log
             WHERE action LIKE 'document.%' OR action LIKE 'correspondence.%'"
        ),
        "hana document.added, hana document.added, hana document.added, hana document.added, \
         hana correspondence.in, hana document.added, hana correspondence.in, hana document.added, \
         hana correspondence.in, hana document.added, hana correspondence.in, hana document.added, \
         hana correspondence.in, hana document.added, hana correspondence.in, hana document.added, \
         hana correspondence.in"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");
}

#[test]
fn the_database_enforces_the_roles_on_what_comes_in() {
    let server = team_register();
    let (dora, hana, audrey, helen) =
        (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"), member(&server, "helen"));
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_string()
    };
    let ada = hana.new_case("Ada Lovelace", "ada@example.org", "2026-11-20", &[]);
    let passport = file("passport.pdf", b"%PDF-1.4 Ada's passport");
    // An auditor reads what came in and files nothing: refused by the database, nothing written.
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    audrey
        .run(&["identity", "attach", &ada, &passport])
        .fails_with("PostgreSQL refused it for role 'audrey': filing a document: permission denied for table cases");
    let log = ["letter", "log", "--received", "2026-11-23", "--requester-name", "Erika", "--right", "access"];
    audrey.run(&[&log[..], &["--scan", &passport]].concat()).fails_with(
        "PostgreSQL refused it for role 'audrey': creating a case: permission denied for table case_sequence",
    );
    let (code, refused) = import(&audrey, &[&email("plain.eml")]);
    assert_ne!(code, 0);
    let error = refused[0]["error"].as_str().unwrap();
    assert!(
        error.starts_with("PostgreSQL refused it for role 'audrey': creating a case: permission denied"),
        "{error}"
    );
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(server.psql("register", "SELECT count(*) FROM documents"), "0");
    assert_eq!(hana.json(&["identity", "attach", &ada, &passport])["role"], "identity");
    assert_eq!(audrey.json(&["identity", "documents", &ada]).as_array().map(Vec::len), Some(1));

    // An HR case's documents are for HR eyes.
    let eve = helen.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    let contract = file("contract.pdf", b"%PDF-1.4 Eve's employment contract");
    assert_eq!(helen.json(&["identity", "attach", &eve, &contract])["role"], "identity");
    assert_eq!(dora.json(&["identity", "documents", &eve]).as_array().map(Vec::len), Some(1));
    for who in [&hana, &audrey] {
        who.run(&["identity", "documents", &eve]).fails_with(&format!("case '{eve}' not found"));
        who.run(&["identity", "attach", &eve, &passport]).fails_with(&format!("case '{eve}' not found"));
    }
    // A message filed on an HR case is not imported again by a member
    // outside HR (nor a reply to it filed as a new case): refused, naming who may.
    let (code, created) = import(&helen, &[&email("plain.eml")]);
    assert_eq!(code, 0, "{created}");
    let jane = created[0]["reference"].as_str().unwrap();
    let r = helen.run(&["case", "update", jane, "--subject-category", "employee"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (code, refused) = import(&hana, &[&email("reply.eml"), &email("plain.eml")]);
    assert_ne!(code, 0);
    for outcome in refused.as_array().unwrap() {
        assert_eq!(outcome["outcome"], "failed");
        let error = outcome["error"].as_str().unwrap();
        let says =
            "PostgreSQL refused it for role 'hana': importing a message: it is filed on a case this role may not see";
        assert!(error.starts_with(says), "{error}");
    }
    assert_eq!(import(&helen, &[&email("reply.eml")]).1[0]["outcome"], "filed");
    assert_eq!(server.psql("register", "SELECT count(*) FROM cases WHERE hr"), "2");
    assert_eq!(server.psql("register", "SELECT count(*) FROM cases"), "3", "no case opened by the refused import");

    // Nor can a member outside HR reach them through the tables.
    let count =
        |role: &str, table: &str| server.psql("register", &format!("SET ROLE {role}; SELECT count(*) FROM {table}"));
    assert_eq!((count("hana", "case_documents"), count("hana", "documents")), ("1".into(), "1".into()));
    assert_eq!((count("hana", "correspondence"), count("helen", "correspondence")), ("0".into(), "2".into()));
    assert_eq!((count("helen", "case_documents"), count("helen", "documents")), ("4".into(), "4".into()));
    assert_eq!(count("audrey", "documents"), "1");
}

/// Retention (`book` worked from 3 March 2026): a request whose identity
/// was checked on a passport, answered and closed; a message that was no
/// request, closed; another request whose passport is still held. Two years
/// on, the dry run, the run itself (the identity documents past their 30
/// days, then the closed cases past their periods) and what is left to
/// show. Each command's JSON.
fn retention_scenario(book: &mut Book, dir: &std::path::Path) -> Vec<Value> {
    let passport = |name: &str| {
        let path = dir.join(format!("{name}-passport.pdf"));
        std::fs::write(&path, format!("%PDF-1.4 PASSPORT-{name}")).unwrap();
        path.to_str().unwrap().to_string()
    };
    book.now = "2026-03-03T09:00:00Z".into();
    let old = book.new_case("Zebulon Quaxley", "zebulon@example.org", "2026-03-02", &["--note", "NOTE-7f3a-OLD"]);
    let open = book.new_case("Ottoline Brackwater", "ottoline@example.org", "2026-03-02", &[]);
    for r in [&old, &open] {
        book.json(&["identity", "attach", r, &passport(r)]);
        let check = ["identity", "check", r, "--method", "id-document", "--outcome", "verified"];
        let why =
            ["--rationale", "passport", "--compared", "photo and name", "--override-reason", "no address on file"];
        book.json(&[&check[..], &why].concat());
    }
    book.json(&["case", "respond", &old, "--channel", "email", "--what", "copy of the data"]);
    book.json(&["case", "close", &old, "--outcome", "fulfilled", "--on", "2026-03-10"]);
    let spam = book.new_case("Mallory Spam", "spam@example.org", "2026-03-01", &[]);
    book.json(&["case", "close", &spam, "--outcome", "not-a-request", "--on", "2026-03-02"]);
    let mut out = vec![book.json(&["retention", "show"])];

    book.now = "2028-03-15T09:00:00Z".into();
    out.push(book.json(&["retention", "run", "--dry-run"]));
    out.push(book.json(&["retention", "run"]));
    book.run(&["case", "show", &old]).fails_with(&format!("case '{old}' not found"));
    out.push(book.json(&["case", "show", &open]));
    out.push(book.json(&["retention", "run"]));
    out
}

#[test]
fn retention_is_the_same_on_a_team_register_and_only_the_dpo_deletes() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut local = Book::new();
    let on_file = retention_scenario(&mut local, file_dir.path());
    let server = team_register();
    let mut dora = member(&server, "dora");
    let on_team = retention_scenario(&mut dora, team_dir.path());
    assert_same_but_who(&on_file, &on_team);
    let due: Vec<&str> =
        on_team[2]["cases"]["due"].as_array().unwrap().iter().map(|c| c["reference"].as_str().unwrap()).collect();
    assert_eq!(due, ["CB-2026-0003", "CB-2026-0001"]);
    assert_eq!(on_team[2]["deleted"].as_array().map(Vec::len), Some(2), "both passports were past their 30 days");
    assert!(on_team[4]["cases"]["due"].as_array().unwrap().is_empty(), "nothing is due twice");

    // Nothing of the deleted cases is left in the tables or the audit entries' text.
    let left = |like: &str| {
        server.psql(
            "register",
            &format!(
                "SELECT (SELECT count(*) FROM cases WHERE requester_name LIKE '{like}')
                      + (SELECT count(*) FROM notes WHERE text LIKE '{like}')
                      + (SELECT count(*) FROM audit_log WHERE coalesce(before, '') || coalesce(after, '') LIKE '{like}')
                      + (SELECT count(*) FROM documents WHERE convert_from(bytes, 'UTF8') LIKE '{like}')"
            ),
        )
    };
    for gone in ["%Zebulon%", "%NOTE-7f3a-OLD%", "%Mallory%", "%PASSPORT-%"] {
        assert_eq!(left(gone), "0", "{gone} is still on the team register");
    }
    assert_eq!(left("%Ottoline%"), "2", "the open case stays, with its audit entry's text");
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(reference, ' ' ORDER BY id) FROM audit_log WHERE action = 'case.deleted'"
        ),
        "CB-2026-0003 CB-2026-0001"
    );
    let verified = casebook(&["--db", &server.superuser_url("register"), "--json", "audit", "verify"], &[]).json();
    assert!(verified["problem"].is_null(), "{verified}");

    // A handler and an auditor see what is due; the database refuses them the deletion and the policy.
    let (mut hana, audrey) = (member(&server, "hana"), member(&server, "audrey"));
    hana.now = "2026-03-03T09:00:00Z".into();
    let late = hana.new_case("Late Larry", "larry@example.org", "2026-03-02", &[]);
    dora.now = hana.now.clone();
    dora.json(&["case", "close", &late, "--outcome", "not-a-request", "--on", "2026-03-02"]);
    hana.now = "2028-03-15T09:00:00Z".into();
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    assert_eq!(hana.json(&["retention", "run", "--dry-run"])["cases"]["due"][0]["reference"], late.as_str());
    hana.run(&["retention", "run"]).fails_with("PostgreSQL refused it for role 'hana': deleting a closed case");
    audrey.run(&["retention", "run"]).fails_with("PostgreSQL refused it for role 'audrey': deleting a closed case");
    hana.run(&["retention", "set", "--after-closure", "fulfilled=3y"])
        .fails_with("PostgreSQL refused it for role 'hana'");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(hana.json(&["case", "show", &late])["status"], "closed");
    // Nor may anyone erase a live case's audit text through the DPO's function.
    let erase = server.try_psql("register", "SET ROLE dora; SELECT casebook_erase_deleted_case(4)");
    let said = String::from_utf8_lossy(&erase.stderr);
    assert!(said.contains("case 4 still exists: its audit entries keep their text"), "{said}");
}

/// A case's evidence pack (`book` the DPO's): a request with an identity
/// check, a system searched and the person's data imported, then the pack
/// written. The pack's JSON and its text, as the regulator reads it.
fn evidence_scenario(book: &Book, dir: &std::path::Path) -> (Value, String) {
    book.json(&system_args("crm", "Customer database"));
    let ada = book.customer_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["access"]);
    let check = ["identity", "check", &ada, "--method", "registered-email", "--outcome", "verified"];
    book.json(
        &[&check[..], &["--rationale", "from the address on file", "--compared", "sender and address on file"]]
            .concat(),
    );
    book.json(&["case", "searched", &ada, "--system", "crm", "--result", "found"]);
    let crm = dir.join("crm.csv");
    std::fs::write(&crm, CRM_EXPORT).unwrap();
    book.json(&["data", "import", &ada, "--system", "crm", "--categories", "contact", crm.to_str().unwrap()]);
    let out = dir.join("pack.pdf");
    let pack = book.json(&["case", "evidence", &ada, "--out", out.to_str().unwrap()]);
    let text = crate::letters::pdf_text(&out);
    (pack, text)
}

#[test]
fn the_evidence_pack_is_made_on_a_team_register_and_says_what_was_checked() {
    let (file_dir, team_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (on_file, file_text) = evidence_scenario(&Book::new(), file_dir.path());
    let server = team_register();
    let dora = member(&server, "dora");
    let (on_team, team_text) = evidence_scenario(&dora, team_dir.path());
    for key in ["reference", "file_name", "pages", "timeline_entries", "audit_intact"] {
        assert_eq!(on_file[key], on_team[key], "{key}");
    }
    assert_eq!(on_team["audit_intact"], true);
    for said in ["Identity decision", "from the address on file", "Customer database", "Searched: Found", "crm.csv"] {
        assert!(team_text.contains(said), "the team's pack lacks {said:?}: {team_text}");
    }
    assert!(team_text.contains("by dora with Casebook"), "{team_text}");
    // What was checked, truly: the chain and the live rows, on both.
    for text in [&file_text, &team_text] {
        assert!(text.contains("The stored rows of every case match what the log last recorded."), "{text}");
    }
    // Recorded on the case by the member, with its hash.
    let sha = on_team["sha256"].as_str().unwrap();
    assert_eq!(
        server.psql("register", &format!("SELECT role FROM case_documents WHERE sha256 = '{sha}'")),
        "evidence-pack"
    );
    assert_eq!(
        server.psql("register", "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1"),
        "dora document.added"
    );
    // An auditor reads the case but records no pack; an HR case's pack is for HR eyes.
    let out = team_dir.path().join("audrey.pdf");
    member(&server, "audrey")
        .run(&["case", "evidence", "CB-2026-0001", "--out", out.to_str().unwrap()])
        .fails_with("PostgreSQL refused it for role 'audrey'");
    let helen = member(&server, "helen");
    let eve = helen.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    let out = team_dir.path().join("hana.pdf");
    member(&server, "hana")
        .run(&["case", "evidence", &eve, "--out", out.to_str().unwrap()])
        .fails_with(&format!("case '{eve}' not found"));
    assert!(!out.exists());
    let out = team_dir.path().join("helen.pdf");
    assert_eq!(helen.json(&["case", "evidence", &eve, "--out", out.to_str().unwrap()])["audit_intact"], true);
}

/// A local register worked through letters, the person's data, a letter
/// received by post, an HR case and synthetic cases: what `team migrate`
/// moves (every kind of row, stored files included).
fn worked_local_register(dir: &std::path::Path) -> Book {
    let local = Book::new();
    data_scenario(&local, &local, &made(dir.join("data")));
    letters_scenario(&local, &made(dir.join("letters")));
    let scan = dir.join("letter.pdf");
    std::fs::write(&scan, b"%PDF-1.4 the letter").unwrap();
    let logged = local.run(&[
        "letter",
        "log",
        "--received",
        "2026-11-23",
        "--requester-name",
        "Erika Mustermann",
        "--requester-email",
        "erika@example.de",
        "--text",
        "Please tell me what you hold about me.",
        "--right",
        "access",
        "--scan",
        scan.to_str().unwrap(),
    ]);
    assert_eq!(logged.code, 0, "{}", logged.stderr);
    local.new_case("Emma Employee", "emma@acme.example", "2026-11-12", &["--subject-category", "employee"]);
    let generated = local.run(&["demo", "generate", "--cases", "25"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    local
}

/// The folder `path`, made.
fn made(path: std::path::PathBuf) -> std::path::PathBuf {
    std::fs::create_dir_all(&path).unwrap();
    path
}

/// `casebook team migrate` as the superuser would run `team init`: a
/// register `db` made on `server`, with dora (casebook_dpo), hana
/// (casebook_handler) and helen (casebook_handler, casebook_hr) as logins
/// (created once per server).
fn empty_team_register(server: &PgServer, db: &str, logins: bool) {
    server.create_database(db);
    let made = casebook(&["--json", "team", "init", &server.superuser_url(db)], &[]).json();
    assert_eq!(made["schema"], 18);
    if logins {
        server.create_login(db, "dora", "dora-pw", &["casebook_dpo"]);
        server.create_login(db, "hana", "hana-pw", &["casebook_handler"]);
        server.create_login(db, "helen", "helen-pw", &["casebook_handler", "casebook_hr"]);
    }
}

/// Every table the move writes, counted on the server (as its owner).
fn team_rows(server: &PgServer, db: &str) -> String {
    server.psql(
        db,
        "SELECT (SELECT count(*) FROM cases) || ' ' || (SELECT count(*) FROM audit_log) || ' '
             || (SELECT count(*) FROM audit_head) || ' ' || (SELECT count(*) FROM documents) || ' '
             || (SELECT count(*) FROM settings) || ' ' || (SELECT count(*) FROM letter_drafts) || ' '
             || (SELECT count(*) FROM data_items) || ' ' || (SELECT count(*) FROM processing_systems)",
    )
}

#[test]
fn a_local_register_moved_to_a_team_register_answers_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let local = worked_local_register(dir.path());
    let from = local.db.to_str().unwrap().to_string();
    let server = PgServer::start();
    empty_team_register(&server, "register", true);
    let to = |login: &str, db: &str| server.url(login, &format!("{login}-pw"), db);
    let migrate = |login: &str, db: &str, json: bool| {
        let mut args = vec!["team", "migrate", "--from", &from];
        let url = to(login, db);
        args.extend(["--to", &url]);
        if json {
            args.insert(0, "--json");
        }
        casebook(&args, &[])
    };

    // A handler may not move a register in; nothing is written.
    migrate("hana", "register", false).fails_with("role 'hana' may not move a register into");
    assert_eq!(team_rows(&server, "register"), "0 0 0 0 0 0 0 0");

    // A register that holds anything is refused, naming what is there.
    empty_team_register(&server, "busy", false);
    let busy = member_of(&server, "dora", "busy");
    assert_eq!(busy.run(&["init", "--name", "Other Ltd", "--dpo-email", "dpo@other.example"]).code, 0);
    let before = team_rows(&server, "busy");
    migrate("dora", "busy", false).fails_with("already holds 1 row in settings, 1 audit entry, an audit chain head");
    assert_eq!(team_rows(&server, "busy"), before, "a refused move writes nothing");

    // A row the server refuses at the very end (here the move's own entry)
    // leaves the register as it was: one transaction.
    empty_team_register(&server, "broken", false);
    server.psql("broken", "ALTER TABLE audit_log ADD CONSTRAINT no_moves CHECK (action <> 'register.migrated')");
    migrate("dora", "broken", false).fails_with("no_moves");
    assert_eq!(team_rows(&server, "broken"), "0 0 0 0 0 0 0 0");

    // The move itself: every table's rows, the chain with one more entry.
    let moved = migrate("dora", "register", true).json();
    assert_eq!(moved["matches"], true, "{moved:#}");
    assert_eq!(moved["differences"], Value::Array(vec![]));
    assert_eq!(moved["by"], "dora");
    let local_audit = local.json(&["audit", "verify"]);
    let entries = local_audit["entries"].as_i64().unwrap();
    assert_eq!(moved["entries"].as_i64(), Some(entries));
    assert_eq!(moved["local_head"], local_audit["head"]);
    assert_eq!(moved["team_hash_at_local_head"], local_audit["head"]);
    for t in moved["tables"].as_array().unwrap() {
        let extra = if t["table"] == "audit_log" { 1 } else { 0 };
        assert_eq!(t["team"].as_i64(), Some(t["local"].as_i64().unwrap() + extra), "{t}");
    }
    let count = |table: &str| {
        moved["tables"].as_array().unwrap().iter().find(|t| t["table"] == table).unwrap()["team"].as_i64().unwrap()
    };
    for table in ["documents", "letter_drafts", "correspondence", "data_items", "data_redactions", "case_right_answers"]
    {
        assert!(count(table) > 0, "the worked register has {table}");
    }
    assert_eq!(moved["not_moved"], serde_json::json!(["audit_head", "deadline_rules", "schema_made_by"]));

    // The same answers from the team register, as the DPO.
    let dora = member(&server, "dora");
    let list = local.json(&["case", "list"]);
    assert_eq!(dora.json(&["case", "list"]), list);
    assert_eq!(
        dora.json(&["case", "list", "--search", "lovelace"]),
        local.json(&["case", "list", "--search", "lovelace"])
    );
    for case in list.as_array().unwrap() {
        let reference = case["reference"].as_str().unwrap();
        for args in [&["case", "show", reference][..], &["letter", "drafts", reference], &["data", "list", reference]] {
            assert_eq!(dora.json(args), local.json(args), "{args:?}");
        }
    }
    let team_audit = dora.json(&["audit", "verify"]);
    assert!(team_audit["problem"].is_null(), "{team_audit}");
    assert_eq!(team_audit["entries"].as_i64(), Some(entries + 1));
    assert_eq!(team_audit["head"], moved["team_audit"]["head"]);
    assert_eq!(
        server.psql("register", &format!("SELECT actor || ' ' || after FROM audit_log WHERE id = {}", entries + 1)),
        format!(
            "dora register migrated from {from}: {} cases, {entries} audit entries, local head {}",
            list.as_array().unwrap().len(),
            local_audit["head"].as_str().unwrap()
        )
    );
    // The HR case stays an HR case: hidden from a handler outside casebook_hr.
    let emma =
        |login: &str| member(&server, login).json(&["case", "list", "--search", "emma"]).as_array().unwrap().len();
    assert_eq!((emma("dora"), emma("helen"), emma("hana")), (1, 1, 0));
    // Members keep working it: new rows take ids after the copied ones.
    let next = member(&server, "hana").new_case("Nora New", "nora@example.org", "2026-11-28", &[]);
    assert!(member(&server, "hana").run(&["case", "show", &next]).code == 0);
    let human = casebook(&["--db", &to("dora", "register"), "audit", "verify"], &[]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    // Moving it again is refused: the register is in use.
    migrate("dora", "register", false).fails_with("already holds");
}

/// `casebook` on the team register `db` as `login` (password `LOGIN-pw`).
fn member_of(server: &PgServer, login: &str, db: &str) -> Book {
    Book::at(&server.url(login, &format!("{login}-pw"), db))
}

#[test]
fn an_encrypted_register_with_a_keyed_chain_moves_with_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("enc.db");
    let path = file.to_str().unwrap();
    let pass = [("CASEBOOK_PASSPHRASE", "correct horse battery")];
    let loaded = casebook(&["--db", path, "demo", "load", "--synthetic", "5"], &pass);
    assert_eq!(loaded.code, 0, "{}", loaded.stderr);
    let local_audit = casebook(&["--db", path, "--json", "audit", "verify"], &pass).json();
    assert_eq!(local_audit["keyed_from"], 1, "{local_audit}");
    let server = PgServer::start();
    empty_team_register(&server, "register", true);
    let url = server.url("dora", "dora-pw", "register");
    casebook(&["team", "migrate", "--from", path, "--to", &url], &[("CASEBOOK_PASSPHRASE", "wrong passphrase")])
        .fails_with("wrong passphrase");
    assert_eq!(team_rows(&server, "register"), "0 0 0 0 0 0 0 0");
    let moved = casebook(&["--json", "team", "migrate", "--from", path, "--to", &url], &pass).json();
    assert_eq!(moved["matches"], true, "{moved:#}");
    assert_eq!(
        moved["not_moved"],
        serde_json::json!(["audit_chain_key", "audit_head", "deadline_rules", "encryption", "schema_made_by"])
    );
    let entries = local_audit["entries"].as_i64().unwrap();
    // The keyed entries are checked by their place in the chain: their key stayed with the file.
    let team = casebook(&["--db", &url, "--json", "audit", "verify"], &[]).json();
    assert!(team["problem"].is_null(), "{team}");
    assert_eq!((team["entries"].as_i64(), team["linked_only"].as_i64()), (Some(entries + 1), Some(entries)));
    let list = casebook(&["--db", path, "--json", "case", "list"], &pass).json();
    assert_eq!(casebook(&["--db", &url, "--json", "case", "list"], &[]).json(), list);

    // Back to a local file, and into a backup: the moved-in keyed entries are
    // checked there as on the team register, by their place in the chain
    // (only those before the copy's own entry), the rest under the copy's key.
    let copy_pass = [("CASEBOOK_PASSPHRASE", "a passphrase of the copy")];
    let copy = dir.path().join("copy.db");
    let copy = copy.to_str().unwrap();
    casebook(&["--db", &url, "--json", "team", "export", "--to", copy], &copy_pass).json();
    let copied = casebook(&["--db", copy, "--json", "audit", "verify"], &copy_pass).json();
    assert!(copied["problem"].is_null(), "{copied}");
    // Keyed from the copy's own entry; the deadline rules' entry of its first open after it.
    assert_eq!(
        (copied["entries"].as_i64(), copied["linked_only"].as_i64(), copied["keyed_from"].as_i64()),
        (Some(entries + 3), Some(entries), Some(entries + 2))
    );
    assert_eq!(casebook(&["--db", copy, "--json", "case", "list"], &copy_pass).json(), list);
    let backup = dir.path().join("team-backup.db");
    let backup = backup.to_str().unwrap();
    assert_eq!(casebook(&["--db", &url, "backup", "--out", backup], &copy_pass).code, 0);
    let checked = casebook(&["--json", "backup", "verify", backup], &copy_pass).json();
    assert!(checked["audit"]["problem"].is_null(), "{checked}");
    // An entry altered on the server is caught, keyed or not.
    server.psql("register", "UPDATE audit_log SET after = 'x' WHERE id = 2");
    let team = casebook(&["--db", &url, "--json", "audit", "verify"], &[]);
    assert_ne!(team.code, 0);
    assert!(team.stdout.contains("entry 2 was altered"), "{}", team.stdout);
}

#[test]
fn a_register_that_does_not_verify_is_not_moved_and_an_older_one_is_upgraded_first() {
    let server = PgServer::start();
    empty_team_register(&server, "register", true);
    let url = server.url("dora", "dora-pw", "register");
    let dir = tempfile::tempdir().unwrap();

    // A case changed outside Casebook: the file's own `audit verify` fails, so does the move.
    let local = Book::new();
    local.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let conn = rusqlite::Connection::open(&local.db).unwrap();
    conn.execute("UPDATE cases SET requester_name = 'Someone Else'", []).unwrap();
    drop(conn);
    let from = local.db.to_str().unwrap();
    casebook(&["team", "migrate", "--from", from, "--to", &url], &[]).fails_with(&format!(
        "'{from}' does not verify: its audit log is not intact (the register differs from its audit log: CB-2026-0001: cases.requester_name was changed without an audit entry)"
    ));
    assert_eq!(team_rows(&server, "register"), "0 0 0 0 0 0 0 0");
    casebook(&["team", "migrate", "--from", &dir.path().join("none.db").display().to_string(), "--to", &url], &[])
        .fails_with("no local register at");

    // A file of an older schema is upgraded as any command opens it (the
    // original kept beside it), then moved.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/registers");
    let old = dir.path().join("schema-9.db");
    std::fs::copy(fixtures.join("schema-9-plain.db"), &old).unwrap();
    let old = old.to_str().unwrap();
    let moved = casebook(&["team", "migrate", "--from", old, "--to", &url], &[]);
    assert_eq!(moved.code, 0, "{}\n{}", moved.stdout, moved.stderr);
    assert!(moved.stderr.contains("Upgraded") && moved.stderr.contains("from schema 9"), "{}", moved.stderr);
    assert!(
        moved
            .stdout
            .contains("Every table holds the file's rows, every own template its text, and the chain verifies."),
        "{}",
        moved.stdout
    );
    let listed = casebook(&["--db", old, "--json", "case", "list"], &[]).json();
    assert_eq!(casebook(&["--db", &url, "--json", "case", "list"], &[]).json(), listed);
    assert!(!listed.as_array().unwrap().is_empty());
}

/// `casebook` as `login` on the team register, with `env`.
fn as_member(server: &PgServer, login: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let url = server.url(login, &format!("{login}-pw"), "register");
    casebook(&[&["--db", url.as_str()][..], args].concat(), env)
}

/// A team register worked by its members: the register of processing kept
/// by the DPO and an erasure request worked to its close by a handler
/// (searches, an action, a recipient told, the right answered) after a
/// right's answer corrected on an earlier case, the person's data imported
/// and withheld, a note and an identity request by the handler, a letter
/// made, sent and withdrawn, and an HR case logged by an HR handler. The cases' references, oldest first.
fn worked_team_register(server: &PgServer, dir: &std::path::Path) -> Vec<String> {
    let (dpo, handler, hr) = (member(server, "dora"), member(server, "hana"), member(server, "helen"));
    correction_scenario(&handler);
    processing_scenario(&dpo, &handler, dir);
    let ada = handler.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["--customer-id", "C-1001"]);
    let crm = dir.join("crm.csv");
    std::fs::write(&crm, CRM_EXPORT).unwrap();
    handler.json(&["data", "import", &ada, "--system", "crm", "--categories", "contact", crm.to_str().unwrap()]);
    let withheld = ["--reason", "third-party-data", "--note", "another customer's words"];
    handler.json(&[&["data", "redact", &ada, "1", "--field", "notes"][..], &withheld].concat());
    handler.json(&["note", "add", &ada, "Called back: she confirmed her address"]);
    let asked = handler.run(&["identity", "request", &ada, "--on", "2026-11-29", "--what", "a utility bill"]);
    assert_eq!(asked.code, 0, "{}", asked.stderr);
    let pdf = dir.join("ack.pdf");
    handler.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", pdf.to_str().unwrap()]);
    handler.json(&["letter", "send", &ada, "1", "--on", "2026-11-29", "--channel", "email"]);
    handler.json(&["letter", "withdraw", &ada, "1", "--reason", "sent to the wrong address"]);
    let eve = hr.new_case("Eve Employee", "eve@acme.example", "2026-11-03", &["--subject-category", "employee"]);
    hr.json(&["note", "add", &eve, "Grievance about her manager attached"]);
    let all = server.psql("register", "SELECT string_agg(reference, ',' ORDER BY id) FROM cases");
    all.split(',').map(str::to_string).collect()
}

#[test]
fn a_team_register_exported_to_a_local_file_answers_the_same() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let cases = worked_team_register(&server, dir.path());
    let (erin, ada, eve) = (&cases[1], &cases[2], &cases[3]);
    let out = dir.path().join("offline.db");
    let to = out.to_str().unwrap();
    let export = as_member(&server, "dora", &["--json", "team", "export", "--to", to, "--no-passphrase"], &[]).json();
    assert!(out.is_file());

    // Every table as the snapshot held it, and the team's chain with its head.
    let count =
        |table: &str| -> i64 { server.psql("register", &format!("SELECT count(*) FROM {table}")).parse().unwrap() };
    let tables = export["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 22);
    for t in tables {
        let table = t["table"].as_str().unwrap();
        assert_eq!(t["rows"], count(table), "{table}");
        assert!(t["rows"].as_i64() > Some(0), "the scenario leaves rows in {table}");
    }
    assert_eq!(export["cases"], 4, "the HR case too");
    assert_eq!(export["exported_by"], "dora");
    assert_eq!(export["register"], format!("postgres://dora@127.0.0.1:{}/register", server.port()));
    let team_entries = count("audit_log");
    assert_eq!(export["team_entries"], team_entries);
    assert_eq!(export["team_head"], server.psql("register", "SELECT hash FROM audit_head"));
    assert_eq!(export["check"]["audit"]["entries"], team_entries + 1);
    assert_eq!(export["check"]["encrypted"], false);

    // The local file answers as the team register does.
    let (team, local) = (member(&server, "dora"), Book::at(to));
    let mut asked: Vec<Vec<&str>> = cases.iter().map(|r| vec!["case", "show", r.as_str()]).collect();
    asked.extend([
        vec!["case", "list"],
        vec!["case", "list", "--search", "grievance"],
        vec!["case", "search-log", erin],
        vec!["case", "action-log", erin],
        vec!["letter", "drafts", ada],
        vec!["identity", "checks", ada],
        vec!["data", "list", ada],
        vec!["data", "schedule", ada],
        vec!["processing", "list"],
        vec!["settings", "deadlines"],
        vec!["next"],
    ]);
    for args in &asked {
        assert_eq!(local.json(args), team.json(args), "{args:?}");
    }
    // Its chain verifies: the team's entries by the chain, the export's own after them.
    let verified = local.json(&["audit", "verify"]);
    assert!(verified["problem"].is_null(), "{verified}");
    // The export's own entry, then, at the copy's first open, the deadline
    // rules its stored dates were brought up to (the team's may be older).
    assert_eq!(verified["entries"], team_entries + 2);
    // Each case's rows, as the team's entries recorded them, match the copy's
    // rows (the team reads every column as the copy stores it).
    assert_eq!(verified["unchecked_cases"], serde_json::json!([]), "{verified}");
    assert_eq!(verified["checked_cases"].as_u64(), Some(cases.len() as u64), "{verified}");
    assert_eq!(verified["live_mismatches"], serde_json::json!([]), "{verified}");
    // The export recorded in the copy's own log, with what it held.
    let entry: String = rusqlite::Connection::open(&out)
        .unwrap()
        .query_row(
            "SELECT actor || ' ' || action || ' ' || json_extract(after, '$.summary') FROM audit_log
             WHERE action = 'register.exported-from-team'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        entry,
        format!(
            "dora register.exported-from-team exported from team register postgres://dora@127.0.0.1:{}/register by dora: 4 cases, {team_entries} entries, team head {}",
            server.port(),
            export["team_head"].as_str().unwrap()
        )
    );
    // Worked on offline, every case is still checked against the log, the
    // local entry's state following on from the team's.
    let noted = local.run(&["note", "add", ada, "Worked offline"]);
    assert_eq!(noted.code, 0, "{}", noted.stderr);
    let verified = local.json(&["audit", "verify"]);
    assert!(verified["problem"].is_null(), "{verified}");
    assert_eq!(
        (verified["checked_cases"].as_u64(), verified["unchecked_cases"].clone(), verified["live_mismatches"].clone()),
        (Some(cases.len() as u64), serde_json::json!([]), serde_json::json!([]))
    );
    let shown = local.run(&["case", "show", eve]).stdout;
    assert!(shown.contains("Eve Employee"), "the HR case is in the copy: {shown}");
    let human = as_member(
        &server,
        "dora",
        &["team", "export", "--to", dir.path().join("again.db").to_str().unwrap(), "--no-passphrase"],
        &[],
    );
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.contains("as dora.") && human.stdout.contains("audit chain intact"), "{}", human.stdout);
    assert!(human.stdout.contains("case_right_answer_corrections   2"), "{}", human.stdout);
}

#[test]
fn a_team_export_is_the_dpo_s_into_a_new_file_encrypted_unless_asked() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    member(&server, "hana").new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let export = |login: &str, to: &str, more: &[&str], env: &[(&str, &str)]| {
        as_member(&server, login, &[&["team", "export", "--to", to][..], more].concat(), env)
    };
    // Outside casebook_dpo, HR cases are hidden: such a copy would be untrue.
    for login in ["hana", "helen", "audrey"] {
        export(login, &file("x.db"), &["--no-passphrase"], &[])
            .fails_with(&format!("role '{login}' is not a member of casebook_dpo: only the DPO may copy"));
    }
    // An existing file is never replaced.
    std::fs::write(file("taken.db"), b"mine").unwrap();
    export("dora", &file("taken.db"), &["--no-passphrase"], &[]).fails_with("already exists");
    assert_eq!(std::fs::read(file("taken.db")).unwrap(), b"mine");
    // Encrypted unless --no-passphrase; no passphrase given, nothing written.
    export("dora", &file("x.db"), &[], &[]).fails_with("no passphrase for");
    export("dora", &file("x.db"), &[], &[("CASEBOOK_PASSPHRASE", "short")]).fails_with("at least");
    assert!(!dir.path().join("x.db").exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "nothing left beside it");
    // From a local --db, the team register is named with --from.
    let local = Book::new();
    local.run(&["team", "export", "--to", &file("y.db"), "--no-passphrase"]).fails_with("is a local file: give --from");
    let url = server.url("dora", "dora-pw", "register");
    let from = local.run(&["team", "export", "--from", &url, "--to", &file("y.db"), "--no-passphrase"]);
    assert_eq!(from.code, 0, "{}", from.stderr);

    let secret = [("CASEBOOK_PASSPHRASE", "correct horse battery staple")];
    let made = export("dora", &file("enc.db"), &["--json"], &secret).json();
    assert_eq!(made["check"]["encrypted"], true);
    let entries = made["team_entries"].as_i64().unwrap();
    let verified = casebook(&["--db", &file("enc.db"), "--json", "audit", "verify"], &secret).json();
    assert!(verified["problem"].is_null(), "{verified}");
    assert_eq!(verified["keyed_from"], entries + 1, "keyed from the export's own entry");
    casebook(&["--db", &file("enc.db"), "case", "list"], &[]).fails_with("is encrypted");
    let listed = casebook(&["--db", &file("enc.db"), "--json", "case", "list"], &secret).json();
    assert_eq!(listed.as_array().map(Vec::len), Some(1));
}

#[test]
fn a_team_register_s_backup_verifies_and_restores_as_a_local_register() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let cases = worked_team_register(&server, dir.path());
    let ada = &cases[2];
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let secret = [("CASEBOOK_PASSPHRASE", "correct horse battery staple")];
    as_member(&server, "dora", &["backup", "--out", &file("b.db")], &[])
        .fails_with("a team register's backup is encrypted: give its passphrase");
    as_member(&server, "hana", &["backup", "--out", &file("b.db")], &secret).fails_with("not a member of casebook_dpo");
    let made = as_member(&server, "dora", &["--json", "backup", "--out", &file("b.db")], &secret).json();
    assert_eq!((made["backup"]["encrypted"].as_bool(), made["backup"]["cases"].as_i64()), (Some(true), Some(4)));
    assert!(made["backup"]["audit"]["problem"].is_null(), "{made}");
    as_member(&server, "dora", &["backup", "--out", &file("b.db")], &secret).fails_with("already exists");
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!left.iter().any(|n| n.to_string_lossy().starts_with('.')), "no temporary file or folder left: {left:?}");

    // The local backup commands take it as one of their own.
    let verified = casebook(&["--json", "backup", "verify", &file("b.db")], &secret).json();
    assert_eq!(verified["audit"]["entries"], made["export"]["team_entries"].as_i64().unwrap() + 1);
    let verified = as_member(&server, "dora", &["--json", "backup", "verify", &file("b.db")], &secret).json();
    assert!(verified["audit"]["problem"].is_null(), "{verified}");
    let restored = casebook(&["--db", &file("restored.db"), "--json", "restore", &file("b.db")], &secret).json();
    assert_eq!(restored["restored"]["cases"], 4);
    let local =
        |args: &[&str]| casebook(&[&["--db", &file("restored.db"), "--json"][..], args].concat(), &secret).json();
    let team = member(&server, "dora");
    assert_eq!(local(&["case", "show", ada]), team.json(&["case", "show", ada]));
    assert!(local(&["audit", "verify"])["problem"].is_null());
    let human = as_member(&server, "dora", &["backup", "--out", &file("c.db")], &secret);
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert!(human.stdout.contains("audit chain: intact"), "{}", human.stdout);
}

#[test]
fn a_team_export_is_one_snapshot_while_members_write() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let ada = member(&server, "hana").new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let count =
        |table: &str| -> i64 { server.psql("register", &format!("SELECT count(*) FROM {table}")).parse().unwrap() };
    // Every entry from now on is a note's.
    let before = count("audit_log") - count("notes");
    let writing = std::sync::atomic::AtomicBool::new(true);
    let notes = std::thread::scope(|s| {
        let writer = s.spawn(|| {
            let mut written = 0;
            while writing.load(std::sync::atomic::Ordering::Relaxed) || written < 5 {
                let r = as_member(&server, "hana", &["note", "add", &ada, &format!("call {written}")], &[]);
                assert_eq!(r.code, 0, "{}", r.stderr);
                written += 1;
            }
            written
        });
        let exports: Vec<Value> = (0..3)
            .map(|i| {
                let to = dir.path().join(format!("copy-{i}.db"));
                let args = ["--json", "team", "export", "--to", to.to_str().unwrap(), "--no-passphrase"];
                as_member(&server, "dora", &args, &[]).json()
            })
            .collect();
        writing.store(false, std::sync::atomic::Ordering::Relaxed);
        (writer.join().unwrap(), exports)
    });
    let (written, exports) = notes;
    for (i, export) in exports.iter().enumerate() {
        // Each copy is whole as of its instant: its notes, their entries and the head agree.
        let rows = |table: &str| {
            export["tables"].as_array().unwrap().iter().find(|t| t["table"] == table).unwrap()["rows"].as_i64().unwrap()
        };
        assert_eq!(rows("audit_log"), before + rows("notes"), "one entry per note: {export}");
        assert_eq!(export["team_entries"], rows("audit_log"));
        let copy = Book::at(dir.path().join(format!("copy-{i}.db")).to_str().unwrap());
        assert!(copy.json(&["audit", "verify"])["problem"].is_null());
    }
    assert!(count("notes") >= written, "every note written is in the register");
    let copied: Vec<i64> = exports.iter().map(|e| e["tables"][6]["rows"].as_i64().unwrap()).collect();
    assert!(copied.windows(2).all(|w| w[0] <= w[1]), "later copies hold no fewer notes: {copied:?}");
}

#[test]
fn a_team_register_s_deleted_cases_stay_deleted_in_its_export() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let mut dora = member(&server, "dora");
    retention_scenario(&mut dora, dir.path());
    let out = dir.path().join("after-retention.db");
    let later = [("CASEBOOK_NOW", "2028-03-15T10:00:00Z")];
    let args = ["--json", "team", "export", "--to", out.to_str().unwrap(), "--no-passphrase"];
    let export = as_member(&server, "dora", &args, &later).json();
    assert_eq!(export["cases"], 1, "only the open case is left");
    // The tombstones and the erased entries verify in the copy as on the server.
    let copy = Book::at(out.to_str().unwrap());
    let verified = copy.json(&["audit", "verify"]);
    assert!(verified["problem"].is_null(), "{verified}");
    assert_eq!(verified["unchecked_cases"], serde_json::json!([]), "{verified}");
    assert_eq!(verified["checked_cases"], 1, "{verified}");
    let conn = rusqlite::Connection::open(&out).unwrap();
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE coalesce(before, '') || coalesce(after, '') LIKE '%Zebulon%'
                 OR coalesce(before, '') || coalesce(after, '') LIKE '%Mallory%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0, "nothing of the deleted cases comes back");
    let tombstones: String = conn
        .query_row(
            "SELECT group_concat(reference, ' ') FROM (SELECT reference FROM audit_log WHERE action = 'case.deleted' ORDER BY id)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(tombstones, "CB-2026-0003 CB-2026-0001");
}

#[test]
fn a_team_register_checks_the_heads_its_letters_carry_against_its_chain() {
    let server = team_register();
    let dora = member(&server, "dora");
    let audrey = member(&server, "audrey");
    let dir = tempfile::tempdir().unwrap();
    let ada = dora.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let pdf = dir.path().join("ack.pdf");
    dora.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", pdf.to_str().unwrap()]);
    let pdf = pdf.to_str().unwrap();

    // The letter's head is in the chain, for the DPO and for an auditor alike.
    for book in [&dora, &audrey] {
        let checked = book.json(&["audit", "verify", "--against", pdf]);
        assert!(checked["anchors"][0]["problem"].is_null(), "{checked}");
        assert!(checked["anchors"][0]["heads"][0].as_str().unwrap().starts_with("casebook-audit-head:"));
    }

    // A head the chain does not hold, or not yet: named, and verify fails.
    let forged = dir.path().join("forged.txt");
    let wrong = format!("casebook-audit-head:1:{}", "ab".repeat(32));
    let future = format!("casebook-audit-head:99999:{}", "ab".repeat(32));
    std::fs::write(&forged, format!("{wrong}\n{future}\n")).unwrap();
    let run = dora.run(&["audit", "verify", "--against", pdf, "--against", forged.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let failed = |against: &str| {
        let run = dora.run(&["--json", "audit", "verify", "--against", against]);
        assert_eq!(run.code, 1, "{}", run.stderr);
        serde_json::from_str::<Value>(&run.stdout).unwrap()
    };
    let checked = failed(forged.to_str().unwrap());
    let problem = checked["anchors"][0]["problem"].as_str().unwrap();
    assert!(problem.contains("(entry 1, abababababab…) is not in this chain"), "{problem}");

    // A backup is a register file of its own: named as not checked here.
    let backup = dir.path().join("backup.db");
    let secret = [("CASEBOOK_PASSPHRASE", "correct horse battery staple")];
    let made = as_member(&server, "dora", &["backup", "--out", backup.to_str().unwrap()], &secret);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let checked = failed(backup.to_str().unwrap());
    assert!(checked["anchors"][0]["problem"].as_str().unwrap().contains("`casebook backup verify FILE`"), "{checked}");

    // A file that is not there is refused by name.
    dora.run(&["audit", "verify", "--against", "/nonexistent/letter.pdf"]).fails_with("/nonexistent/letter.pdf");
}

#[test]
fn rows_changed_behind_a_team_register_s_back_are_named_by_audit_verify() {
    let server = team_register();
    let dora = member(&server, "dora");
    let hana = member(&server, "hana");
    let ada = dora.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let bo = hana.new_case("Bo Ek", "bo@example.org", "2026-11-03", &["--right", "erasure"]);
    assert_eq!(hana.run(&["note", "add", &bo, "Called Bo"]).code, 0);
    assert_eq!(hana.run(&["case", "acknowledge", &bo, "--on", "2026-11-04"]).code, 0);

    // Untouched: every case's rows match what its entries recorded.
    for book in [&dora, &hana] {
        let verified = book.json(&["audit", "verify"]);
        assert_eq!(verified["checked_cases"], 2, "{verified}");
        assert_eq!(verified["live_mismatches"], serde_json::json!([]), "{verified}");
        assert!(book.run(&["audit", "verify"]).stdout.contains("Live register checked against the log: 2 case(s)."));
    }

    // The server's owner changes rows without Casebook: each change is named.
    server.psql(
        "register",
        &format!(
            "UPDATE cases SET requester_name = 'Mallory' WHERE reference = '{ada}';
             UPDATE notes SET text = 'Never called';
             DELETE FROM case_events WHERE kind = 'acknowledged';"
        ),
    );
    for book in [&dora, &hana] {
        let run = book.run(&["audit", "verify"]);
        assert_eq!(run.code, 1, "{}", run.stdout);
        for said in [
            format!("{ada}: cases.requester_name was changed without an audit entry"),
            format!("{bo}: notes.text of row"),
            format!("{bo}: case_events row"),
        ] {
            assert!(run.stdout.contains(&said), "{said:?} not in {}", run.stdout);
        }
    }
    // The case's evidence pack does not call its rows intact.
    let dir = tempfile::tempdir().unwrap();
    let pack = dir.path().join("pack.pdf");
    let made = dora.json(&["case", "evidence", &bo, "--out", pack.to_str().unwrap()]);
    assert_eq!(made["audit_intact"], false, "{made}");
}

/// `casebook` as `login` on the team register at the instant `now`.
fn member_at(server: &PgServer, login: &str, now: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    as_member(server, login, args, &[&[("CASEBOOK_NOW", now)][..], env].concat())
}

#[test]
fn a_team_register_s_last_backup_is_any_member_s_to_see_and_its_reminder_the_dpo_s_to_set() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("team.db");
    let secret = [("CASEBOOK_PASSPHRASE", "correct horse battery staple")];
    member(&server, "hana").new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let status = |login: &str, now: &str| member_at(&server, login, now, &["--json", "backup", "status"], &[]).json();
    let list = |now: &str| member_at(&server, "hana", now, &["case", "list"], &[]);

    // Before any backup the register's age counts (it began on 2026-11-29).
    let none = status("hana", "2026-11-29T10:00:00Z");
    assert_eq!(none, serde_json::json!({ "last_backup": null, "policy": { "every_days": 7 }, "reminder": null }));
    let late = list("2026-12-07T12:00:00Z");
    assert_eq!(late.code, 0, "{}", late.stderr);
    assert!(late.stderr.contains("reminder: no backup was ever made of this 8-day-old register"), "{}", late.stderr);
    assert!(!late.stdout.contains("reminder"), "the reminder stays off stdout: {}", late.stdout);

    // A backup refused (a handler's: the export reads every case) records nothing.
    member_at(&server, "hana", "2026-12-07T12:00:00Z", &["backup", "--out", out.to_str().unwrap()], &secret)
        .fails_with("not a member of casebook_dpo");
    assert!(status("hana", "2026-12-07T12:00:00Z")["last_backup"].is_null());
    // The DPO's backup is the team's last, recorded in the team register
    // with its audit entry, and every member sees it with who and when.
    let made = member_at(&server, "dora", "2026-12-07T12:00:00Z", &["backup", "--out", out.to_str().unwrap()], &secret);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert_eq!(
        server.psql("register", "SELECT actor || ' ' || action FROM audit_log ORDER BY id DESC LIMIT 1"),
        "dora settings.last_backup"
    );
    let seen = status("audrey", "2026-12-08T09:00:00Z");
    assert_eq!(
        seen["last_backup"],
        serde_json::json!({
            "at": "2026-12-07T12:00:00Z", "file": out.to_str().unwrap(), "encrypted": true, "cases": 1, "by": "dora"
        })
    );
    assert!(seen["reminder"].is_null(), "{seen}");
    let human = member_at(&server, "hana", "2026-12-08T09:00:00Z", &["backup", "status"], &[]);
    assert!(
        human
            .stdout
            .contains(&format!("Last backup: 2026-12-07 12:00 UTC to {} (1 cases, encrypted), by dora", out.display()))
            && human.stdout.contains("Reminder: after 7 days without a backup"),
        "{}",
        human.stdout
    );
    let due = list("2026-12-15T12:00:00Z");
    assert!(due.stderr.contains("reminder: the last backup is 8 days old (reminder after 7 days)"), "{}", due.stderr);

    // The policy is the DPO's: PostgreSQL refuses a handler's change, which leaves it as it was.
    member_at(&server, "hana", "2026-12-15T12:00:00Z", &["backup", "remind", "--days", "30"], &[]).fails_with(
        "PostgreSQL refused it for role 'hana': changing the settings: permission denied for table settings",
    );
    assert_eq!(status("hana", "2026-12-15T12:00:00Z")["policy"]["every_days"], 7);
    let set = member_at(&server, "dora", "2026-12-15T12:00:00Z", &["--json", "backup", "remind", "--days", "30"], &[]);
    assert_eq!(set.json(), serde_json::json!({ "every_days": 30 }));
    member_at(&server, "dora", "2026-12-15T12:00:00Z", &["backup", "remind", "--days", "400"], &[])
        .fails_with("at most 365");
    let quiet = list("2026-12-15T12:00:00Z");
    assert!(!quiet.stderr.contains("reminder"), "{}", quiet.stderr);
    assert_eq!(status("hana", "2026-12-15T12:00:00Z")["policy"]["every_days"], 30);
    assert!(list("2027-01-07T12:00:00Z").stderr.contains("reminder: the last backup is 31 days old"));
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ' ' || action, ', ' ORDER BY id) FROM audit_log WHERE action LIKE 'settings.%'"
        ),
        "dora settings.organisation, dora settings.last_backup, dora settings.backup_reminder"
    );

    // The same keys as a local register's status.
    let local = Book::new();
    local.run(&["backup", "--out", dir.path().join("local.db").to_str().unwrap()]);
    let on_file = local.json(&["backup", "status"]);
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&on_file), keys(&seen));
    assert_eq!(keys(&on_file["last_backup"]), keys(&seen["last_backup"]));
    assert_eq!(on_file["last_backup"]["by"], "test-dpo");
}

/// The organisation's own letter templates on a team register: the DPO
/// shows the built-in text, edits it in a file and keeps it (`customise
/// --from`); a letter made by a handler uses it; a broken text is refused
/// naming its line; a handler and an auditor are refused by the database;
/// going back to the built-in one keeps the text, and letters read as shipped again.
#[test]
fn own_letter_templates_on_a_team_register() {
    let server = team_register();
    let dir = tempfile::tempdir().unwrap();
    let file = |name: &str| dir.path().join(name).to_str().unwrap().to_string();
    let (dpo, handler, auditor) = (member(&server, "dora"), member(&server, "hana"), member(&server, "audrey"));

    // Every template built-in at first; kept in the register, not a folder.
    let listed = auditor.json(&["letter", "templates"]);
    assert_eq!((listed["folder"].is_null(), listed["stored"].as_str()), (true, Some("team register")));
    let row = |listed: &Value| {
        listed["templates"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["kind"] == "acknowledgement" && t["language"] == "en")
            .unwrap()
            .clone()
    };
    assert_eq!((row(&listed)["customised"].as_bool(), row(&listed)["own"].is_null()), (Some(false), true));
    let r = auditor.run(&["letter", "templates"]);
    assert!(r.stdout.starts_with("Own templates: kept in the team register\n"), "{}", r.stdout);

    // The DPO edits the text in force and keeps it.
    let shown = dpo.run(&["letter", "template", "show", "acknowledgement", "--lang", "en"]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    let edited = shown.stdout.replacen('\n', "\n\nAcme's own words: we have your request.\n", 1);
    std::fs::write(file("ack.txt"), &edited).unwrap();
    let kept =
        dpo.json(&["letter", "template", "customise", "acknowledgement", "--lang", "en", "--from", &file("ack.txt")]);
    assert_eq!(kept["path"], Value::Null);
    assert!(kept["stored"].as_str().unwrap().starts_with("team register, letter template #"), "{kept}");
    let listed = handler.json(&["letter", "templates"]);
    assert_eq!(row(&listed)["customised"], true);
    assert_eq!((row(&listed)["set_by"].as_str(), row(&listed)["problem"].is_null()), (Some("dora"), true));
    let shown = handler.json(&["letter", "template", "show", "acknowledgement", "--lang", "en"]);
    assert_eq!((shown["customised"].as_bool(), shown["text"].as_str()), (Some(true), Some(edited.as_str())));

    // A handler's letter is made from it.
    let ada = handler.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    handler.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", &file("own.pdf")]);
    assert!(crate::letters::pdf_text(std::path::Path::new(&file("own.pdf"))).contains("Acme's own words"));

    // A broken text is refused naming its line, and the one in force stays.
    std::fs::write(file("broken.txt"), "Title\n\nDear {{ requester.nmae }},\n").unwrap();
    dpo.run(&["letter", "template", "customise", "acknowledgement", "--lang", "en", "--from", &file("broken.txt")])
        .fails_with("template en/acknowledgement.txt: line 3");
    std::fs::write(file("latin1.txt"), b"Titre\n\nR\xe9ponse\n").unwrap();
    dpo.run(&["letter", "template", "customise", "refusal", "--lang", "fr", "--from", &file("latin1.txt")])
        .fails_with("is not UTF-8 text");
    dpo.run(&["letter", "template", "customise", "acknowledgement", "--lang", "en"]).fails_with("needs --from FILE");
    dpo.run(&["letter", "template", "customise", "love-letter", "--lang", "en", "--from", &file("ack.txt")])
        .fails_with("unknown letter kind 'love-letter'");

    // A handler and an auditor change nothing: the database refuses them.
    for (who, login) in [(&handler, "hana"), (&auditor, "audrey")] {
        who.run(&["letter", "template", "customise", "acknowledgement", "--lang", "en", "--from", &file("ack.txt")])
            .fails_with(&format!(
                "PostgreSQL refused it for role '{login}': setting an own letter template (only casebook_dpo may)"
            ));
        who.run(&["letter", "template", "restore", "acknowledgement", "--lang", "en"])
            .fails_with(&format!("PostgreSQL refused it for role '{login}'"));
    }

    // Back to the built-in one: the own text is kept, letters read as shipped.
    let back = dpo.json(&["letter", "template", "restore", "acknowledgement", "--lang", "en"]);
    assert_eq!((back["path"].is_null(), back["stored"].is_null()), (true, true));
    assert_eq!(back["kept_as"], kept["stored"]);
    handler.json(&["letter", "make", &ada, "--kind", "acknowledgement", "--out", &file("shipped.pdf")]);
    assert!(!crate::letters::pdf_text(std::path::Path::new(&file("shipped.pdf"))).contains("Acme's own words"));
    assert_eq!(
        server.psql(
            "register",
            "SELECT count(*) FILTER (WHERE text IS NOT NULL) || '/' || count(*) FROM letter_templates"
        ),
        "1/2"
    );
    dpo.run(&["letter", "template", "restore", "acknowledgement", "--lang", "en"]).fails_with("own template");

    // A language Casebook ships no template in: an own one can be kept, but not gone back from.
    let swedish = edited.replace("Acme's own words: we have your request.", "Vi har tagit emot din begäran.");
    std::fs::write(file("sv.txt"), &swedish).unwrap();
    dpo.json(&["letter", "template", "customise", "acknowledgement", "--lang", "sv", "--from", &file("sv.txt")]);
    dpo.run(&["letter", "template", "restore", "acknowledgement", "--lang", "sv"]).fails_with(
        "there is no built-in 'sv' template of acknowledgement to go back to: keep another text of your own instead",
    );
    let shown = handler.json(&["letter", "template", "show", "acknowledgement", "--lang", "sv"]);
    assert_eq!(shown["text"].as_str(), Some(swedish.as_str()), "the refused restore changed nothing");
    let audited = server.psql("register", "SELECT count(*) FROM audit_log WHERE action = 'settings.letter-template'");
    assert_eq!(audited, "3");
    let verified = auditor.json(&["audit", "verify"]);
    assert!(verified["problem"].is_null(), "{verified}");
}

/// The text letters of `kind` in `lang` are made from on `book`.
fn template_text(book: &Book, kind: &str, lang: &str) -> String {
    let shown = book.run(&["letter", "template", "show", kind, "--lang", lang]);
    assert_eq!(shown.code, 0, "{}", shown.stderr);
    shown.stdout
}

#[test]
fn own_letter_templates_travel_with_a_register_moved_to_a_team_and_back() {
    // A local register with two own templates, kept the DPO's way.
    let local = Book::new();
    let own_en =
        template_text(&local, "no-data", "en").replacen("\n\n", "\n\nAcme answers every request within a week.\n\n", 1);
    let own_fr = format!(
        "{}\n\nAcme SAS, service protection des données.\n",
        template_text(&local, "_closing", "fr").trim_end()
    );
    for (kind, lang, text) in [("no-data", "en", &own_en), ("_closing", "fr", &own_fr)] {
        let file = local.dir.join(format!("{lang}-{kind}.txt"));
        std::fs::write(&file, text).unwrap();
        let kept =
            local.run(&["letter", "template", "customise", kind, "--lang", lang, "--from", file.to_str().unwrap()]);
        assert_eq!(kept.code, 0, "{}", kept.stderr);
    }
    assert_eq!(template_text(&local, "no-data", "en"), own_en);
    let from = local.db.to_str().unwrap().to_string();
    let server = PgServer::start();
    empty_team_register(&server, "register", true);
    let url = server.url("dora", "dora-pw", "register");

    // A template file that cannot be read stops the move, naming the file; nothing is written.
    let unreadable = local.dir.join("templates/de/refusal.txt");
    std::fs::create_dir_all(unreadable.parent().unwrap()).unwrap();
    std::fs::write(&unreadable, [0xff, 0xfe, b'x']).unwrap();
    casebook(&["team", "migrate", "--from", &from, "--to", &url], &[])
        .fails_with(&format!("cannot read '{}'", unreadable.display()));
    assert_eq!(team_rows(&server, "register"), "0 0 0 0 0 0 0 0");
    assert_eq!(server.psql("register", "SELECT count(*) FROM letter_templates"), "0");
    std::fs::remove_file(&unreadable).unwrap();

    // The move carries both, each with its audit entry naming its file, and compares them.
    let moved = casebook(&["--json", "team", "migrate", "--from", &from, "--to", &url], &[]).json();
    assert_eq!(moved["matches"], true, "{moved:#}");
    assert_eq!(moved["templates"], serde_json::json!(["en/no-data.txt", "fr/_closing.txt"]));
    let dora = member(&server, "dora");
    assert_eq!(template_text(&dora, "no-data", "en"), own_en);
    assert_eq!(template_text(&dora, "_closing", "fr"), own_fr);
    let listed = dora.json(&["letter", "templates"]);
    let row = listed["templates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "no-data" && t["language"] == "en")
        .unwrap()
        .clone();
    assert_eq!((row["customised"].clone(), row["set_by"].clone()), (Value::Bool(true), Value::from("dora")), "{row}");
    let audit = dora.json(&["audit", "verify"]);
    assert!(audit["problem"].is_null(), "{audit}");
    assert_eq!(audit["entries"].as_i64(), Some(moved["entries"].as_i64().unwrap() + 3));
    let entries = server.psql(
        "register",
        "SELECT string_agg(after::json->>'moved_from', ' ' ORDER BY id) FROM audit_log WHERE id > (SELECT id FROM audit_log WHERE action = 'register.migrated')",
    );
    let folder = local.dir.join("templates");
    assert_eq!(
        entries,
        format!("{} {}", folder.join("en/no-data.txt").display(), folder.join("fr/_closing.txt").display())
    );

    // Exported beside an own template the team has not: refused, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let busy = made(dir.path().join("busy/templates/en")).join("no-data.txt");
    std::fs::write(&busy, "Another organisation's wording\n").unwrap();
    let refused_out = dir.path().join("busy/offline.db");
    as_member(&server, "dora", &["team", "export", "--to", refused_out.to_str().unwrap(), "--no-passphrase"], &[])
        .fails_with(&format!("already holds the own letter template '{}'", busy.display()));
    assert!(!refused_out.exists());
    let left: Vec<_> = std::fs::read_dir(dir.path().join("busy")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["templates"], "no half-made copy left beside it");
    assert_eq!(std::fs::read_to_string(&busy).unwrap(), "Another organisation's wording\n");

    // Exported into a folder of its own: the templates are written where the copy reads them.
    let out = made(dir.path().join("offline")).join("offline.db");
    let export = as_member(
        &server,
        "dora",
        &["--json", "team", "export", "--to", out.to_str().unwrap(), "--no-passphrase"],
        &[],
    )
    .json();
    let written = dir.path().join("offline/templates");
    assert_eq!(
        export["template_files"],
        serde_json::json!([
            written.join("en/no-data.txt").display().to_string(),
            written.join("fr/_closing.txt").display().to_string()
        ])
    );
    assert_eq!(export["templates"], moved["templates"]);
    let copy = Book::at(out.to_str().unwrap());
    assert_eq!(template_text(&copy, "no-data", "en"), own_en);
    assert_eq!(template_text(&copy, "_closing", "fr"), own_fr);
    assert!(copy.json(&["audit", "verify"])["problem"].is_null());
    // The export's entry carries each text, so a backup made the same way carries them too.
    let entry: Value = serde_json::from_str(
        &copy.sql("SELECT after FROM audit_log WHERE action = 'register.exported-from-team' ORDER BY id DESC LIMIT 1"),
    )
    .unwrap();
    let carried = entry["letter_templates"].as_array().unwrap();
    assert_eq!(carried.len(), 2);
    assert_eq!(
        (carried[0]["template"].as_str(), carried[0]["text"].as_str()),
        (Some("en/no-data.txt"), Some(&*own_en))
    );
    assert_eq!(carried[1]["set_by"], "dora");

    // A team backup carries them the same way, and restoring it writes them where the restored register reads them.
    let pass = [("CASEBOOK_PASSPHRASE", "correct horse battery staple")];
    let backup = dir.path().join("team-backup.db");
    let backed = as_member(&server, "dora", &["backup", "--out", backup.to_str().unwrap()], &pass);
    assert_eq!(backed.code, 0, "{}", backed.stderr);
    assert!(
        backed
            .stdout
            .contains("Own letter templates (their texts in the export's entry): en/no-data.txt, fr/_closing.txt"),
        "{}",
        backed.stdout
    );
    let restored = made(dir.path().join("restored")).join("casebook.db");
    let restore = |to: &std::path::Path| {
        casebook(&["--db", to.to_str().unwrap(), "--json", "restore", backup.to_str().unwrap()], &pass).json()
    };
    let outcome = restore(&restored);
    let folder = dir.path().join("restored/templates");
    assert_eq!(
        outcome["template_files"],
        serde_json::json!([
            folder.join("en/no-data.txt").display().to_string(),
            folder.join("fr/_closing.txt").display().to_string()
        ])
    );
    let shown =
        casebook(&["--db", restored.to_str().unwrap(), "letter", "template", "show", "no-data", "--lang", "en"], &pass);
    assert_eq!(shown.stdout, own_en, "{}", shown.stderr);
    // Restored beside another register's own template: the register is restored, the templates not written, and it says why.
    let beside = dir.path().join("busy/restored.db");
    let outcome = restore(&beside);
    assert!(outcome["template_files"].as_array().unwrap().is_empty());
    assert!(outcome["templates_not_written"].as_str().unwrap().contains(&busy.display().to_string()), "{outcome}");
    assert_eq!(std::fs::read_to_string(&busy).unwrap(), "Another organisation's wording\n");
    assert!(!dir.path().join("busy/templates/fr").exists());
}
