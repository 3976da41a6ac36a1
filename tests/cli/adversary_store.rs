//! Hardening (#18), the register on disk: restores that keep every earlier
//! register, busy that never means failed, empty package passwords, wrong
//! passphrases that change no byte, and owner-only files and folders.
//!
//! Local register only: the team run of the suite (`make test-team`) skips
//! this module; tests/cli/team.rs has the team register's own.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::harness::{Book, Run};

const PASS: &str = "correct horse battery staple";

/// `casebook --db <db> args…` with extra environment.
fn run(db: &Path, now: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("CASEBOOK_NOW", now)
        .env("USER", "test-dpo")
        .env_remove("CASEBOOK_DB")
        .env_remove("CASEBOOK_PASSPHRASE")
        .env_remove("CASEBOOK_PACKAGE_PASSWORD")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("casebook runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn ok(r: Run) -> Run {
    assert_eq!(r.code, 0, "failed: {}", r.stderr);
    r
}

fn json(r: Run) -> Value {
    let r = ok(r);
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", r.stdout))
}

fn case_count(db: &Path, now: &str) -> usize {
    json(run(db, now, &["--json", "case", "list"], &[])).as_array().unwrap().len()
}

#[test]
fn restoring_three_times_in_the_same_second_keeps_all_three_earlier_registers() {
    let book = Book::new();
    book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &[]);
    let dir = book.dir.clone();
    let backup = dir.join("one-case.db");
    ok(book.run(&["backup", "--out", backup.to_str().unwrap()]));
    // CASEBOOK_NOW is fixed: every restore has the same instant, so the same stamp.
    let mut kept = Vec::new();
    for round in 1..=3 {
        for i in 0..round {
            book.new_case(&format!("Person {round}-{i}"), "p@example.org", "2026-11-03", &[]);
        }
        assert_eq!(case_count(&book.db, &book.now), 1 + round);
        let r = book.json(&["restore", backup.to_str().unwrap(), "--force"]);
        kept.push(PathBuf::from(r["previous_kept_as"].as_str().unwrap()));
        assert_eq!(case_count(&book.db, &book.now), 1);
    }
    let names: std::collections::BTreeSet<_> = kept.iter().collect();
    assert_eq!(names.len(), 3, "three kept registers under three names: {kept:?}");
    for (i, k) in kept.iter().enumerate() {
        assert_eq!(case_count(k, &book.now), 2 + i, "{} holds the register before restore {}", k.display(), i + 1);
        let audit = json(run(k, &book.now, &["--json", "audit", "verify"], &[]));
        assert_eq!(audit["first_broken"], Value::Null);
    }
}

#[test]
fn an_empty_package_password_in_the_environment_is_refused_like_an_empty_password_fd() {
    let book = Book::with_systems(&["crm"]);
    let r = book.new_case("Ada Lovelace", "ada@example.org", "2026-11-02", &["--right", "portability"]);
    let dir = book.dir.clone();
    let crm = dir.join("crm.csv");
    std::fs::write(&crm, "email,name\nada@example.org,Ada Lovelace\n").unwrap();
    book.json(&["data", "import", &r, "--system", "crm", "--categories", "contact", crm.to_str().unwrap()]);
    book.json(&["case", "searched", &r, "--system", "crm", "--result", "found"]);
    crate::letter_facts::answer_rights(&book, &r, &["portability"]);
    let out = dir.join("package.zip");
    let before = std::fs::read_dir(&dir).unwrap().count();
    let env = [("CASEBOOK_PACKAGE_PASSWORD", "")];
    let refused = run(&book.db, &book.now, &["package", "export", &r, "--out", out.to_str().unwrap()], &env);
    refused.fails_with("CASEBOOK_PACKAGE_PASSWORD is set but empty");
    assert!(!out.exists(), "no plain package was written");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), before, "nothing was left behind");
    // Without it the package is plain, and verify refuses the empty one too.
    ok(run(&book.db, &book.now, &["package", "export", &r, "--out", out.to_str().unwrap()], &[]));
    run(&book.db, &book.now, &["package", "verify", out.to_str().unwrap()], &env)
        .fails_with("CASEBOOK_PACKAGE_PASSWORD is set but empty");
}

/// The register file and, when there, its WAL, byte for byte.
fn files_of(db: &Path) -> BTreeMap<String, Vec<u8>> {
    let dir = db.parent().unwrap();
    let mut files = BTreeMap::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        // The shared-memory index is rebuilt from the WAL by any reader.
        if !name.ends_with("-shm") {
            files.insert(name, std::fs::read(e.path()).unwrap());
        }
    }
    files
}

