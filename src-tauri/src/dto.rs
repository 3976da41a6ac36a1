//! What crosses the IPC boundary, and the conversions from the façade's types.
//!
//! The webview sees only these types. Each one derives `ts_rs::TS`, and the
//! TypeScript in `ui/src/ipc/bindings/` is generated from them (see the
//! `bindings` test), so a change here that the UI does not follow fails its
//! type check. Core's code enums (`Status`, `Right`, `Outcome`…) cross as they
//! are, their TypeScript from core's `ts` feature: a new variant reaches the
//! UI's union, where every `Record<Code, …>` of labels then fails the check
//! until it is labelled.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Mirrors a code enum as a DTO enum serialised as the same stable codes, with
/// conversions both ways that the compiler checks for exhaustiveness. Left
/// only for the façade's `FileKind` (no ts feature in casebook-app yet) and the
/// processing register's codes (`dto/processing.rs`, being reworked apart).
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

pub(crate) fn civil_opt(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(civil)
}

/// The order of the case list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum CaseSortKey {
    /// Soonest deadline first: what a DPO looks at every morning.
    #[default]
    Due,
    Received,
    Reference,
}

/// Filters for the case list; every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CaseListQuery {
    #[ts(optional)]
    pub status: Option<Status>,
    /// Only cases still running (not response sent, closed, withdrawn or refused).
    #[ts(optional)]
    pub open_only: Option<bool>,
    #[ts(optional)]
    pub right: Option<Right>,
    #[ts(optional)]
    pub channel: Option<Channel>,
    #[ts(optional)]
    pub regime: Option<Regime>,
    /// Words searched in requester names, emails and notes.
    #[ts(optional)]
    pub text: Option<String>,
    #[ts(optional)]
    pub due_within_days: Option<i64>,
    #[ts(optional)]
    pub sort: Option<CaseSortKey>,
    #[ts(optional)]
    pub limit: Option<u32>,
    #[ts(optional)]
    pub offset: Option<u32>,
}

impl CaseListQuery {
    /// The façade's query. Blank search text means "no text filter".
    pub fn into_app(self) -> app::CaseQuery {
        app::CaseQuery {
            status: self.status,
            open_only: self.open_only.unwrap_or(false),
            right: self.right,
            channel: self.channel,
            regime: self.regime,
            text: self.text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty()),
            due_within_days: self.due_within_days,
            sort: match self.sort.unwrap_or_default() {
                CaseSortKey::Due => app::CaseSort::Due,
                CaseSortKey::Received => app::CaseSort::Received,
                CaseSortKey::Reference => app::CaseSort::Reference,
            },
            limit: self.limit,
            offset: self.offset.unwrap_or(0),
            ..Default::default()
        }
    }
}

/// A page of the case list and how many cases match in all.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePage {
    pub total: i64,
    pub cases: Vec<CaseSummary>,
}

/// One row of the case list. Dates are civil dates as `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummary {
    pub reference: String,
    pub status: Status,
    /// The primary right first.
    pub rights: Vec<Right>,
    pub regime: Regime,
    /// An ISO 3166 code such as `GB-ENG`.
    pub location: String,
    pub channel: Channel,
    pub received: String,
    pub requester_name: String,
    /// The date the response is due, when the case still has one.
    pub due: Option<String>,
    /// Days from today to `due`; negative when overdue.
    pub days_left: Option<i64>,
}

impl From<app::CaseSummary> for CaseSummary {
    fn from(c: app::CaseSummary) -> Self {
        CaseSummary {
            reference: c.reference.to_string(),
            status: c.status,
            rights: c.rights.into_iter().collect(),
            regime: c.regime,
            location: c.location.to_string(),
            channel: c.channel,
            received: c.received.format("%Y-%m-%d").to_string(),
            requester_name: c.requester_name,
            due: c.due.map(|d| d.format("%Y-%m-%d").to_string()),
            days_left: c.days_left,
        }
    }
}

/// Facts about the running app the UI shows, such as where the register lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
}

// ---- dashboard ----
// The dashboard's counts.

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusCountDto {
    pub status: Status,
    pub count: i64,
}

/// Where the register stands today.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DashboardDto {
    pub today: String,
    pub overdue: i64,
    /// Open cases due from today to `dueSoonDays` days ahead.
    pub due_soon: i64,
    pub due_soon_days: i64,
    pub awaiting_identity: i64,
    pub awaiting_clarification: i64,
    /// Every status in workflow order, zero counts included.
    pub by_status: Vec<StatusCountDto>,
    pub total: i64,
    /// Overdue cases and cases due soon, soonest first.
    pub attention: Vec<CaseSummary>,
}

impl From<app::Dashboard> for DashboardDto {
    fn from(d: app::Dashboard) -> Self {
        DashboardDto {
            today: civil(d.today),
            overdue: d.overdue,
            due_soon: d.due_soon,
            due_soon_days: app::DUE_SOON_DAYS,
            awaiting_identity: d.awaiting_identity,
            awaiting_clarification: d.awaiting_clarification,
            by_status: d.by_status.into_iter().map(|s| StatusCountDto { status: s.status, count: s.count }).collect(),
            total: d.total,
            attention: d.attention.into_iter().map(Into::into).collect(),
        }
    }
}

/// Requests received in one month under one right.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RightCountDto {
    pub right: Right,
    pub count: i64,
}

/// One month of the dashboard's charts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MonthStatsDto {
    /// `YYYY-MM`.
    pub month: String,
    pub by_right: Vec<RightCountDto>,
    /// Cases answered in the month, and how many by their due date.
    pub answered: i64,
    pub on_time: i64,
}

impl From<app::MonthStats> for MonthStatsDto {
    fn from(m: app::MonthStats) -> Self {
        MonthStatsDto {
            month: m.month,
            by_right: m.by_right.into_iter().map(|(right, count)| RightCountDto { right, count }).collect(),
            answered: m.answered,
            on_time: m.on_time,
        }
    }
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

    #[test]
    fn an_empty_query_lists_everything_soonest_deadline_first() {
        let query: CaseListQuery = serde_json::from_str("{}").unwrap();
        let q = query.into_app();
        assert!(q.status.is_none() && q.text.is_none() && !q.open_only);
        assert!(matches!(q.sort, app::CaseSort::Due));
        assert_eq!(q.offset, 0);
    }

    #[test]
    fn blank_search_text_is_no_filter() {
        let query: CaseListQuery = serde_json::from_str(r#"{"text": "  ", "status": "in-progress"}"#).unwrap();
        let q = query.into_app();
        assert_eq!(q.text, None);
        assert_eq!(q.status, Some(Status::InProgress));
    }

    #[test]
    fn an_unknown_code_is_refused() {
        let err = serde_json::from_str::<CaseListQuery>(r#"{"status": "lost"}"#).unwrap_err();
        assert!(err.to_string().contains("lost"), "{err}");
    }
}
