//! Crash safety (issue 9): the real `casebook` binary is killed with SIGKILL
//! at random points while it imports mailboxes, adds notes, closes cases,
//! writes letters, exports data packages and deletes cases past retention, again and again on the
//! same database. After every kill the database must be sound:
//!
//! - `PRAGMA integrity_check` is ok and `PRAGMA foreign_key_check` is empty;
//! - `casebook audit verify` finds the chain intact;
//! - every change the process reported as done (its stdout, read line by
//!   line) is there: a message it listed as imported, a note, a closure, a
//!   letter (the PDF on disk complete, with the hash the process printed);
//! - no half-imported message: each incoming message has its case, its
//!   original stored as evidence on that case, and every imported case has
//!   its message;
//! - no half-written letter: a PDF under its real name is always complete;
//! - no half-written package: a ZIP under its real name is one the audit
//!   log recorded with its SHA-256, and every export the process reported
//!   is on disk with that hash.
//!
//! `CRASH_RUNS` sets the number of kills (default 40, what `make test` runs;
//! `make crash-long` runs 500) and `CRASH_SEED` replays a run; the seed is
//! printed at the start.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rusqlite::{Connection, OpenFlags};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// A small deterministic generator (xorshift64*), so a seed replays a run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const NOW: &str = "2026-11-29T10:00:00Z";
const MBOXES: u64 = 6;
const MESSAGES_PER_MBOX: usize = 60;

struct Harness {
    dir: tempfile::TempDir,
    db: PathBuf,
    /// Every change a process reported as committed, checked after each kill.
    expected: Vec<Expect>,
    /// Cases that only ever get notes and letters (never closed or deleted).
    workers: Vec<String>,
    /// Open cases that a run may close (and a later retention run delete).
    closable: Vec<String>,
    /// Cases holding a system's data, whose package a run exports.
    exporters: Vec<String>,
}

/// What a run reported; `Message::report` (the line the import printed) is
/// read only through `Debug`, in a failure's message.
#[derive(Debug, Clone)]
#[allow(dead_code)]
enum Expect {
    Message { id: String, report: String },
    Note { reference: String, text: String },
    Closed { reference: String },
    Letter { reference: String, pdf: PathBuf, sha256: String },
    Package { zip: PathBuf, sha256: String },
    Deleted { reference: String },
}

/// What one run printed before it ended or was killed.
struct Ran {
    lines: Vec<String>,
    killed: bool,
}

