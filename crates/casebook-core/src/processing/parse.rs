//! The register's JSON exchange format, parsed by hand over `serde_json::Value`
//! so that every problem is reported with its JSON path
//! (`systems[2].purposes[0].legal_basis`), all of them at once.

use serde_json::{Map, Value, json};

use super::dpv::{self, TermKind};
use super::{AutomatedDecision, PurposeBasis, Recipient, System, SystemId, Term, Transfer};

/// The `format` a register file declares.
pub const FORMAT: &str = "casebook-register-of-processing";
/// The version of the format this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// How many problems an error message lists before "and N more".
const SHOWN: usize = 12;
/// Longest free text accepted in one field.
const MAX_TEXT: usize = 10_000;

/// Everything wrong with a register or a system, each problem as
/// `path: what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterError {
    pub problems: Vec<String>,
}

impl std::fmt::Display for RegisterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown: Vec<&str> = self.problems.iter().take(SHOWN).map(String::as_str).collect();
        f.write_str(&shown.join("; "))?;
        if self.problems.len() > SHOWN {
            write!(f, "; and {} more", self.problems.len() - SHOWN)?;
        }
        Ok(())
    }
}

impl std::error::Error for RegisterError {}

#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn add(&mut self, path: &str, msg: impl std::fmt::Display) {
        self.0.push(format!("{path}: {msg}"));
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str, allowed: &[&str]) -> Option<&'a Map<String, Value>> {
        let Some(map) = v.as_object() else {
            self.add(path, format!("expected an object, found {}", kind_of(v)));
            return None;
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.add(&join(path, key), format!("unknown field (expected one of: {})", allowed.join(", ")));
            }
        }
        Some(map)
    }

    /// A required (or optional) non-empty text field, trimmed.
    fn text(&mut self, map: &Map<String, Value>, key: &str, path: &str, required: bool) -> Option<String> {
        let path = join(path, key);
        match map.get(key) {
            None | Some(Value::Null) if required => {
                self.add(&path, "missing");
                None
            }
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => {
                let s = s.trim();
                if s.is_empty() && required {
                    self.add(&path, "is empty");
                    None
                } else if s.chars().count() > MAX_TEXT {
                    self.add(&path, format!("is longer than {MAX_TEXT} characters"));
                    None
                } else if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
                    self.add(&path, "contains control characters");
                    None
                } else {
                    (!s.is_empty()).then(|| s.to_string())
                }
            }
            Some(other) => {
                self.add(&path, format!("expected a string, found {}", kind_of(other)));
                None
            }
        }
    }

    /// The items of an array field with their paths; `min` items are required.
    fn array<'a>(
        &mut self,
        map: &'a Map<String, Value>,
        key: &str,
        path: &str,
        min: usize,
    ) -> Vec<(String, &'a Value)> {
        let path = join(path, key);
        match map.get(key) {
            None | Some(Value::Null) => {
                if min > 0 {
                    self.add(&path, "missing");
                }
                Vec::new()
            }
            Some(Value::Array(items)) => {
                if items.len() < min {
                    self.add(&path, "is empty (at least one is needed)");
                }
                items.iter().enumerate().map(|(i, v)| (format!("{path}[{i}]"), v)).collect()
            }
            Some(other) => {
                self.add(&path, format!("expected an array, found {}", kind_of(other)));
                Vec::new()
            }
        }
    }

    /// The objects of an array field (`min` of them required), each holding
    /// only `fields` and read by `item` with its path; an object with a
    /// problem is left out, its problems recorded.
    fn objects<T>(
        &mut self,
        map: &Map<String, Value>,
        key: &str,
        path: &str,
        min: usize,
        fields: &[&str],
        item: impl Fn(&mut Self, &Map<String, Value>, &str) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for (item_path, v) in self.array(map, key, path, min) {
            if let Some(m) = self.object(v, &item_path, fields)
                && let Some(t) = item(self, m, &item_path)
            {
                out.push(t);
            }
        }
        out
    }

    fn terms(&mut self, map: &Map<String, Value>, key: &str, path: &str, kind: TermKind, min: usize) -> Vec<Term> {
        let mut out: Vec<Term> = Vec::new();
        for (p, v) in self.array(map, key, path, min) {
            if let Some(t) = self.term(v, &p, kind)
                && !out.iter().any(|o| o.id == t.id)
            {
                out.push(t);
            }
        }
        out
    }

    /// The term at `key` of an array item's object `m`, or `missing` noted when it is absent.
    fn required_term(
        &mut self,
        m: &Map<String, Value>,
        path: &str,
        key: &str,
        kind: TermKind,
        missing: &str,
    ) -> Option<Term> {
        match m.get(key) {
            Some(t) => self.term(t, &join(path, key), kind),
            None => {
                self.add(&join(path, key), missing);
                None
            }
        }
    }

    /// A term: `"dpv:Consent"`, or `{"id": "dpv:Consent", "label": "…"}`; the
    /// organisation's own terms need the object form with a label.
    fn term(&mut self, v: &Value, path: &str, kind: TermKind) -> Option<Term> {
        let (id, label) = match v {
            Value::String(s) => (s.trim().to_string(), None),
            Value::Object(_) => {
                let map = self.object(v, path, &["id", "label"])?;
                let id = self.text(map, "id", path, true)?;
                (id, self.text(map, "label", path, false))
            }
            other => {
                self.add(
                    path,
                    format!(
                        "expected a term id such as {} or an object with id and label, found {}",
                        dpv::examples(kind).split(',').next().unwrap_or(""),
                        kind_of(other)
                    ),
                );
                return None;
            }
        };
        match check_term(&id, label, kind) {
            Ok(t) => Some(t),
            Err(msg) => {
                self.add(path, msg);
                None
            }
        }
    }
}

