//! Where a register lives: a local SQLite file or a PostgreSQL server. The one
//! place a `--db`/`CASEBOOK_DB` value is told apart and a connection string
//! is parsed ([`Location::parse`]).
//!
//! A PostgreSQL connection string is a `postgres://` or `postgresql://` URL as
//! libpq reads it. `sslmode` is libpq's (`disable`, `prefer`, `require`,
//! `verify-ca`, `verify-full`) but defaults to `verify-full`: TLS with the
//! server's certificate and host name checked, unless the string says
//! otherwise. `sslrootcert` names the CA file to trust. The password comes
//! from the URL, else `PGPASSWORD`, else the password file (`PGPASSFILE` or
//! `~/.pgpass`, libpq's format, [`pgpass_lookup`]); it is kept in memory only,
//! never written, and never shown ([`PgConfig`]'s `Display` leaves it out).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// libpq's `sslmode`, all five values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(s: &str) -> Option<SslMode> {
        Some(match s {
            "disable" => SslMode::Disable,
            "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }
}

/// A register: a file, or a database on a PostgreSQL server.
#[derive(Clone)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(Box<PgConfig>),
}

impl Location {
    /// A `postgres://`/`postgresql://` URL is a team register; anything else a file path.
    pub fn parse(s: &str) -> Result<Location> {
        let lower = s.get(..13).unwrap_or(s).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            Ok(Location::Postgres(Box::new(PgConfig::parse(s)?)))
        } else {
            Ok(Location::Sqlite(PathBuf::from(s)))
        }
    }

    /// The location of a `--db` value (a path, or a URL in a path's clothes).
    pub fn from_path(p: &Path) -> Result<Location> {
        match p.to_str() {
            Some(s) => Location::parse(s),
            None => Ok(Location::Sqlite(p.to_path_buf())),
        }
    }
}

/// A parsed PostgreSQL connection string.
#[derive(Clone)]
pub struct PgConfig {
    pub(crate) config: postgres::Config,
    pub ssl_mode: SslMode,
    pub ssl_root_cert: Option<PathBuf>,
}

impl PgConfig {
    /// Parses a connection string; the password is looked up when the URL has none.
    pub fn parse(url: &str) -> Result<PgConfig> {
        let bad = |why: String| Error::BadLocation(format!("invalid PostgreSQL connection string: {why}"));
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, q),
            None => (url, ""),
        };
        let mut ssl_mode = SslMode::VerifyFull;
        let mut ssl_root_cert = None;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match k {
                "sslmode" => {
                    let v = percent_decode(v);
                    ssl_mode = SslMode::parse(&v).ok_or_else(|| {
                        bad(format!("sslmode '{v}' is not one of disable, prefer, require, verify-ca, verify-full"))
                    })?;
                }
                "sslrootcert" => ssl_root_cert = Some(PathBuf::from(percent_decode(v))),
                _ => kept.push(pair),
            }
        }
        let rest = if kept.is_empty() { base.to_string() } else { format!("{base}?{}", kept.join("&")) };
        let mut config: postgres::Config = rest.parse().map_err(|e: postgres::Error| bad(e.to_string()))?;
        if config.get_hosts().is_empty() {
            return Err(bad("no host (postgres://USER@HOST[:PORT]/DATABASE)".into()));
        }
        if config.get_user().is_none() {
            return Err(bad("no user name (postgres://USER@HOST[:PORT]/DATABASE)".into()));
        }
        if config.get_dbname().is_none() {
            return Err(bad("no database name (postgres://USER@HOST[:PORT]/DATABASE)".into()));
        }
        config.ssl_mode(match ssl_mode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            _ => postgres::config::SslMode::Require,
        });
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        config.application_name("casebook");
        let mut pg = PgConfig { config, ssl_mode, ssl_root_cert };
        if pg.config.get_password().is_none()
            && let Some(password) = pg.lookup_password()
        {
            pg.config.password(password);
        }
        Ok(pg)
    }

    /// The same register with the password a member typed (kept in memory
    /// only, as one looked up is).
    pub fn with_password(&self, password: &str) -> PgConfig {
        let mut pg = self.clone();
        pg.config.password(password);
        pg
    }

    /// `PGPASSWORD`, else the password file's first matching line.
    fn lookup_password(&self) -> Option<String> {
        if let Some(p) = std::env::var("PGPASSWORD").ok().filter(|p| !p.is_empty()) {
            return Some(p);
        }
        let file = std::env::var_os("PGPASSFILE").map(PathBuf::from).or_else(default_password_file)?;
        // libpq ignores a password file others can read; so do we.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(&file).ok()?;
            if meta.permissions().mode() & 0o077 != 0 {
                return None;
            }
        }
        let text = std::fs::read_to_string(&file).ok()?;
        pgpass_lookup(&text, &self.host(), self.port(), self.database(), self.user())
    }

    pub fn host(&self) -> String {
        match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(h)) => h.clone(),
            Some(postgres::config::Host::Unix(p)) => p.display().to_string(),
            None => "localhost".into(),
        }
    }

    pub fn port(&self) -> u16 {
        self.config.get_ports().first().copied().unwrap_or(5432)
    }

    pub fn user(&self) -> &str {
        self.config.get_user().unwrap_or_default()
    }

    pub fn database(&self) -> &str {
        self.config.get_dbname().unwrap_or_default()
    }

    /// `HOST:PORT`, as errors name the server.
    pub fn server(&self) -> String {
        format!("{}:{}", self.host(), self.port())
    }
}

