//! Runs the real `casebook` binary against a database in a temporary folder.

use std::path::PathBuf;
use std::process::{Command, Output};

use serde_json::Value;

pub struct Book {
    _dir: tempfile::TempDir,
    pub db: PathBuf,
    pub now: String,
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
    /// An empty folder: no database yet.
    pub fn empty() -> Book {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("casebook.db");
        Book { _dir: dir, db, now: "2026-11-29T10:00:00Z".into() }
    }

    /// The register `location` names (a team register's `postgres://…`),
    /// run as a local one is; `init` is the caller's to run.
    pub fn at(location: &str) -> Book {
        Book { db: PathBuf::from(location), ..Book::empty() }
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
        let path = self.db.parent().unwrap().join("register-of-processing.json");
        std::fs::write(&path, register.to_string()).unwrap();
        let run = self.run(&["processing", "import", path.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }

    pub fn bytes(&self) -> Vec<u8> {
        std::fs::read(&self.db).unwrap()
    }
}