/// Validates a term id (and its label) for a field of `kind`.
pub(super) fn check_term(id: &str, label: Option<String>, kind: TermKind) -> Result<Term, String> {
    let Some((prefix, local)) = id.split_once(':') else {
        return Err(format!("'{id}' is not a term id: expected prefix:Name such as {}", dpv::examples(kind)));
    };
    let prefix_ok = prefix.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    let local_ok = local.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
        && local.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
    if !prefix_ok || !local_ok {
        return Err(format!("'{id}' is not a term id: expected prefix:Name such as {}", dpv::examples(kind)));
    }
    // DPV 2 names its personal-data extension `pd:`; earlier releases `dpv-pd:`.
    let id = if prefix == "pd" { format!("dpv-pd:{local}") } else { id.to_string() };
    let prefix = id.split_once(':').map(|p| p.0).unwrap_or_default();
    if dpv::DPV_PREFIXES.contains(&prefix) {
        match dpv::lookup(&id) {
            Some((known_label, k)) if k == kind => {
                Ok(Term { label: label.unwrap_or_else(|| known_label.to_string()), id })
            }
            Some((_, k)) => Err(format!("'{id}' is a {}, not a {}", k.name(), kind.name())),
            None => Err(format!(
                "unknown DPV {} '{id}' (known ones include {}; use your own prefix with a label for terms DPV lacks)",
                kind.name(),
                dpv::examples(kind)
            )),
        }
    } else {
        match label {
            Some(label) => Ok(Term { id, label }),
            None => {
                Err(format!("'{id}' is not a DPV term: give it a label, as {{\"id\": \"{id}\", \"label\": \"…\"}}"))
            }
        }
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() { key.to_string() } else { format!("{path}.{key}") }
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

const SYSTEM_FIELDS: &[&str] = &[
    "id",
    "name",
    "description",
    "data_subjects",
    "personal_data",
    "purposes",
    "recipients",
    "retention",
    "transfers",
    "sources",
    "automated_decisions",
];

fn system(p: &mut Problems, v: &Value, path: &str) -> Option<System> {
    let before = p.0.len();
    let map = p.object(v, path, SYSTEM_FIELDS)?;
    let id = p.text(map, "id", path, true).and_then(|id| match SystemId::parse(&id) {
        Ok(id) => Some(id),
        Err(e) => {
            p.add(&join(path, "id"), e);
            None
        }
    });
    let name = p.text(map, "name", path, true);
    let description = p.text(map, "description", path, false).unwrap_or_default();
    let data_subjects = p.terms(map, "data_subjects", path, TermKind::DataSubject, 1);
    let personal_data = p.terms(map, "personal_data", path, TermKind::PersonalData, 1);
    let purposes = purposes(p, map, path);
    let recipients = recipients(p, map, path);
    let retention = p.text(map, "retention", path, true);
    let transfers = transfers(p, map, path);
    let sources = p.terms(map, "sources", path, TermKind::Source, 1);
    let automated_decisions = automated_decisions(p, map, path);
    if p.0.len() > before {
        return None;
    }
    Some(System {
        id: id?,
        name: name?,
        description,
        data_subjects,
        personal_data,
        purposes,
        recipients,
        retention: retention?,
        transfers,
        sources,
        automated_decisions,
    })
}

/// A system's `purposes`: each a purpose with its legal basis.
fn purposes(p: &mut Problems, map: &Map<String, Value>, path: &str) -> Vec<PurposeBasis> {
    p.objects(map, "purposes", path, 1, &["purpose", "legal_basis"], |p, m, pp| {
        let purpose = p.required_term(m, pp, "purpose", TermKind::Purpose, "missing");
        let legal_basis = p.required_term(m, pp, "legal_basis", TermKind::LegalBasis, "missing");
        Some(PurposeBasis { purpose: purpose?, legal_basis: legal_basis? })
    })
}

/// A system's `recipients`: each a kind and a name.
fn recipients(p: &mut Problems, map: &Map<String, Value>, path: &str) -> Vec<Recipient> {
    p.objects(map, "recipients", path, 0, &["kind", "name"], |p, m, rp| {
        let kind = p.required_term(m, rp, "kind", TermKind::Recipient, "missing");
        let name = p.text(m, "name", rp, true);
        Some(Recipient { kind: kind?, name: name? })
    })
}

/// A system's `transfers` abroad: each a country, a recipient and a safeguard.
fn transfers(p: &mut Problems, map: &Map<String, Value>, path: &str) -> Vec<Transfer> {
    p.objects(map, "transfers", path, 0, &["country", "recipient", "safeguard"], |p, m, tp| {
        let country = p.text(m, "country", tp, true).and_then(|c| {
            if c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase()) {
                Some(c)
            } else {
                p.add(&join(tp, "country"), format!("'{c}' is not an ISO 3166-1 alpha-2 country code such as US"));
                None
            }
        });
        let recipient = p.text(m, "recipient", tp, true);
        let safeguard = p.required_term(
            m,
            tp,
            "safeguard",
            TermKind::Safeguard,
            "missing (a transfer needs its safeguard, GDPR Art. 44–49)",
        );
        Some(Transfer { country: country?, recipient: recipient?, safeguard: safeguard? })
    })
}

/// A system's `automated_decisions`: each a kind, a description, its logic and consequences.
fn automated_decisions(p: &mut Problems, map: &Map<String, Value>, path: &str) -> Vec<AutomatedDecision> {
    let fields = ["kind", "description", "logic", "consequences"];
    p.objects(map, "automated_decisions", path, 0, &fields, |p, m, ap| {
        let kind = p.required_term(m, ap, "kind", TermKind::AutomatedDecision, "missing");
        let description = p.text(m, "description", ap, true);
        let logic = p.text(m, "logic", ap, true);
        let consequences = p.text(m, "consequences", ap, true);
        Some(AutomatedDecision { kind: kind?, description: description?, logic: logic?, consequences: consequences? })
    })
}

/// Parses one system (the object form of the register's `systems` items);
/// `path` prefixes the paths in error messages.
pub fn parse_system(v: &Value, path: &str) -> Result<System, RegisterError> {
    let mut p = Problems::default();
    match system(&mut p, v, path) {
        Some(s) if p.0.is_empty() => Ok(s),
        _ => Err(RegisterError { problems: p.0 }),
    }
}

/// Parses a whole register file. All or nothing: any problem refuses the file.
pub fn parse_register(text: &str) -> Result<Vec<System>, RegisterError> {
    let v: Value = serde_json::from_str(text).map_err(|e| RegisterError {
        problems: vec![format!("line {}, column {}: not valid JSON ({e})", e.line(), e.column())],
    })?;
    let mut p = Problems::default();
    let Some(map) = p.object(&v, "$", &["$schema", "format", "version", "systems"]) else {
        return Err(RegisterError { problems: p.0 });
    };
    match map.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => p.add("format", format!("expected \"{FORMAT}\", found {other}")),
        None => p.add("format", format!("missing (expected \"{FORMAT}\")")),
    }
    match map.get("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(FORMAT_VERSION) => {}
        Some(other) => p.add("version", format!("this Casebook reads version {FORMAT_VERSION}, found {other}")),
        None => p.add("version", format!("missing (expected {FORMAT_VERSION})")),
    }
    let mut systems: Vec<System> = Vec::new();
    let mut seen: Vec<(SystemId, String)> = Vec::new();
    for (path, item) in p.array(map, "systems", "", 0) {
        if let Some(s) = system(&mut p, item, &path) {
            if let Some((_, first)) = seen.iter().find(|(id, _)| *id == s.id) {
                p.add(&join(&path, "id"), format!("duplicate system id '{}' (also {first})", s.id));
            } else {
                seen.push((s.id.clone(), path.clone()));
                systems.push(s);
            }
        }
    }
    if p.0.is_empty() { Ok(systems) } else { Err(RegisterError { problems: p.0 }) }
}

/// The export document for `systems` (what [`parse_register`] reads back).
pub fn register_json(systems: &[System]) -> Value {
    json!({
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "systems": systems,
    })
}
