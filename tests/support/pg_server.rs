//! A throwaway PostgreSQL server for tests of the team register, started by
//! the test itself: `initdb` into a temporary folder, `pg_ctl start` on a
//! free port on 127.0.0.1, and on drop (a failing test too: it runs while the
//! panic unwinds) `pg_ctl stop -m fast` and the folder removed.
//!
//! Shared by source, not by a crate: the store's tests and the CLI's
//! acceptance tests include this file with `#[path = …] mod pg_server;`, so
//! no test crate is added to the layering's table and the CLI's tests still
//! depend on nothing but the façade (they drive `casebook`, and use `psql`
//! from the same folder as `initdb` to set up roles). Only std and tempfile.
//!
//! The server runs as an unprivileged user: `initdb` refuses root, and CI
//! runs the tests as root, so as root every server command runs as `nobody`
//! (through `setpriv`), in a folder it owns. The superuser `postgres` logs in
//! over TCP with [`PgServer::SUPERUSER_PASSWORD`] (scram-sha-256, so a wrong
//! password is refused as on a real server); Unix sockets trust, but are only
//! in the private folder.
//!
//! Without PostgreSQL's binaries the tests fail (not skip), saying to run
//! scripts/setup.sh, which installs Debian's `postgresql`.

#![allow(dead_code)]

use std::net::TcpListener;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct PgServer {
    /// The temporary folder: `data/` (the cluster), the log, the sockets.
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    /// The unprivileged user's uid and gid when the tests run as root.
    run_as: Option<(u32, u32)>,
}