fn keyed(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "key", PASS).unwrap();
    conn
}

#[test]
fn a_wrong_passphrase_leaves_the_register_and_its_wal_byte_identical() {
    let book = Book::empty();
    let env = [("CASEBOOK_PASSPHRASE", PASS)];
    ok(run(&book.db, &book.now, &["init", "--name", "Acme Ltd"], &env));
    ok(run(
        &book.db,
        &book.now,
        &[
            "case",
            "new",
            "--requester-name",
            "Ada",
            "--channel",
            "phone",
            "--received",
            "2026-11-20",
            "--right",
            "access",
        ],
        &env,
    ));
    let wrong = [("CASEBOOK_PASSPHRASE", "not the passphrase at all")];

    // Closed cleanly: no WAL.
    let before = files_of(&book.db);
    run(&book.db, &book.now, &["case", "list"], &wrong).fails_with("wrong passphrase");
    assert_eq!(files_of(&book.db), before, "a wrong passphrase changed or left files");

    // As a crash leaves it: committed work still in the WAL. The files are
    // copied while a connection holds them, so the WAL is not folded in.
    let crashed_dir = tempfile::tempdir().unwrap();
    let crashed = crashed_dir.path().join("casebook.db");
    {
        let conn = keyed(&book.db);
        conn.execute("INSERT INTO settings (key, value) VALUES ('wal_probe', '\"in the wal\"')", []).unwrap();
        for suffix in ["", "-wal", "-shm"] {
            let from = format!("{}{suffix}", book.db.display());
            std::fs::copy(&from, format!("{}{suffix}", crashed.display())).unwrap();
        }
    }
    let before = files_of(&crashed);
    assert!(before.get("casebook.db-wal").is_some_and(|w| w.len() > 32), "the copy has a WAL with frames");
    for _ in 0..2 {
        run(&crashed, &book.now, &["case", "list"], &wrong).fails_with("wrong passphrase");
        assert_eq!(files_of(&crashed), before, "a wrong passphrase folded the WAL in or deleted it");
    }
    // The right one still finds the work that was only in the WAL.
    let probe: String =
        keyed(&crashed).query_row("SELECT value FROM settings WHERE key = 'wal_probe'", [], |r| r.get(0)).unwrap();
    assert_eq!(probe, "\"in the wal\"");
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).permissions().mode() & 0o777
}

/// `casebook` run under `umask 022`, the common default that makes new files world-readable.
fn run_umask(db: &Path, now: &str, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = Command::new("sh")
        .arg("-c")
        .arg("umask 022; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_casebook"))
        .args(["--db", db.to_str().unwrap()])
        .args(args)
        .env("CASEBOOK_NOW", now)
        .env("USER", "test-dpo")
        .env_remove("CASEBOOK_DB")
        .env_remove("CASEBOOK_PASSPHRASE")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn the_register_its_wal_backups_exports_and_folders_are_owner_only_whatever_the_umask() {
    let top = tempfile::tempdir().unwrap();
    let now = "2026-11-29T10:00:00Z";
    let db = top.path().join("office/registers/casebook.db");
    let go = |args: &[&str]| ok(run_umask(&db, now, args, &[]));
    go(&["init", "--name", "Acme Ltd", "--dpo-email", "dpo@acme.example"]);
    for dir in ["office", "office/registers"] {
        assert_eq!(mode(&top.path().join(dir)), 0o700, "{dir}");
    }
    assert_eq!(mode(&db), 0o600);
    let r = json(go(&[
        "--json",
        "case",
        "new",
        "--requester-name",
        "Ada Lovelace",
        "--requester-email",
        "ada@example.org",
        "--channel",
        "email",
        "--received",
        "2026-11-02",
        "--right",
        "access",
    ]))["reference"]
        .as_str()
        .unwrap()
        .to_string();
    // The WAL and shared-memory files exist while the register is open.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.query_row("SELECT count(*) FROM cases", [], |r| r.get::<_, i64>(0)).unwrap();
        go(&["note", "add", &r, "a note while another program has the register open"]);
        for suffix in ["-wal", "-shm"] {
            assert_eq!(mode(Path::new(&format!("{}{suffix}", db.display()))), 0o600, "{suffix}");
        }
    }
    let out = top.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o755)).unwrap();
    let at = |name: &str| out.join(name).to_str().unwrap().to_string();
    go(&["backup", "--out", &at("backup.db")]);
    go(&["case", "evidence", &r, "--out", &at("evidence.pdf")]);
    go(&["letter", "template", "customise", "no-data", "--lang", "en"]);
    let templates = top.path().join("office/registers/templates");
    assert_eq!(mode(&templates), 0o700);
    assert_eq!(mode(&templates.join("en")), 0o700);
    assert_eq!(mode(&templates.join("en/no-data.txt")), 0o600);
    for file in ["backup.db", "evidence.pdf"] {
        assert_eq!(mode(&out.join(file)), 0o600, "{file}");
    }
    // A restore: the new register and the old one kept beside it.
    let restored = json(go(&["--json", "restore", &at("backup.db"), "--force"]));
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(Path::new(restored["previous_kept_as"].as_str().unwrap())), 0o600);
    let elsewhere = top.path().join("new/place/casebook.db");
    ok(run_umask(&elsewhere, now, &["restore", &at("backup.db")], &[]));
    assert_eq!((mode(&top.path().join("new")), mode(&top.path().join("new/place"))), (0o700, 0o700));
    assert_eq!(mode(&elsewhere), 0o600);
    // Encrypting replaces the file: still owner-only.
    ok(run_umask(&db, now, &["encrypt"], &[("CASEBOOK_PASSPHRASE", PASS)]));
    assert_eq!(mode(&db), 0o600);
    let enc = top.path().join("enc/casebook.db");
    ok(run_umask(&enc, now, &["init", "--name", "Acme Ltd"], &[("CASEBOOK_PASSPHRASE", PASS)]));
    assert_eq!((mode(&top.path().join("enc")), mode(&enc)), (0o700, 0o600));
}

