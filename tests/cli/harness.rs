//! Runs the real `casebook` binary against a database in a temporary folder.
//!
//! With `CASEBOOK_TEST_REGISTER=team` the same tests run against team
//! registers instead (`make test-rust` runs the suite both ways): one
//! PostgreSQL server for the whole run, started here on first use and stopped
//! when the test binary exits, and a new database made by `team init` for
//! each [`Book`], worked by the login `test-dpo` (a `casebook_dpo`), so the
//! actor every entry names is the same as on a local file. A test of what only
//! a local file has (its bytes, its passphrase, its backups) says so with
//! [`local_only`].

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use crate::pg_server::PgServer;

pub struct Book {
    _dir: tempfile::TempDir,
    /// The temporary folder the test's files go in (beside a local register's file).
    pub dir: PathBuf,
    /// The register: a file in `dir`, or a team register's `postgres://…`.
    pub db: PathBuf,
    /// The team register's database on the run's server.
    team_db: Option<String>,
    pub now: String,
}

/// Whether this run works team registers (`CASEBOOK_TEST_REGISTER=team`).
pub fn on_team() -> bool {
    match std::env::var("CASEBOOK_TEST_REGISTER") {
        Ok(v) if v == "team" => true,
        Ok(v) if v.is_empty() || v == "local" => false,
        Ok(v) => panic!("CASEBOOK_TEST_REGISTER is `local` or `team`, not {v:?}"),
        Err(_) => false,
    }
}

/// True (and says why on stderr) when the test checks what only a local
/// register's file has, and this run works team registers: the test returns.
pub fn local_only(why: &str) -> bool {
    let team = on_team();
    if team {
        eprintln!("local register only: {why}");
    }
    team
}

/// Whether `needle` is in what a register stores ([`Book::stored`]): as
/// bytes, or as the hex a team register's dump writes bytes in.
pub fn holds(stored: &[u8], needle: &[u8]) -> bool {
    let hex: Vec<u8> = needle.iter().flat_map(|b| format!("{b:02x}").into_bytes()).collect();
    [needle, &hex[..]].iter().any(|n| stored.windows(n.len()).any(|w| w == *n))
}

/// The team run's one server, stopped at exit (`stop_server`).
static SERVER: Mutex<Option<PgServer>> = Mutex::new(None);
static DATABASES: AtomicUsize = AtomicUsize::new(0);

unsafe extern "C" {
    fn atexit(callback: extern "C" fn()) -> std::ffi::c_int;
}

extern "C" fn stop_server() {
    let server = SERVER.lock().unwrap_or_else(|e| e.into_inner()).take();
    drop(server);
}

/// A new team register on the run's server, made by `team init`; its
/// database's name and its connection string as `test-dpo`.
fn new_team_register() -> (String, String) {
    let mut server = SERVER.lock().unwrap_or_else(|e| e.into_inner());
    if server.is_none() {
        let started = PgServer::start();
        // SAFETY: atexit only records the callback; stop_server takes the
        // server out of its mutex and stops it once, after main returns.
        assert_eq!(unsafe { atexit(stop_server) }, 0, "atexit");
        *server = Some(started);
    }
    let server = server.as_ref().unwrap();
    let n = DATABASES.fetch_add(1, Ordering::SeqCst);
    let db = format!("book{n}");
    server.create_database(&db);
    let out = Command::new(env!("CARGO_BIN_EXE_casebook"))
        .args(["--json", "team", "init", &server.superuser_url(&db)])
        .env_remove("CASEBOOK_DB")
        .env_remove("PGPASSWORD")
        .output()
        .expect("casebook runs");
    assert!(out.status.success(), "team init: {}", String::from_utf8_lossy(&out.stderr));
    if n == 0 {
        server.create_login(&db, "test-dpo", "test-dpo-pw", &["casebook_dpo"]);
    }
    let url = server.url("test-dpo", "test-dpo-pw", &db);
    (db, url)
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        assert_eq!(self.code, 0, "command failed: {}", self.stderr);
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }

    /// Asserts a one-line error naming `needle` and a non-zero exit.
    pub fn fails_with(&self, needle: &str) {
        assert_ne!(self.code, 0, "expected failure, got: {}", self.stdout);
        assert!(self.stderr.contains(needle), "stderr {:?} lacks {needle:?}", self.stderr);
        assert_eq!(self.stderr.trim_end().lines().count(), 1, "error is not one line: {:?}", self.stderr);
    }
}

impl Book {
    /// An empty folder: no database yet. On a team run, a team register made
    /// by `team init` whose organisation is not set up yet (`casebook init`).
    pub fn empty() -> Book {
        let dir = tempfile::tempdir().unwrap();
        if !on_team() {
            return Book::no_file();
        }
        let (team_db, url) = new_team_register();
        Book {
            dir: dir.path().to_path_buf(),
            _dir: dir,
            db: url.into(),
            team_db: Some(team_db),
            now: "2026-11-29T10:00:00Z".into(),
        }
    }

    /// An empty folder and no database, on either run: for a test of what
    /// happens before a local register's file exists.
    pub fn no_file() -> Book {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("casebook.db");
        Book { dir: dir.path().to_path_buf(), _dir: dir, db, team_db: None, now: "2026-11-29T10:00:00Z".into() }
    }

