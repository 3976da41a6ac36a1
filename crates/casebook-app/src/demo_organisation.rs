//! The demo organisation (`casebook demo load`): a software company's
//! profile, its register of processing and a handful of realistic cases,
//! from `assets/demo/`. Dates are relative to today, so the cases always
//! show a mix of fresh, due-soon and overdue requests.

use serde::{Deserialize, Serialize};

use casebook_core::Organisation;
use casebook_store::ProcessingRegister;

use crate::processing::SearchInput;
use crate::steps::StepBook;
use crate::{CaseLifecycle, CaseQuery, Casebook, Error, NewRequest, OrganisationInput, RegisterSaid, Result};

const ORGANISATION: &str = include_str!("../../../assets/demo/organisation.json");
const REGISTER: &str = include_str!("../../../assets/demo/register-of-processing.json");
const CASES: &str = include_str!("../../../assets/demo/cases.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoSearch {
    system: casebook_core::processing::SystemId,
    result: Option<casebook_core::processing::search::SearchResult>,
    reason: Option<String>,
    by: String,
    days_ago: i64,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoCase {
    received_days_ago: i64,
    acknowledged_days_ago: Option<i64>,
    /// A [`NewRequest`] without `received` (set from `received_days_ago`).
    request: serde_json::Map<String, serde_json::Value>,
    searches: Vec<DemoSearch>,
}

/// What `demo load` put in the register.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DemoLoad {
    pub organisation: String,
    pub systems: usize,
    /// The references of the demo cases, in the order of `assets/demo/cases.json`.
    pub cases: Vec<String>,
    /// Synthetic cases added by the generator (`--synthetic N`).
    pub synthetic: usize,
}

impl Casebook {
    /// Fills an empty register with the demo organisation, its register of
    /// processing and its cases, plus `synthetic` generated cases.
    pub fn load_demo_organisation(&self, synthetic: usize) -> Result<DemoLoad> {
        load_demo(self, |org| self.set_organisation(org), synthetic)
    }
}

impl crate::TeamBook {
    /// [`Casebook::load_demo_organisation`] on a team register (the DPO's:
    /// the organisation's profile is a setting).
    pub fn load_demo_organisation(&self, synthetic: usize) -> Result<DemoLoad> {
        load_demo(self, |org| self.set_organisation(org), synthetic)
    }
}

/// The demo written once for either back end; `set_organisation` stores the profile.
fn load_demo<B: StepBook + CaseLifecycle>(
    book: &B,
    set_organisation: impl FnOnce(OrganisationInput) -> Result<Organisation>,
    synthetic: usize,
) -> Result<DemoLoad> {
    let today = CaseLifecycle::today(book)?;
    let cases = book.list_page(&CaseQuery { limit: Some(1), ..CaseQuery::default() }, today)?.total;
    let systems = book.register().processing_systems()?.len();
    if cases > 0 || systems > 0 {
        return Err(Error::conflicting(RegisterSaid::DemoNeedsEmptyRegister {
            cases: cases as u64,
            systems: systems as u64,
        }));
    }
    let org: OrganisationInput = serde_json::from_str(ORGANISATION).expect("the shipped demo profile parses (tested)");
    let org = set_organisation(org)?;
    let register =
        casebook_core::processing::parse_register(REGISTER).expect("the shipped demo register parses (tested)");
    let stamp = book.stamp();
    book.register().replace_processing_register(&register, stamp)?;
    let demo: Vec<DemoCase> = serde_json::from_str(CASES).expect("the shipped demo cases parse (tested)");
    // Today in the organisation's own time zone, now that it is set.
    let today = CaseLifecycle::today(book)?;
    let date = |ago: i64| today - chrono::Duration::days(ago);
    let day = |ago: i64| date(ago).to_string();
    let mut references = Vec::new();
    for c in demo {
        let mut request = c.request;
        request.insert("received".into(), day(c.received_days_ago).into());
        let request: NewRequest =
            serde_json::from_value(request.into()).expect("the shipped demo cases are requests (tested)");
        let case = book.log_request(request)?;
        let reference = case.case.reference.to_string();
        if let Some(ago) = c.acknowledged_days_ago {
            book.acknowledge(&reference, Some(date(ago)), case.case.channel)?;
        }
        for s in c.searches {
            let search = SearchInput {
                system: s.system,
                not_searched: s.reason.is_some(),
                result: s.result,
                reason: s.reason,
                by: Some(s.by),
                on: Some(date(s.days_ago)),
                note: s.note,
            };
            book.record_search(&reference, search)?;
        }
        references.push(reference);
    }
    let synthetic = if synthetic > 0 { book.generate_synthetic_cases(synthetic, 2026)? } else { 0 };
    Ok(DemoLoad { organisation: org.name, systems: register.len(), cases: references, synthetic })
}

