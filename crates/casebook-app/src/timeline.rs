//! A case's timeline: its notes, the steps that moved its clock, and every
//! other change the audit log recorded, in the order they happened.
//!
//! Notes and clock events are read from their own tables (they carry the
//! civil date a step took effect, which the audit entry does not); the audit
//! log adds everything else (creation, edits, status moves, closure,
//! recomputed deadlines), each with the fields it changed.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use serde_json::Value;

use crate::{Casebook, Result};

/// One thing that happened to a case.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TimelineEntry {
    /// When it was recorded.
    pub at: DateTime<Utc>,
    /// Who recorded it, when the register knows.
    pub actor: Option<String>,
    pub item: TimelineItem,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum TimelineItem {
    Note {
        text: String,
    },
    /// A step that moved the clock (`crate::event` codes), effective `on`,
    /// with what was recorded with it (`asked_for`, `question`, `reason`…):
    /// `details` as the CLI prints it, `facts` for the window to word (without
    /// the English sentences `details` holds that other facts make: the right
    /// to complain of a refusal, why an identity document was deleted).
    Clock {
        kind: String,
        on: NaiveDate,
        details: BTreeMap<String, String>,
        facts: BTreeMap<String, Fact>,
    },
    /// Any other audited change (`case.created`, `case.updated`, `case.closed`,
    /// `deadline.recomputed (…)`…), with the fields that differ.
    Change {
        action: String,
        changes: Vec<FieldChange>,
    },
}

/// A field of the case before and after a change: `before` and `after` as
/// display text (the CLI's), `from` and `to` as facts (the window's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub from: Option<Fact>,
    pub to: Option<Fact>,
}

/// A recorded value as facts, for a front end to word in its language: text
/// as it was written (or a code), a civil date, a number, yes or no, a list,
/// or a record of named values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum Fact {
    Text { text: String },
    Date { date: NaiveDate },
    Number { number: i64 },
    Flag { flag: bool },
    List { items: Vec<Fact> },
    Record { fields: BTreeMap<String, Fact> },
}

impl Fact {
    /// A JSON value as facts; `None` for null, an empty list or an empty record.
    fn of(v: &Value) -> Option<Fact> {
        match v {
            Value::Null => None,
            Value::Bool(flag) => Some(Fact::Flag { flag: *flag }),
            Value::Number(n) => Some(match n.as_i64() {
                Some(number) => Fact::Number { number },
                None => Fact::Text { text: n.to_string() },
            }),
            Value::String(s) => Some(match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                Ok(date) if s.len() == 10 => Fact::Date { date },
                _ => Fact::Text { text: s.clone() },
            }),
            Value::Array(items) => {
                let items: Vec<Fact> = items.iter().filter_map(Fact::of).collect();
                (!items.is_empty()).then_some(Fact::List { items })
            }
            Value::Object(map) => {
                let fields: BTreeMap<String, Fact> =
                    map.iter().filter_map(|(k, v)| Fact::of(v).map(|f| (k.clone(), f))).collect();
                (!fields.is_empty()).then_some(Fact::Record { fields })
            }
        }
    }
}

/// Details of a clock step that are English sentences made from its other
/// details: the CLI prints them, the window words the facts they come from.
const SENTENCES: &[(&str, &str)] = &[("refused", "right_to_complain"), ("identity-document-deleted", "reason")];

impl FieldChange {
    /// `field: before → after`, with `missing` standing for a value not set.
    pub fn describe(&self, missing: &str) -> String {
        format!(
            "{}: {} → {}",
            self.field,
            self.before.as_deref().unwrap_or(missing),
            self.after.as_deref().unwrap_or(missing)
        )
    }
}

/// Fields that change with every write and say nothing to the DPO.
const NOISE: &[&str] = &["updated_at", "created_at", "notes", "id"];

/// A JSON value as one line of text: strings bare, lists joined, objects by their fields.
fn display(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(display).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        Value::Object(map) => {
            let parts: Vec<String> = map.iter().filter_map(|(k, v)| display(v).map(|v| format!("{k}: {v}"))).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        other => Some(other.to_string()),
    }
}

/// The top-level fields that differ between two JSON records of a case.
fn changes(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    let parse = |s: Option<&str>| -> BTreeMap<String, Value> {
        s.and_then(|s| serde_json::from_str::<Value>(s).ok())
            .and_then(|v| match v {
                Value::Object(m) => Some(m.into_iter().collect()),
                _ => None,
            })
            .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    // A creation record nests the new case under "case": show nothing field by
    // field for it, the entry itself says what happened.
    if before.is_empty() {
        return Vec::new();
    }
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|f| !NOISE.contains(&f.as_str()))
        .filter(|f| before.get(*f) != after.get(*f))
        .map(|f| FieldChange {
            field: f.clone(),
            before: before.get(f).and_then(display),
            after: after.get(f).and_then(display),
            from: before.get(f).and_then(Fact::of),
            to: after.get(f).and_then(Fact::of),
        })
        .collect()
}

