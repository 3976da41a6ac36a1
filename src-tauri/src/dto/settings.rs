//! The organisation profile, the deadline policy and the holiday calendars,
//! as the settings screen and the first-start welcome edit them.

use std::collections::BTreeMap;

use casebook_app as app;
use casebook_core as core;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Regime, civil};

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