    /// The register `location` names (a team register's `postgres://…`),
    /// run as a local one is; `init` is the caller's to run.
    pub fn at(location: &str) -> Book {
        Book { db: PathBuf::from(location), ..Book::no_file() }
    }

    /// A database initialised for a UK organisation.
    pub fn new() -> Book {
        let book = Book::empty();
        let r = book.run(&["init", "--name", "Acme Ltd", "--dpo-email", "dpo@acme.example"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        book
    }

    /// A database initialised for a UK organisation, with customer systems
    /// `ids` in its register of processing ([`Book::register_systems`]).
    pub fn with_systems(ids: &[&str]) -> Book {
        let book = Book::new();
        book.register_systems(ids);
        book
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let out: Output = Command::new(env!("CARGO_BIN_EXE_casebook"))
            .args(["--db", self.db.to_str().unwrap()])
            .args(args)
            .env("CASEBOOK_NOW", &self.now)
            .env_remove("CASEBOOK_DB")
            .env_remove("PGPASSWORD")
            .env_remove("PGPASSFILE")
            .env("USER", "test-dpo")
            .output()
            .expect("casebook runs");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        self.run(&all).json()
    }

    /// Logs a case and returns its reference.
    pub fn new_case(&self, name: &str, email: &str, received: &str, extra: &[&str]) -> String {
        let mut args = vec![
            "case",
            "new",
            "--requester-name",
            name,
            "--requester-email",
            email,
            "--channel",
            "email",
            "--received",
            received,
        ];
        if !extra.contains(&"--right") {
            args.extend(["--right", "access"]);
        }
        args.extend_from_slice(extra);
        self.json(&args)["reference"].as_str().unwrap().to_string()
    }

    /// Logs a customer's case for `rights` (primary first) and returns its reference.
    pub fn customer_case(&self, name: &str, email: &str, received: &str, rights: &[&str]) -> String {
        let mut extra: Vec<&str> = rights.iter().flat_map(|r| ["--right", r]).collect();
        extra.extend(["--subject-category", "customer"]);
        self.new_case(name, email, received, &extra)
    }

    /// Cal Doe's CCPA request in California, received 2026-11-20: an opt-out
    /// of sale and a deletion, from a customer.
    pub fn ccpa_opt_out_and_deletion(&self) -> String {
        self.ccpa_opt_out_and_deletion_with(&[])
    }

    /// [`Book::ccpa_opt_out_and_deletion`] with more `case new` flags.
    pub fn ccpa_opt_out_and_deletion_with(&self, extra: &[&str]) -> String {
        let mut args = vec![
            "--regime",
            "ccpa",
            "--location",
            "US-CA",
            "--right",
            "opt-out-of-sale",
            "--right",
            "erasure",
            "--subject-category",
            "customer",
        ];
        args.extend_from_slice(extra);
        self.new_case("Cal Doe", "cal@example.com", "2026-11-20", &args)
    }

    /// Fills the register of processing with minimal customer systems (data
    /// imports are tagged with a system of the register).
    pub fn register_systems(&self, ids: &[&str]) {
        let systems: Vec<Value> = ids
            .iter()
            .map(|id| {
                serde_json::json!({
                    "id": id, "name": format!("The {id} system"),
                    "data_subjects": ["dpv:Customer"],
                    "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress"],
                    "purposes": [{ "purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract" }],
                    "recipients": [{ "kind": "dpv:DataProcessor", "name": "Hosting provider" }],
                    "retention": "6 years after the account closes",
                    "transfers": [], "sources": ["dpv:DataSubjectDataSource"], "automated_decisions": []
                })
            })
            .collect();
        let register =
            serde_json::json!({ "format": "casebook-register-of-processing", "version": 1, "systems": systems });
        let path = self.dir.join("register-of-processing.json");
        std::fs::write(&path, register.to_string()).unwrap();
        let run = self.run(&["processing", "import", path.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }

    /// Runs SQL on the register behind Casebook's back, as its owner (the
    /// file's, or the team server's superuser): what it printed, trimmed.
    pub fn sql(&self, sql: &str) -> String {
        if let Some(db) = &self.team_db {
            let server = SERVER.lock().unwrap_or_else(|e| e.into_inner());
            return server.as_ref().expect("the team run's server").psql(db, sql);
        }
        let out = Command::new("sqlite3").arg(&self.db).arg(sql).output().expect("sqlite3 runs");
        assert!(out.status.success(), "sqlite3 failed on {sql:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// A local register's file, as bytes.
    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.db).unwrap()
    }

    /// Everything the register stores: a local file's bytes and its
    /// write-ahead log, or a team register's data (`PgServer::stored`).
    /// Equal before and after a command means the command stored nothing.
    pub fn stored(&self) -> Vec<u8> {
        if let Some(db) = &self.team_db {
            let server = SERVER.lock().unwrap_or_else(|e| e.into_inner());
            return server.as_ref().expect("the team run's server").stored(db);
        }
        let mut bytes = self.bytes();
        if let Ok(w) = std::fs::read(self.db.with_extension("db-wal")) {
            bytes.extend(w);
        }
        bytes
    }
}