impl Harness {
    fn command(&self, now: &str) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_casebook"));
        c.arg("--db").arg(&self.db).env("CASEBOOK_NOW", now).env_remove("CASEBOOK_DB").env("USER", "crash-test");
        c
    }

    /// Runs to completion; panics on failure (set-up only).
    fn must(&self, args: &[&str]) -> String {
        let out = self.command(NOW).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Starts `args`, sends SIGKILL after `kill_after` unless it ended first,
    /// and collects the lines it printed (stdout is line-buffered).
    fn run_and_kill(&self, args: &[String], now: &str, kill_after: Duration) -> Ran {
        let mut child = self.command(now).args(args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader =
            std::thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<_>>());
        let started = Instant::now();
        let mut killed = false;
        loop {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            if started.elapsed() >= kill_after {
                child.kill().unwrap(); // SIGKILL on Unix
                child.wait().unwrap();
                killed = true;
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        Ran { lines: reader.join().unwrap(), killed }
    }

    fn mbox(&self, k: u64) -> PathBuf {
        self.dir.path().join(format!("inbox-{k}.mbox"))
    }
}

fn sha256_file(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect())
}

fn count(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> i64 {
    conn.query_row(sql, p, |r| r.get(0)).unwrap()
}

/// Whether the audit log records an export of the package with this hash
/// (exports are reproducible: two of one case at one instant are the same bytes).
fn exported(conn: &Connection, sha256: &str) -> bool {
    count(
        conn,
        "SELECT count(*) FROM audit_log WHERE action = 'package.exported' AND after LIKE '%' || ?1 || '%'",
        [sha256],
    ) >= 1
}

/// Every check of the module comment; returns the problems found.
fn check(h: &Harness) -> Vec<String> {
    let mut problems = Vec::new();
    let verify = h.command(NOW).args(["--json", "audit", "verify"]).output().unwrap();
    match serde_json::from_slice::<Value>(&verify.stdout) {
        Ok(v) if v["first_broken"].is_null() => {}
        _ => problems.push(format!(
            "audit verify: {} {}",
            String::from_utf8_lossy(&verify.stdout),
            String::from_utf8_lossy(&verify.stderr)
        )),
    }
    let conn = Connection::open_with_flags(&h.db, OpenFlags::SQLITE_OPEN_READ_WRITE).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    if integrity != "ok" {
        problems.push(format!("integrity_check: {integrity}"));
    }
    let fk: i64 = count(&conn, "SELECT count(*) FROM pragma_foreign_key_check", []);
    if fk != 0 {
        problems.push(format!("{fk} rows fail the foreign key check"));
    }
    let orphans = count(
        &conn,
        "SELECT count(*) FROM correspondence c WHERE c.direction = 'in' AND (c.sha256 IS NULL
            OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.sha256 = c.sha256)
            OR NOT EXISTS (SELECT 1 FROM case_documents x WHERE x.case_id = c.case_id AND x.sha256 = c.sha256
                           AND x.role = 'evidence'))",
        [],
    );
    if orphans != 0 {
        problems.push(format!("{orphans} incoming messages without their original stored as evidence"));
    }
    let empty = count(
        &conn,
        "SELECT count(*) FROM cases k WHERE k.intake IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM correspondence c WHERE c.case_id = k.id)",
        [],
    );
    if empty != 0 {
        problems.push(format!("{empty} imported cases without their message"));
    }
    for e in &h.expected {
        let ok = match e {
            Expect::Message { id, .. } => {
                count(&conn, "SELECT count(*) FROM correspondence WHERE message_id IN (?1, '<' || ?1 || '>')", [id])
                    == 1
            }
            Expect::Note { reference, text } => {
                count(
                    &conn,
                    "SELECT count(*) FROM notes n JOIN cases c ON c.id = n.case_id WHERE c.reference = ?1 AND n.text = ?2",
                    [reference, text],
                ) == 1
            }
            // Closed, or since deleted by a retention run (with its tombstone).
            Expect::Closed { reference } => {
                count(&conn, "SELECT count(*) FROM cases WHERE reference = ?1 AND status = 'closed'", [reference]) == 1
                    || count(
                        &conn,
                        "SELECT count(*) FROM audit_log WHERE reference = ?1 AND action = 'case.deleted'",
                        [reference],
                    ) == 1
            }
            Expect::Letter { reference, pdf, sha256 } => {
                sha256_file(pdf).as_deref() == Some(sha256.as_str())
                    && count(
                        &conn,
                        "SELECT count(*) FROM case_documents d JOIN cases c ON c.id = d.case_id
                         WHERE c.reference = ?1 AND d.sha256 = ?2 AND d.role = 'letter'",
                        [reference, sha256],
                    ) >= 1
            }
            Expect::Package { zip, sha256 } => {
                sha256_file(zip).as_deref() == Some(sha256.as_str()) && exported(&conn, sha256)
            }
            Expect::Deleted { reference } => {
                count(&conn, "SELECT count(*) FROM cases WHERE reference = ?1", [reference]) == 0
                    && count(
                        &conn,
                        "SELECT count(*) FROM audit_log WHERE reference = ?1 AND action = 'case.deleted'",
                        [reference],
                    ) == 1
            }
        };
        if !ok {
            problems.push(format!("reported but missing: {e:?}"));
        }
    }
    // A letter under its real name is complete, killed or not: it is written
    // to a temporary name and renamed.
    for entry in std::fs::read_dir(h.dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("letter-") && name.ends_with(".pdf") {
            let sha = sha256_file(&path).unwrap();
            if count(&conn, "SELECT count(*) FROM documents WHERE sha256 = ?1", [&sha]) != 1 {
                problems.push(format!("{name} is not a letter the database holds (half written?)"));
            }
        }
        // Likewise a package: written under a hidden temporary name, audited, then renamed.
        if name.starts_with("pkg-") && name.ends_with(".zip") && !exported(&conn, &sha256_file(&path).unwrap()) {
            problems.push(format!("{name} is not a package the audit log recorded (half written?)"));
        }
    }
    problems
}

