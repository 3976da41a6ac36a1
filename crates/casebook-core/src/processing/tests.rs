use chrono::NaiveDate;
use serde_json::json;

use super::access::{access_information, found_information};
use super::search::{SearchRecord, SearchResult, unsearched};
use super::*;
use crate::SubjectCategory;

fn crm() -> serde_json::Value {
    json!({
        "id": "crm",
        "name": "Customer database",
        "description": "Accounts and contacts",
        "data_subjects": ["dpv:Customer"],
        "personal_data": ["dpv-pd:Name", "dpv-pd:EmailAddress", {"id": "acme:CompanyName", "label": "Company name"}],
        "purposes": [{"purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract"}],
        "recipients": [{"kind": "dpv:DataProcessor", "name": "Cloud hosting provider"}],
        "retention": "6 years after the account closes",
        "transfers": [{"country": "US", "recipient": "Cloud hosting provider", "safeguard": "dpv:StandardContractualClauses"}],
        "sources": ["dpv:DataSubjectDataSource"],
        "automated_decisions": []
    })
}

fn register(systems: Vec<serde_json::Value>) -> String {
    json!({ "format": FORMAT, "version": FORMAT_VERSION, "systems": systems }).to_string()
}

fn with(mut v: serde_json::Value, pointer: &str, value: serde_json::Value) -> serde_json::Value {
    *v.pointer_mut(pointer).unwrap_or_else(|| panic!("no {pointer}")) = value;
    v
}

#[test]
fn a_valid_system_parses_with_labels_beside_the_ids() {
    let systems = parse_register(&register(vec![crm()])).unwrap();
    let s = &systems[0];
    assert_eq!(s.id.as_str(), "crm");
    assert_eq!(s.personal_data[1], Term { id: "dpv-pd:EmailAddress".into(), label: "Email address".into() });
    assert_eq!(s.personal_data[2].label, "Company name");
    assert_eq!(s.purposes[0].legal_basis.label, "Performance of a contract");
    assert_eq!(s.transfers[0].safeguard.id, "dpv:StandardContractualClauses");
}

#[test]
fn export_reads_back_identically() {
    let systems = parse_register(&register(vec![crm()])).unwrap();
    let text = serde_json::to_string_pretty(&register_json(&systems)).unwrap();
    assert_eq!(parse_register(&text).unwrap(), systems);
}

/// Each broken input names the JSON path and the problem.
#[test]
fn invalid_systems_are_refused_naming_the_path() {
    let cases: Vec<(serde_json::Value, &str)> = vec![
        (with(crm(), "/id", json!("CRM System")), "systems[0].id: invalid system id 'CRM System'"),
        (with(crm(), "/id", json!("-crm")), "systems[0].id: invalid system id"),
        (with(crm(), "/name", json!("  ")), "systems[0].name: is empty"),
        (with(crm(), "/name", json!(7)), "systems[0].name: expected a string, found a number"),
        (with(crm(), "/data_subjects", json!([])), "systems[0].data_subjects: is empty"),
        (
            with(crm(), "/personal_data/0", json!("dpv-pd:EmailAdress")),
            "systems[0].personal_data[0]: unknown DPV personal-data category 'dpv-pd:EmailAdress'",
        ),
        (
            with(crm(), "/personal_data/0", json!("acme:Thing")),
            "systems[0].personal_data[0]: 'acme:Thing' is not a DPV term: give it a label",
        ),
        (with(crm(), "/personal_data/0", json!("Email")), "systems[0].personal_data[0]: 'Email' is not a term id"),
        (
            with(crm(), "/purposes/0/legal_basis", json!("dpv:Contrat")),
            "systems[0].purposes[0].legal_basis: unknown DPV legal basis 'dpv:Contrat'",
        ),
        (
            with(crm(), "/purposes/0/purpose", json!("dpv:Consent")),
            "systems[0].purposes[0].purpose: 'dpv:Consent' is a legal basis, not a purpose",
        ),
        (
            with(crm(), "/purposes/0", json!({"purpose": "dpv:Marketing"})),
            "systems[0].purposes[0].legal_basis: missing",
        ),
        (
            with(crm(), "/recipients/0", json!({"kind": "dpv:DataProcessor", "name": "x", "url": "y"})),
            "systems[0].recipients[0].url: unknown field",
        ),
        (with(crm(), "/retention", json!(null)), "systems[0].retention: missing"),
        (
            with(crm(), "/transfers/0/country", json!("USA")),
            "systems[0].transfers[0].country: 'USA' is not an ISO 3166-1 alpha-2",
        ),
        (
            with(crm(), "/transfers/0", json!({"country": "US", "recipient": "x"})),
            "systems[0].transfers[0].safeguard: missing",
        ),
        (
            with(crm(), "/sources/0", json!("dpv:Customer")),
            "systems[0].sources[0]: 'dpv:Customer' is a data-subject category, not a data source",
        ),
        (
            with(crm(), "/automated_decisions", json!([{"kind": "dpv:Profiling", "description": "scores"}])),
            "systems[0].automated_decisions[0].logic: missing",
        ),
        (
            with(crm(), "/automated_decisions", json!({})),
            "systems[0].automated_decisions: expected an array, found an object",
        ),
        (json!("crm"), "systems[0]: expected an object, found a string"),
    ];
    for (system, expected) in cases {
        let err = parse_register(&register(vec![system.clone()])).unwrap_err().to_string();
        assert!(err.contains(expected), "{system}\n  gave: {err}\n  want: {expected}");
    }
}

