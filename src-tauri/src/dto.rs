//! The shell's own IPC types: the forms, and the views not yet the façade's.
//!
//! Most results cross as the façade's and core's own types (their `ts`
//! features derive `ts_rs::TS`), in the JSON the CLI's `--json` prints. What
//! is left here derives `TS` too, and the TypeScript in `ui/src/ipc/bindings/`
//! is generated from both (see `ipc.rs`), so a change that the UI does not
//! follow fails its type check. Core's code enums (`Status`, `Right`, `Outcome`…) cross as they
//! are, their TypeScript from core's `ts` feature: a new variant reaches the
//! UI's union, where every `Record<Code, …>` of labels then fails the check
//! until it is labelled.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Mirrors a code enum as a DTO enum serialised as the same stable codes, with
/// conversions both ways that the compiler checks for exhaustiveness. Left
/// only for codes whose domain enum does not derive `TS` yet (the façade's
/// `FileKind`, the processing register's `TermKind` and `SearchResult`).
macro_rules! code_dto {
    ($(#[$meta:meta])* $dto:ident mirrors $domain:path { $($variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
        pub enum $dto {
            $(#[serde(rename = $code)] $variant,)+
        }

        impl From<$domain> for $dto {
            fn from(value: $domain) -> Self {
                use $domain as D;
                match value { $(D::$variant => $dto::$variant,)+ }
            }
        }

        impl From<$dto> for $domain {
            fn from(value: $dto) -> Self {
                use $domain as D;
                match value { $($dto::$variant => D::$variant,)+ }
            }
        }
    };
}

// After the macro, so that the modules can use it.
pub mod data;
pub mod files;
pub mod processing;
pub mod settings;

/// A DTO enum's stable code as text (what the façade's text inputs take).
pub(crate) fn code_text<T: Serialize>(value: T) -> String {
    serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

/// A civil date as it travels: `YYYY-MM-DD`.
pub(crate) fn civil(d: chrono::NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// The core's code enums cross IPC as they are: serde writes their stable
/// codes, and with core's `ts` feature their TypeScript type is the union of them.
pub use casebook_core::data::{MatchKind, RedactionReason};
pub use casebook_core::deadline::Clock;
pub use casebook_core::identity::{IdentityMethod, IdentityOutcome};
pub use casebook_core::workflow::{ActionKind, FeeGround, RefusalReason};
pub use casebook_core::{Channel, Outcome, Regime, Relationship, Right, Status};

/// Facts about the running app the UI shows, such as where the register lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The TypeScript type of each core code enum is the union of its codes,
    /// exactly what serde writes (core's `ts` feature renames every variant).
    #[test]
    fn core_code_enums_are_their_codes_in_typescript() {
        fn union<T: TS + std::fmt::Display + Copy>(all: &[T]) -> (String, String) {
            let cfg = ts_rs::Config::new();
            let codes: Vec<String> = all.iter().map(|v| format!("\"{v}\"")).collect();
            (T::inline(&cfg), codes.join(" | "))
        }
        let pairs = [
            union(Status::ALL),
            union(Right::ALL),
            union(Regime::ALL),
            union(Channel::ALL),
            union(Outcome::ALL),
            union(Relationship::ALL),
            union(IdentityMethod::ALL),
            union(IdentityOutcome::ALL),
            union(FeeGround::ALL),
            union(RefusalReason::ALL),
            union(ActionKind::ALL),
            union(RedactionReason::ALL),
            union(MatchKind::ALL),
        ];
        for (ts, codes) in pairs {
            assert_eq!(ts, codes);
        }
        let clock = Clock::inline(&ts_rs::Config::new());
        assert_eq!(clock, r#""running" | "paused" | "waiting-for-identity" | "stopped""#);
    }
}
