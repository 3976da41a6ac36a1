//! The shell's own IPC types: the forms whose files are picked in Rust, and
//! what only the shell knows (the app, the register's lock, the events).
//!
//! Everything else crosses as the façade's, core's and the store's own types
//! (their `ts` features derive `ts_rs::TS`), in the JSON the CLI's `--json`
//! prints. What is left here derives `TS` too, and the TypeScript in
//! `ui/src/ipc/bindings/` is generated from both (see `ipc.rs`), so a change
//! that the UI does not follow fails its type check. Core's code enums
//! (`Status`, `Right`, `Outcome`…) cross as they are: a new variant reaches
//! the UI's union, where every `Record<Code, …>` of labels then fails the
//! check until it is labelled.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub mod files;
pub mod settings;

/// The core's code enums cross IPC as they are: serde writes their stable
/// codes, and with core's `ts` feature their TypeScript type is the union of them.
pub use casebook_core::data::{MatchKind, RedactionReason};
pub use casebook_core::deadline::Clock;
pub use casebook_core::identity::{IdentityMethod, IdentityOutcome};
pub use casebook_core::workflow::{ActionKind, FeeGround, RefusalReason};
pub use casebook_core::{Channel, Outcome, Regime, Relationship, Right, Status};

/// An import of a system's export onto a case; the file itself is picked in
/// the native dialog (the webview never sends a path).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DataImportRequest {
    pub reference: String,
    /// The register's system the export comes from.
    pub system: String,
    /// Data-category slugs (`contact`, `financial`).
    pub categories: Vec<String>,
    /// Keep only the records that match the case's identifiers.
    pub match_identifiers: bool,
}

impl DataImportRequest {
    pub fn into_app(self, path: std::path::PathBuf) -> casebook_app::DataImportInput {
        casebook_app::DataImportInput {
            reference: self.reference,
            system: self.system.trim().to_owned(),
            categories: self.categories.join(","),
            path,
            match_identifiers: self.match_identifiers,
        }
    }
}

/// Facts about the running app the UI shows, such as where the register lives.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    /// The register's file, or a team register's URL (without its password).
    pub database_path: String,
    /// The member signed in to a team register (their login role); null on a local register.
    pub member: Option<String>,
    /// The upgrade this window made when it opened the register (an older
    /// Casebook's schema, kept beside it before migrating), so the window
    /// says so once; null when there was none.
    pub upgraded: Option<casebook_app::Upgrade>,
    /// The open cases whose stored due date this window recomputed when it
    /// opened a register whose dates were computed under older deadline
    /// rules, so the window says so once; null when none moved.
    pub dates_recomputed: Option<casebook_app::RulesRevision>,
    /// On a team register, the older revision of the deadline rules its
    /// stored dates are of, when this member may not bring them up (only a
    /// DPO member's open does), so the window says so; null otherwise.
    pub dates_behind: Option<u32>,
}