#[test]
fn invalid_files_are_refused_as_a_whole() {
    let cases: Vec<(String, &str)> = vec![
        ("{\"format\": ".into(), "line 1, column 11: not valid JSON"),
        ("[]".into(), "$: expected an object, found an array"),
        (json!({"version": 1, "systems": []}).to_string(), "format: missing"),
        (
            json!({"format": FORMAT, "version": 2, "systems": []}).to_string(),
            "version: this Casebook reads version 1, found 2",
        ),
        (json!({"format": FORMAT, "version": 1, "systems": [], "extra": 1}).to_string(), "extra: unknown field"),
        (register(vec![crm(), crm()]), "systems[1].id: duplicate system id 'crm' (also systems[0])"),
    ];
    for (text, expected) in cases {
        let err = parse_register(&text).unwrap_err().to_string();
        assert!(err.contains(expected), "{text}\n  gave: {err}\n  want: {expected}");
    }
    // Several problems are all reported.
    let two = register(vec![with(with(crm(), "/name", json!("")), "/retention", json!(""))]);
    let err = parse_register(&two).unwrap_err();
    assert_eq!(err.problems.len(), 2, "{err}");
}

#[test]
fn dpv2_pd_prefix_is_read_as_dpv_pd() {
    let s = parse_register(&register(vec![with(crm(), "/personal_data/0", json!("pd:TelephoneNumber"))])).unwrap();
    assert_eq!(s[0].personal_data[0].id, "dpv-pd:TelephoneNumber");
}

#[test]
fn every_known_term_is_a_well_formed_id_listed_once() {
    for (i, (id, label, kind)) in dpv::TERMS.iter().enumerate() {
        assert!(super::parse::check_term(id, None, *kind).is_ok(), "{id}");
        assert!(!label.is_empty());
        assert!(!dpv::TERMS[..i].iter().any(|t| t.0 == *id), "{id} listed twice");
    }
}

fn system(id: &str, subjects: &[&str]) -> System {
    let v = with(with(crm(), "/id", json!(id)), "/data_subjects", json!(subjects));
    parse_system(&v, id).unwrap()
}

#[test]
fn relevance_follows_the_requesters_category() {
    let systems = vec![
        system("crm", &["dpv:Customer"]),
        system("hr", &["dpv:Employee"]),
        system("analytics", &["dpv:Visitor"]),
        system("leads", &["dpv:Subscriber"]),
        system("mail", &["dpv:DataSubject"]),
    ];
    let ids = |c: Option<SubjectCategory>| -> Vec<String> {
        relevant_systems(&systems, c).iter().map(|s| s.id.to_string()).collect()
    };
    let table = [
        (Some(SubjectCategory::Customer), vec!["crm", "leads", "mail"]),
        (Some(SubjectCategory::Employee), vec!["hr", "mail"]),
        (Some(SubjectCategory::WebsiteVisitor), vec!["analytics", "mail"]),
        (Some(SubjectCategory::JobApplicant), vec!["mail"]),
        (Some(SubjectCategory::Other), vec!["crm", "hr", "analytics", "leads", "mail"]),
        (None, vec!["crm", "hr", "analytics", "leads", "mail"]),
    ];
    for (category, expected) in table {
        assert_eq!(ids(category), expected, "{category:?}");
    }
}

#[test]
fn an_organisations_own_subject_term_matches_by_its_name() {
    let v = with(crm(), "/data_subjects", json!([{"id": "acme:Prospect", "label": "Sales leads"}]));
    let s = parse_system(&v, "").unwrap();
    assert!(s.concerns(Some(SubjectCategory::Prospect)));
    assert!(!s.concerns(Some(SubjectCategory::Customer)));
}