fn setup(seed: u64) -> Harness {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("casebook.db");
    let mut h =
        Harness { dir, db, expected: Vec::new(), workers: Vec::new(), closable: Vec::new(), exporters: Vec::new() };
    h.must(&["init", "--name", "Acme Ltd", "--dpo-email", "dpo@acme.example"]);
    h.must(&["retention", "set", "--after-closure", "fulfilled=1m"]);
    for k in 0..MBOXES {
        let mut f = std::io::BufWriter::new(std::fs::File::create(h.mbox(k)).unwrap());
        casebook_app::write_synthetic_mbox(&mut f, MESSAGES_PER_MBOX, seed.wrapping_add(k).max(1)).unwrap();
    }
    let new_case = |h: &Harness, i: usize, what: &str| -> String {
        let out = h.must(&[
            "--json",
            "case",
            "new",
            "--requester-name",
            &format!("{what} {i}"),
            "--requester-email",
            &format!("{what}{i}@example.org"),
            "--channel",
            "email",
            "--received",
            "2026-10-01",
            "--right",
            "access",
        ]);
        serde_json::from_str::<Value>(&out).unwrap()["reference"].as_str().unwrap().to_string()
    };
    for i in 0..4 {
        h.workers.push(new_case(&h, i, "Worker"));
    }
    for i in 0..12 {
        h.closable.push(new_case(&h, i, "Closable"));
    }
    // A register with one system, and two cases holding its data to export.
    let register = h.dir.path().join("register.json");
    std::fs::write(
        &register,
        serde_json::json!({ "format": "casebook-register-of-processing", "version": 1, "systems": [{
            "id": "crm", "name": "Customer database", "data_subjects": ["dpv:Customer"],
            "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
            "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
            "recipients": [], "retention": "6 years", "transfers": [],
            "sources": ["dpv:DataSubjectDataSource"], "automated_decisions": [] }] })
        .to_string(),
    )
    .unwrap();
    h.must(&["processing", "import", &register.to_string_lossy()]);
    let export = h.dir.path().join("crm-export.csv");
    let mut rows = String::from("email,event,amount\n");
    for n in 0..2000 {
        rows.push_str(&format!("person@example.org,order {n},{}.{:02}\n", n % 300, n % 100));
    }
    std::fs::write(&export, rows).unwrap();
    for i in 0..2 {
        let r = new_case(&h, i, "Exporter");
        h.must(&[
            "data",
            "import",
            &r,
            "--system",
            "crm",
            "--categories",
            "contact,financial",
            &export.to_string_lossy(),
        ]);
        h.exporters.push(r);
    }
    // Cases closed long ago, for retention runs to delete.
    for i in 0..24 {
        let r = new_case(&h, i, "Retired");
        h.must(&["case", "close", &r, "--outcome", "fulfilled", "--on", "2026-10-05"]);
        for n in 0..3 {
            h.must(&["note", "add", &r, &format!("retired note {n}")]);
        }
    }
    h
}

