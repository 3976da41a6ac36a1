//! The team register (PostgreSQL, issue #21), as far as it goes so far:
//! creating one (`casebook team init`) and verifying its audit chain. The
//! other use cases still run on a local register only; front ends refuse
//! them on a team register with [`not_on_team_register`], never run them.

use casebook_store::{AuditReport, Location, PgConfig, PgStore};

use crate::Result;

/// What `team init` made.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TeamRegister {
    /// The register, without its password.
    pub register: String,
    pub schema: i64,
    /// The role that created it (`current_user`).
    pub created_by: String,
    /// The group roles members are granted.
    pub roles: Vec<&'static str>,
}

/// Where `--db`/`CASEBOOK_DB` points: a local file or a team register.
pub fn register_location(db: &std::path::Path) -> Result<Location> {
    Ok(Location::from_path(db)?)
}

/// Creates the team register's schema and roles in an empty database.
pub fn team_init(config: &PgConfig) -> Result<TeamRegister> {
    let mut store = PgStore::init(config)?;
    Ok(TeamRegister {
        register: config.to_string(),
        schema: store.schema_version()?,
        created_by: store.user().to_string(),
        roles: vec!["casebook_dpo", "casebook_handler", "casebook_auditor", "casebook_hr"],
    })
}

/// Walks the team register's audit chain.
pub fn team_verify_audit(config: &PgConfig) -> Result<AuditReport> {
    Ok(PgStore::open(config)?.verify_audit()?)
}

/// The error of a use case not yet available on a team register.
pub fn not_on_team_register(what: &str, config: &PgConfig) -> crate::Error {
    crate::Error::Invalid(format!(
        "{what} is not available on a PostgreSQL register yet ({config}); it works on a local register file"
    ))
}
