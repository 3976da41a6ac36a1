//! The forms of the settings screen and the first-start welcome (the
//! organisation profile, a calendar import, the retention periods), and the
//! register's protection as the unlock screen sees it.

use casebook_app as app;
use casebook_core as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Outcome, Regime};
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
    fn a_blank_location_keeps_the_current_one() {
        let input =
            OrganisationDto { name: "Acme".into(), default_location: "  ".into(), ..Default::default() }.into_app();
        assert_eq!(input.default_location, None);
        assert_eq!(input.default_regime, None);
        assert_eq!(input.name.as_deref(), Some("Acme"));
    }
}
