//! The live state of a case as the audit log records it (schema 9).
//!
//! Every audit entry about a case (format 3) carries in `state` the rows of
//! that case which changed since the case's previous entry: for each row its
//! digest (SHA-256 over every column) and a 4-hex-digit fingerprint per column
//! (enough to name the column that changed; too short to test a guessed value
//! against). A removed row is recorded as `null`. Replaying a case's entries
//! gives what its rows must hash to now; `verify_audit` compares that with the
//! live rows, so a row edited, added or removed without an entry is named.
//!
//! Tracked per case: `cases` (every column, with its rights in order as the
//! column `rights`), `case_events`, `notes`, `case_documents`, `correspondence`
//! `case_searches`, (schema 11) `case_actions` and `case_notifications`, (schema
//! 12) `case_right_answers`, (schema 13) `letter_drafts` and
//! `correspondence_withdrawals`, and (schema 14) `case_right_answer_corrections`.
//! Not tracked: the derived `case_emails` and `case_search` index, and the
//! imported data (`data_files`, `data_items`, `data_redactions`), whose
//! entries record the file's SHA-256 but not each record.

use std::collections::BTreeMap;

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Result;
use crate::stored::hex;

/// One tracked table: its name and the columns hashed (after `id`, which keys the row).
struct Table {
    name: &'static str,
    columns: &'static [&'static str],
    /// The schema that added the table: a file of an older schema has none.
    since: i64,
}

const CASES: Table = Table {
    name: "cases",
    since: 1,
    columns: &[
        "reference",
        "status",
        "regime",
        "location",
        "channel",
        "received",
        "received_at",
        "requester_name",
        "requester",
        "data_subject",
        "subject_category",
        "language",
        "outcome",
        "closed_on",
        "due",
        "created_at",
        "updated_at",
        "intake",
    ],
};

const CHILDREN: &[Table] = &[
    Table { name: "case_events", columns: &["case_id", "kind", "on_date", "detail", "at"], since: 1 },
    Table { name: "notes", columns: &["case_id", "at", "author", "text"], since: 1 },
    Table { name: "case_documents", columns: &["case_id", "sha256", "role", "file_name", "added_at"], since: 1 },
    Table {
        name: "correspondence",
        columns: &["case_id", "direction", "channel", "at", "subject", "body_text", "message_id", "sha256"],
        since: 1,
    },
    Table {
        name: "case_searches",
        columns: &["case_id", "system_id", "searched", "result", "reason", "by_whom", "on_date", "note", "at"],
        since: 5,
    },
    // Schema 11: the action log. No case has rows here before it, so the
    // digests recorded earlier still hold.
    Table {
        name: "case_actions",
        columns: &["case_id", "right", "system_id", "did", "ground", "detail", "by_whom", "on_date", "at"],
        since: 11,
    },
    Table {
        name: "case_notifications",
        columns: &["case_id", "right", "recipient", "unlisted_reason", "by_whom", "on_date", "at"],
        since: 11,
    },
    // Schema 12: each right's answer.
    Table {
        name: "case_right_answers",
        columns: &["case_id", "right", "outcome", "ground", "detail", "by_whom", "on_date", "at"],
        since: 12,
    },
    // Schema 13: letter drafts and withdrawn letters (new tables, as above).
    Table {
        name: "letter_drafts",
        columns: &[
            "case_id",
            "kind",
            "language",
            "title",
            "file_name",
            "details",
            "letter_date",
            "made_at",
            "made_by",
            "pdf",
            "pdf_sha256",
            "text",
            "eml",
            "message_id",
            "state",
            "closed_at",
            "closed_by",
            "correspondence_id",
        ],
        since: 13,
    },
    Table {
        name: "correspondence_withdrawals",
        columns: &["case_id", "correspondence_id", "reason", "by_whom", "at"],
        since: 13,
    },
    // Schema 14: a right's earlier answers, kept when it is corrected (a new table, as above).
    Table {
        name: "case_right_answer_corrections",
        columns: &[
            "case_id",
            "right",
            "outcome",
            "ground",
            "detail",
            "by_whom",
            "on_date",
            "answered_at",
            "reason",
            "corrected_by",
            "corrected_on",
            "at",
        ],
        since: 14,
    },
];

