//! The register of processing (the organisation's data map) and, per case,
//! the search log and the Art. 15 information drawn from the register.
//!
//! (The CSV export of the cases, the requests, is `requests_csv.rs`.) Systems
//! are validated by `casebook_core::processing` (the same parser reads a whole
//! register file and a system a front end gives), stored by `casebook-store`,
//! every change audited.

use std::path::Path;

use casebook_core::processing::access::{AccessInformation, access_information};
use casebook_core::processing::search::{SearchRecord, SearchResult, SystemSearch, search_status, unsearched};
use casebook_core::processing::{self, AutomatedDecision, PurposeBasis, Recipient, System, SystemId, Term, Transfer};
use casebook_core::{Case, SubjectCategory};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use casebook_render::i18n::{as_recorded, record_words};

use casebook_store::ProcessingRegister;

use crate::steps::StepBook;
use crate::{Casebook, Error, FileProblem, RegisterSaid, Result};

/// The largest register file read (a register is a few hundred kilobytes at most).
const MAX_REGISTER_BYTES: u64 = 10 * 1024 * 1024;

/// A system as a front end gives it, in the register's own types. For an
/// edit, `None` leaves a field as it is and a list replaces the whole list.
///
/// A term is a DPV id (`dpv:Customer`) with an empty label, which then comes
/// from the vocabulary, or the organisation's own term with its label
/// (`acme:CompanyName`, "Company name"); a label given to a DPV id replaces
/// the vocabulary's. Everything is checked by `casebook_core::processing`,
/// and every problem is named by its [`SystemField`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SystemInput {
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub data_subjects: Option<Vec<Term>>,
    pub personal_data: Option<Vec<Term>>,
    pub purposes: Option<Vec<PurposeBasis>>,
    pub recipients: Option<Vec<Recipient>>,
    pub retention: Option<String>,
    pub transfers: Option<Vec<Transfer>>,
    pub sources: Option<Vec<Term>>,
    pub automated_decisions: Option<Vec<AutomatedDecision>>,
}

/// A field of a system, as errors name it: the CLI shows its flag, the app
/// marks the form's control.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SystemField {
    Id,
    Name,
    Description,
    DataSubjects,
    PersonalData,
    Purposes,
    Recipients,
    Retention,
    Transfers,
    Sources,
    AutomatedDecisions,
}

impl SystemField {
    pub const ALL: &'static [SystemField] = &[
        SystemField::Id,
        SystemField::Name,
        SystemField::Description,
        SystemField::DataSubjects,
        SystemField::PersonalData,
        SystemField::Purposes,
        SystemField::Recipients,
        SystemField::Retention,
        SystemField::Transfers,
        SystemField::Sources,
        SystemField::AutomatedDecisions,
    ];

    /// The stable key (kebab case) front ends map to their own controls.
    pub fn key(self) -> &'static str {
        match self {
            SystemField::Id => "id",
            SystemField::Name => "name",
            SystemField::Description => "description",
            SystemField::DataSubjects => "data-subjects",
            SystemField::PersonalData => "personal-data",
            SystemField::Purposes => "purposes",
            SystemField::Recipients => "recipients",
            SystemField::Retention => "retention",
            SystemField::Transfers => "transfers",
            SystemField::Sources => "sources",
            SystemField::AutomatedDecisions => "automated-decisions",
        }
    }

    /// The field's name in the register's JSON format (the paths of core's problems).
    fn json_key(self) -> &'static str {
        match self {
            SystemField::DataSubjects => "data_subjects",
            SystemField::PersonalData => "personal_data",
            SystemField::AutomatedDecisions => "automated_decisions",
            other => other.key(),
        }
    }
}

/// One problem with a system given as input: its field, the entry of a list
/// (counted from 1) and the part of that entry (`legal_basis`) where it lies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SystemProblem {
    pub field: SystemField,
    pub entry: Option<usize>,
    pub part: Option<String>,
    pub message: String,
}

impl SystemProblem {
    /// The problem with its field named as `field` (a flag, a key):
    /// `purposes #2 (legal_basis): unknown DPV legal basis …`.
    pub fn named(&self, field: &str) -> String {
        let entry = self.entry.map(|n| format!(" #{n}")).unwrap_or_default();
        let part = self.part.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
        format!("{field}{entry}{part}: {}", self.message)
    }