/// A minimal request email with its own Message-ID.
fn request_email(id: &str) -> String {
    format!(
        "From: Person {id} <p{id}@example.org>\r\nTo: privacy@acme.example\r\nSubject: Subject access request\r\n\
         Date: Mon, 23 Nov 2026 10:00:00 +0000\r\nMessage-ID: <{id}@example.org>\r\n\r\n\
         Please send me a copy of all personal data you hold about me (subject access request).\r\n"
    )
}

fn mbox(ids: &[String]) -> String {
    ids.iter().map(|id| format!("From p{id}@example.org Mon Nov 23 10:00:00 2026\n{}\n", request_email(id))).collect()
}

/// What the workers saw: each command's outcome.
#[derive(Default)]
struct Tally {
    ok: BTreeMap<&'static str, usize>,
    failures: Vec<String>,
}

fn step_through(book: &Book, tally: &Mutex<Tally>, what: &'static str, args: &[&str]) -> bool {
    let r = book.run(args);
    let mut t = tally.lock().unwrap();
    if r.code == 0 {
        *t.ok.entry(what).or_default() += 1;
    } else {
        t.failures.push(format!("{what} {args:?}: {}", r.stderr.trim()));
    }
    r.code == 0
}

#[test]
fn busy_is_not_failure_with_imports_notes_steps_and_backups_at_once() {
    let seconds: u64 = std::env::var("CASEBOOK_TEST_BUSY_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(60);
    let book = Arc::new(Book::new());
    let dir = book.dir.clone();
    let noted: Vec<String> =
        (0..3).map(|i| book.new_case(&format!("Noted {i}"), &format!("n{i}@example.org"), "2026-11-20", &[])).collect();
    let tally = Arc::new(Mutex::new(Tally::default()));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut workers = Vec::new();

    // Two importers, each a new mbox of 20 requests per round.
    for w in 0..2 {
        let (book, tally, dir) = (book.clone(), tally.clone(), dir.clone());
        workers.push(std::thread::spawn(move || {
            let mut round = 0;
            let mut imported = Vec::new();
            while Instant::now() < deadline {
                let ids: Vec<String> = (0..20).map(|i| format!("w{w}-r{round}-m{i}")).collect();
                let path = dir.join(format!("import-{w}-{round}.mbox"));
                std::fs::write(&path, mbox(&ids)).unwrap();
                if step_through(&book, &tally, "import", &["import", path.to_str().unwrap()]) {
                    imported.extend(ids);
                }
                round += 1;
            }
            imported
        }));
    }
    // Two writers of notes on the same three cases.
    let mut note_workers = Vec::new();
    for w in 0..2 {
        let (book, tally, noted) = (book.clone(), tally.clone(), noted.clone());
        note_workers.push(std::thread::spawn(move || {
            let mut added: BTreeMap<String, usize> = BTreeMap::new();
            let mut n = 0;
            while Instant::now() < deadline {
                let r = &noted[n % noted.len()];
                if step_through(&book, &tally, "note", &["note", "add", r, &format!("note {n} from writer {w}")]) {
                    *added.entry(r.clone()).or_default() += 1;
                }
                n += 1;
            }
            added
        }));
    }
    // Two workers taking fresh cases through their steps, while the notes above land on others.
    let mut step_workers = Vec::new();
    for w in 0..2 {
        let (book, tally) = (book.clone(), tally.clone());
        step_workers.push(std::thread::spawn(move || {
            let mut done = Vec::new();
            let mut n = 0;
            while Instant::now() < deadline {
                let new = book.run(&[
                    "--json",
                    "case",
                    "new",
                    "--requester-name",
                    &format!("Stepped {w}-{n}"),
                    "--channel",
                    "phone",
                    "--received",
                    "2026-11-20",
                    "--right",
                    "access",
                ]);
                if new.code != 0 {
                    tally.lock().unwrap().failures.push(format!("case new: {}", new.stderr.trim()));
                    continue;
                }
                let r = serde_json::from_str::<Value>(&new.stdout).unwrap()["reference"].as_str().unwrap().to_string();
                let steps: [&[&str]; 3] = [
                    &["case", "acknowledge", &r, "--on", "2026-11-21"],
                    &["identity", "request", &r, "--on", "2026-11-22", "--what", "a utility bill"],
                    &["identity", "received", &r, "--on", "2026-11-24"],
                ];
                let all = steps.iter().all(|args| step_through(&book, &tally, "step", args));
                if all {
                    done.push(r);
                }
                n += 1;
            }
            done
        }));
    }
    // One backup after another.
    let backups = {
        let (book, tally, dir) = (book.clone(), tally.clone(), dir.clone());
        std::thread::spawn(move || {
            let mut written = Vec::new();
            let mut n = 0;
            while Instant::now() < deadline {
                let out = dir.join(format!("backup-{n}.db"));
                if step_through(&book, &tally, "backup", &["backup", "--out", out.to_str().unwrap()]) {
                    written.push(out);
                } else {
                    assert!(!out.exists(), "a failed backup left {}", out.display());
                }
                n += 1;
                std::thread::sleep(Duration::from_millis(200));
            }
            written
        })
    };

    let imported: Vec<String> = workers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    let mut notes: BTreeMap<String, usize> = BTreeMap::new();
    for w in note_workers {
        for (r, n) in w.join().unwrap() {
            *notes.entry(r).or_default() += n;
        }
    }
    let stepped: Vec<String> = step_workers.into_iter().flat_map(|w| w.join().unwrap()).collect();
    let backups = backups.join().unwrap();

    let tally = tally.lock().unwrap();
    assert!(tally.failures.is_empty(), "{} commands failed, first: {:?}", tally.failures.len(), &tally.failures[..]);
    for what in ["import", "note", "step", "backup"] {
        assert!(tally.ok.get(what).is_some_and(|n| *n > 0), "no {what} succeeded: {:?}", tally.ok);
    }
    eprintln!("in {seconds} s: {:?}", tally.ok);
    // No lost update: every note, import and step that said so is there.
    for (r, n) in &notes {
        let case = book.json(&["case", "show", r]);
        assert_eq!(case["notes"].as_array().unwrap().len(), *n, "notes on {r}");
    }
    let cases = book.json(&["case", "list"]);
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), noted.len() + imported.len() + stepped.len(), "every case made is there");
    for r in &stepped {
        let case = book.json(&["case", "show", r]);
        assert_eq!(case["status"], "in-progress", "{r}: {case}");
    }
    let audit = book.json(&["audit", "verify"]);
    assert_eq!(audit["first_broken"], Value::Null, "{audit}");
    // Every backup reported is whole, and the last one is the one recorded.
    for b in &backups {
        let v = book.json(&["backup", "verify", b.to_str().unwrap()]);
        assert_eq!(v["integrity"], "ok");
    }
    let status = book.json(&["backup", "status"]);
    let last = PathBuf::from(status["last_backup"]["file"].as_str().unwrap_or_else(|| panic!("{status}")));
    assert_eq!(last.file_name(), backups.last().unwrap().file_name(), "{status}");
    let _ = std::io::stderr().flush();
}
