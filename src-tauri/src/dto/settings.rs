//! The organisation profile, the deadline policy and the holiday calendars,
//! as the settings screen and the first-start welcome edit them.

use std::collections::BTreeMap;

use casebook_app as app;
use casebook_core as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Outcome, Regime, civil, civil_opt};
use crate::error::IpcError;

/// The organisation that receives the requests. The same shape is read and
/// written: the form shows every field and sends them all back.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationDto {
    pub name: String,
    pub postal_address: String,
    pub dpo_name: String,
    pub dpo_email: String,
    pub default_regime: Option<Regime>,
    /// ISO 3166, e.g. `GB-ENG`, `DE-BY`, `US-CA`.
    pub default_location: String,
    /// IANA time zone, e.g. `Europe/London`.
    pub time_zone: String,
}

impl From<core::Organisation> for OrganisationDto {
    fn from(o: core::Organisation) -> Self {
        OrganisationDto {
            name: o.name,
            postal_address: o.postal_address,
            dpo_name: o.dpo_name,
            dpo_email: o.dpo_email,
            default_regime: Some(o.default_regime),
            default_location: o.default_location.to_string(),
            time_zone: o.time_zone,
        }
    }
}

impl OrganisationDto {
    /// Blank location or time zone keep the current value (or the default on first start).
    pub fn into_app(self) -> app::OrganisationInput {
        let given = |s: String| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        app::OrganisationInput {
            name: Some(self.name),
            postal_address: Some(self.postal_address.trim().to_owned()),
            dpo_name: Some(self.dpo_name.trim().to_owned()),
            dpo_email: Some(self.dpo_email.trim().to_owned()),
            default_regime: self.default_regime.map(|r| r.code().to_owned()),
            default_location: given(self.default_location),
            time_zone: given(self.time_zone),
        }
    }
}

/// An internal target, in calendar days from the start, for one regime.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HouseTargetDto {
    pub regime: Regime,
    pub days: u32,
}

/// The organisation's deadline settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeadlinePolicyDto {
    pub house_targets: Vec<HouseTargetDto>,
    /// CCPA business days also skip California state holidays.
    pub california_state_holidays: bool,
}

impl From<core::deadline::DeadlinePolicy> for DeadlinePolicyDto {
    fn from(p: core::deadline::DeadlinePolicy) -> Self {
        DeadlinePolicyDto {
            house_targets: p
                .house_target_days
                .into_iter()
                .map(|(regime, days)| HouseTargetDto { regime, days })
                .collect(),
            california_state_holidays: p.california_state_holidays,
        }
    }
}

impl From<DeadlinePolicyDto> for core::deadline::DeadlinePolicy {
    fn from(p: DeadlinePolicyDto) -> Self {
        let house_target_days: BTreeMap<core::Regime, u32> =
            p.house_targets.into_iter().map(|t| (t.regime, t.days)).collect();
        core::deadline::DeadlinePolicy { house_target_days, california_state_holidays: p.california_state_holidays }
    }
}

/// A holiday calendar in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarSummaryDto {
    pub id: String,
    pub name: String,
    pub source: String,
    /// Years covered by data, e.g. `2019–2028`; other years come from rules.
    pub data_years: String,
}

impl From<app::CalendarSummary> for CalendarSummaryDto {
    fn from(c: app::CalendarSummary) -> Self {
        CalendarSummaryDto { id: c.id, name: c.name, source: c.source, data_years: c.data_years }
    }
}

/// One holiday, with where the date comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayDto {
    pub date: String,
    pub title: String,
    /// From the rules rather than a data file.
    pub computed: bool,
    pub provenance: String,
}

impl From<core::holiday::Holiday> for HolidayDto {
    fn from(h: core::holiday::Holiday) -> Self {
        HolidayDto { date: civil(h.date), title: h.title, computed: h.computed, provenance: h.provenance }
    }
}

/// What importing a calendar file changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarImportDto {
    pub file_name: String,
    pub calendars: Vec<CalendarSummaryDto>,
    /// Open cases whose due date moved.
    pub cases_recomputed: Vec<String>,
}