    /// From one of core's problems, `purposes[1].legal_basis: …`; `None` for a
    /// path outside the fields of a system.
    fn from_path(problem: &str) -> Option<SystemProblem> {
        let (path, message) = problem.split_once(": ")?;
        let head = path.split(['.', '[']).next().unwrap_or("");
        let field = *SystemField::ALL.iter().find(|f| f.json_key() == head)?;
        let rest = &path[head.len()..];
        let (entry, inner) = match rest.strip_prefix('[').and_then(|r| r.split_once(']')) {
            Some((i, tail)) => (Some(i.parse::<usize>().ok()? + 1), tail.trim_start_matches('.')),
            None => (None, rest.trim_start_matches('.')),
        };
        let part = (!inner.is_empty()).then(|| inner.to_string());
        Some(SystemProblem { field, entry, part, message: message.to_string() })
    }
}

/// Every problem of a system given as input, by field (see [`Error::InvalidSystem`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SystemProblems(pub Vec<SystemProblem>);

impl std::fmt::Display for SystemProblems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<String> = self.0.iter().map(|p| p.named(p.field.key())).collect();
        f.write_str(&shown.join("; "))
    }
}

/// What an import did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProcessingImport {
    pub file: String,
    /// How many systems the register held before.
    pub replaced: usize,
    pub systems: Vec<System>,
}

/// A search of one system for a case's requester: its system core's
/// `SystemId`, its result core's `SearchResult`, a bad one refused with its
/// field's key (`code.rs`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchInput {
    #[serde(deserialize_with = "crate::code::system")]
    pub system: SystemId,
    /// What the search found; None when not searched. From text,
    /// [`parse_search_result`] (`nothing` is accepted for `nothing-found`).
    #[serde(default, deserialize_with = "crate::code::search_result")]
    pub result: Option<SearchResult>,
    #[serde(default)]
    pub not_searched: bool,
    /// Why the system was not searched.
    #[serde(default)]
    pub reason: Option<String>,
    /// Who searched; default the person running Casebook.
    #[serde(default)]
    pub by: Option<String>,
    /// Default today.
    #[serde(default, deserialize_with = "crate::day::on")]
    pub on: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
}

impl SearchInput {
    /// A search of `system`, with nothing else said yet: today, by the person running Casebook.
    pub fn new(system: SystemId) -> Self {
        SearchInput { system, result: None, not_searched: false, reason: None, by: None, on: None, note: None }
    }
}

/// A case's search log: the systems relevant to its requester with their
/// latest record, those still unsearched, and every record in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SearchLog {
    pub subject_category: Option<SubjectCategory>,
    pub systems: Vec<SystemSearch>,
    /// Relevant systems with no record: the case cannot be answered while any remain.
    pub unsearched: Vec<SystemId>,
    pub history: Vec<SearchRecord>,
}

/// The search log of `case` from the register of processing's `systems`
/// and the searches recorded on the case (`history`).
pub(crate) fn search_log_from(case: &Case, systems: &[System], history: Vec<SearchRecord>) -> SearchLog {
    SearchLog {
        subject_category: case.subject_category,
        systems: search_status(systems, case.subject_category, &history),
        unsearched: unsearched(systems, case.subject_category, &history),
        history,
    }
}

/// A term in the register's JSON form: the id alone when the label is to
/// come from the vocabulary.
fn term_value(t: &Term) -> Value {
    if t.label.trim().is_empty() {
        Value::String(t.id.trim().to_string())
    } else {
        json!({ "id": t.id.trim(), "label": t.label.trim() })
    }
}

impl SystemInput {
    /// Lays the given fields over `base` (the system's JSON), in the register's format.
    fn overlay(self, base: &mut Map<String, Value>) {
        let mut set = |field: SystemField, v: Value| {
            base.insert(field.json_key().to_string(), v);
        };
        let terms = |v: Vec<Term>| Value::Array(v.iter().map(term_value).collect());
        let list = |items: Vec<Value>| Value::Array(items);
        if let Some(v) = self.id {
            set(SystemField::Id, Value::String(v));
        }
        if let Some(v) = self.name {
            set(SystemField::Name, Value::String(v));
        }
        if let Some(v) = self.description {
            set(SystemField::Description, Value::String(v));
        }
        if let Some(v) = self.data_subjects {
            set(SystemField::DataSubjects, terms(v));
        }
        if let Some(v) = self.personal_data {
            set(SystemField::PersonalData, terms(v));
        }
        if let Some(v) = self.purposes {
            let v = v
                .iter()
                .map(|p| json!({ "purpose": term_value(&p.purpose), "legal_basis": term_value(&p.legal_basis) }));
            set(SystemField::Purposes, list(v.collect()));
        }
        if let Some(v) = self.recipients {
            let v = v.iter().map(|r| json!({ "kind": term_value(&r.kind), "name": r.name }));
            set(SystemField::Recipients, list(v.collect()));
        }
        if let Some(v) = self.retention {
            set(SystemField::Retention, Value::String(v));
        }
        if let Some(v) = self.transfers {
            let v = v.iter().map(
                |t| json!({ "country": t.country, "safeguard": term_value(&t.safeguard), "recipient": t.recipient }),
            );
            set(SystemField::Transfers, list(v.collect()));
        }
        if let Some(v) = self.sources {
            set(SystemField::Sources, terms(v));
        }
        if let Some(v) = self.automated_decisions {
            let v = v.iter().map(|a| {
                json!({ "kind": term_value(&a.kind), "description": a.description, "logic": a.logic, "consequences": a.consequences })
            });
            set(SystemField::AutomatedDecisions, list(v.collect()));
        }
    }
}