/// Test set-up: a register (real SQLite, in `dir`) with the demo organisation,
/// its clock stopped at 1 December 2026 10:00, and the reference of its first case.
#[cfg(test)]
pub(crate) fn demo_register(dir: &std::path::Path) -> (Casebook, String) {
    use chrono::TimeZone;
    let book = Casebook::open_with(
        &dir.join("casebook.db"),
        crate::OpenMode::CreateIfMissing,
        Box::new(|| chrono::Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()),
        "dpo".into(),
    )
    .unwrap();
    let reference = book.load_demo_organisation(0).unwrap().cases[0].clone();
    (book, reference)
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;

    fn book() -> Casebook {
        let at = Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
        Casebook::in_memory(Box::new(move || at), "dpo").unwrap()
    }

    #[test]
    fn the_demo_loads_into_an_empty_register_only() {
        let book = book();
        let loaded = book.load_demo_organisation(3).unwrap();
        assert_eq!(loaded.organisation, "Larkspur Software Ltd");
        assert_eq!(loaded.systems, 7);
        assert_eq!(loaded.cases.len(), 6);
        assert_eq!(loaded.synthetic, 3);
        // Hannah Okafor's access request: four systems searched, the mailboxes not yet.
        let log = book.search_log(&loaded.cases[0]).unwrap();
        assert_eq!(log.unsearched.iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["email"]);
        let info = book.access_information(&loaded.cases[0]).unwrap();
        let systems: Vec<&str> = info.systems.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(systems, ["accounts", "billing", "support", "email"], "marketing held nothing");
        assert!(info.transfers.iter().all(|t| t.country == "US" && t.safeguard.id == "dpv:StandardContractualClauses"));
        assert_eq!(info.automated_decisions.len(), 1);
        // The website visitor's searches are complete: one found, one reasoned.
        assert!(book.search_log(&loaded.cases[1]).unwrap().unsearched.is_empty());
        assert!(book.verify_audit().unwrap().is_intact());
        let again = book.load_demo_organisation(0).unwrap_err();
        assert!(again.to_string().contains("fills an empty register"), "{again}");
    }

    #[test]
    fn the_shipped_register_validates_against_its_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../assets/schemas/register-of-processing.schema.json")).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let demo: serde_json::Value = serde_json::from_str(REGISTER).unwrap();
        let errors: Vec<String> =
            validator.iter_errors(&demo).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{errors:?}");
        // What `processing export` writes validates too, and the schema refuses what the parser refuses.
        let book = book();
        book.load_demo_organisation(0).unwrap();
        let export = book.export_processing_register().unwrap();
        assert!(validator.is_valid(&export));
        let refused = [
            serde_json::json!({"format": "casebook-register-of-processing", "version": 1, "systems": [{"id": "CRM"}]}),
            serde_json::json!({"format": "casebook-register-of-processing", "version": 2, "systems": []}),
        ];
        let mut broken = export.clone();
        broken["systems"][0]["personal_data"][3] = serde_json::json!("larkspur:InstantMessagingId");
        for doc in refused.iter().chain([&broken]) {
            assert!(!validator.is_valid(doc), "{doc}");
            assert!(casebook_core::processing::parse_register(&doc.to_string()).is_err(), "{doc}");
        }
    }
}