/// The pseudo-column of `cases` holding the case's rights, in order.
const RIGHTS: &str = "rights";

/// Columns of `cases` added after schema 9 (migration 10: `kind`, `concerns`;
/// migration 16: `appeal_due`).
/// NULL for every case that existed before, they are hashed only when set, so
/// the digests recorded before they existed still hold; once set, they are
/// covered like every other column.
/// Each with the schema that added it: a file of an older schema (a backup
/// being verified, a register about to be upgraded) does not have them.
/// The schema from which audit entries carry `state`.
pub(crate) const STATE_SCHEMA: i64 = 9;
/// The action of a case's last entry when it is deleted after its retention
/// period: the case has no state after it.
pub(crate) const CASE_DELETED: &str = "case.deleted";

const CASES_LATER: &[(&str, i64)] = &[("kind", 10), ("concerns", 10), ("appeal_due", 16)];

/// The later columns this file's schema has.
fn cases_later(conn: &Connection) -> Result<Vec<&'static str>> {
    let schema = crate::schema_of(conn)?;
    Ok(CASES_LATER.iter().filter(|(_, since)| schema >= *since).map(|(name, _)| *name).collect())
}

/// What the log records of one row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct RowState {
    /// SHA-256 over the table, the id and every column.
    h: String,
    /// The first 4 hex digits of each column's digest, in the table's column order.
    c: String,
}

/// Rows keyed `table/id`.
pub(crate) type CaseState = BTreeMap<String, RowState>;
/// A change of state: a row's new state, or None when it was removed.
pub(crate) type StateDelta = BTreeMap<String, Option<RowState>>;

/// Every tracked table and its columns as the log hashes them, `cases`
/// first (without its pseudo-column `rights` and the later columns, which
/// [`cases_state`] adds): what a team register reads to record the same state.
pub(crate) fn tracked_tables() -> impl Iterator<Item = (&'static str, &'static [&'static str])> {
    std::iter::once(&CASES).chain(CHILDREN).map(|t| (t.name, t.columns))
}

/// The columns of `cases` added after schema 9, hashed only where set.
pub(crate) fn cases_later_columns() -> impl Iterator<Item = &'static str> {
    CASES_LATER.iter().map(|(name, _)| *name)
}