/// Validates a system given as input, naming each problem by its field.
fn validate_input(value: &Value) -> Result<System> {
    processing::parse_system(value, "").map_err(|e| {
        let problems: Option<Vec<SystemProblem>> = e.problems.iter().map(|p| SystemProblem::from_path(p)).collect();
        match problems {
            Some(problems) => Error::InvalidSystem(SystemProblems(problems)),
            // Not a field of a system: cannot come from a `SystemInput`, but is still told whole.
            None => Error::refused(RegisterSaid::SystemInvalid { detail: e.problems.join("; ") }),
        }
    })
}

/// What a search found, from text: a search result's code, or `nothing`
/// for `nothing-found`; refused with core's message, keyed to `result`.
pub fn parse_search_result(s: &str) -> Result<SearchResult> {
    match s.trim() {
        "nothing" => Ok(SearchResult::NothingFound),
        r => crate::parse_field("result", r),
    }
}

/// A system's id given for an action or a search, keyed to `system`.
pub fn parse_system(s: &str) -> Result<SystemId> {
    SystemId::parse(s.trim()).map_err(|detail| Error::refused_in("system", RegisterSaid::InvalidSystemId { detail }))
}

fn parse_system_id(id: &str) -> Result<SystemId> {
    SystemId::parse(id.trim()).map_err(|detail| Error::refused(RegisterSaid::InvalidSystemId { detail }))
}

/// A term as a letter in `lang` prints it: a DPV term under its label in
/// that language (unless the register gave it a label of its own), else the
/// organisation's own label, quoted as recorded.
fn term_label(t: &casebook_core::processing::Term, lang: &str) -> String {
    let shipped = processing::dpv::label_in(&t.id, "en");
    match processing::dpv::label_in(&t.id, lang) {
        Some(label) if t.is_dpv() && shipped == Some(t.label.as_str()) => label.to_string(),
        _ => as_recorded(&t.label, lang),
    }
}

fn labels(terms: &[casebook_core::processing::Term], lang: &str) -> Vec<String> {
    terms.iter().map(|t| term_label(t, lang)).collect()
}

/// The DPV source that is the person themselves.
const DATA_SUBJECT_SOURCE: &str = "dpv:DataSubjectDataSource";

/// The access response's record of processing (the letter's Art. 15 section)
/// from the information derived for a case, for a letter in `lang`: the DPV
/// vocabulary in that language, the organisation's own words (names,
/// periods, descriptions) quoted as recorded where the letter is not in English.
pub fn processing_record(info: &AccessInformation, lang: &str) -> crate::ProcessingRecord {
    let words = record_words(lang);
    let own = |s: &str| as_recorded(s, lang);
    let none_or = |items: Vec<String>, none: &str| {
        if items.is_empty() { none.to_string() } else { items.join("; ") }
    };
    let colon = words.colon;
    crate::ProcessingRecord {
        purposes: Some(
            info.purposes
                .iter()
                .map(|p| format!("{} ({})", term_label(&p.purpose, lang), term_label(&p.legal_basis, lang)))
                .collect(),
        ),
        data_categories: Some(labels(&info.personal_data, lang)),
        recipients: Some(
            info.recipients.iter().map(|r| format!("{}{colon}{}", term_label(&r.kind, lang), own(&r.name))).collect(),
        ),
        retention: Some(
            info.retention
                .iter()
                .map(|r| {
                    // Each period is a sentence of its own: "Billing: Six years…."
                    let period = r.period.trim_end();
                    let stop = if period.ends_with(['.', '!', '?']) { "" } else { "." };
                    if lang == "en" {
                        format!("{}: {period}{stop}", r.system)
                    } else {
                        format!("{}{colon}{}", own(&r.system), own(&format!("{period}{stop}")))
                    }
                })
                .collect::<Vec<_>>()
                .join(if lang == "en" { " " } else { "; " }),
        ),
        // Art. 15(1)(g): the sources other than the person, whom the letter
        // names itself ("apart from what you gave us yourself").
        sources: Some(labels(
            &info.sources.iter().filter(|t| t.id != DATA_SUBJECT_SOURCE).cloned().collect::<Vec<_>>(),
            lang,
        )),
        automated_decisions: Some(none_or(
            info.automated_decisions
                .iter()
                .map(|a| {
                    format!(
                        "{}{colon}{} {} {} {} {}",
                        term_label(&a.kind, lang),
                        own(&a.description),
                        words.logic,
                        own(&a.logic),
                        words.consequences,
                        own(&a.consequences)
                    )
                })
                .collect(),
            words.no_decisions,
        )),
        transfers: Some(none_or(
            info.transfers
                .iter()
                .map(|t| {
                    format!("{} {} {} ({})", own(&t.recipient), words.to, t.country, term_label(&t.safeguard, lang))
                })
                .collect(),
            words.no_transfers,
        )),
    }
}

