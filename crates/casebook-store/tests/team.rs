//! The team register on a real PostgreSQL server, started by each test
//! (tests/support/pg_server.rs): schema and migrations, the roles as the
//! database enforces them, bad connection strings, and the audit chain under
//! concurrent writers.

#[path = "../../../tests/support/pg_server.rs"]
mod pg_server;

use casebook_store::{Error, Location, PG_LATEST_SCHEMA, PgConfig, PgStore};
use chrono::Utc;
use pg_server::PgServer;

fn config(url: &str) -> PgConfig {
    match Location::parse(url).expect("a connection string") {
        Location::Postgres(c) => *c,
        Location::Sqlite(_) => panic!("{url} is not a team register"),
    }
}

/// A server with an initialised register in database `register`.
fn register() -> PgServer {
    let server = PgServer::start();
    server.create_database("register");
    PgStore::init(&config(&server.superuser_url("register"))).expect("team init");
    server
}

/// A server with an initialised register and, for each of `members`, a
/// login (password `<login>-pw`) granted its roles.
fn register_with(members: &[(&str, &[&str])]) -> PgServer {
    let server = register();
    for (login, roles) in members {
        server.create_login("register", login, &format!("{login}-pw"), roles);
    }
    server
}

/// The members most tests of the roles need: a handler, a handler of HR
/// cases (`casebook_hr`) and an auditor.
const HANDLERS_AND_AUDITOR: [(&str, &[&str]); 3] = [
    ("hank", &["casebook_handler"]),
    ("hilda", &["casebook_handler", "casebook_hr"]),
    ("audrey", &["casebook_auditor"]),
];

/// Drops what team schemas 9 to 17 added (the tests of upgrades take a
/// register back to an older schema with it, then delete those versions'
/// rows of `casebook_schema`).
const DROP_SCHEMAS_9_TO_18: &str = "DROP FUNCTION casebook_erase_deleted_case(bigint);
     DROP FUNCTION casebook_migrate_audit(bigint[], text[], text[], bigint[], text[], text[], text[], text[],
         text[], text[], integer[], text[], text[], text[], text[]);
     DROP FUNCTION casebook_migrate_sequences(); DROP FUNCTION casebook_row_counts(text[]);
     DROP FUNCTION casebook_message_filed(text[], text); DROP TABLE case_emails;
     DROP FUNCTION casebook_case_emails() CASCADE;
     DROP TABLE case_counts; DROP FUNCTION casebook_count_case() CASCADE;
     DROP FUNCTION casebook_matching_ids(tsquery);
     DROP TABLE correspondence_withdrawals, letter_drafts, correspondence, case_documents, documents;
     DROP TABLE data_redactions, data_items, data_files; DROP TABLE letter_templates;
     DROP TABLE deadline_rules;
     ALTER TABLE cases DROP COLUMN appeal_due;
     CREATE INDEX cases_open_due ON cases ((due IS NULL), due, id) INCLUDE (hr)
         WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent');";

/// A stamp of now: a team register takes its actor from the login.
fn team_stamp() -> casebook_store::Stamp<'static> {
    casebook_store::Stamp { at: Utc::now(), actor: "ignored: the database's current_user" }
}

/// Member `login` (password `<login>-pw`) connected to the register.
fn member(server: &PgServer, login: &str) -> PgStore {
    PgStore::open(&config(&server.url(login, &format!("{login}-pw"), "register"))).unwrap()
}

/// A new local register file, in a folder kept while the handle lives.
fn local_register() -> (tempfile::TempDir, casebook_store::Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casebook.db");
    let store = casebook_store::Store::open(&path, casebook_store::OpenMode::CreateIfMissing).unwrap();
    (dir, store)
}

/// Two handles on one new local file, as two windows on it.
fn two_local_handles() -> (tempfile::TempDir, casebook_store::Store, casebook_store::Store) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casebook.db");
    let alice = casebook_store::Store::open(&path, casebook_store::OpenMode::CreateIfMissing).unwrap();
    let bob = casebook_store::Store::open(&path, casebook_store::OpenMode::MustExist).unwrap();
    (dir, alice, bob)
}

/// Two handlers, alice and bob, connected to a new team register.
fn two_team_members() -> (PgServer, PgStore, PgStore) {
    let server = register_with(&[("alice", &["casebook_handler"]), ("bob", &["casebook_handler"])]);
    let (alice, bob) = (member(&server, "alice"), member(&server, "bob"));
    (server, alice, bob)
}

/// Runs a check of Alice's and Bob's work on one case (given the name
/// Alice's changes are recorded under) on both back ends: `local` on two
/// handles on one local file (the actor is the stamp's), then `team` on two
/// members connected to a team register (the actor is the login), whose
/// audit chain must then verify. Returns the team register's server, for
/// more checks.
fn alice_and_bob_on_both_back_ends(
    local: fn(&mut casebook_store::Store, &mut casebook_store::Store, &str),
    team: fn(&mut PgStore, &mut PgStore, &str),
) -> PgServer {
    let (_dir, mut alice, mut bob) = two_local_handles();
    local(&mut alice, &mut bob, "alice");
    let (server, mut alice, mut bob) = two_team_members();
    team(&mut alice, &mut bob, "alice");
    assert!(bob.verify_audit().unwrap().is_intact());
    server
}

fn client(server: &PgServer, user: &str, password: &str) -> postgres::Client {
    postgres::Client::connect(&server.url(user, password, "register"), postgres::NoTls).expect("connects")
}

/// The SQLSTATE PostgreSQL refused `sql` with.
fn refused(c: &mut postgres::Client, sql: &str) -> String {
    let e = c.batch_execute(sql).expect_err(&format!("PostgreSQL accepted {sql}"));
    e.as_db_error().map(|d| d.code().code().to_string()).unwrap_or_else(|| e.to_string())
}

const CASE: &str = "INSERT INTO cases (reference, status, regime, location, channel, received, requester_name, \
                    requester, created_at, updated_at, hr) VALUES ";

#[test]
fn init_creates_the_schema_once_and_a_newer_schema_is_refused() {
    let server = PgServer::start();
    server.create_database("register");
    let url = server.superuser_url("register");
    let mut store = PgStore::init(&config(&url)).unwrap();
    assert_eq!(store.schema_version().unwrap(), PG_LATEST_SCHEMA);
    drop(store);
    // Opening again is a no-op: the same one row per migration.
    let mut store = PgStore::open(&config(&url)).unwrap();
    assert_eq!(store.schema_version().unwrap(), PG_LATEST_SCHEMA);
    assert_eq!(server.psql("register", "SELECT count(*) FROM casebook_schema"), PG_LATEST_SCHEMA.to_string());
    // A second init refuses the database it already made (and changes nothing).
    let err = PgStore::init(&config(&url)).err().expect("init refused").to_string();
    assert!(
        err.contains("is not empty")
            && err.contains(&format!("already a Casebook register of team schema {PG_LATEST_SCHEMA}")),
        "{err}"
    );
    assert!(!err.contains(PgServer::SUPERUSER_PASSWORD), "{err}");
    // Any non-empty database is refused too.
    server.create_database("other");
    server.psql("other", "CREATE TABLE mine (x int)");
    let err = PgStore::init(&config(&server.superuser_url("other"))).err().unwrap().to_string();
    assert!(err.contains("is not empty (1 tables or other objects)"), "{err}");
    // A schema from a newer Casebook.
    server.psql("register", "INSERT INTO casebook_schema (version, casebook_version) VALUES (99, '9.9.9')");
    let err = PgStore::open(&config(&url)).err().expect("newer schema refused");
    assert!(matches!(err, Error::PgNewerSchema { found: 99, .. }), "{err}");
    let line = err.to_string();
    assert!(line.contains("team schema 99") && line.contains("install the newer version"), "{line}");
    assert!(!line.contains('\n'));
}

#[test]
fn the_database_enforces_the_roles() {
    let server = register_with(&HANDLERS_AND_AUDITOR);
    server.create_login("register", "dora", "dora-pw", &["casebook_dpo"]);
    let t = "'2026-01-01T00:00:00Z'";
    server.psql(
        "register",
        &format!(
            "{CASE} ('R-1', 'open', 'gdpr', 'DE', 'email', '2026-01-01', 'Ann', '{{}}', {t}, {t}, false),
                    ('R-HR', 'open', 'gdpr', 'DE', 'email', '2026-01-01', 'Emp', '{{}}', {t}, {t}, true);
             INSERT INTO case_events (case_id, kind, on_date, at)
                 SELECT id, 'acknowledged', '2026-01-02', {t} FROM cases;"
        ),
    );

    // The auditor reads everything (but HR) and writes nothing.
    let mut audrey = client(&server, "audrey", "audrey-pw");
    let count = |c: &mut postgres::Client, sql: &str| -> i64 { c.query_one(sql, &[]).unwrap().get(0) };
    assert_eq!(count(&mut audrey, "SELECT count(*) FROM cases"), 1);
    let insert = format!("{CASE} ('R-2', 'open', 'gdpr', 'DE', 'email', '2026-01-01', 'X', '{{}}', {t}, {t}, false)");
    assert_eq!(refused(&mut audrey, &insert), "42501");
    assert_eq!(refused(&mut audrey, "UPDATE cases SET status = 'closed'"), "42501");
    assert_eq!(refused(&mut audrey, "INSERT INTO settings VALUES ('k', '1')"), "42501");

    // A handler works cases, but changes no setting and deletes nothing.
    let mut hank = client(&server, "hank", "hank-pw");
    hank.batch_execute("UPDATE cases SET status = 'in-progress' WHERE reference = 'R-1'").unwrap();
    assert_eq!(refused(&mut hank, "INSERT INTO settings VALUES ('profile', '{}')"), "42501");
    assert_eq!(refused(&mut hank, "UPDATE settings SET value = '{}'"), "42501");
    assert_eq!(refused(&mut hank, "DELETE FROM cases"), "42501");
    // Nobody edits or deletes the log; an entry in another's name is refused.
    assert_eq!(refused(&mut hank, "UPDATE audit_log SET actor = 'x'"), "42501");
    assert_eq!(refused(&mut hank, "DELETE FROM audit_log"), "42501");
    let forged = "INSERT INTO audit_log (id, at, actor, action, prev_hash, hash, format)
                  VALUES (1000, 'now', 'dora', 'forged', '', '', 3)";
    assert_eq!(refused(&mut hank, forged), "42501");

    // An HR case (and its rows) only for casebook_hr members and the DPO.
    assert_eq!(count(&mut hank, "SELECT count(*) FROM cases"), 1);
    assert_eq!(count(&mut hank, "SELECT count(*) FROM case_events"), 1);
    assert_eq!(count(&mut hank, "SELECT count(*) FROM cases WHERE reference = 'R-HR'"), 0);
    let mut hilda = client(&server, "hilda", "hilda-pw");
    assert_eq!(count(&mut hilda, "SELECT count(*) FROM cases"), 2);
    assert_eq!(count(&mut hilda, "SELECT count(*) FROM case_events"), 2);
    let mut dora = client(&server, "dora", "dora-pw");
    assert_eq!(count(&mut dora, "SELECT count(*) FROM cases"), 2);
    dora.batch_execute("INSERT INTO settings VALUES ('profile', '{}')").unwrap();

    // Through the store: the entry records the database's current_user, and
    // a refused write is one line naming the role.
    let mut store = member(&server, "hank");
    assert_eq!(store.user(), "hank");
    store.audit_event(Utc::now(), "case.note", None).unwrap();
    assert_eq!(server.psql("register", "SELECT actor FROM audit_log"), "hank");
    let mut store = member(&server, "audrey");
    let err = store.audit_event(Utc::now(), "case.note", None).unwrap_err().to_string();
    assert!(err.starts_with("PostgreSQL refused it for role 'audrey': permission denied"), "{err}");
    // The auditor verifies the chain; the cases written above by hand, with
    // no entry, are named as such.
    let report = store.verify_audit().unwrap();
    assert!(report.first_broken.is_none(), "the auditor verifies the chain: {report:?}");
    assert!(
        report
            .live_mismatches
            .iter()
            .any(|m| m == "R-1: the case has no audit entry (added, or its entries removed, outside Casebook)"),
        "{report:?}"
    );
}