/// The state of a case's own row: its columns (in [`tracked_tables`]'s
/// order), its rights in order, and the later columns that are set.
pub(crate) fn cases_state(
    case_id: i64,
    columns: &[ValueRef<'_>],
    rights: &str,
    later: &[(&'static str, ValueRef<'_>)],
) -> RowState {
    let mut named: Vec<(&str, [u8; 32])> =
        CASES.columns.iter().zip(columns).map(|(name, v)| (*name, value_digest(*v))).collect();
    named.push((RIGHTS, value_digest(ValueRef::Text(rights.as_bytes()))));
    named.extend(later.iter().filter(|(_, v)| *v != ValueRef::Null).map(|(name, v)| (*name, value_digest(*v))));
    row_state(CASES.name, case_id, &named)
}

/// The state of one row of a child table, its columns in [`tracked_tables`]'s order.
pub(crate) fn child_state(
    table: &'static str,
    columns: &'static [&'static str],
    id: i64,
    values: &[ValueRef<'_>],
) -> RowState {
    let named: Vec<(&str, [u8; 32])> = columns.iter().zip(values).map(|(name, v)| (*name, value_digest(*v))).collect();
    row_state(table, id, &named)
}

/// The key of a row in a [`CaseState`].
pub(crate) fn row_key(table: &str, id: i64) -> String {
    format!("{table}/{id}")
}

fn value_digest(v: ValueRef<'_>) -> [u8; 32] {
    let (tag, bytes): (u8, Vec<u8>) = match v {
        ValueRef::Null => (0, Vec::new()),
        ValueRef::Integer(i) => (1, i.to_le_bytes().to_vec()),
        ValueRef::Real(f) => (2, f.to_bits().to_le_bytes().to_vec()),
        ValueRef::Text(t) => (3, t.to_vec()),
        ValueRef::Blob(b) => (4, b.to_vec()),
    };
    let mut h = Sha256::new();
    h.update([tag]);
    h.update((bytes.len() as u64).to_le_bytes());
    h.update(&bytes);
    h.finalize().into()
}

fn row_state(table: &str, id: i64, columns: &[(&str, [u8; 32])]) -> RowState {
    let mut h = Sha256::new();
    h.update((table.len() as u64).to_le_bytes());
    h.update(table.as_bytes());
    h.update(id.to_le_bytes());
    let mut c = String::with_capacity(columns.len() * 4);
    for (name, digest) in columns {
        h.update((name.len() as u64).to_le_bytes());
        h.update(name.as_bytes());
        h.update(digest);
        c.push_str(&hex(&digest[..2]));
    }
    RowState { h: hex(&h.finalize()), c }
}

/// The live rows of one case, as the log would record them now.
pub(crate) fn live_state(conn: &Connection, case_id: i64) -> Result<CaseState> {
    let mut state = CaseState::new();
    let rights: Vec<String> = {
        let mut stmt = conn.prepare_cached("SELECT right FROM case_rights WHERE case_id = ?1 ORDER BY position")?;
        let rows = stmt.query_map([case_id], |r| r.get(0))?;
        rows.collect::<Result<_, _>>()?
    };
    let rights = rights.join(",");
    let later = cases_later(conn)?;
    let sql = format!(
        "SELECT {} FROM cases WHERE id = ?1",
        CASES.columns.iter().chain(&later).copied().collect::<Vec<_>>().join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query([case_id])?;
    if let Some(r) = rows.next()? {
        let columns = (0..CASES.columns.len()).map(|i| r.get_ref(i)).collect::<rusqlite::Result<Vec<_>>>()?;
        let later = later
            .iter()
            .enumerate()
            .map(|(i, name)| Ok((*name, r.get_ref(CASES.columns.len() + i)?)))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        state.insert(row_key(CASES.name, case_id), cases_state(case_id, &columns, &rights, &later));
    }
    let schema = crate::schema_of(conn)?;
    for table in CHILDREN.iter().filter(|t| schema >= t.since) {
        let sql = format!("SELECT id, {} FROM {} WHERE case_id = ?1", table.columns.join(", "), table.name);
        let mut stmt = conn.prepare_cached(&sql)?;
        let mut rows = stmt.query([case_id])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let values = (1..=table.columns.len()).map(|i| r.get_ref(i)).collect::<rusqlite::Result<Vec<_>>>()?;
            state.insert(row_key(table.name, id), child_state(table.name, table.columns, id, &values));
        }
    }
    Ok(state)
}

/// What the case's entries record, replayed in order; None when no entry of
/// the case carries a state (every entry predates schema 9), the case's
/// last entry is its deletion, or its last entries were written on a team
/// register.
///
/// A team register's entries (`pg/audit.rs`, copied by `team export`) are
/// format 3 with neither `state` nor its digest: the hash covers that
/// absence, so it cannot be made by erasing a local entry's state (erasure
/// keeps the digest). The rows such an entry changed are not recorded, so
/// the case is checked by the chain alone from it on, as a case older than
/// schema 9 is, until its next local entry records the whole case again.
pub(crate) fn recorded_state(conn: &Connection, case_id: i64) -> Result<Option<CaseState>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, action, {} FROM audit_log WHERE case_id = ?1 ORDER BY id",
        if crate::schema_of(conn)? >= STATE_SCHEMA { "format, state, state_sha256" } else { "1, NULL, NULL" }
    ))?;
    let mut rows = stmt.query([case_id])?;
    let mut replay = Replay::default();
    while let Some(r) = rows.next()? {
        let (action, delta, delta_sha): (String, Option<String>, Option<String>) = (r.get(1)?, r.get(3)?, r.get(4)?);
        replay.entry(r.get(0)?, &action, r.get(2)?, delta.as_deref(), delta_sha.is_some())?;
    }
    Ok(replay.state)
}