impl Casebook {
    /// The register of processing, in its order.
    pub fn processing_systems(&self) -> Result<Vec<System>> {
        processing_systems(self)
    }

    pub fn processing_system(&self, id: &str) -> Result<System> {
        processing_system(self, id)
    }

    /// Adds a system to the register; its id must be new.
    pub fn add_processing_system(&self, input: SystemInput) -> Result<System> {
        add_processing_system(self, input)
    }

    /// Changes the fields given of a system (its id stays).
    pub fn edit_processing_system(&self, id: &str, input: SystemInput) -> Result<System> {
        edit_processing_system(self, id, input)
    }

    /// Removes a system from the register (searches already logged in it stay on their cases).
    pub fn remove_processing_system(&self, id: &str) -> Result<System> {
        remove_processing_system(self, id)
    }

    /// Replaces the register with the systems of a JSON file: the whole file
    /// or nothing. Every problem is named with its JSON path.
    pub fn import_processing_register(&self, path: &Path) -> Result<ProcessingImport> {
        import_processing_register(self, path)
    }

    /// The register as the documented JSON document (`import` reads it back).
    pub fn export_processing_register(&self) -> Result<Value> {
        export_processing_register(self)
    }

    /// Logs a search of one system for a case's requester (or why it was not searched).
    pub fn record_search(&self, reference: &str, input: SearchInput) -> Result<SearchLog> {
        record_search(self, reference, input)
    }

    /// A case's search log.
    pub fn search_log(&self, reference: &str) -> Result<SearchLog> {
        search_log(self, reference)
    }

    pub(crate) fn search_log_of(&self, case: &Case) -> Result<SearchLog> {
        search_log_of(self, case)
    }

    /// The Art. 15(1)(a)–(h) and 15(2) information for a case, from the
    /// register: the systems relevant to the requester, less those searched
    /// with nothing found.
    pub fn access_information(&self, reference: &str) -> Result<AccessInformation> {
        access_information_of(self, reference)
    }
}

// The use cases of the register of processing and the search log, written
// once for both back ends against [`StepBook`] (a local register's
// `Casebook`, a team register's `TeamBook`).

/// The register of processing, in its order.
pub(crate) fn processing_systems<B: StepBook + ?Sized>(book: &B) -> Result<Vec<System>> {
    Ok(book.register().processing_systems()?)
}

pub(crate) fn processing_system<B: StepBook + ?Sized>(book: &B, id: &str) -> Result<System> {
    let id = parse_system_id(id)?;
    let found = book.register().processing_system(&id);
    found.map_err(|e| unknown_system(book, e, &id))
}

/// A missing system named with the ids the register does hold.
fn unknown_system<B: StepBook + ?Sized>(book: &B, e: casebook_store::Error, id: &SystemId) -> Error {
    match e {
        casebook_store::Error::NotFound { .. } => {
            let known: Vec<String> =
                processing_systems(book).unwrap_or_default().iter().map(|s| s.id.to_string()).collect();
            Error::refused(RegisterSaid::SystemNotInRegister { id: id.to_string(), known })
        }
        other => other.into(),
    }
}