#[test]
fn bad_connections_are_one_clear_line_each() {
    let server = register();
    server.create_database("empty");
    let port = server.port();
    let line = |url: &str| -> String {
        let err = match Location::parse(url) {
            Err(e) => e,
            Ok(Location::Postgres(c)) => PgStore::open(&c).err().expect("refused"),
            Ok(Location::Sqlite(_)) => panic!("{url} taken for a file"),
        };
        let line = err.to_string();
        assert!(!line.contains('\n'), "{line}");
        assert!(!line.contains("not-the-password"), "a password in a message: {line}");
        line
    };
    assert_eq!(
        line(&server.url("postgres", "not-the-password", "register")),
        format!("wrong password for PostgreSQL role 'postgres' on 127.0.0.1:{port}")
    );
    // A port nobody listens on: the harness's server is stopped below, so
    // use one freshly probed.
    let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let l = line(&format!("postgres://postgres:x@127.0.0.1:{free}/register?sslmode=disable"));
    assert!(l.starts_with(&format!("cannot reach the PostgreSQL server at 127.0.0.1:{free}: ")), "{l}");
    assert!(l.to_lowercase().contains("refused"), "{l}");
    assert_eq!(
        line(&server.superuser_url("nosuch")),
        format!("database 'nosuch' does not exist on the PostgreSQL server at 127.0.0.1:{port}")
    );
    let l = line(&server.superuser_url("empty"));
    assert_eq!(
        l,
        format!(
            "postgres://postgres@127.0.0.1:{port}/empty has no Casebook register: run `casebook team init \
             postgres://postgres@127.0.0.1:{port}/empty` to create one (in an empty database)"
        )
    );
    let l = line(&format!("postgres://postgres:x@127.0.0.1:{port}/register?sslmode=maybe"));
    assert!(l.starts_with("invalid PostgreSQL connection string: sslmode 'maybe'"), "{l}");
    let l = line("postgres://postgres@127.0.0.1:notaport/register");
    assert!(l.starts_with("invalid PostgreSQL connection string: "), "{l}");
    // TLS required by default: the test server has none, and says so in one line.
    let l = line(&format!("postgres://postgres:x@127.0.0.1:{port}/register"));
    assert!(l.starts_with(&format!("cannot reach the PostgreSQL server at 127.0.0.1:{port}: ")), "{l}");
}

