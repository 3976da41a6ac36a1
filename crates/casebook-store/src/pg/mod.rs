//! The team register: the same register on a PostgreSQL server, each member
//! connected as their own login role (see pg_migrations/ for the roles and
//! what the database lets each do).
//!
//! Through the synchronous `postgres` client, like rusqlite; TLS through
//! OpenSSL (`postgres-openssl`, the vendored OpenSSL SQLCipher already links).
//! All of its SQL is here and in pg_migrations/, as the SQLite register's is
//! in the modules beside this one.

mod audit;
mod case_state;
mod cases;
mod data;
mod documents;
mod events;
mod export;
mod letters;
mod listen;
mod migrate;
mod migrate_in;
mod processing;
mod retention;
mod rules;
mod search;
mod stats;
mod tables;
mod templates;

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres::Client;
use postgres::error::SqlState;

pub use audit::MIGRATED_ACTION;
pub use export::{EXPORTED_FROM_TEAM, TableCount, TeamExport, export_summary};
pub use listen::{Changed, PgListener};
pub use migrate::PG_LATEST_SCHEMA;
pub use migrate_in::{MigratedIn, TableCompared};
pub use templates::{OwnTemplate, TemplateMovedIn};

use crate::location::{PgConfig, SslMode};
use crate::{Error, Result};

/// An open team register.
pub struct PgStore {
    client: Client,
    config: PgConfig,
    /// The login role this connection is (`current_user`): every entry it
    /// writes names it, and the database checks that it does.
    user: String,
}

impl PgStore {
    /// Connects and checks the schema: a database without Casebook's schema,
    /// or with a newer one, is refused with what to do; an older one is
    /// upgraded, which only the register's owner may (others are told so).
    pub fn open(config: &PgConfig) -> Result<PgStore> {
        let mut store = PgStore::connect(config)?;
        match migrate::schema_version(&mut store.client).map_err(|e| store.error(e))? {
            None => return Err(Error::PgNoSchema(config.to_string())),
            Some(v) if v > PG_LATEST_SCHEMA => {
                return Err(Error::PgNewerSchema { register: config.to_string(), found: v, known: PG_LATEST_SCHEMA });
            }
            Some(v) if v < PG_LATEST_SCHEMA => migrate::upgrade(&mut store.client, v).map_err(|e| {
                match e.as_db_error().filter(|db| *db.code() == SqlState::INSUFFICIENT_PRIVILEGE) {
                    Some(db) => Error::PgUpgradeNeedsOwner {
                        register: config.to_string(),
                        user: store.user.clone(),
                        from: v,
                        to: PG_LATEST_SCHEMA,
                        reason: db.message().to_string(),
                    },
                    None => store.error(e),
                }
            })?,
            Some(_) => {}
        }
        Ok(store)
    }

    /// Creates the register in an empty database: the schema, the group
    /// roles and their privileges. The connecting role needs to be allowed
    /// to create roles (a superuser, or one with CREATEROLE owning the database).
    pub fn init(config: &PgConfig) -> Result<PgStore> {
        let mut store = PgStore::connect(config)?;
        let objects: i64 = store
            .client
            .query_one(
                "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'public'",
                &[],
            )
            .map_err(|e| store.error(e))?
            .get(0);
        if objects > 0 {
            let found = migrate::schema_version(&mut store.client).map_err(|e| store.error(e))?;
            return Err(Error::PgNotEmpty { register: config.to_string(), objects, schema: found });
        }
        migrate::upgrade(&mut store.client, 0).map_err(|e| store.error(e))?;
        store.record_current_rules()?;
        Ok(store)
    }

    fn connect(config: &PgConfig) -> Result<PgStore> {
        let result = match config.ssl_mode {
            SslMode::Disable => config.config.connect(postgres::NoTls),
            mode => config.config.connect(tls(config, mode)?),
        };
        let mut client = result.map_err(|e| connect_error(config, e))?;
        let user: String =
            client.query_one("SELECT current_user::text", &[]).map_err(|e| connect_error(config, e))?.get(0);
        Ok(PgStore { client, config: config.clone(), user })
    }

    /// The login role this connection is.
    pub fn user(&self) -> &str {
        &self.user
    }