pub(crate) fn add_processing_system<B: StepBook + ?Sized>(book: &B, input: SystemInput) -> Result<System> {
    let mut value = Map::new();
    input.overlay(&mut value);
    let system = validate_input(&Value::Object(value))?;
    let exists = book.register().processing_system(&system.id).is_ok();
    if exists {
        return Err(Error::conflicting(RegisterSaid::SystemAlreadyInRegister { id: system.id.to_string() }));
    }
    let stamp = book.stamp();
    book.register().add_processing_system(&system, stamp)?;
    Ok(system)
}

pub(crate) fn edit_processing_system<B: StepBook + ?Sized>(
    book: &B,
    id: &str,
    mut input: SystemInput,
) -> Result<System> {
    let current = processing_system(book, id)?;
    if input.id.as_deref().is_some_and(|new| new.trim() != current.id.as_str()) {
        return Err(Error::refused(RegisterSaid::SystemIdCannotChange));
    }
    input.id = None;
    let Value::Object(mut value) = serde_json::to_value(&current).expect("systems serialise") else {
        unreachable!("a system serialises to an object")
    };
    input.overlay(&mut value);
    let system = validate_input(&Value::Object(value))?;
    let stamp = book.stamp();
    book.register().update_processing_system(&system, stamp)?;
    Ok(system)
}

pub(crate) fn remove_processing_system<B: StepBook + ?Sized>(book: &B, id: &str) -> Result<System> {
    let id = parse_system_id(id)?;
    let stamp = book.stamp();
    let removed = book.register().remove_processing_system(&id, stamp);
    removed.map_err(|e| unknown_system(book, e, &id))
}

pub(crate) fn import_processing_register<B: StepBook + ?Sized>(book: &B, path: &Path) -> Result<ProcessingImport> {
    let name = path.display().to_string();
    let fail =
        |problem: FileProblem| Error::refused(RegisterSaid::ProcessingFileRefused { file: name.clone(), problem });
    let unreadable = |e: &dyn std::fmt::Display| fail(FileProblem::Unreadable { detail: e.to_string() });
    let meta = std::fs::metadata(path).map_err(|e| unreadable(&e))?;
    if !meta.is_file() {
        return Err(fail(FileProblem::NotAFile));
    }
    if meta.len() > MAX_REGISTER_BYTES {
        return Err(fail(FileProblem::TooLarge { bytes: meta.len(), max: MAX_REGISTER_BYTES }));
    }
    let bytes = std::fs::read(path).map_err(|e| unreadable(&e))?;
    let text = String::from_utf8(bytes)
        .map_err(|e| fail(FileProblem::NotText { offset: e.utf8_error().valid_up_to() as u64 }))?;
    let systems = processing::parse_register(text.trim_start_matches('\u{feff}')).map_err(|e| unreadable(&e))?;
    let stamp = book.stamp();
    let replaced = book.register().replace_processing_register(&systems, stamp)?;
    Ok(ProcessingImport { file: name, replaced, systems })
}

pub(crate) fn export_processing_register<B: StepBook + ?Sized>(book: &B) -> Result<Value> {
    Ok(processing::register_json(&processing_systems(book)?))
}

pub(crate) fn record_search<B: StepBook + ?Sized>(book: &B, reference: &str, input: SearchInput) -> Result<SearchLog> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    if case.status == casebook_core::Status::Closed {
        return Err(Error::conflicting(RegisterSaid::CaseClosed { reference: case.reference.to_string() }));
    }
    let system = input.system;
    processing_system(book, system.as_str())?;
    let on = crate::lifecycle::date_on_case(&case, input.on, book.today()?)?;
    let result = input.result;
    if input.not_searched && result.is_some() {
        return Err(Error::refused_in("result", RegisterSaid::SearchResultWithoutSearch));
    }
    let clean = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let record = SearchRecord {
        system,
        searched: !input.not_searched,
        result,
        reason: clean(input.reason),
        by: clean(input.by).unwrap_or_else(|| book.actor().to_string()),
        on,
        note: clean(input.note),
    };
    record.check().map_err(|e| Error::refused(RegisterSaid::SearchInvalid { detail: e.to_string() }))?;
    let stamp = book.stamp();
    book.register().add_case_search(case.id, &record, stamp)?;
    search_log_of(book, &case)
}

pub(crate) fn search_log<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<SearchLog> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    search_log_of(book, &case)
}

pub(crate) fn search_log_of<B: StepBook + ?Sized>(book: &B, case: &Case) -> Result<SearchLog> {
    let (systems, history) = {
        let mut register = book.register();
        (register.processing_systems()?, register.case_searches(case.id)?)
    };
    Ok(search_log_from(case, &systems, history))
}