/// Where libpq looks for the password file when `PGPASSFILE` is not set:
/// `~/.pgpass`, or `%APPDATA%\postgresql\pgpass.conf` on Windows (where libpq
/// does not check the file's permissions: the profile folder is the user's).
fn default_password_file() -> Option<PathBuf> {
    if cfg!(windows) {
        std::env::var_os("APPDATA").map(|a| PathBuf::from(a).join("postgresql").join("pgpass.conf"))
    } else {
        std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pgpass"))
    }
}

/// The register as messages name it, without the password.
impl fmt::Display for PgConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "postgres://{}@{}/{}", self.user(), self.server(), self.database())
    }
}

impl fmt::Debug for PgConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PgConfig({self}, sslmode {:?})", self.ssl_mode)
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            let b = (hi * 16 + lo) as u8;
            out.push(b);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The password of the first line of a password file (libpq's `.pgpass`
/// format: `hostname:port:database:username:password`, `*` matching any value
/// of the first four, `\:` and `\\` escaping, `#` starting a comment line)
/// that matches the connection.
pub fn pgpass_lookup(text: &str, host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => {
                    if let Some(next) = chars.next() {
                        field.push(next);
                    }
                }
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut field)),
                c => field.push(c),
            }
        }
        fields.push(field);
        if fields.len() != 5 {
            continue;
        }
        // libpq matches "localhost" for a Unix socket as well as by name.
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        if matches(&fields[0], host)
            && matches(&fields[1], &port)
            && matches(&fields[2], database)
            && matches(&fields[3], user)
        {
            return Some(fields.swap_remove(4));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pgpass_first_matching_line_with_wildcards_and_escapes() {
        let text = "# team register\n\
                    db.example.org:5432:casebook:alice:first\n\
                    *:5432:casebook:alice:second\n\
                    db.example.org:*:*:bob:p\\:ss\\\\word\n\
                    short:line\n\
                    *:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(text, "db.example.org", 5432, "casebook", "alice").as_deref(), Some("first"));
        assert_eq!(pgpass_lookup(text, "other", 5432, "casebook", "alice").as_deref(), Some("second"));
        assert_eq!(pgpass_lookup(text, "db.example.org", 6543, "x", "bob").as_deref(), Some("p:ss\\word"));
        assert_eq!(pgpass_lookup(text, "other", 6543, "x", "carol").as_deref(), Some("fallback"));
        assert_eq!(pgpass_lookup("# nothing\n", "h", 1, "d", "u"), None);
        assert_eq!(pgpass_lookup("h:1:d:u\n", "h", 1, "d", "u"), None, "four fields is no line");
    }

    #[test]
    fn urls_and_paths() {
        assert!(matches!(Location::parse("/tmp/x.db").unwrap(), Location::Sqlite(_)));
        assert!(matches!(Location::parse("postgres.db").unwrap(), Location::Sqlite(_)));
        let Location::Postgres(pg) =
            Location::parse("postgresql://alice:secret@db.example.org:6543/register?sslrootcert=%2Fca.pem").unwrap()
        else {
            panic!("a team register")
        };
        assert_eq!(pg.ssl_mode, SslMode::VerifyFull, "certificates are checked by default");
        assert_eq!(pg.ssl_root_cert.as_deref(), Some(Path::new("/ca.pem")));
        assert_eq!(pg.server(), "db.example.org:6543");
        assert_eq!(pg.to_string(), "postgres://alice@db.example.org:6543/register", "no password shown");
        let Location::Postgres(pg) = Location::parse("postgres://a:b@h/d?sslmode=verify-ca").unwrap() else { panic!() };
        assert_eq!(pg.ssl_mode, SslMode::VerifyCa);
        for bad in [
            "postgres://a@h/d?sslmode=sometimes",
            "postgres://h:notaport/d",
            "postgres://a@/d",
            "postgres://a@h",
            "postgres://h/d",
        ] {
            let Err(Error::BadLocation(why)) = Location::parse(bad) else { panic!("{bad} parsed") };
            assert!(why.starts_with("invalid PostgreSQL connection string: "), "{why}");
            assert!(!why.contains('\n'), "{why}");
        }
    }
}
