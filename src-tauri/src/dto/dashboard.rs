//! The dashboard's counts.

use casebook_app as app;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{CaseSummary, Status, civil};

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
    pub right: super::Right,
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