pub(crate) fn access_information_of<B: StepBook + ?Sized>(book: &B, reference: &str) -> Result<AccessInformation> {
    let case = crate::lifecycle::case(&mut *book.register(), reference)?;
    let (systems, history) = {
        let mut register = book.register();
        (register.processing_systems()?, register.case_searches(case.id)?)
    };
    if systems.is_empty() {
        return Err(Error::conflicting(RegisterSaid::ProcessingRegisterEmpty));
    }
    Ok(access_information(&systems, case.subject_category, &history))
}

#[cfg(test)]
mod tests {
    fn sys(id: &str) -> SystemId {
        SystemId::parse(id).unwrap()
    }

    use chrono::{TimeZone, Utc};

    use super::*;
    use casebook_core::{Channel, Right, SubjectCategory};

    use crate::{NewRequest, OrganisationInput, ResponseSent};

    fn book() -> Casebook {
        let at = Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap();
        let book = Casebook::in_memory(Box::new(move || at), "dpo").unwrap();
        book.set_organisation(OrganisationInput { name: Some("Acme".into()), ..Default::default() }).unwrap();
        book
    }

    fn term(id: &str) -> Term {
        Term { id: id.into(), label: String::new() }
    }

    fn crm() -> SystemInput {
        SystemInput {
            id: Some("crm".into()),
            name: Some("Customer database".into()),
            data_subjects: Some(vec![term("dpv:Customer")]),
            personal_data: Some(vec![
                term("dpv-pd:Name"),
                Term { id: "acme:CompanyName".into(), label: "Company name".into() },
            ]),
            purposes: Some(vec![PurposeBasis {
                purpose: term("dpv:ServiceProvision"),
                legal_basis: term("dpv:Contract"),
            }]),
            recipients: Some(vec![Recipient {
                kind: term("dpv:DataProcessor"),
                name: "Cloud hosting provider".into(),
            }]),
            retention: Some("6 years after the account closes".into()),
            transfers: Some(vec![Transfer {
                country: "US".into(),
                safeguard: term("dpv:StandardContractualClauses"),
                recipient: "Cloud hosting provider".into(),
            }]),
            sources: Some(vec![term("dpv:DataSubjectDataSource"), term("dpv:ThirdPartyDataSource")]),
            ..Default::default()
        }
    }

    fn case(book: &Casebook, category: SubjectCategory) -> String {
        let received = "2026-11-20".parse().unwrap();
        book.log_request(NewRequest {
            subject_category: Some(category),
            ..NewRequest::new("Ada", Channel::Email, received, vec![Right::Access])
        })
        .unwrap()
        .case
        .reference
        .to_string()
    }

    #[test]
    fn a_system_is_built_from_its_fields_and_errors_name_the_field() {
        let book = book();
        let s = book.add_processing_system(crm()).unwrap();
        assert_eq!(s.personal_data[0].label, "Name", "a DPV term takes the vocabulary's label");
        assert_eq!(s.personal_data[1].label, "Company name");
        assert_eq!(s.transfers[0].country, "US");
        let web = |input: SystemInput| SystemInput { id: Some("web".into()), ..input };
        let table: Vec<(SystemInput, &str, Option<&str>)> = vec![
            (SystemInput { id: Some("crm".into()), ..crm() }, "already in the register", None),
            (
                web(SystemInput {
                    purposes: Some(vec![PurposeBasis {
                        purpose: term("dpv:Marketing"),
                        legal_basis: term("dpv:Consnt"),
                    }]),
                    ..crm()
                }),
                "purposes #1 (legal_basis): unknown DPV legal basis 'dpv:Consnt'",
                Some("purposes"),
            ),
            (
                web(SystemInput { personal_data: Some(vec![term("acme:X")]), ..crm() }),
                "personal-data #1: 'acme:X' is not a DPV term",
                Some("personal-data"),
            ),
            (
                web(SystemInput {
                    recipients: Some(vec![Recipient { kind: term("dpv:DataProcessor"), name: " ".into() }]),
                    ..crm()
                }),
                "recipients #1 (name): is empty",
                Some("recipients"),
            ),
            (web(SystemInput { retention: Some(" ".into()), ..crm() }), "retention: is empty", Some("retention")),
            (SystemInput { id: Some("Web Site".into()), ..crm() }, "id: invalid system id 'Web Site'", Some("id")),
            (
                web(SystemInput { data_subjects: Some(vec![]), sources: Some(vec![]), ..crm() }),
                "data-subjects: is empty (at least one is needed); sources: is empty",
                Some("data-subjects"),
            ),
        ];
        for (input, want, field) in table {
            let err = book.add_processing_system(input).unwrap_err();
            assert!(err.to_string().contains(want), "{err}\n want {want}");
            assert_eq!(err.field_key(), field, "{err}");
        }
        assert_eq!(book.processing_systems().unwrap().len(), 1);
    }