/// The newest `/usr/lib/postgresql/*/bin` holding `initdb` (or `CASEBOOK_PG_BIN`).
pub fn pg_bin() -> PathBuf {
    if let Some(dir) = std::env::var_os("CASEBOOK_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse::<u32>().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    match found.pop() {
        Some((_, bin)) => bin,
        None => panic!(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin: \
             run scripts/setup.sh (it installs Debian's postgresql package)"
        ),
    }
}

/// uid and gid of `nobody`, from /etc/passwd.
fn nobody() -> (u32, u32) {
    let passwd = std::fs::read_to_string("/etc/passwd").expect("/etc/passwd");
    passwd
        .lines()
        .map(|l| l.split(':').collect::<Vec<_>>())
        .find(|f| f.first() == Some(&"nobody") && f.len() > 3)
        .map(|f| (f[2].parse().expect("uid"), f[3].parse().expect("gid")))
        .expect("a user `nobody` to run the test server as")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("a free port").local_addr().unwrap().port()
}

impl PgServer {
    pub const SUPERUSER: &'static str = "postgres";
    pub const SUPERUSER_PASSWORD: &'static str = "superuser-test-password";

    /// Starts a new, empty server (a few seconds).
    pub fn start() -> PgServer {
        let bin = pg_bin();
        let run_as = (std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(1) == 0).then(nobody);
        let dir = tempfile::Builder::new().prefix("casebook-pg-").tempdir().expect("a temporary folder");
        let pwfile = dir.path().join("pw");
        std::fs::write(&pwfile, Self::SUPERUSER_PASSWORD).unwrap();
        if let Some((uid, gid)) = run_as {
            for p in [dir.path(), &pwfile] {
                std::os::unix::fs::chown(p, Some(uid), Some(gid)).expect("chown the test server's folder");
            }
        }
        let mut server = PgServer { dir, bin, port: 0, run_as };
        let data = server.data();
        server.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                Self::SUPERUSER,
                &format!("--pwfile={}", pwfile.display()),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        );
        // Another test may take the port between our probe and the server's
        // bind: try a few.
        let log = server.dir.path().join("log").display().to_string();
        for attempt in 0..5 {
            server.port = free_port();
            let options = format!(
                "-p {} -c listen_addresses=127.0.0.1 -c unix_socket_directories={} -c fsync=off \
                 -c synchronous_commit=off -c full_page_writes=off",
                server.port,
                server.dir.path().display()
            );
            let out = server.command("pg_ctl", &["-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start"]);
            if out.status.success() {
                return server;
            }
            if attempt == 4 {
                let log = std::fs::read_to_string(&log).unwrap_or_default();
                panic!("pg_ctl start failed: {}\n{log}", String::from_utf8_lossy(&out.stderr));
            }
        }
        unreachable!()
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn bin(&self) -> &Path {
        &self.bin
    }

    /// A connection string for `user` with `password` to `db` (no TLS: a
    /// loopback test server has no certificate).
    pub fn url(&self, user: &str, password: &str, db: &str) -> String {
        format!("postgres://{user}:{password}@127.0.0.1:{}/{db}?sslmode=disable", self.port)
    }

    /// The superuser's connection string to `db`.
    pub fn superuser_url(&self, db: &str) -> String {
        self.url(Self::SUPERUSER, Self::SUPERUSER_PASSWORD, db)
    }

    /// Runs SQL as the superuser in `db` with psql (stopping at the first
    /// error); its output, unaligned, tuples only. Panics when psql fails.
    pub fn psql(&self, db: &str, sql: &str) -> String {
        let out = self.try_psql(db, sql);
        assert!(out.status.success(), "psql failed on {sql:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// Like [`PgServer::psql`], but returns psql's output whatever it was.
    pub fn try_psql(&self, db: &str, sql: &str) -> Output {
        Command::new(self.bin.join("psql"))
            .args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p"])
            .arg(self.port.to_string())
            .args(["-U", Self::SUPERUSER, "-d", db, "-c", sql])
            .env("PGPASSWORD", Self::SUPERUSER_PASSWORD)
            .env("PGSSLMODE", "disable")
            .output()
            .expect("psql runs")
    }

    /// What `db` stores, as `pg_dump --data-only` writes it, without the
    /// sequences' positions (a refused step that rolled back may still have
    /// drawn a number) and the random key of its `\restrict` lines: equal
    /// before and after a step means it stored nothing.
    pub fn stored(&self, db: &str) -> Vec<u8> {
        let out = Command::new(self.bin.join("pg_dump"))
            .args(["--data-only", "--no-owner", "-h", "127.0.0.1", "-p"])
            .arg(self.port.to_string())
            .args(["-U", Self::SUPERUSER, "-d", db])
            .env("PGPASSWORD", Self::SUPERUSER_PASSWORD)
            .env("PGSSLMODE", "disable")
            .output()
            .expect("pg_dump runs");
        assert!(out.status.success(), "pg_dump failed: {}", String::from_utf8_lossy(&out.stderr));
        let dump = String::from_utf8(out.stdout).expect("pg_dump writes UTF-8");
        let kept =
            |l: &&str| !["SELECT pg_catalog.setval(", "\\restrict ", "\\unrestrict "].iter().any(|p| l.starts_with(p));
        dump.lines().filter(kept).flat_map(|l| [l, "\n"]).collect::<String>().into_bytes()
    }

    /// A new, empty database owned by the superuser.
    pub fn create_database(&self, name: &str) {
        self.psql("postgres", &format!("CREATE DATABASE \"{name}\""));
    }

    /// A login role with a password, member of `groups`.
    pub fn create_login(&self, db: &str, name: &str, password: &str, groups: &[&str]) {
        let mut sql = format!("CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}';");
        for g in groups {
            sql.push_str(&format!("GRANT {g} TO \"{name}\";"));
        }
        self.psql(db, &sql);
    }

    /// A server command (as the unprivileged user when the tests run as root).
    fn command(&self, tool: &str, args: &[&str]) -> Output {
        let exe = self.bin.join(tool);
        let mut cmd = match self.run_as {
            Some((uid, gid)) => {
                let mut c = Command::new("setpriv");
                c.arg(format!("--reuid={uid}")).arg(format!("--regid={gid}")).arg("--clear-groups").arg("--").arg(&exe);
                c
            }
            None => Command::new(&exe),
        };
        cmd.args(args).current_dir(self.dir.path()).env("HOME", self.dir.path()).env_remove("PGDATA");
        cmd.output().unwrap_or_else(|e| panic!("{} cannot run: {e}", exe.display()))
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let out = self.command(tool, args);
        assert!(
            out.status.success(),
            "{tool} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        if self.port != 0 {
            let data = self.data();
            let _ = self.command("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"]);
        }
        // The TempDir field then removes the folder (as root, or as its owner).
    }
}