#[test]
fn sigkill_at_random_points_never_loses_a_reported_change_or_corrupts_the_database() {
    let runs: usize = std::env::var("CRASH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(40);
    let seed: u64 = std::env::var("CRASH_SEED").ok().and_then(|v| v.parse().ok()).unwrap_or_else(|| {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1
    });
    eprintln!("crash test: {runs} runs, CRASH_SEED={seed}");
    let mut h = setup(seed);
    let mut rng = Rng(seed);
    let mut killed = 0;
    let mut by_op = std::collections::BTreeMap::<&str, (usize, usize)>::new();
    for i in 0..runs {
        let op = ["import", "import", "note", "close", "letter", "package", "retention"][rng.below(7) as usize];
        let (args, now, window_ms): (Vec<String>, &str, u64) = match op {
            "import" => {
                let k = rng.below(MBOXES);
                (vec!["import".into(), h.mbox(k).to_string_lossy().into_owned()], NOW, 500)
            }
            "note" => {
                let r = h.workers[rng.below(h.workers.len() as u64) as usize].clone();
                (vec!["--json".into(), "note".into(), "add".into(), r, format!("crash note {i}")], NOW, 40)
            }
            "close" => {
                let r = h.closable[rng.below(h.closable.len() as u64) as usize].clone();
                // Closed long enough ago for the next retention run to delete it.
                let args = ["--json", "case", "close", &r, "--outcome", "fulfilled", "--on", "2026-10-20"];
                (args.iter().map(|s| s.to_string()).collect(), NOW, 40)
            }
            "letter" => {
                let r = h.workers[rng.below(h.workers.len() as u64) as usize].clone();
                let pdf = h.dir.path().join(format!("letter-{i}.pdf"));
                let args =
                    ["--json", "letter", "make", &r, "--kind", "acknowledgement", "--out", &pdf.to_string_lossy()];
                (args.iter().map(|s| s.to_string()).collect(), NOW, 80)
            }
            "package" => {
                let r = h.exporters[rng.below(h.exporters.len() as u64) as usize].clone();
                let zip = h.dir.path().join(format!("pkg-{i}.zip"));
                (
                    ["--json", "package", "export", &r, "--out", &zip.to_string_lossy()]
                        .iter()
                        .map(|s| s.to_string())
                        .collect(),
                    NOW,
                    200,
                )
            }
            // A month on, the retired cases are due; the others were closed too recently.
            _ => (vec!["retention".into(), "run".into()], "2026-12-06T10:00:00Z", 250),
        };
        let ran = h.run_and_kill(&args, now, Duration::from_millis(rng.below(window_ms)));
        let stats = by_op.entry(op).or_default();
        stats.0 += 1;
        if ran.killed {
            killed += 1;
            stats.1 += 1;
        }
        h.expected.extend(reported(op, &args, &ran.lines, seed));
        let problems = check(&h);
        assert!(
            problems.is_empty(),
            "run {i} ({op}, killed: {}), CRASH_SEED={seed}:\n{}\nits output:\n{}",
            ran.killed,
            problems.join("\n"),
            ran.lines.join("\n")
        );
    }
    eprintln!(
        "crash test: {runs} runs, {killed} killed mid-way, per operation (runs, killed): {by_op:?}; all checks passed"
    );
    // A sanity check that the kill windows still land inside the work: about
    // a third to a half of runs are killed mid-way (RELIABILITY.md), so
    // one in eight is far enough below that chance alone does not fail it
    // (one in four did: 9 of 40 happens).
    assert!(killed * 8 >= runs, "too few runs were actually killed ({killed} of {runs}): the windows are too long");
}

/// What a run's output says was committed.
fn reported(op: &str, args: &[String], lines: &[String], seed: u64) -> Vec<Expect> {
    let mut out = Vec::new();
    match op {
        "import" => {
            // "inbox-K.mbox #N: new case CB-…" / "filed on …" / "skipped, already imported on …"
            for line in lines {
                let Some((source, what)) = line.split_once(": ") else { continue };
                let Some((file, n)) = source.split_once(" #") else { continue };
                let imported =
                    what.starts_with("new case") || what.starts_with("filed on") || what.starts_with("skipped");
                let k: u64 = file.trim_start_matches("inbox-").trim_end_matches(".mbox").parse().unwrap();
                let n: usize = n.parse().unwrap();
                if imported {
                    let id = format!("bench-{}-{}@example.net", seed.wrapping_add(k).max(1), n - 1);
                    out.push(Expect::Message { id, report: line.clone() });
                }
            }
        }
        "retention" => {
            for line in lines {
                if let Some(rest) = line.strip_prefix("deleted: case ") {
                    out.push(Expect::Deleted { reference: rest.split(' ').next().unwrap().to_string() });
                }
            }
        }
        _ => {
            // Single-change commands print one JSON document after the commit.
            let Ok(v) = serde_json::from_str::<Value>(&lines.join("\n")) else { return out };
            match op {
                "note" => {
                    out.push(Expect::Note { reference: args[3].clone(), text: v["text"].as_str().unwrap().into() })
                }
                "close" => out.push(Expect::Closed { reference: v["reference"].as_str().unwrap().into() }),
                "package" => out.push(Expect::Package {
                    zip: PathBuf::from(&args[5]),
                    sha256: v["sha256"].as_str().unwrap().into(),
                }),
                "letter" => out.push(Expect::Letter {
                    reference: args[3].clone(),
                    pdf: PathBuf::from(&args[7]),
                    sha256: v["sha256"].as_str().unwrap().into(),
                }),
                _ => unreachable!(),
            }
        }
    }
    out
}
