//! The team register (PostgreSQL, #21) through `casebook`, on a real server
//! the test starts (tests/support/pg_server.rs): `team init`, `audit verify`,
//! the password from PGPASSWORD or a password file, each bad connection one
//! line, and every command not yet available refused by name.

use std::process::Command;

use crate::harness::Run;
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
    assert_eq!(made["schema"], 1);
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
    for args in [
        &["case", "list"][..],
        &[
            "case",
            "new",
            "--requester-name",
            "Ann",
            "--received",
            "2026-11-01",
            "--channel",
            "email",
            "--right",
            "access",
        ],
        &["backup", "--out", "x.db"],
    ] {
        let mut full = vec!["--db", url.as_str()];
        full.extend_from_slice(args);
        casebook(&full, &[]).fails_with(&format!(
            "`casebook {}` is not available on a PostgreSQL register yet (postgres://postgres@127.0.0.1:{port}/register)",
            args[..2.min(args.len())].iter().filter(|a| !a.starts_with('-')).copied().collect::<Vec<_>>().join(" ")
        ));
    }
    casebook(&["case", "list"], &[("CASEBOOK_DB", &url)])
        .fails_with("`casebook case list` is not available on a PostgreSQL register yet");
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