impl From<app::CalendarImport> for CalendarImportDto {
    fn from(i: app::CalendarImport) -> Self {
        CalendarImportDto {
            file_name: i.file_name,
            calendars: i.calendars.into_iter().map(Into::into).collect(),
            cases_recomputed: i.cases_recomputed,
        }
    }
}

/// How to import the file the user is about to pick.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", default)]
pub struct CalendarImportRequest {
    /// The calendar an `.ics` file updates (a gov.uk JSON file names its own).
    #[ts(optional)]
    pub calendar_id: Option<String>,
    /// Add the file's days (company closures) instead of replacing the years it covers.
    pub add: bool,
}

// ---- retention ----
// The retention of closed cases, as the dashboard's prompt shows it.

/// A closed case past its retention period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionDueDto {
    pub reference: String,
    pub closed_on: String,
    pub outcome: Outcome,
    /// The date it became due for deletion.
    pub delete_on: String,
    /// Why, in one sentence (closing date, outcome, period).
    pub reason: String,
}

/// The closed cases due for deletion (a dry run), or those just deleted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionRunDto {
    pub due: Vec<RetentionDueDto>,
    /// Closed cases not yet due.
    pub kept: usize,
    pub next_due: Option<String>,
}

impl From<app::CaseRetentionRun> for RetentionRunDto {
    fn from(r: app::CaseRetentionRun) -> Self {
        RetentionRunDto {
            due: r
                .due
                .into_iter()
                .map(|c| RetentionDueDto {
                    reference: c.reference,
                    closed_on: civil(c.closed_on),
                    outcome: c.outcome,
                    delete_on: civil(c.delete_on),
                    reason: c.reason,
                })
                .collect(),
            kept: r.kept,
            next_due: civil_opt(r.next_due),
        }
    }
}

/// How long closed cases with one outcome are kept after closure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClosurePeriodDto {
    pub outcome: Outcome,
    /// The period as the user types it: `2y`, `18m`, `18 months`, `2 years`.
    pub period: String,
}

/// The retention settings: identity documents kept `identityDocumentDays`
/// days after the identity decision, closed cases per outcome after closure.
/// Read and written in the same shape; the days are text so that what the
/// user typed reaches the check that names the problem.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RetentionPolicyDto {
    pub identity_document_days: String,
    pub after_closure: Vec<ClosurePeriodDto>,
}

impl From<app::RetentionPolicy> for RetentionPolicyDto {
    fn from(p: app::RetentionPolicy) -> Self {
        RetentionPolicyDto {
            identity_document_days: p.identity_document_days.to_string(),
            after_closure: p
                .after_closure_months
                .into_iter()
                .filter_map(|(code, months)| {
                    let outcome = code.parse::<casebook_core::Outcome>().ok()?;
                    Some(ClosurePeriodDto { outcome, period: app::describe_months(months) })
                })
                .collect(),
        }
    }
}

impl RetentionPolicyDto {
    /// Parses the typed values; each problem names its field
    /// (`identity-document-days`, `after-closure.OUTCOME`).
    pub fn into_app(self) -> Result<app::RetentionPolicy, IpcError> {
        let days = self.identity_document_days.trim();
        let identity_document_days = days.parse::<u32>().map_err(|_| {
            IpcError::in_field(
                "identity-document-days",
                format!("'{days}' is not a number of days: expected a whole number, e.g. 30"),
            )
        })?;
        let mut after_closure_months = std::collections::BTreeMap::new();
        for rule in self.after_closure {
            let outcome = rule.outcome;
            let months = app::parse_retention_period(&rule.period).map_err(|e| {
                IpcError::in_field(
                    format!("after-closure.{}", outcome.code()),
                    format!("the period for {}: {e}", outcome.code()),
                )
            })?;
            after_closure_months.insert(outcome.code().to_string(), months);
        }
        Ok(app::RetentionPolicy { identity_document_days, after_closure_months })
    }
}

#[cfg(test)]
mod retention_tests {
    use super::*;

    fn dto(days: &str, period: &str) -> RetentionPolicyDto {
        RetentionPolicyDto {
            identity_document_days: days.into(),
            after_closure: vec![ClosurePeriodDto { outcome: Outcome::Refused, period: period.into() }],
        }
    }