    /// Each of core's problem paths becomes a field, an entry and a part.
    #[test]
    fn problems_are_read_from_the_paths_of_core() {
        let table = [
            (
                "purposes[1].legal_basis: unknown",
                Some((SystemField::Purposes, Some(2), Some("legal_basis"), "unknown")),
            ),
            ("data_subjects: missing", Some((SystemField::DataSubjects, None, None, "missing"))),
            (
                "automated_decisions[0]: expected an object, found a string",
                Some((SystemField::AutomatedDecisions, Some(1), None, "expected an object, found a string")),
            ),
            (
                "id: invalid system id 'X': expected a slug",
                Some((SystemField::Id, None, None, "invalid system id 'X': expected a slug")),
            ),
            ("colour: unknown field (expected one of: id, name)", None),
            ("no path at all", None),
        ];
        for (path, want) in table {
            let got = SystemProblem::from_path(path);
            let want = want.map(|(field, entry, part, message)| SystemProblem {
                field,
                entry,
                part: part.map(str::to_string),
                message: message.to_string(),
            });
            assert_eq!(got, want, "{path}");
        }
        let p = SystemProblem::from_path("transfers[0].country: 'USA' is not a code").unwrap();
        assert_eq!(p.named("--transfer"), "--transfer #1 (country): 'USA' is not a code");
    }

    #[test]
    fn an_edit_changes_only_the_fields_given() {
        let book = book();
        book.add_processing_system(crm()).unwrap();
        let edited = book
            .edit_processing_system(
                "crm",
                SystemInput { retention: Some("2 years".into()), transfers: Some(vec![]), ..Default::default() },
            )
            .unwrap();
        assert_eq!(edited.retention, "2 years");
        assert!(edited.transfers.is_empty());
        assert_eq!(edited.personal_data.len(), 2);
        let err = book
            .edit_processing_system("crm", SystemInput { id: Some("crm2".into()), ..Default::default() })
            .unwrap_err();
        assert!(err.to_string().contains("id cannot change"), "{err}");
        let err = book.edit_processing_system("billing", SystemInput::default()).unwrap_err();
        assert!(err.to_string().contains("known: crm"), "{err}");
    }

    #[test]
    fn responding_waits_for_every_relevant_system_and_a_reason_will_do() {
        let book = book();
        // Without a register nothing is asked.
        let r0 = case(&book, SubjectCategory::Customer);
        let respond = |r: &str| {
            book.respond(r, ResponseSent { on: None, channel: casebook_core::Channel::Email, what: "copy".into() })
        };
        respond(&r0).unwrap();

        book.add_processing_system(crm()).unwrap();
        book.add_processing_system(SystemInput { id: Some("billing".into()), name: Some("Billing".into()), ..crm() })
            .unwrap();
        book.add_processing_system(SystemInput {
            id: Some("hr".into()),
            name: Some("HR".into()),
            data_subjects: Some(vec![term("dpv:Employee")]),
            ..crm()
        })
        .unwrap();
        let r = case(&book, SubjectCategory::Customer);
        let err = respond(&r).unwrap_err().to_string();
        assert!(err.contains("not searched: crm, billing"), "{err}");
        book.record_search(
            &r,
            SearchInput { result: Some(SearchResult::Found), by: Some("Sam".into()), ..SearchInput::new(sys("crm")) },
        )
        .unwrap();
        let err = respond(&r).unwrap_err().to_string();
        assert!(err.contains("not searched: billing"), "{err}");
        let log = book
            .record_search(
                &r,
                SearchInput {
                    not_searched: true,
                    reason: Some("never a paying customer".into()),
                    ..SearchInput::new(sys("billing"))
                },
            )
            .unwrap();
        assert!(log.unsearched.is_empty());
        assert_eq!(log.history[1].by, "dpo");
        assert_eq!(respond(&r).unwrap().case.status, casebook_core::Status::ResponseSent);
    }