fn record(system: &str, searched: bool, result: Option<SearchResult>, reason: Option<&str>) -> SearchRecord {
    SearchRecord {
        system: SystemId::parse(system).unwrap(),
        searched,
        result,
        reason: reason.map(str::to_string),
        by: "Sam".into(),
        on: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
        note: None,
    }
}

#[test]
fn a_search_record_says_one_thing() {
    use SearchResult::*;
    let table = [
        (record("crm", true, Some(Found), None), None),
        (record("crm", true, Some(NothingFound), None), None),
        (record("crm", false, None, Some("decommissioned in 2024")), None),
        (record("crm", true, None, None), Some("needs its result")),
        (record("crm", true, Some(Found), Some("why")), Some("not a reason")),
        (record("crm", false, Some(Found), Some("why")), Some("has no result")),
        (record("crm", false, None, Some("  ")), Some("say why")),
        (SearchRecord { by: " ".into(), ..record("crm", true, Some(Found), None) }, Some("who searched is empty")),
    ];
    for (r, problem) in table {
        match (r.check(), problem) {
            (Ok(()), None) => {}
            (Err(e), Some(p)) => assert!(e.contains(p), "{r:?}: {e}"),
            (got, want) => panic!("{r:?}: got {got:?}, want {want:?}"),
        }
    }
}

#[test]
fn unsearched_relevant_systems_are_named_and_a_reason_counts() {
    let systems =
        vec![system("crm", &["dpv:Customer"]), system("hr", &["dpv:Employee"]), system("billing", &["dpv:Customer"])];
    let customer = Some(SubjectCategory::Customer);
    assert_eq!(unsearched(&systems, customer, &[]).iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["crm", "billing"]);
    let log = vec![record("crm", true, Some(SearchResult::Found), None)];
    assert_eq!(unsearched(&systems, customer, &log).iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["billing"]);
    let log = vec![log[0].clone(), record("billing", false, None, Some("no access until Monday; asked finance"))];
    assert!(unsearched(&systems, customer, &log).is_empty());
    // The HR system does not concern a customer; an employee case needs it.
    assert_eq!(
        unsearched(&systems, Some(SubjectCategory::Employee), &log).iter().map(|s| s.as_str()).collect::<Vec<_>>(),
        ["hr"]
    );
}

#[test]
fn access_information_leaves_out_systems_that_held_nothing() {
    let mut marketing = system("marketing", &["dpv:Customer"]);
    marketing.name = "Newsletter tool".into();
    marketing.purposes = vec![PurposeBasis {
        purpose: Term { id: "dpv:DirectMarketing".into(), label: "Direct marketing".into() },
        legal_basis: Term { id: "dpv:Consent".into(), label: "Consent".into() },
    }];
    marketing.retention = "until you unsubscribe".into();
    let systems = vec![system("crm", &["dpv:Customer"]), marketing, system("hr", &["dpv:Employee"])];
    let all = access_information(&systems, Some(SubjectCategory::Customer), &[]);
    assert_eq!(all.systems.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["crm", "marketing"]);
    assert_eq!(all.purposes.len(), 2);
    // Items shared by two systems appear once.
    assert_eq!(all.transfers.len(), 1);
    assert_eq!(all.recipients.len(), 1);
    assert_eq!(all.retention.len(), 2);
    let log = vec![record("marketing", true, Some(SearchResult::NothingFound), None)];
    let found = access_information(&systems, Some(SubjectCategory::Customer), &log);
    assert_eq!(found.systems.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["crm"]);
    assert_eq!(found.purposes.len(), 1);
    assert_eq!(found.retention[0].period, "6 years after the account closes");
    // A letter states only what a search found: unsearched and excused systems are left out.
    assert!(found_information(&systems, Some(SubjectCategory::Customer), &[]).systems.is_empty());
    let log = vec![
        record("crm", true, Some(SearchResult::Found), None),
        record("marketing", false, None, Some("never subscribed")),
        record("hr", true, Some(SearchResult::Found), None),
    ];
    let stated = found_information(&systems, Some(SubjectCategory::Customer), &log);
    assert_eq!(
        stated.systems.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["crm"],
        "hr does not concern a customer"
    );
}

#[test]
fn a_system_id_lines_up_in_tables() {
    assert_eq!(format!("{:<6}|", SystemId::parse("crm").unwrap()), "crm   |");
}