    #[test]
    fn typed_periods_become_months_and_back() {
        let policy = dto(" 45 ", "3y").into_app().unwrap();
        assert_eq!(policy.identity_document_days, 45);
        assert_eq!(policy.after_closure_months.get("refused"), Some(&36));
        let back = RetentionPolicyDto::from(policy);
        assert_eq!(back.identity_document_days, "45");
        assert_eq!(back.after_closure[0].period, "3 years");
    }

    #[test]
    fn each_problem_names_its_field() {
        let e = dto("a month", "2y").into_app().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("identity-document-days"));
        assert!(e.message.starts_with("'a month' is not a number of days"), "{}", e.message);
        let e = dto("30", "forever").into_app().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("after-closure.refused"));
        assert!(e.message.starts_with("the period for refused: invalid period 'forever'"), "{}", e.message);
    }
}

// ---- protect ----
// The register's protection as the unlock screen, the welcome and the
// settings see it: whether it is encrypted and unlocked, how strong a new
// passphrase looks, and when the app locks itself.

/// Where the register stands, for the window to choose its first screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum RegisterStateCode {
    /// No file yet: the welcome creates it (encrypted unless the user declines).
    Missing,
    /// An unencrypted register, open (it cannot be locked).
    Plain,
    /// An encrypted register waiting for its passphrase.
    Locked,
    /// An encrypted register, open.
    Unlocked,
}

/// How hard a new passphrase looks to guess, with the hint to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PassphraseStrengthDto {
    /// `weak`, `fair` or `strong`.
    pub strength: PassphraseStrengthCode,
    pub hint: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PassphraseStrengthCode {
    Weak,
    Fair,
    Strong,
}

impl From<app::PassphraseStrength> for PassphraseStrengthDto {
    fn from(s: app::PassphraseStrength) -> Self {
        let strength = match s {
            app::PassphraseStrength::Weak => PassphraseStrengthCode::Weak,
            app::PassphraseStrength::Fair => PassphraseStrengthCode::Fair,
            app::PassphraseStrength::Strong => PassphraseStrengthCode::Strong,
        };
        PassphraseStrengthDto { strength, hint: s.hint().to_owned() }
    }
}

/// A due backup reminder: no backup for longer than the reminder period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReminderDto {
    /// RFC 3339; null when no backup was ever made (then the register's age counts).
    pub last_backup: Option<String>,
    pub days_since: i64,
    pub every_days: u32,
}

impl From<app::BackupReminder> for BackupReminderDto {
    fn from(r: app::BackupReminder) -> Self {
        BackupReminderDto {
            last_backup: r.last_backup.map(|at| at.to_rfc3339()),
            days_since: r.days_since,
            every_days: r.every_days,
        }
    }
}

/// A verified backup just written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupDoneDto {
    pub file: String,
    pub encrypted: bool,
    pub cases: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_round_trips() {
        let mut policy = core::deadline::DeadlinePolicy::default();
        policy.house_target_days.insert(core::Regime::UkGdpr, 28);
        policy.california_state_holidays = true;
        let dto = DeadlinePolicyDto::from(policy.clone());
        assert_eq!(dto.house_targets, [HouseTargetDto { regime: Regime::UkGdpr, days: 28 }]);
        assert_eq!(core::deadline::DeadlinePolicy::from(dto), policy);
    }

    #[test]
    fn a_blank_location_keeps_the_current_one() {
        let input =
            OrganisationDto { name: "Acme".into(), default_location: "  ".into(), ..Default::default() }.into_app();
        assert_eq!(input.default_location, None);
        assert_eq!(input.default_regime, None);
        assert_eq!(input.name.as_deref(), Some("Acme"));
    }
}

/// What loading the demo organisation put in the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DemoLoadDto {
    pub organisation: String,
    pub systems: usize,
    pub cases: Vec<String>,
}

impl From<app::DemoLoad> for DemoLoadDto {
    fn from(d: app::DemoLoad) -> Self {
        DemoLoadDto { organisation: d.organisation, systems: d.systems, cases: d.cases }
    }
}