    #[test]
    fn a_search_is_checked_before_it_is_logged() {
        let book = book();
        book.add_processing_system(crm()).unwrap();
        let r = case(&book, SubjectCategory::Customer);
        let table: Vec<(SearchInput, &str)> = vec![
            (
                SearchInput { result: Some(SearchResult::Found), ..SearchInput::new(sys("billing")) },
                "system 'billing' is not in the register of processing (known: crm)",
            ),
            (SearchInput::new(sys("crm")), "needs its result"),
            (SearchInput { not_searched: true, ..SearchInput::new(sys("crm")) }, "say why"),
            (
                SearchInput {
                    not_searched: true,
                    result: Some(SearchResult::Found),
                    reason: Some("x".into()),
                    ..SearchInput::new(sys("crm"))
                },
                "one not searched has a reason instead, not a result",
            ),
            (
                SearchInput {
                    result: Some(SearchResult::Found),
                    on: Some("2026-12-01".parse().unwrap()),
                    ..SearchInput::new(sys("crm"))
                },
                "in the future",
            ),
            (
                SearchInput {
                    result: Some(SearchResult::Found),
                    on: Some("2026-11-01".parse().unwrap()),
                    ..SearchInput::new(sys("crm"))
                },
                "before the request was received",
            ),
        ];
        for (input, want) in table {
            let err = book.record_search(&r, input).unwrap_err().to_string();
            assert!(err.contains(want), "{err}\n want {want}");
        }
        assert!(book.search_log(&r).unwrap().history.is_empty());
        let nothing = parse_search_result(" nothing ").unwrap();
        let log =
            book.record_search(&r, SearchInput { result: Some(nothing), ..SearchInput::new(sys("crm")) }).unwrap();
        assert_eq!(log.systems[0].latest.as_ref().unwrap().result, Some(SearchResult::NothingFound));
    }

    #[test]
    fn access_information_and_the_letters_record_come_from_the_register() {
        let book = book();
        let r = case(&book, SubjectCategory::Customer);
        assert!(book.access_information(&r).unwrap_err().to_string().contains("register of processing is empty"));
        book.add_processing_system(crm()).unwrap();
        let info = book.access_information(&r).unwrap();
        assert_eq!(info.systems[0].name, "Customer database");
        let record = processing_record(&info, "en");
        assert_eq!(record.purposes.unwrap(), ["Providing the service (Performance of a contract)"]);
        assert_eq!(record.transfers.unwrap(), "Cloud hosting provider to US (Standard contractual clauses)");
        assert_eq!(record.automated_decisions.unwrap(), "none");
        assert_eq!(record.retention.unwrap(), "Customer database: 6 years after the account closes.");
        // In German and French: the vocabulary translated, the organisation's own words quoted as recorded.
        let table = [
            (
                "de",
                "Erbringung des Dienstes (Erfüllung eines Vertrags)",
                ["Name", "\u{201e}Company name\u{201c}"],
                "Auftragsverarbeiter, die für uns tätig sind: \u{201e}Cloud hosting provider\u{201c}",
                "\u{201e}Customer database\u{201c}: \u{201e}6 years after the account closes.\u{201c}",
                "\u{201e}Cloud hosting provider\u{201c} nach US (Standardvertragsklauseln)",
                "keine",
            ),
            (
                "fr",
                "Fourniture du service (Exécution d'un contrat)",
                ["Nom", "\u{ab}\u{a0}Company name\u{a0}\u{bb}"],
                "Sous-traitants agissant pour notre compte\u{a0}: \u{ab}\u{a0}Cloud hosting provider\u{a0}\u{bb}",
                "\u{ab}\u{a0}Customer database\u{a0}\u{bb}\u{a0}: \u{ab}\u{a0}6 years after the account closes.\u{a0}\u{bb}",
                "\u{ab}\u{a0}Cloud hosting provider\u{a0}\u{bb} vers US (Clauses contractuelles types)",
                "aucune",
            ),
        ];
        for (lang, purpose, categories, recipient, retention, transfer, decisions) in table {
            let record = processing_record(&info, lang);
            assert_eq!(record.purposes.unwrap(), [purpose], "{lang}");
            assert_eq!(record.data_categories.unwrap(), categories, "{lang}");
            assert_eq!(record.recipients.unwrap(), [recipient], "{lang}");
            assert_eq!(record.retention.unwrap(), retention, "{lang}");
            assert_eq!(record.transfers.unwrap(), transfer, "{lang}");
            assert_eq!(record.automated_decisions.unwrap(), decisions, "{lang}");
            // Art. 15(1)(g): the sources other than the person, whom the letter names itself.
            assert_eq!(
                record.sources.unwrap(),
                [casebook_core::processing::dpv::label_in("dpv:ThirdPartyDataSource", lang).unwrap()]
            );
        }
    }
}