#[test]
fn concurrent_writers_make_one_linear_verifiable_chain() {
    let server = register_with(&[("dora", &["casebook_dpo"])]);
    for h in ["h1", "h2", "h3"] {
        server.create_login("register", h, "pw", &["casebook_handler"]);
    }
    const EACH: usize = 40;
    let urls = [
        server.url("dora", "dora-pw", "register"),
        server.url("h1", "pw", "register"),
        server.url("h2", "pw", "register"),
        server.url("h3", "pw", "register"),
    ];
    let started = std::time::Instant::now();
    std::thread::scope(|s| {
        for url in &urls {
            s.spawn(move || {
                let mut store = PgStore::open(&config(url)).unwrap();
                for i in 0..EACH {
                    store.audit_event(Utc::now(), "test.concurrent", Some(&format!("{{\"i\":{i}}}"))).unwrap();
                }
            });
        }
    });
    assert!(started.elapsed() < std::time::Duration::from_secs(120), "no deadlock: the writers finished");
    let mut store = PgStore::open(&config(&server.superuser_url("register"))).unwrap();
    let report = store.verify_audit().unwrap();
    assert!(report.is_intact(), "{:?}", report.problem);
    assert_eq!(report.entries, (EACH * urls.len()) as i64);
    assert_eq!(
        server.psql("register", "SELECT count(DISTINCT actor) || ' ' || max(id) || ' ' || count(*) FROM audit_log"),
        format!("4 {n} {n}", n = EACH * urls.len())
    );
    // No lock is left behind.
    assert_eq!(server.psql("register", "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0");
    // The chain detects an edited entry and a removed last entry.
    server.psql("register", "UPDATE audit_log SET action = 'edited' WHERE id = 7");
    let report = store.verify_audit().unwrap();
    assert_eq!((report.first_broken, report.problem.as_deref()), (Some(7), Some("entry 7 was altered")));
}

/// Cathy's access request, received on `received`.
fn request(received: &str) -> casebook_core::NewCase {
    casebook_core::NewCase {
        kind: casebook_core::CaseKind::Request,
        concerns: None,
        requester: casebook_core::Requester {
            name: "Cathy Concurrent".into(),
            emails: vec!["cathy@example.com".into()],
            postal_address: None,
            phone: None,
            customer_ids: Vec::new(),
            date_of_birth: None,
        },
        data_subject: None,
        subject_category: None,
        channel: casebook_core::Channel::Email,
        received: received.parse().unwrap(),
        received_at: None,
        rights: vec![casebook_core::Right::Access],
        regime: casebook_core::Regime::UkGdpr,
        location: "GB-ENG".parse().unwrap(),
        language: None,
        status: casebook_core::Status::Received,
        intake: None,
    }
}

#[test]
fn members_logging_cases_at_once_get_one_reference_each_per_year() {
    use casebook_store::CaseRegister;
    let server = register();
    for h in ["h1", "h2", "h3"] {
        server.create_login("register", h, "pw", &["casebook_handler"]);
    }
    let urls =
        [server.url("h1", "pw", "register"), server.url("h2", "pw", "register"), server.url("h3", "pw", "register")];
    std::thread::scope(|s| {
        for url in &urls {
            s.spawn(move || {
                let mut store = PgStore::open(&config(url)).unwrap();
                let stamp = team_stamp();
                for i in 0..10 {
                    let received = if i % 2 == 0 { "2026-11-02" } else { "2025-12-30" };
                    let case = store.log_case(&request(received), None, &["first note".into()], stamp).unwrap();
                    assert_eq!(case.notes[0].author, store.user());
                }
            });
        }
    });
    let refs = server.psql("register", "SELECT string_agg(reference, ' ' ORDER BY reference) FROM cases");
    let expected: Vec<String> =
        (1..=15).map(|n| format!("CB-2025-{n:04}")).chain((1..=15).map(|n| format!("CB-2026-{n:04}"))).collect();
    assert_eq!(refs, expected.join(" "));
    // Each case and each note has its entry, by its member, and the chain holds.
    assert_eq!(
        server.psql("register", "SELECT count(*) FILTER (WHERE action = 'case.created') || ' ' || count(*) FILTER (WHERE action = 'note.added') || ' ' || count(DISTINCT actor) FROM audit_log"),
        "30 30 3"
    );
    let report = PgStore::open(&config(&server.superuser_url("register"))).unwrap().verify_audit().unwrap();
    assert!(report.is_intact(), "{:?}", report.problem);
}

#[test]
fn upgrading_to_schema_3_indexes_the_cases_already_stored() {
    use casebook_store::{CaseRegister, ListQuery};
    let server = register();
    let url = server.superuser_url("register");
    let stamp = team_stamp();
    let mut store = PgStore::open(&config(&url)).unwrap();
    let mut kowalski = request("2026-11-02");
    kowalski.requester.name = "Łukasz Kowalski".into();
    kowalski.requester.emails = vec!["lukasz@example.pl".into()];
    store.log_case(&kowalski, None, &["Wohnt in der Hauptstraße".into()], stamp).unwrap();
    store.log_case(&request("2026-11-03"), None, &[], stamp).unwrap();
    drop(store);
    // The register as schema 2 left it: no search column (nor schema 4's
    // answers, schema 5's index, schema 6's register of processing and logs
    // schema 7's corrected answers, schema 8's HR audit policy, schema 9's counts, schema 10's search
    // function, schema 11's letters, schema 12's data, schema 13's addresses and look-up of hidden messages, schema 14's
    // erasing of a deleted case's audit text, schema 15's functions moving a register in, schema 16's
    // own letter templates, schema 17's deadline rules' revision or schema 18's appeal dates).
    server.psql(
        "register",
        &format!(
            "{DROP_SCHEMAS_9_TO_18}
             ALTER TABLE cases DROP COLUMN search; DROP TABLE case_right_answers; DROP INDEX cases_open_due;
             DROP TABLE processing_systems, case_searches, case_actions, case_notifications;
             DROP TABLE case_right_answer_corrections;
             DROP FUNCTION casebook_audit_links(); DROP POLICY audit_log_read ON audit_log;
             CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (true);
             DELETE FROM casebook_schema WHERE version >= 3"
        ),
    );
    let mut store = PgStore::open(&config(&url)).unwrap();
    assert_eq!(store.schema_version().unwrap(), PG_LATEST_SCHEMA);
    assert_eq!(
        server.psql("register", "SELECT string_agg(version::text, ' ' ORDER BY version) FROM casebook_schema"),
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18"
    );
    // Schema 9 counted the cases already stored.
    assert_eq!(server.psql("register", "SELECT sum(n) FROM case_counts"), "2");
    counts_agree(&server);
    // Schema 4 came after: the cases have no answers yet, and list none.
    assert!(store.right_answers(casebook_core::CaseId(1)).unwrap().is_empty());
    let names = |store: &mut PgStore, text: &str| -> Vec<String> {
        let q = ListQuery { text: Some(text.into()), ..Default::default() };
        store.list_cases(&q).unwrap().into_iter().map(|r| r.requester_name).collect()
    };
    assert_eq!(names(&mut store, "lukasz hauptstrasse"), ["Łukasz Kowalski"]);
    assert_eq!(names(&mut store, "cathy@example"), ["Cathy Concurrent"]);
    // An operator-only or quoted text is words or nothing, never syntax.
    assert_eq!(names(&mut store, "'kowal' & !"), ["Łukasz Kowalski"]);
    assert_eq!(names(&mut store, "&|!():*").len(), 2, "nothing to search for: no filter");
}

/// Two members (`alice`, `bob`: two connections or two handles) work the
/// same case: both read it, Alice records a step, and Bob's step prepared on
/// what he read is refused naming Alice and when; read again, it goes in.
/// The same on either back end, written once against `CaseRegister`.
fn a_stale_step_is_refused<R: casebook_store::CaseRegister>(alice: &mut R, bob: &mut R, alice_is: &str) {
    use chrono::TimeZone;
    let first = Utc.with_ymd_and_hms(2026, 12, 5, 14, 2, 31).unwrap();
    let stamp = |at, actor| casebook_store::Stamp { at, actor };
    let case = alice.log_case(&request("2026-11-02"), None, &[], stamp(first, "alice")).unwrap();
    let (read_by_alice, alice_saw) = alice.case_with_version(case.id).unwrap();
    let (read_by_bob, bob_saw) = bob.case_with_version(case.id).unwrap();
    assert_eq!(alice_saw, bob_saw);
    let on = "2026-11-03".parse().unwrap();
    let mut acknowledged = read_by_alice.clone();
    acknowledged.status = casebook_core::Status::Acknowledged;
    alice.add_event_seen(&acknowledged, Some(alice_saw), "acknowledged", on, None, stamp(first, "alice")).unwrap();

    let later = first + chrono::Duration::minutes(5);
    let mut clarifying = read_by_bob.clone();
    clarifying.status = casebook_core::Status::AwaitingClarification;
    let err = bob
        .add_event_seen(&clarifying, Some(bob_saw), "clarification-asked", on, None, stamp(later, "bob"))
        .expect_err("a step on a stale view is refused");
    match &err {
        Error::Stale { reference, by, at } => {
            assert_eq!((reference.as_str(), by.as_str(), *at), ("CB-2026-0001", alice_is, first));
        }
        other => panic!("expected Stale, got {other:?}"),
    }
    assert_eq!(
        err.to_string(),
        format!(
            "CB-2026-0001 was changed by {alice_is} at 2026-12-05 14:02 UTC since you read it; reload it and try again"
        )
    );
    // Nothing of Bob's was written; read again, his step goes in.
    assert_eq!(bob.events(case.id).unwrap().len(), 1);
    let (fresh, version) = bob.case_with_version(case.id).unwrap();
    assert_eq!(fresh.status, casebook_core::Status::Acknowledged);
    assert!(version > bob_saw);
    clarifying.status = casebook_core::Status::AwaitingClarification;
    let (_, saved) =
        bob.add_event_seen(&clarifying, Some(version), "clarification-asked", on, None, stamp(later, "bob")).unwrap();
    assert_eq!(saved.status, casebook_core::Status::AwaitingClarification);
    let kinds: Vec<String> = alice.events(case.id).unwrap().into_iter().map(|e| e.kind).collect();
    assert_eq!(kinds, ["acknowledged", "clarification-asked"]);
    let actions: Vec<String> = alice.audit_of_case(case.id).unwrap().into_iter().map(|a| a.action).collect();
    assert_eq!(actions, ["case.created", "event.acknowledged", "event.clarification-asked"]);

    // An answer or a correction computed from a stale view is refused too, and writes nothing:
    // its due date was computed from the case as it was read.
    use casebook_core::answer::{RightAnswer, RightOutcome};
    let (_, bob_saw) = bob.case_with_version(case.id).unwrap();
    let answered = RightAnswer {
        right: case.rights[0],
        outcome: RightOutcome::Fulfilled,
        ground: None,
        detail: None,
        by: alice_is.into(),
        on,
    };
    let (_, alice_saw) = alice.case_with_version(case.id).unwrap();
    alice.add_right_answer(case.id, Some(alice_saw), &answered, None, stamp(later, "alice")).unwrap();
    let no_data = RightAnswer { outcome: RightOutcome::NoData, ..answered.clone() };
    let err = bob
        .correct_right_answer(case.id, Some(bob_saw), &no_data, "nothing was held", on, None, stamp(later, "bob"))
        .expect_err("a correction on a stale view is refused");
    assert!(matches!(&err, Error::Stale { by, .. } if by == alice_is), "{err}");
    assert_eq!(bob.right_answers(case.id).unwrap(), std::slice::from_ref(&answered));
    assert!(bob.right_answer_corrections(case.id).unwrap().is_empty());
    // Read again, it goes in.
    let (_, version) = bob.case_with_version(case.id).unwrap();
    bob.correct_right_answer(case.id, Some(version), &no_data, "nothing was held", on, None, stamp(later, "bob"))
        .unwrap();
    let err = alice
        .add_right_answer(case.id, Some(alice_saw), &answered, None, stamp(later, "alice"))
        .expect_err("an answer on a stale view is refused");
    assert!(matches!(&err, Error::Stale { .. }), "{err}");
    assert_eq!(alice.right_answers(case.id).unwrap(), [no_data]);
}

#[test]
fn a_step_on_a_stale_view_is_refused_naming_who_changed_the_case_and_when_on_both_back_ends() {
    alice_and_bob_on_both_back_ends(a_stale_step_is_refused, a_stale_step_is_refused);
}

#[test]
fn an_auditor_s_step_is_refused_by_the_database() {
    use casebook_store::CaseRegister;
    let server = register_with(&[("hana", &["casebook_handler"]), ("audrey", &["casebook_auditor"])]);
    let stamp = team_stamp();
    let mut hana = member(&server, "hana");
    let case = hana.log_case(&request("2026-11-02"), None, &[], stamp).unwrap();
    let mut audrey = member(&server, "audrey");
    let (mut read, seen) = audrey.case_with_version(case.id).unwrap();
    read.status = casebook_core::Status::Acknowledged;
    let err = audrey
        .add_event_seen(&read, Some(seen), "acknowledged", "2026-11-03".parse().unwrap(), None, stamp)
        .expect_err("an auditor records no step");
    assert!(
        matches!(&err, Error::PgRefused { user, what } if user == "audrey" && what.contains("recording a step: permission denied for table cases")),
        "{err}"
    );
    assert_eq!(server.psql("register", "SELECT count(*) FROM case_events"), "0");
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log WHERE action LIKE 'event.%'"), "0");
}

/// A search matching more cases than the cap counts to the cap and says
/// there are more; a narrower one, and a list without words, count exactly.
fn a_search_counts_up_to_its_cap<R: casebook_store::CaseRegister>(register: &mut R) {
    use casebook_store::{ListQuery, Matches, SEARCH_COUNT_CAP};
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dpo" };
    let many = usize::try_from(SEARCH_COUNT_CAP).unwrap() + 5;
    let cases: Vec<_> = (0..many).map(|_| (request("2026-11-02"), None)).collect();
    register.insert_cases(&cases, stamp).unwrap();
    let mut other = request("2026-11-03");
    other.requester.name = "Dora Different".into();
    register.insert_cases(&[(other, None)], stamp).unwrap();
    let page = |register: &mut R, text: Option<&str>| {
        let q = ListQuery { text: text.map(str::to_string), limit: Some(100), ..Default::default() };
        register.list_page(&q).unwrap()
    };
    let (matches, rows) = page(register, Some("cath"));
    assert_eq!(matches, Matches { total: SEARCH_COUNT_CAP, more: true });
    assert_eq!(rows.len(), 100);
    // A later page (as the list scrolls) says the same.
    let last = u32::try_from(SEARCH_COUNT_CAP).unwrap() - 100;
    let later = ListQuery { text: Some("cath".into()), limit: Some(100), offset: last, ..Default::default() };
    let (matches, rows) = register.list_page(&later).unwrap();
    assert_eq!((matches, rows.len()), (Matches { total: SEARCH_COUNT_CAP, more: true }, 100));
    let (matches, rows) = page(register, Some("dora"));
    assert_eq!((matches, rows.len()), (Matches { total: 1, more: false }, 1));
    let (matches, _) = page(register, None);
    assert_eq!(matches, Matches { total: i64::try_from(many).unwrap() + 1, more: false });
}

#[test]
fn a_search_counts_up_to_its_cap_on_both_back_ends() {
    let (_dir, mut local) = local_register();
    a_search_counts_up_to_its_cap(&mut local);

    let server = register_with(&[("dora", &["casebook_dpo"])]);
    let mut dora = member(&server, "dora");
    a_search_counts_up_to_its_cap(&mut dora);
}

/// The dashboard's numbers over the same cases: four open (one overdue on
/// 20 November, two due within the week, one later), one finished on time,
/// one HR case that is overdue.
fn dashboard_counts<R: casebook_store::CaseRegister + casebook_store::StatsRegister>(
    register: &mut R,
) -> (casebook_store::CaseCounts, Vec<casebook_store::MonthRightCount>, Vec<casebook_store::MonthOnTime>) {
    use casebook_core::Status;
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dpo" };
    let with = |status: Status, received: &str| casebook_core::NewCase { status, ..request(received) };
    let mut hr = with(Status::Received, "2026-10-02");
    hr.subject_category = Some(casebook_core::SubjectCategory::Employee);
    let cases = [
        (with(Status::Received, "2026-10-19"), Some(day("2026-11-19"))),
        (with(Status::InProgress, "2026-10-20"), Some(day("2026-11-20"))),
        (with(Status::AwaitingIdentity, "2026-10-27"), Some(day("2026-11-27"))),
        (with(Status::Received, "2026-11-02"), Some(day("2026-12-02"))),
        (with(Status::ResponseSent, "2026-09-01"), Some(day("2026-10-01"))),
        (hr, Some(day("2026-11-02"))),
    ];
    register.insert_cases(&cases, stamp).unwrap();
    let counts = register.case_counts(day("2026-11-20"), day("2026-11-27")).unwrap();
    let requests = register.requests_per_month(day("2026-01-01")).unwrap();
    let answered = register.answered_on_time_per_month(day("2026-01-01")).unwrap();
    (counts, requests, answered)
}

/// The date each case must meet next, as a list line carries it beside the
/// sort and the due-by filter that use it: five cases logged, then changed
/// as the appeal steps leave them (a US state consumer's appeal of an answer
/// has its own date, Va. Code §59.1-577(C)). A message from the requester
/// is matched against the same running cases. Returns, for the open cases by
/// date, each requester's name and the list's next date; then the names due
/// by 12 December.
fn next_dates<R: casebook_store::CaseRegister + casebook_store::IntakeRegister>(
    register: &mut R,
) -> (Vec<(String, Option<String>)>, Vec<String>) {
    use casebook_core::Status;
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dpo" };
    // (name, status, own due date, the appeal's date)
    let cases = [
        ("open", Status::InProgress, "2026-12-20", None),
        ("refused, appealed", Status::Refused, "2026-11-01", Some("2026-12-10")),
        ("reopened, appeal sooner", Status::InProgress, "2026-12-30", Some("2026-12-15")),
        ("refused", Status::Refused, "2026-11-05", None),
        ("open, appeal later", Status::InProgress, "2026-12-08", Some("2026-12-25")),
    ];
    for (name, status, due, appeal_due) in cases {
        let mut new = request("2026-11-02");
        new.requester.name = name.into();
        let case = register.log_case(&new, Some(day(due)), &[], stamp).unwrap();
        let changed = casebook_core::Case { status, appeal_due: appeal_due.map(day), ..case };
        register.save_case_answering(&changed, None, &[], "case.updated", stamp).unwrap();
    }
    let open = register
        .list_cases(&casebook_store::ListQuery {
            open_only: true,
            sort: casebook_store::CaseSort::Due,
            ..Default::default()
        })
        .unwrap();
    // A message from the requester is matched against the same cases.
    let mut same_person = register.open_cases_with_email("cathy@example.com").unwrap();
    let mut running: Vec<_> = open.iter().map(|r| r.id).collect();
    same_person.sort();
    running.sort();
    assert_eq!(same_person, running, "the running cases are the requester's open ones");
    let all = register.list_cases(&casebook_store::ListQuery::default()).unwrap();
    let answered = all.iter().find(|r| r.requester_name == "refused").unwrap();
    assert_eq!((answered.due, answered.next_due), (Some(day("2026-11-05")), None), "answered, nothing to meet next");
    let listed = open.into_iter().map(|r| (r.requester_name, r.next_due.map(|d| d.to_string()))).collect();
    let due_by = casebook_store::ListQuery {
        open_only: true,
        sort: casebook_store::CaseSort::Due,
        due_by: Some(day("2026-12-12")),
        ..Default::default()
    };
    (listed, register.list_cases(&due_by).unwrap().into_iter().map(|r| r.requester_name).collect())
}

/// The audit entries of an appeal's two steps on a refused case, before and
/// after each: the date of the appeal awaiting its decision is named where a
/// step sets or clears it, and not on a step that has none to name.
fn appeal_audit<R: casebook_store::CaseRegister>(register: &mut R) -> Vec<(String, String)> {
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dpo" };
    let case = register.log_case(&request("2026-10-01"), Some(day("2026-10-31")), &[], stamp).unwrap();
    let refused = casebook_core::Case { status: casebook_core::Status::Refused, ..case };
    let (_, refused) = register.add_event_seen(&refused, None, "refused", day("2026-10-20"), None, stamp).unwrap();
    let appealed = casebook_core::Case { appeal_due: Some(day("2026-12-19")), ..refused };
    let (_, appealed) =
        register.add_event_seen(&appealed, None, "appeal-received", day("2026-10-20"), None, stamp).unwrap();
    let decided = casebook_core::Case { appeal_due: None, ..appealed };
    register.add_event_seen(&decided, None, "appeal-decided", day("2026-11-02"), None, stamp).unwrap();
    let entries = register.audit_of_case(decided.id).unwrap();
    let without_event = |record: &Option<String>| {
        let mut v: serde_json::Value = serde_json::from_str(record.as_deref().unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("event");
        v.to_string()
    };
    entries
        .iter()
        .filter(|e| e.action.starts_with("event."))
        .map(|e| (without_event(&e.before), without_event(&e.after)))
        .collect()
}

#[test]
fn a_list_line_carries_the_date_the_case_must_meet_next_and_the_audit_names_the_appeal_s_on_both_back_ends() {
    let (_dir, mut local) = local_register();
    let (listed, due_by) = next_dates(&mut local);
    let expected: Vec<(String, Option<String>)> = [
        ("open, appeal later", "2026-12-08"),
        ("refused, appealed", "2026-12-10"),
        ("reopened, appeal sooner", "2026-12-15"),
        ("open", "2026-12-20"),
    ]
    .iter()
    .map(|(n, d)| ((*n).to_string(), Some((*d).to_string())))
    .collect();
    assert_eq!(listed, expected, "the refused case without an appeal is not open");
    assert_eq!(due_by, ["open, appeal later", "refused, appealed"]);

    let server = register_with(&[("dora", &["casebook_dpo"])]);
    let mut dora = member(&server, "dora");
    assert_eq!(next_dates(&mut dora), (expected, due_by));

    let audited = appeal_audit(&mut local);
    let record = |s: &str| s.to_string();
    assert_eq!(
        audited,
        [
            (
                record(r#"{"due":"2026-10-31","status":"received"}"#),
                record(r#"{"due":"2026-10-31","status":"refused"}"#)
            ),
            (
                record(r#"{"appeal_due":null,"due":"2026-10-31","status":"refused"}"#),
                record(r#"{"appeal_due":"2026-12-19","due":"2026-10-31","status":"refused"}"#)
            ),
            (
                record(r#"{"appeal_due":"2026-12-19","due":"2026-10-31","status":"refused"}"#),
                record(r#"{"appeal_due":null,"due":"2026-10-31","status":"refused"}"#)
            ),
        ]
    );
    assert_eq!(appeal_audit(&mut dora), audited);
}

#[test]
fn the_dashboard_counts_the_same_on_both_back_ends_and_a_member_outside_hr_counts_no_hr_case() {
    let (_dir, mut local) = local_register();
    let (mut counts, requests, answered) = dashboard_counts(&mut local);
    counts.by_status.sort_by_key(|(s, _)| s.code());
    assert_eq!((counts.overdue, counts.due_soon), (2, 2));

    let server = register_with(&[("dora", &["casebook_dpo"]), ("hana", &["casebook_handler"])]);
    let mut dora = member(&server, "dora");
    let (mut team, team_requests, team_answered) = dashboard_counts(&mut dora);
    team.by_status.sort_by_key(|(s, _)| s.code());
    assert_eq!((team, team_requests, team_answered), (counts, requests, answered));

    use casebook_store::StatsRegister;
    let mut hana = member(&server, "hana");
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let seen = hana.case_counts(day("2026-11-20"), day("2026-11-27")).unwrap();
    assert_eq!((seen.overdue, seen.due_soon), (1, 2), "the HR case is not hana's to count");
    let received = seen.by_status.iter().find(|(s, _)| *s == casebook_core::Status::Received).unwrap();
    assert_eq!(received.1, 2);
    let requested: i64 = hana.requests_per_month(day("2026-01-01")).unwrap().iter().map(|m| m.count).sum();
    assert_eq!(requested, 5);
}

#[test]
fn a_committed_write_is_heard_by_listening_members_and_a_refused_one_is_not() {
    use casebook_store::{CaseRegister, Changed, PgListener};
    use std::time::Duration;
    let server = register_with(&[("hana", &["casebook_handler"]), ("audrey", &["casebook_auditor"])]);
    let url = |who: &str| config(&server.url(who, &format!("{who}-pw"), "register"));
    let mut audrey_hears = PgListener::open(&url("audrey")).unwrap();
    let mut hana = PgStore::open(&url("hana")).unwrap();
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "hana" };
    let case = hana.log_case(&request("2026-11-02"), None, &[], stamp).unwrap();

    let heard = audrey_hears.wait(Duration::from_secs(10), Duration::from_millis(200)).unwrap();
    assert_eq!(heard, Some(Changed::Cases(vec![case.reference.to_string()])));
    hana.audit_event(Utc::now(), "settings.changed", Some("{}")).unwrap();
    let heard = audrey_hears.wait(Duration::from_secs(10), Duration::from_millis(200)).unwrap();
    assert_eq!(heard, Some(Changed::Everything), "a change of the register as a whole");

    // The auditor's step is refused: nothing was committed, nothing is told.
    let mut audrey = PgStore::open(&url("audrey")).unwrap();
    let (read, seen) = audrey.case_with_version(case.id).unwrap();
    audrey.add_event_seen(&read, Some(seen), "acknowledged", "2026-11-03".parse().unwrap(), None, stamp).unwrap_err();
    assert_eq!(audrey_hears.wait(Duration::from_millis(500), Duration::from_millis(100)).unwrap(), None);
}

/// The counts schema 9 keeps, as the superuser reads them, against a count
/// of the cases themselves: equal for every status and HR flag.
fn counts_agree(server: &PgServer) {
    let kept = server.psql(
        "register",
        "SELECT string_agg(status || ' ' || hr || ' ' || n, ', ' ORDER BY status, hr) FROM case_counts WHERE n <> 0",
    );
    let counted = server.psql(
        "register",
        "SELECT string_agg(status || ' ' || hr || ' ' || n, ', ' ORDER BY status, hr)
         FROM (SELECT status, hr, count(*) AS n FROM cases GROUP BY status, hr) c",
    );
    assert_eq!(kept, counted);
}

#[test]
fn the_open_cases_are_counted_by_the_database_as_members_change_them_at_once() {
    use casebook_core::{Status, SubjectCategory};
    use casebook_store::{CaseRegister, ListQuery};
    let server = register_with(&[("hank", &["casebook_handler"]), ("helen", &["casebook_handler", "casebook_hr"])]);
    let stamp = team_stamp();
    let url = |who: &str| server.url(who, &format!("{who}-pw"), "register");
    let mut helen = PgStore::open(&config(&url("helen"))).unwrap();
    let mut hank = PgStore::open(&config(&url("hank"))).unwrap();
    // 24 customers' requests and 6 staff requests (HR cases).
    let mut staff = request("2026-11-02");
    staff.subject_category = Some(SubjectCategory::Employee);
    let mut cases: Vec<_> = (0..24).map(|_| (request("2026-11-02"), None)).collect();
    cases.extend((0..6).map(|_| (staff.clone(), None)));
    helen.insert_cases(&cases, stamp).unwrap();
    counts_agree(&server);

    // Four sessions acknowledging cases at once, each its own.
    std::thread::scope(|s| {
        for (who, from) in [("helen", 1), ("hank", 2), ("helen", 3), ("hank", 4)] {
            let url = url(who);
            s.spawn(move || {
                let mut store = PgStore::open(&config(&url)).unwrap();
                let open = ListQuery { status: Some(Status::Received), ..Default::default() };
                let mine: Vec<_> =
                    store.list_cases(&open).unwrap().into_iter().filter(|r| r.id.0 % 4 == from % 4).collect();
                for row in mine {
                    let (mut case, seen) = store.case_with_version(row.id).unwrap();
                    case.status = Status::Acknowledged;
                    let on = case.received;
                    store.add_event_seen(&case, Some(seen), "acknowledged", on, None, stamp).unwrap();
                }
            });
        }
    });
    counts_agree(&server);
    // The superuser closes three and removes one (the triggers count those too).
    server.psql("register", "UPDATE cases SET status = 'closed' WHERE id IN (1, 2, 25)");
    server.psql(
        "register",
        "DELETE FROM case_events WHERE case_id = 3; DELETE FROM case_rights WHERE case_id = 3;
                             DELETE FROM cases WHERE id = 3",
    );
    counts_agree(&server);

    // Each member's list counts what they may see: HR cases only for HR eyes.
    let open = ListQuery { open_only: true, limit: Some(10), ..Default::default() };
    let counted = |sql: &str, who: &str| -> i64 {
        let mut c = client(&server, who, &format!("{who}-pw"));
        c.query_one(sql, &[]).unwrap().get(0)
    };
    let open_sql = "SELECT count(*) FROM cases WHERE status NOT IN ('closed', 'withdrawn', 'refused', 'response-sent')";
    assert_eq!(helen.list_page(&open).unwrap().0.total, counted(open_sql, "helen"));
    assert_eq!(hank.list_page(&open).unwrap().0.total, counted(open_sql, "hank"));
    assert_eq!((counted(open_sql, "helen"), counted(open_sql, "hank")), (26, 21));
    let acknowledged = ListQuery { status: Some(Status::Acknowledged), ..Default::default() };
    assert_eq!(
        hank.list_page(&acknowledged).unwrap().0.total,
        counted("SELECT count(*) FROM cases WHERE status = 'acknowledged'", "hank")
    );
    // A member reads the counts, and writes none.
    assert_eq!(refused(&mut client(&server, "hank", "hank-pw"), "UPDATE case_counts SET n = 0"), "42501");
    assert_eq!(server.psql("register", "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0");
    // The chain holds; what the superuser did by hand is named.
    let report = helen.verify_audit().unwrap();
    assert!(report.first_broken.is_none(), "{report:?}");
    let said = report.live_mismatches.join("\n");
    assert_eq!(said.matches("cases.status was changed without an audit entry").count(), 3, "{said}");
    assert_eq!(said.matches("was removed from the register without an audit entry").count(), 1, "{said}");
}

#[test]
fn an_older_schema_is_upgraded_by_the_owner_and_a_member_is_told_to_ask_them() {
    let server = register_with(&[("dora", &["casebook_dpo"])]);
    // The register as schema 8 left it.
    server.psql("register", &format!("{DROP_SCHEMAS_9_TO_18} DELETE FROM casebook_schema WHERE version >= 9"));
    let dora = config(&server.url("dora", "dora-pw", "register"));
    let err = PgStore::open(&dora).err().expect("a member cannot create the new schema's tables");
    assert!(
        matches!(&err, Error::PgUpgradeNeedsOwner { user, from: 8, to, .. } if user == "dora" && *to == PG_LATEST_SCHEMA),
        "{err}"
    );
    assert!(
        err.to_string().contains("have the register's owner (the role that ran `casebook team init`) connect once")
    );
    // Nothing was half-applied: still schema 8, and the owner upgrades it.
    assert_eq!(server.psql("register", "SELECT max(version) FROM casebook_schema"), "8");
    PgStore::open(&config(&server.superuser_url("register"))).unwrap();
    assert_eq!(server.psql("register", "SELECT max(version) FROM casebook_schema"), PG_LATEST_SCHEMA.to_string());
    PgStore::open(&dora).unwrap();
}

#[test]
fn a_search_finds_rare_words_through_the_index_and_common_ones_in_order_each_member_seeing_their_own() {
    use casebook_core::SubjectCategory;
    use casebook_store::{CaseRegister, ListQuery, Matches, SEARCH_COUNT_CAP};
    let server = register_with(&HANDLERS_AND_AUDITOR);
    let stamp = team_stamp();
    let mut hilda = member(&server, "hilda");
    // A common name (over the index's share) and a rare one, some of whose cases are staff's (HR).
    let mut cases: Vec<_> = (0..5_200).map(|_| (request("2026-11-02"), None)).collect();
    let mut dora = request("2026-11-03");
    dora.requester.name = "Dora Different".into();
    dora.requester.emails = vec!["dora@example.com".into()];
    let mut staff = dora.clone();
    staff.subject_category = Some(SubjectCategory::Employee);
    cases.extend([(dora.clone(), None), (dora.clone(), None), (dora, None), (staff.clone(), None), (staff, None)]);
    hilda.insert_cases(&cases, stamp).unwrap();
    server.psql("register", "ANALYZE cases");

    let page = |store: &mut PgStore, text: &str| {
        let q = ListQuery { text: Some(text.into()), limit: Some(100), ..Default::default() };
        let (matches, rows) = store.list_page(&q).unwrap();
        // The same cases as the policies' own search, row by row.
        let all = store.list_cases(&ListQuery { text: Some(text.into()), ..Default::default() }).unwrap();
        assert_eq!(rows[..], all[..rows.len()], "{text}");
        (matches, rows.len(), all.len())
    };
    // Rare words are found through the index (ids), common ones are not (NULL).
    let found = |who: &str, words: &str| -> Option<usize> {
        let mut c = client(&server, who, &format!("{who}-pw"));
        let sql = format!("SELECT casebook_matching_ids(CAST('''{words}'':*'::text AS tsquery))");
        c.query_one(&sql, &[]).unwrap().get::<_, Option<Vec<i64>>>(0).map(|ids| ids.len())
    };
    // The function gives ids only, and only those the login may see.
    assert_eq!((found("hilda", "dora"), found("hank", "dora"), found("audrey", "dora")), (Some(5), Some(3), Some(3)));
    // 5,200 matches: expected so (NULL), or more than 5,000 found (an underestimate): read in the table's order.
    let cathy = found("hank", "cathy");
    assert!(cathy.is_none_or(|n| n > 5_000), "{cathy:?}");
    let exact = |n: i64| Matches { total: n, more: false };
    assert_eq!(page(&mut hilda, "dora diff"), (exact(5), 5, 5));
    assert_eq!(page(&mut member(&server, "hank"), "dora diff"), (exact(3), 3, 3), "no HR case for a handler");
    assert_eq!(page(&mut member(&server, "audrey"), "dora"), (exact(3), 3, 3), "nor for an auditor outside HR");
    assert_eq!(
        page(&mut member(&server, "hank"), "cathy"),
        (Matches { total: SEARCH_COUNT_CAP, more: true }, 100, 5_200)
    );
    assert_eq!(page(&mut hilda, "nobody"), (exact(0), 0, 0));
}

/// A draft kept, then sent by Alice while Bob, who read it as a draft, sends
/// or discards it too: Bob's is refused naming Alice and when, nothing of his
/// written; the letter sent is correspondence out with its PDF among the
/// case's documents, withdrawn once (twice is refused by the database's
/// unique key); the same on either back end.
fn a_draft_sent_meanwhile_is_refused<R>(alice: &mut R, bob: &mut R, alice_is: &str)
where
    R: casebook_store::CaseRegister + casebook_store::LetterRegister,
{
    use chrono::TimeZone;
    let first = Utc.with_ymd_and_hms(2026, 12, 5, 14, 2, 31).unwrap();
    let stamp = |at, actor| casebook_store::Stamp { at, actor };
    let case = alice.log_case(&request("2026-11-02"), None, &[], stamp(first, "alice")).unwrap();
    let pdf = b"%PDF-1.7 the letter".to_vec();
    let draft = casebook_store::NewDraft {
        kind: "acknowledgement",
        language: "en",
        title: "Your request",
        file_name: "CB-2026-0001-acknowledgement.pdf",
        details: "{}",
        letter_date: "2026-12-05".parse().unwrap(),
        pdf: &pdf,
        text: "We received your request.",
        eml: None,
        message_id: None,
    };
    let id = alice.add_draft(case.id, &draft, stamp(first, "alice")).unwrap();
    let seen = bob.draft(case.id, id).unwrap();
    assert_eq!((seen.state.as_str(), seen.made_by.as_str(), seen.has_eml), ("draft", alice_is, false));
    assert_eq!(bob.draft_files(case.id, id).unwrap(), (pdf.clone(), None));
    let out = casebook_store::Correspondence {
        id: 0,
        direction: "out".into(),
        channel: "email".into(),
        at: first,
        subject: Some("Your request".into()),
        body_text: Some("We received your request.".into()),
        message_id: None,
        sha256: None,
    };
    let sent = alice.send_draft(case.id, id, &out, stamp(first, "alice")).unwrap();
    let later = first + chrono::Duration::minutes(5);
    for err in [
        bob.send_draft(case.id, id, &out, stamp(later, "bob")).expect_err("sent meanwhile"),
        bob.discard_draft(case.id, id, stamp(later, "bob")).expect_err("sent meanwhile"),
    ] {
        assert!(matches!(&err, Error::Stale { by, at, .. } if by == alice_is && *at == first), "{err}");
    }
    assert!(matches!(bob.draft(case.id, id + 1), Err(Error::NotFound { what: "draft", .. })));
    let row = bob.draft(case.id, id).unwrap();
    assert_eq!((row.state.as_str(), row.correspondence_id), ("sent", Some(sent)));
    assert_eq!(row.closed_by.as_deref(), Some(alice_is));
    let letters = bob.correspondence(case.id).unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].sha256.as_deref(), Some(casebook_store::sha256_hex(&pdf).as_str()));
    let documents = bob.documents(case.id).unwrap();
    assert_eq!((documents.len(), documents[0].role.as_str()), (1, "letter"));
    assert_eq!(bob.document_head(&documents[0].sha256, 4).unwrap(), b"%PDF");
    assert!(bob.unsent_draft_titles().unwrap().is_empty());
    bob.withdraw_correspondence(case.id, sent, "wrong address", stamp(later, "bob")).unwrap();
    assert!(bob.withdraw_correspondence(case.id, sent, "again", stamp(later, "bob")).is_err());
    let withdrawn = alice.withdrawals(case.id).unwrap();
    assert_eq!((withdrawn.len(), withdrawn[0].reason.as_str()), (1, "wrong address"));
    let actions: Vec<String> = alice.audit_of_case(case.id).unwrap().into_iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            "case.created",
            "letter.drafted",
            "document.added",
            "correspondence.out",
            "letter.sent",
            "correspondence.withdrawn"
        ]
    );
    assert!(alice.audit_anchor().unwrap().starts_with(casebook_store::ANCHOR_PREFIX));
}

#[test]
fn a_draft_sent_by_another_member_meanwhile_is_refused_on_both_back_ends() {
    let server = alice_and_bob_on_both_back_ends(a_draft_sent_meanwhile_is_refused, a_draft_sent_meanwhile_is_refused);
    // An auditor reads a case's letters and writes none.
    server.create_login("register", "audrey", "audrey-pw", &["casebook_auditor"]);
    let mut audrey = member(&server, "audrey");
    use casebook_store::LetterRegister;
    let case = casebook_core::CaseId(1);
    assert_eq!(audrey.drafts(case).unwrap().len(), 1);
    let err = audrey.discard_draft(case, 1, casebook_store::Stamp { at: Utc::now(), actor: "audrey" }).unwrap_err();
    assert!(matches!(&err, Error::PgRefused { user, .. } if user == "audrey"), "{err}");
}

/// One file of `case` from the CRM, with its categories.
fn crm_file<'a>(case: casebook_core::CaseId, categories: &'a [String]) -> casebook_store::NewDataFile<'a> {
    casebook_store::NewDataFile {
        case,
        system: "crm",
        categories,
        file_name: "crm.csv",
        format: "csv",
        identifiers: None,
    }
}

/// A whole file read: two records.
fn two_records(sink: &mut dyn casebook_store::DataSink) -> Result<casebook_store::FileRead, Error> {
    sink.add(1, Some(2), r#"{"email":"ada@example.org","name":"Ada"}"#, None)?;
    sink.add(2, Some(3), r#"{"email":"bob@example.org","name":"Bob"}"#, None)?;
    Ok(casebook_store::FileRead {
        sha256: "ab".repeat(32),
        size: 80,
        columns: vec!["email".into(), "name".into()],
        records_read: 2,
    })
}

#[test]
fn the_person_s_data_is_imported_whole_or_not_at_all_and_the_database_guards_it() {
    use casebook_store::{CaseRegister, DataRegister};
    let server = register_with(&HANDLERS_AND_AUDITOR);
    let stamp = team_stamp();
    let mut hank = member(&server, "hank");
    let case = hank.log_case(&request("2026-11-02"), None, &[], stamp).unwrap();
    let cats = vec!["contact".to_string()];
    let counts = || {
        server.psql("register", "SELECT (SELECT count(*) FROM data_files) || ' ' || (SELECT count(*) FROM data_items) || ' ' || (SELECT count(*) FROM audit_log)")
    };
    let before = counts();

    // A file whose reading fails half-way (a broken quote on line 3) leaves
    // nothing: neither the record read before it nor the file nor an entry.
    let err = hank
        .import_data(&crm_file(case.id, &cats), stamp, |sink| {
            sink.add(1, Some(2), r#"{"email":"ada@example.org"}"#, None)?;
            Err::<casebook_store::FileRead, _>(Error::Corrupt("line 3: a quoted field is never closed".into()))
        })
        .unwrap_err();
    assert!(err.to_string().contains("line 3"), "{err}");
    assert_eq!(counts(), before);
    assert_eq!(server.psql("register", "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"), "0");
    let file = hank.import_data(&crm_file(case.id, &cats), stamp, two_records).unwrap();
    assert_eq!((file.records_kept, file.records_read, file.imported_by.as_str()), (2, 2, "hank"));
    assert_eq!(hank.data_items(case.id, 10, 0).unwrap().len(), 2);

    // An auditor reads the data but imports nothing: refused by the database.
    let mut audrey = member(&server, "audrey");
    assert_eq!(audrey.data_files(case.id).unwrap(), std::slice::from_ref(&file));
    let err = audrey.import_data(&crm_file(case.id, &cats), stamp, two_records).unwrap_err().to_string();
    assert!(err.starts_with("PostgreSQL refused it for role 'audrey': importing data: permission denied"), "{err}");
    let mut sql = client(&server, "audrey", "audrey-pw");
    let id = case.id.0;
    let new_file = format!(
        "INSERT INTO data_files (case_id, system, categories, file_name, format, sha256, size, columns,
             records_read, imported_at) VALUES ({id}, 'crm', '[]', 'x.csv', 'csv', '', 0, '[]', 0, 'now')"
    );
    assert_eq!(refused(&mut sql, &new_file), "42501");
    assert_eq!(
        refused(
            &mut sql,
            &format!("INSERT INTO data_items (file_id, record_no, fields) VALUES ({}, 3, '{{}}')", file.id)
        ),
        "42501"
    );
    let redaction = format!(
        "INSERT INTO data_redactions (case_id, file_id, reason, note, at) VALUES ({id}, {}, 'third-party-data', 'n', 'now')",
        file.id
    );
    assert_eq!(refused(&mut sql, &redaction), "42501");
    // A handler adds, but edits and deletes nothing.
    let mut sql = client(&server, "hank", "hank-pw");
    assert_eq!(refused(&mut sql, "UPDATE data_items SET fields = '{}'"), "42501");
    assert_eq!(refused(&mut sql, "DELETE FROM data_items"), "42501");
    assert_eq!(refused(&mut sql, "DELETE FROM data_files"), "42501");

    // An HR case's data only for casebook_hr members (and the DPO), straight
    // through the tables too; nobody outside HR writes on it.
    let mut hilda = member(&server, "hilda");
    let mut staff = request("2026-11-03");
    staff.subject_category = Some(casebook_core::SubjectCategory::Employee);
    let hr_case = hilda.log_case(&staff, None, &[], stamp).unwrap();
    let hr_file = hilda.import_data(&crm_file(hr_case.id, &cats), stamp, two_records).unwrap();
    let count = |c: &mut postgres::Client, sql: &str| -> i64 { c.query_one(sql, &[]).unwrap().get(0) };
    for who in ["hank", "audrey"] {
        let mut c = client(&server, who, &format!("{who}-pw"));
        assert_eq!(count(&mut c, "SELECT count(*) FROM data_files"), 1, "{who}");
        assert_eq!(count(&mut c, "SELECT count(*) FROM data_items"), 2, "{who}");
        let mut store = member(&server, who);
        assert!(matches!(store.data_file(hr_file.id), Err(Error::NotFound { .. })), "{who}");
        assert!(store.data_files(hr_case.id).unwrap().is_empty(), "{who}");
    }
    let mut c = client(&server, "hilda", "hilda-pw");
    assert_eq!(count(&mut c, "SELECT count(*) FROM data_items"), 4);
    let onto_hr = format!(
        "INSERT INTO data_files (case_id, system, categories, file_name, format, sha256, size, columns,
             records_read, imported_at) VALUES ({}, 'crm', '[]', 'x.csv', 'csv', '', 0, '[]', 0, 'now')",
        hr_case.id.0
    );
    assert_eq!(refused(&mut sql, &onto_hr), "42501");
    let err = hank.import_data(&crm_file(hr_case.id, &cats), stamp, two_records).unwrap_err();
    assert!(matches!(err, Error::NotFound { what: "case", .. }), "{err}");
    assert!(member(&server, "hilda").verify_audit().unwrap().is_intact());
}

/// Cathy's request as an email: the message (with `message_id`), its
/// original and an attachment.
fn cathy_writes<'a>(message_id: &str, original: &'a [u8], attachment: &'a [u8]) -> casebook_store::IncomingMessage<'a> {
    use chrono::TimeZone;
    casebook_store::IncomingMessage {
        correspondence: casebook_store::Correspondence {
            id: 0,
            direction: "in".into(),
            channel: "email".into(),
            at: Utc.with_ymd_and_hms(2026, 11, 2, 9, 0, 0).unwrap(),
            subject: Some("My data".into()),
            body_text: Some("Please send me a copy of my data.".into()),
            message_id: Some(message_id.into()),
            sha256: None,
        },
        original: casebook_store::NewDocument {
            bytes: original,
            content_type: Some("message/rfc822"),
            role: "evidence",
            file_name: Some("request.eml"),
        },
        attachments: vec![casebook_store::NewDocument {
            bytes: attachment,
            content_type: Some("application/pdf"),
            role: "attachment",
            file_name: Some("passport.pdf"),
        }],
    }
}

/// A message opening a case, a reply filed on it, an identity document
/// filed beside them: each one transaction with its audit entries, found
/// again by its Message-ID and its content, the open case by the
/// requester's address; the same on either back end.
fn what_comes_in_is_filed<R>(register: &mut R, member: &str)
where
    R: casebook_store::CaseRegister + casebook_store::IntakeRegister,
{
    use casebook_core::CaseId;
    use chrono::TimeZone;
    let at = Utc.with_ymd_and_hms(2026, 12, 5, 14, 2, 31).unwrap();
    let stamp = casebook_store::Stamp { at, actor: member };
    let message = cathy_writes("<m1@example.com>", b"From: cathy\r\n\r\nmy data", b"%PDF-1.4 passport");
    let notes = ["possible duplicate of nothing".to_string()];
    let case = register.open_case_from_message(&request("2026-11-02"), None, &message, &notes, stamp).unwrap();
    assert_eq!((case.reference.to_string().as_str(), case.notes.len()), ("CB-2026-0001", 1));
    let reply = cathy_writes("<m2@example.com>", b"From: cathy\r\n\r\nhere it is", b"%PDF-1.4 passport");
    register.file_message(case.id, &reply, stamp).unwrap();
    let id = casebook_store::NewDocument {
        bytes: b"\x89PNG\r\n\x1a\n a bill",
        content_type: None,
        role: "identity",
        file_name: Some("bill.png"),
    };
    let filed = register.attach_document(case.id, &id, stamp).unwrap();
    assert_eq!((filed.role.as_str(), filed.size), ("identity", 15));
    let roles: Vec<String> = register.documents(case.id).unwrap().into_iter().map(|d| d.role).collect();
    assert_eq!(roles, ["evidence", "attachment", "evidence", "attachment", "identity"]);
    assert_eq!(register.correspondence(case.id).unwrap().len(), 2);
    // The passport sent twice is stored once, linked twice.
    let passport = casebook_store::sha256_hex(b"%PDF-1.4 passport");
    assert_eq!(register.document_head(&passport, 4).unwrap(), b"%PDF");
    let found = Some(case.id);
    assert_eq!(register.case_of_message(&["<other@x>".into(), "<m2@example.com>".into()]).unwrap(), found);
    assert_eq!(register.message_already_filed(Some("<m1@example.com>"), "none").unwrap(), found);
    let original = casebook_store::sha256_hex(b"From: cathy\r\n\r\nhere it is");
    assert_eq!(register.message_already_filed(None, &original).unwrap(), found);
    assert_eq!(register.message_already_filed(Some("<new@x>"), "none").unwrap(), None);
    assert_eq!(register.open_cases_with_email("Cathy@Example.com").unwrap(), [case.id]);
    assert!(register.open_cases_with_email("nobody@example.com").unwrap().is_empty());
    // A case that is not there takes nothing, and nothing of it is written.
    assert!(register.attach_document(CaseId(99), &id, stamp).is_err());
    let actions: Vec<String> = register.audit_of_case(case.id).unwrap().into_iter().map(|a| a.action).collect();
    assert_eq!(
        actions,
        [
            "case.created",
            "document.added",
            "document.added",
            "correspondence.in",
            "note.added",
            "document.added",
            "document.added",
            "correspondence.in",
            "document.added"
        ]
    );
}

#[test]
fn what_comes_in_is_filed_the_same_on_both_back_ends_and_the_database_guards_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("casebook.db");
    let mut file = casebook_store::Store::open(&path, casebook_store::OpenMode::CreateIfMissing).unwrap();
    what_comes_in_is_filed(&mut file, "test-dpo");

    let server = register_with(&HANDLERS_AND_AUDITOR);
    let mut hank = member(&server, "hank");
    what_comes_in_is_filed(&mut hank, "hank");
    assert!(hank.verify_audit().unwrap().is_intact());

    // An auditor files nothing and opens no case: refused by the database, nothing written.
    use casebook_store::{IntakeRegister, LetterRegister};
    let mut audrey = member(&server, "audrey");
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "audrey" };
    let doc =
        casebook_store::NewDocument { bytes: b"%PDF-1.4 x", content_type: None, role: "identity", file_name: None };
    let entries = server.psql("register", "SELECT count(*) FROM audit_log");
    let case = casebook_core::CaseId(1);
    for err in [
        audrey.attach_document(case, &doc, stamp).unwrap_err(),
        audrey.file_message(case, &cathy_writes("<a@x>", b"a", b"b"), stamp).unwrap_err(),
        audrey
            .open_case_from_message(&request("2026-11-03"), None, &cathy_writes("<b@x>", b"a", b"b"), &[], stamp)
            .unwrap_err(),
    ] {
        assert!(matches!(&err, Error::PgRefused { user, .. } if user == "audrey"), "{err}");
    }
    assert_eq!(server.psql("register", "SELECT count(*) FROM audit_log"), entries);
    assert_eq!(audrey.documents(case).unwrap().len(), 5, "the auditor reads them");

    // An HR case's documents and messages are for HR eyes, through the tables too.
    let mut hilda = member(&server, "hilda");
    let employee = casebook_core::NewCase {
        subject_category: Some(casebook_core::SubjectCategory::Employee),
        ..request("2026-11-04")
    };
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "hilda" };
    let secret = cathy_writes("<hr@x>", b"From: cathy\r\n\r\nmy HR file", b"%PDF-1.4 payslip");
    let hr = hilda.open_case_from_message(&employee, None, &secret, &[], stamp).unwrap();
    assert_eq!(hilda.documents(hr.id).unwrap().len(), 2);
    for who in [&mut hank, &mut audrey] {
        assert!(who.documents(hr.id).unwrap().is_empty());
        assert!(who.correspondence(hr.id).unwrap().is_empty());
        // A message filed on it is not taken for a new one: refused, naming who may import it.
        let ids = ["<hr@x>".to_string()];
        for err in
            [who.message_already_filed(Some("<hr@x>"), "none").unwrap_err(), who.case_of_message(&ids).unwrap_err()]
        {
            assert!(matches!(&err, Error::PgRefused { what, .. } if what.contains("casebook_hr imports it")), "{err}");
        }
        let payslip = casebook_store::sha256_hex(b"From: cathy\r\n\r\nmy HR file");
        assert!(who.message_already_filed(None, &payslip).is_err());
        assert_eq!(who.message_already_filed(Some("<new@x>"), "none").unwrap(), None);
        assert_eq!(who.open_cases_with_email("cathy@example.com").unwrap(), [case]);
    }
    let err = hank.attach_document(hr.id, &doc, casebook_store::Stamp { at: Utc::now(), actor: "hank" }).unwrap_err();
    assert!(matches!(err, Error::NotFound { what: "case", .. }), "{err}");
    let count =
        |role: &str, table: &str| server.psql("register", &format!("SET ROLE {role}; SELECT count(*) FROM {table}"));
    for table in ["case_documents", "documents", "correspondence", "case_emails"] {
        let (outside, inside) = (count("hank", table), count("hilda", table));
        assert!(outside < inside, "{table}: hank sees {outside}, hilda {inside}");
    }
    assert_eq!(count("hank", "documents"), "4");
    assert_eq!(count("hilda", "documents"), "6");
}