    pub fn config(&self) -> &PgConfig {
        &self.config
    }

    /// Whether the server closed the connection (it cannot be used again).
    pub fn is_closed(&self) -> bool {
        self.client.is_closed()
    }

    pub fn schema_version(&mut self) -> Result<i64> {
        let v = migrate::schema_version(&mut self.client).map_err(|e| self.error(e))?;
        Ok(v.unwrap_or(0))
    }

    /// A server error as one line naming what was refused and for whom.
    pub(crate) fn error(&self, e: postgres::Error) -> Error {
        self.error_doing(e, "")
    }

    /// [`PgStore::error`], a refusal saying what was being done (`creating a case`).
    pub(crate) fn error_doing(&self, e: postgres::Error, doing: &str) -> Error {
        worded(&self.user, &self.config, e, doing)
    }
}

/// A server error as one line naming what was refused (`doing`) and for
/// whom (`user`), for a step that holds the connection's fields apart (an
/// import's open transaction).
pub(crate) fn worded(user: &str, config: &PgConfig, e: postgres::Error, doing: &str) -> Error {
    if let Some(db) = e.as_db_error() {
        if *db.code() == SqlState::INSUFFICIENT_PRIVILEGE {
            let what = if doing.is_empty() { db.message().to_string() } else { format!("{doing}: {}", db.message()) };
            return Error::PgRefused { user: user.to_string(), what };
        }
        return Error::Postgres(format!("{} ({})", db.message(), db.code().code()));
    }
    if e.is_closed() || std::error::Error::source(&e).is_some_and(|s| s.is::<std::io::Error>()) {
        return Error::PgUnreachable { server: config.server(), problem: e.to_string() };
    }
    Error::Postgres(e.to_string())
}

/// The TLS connector for `mode`: verify-full checks the certificate and the
/// host name, verify-ca the certificate only, require and prefer encrypt
/// without checking (libpq's meaning, unless a root certificate is given).
fn tls(config: &PgConfig, mode: SslMode) -> Result<postgres_openssl::MakeTlsConnector> {
    let tls_err = |e: openssl::error::ErrorStack| Error::Postgres(format!("TLS set-up failed: {e}"));
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(tls_err)?;
    let verify = matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) || config.ssl_root_cert.is_some();
    if let Some(ca) = &config.ssl_root_cert {
        builder.set_ca_file(ca).map_err(|e| {
            Error::BadLocation(format!("sslrootcert '{}' cannot be read as PEM certificates: {e}", ca.display()))
        })?;
    } else if verify {
        // The OpenSSL linked in is vendored, so it does not know the
        // system's store by itself: point it there.
        builder.set_default_verify_paths().map_err(tls_err)?;
        for bundle in ["/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt"] {
            if std::path::Path::new(bundle).exists() {
                builder.set_ca_file(bundle).map_err(tls_err)?;
                break;
            }
        }
    }
    builder.set_verify(if verify { SslVerifyMode::PEER } else { SslVerifyMode::NONE });
    let mut connector = postgres_openssl::MakeTlsConnector::new(builder.build());
    if mode != SslMode::VerifyFull {
        connector.set_callback(|c, _| {
            c.set_verify_hostname(false);
            Ok(())
        });
    }
    Ok(connector)
}

/// Why connecting failed, in one line.
fn connect_error(config: &PgConfig, e: postgres::Error) -> Error {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::INVALID_PASSWORD {
            return Error::PgWrongPassword { user: config.user().to_string(), server: config.server() };
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return Error::PgNoDatabase { database: config.database().to_string(), server: config.server() };
        }
        if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            return Error::PgUnreachable { server: config.server(), problem: db.message().to_string() };
        }
        return Error::Postgres(format!("{} ({})", db.message(), code.code()));
    }
    // The innermost cause is the one that says what happened.
    let mut problem = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        problem = s.to_string();
        source = s.source();
    }
    if problem.contains("password missing") || e.to_string().contains("password missing") {
        return Error::PgPasswordNeeded { user: config.user().to_string(), server: config.server() };
    }
    Error::PgUnreachable { server: config.server(), problem }
}