/// A case's entries replayed in order (see [`recorded_state`]): on either back end.
#[derive(Default)]
pub(crate) struct Replay {
    pub state: Option<CaseState>,
}

impl Replay {
    /// Entry `id` of the case: its action, format, state and whether a state
    /// digest is stored (erasing the text keeps it).
    pub(crate) fn entry(
        &mut self,
        id: i64,
        action: &str,
        format: i64,
        delta: Option<&str>,
        digest: bool,
    ) -> Result<()> {
        if action == CASE_DELETED || (format >= 3 && delta.is_none() && !digest) {
            self.state = None;
            return Ok(());
        }
        if format < 3 {
            return Ok(());
        }
        let state = self.state.get_or_insert_with(CaseState::new);
        if let Some(delta) = delta {
            let delta: StateDelta = serde_json::from_str(delta)
                .map_err(|e| crate::Error::Corrupt(format!("audit entry {id}: state: {e}")))?;
            for (key, row) in delta {
                match row {
                    Some(row) => state.insert(key, row),
                    None => state.remove(&key),
                };
            }
        }
        Ok(())
    }
}

/// The rows that differ between what was recorded and what is live.
pub(crate) fn delta(recorded: &CaseState, live: &CaseState) -> StateDelta {
    let mut d = StateDelta::new();
    for (key, row) in live {
        if recorded.get(key) != Some(row) {
            d.insert(key.clone(), Some(row.clone()));
        }
    }
    for key in recorded.keys() {
        if !live.contains_key(key) {
            d.insert(key.clone(), None);
        }
    }
    d
}

fn columns_of(table: &str) -> Vec<&'static str> {
    if table == CASES.name {
        let mut c = CASES.columns.to_vec();
        c.push(RIGHTS);
        // Named in order where set (a complaint always has its kind).
        c.extend(CASES_LATER.iter().map(|(name, _)| *name));
        return c;
    }
    CHILDREN.iter().find(|t| t.name == table).map(|t| t.columns.to_vec()).unwrap_or_default()
}

/// One line per row that differs, naming the table, the row and the columns.
pub(crate) fn describe(reference: &str, recorded: &CaseState, live: &CaseState) -> Vec<String> {
    let mut out = Vec::new();
    for (key, row) in delta(recorded, live) {
        let (table, id) = key.split_once('/').unwrap_or((&key, ""));
        let what = if table == CASES.name { "the case row".to_string() } else { format!("{table} row {id}") };
        match (recorded.get(&key), row) {
            (None, Some(_)) => out.push(format!("{reference}: {what} was added without an audit entry")),
            (Some(_), None) => out.push(format!("{reference}: {what} was removed without an audit entry")),
            (Some(old), Some(new)) => {
                let names = columns_of(table);
                let changed: Vec<String> = names
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| old.c.get(i * 4..i * 4 + 4) != new.c.get(i * 4..i * 4 + 4))
                    .map(|(_, n)| format!("{table}.{n}"))
                    .collect();
                let verb = if changed.len() > 1 { "were" } else { "was" };
                let changed = if changed.is_empty() { format!("a column of {table}") } else { changed.join(", ") };
                let row = if table == CASES.name { String::new() } else { format!(" of row {id}") };
                out.push(format!("{reference}: {changed}{row} {verb} changed without an audit entry"));
            }
            (None, None) => {}
        }
    }
    out
}