/// A format-1 or format-2 entry's hash (the local register's `entry_hash`):
/// every field length-prefixed, an absent text as one NUL.
fn older_entry_hash(prev: &str, id: i64, at: &str, action: &str, after: Option<&str>) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    for field in [prev, &id.to_string(), at, "dpo", "", action, "\u{0}", after.unwrap_or("\u{0}")] {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A local register whose log holds entries of formats 1 and 2 (as
/// Casebook wrote them before schemas 7 and 9) and then a case logged now
/// (format 3): the file's path, its case and its head.
fn local_register_of_every_format(dir: &std::path::Path) -> (std::path::PathBuf, casebook_core::CaseId) {
    use casebook_store::{CaseRegister, OpenMode, Store};
    use sha2::{Digest, Sha256};
    let path = dir.join("local.db");
    drop(Store::open(&path, OpenMode::CreateIfMissing).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    let at = "2025-03-01T09:00:00.000000Z";
    let first = older_entry_hash(&"0".repeat(64), 1, at, "settings.changed", Some("{\"a\":1}"));
    let digest: String = Sha256::digest(b"{\"a\":2}").iter().map(|b| format!("{b:02x}")).collect();
    let second = older_entry_hash(&first, 2, at, "settings.changed", Some(&digest));
    conn.execute_batch(&format!(
        "INSERT INTO audit_log (id, at, actor, action, after, prev_hash, hash, format)
             VALUES (1, '{at}', 'dpo', 'settings.changed', '{{\"a\":1}}', '{zero}', '{first}', 1);
         INSERT INTO audit_log (id, at, actor, action, after, prev_hash, hash, format, after_sha256)
             VALUES (2, '{at}', 'dpo', 'settings.changed', '{{\"a\":2}}', '{first}', '{second}', 2, '{digest}');
         INSERT INTO settings (key, value) VALUES ('audit_head', '{{\"id\":2,\"hash\":\"{second}\"}}')
             ON CONFLICT (key) DO UPDATE SET value = excluded.value;",
        zero = "0".repeat(64)
    ))
    .unwrap();
    drop(conn);
    let mut store = Store::open(&path, OpenMode::MustExist).unwrap();
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dpo" };
    let case = store.log_case(&request("2026-11-02"), None, &[], stamp).unwrap();
    store.add_note(case.id, "called back", stamp).unwrap();
    assert!(store.verify_audit().unwrap().is_intact());
    (path, case.id)
}

#[test]
fn a_local_register_moves_in_whole_with_its_older_entries_and_only_a_dpo_opens_the_door() {
    use casebook_store::{CaseRegister, OpenMode, Store};
    let dir = tempfile::tempdir().unwrap();
    let (path, case_id) = local_register_of_every_format(dir.path());
    let mut local = Store::open(&path, OpenMode::MustExist).unwrap();
    let local_audit = local.verify_audit().unwrap();
    let server = register_with(&[("dora", &["casebook_dpo"]), ("hank", &["casebook_handler"])]);
    let url = |who: &str| config(&server.url(who, &format!("{who}-pw"), "register"));

    // A handler may not; nor may anyone but a DPO call the door directly.
    let err = PgStore::open(&url("hank")).unwrap().migrate_in(&local, "local.db", &[], Utc::now()).unwrap_err();
    assert!(matches!(&err, Error::PgMoveNeedsDpo { user, .. } if user == "hank"), "{err}");
    let door = "SELECT casebook_migrate_audit(ARRAY[1]::bigint[], ARRAY['a'], ARRAY['x'], ARRAY[NULL]::bigint[],
                ARRAY[NULL], ARRAY['forged'], ARRAY[NULL], ARRAY[NULL], ARRAY[repeat('0', 64)], ARRAY['h'],
                ARRAY[3], ARRAY[NULL], ARRAY[NULL], ARRAY[NULL], ARRAY[NULL])";
    assert_eq!(refused(&mut client(&server, "hank", "hank-pw"), door), "42501");

    let mut dora = PgStore::open(&url("dora")).unwrap();
    let moved = dora.migrate_in(&local, "local.db", &[], Utc::now()).unwrap();
    assert_eq!((moved.cases, moved.entries, moved.entry), (1, local_audit.entries, local_audit.entries + 1));
    assert_eq!(
        (moved.local_head.as_str(), moved.team_hash_at_local_head.as_str()),
        (local_audit.head.as_str(), local_audit.head.as_str())
    );
    for t in &moved.tables {
        assert_eq!(t.team, t.local + i64::from(t.table == "audit_log"), "{t:?}");
    }
    let team_audit = dora.verify_audit().unwrap();
    assert!(team_audit.is_intact(), "{team_audit:?}");
    assert_eq!((team_audit.entries, team_audit.linked_only), (local_audit.entries + 1, 0));
    assert_eq!(server.psql("register", "SELECT string_agg(format::text, ',' ORDER BY id) FROM audit_log"), "1,2,3,3,3");
    // The case reads the same, with its id, and its entries keep their actor.
    let (on_file, on_team) = (local.case_with_version(case_id).unwrap(), dora.case_with_version(case_id).unwrap());
    assert_eq!(on_team, on_file);
    assert_eq!(dora.audit_of_case(case_id).unwrap(), local.audit_of_case(case_id).unwrap());

    // Once the chain has a head the door is shut, for the DPO too.
    let again = dora.migrate_in(&local, "local.db", &[], Utc::now()).unwrap_err().to_string();
    assert!(
        again.contains("1 row in case_sequence, 1 case, 1 row in case_rights") && again.contains("5 audit entries"),
        "{again}"
    );
    assert_eq!(refused(&mut client(&server, "dora", "dora-pw"), door), "42501");
    // An older format written after the move is refused by verification.
    server.psql(
        "register",
        "INSERT INTO audit_log (id, at, actor, action, prev_hash, hash, format)
             SELECT 6, 'x', 'dora', 'settings.changed', hash, 'h', 1 FROM audit_log WHERE id = 5;
         UPDATE audit_head SET id = 6, hash = 'h'",
    );
    let broken = dora.verify_audit().unwrap();
    assert_eq!((broken.first_broken, broken.problem.as_deref()), (Some(6), Some("entry 6 has unknown format 1")));
}

/// Retention on a team register erases the text of a deleted case's audit
/// entries whose digests the chain covers (format 2 on), never of an entry
/// in format 1 (a local register's from before its schema 7, moved in by
/// `team migrate`), whose hash covers its text: that one keeps it, as on a
/// local register, and is counted as kept.
#[test]
fn a_deleted_case_s_format_1_entry_keeps_its_text() {
    use casebook_store::{CaseRegister, RetentionRegister};
    let server = register_with(&[("dora", &["casebook_dpo"])]);
    let mut dora = member(&server, "dora");
    let stamp = casebook_store::Stamp { at: Utc::now(), actor: "dora" };
    let case = dora.log_case(&request("2026-01-05"), None, &["called back".into()], stamp).unwrap();
    // As a move would have left it: an older entry of the case, and the case closed.
    server.psql(
        "register",
        &format!(
            "INSERT INTO audit_log (id, at, actor, case_id, reference, action, after, prev_hash, hash, format)
                 SELECT id + 1, at, 'dpo', case_id, reference, 'case.updated', '{{\"name\":\"Old Text\"}}', hash, 'h1', 1
                 FROM audit_log ORDER BY id DESC LIMIT 1;
             UPDATE audit_head SET id = id + 1, hash = 'h1';
             UPDATE cases SET status = 'closed', closed_on = '2026-02-01', outcome = 'fulfilled' WHERE id = {}",
            case.id.0
        ),
    );
    let format_3 = server
        .psql("register", &format!("SELECT count(*) FROM audit_log WHERE case_id = {} AND format = 3", case.id.0));
    let deleted = dora.delete_closed_case(case.id, &serde_json::json!({"reference": "x"}), stamp).unwrap();
    assert_eq!(deleted.audit_entries_kept, 1);
    assert_eq!(deleted.audit_entries_erased.to_string(), format_3);
    assert_eq!(
        server.psql(
            "register",
            &format!(
                "SELECT string_agg(format || ':' || coalesce(after, '-'), ' ' ORDER BY id) FROM audit_log
                 WHERE case_id = {} AND action <> 'case.deleted'",
                case.id.0
            )
        ),
        format!("{} 1:{{\"name\":\"Old Text\"}}", vec!["3:-"; format_3.parse().unwrap()].join(" "))
    );
}

/// When a register began, which the backup reminder counts from before the
/// first backup: its first audit entry's instant on either back end, on a
/// team register the first the member may read (an HR case's entry is not
/// a handler's outside HR), and none for a register without entries.
#[test]
fn a_register_began_at_the_first_audit_entry_its_member_may_read() {
    use casebook_store::{CaseRegister, OpenMode, Stamp, Store};
    let server = register_with(&[("dora", &["casebook_dpo"]), ("hank", &["casebook_handler"])]);
    let (mut dora, mut hank) = (member(&server, "dora"), member(&server, "hank"));
    let dir = tempfile::tempdir().unwrap();
    let mut local = Store::open(&dir.path().join("local.db"), OpenMode::CreateIfMissing).unwrap();
    assert_eq!((dora.first_audit_at().unwrap(), local.first_audit_at().unwrap()), (None, None));

    let at = |s: &str| s.parse::<chrono::DateTime<Utc>>().unwrap();
    let mut staff = request("2026-11-02");
    staff.subject_category = Some(casebook_core::SubjectCategory::Employee);
    let first = Stamp { at: at("2026-11-02T09:00:00Z"), actor: "dora" };
    let second = Stamp { at: at("2026-11-03T09:00:00Z"), actor: "dora" };
    dora.log_case(&staff, None, &[], first).unwrap();
    dora.log_case(&request("2026-11-03"), None, &[], second).unwrap();
    local.log_case(&staff, None, &[], Stamp { actor: "dpo", ..first }).unwrap();
    local.log_case(&request("2026-11-03"), None, &[], Stamp { actor: "dpo", ..second }).unwrap();

    assert_eq!(dora.first_audit_at().unwrap().as_deref(), Some("2026-11-02T09:00:00.000000Z"));
    assert_eq!(local.first_audit_at().unwrap(), dora.first_audit_at().unwrap());
    assert_eq!(
        hank.first_audit_at().unwrap().as_deref(),
        Some("2026-11-03T09:00:00.000000Z"),
        "the HR case's entry is hidden"
    );
}

/// Own letter templates (schema 16): every member reads them, only the DPO
/// changes them, and only by adding a row in their own name; replacing one
/// or going back to the built-in one keeps every earlier text; each change
/// is an audit entry of the chain.
#[test]
fn own_letter_templates_are_the_dpos_to_change_and_keep_every_text() {
    let server = register_with(&[
        ("dora", &["casebook_dpo"]),
        ("hank", &["casebook_handler"]),
        ("audrey", &["casebook_auditor"]),
    ]);
    let stamp = team_stamp();
    let (mut dora, mut hank, mut audrey) =
        (member(&server, "dora"), member(&server, "hank"), member(&server, "audrey"));

    let (first, replaced) = dora.set_own_letter_template("en", "refusal", "Ours\n\nNo.", stamp).unwrap();
    assert_eq!((first.set_by.as_str(), replaced), ("dora", None));
    let (second, replaced) = dora.set_own_letter_template("en", "refusal", "Ours\n\nStill no.", stamp).unwrap();
    assert_eq!(replaced.map(|r| (r.id, r.text)), Some((first.id, "Ours\n\nNo.".to_string())));
    // Every member reads the one in force.
    for store in [&mut hank, &mut audrey] {
        let own = store.own_letter_templates().unwrap();
        assert_eq!(own.iter().map(|t| (t.id, t.text.as_str())).collect::<Vec<_>>(), [(second.id, "Ours\n\nStill no.")]);
    }
    // A handler's or an auditor's change is refused by the database, naming the role.
    for (store, user) in [(&mut hank, "hank"), (&mut audrey, "audrey")] {
        let err = store.set_own_letter_template("en", "refusal", "Mine\n\nx", stamp).unwrap_err().to_string();
        assert!(
            err.starts_with(&format!("PostgreSQL refused it for role '{user}': setting an own letter template (only casebook_dpo may): permission denied")),
            "{err}"
        );
        let err = store.restore_builtin_letter_template("en", "refusal", stamp).unwrap_err().to_string();
        assert!(err.contains(&format!("role '{user}'")) && err.contains("permission denied"), "{err}");
    }
    let mut hank_sql = client(&server, "hank", "hank-pw");
    let insert = "INSERT INTO letter_templates (language, kind, text, set_at) VALUES ('en', 'refusal', 'x', 'now')";
    assert_eq!(refused(&mut hank_sql, insert), "42501");
    // Nobody rewrites or deletes a text, not even the DPO; nor adds one in another's name.
    let mut dora_sql = client(&server, "dora", "dora-pw");
    assert_eq!(refused(&mut dora_sql, "UPDATE letter_templates SET text = 'x'"), "42501");
    assert_eq!(refused(&mut dora_sql, "DELETE FROM letter_templates"), "42501");
    let forged = "INSERT INTO letter_templates (language, kind, text, set_by, set_at) VALUES ('en', 'refusal', 'x', 'hank', 'now')";
    assert_eq!(refused(&mut dora_sql, forged), "42501");
    // Nor a text larger than a template may be.
    let big = format!(
        "INSERT INTO letter_templates (language, kind, text, set_at) VALUES ('en', 'refusal', repeat('x', {}), 'now')",
        256 * 1024 + 1
    );
    assert_eq!(refused(&mut dora_sql, &big), "23514");

    // Back to the built-in one: nothing in force, every text still there.
    let aside = dora.restore_builtin_letter_template("en", "refusal", stamp).unwrap();
    assert_eq!(aside.id, second.id);
    assert!(dora.own_letter_templates().unwrap().is_empty());
    let history = audrey.letter_template_history("en", "refusal").unwrap();
    let texts: Vec<Option<&str>> = history.iter().map(|(_, t)| t.as_deref()).collect();
    assert_eq!(texts, [Some("Ours\n\nNo."), Some("Ours\n\nStill no."), None]);
    let err = dora.restore_builtin_letter_template("en", "refusal", stamp).unwrap_err();
    assert!(matches!(err, Error::NotFound { .. }), "{err}");

    // Three changes, three entries of the chain, each saying what it replaced.
    assert_eq!(
        server.psql(
            "register",
            "SELECT string_agg(actor || ':' || (before IS NOT NULL)::text, ' ' ORDER BY id) FROM audit_log
             WHERE action = 'settings.letter-template'"
        ),
        "dora:false dora:true dora:true"
    );
    assert!(audrey.verify_audit().unwrap().is_intact());
}

/// Schema 17: a new team register is of this version's deadline rules; a
/// revision is recorded only by the DPO, in their own name, audited as on a
/// local register, and never rewritten; every member reads it.
#[test]
fn the_deadline_rules_revision_is_the_dpos_to_record_and_every_member_reads_it() {
    use casebook_core::deadline::RULES_REVISION;
    use casebook_store::RulesRevision;

    let server = register_with(&[("dora", &["casebook_dpo"]), ("hank", &["casebook_handler"])]);
    let (mut dora, mut hank) = (member(&server, "dora"), member(&server, "hank"));
    for store in [&mut dora, &mut hank] {
        assert_eq!(store.rules_revision().unwrap(), RULES_REVISION, "a new register's dates are of these rules");
    }
    assert_eq!((dora.is_dpo().unwrap(), hank.is_dpo().unwrap()), (true, false));
    // As a register an older Casebook left: no revision.
    server.psql("register", "DELETE FROM deadline_rules");
    assert_eq!(hank.rules_revision().unwrap(), 0);

    let update = RulesRevision { revision: RULES_REVISION, recomputed: vec!["CB-2026-0001".into()] };
    let err = hank.record_rules(&update, team_stamp()).unwrap_err().to_string();
    assert!(
        err.starts_with("PostgreSQL refused it for role 'hank': recording the deadline rules' revision (only casebook_dpo may): permission denied"),
        "{err}"
    );
    dora.record_rules(&update, team_stamp()).unwrap();
    assert_eq!(hank.rules_revision().unwrap(), RULES_REVISION);
    assert_eq!(
        server.psql(
            "register",
            "SELECT actor || ' ' || action || ' ' || coalesce(before, '-') || ' ' || after FROM audit_log ORDER BY id DESC LIMIT 1"
        ),
        format!("dora settings.deadline_rules - {{\"revision\":{RULES_REVISION},\"recomputed\":[\"CB-2026-0001\"]}}")
    );
    assert_eq!(
        server.psql("register", "SELECT revision || ' ' || recomputed || ' ' || set_by FROM deadline_rules"),
        format!("{RULES_REVISION} [\"CB-2026-0001\"] dora")
    );
    // Nobody rewrites or deletes a revision, nor records one in another's name.
    let mut dora_sql = client(&server, "dora", "dora-pw");
    assert_eq!(refused(&mut dora_sql, "UPDATE deadline_rules SET revision = 99"), "42501");
    assert_eq!(refused(&mut dora_sql, "DELETE FROM deadline_rules"), "42501");
    let forged = "INSERT INTO deadline_rules (revision, recomputed, set_by, set_at) VALUES (9, '[]', 'hank', 'now')";
    assert_eq!(refused(&mut dora_sql, forged), "42501");
    let mut hank_sql = client(&server, "hank", "hank-pw");
    assert_eq!(
        refused(&mut hank_sql, "INSERT INTO deadline_rules (revision, recomputed, set_at) VALUES (9, '[]', 'now')"),
        "42501"
    );
    assert!(dora.verify_audit().unwrap().problem.is_none());
}