impl Casebook {
    /// Everything recorded on a case, oldest first.
    pub fn timeline(&self, reference: &str) -> Result<Vec<TimelineEntry>> {
        let case = self.case_by_ref(reference)?;
        self.timeline_of(&case)
    }

    /// The timeline of a case already read.
    pub(crate) fn timeline_of(&self, case: &casebook_core::Case) -> Result<Vec<TimelineEntry>> {
        let store = self.store();
        let events = store.events(case.id)?;
        let audit = store.audit_of_case(case.id)?;
        drop(store);
        Ok(timeline_from(case, events, &audit))
    }
}

/// A case's timeline from its notes, its events and its audit entries.
pub(crate) fn timeline_from(
    case: &casebook_core::Case,
    events: Vec<casebook_store::CaseEvent>,
    audit: &[casebook_store::AuditEntry],
) -> Vec<TimelineEntry> {
    let parse_at = |s: &str| DateTime::parse_from_rfc3339(s).ok().map(|d| d.with_timezone(&Utc));
    // The audit entry of each clock event names who recorded it.
    let actor_of_event = |kind: &str, at: DateTime<Utc>| {
        audit
            .iter()
            .find(|a| a.action == format!("event.{kind}") && parse_at(&a.at) == Some(at))
            .map(|a| a.actor.clone())
    };

    let mut entries: Vec<TimelineEntry> = Vec::new();
    for a in audit {
        // Notes and clock events come from their own tables below.
        if a.action == "note.added" || a.action.starts_with("event.") {
            continue;
        }
        let Some(at) = parse_at(&a.at) else { continue };
        let item = TimelineItem::Change {
            action: a.action.clone(),
            changes: changes(a.before.as_deref(), a.after.as_deref()),
        };
        entries.push(TimelineEntry { at, actor: Some(a.actor.clone()), item });
    }
    for e in events {
        let empty = serde_json::Map::new();
        let recorded = match &e.detail {
            Some(Value::Object(map)) => map,
            _ => &empty,
        };
        let details = recorded.iter().filter_map(|(k, v)| display(v).map(|v| (k.clone(), v))).collect();
        let facts = recorded
            .iter()
            .filter(|(k, _)| !SENTENCES.contains(&(e.kind.as_str(), k.as_str())))
            .filter_map(|(k, v)| Fact::of(v).map(|f| (k.clone(), f)))
            .collect();
        let actor = actor_of_event(&e.kind, e.at);
        entries.push(TimelineEntry {
            at: e.at,
            actor,
            item: TimelineItem::Clock { kind: e.kind, on: e.on_date, details, facts },
        });
    }
    for n in &case.notes {
        entries.push(TimelineEntry {
            at: n.at,
            actor: Some(n.author.clone()),
            item: TimelineItem::Note { text: n.text.clone() },
        });
    }
    // Stable: what was recorded in the same instant keeps the order above
    // (a case's creation before the note logged with it).
    entries.sort_by_key(|e| e.at);
    entries
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};

    use chrono::TimeZone;

    use super::*;
    use casebook_core::{Channel, Right, Status};

    use crate::{CaseUpdate, NewRequest, PeopleUpdate};

    /// A clock that moves on a minute at every reading, so entries have distinct instants.
    fn ticking_casebook() -> Casebook {
        let minutes = Arc::new(AtomicI64::new(0));
        let clock = move || {
            let m = minutes.fetch_add(1, Ordering::SeqCst);
            Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap() + chrono::Duration::minutes(m)
        };
        crate::import::tests::organised(Casebook::in_memory(Box::new(clock), "dpo").unwrap())
    }

    /// Ada Lovelace's request by email, received 2026-11-02: its reference.
    fn ada_asking(book: &Casebook, rights: &[Right], note: Option<&str>) -> String {
        let received = "2026-11-02".parse().unwrap();
        let case = book
            .log_request(NewRequest {
                requester_emails: vec!["ada@example.org".into()],
                note: note.map(Into::into),
                ..NewRequest::new("Ada Lovelace", Channel::Email, received, rights.to_vec())
            })
            .unwrap();
        case.case.reference.to_string()
    }

    #[test]
    fn tells_a_case_in_order_with_notes_steps_and_changes() {
        let book = ticking_casebook();
        let r = &ada_asking(&book, &[Right::Access], Some("Arrived at the info@ mailbox"));
        book.update_case(r, CaseUpdate { status: Some(Status::InProgress), ..Default::default() }).unwrap();
        book.request_identity(r, "2026-11-03".parse().unwrap(), Some("a utility bill")).unwrap();
        book.receive_identity(r, "2026-11-10".parse().unwrap()).unwrap();
        book.add_note(r, "Called back about the scan").unwrap();

        let timeline = book.timeline(r).unwrap();

        let kinds: Vec<String> = timeline
            .iter()
            .map(|e| match &e.item {
                TimelineItem::Note { text } => format!("note: {text}"),
                TimelineItem::Clock { kind, on, .. } => format!("clock: {kind} on {on}"),
                TimelineItem::Change { action, .. } => format!("change: {action}"),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "change: case.created",
                "note: Arrived at the info@ mailbox",
                "change: case.updated",
                "clock: identity-requested on 2026-11-03",
                "clock: identity-received on 2026-11-10",
                "note: Called back about the scan",
            ]
        );
        assert!(timeline.windows(2).all(|w| w[0].at <= w[1].at), "oldest first");
        assert!(timeline.iter().all(|e| e.actor.as_deref() == Some("dpo")), "every entry names who recorded it");

        let TimelineItem::Change { changes, .. } = &timeline[2].item else { panic!("a change") };
        let status = changes.iter().find(|c| c.field == "status").expect("the status change is listed");
        assert_eq!((status.before.as_deref(), status.after.as_deref()), (Some("received"), Some("in-progress")));
        assert!(changes.iter().all(|c| c.field != "updated_at"), "{changes:?}");

        let TimelineItem::Clock { details, .. } = &timeline[3].item else { panic!("a clock step") };
        assert_eq!(details.get("asked_for").map(String::as_str), Some("a utility bill"));
    }

    #[test]
    fn carries_facts_beside_the_text() {
        let book = ticking_casebook();
        let r = &ada_asking(&book, &[Right::Access, Right::Erasure], None);
        book.update_case(
            r,
            PeopleUpdate { requester_phone: Some("+44 20 7946 0000".into()), ..Default::default() }.into(),
        )
        .unwrap();
        book.refuse(
            r,
            crate::Refusal {
                reason: casebook_core::workflow::RefusalReason::ManifestlyExcessive,
                text: "The fourth request this month".into(),
                on: Some("2026-11-12".parse().unwrap()),
            },
        )
        .unwrap();

        let timeline = book.timeline(r).unwrap();
        let TimelineItem::Change { changes, .. } = &timeline[1].item else { panic!("a change") };
        let requester = changes.iter().find(|c| c.field == "requester").expect("the requester changed");
        let Some(Fact::Record { fields }) = &requester.to else { panic!("a record: {requester:?}") };
        assert_eq!(fields.get("phone"), Some(&Fact::Text { text: "+44 20 7946 0000".into() }));
        let Some(Fact::Record { fields: was }) = &requester.from else { panic!("a record") };
        assert_eq!(was.get("phone"), None, "no phone before");

        let Some(TimelineItem::Clock { facts, details, .. }) = timeline.last().map(|e| &e.item) else {
            panic!("the refusal last")
        };
        assert_eq!(facts.get("reason"), Some(&Fact::Text { text: "manifestly-excessive".into() }));
        assert!(details.contains_key("right_to_complain"), "the CLI keeps its sentence");
        assert!(!facts.contains_key("right_to_complain"), "the window words it from the authority: {facts:?}");
        assert!(matches!(facts.get("complaint_authority"), Some(Fact::Record { .. })), "{facts:?}");
    }

    #[test]
    fn facts_type_json_values() {
        let v: Value = serde_json::json!({ "on": "2026-11-03", "days": 30, "the": true, "list": ["a", null], "none": null, "empty": [] });
        let Some(Fact::Record { fields }) = Fact::of(&v) else { panic!("a record") };
        assert_eq!(fields.get("on"), Some(&Fact::Date { date: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap() }));
        assert_eq!(fields.get("days"), Some(&Fact::Number { number: 30 }));
        assert_eq!(fields.get("the"), Some(&Fact::Flag { flag: true }));
        assert_eq!(fields.get("list"), Some(&Fact::List { items: vec![Fact::Text { text: "a".into() }] }));
        assert!(!fields.contains_key("none") && !fields.contains_key("empty"), "{fields:?}");
        assert_eq!(
            serde_json::to_value(Fact::Date { date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap() }).unwrap(),
            serde_json::json!({ "type": "date", "date": "2026-01-02" })
        );
    }

    #[test]
    fn an_unknown_case_is_not_found() {
        let book = ticking_casebook();
        let err = book.timeline("CB-2026-0099").unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::NotFound);
    }
}
