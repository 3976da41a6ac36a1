//! The live state of a case on a team register, as the audit log records
//! it: the same rows, columns and digests as a local register's
//! (`crate::audit_state`), each column read as the local register stores it
//! (a flag as 0 or 1, bytes as bytes, everything else as text: what `team
//! export` writes), so an entry made here replays against the rows of an
//! exported copy, and one moved in (`team migrate`) against the rows here.
//!
//! One query reads every tracked row of a case (or of every case the member
//! may see, for `audit verify`); its SQL is made once per process from the
//! one table map's column types (`tables.rs`). The one-case query runs with every step, so each
//! session prepares it once (`PREPARE`, planned once, not with each
//! transaction) and runs it with the simple protocol, every value as text.

use std::collections::HashMap;
use std::sync::OnceLock;

use postgres::{SimpleQueryMessage, Transaction};
use rusqlite::types::{Value, ValueRef};

use super::tables::{TABLES, Ty};
use crate::audit_state::{self, CaseState, Replay, cases_state, child_state, row_key};

/// How a column comes back from the query (all as text), and goes into the digest.
#[derive(Clone, Copy)]
enum Kind {
    Integer,
    Blob,
    Text,
}

/// The session's prepared one-case query (see the module's comment).
const PREPARED: &str = "casebook_case_rows";

struct Queries {
    /// Every tracked row of the case `$1`, one value a column (padded with
    /// NULLs to the widest table), for `PREPARE`.
    one: String,
    /// Every tracked row the member may read.
    all: String,
    /// Per table, in the queries' order: its name, columns and their kinds.
    tables: Vec<(&'static str, &'static [&'static str], Vec<Kind>)>,
}

static QUERIES: OnceLock<Queries> = OnceLock::new();

fn kind_of(ty: Ty) -> Kind {
    match ty {
        Ty::Int8 | Ty::Int4 | Ty::Bool => Kind::Integer,
        Ty::Bytes => Kind::Blob,
        Ty::Text => Kind::Text,
    }
}

fn expression(column: &str, ty: Ty) -> String {
    match ty {
        Ty::Bool => format!("CASE WHEN \"{column}\" THEN '1' WHEN NOT \"{column}\" THEN '0' END"),
        Ty::Bytes => format!("encode(\"{column}\", 'hex')"),
        _ => format!("\"{column}\"::text"),
    }
}

/// A tracked column's type, from the one table map (`tables.rs`), which
/// holds every table and column both back ends share.
fn type_of(table: &str, column: &str) -> Ty {
    let found = TABLES.iter().find(|t| t.name == table).and_then(|t| t.columns.iter().find(|(c, _)| *c == column));
    found.map(|(_, ty)| *ty).expect("every column the audit log tracks is in the table map")
}

fn queries() -> &'static Queries {
    QUERIES.get_or_init(build_queries)
}

fn build_queries() -> Queries {
    let mut parts: Vec<(&str, &str, Vec<String>)> = Vec::new();
    let mut tables = Vec::new();
    for (table, columns) in audit_state::tracked_tables() {
        let mut exprs: Vec<String> = columns.iter().map(|c| expression(c, type_of(table, c))).collect();
        let mut kinds: Vec<Kind> = columns.iter().map(|c| kind_of(type_of(table, c))).collect();
        let case_id = if table == "cases" {
            exprs.push(
                "coalesce((SELECT string_agg(r.\"right\", ',' ORDER BY r.position) FROM case_rights r \
                 WHERE r.case_id = cases.id), '')"
                    .into(),
            );
            kinds.push(Kind::Text);
            for c in audit_state::cases_later_columns() {
                exprs.push(expression(c, type_of(table, c)));
                kinds.push(kind_of(type_of(table, c)));
            }
            "id"
        } else {
            "case_id"
        };
        parts.push((table, case_id, exprs));
        tables.push((table, columns, kinds));
    }
    let widest = parts.iter().map(|(_, _, e)| e.len()).max().unwrap_or(0);
    let one = parts
        .iter()
        .enumerate()
        .map(|(n, (table, case_id, exprs))| {
            let mut values = exprs.clone();
            values.resize(widest, "NULL::text".into());
            format!("SELECT {n}::int4, {case_id}, id, {} FROM {table} WHERE {case_id} = $1", values.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let all = parts
        .iter()
        .enumerate()
        .map(|(n, (table, case_id, exprs))| {
            format!("SELECT {n}::int4, {case_id}, id, ARRAY[{}]::text[] FROM {table}", exprs.join(", "))
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    Queries { one, all, tables }
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[i * 2..i * 2 + 2], 16).ok()).collect()
}

fn value(kind: Kind, text: Option<String>) -> Value {
    match (kind, text) {
        (_, None) => Value::Null,
        (Kind::Integer, Some(t)) => t.parse().map_or(Value::Text(t), Value::Integer),
        (Kind::Blob, Some(t)) => Value::Blob(unhex(&t)),
        (Kind::Text, Some(t)) => Value::Text(t),
    }
}

/// The live tracked rows of every case the member may read, by case.
pub(crate) fn live_states(tx: &mut Transaction<'_>) -> Result<HashMap<i64, CaseState>, postgres::Error> {
    let q = queries();
    let mut out: HashMap<i64, CaseState> = HashMap::new();
    for r in tx.query(q.all.as_str(), &[])? {
        let texts: Vec<Option<String>> = r.get(3);
        add_row(q, &mut out, r.get(0), r.get(1), r.get(2), texts);
    }
    Ok(out)
}

/// The live tracked rows of case `case_id`, through the session's prepared query.
fn live_state(tx: &mut Transaction<'_>, case_id: i64) -> Result<CaseState, postgres::Error> {
    let q = queries();
    let prepared = tx.query_opt("SELECT 1 FROM pg_prepared_statements WHERE name = $1", &[&PREPARED])?.is_some();
    if !prepared {
        tx.batch_execute(&format!("PREPARE {PREPARED}(bigint) AS {}", q.one))?;
    }
    let mut out: HashMap<i64, CaseState> = HashMap::new();
    for message in tx.simple_query(&format!("EXECUTE {PREPARED}({case_id})"))? {
        let SimpleQueryMessage::Row(r) = message else { continue };
        let number = |i: usize| r.get(i).and_then(|t| t.parse::<i64>().ok()).unwrap_or_default();
        let texts: Vec<Option<String>> = (3..r.len()).map(|i| r.get(i).map(str::to_string)).collect();
        add_row(q, &mut out, number(0) as i32, number(1), number(2), texts);
    }
    Ok(out.remove(&case_id).unwrap_or_default())
}

/// One row of the queries above (table number `n`), as the log records it, into `out`.
fn add_row(q: &Queries, out: &mut HashMap<i64, CaseState>, n: i32, case_id: i64, id: i64, texts: Vec<Option<String>>) {
    let (table, columns, kinds) = &q.tables[n as usize];
    let values: Vec<Value> = kinds.iter().zip(texts).map(|(k, t)| value(*k, t)).collect();
    let refs: Vec<ValueRef<'_>> = values.iter().map(ValueRef::from).collect();
    let state = if *table == "cases" {
        let own = columns.len();
        let rights = match &values[own] {
            Value::Text(t) => t.as_str(),
            _ => "",
        };
        let later: Vec<(&'static str, ValueRef<'_>)> =
            audit_state::cases_later_columns().zip(refs[own + 1..].iter().copied()).collect();
        cases_state(case_id, &refs[..own], rights, &later)
    } else {
        child_state(table, columns, id, &refs)
    };
    out.entry(case_id).or_default().insert(row_key(table, id), state);
}

/// What a new entry about case `case_id` records in `state`: the rows that
/// changed since the case's entries so far (all of them when none recorded
/// a state, or one that cannot be read: the entry then stands on its own).
///
/// Read after the transaction's writes to the case, possibly before the
/// chain's lock (`audit::append`): another member's step on the same rows
/// waits on their row locks, and one on other rows of the case that commits
/// meanwhile is either in both reads or, since the entries are read before
/// the rows, only in the rows, whose delta then repeats what its own entry
/// records. Either way the deltas replay to the rows as committed.
pub(crate) fn entry_state(tx: &mut Transaction<'_>, case_id: i64) -> Result<String, postgres::Error> {
    let entries = tx.query(
        "SELECT id, action, format, state, state_sha256 IS NOT NULL FROM audit_log WHERE case_id = $1 ORDER BY id",
        &[&case_id],
    )?;
    let mut replay = Replay::default();
    let mut readable = true;
    for e in &entries {
        let format: i32 = e.get(2);
        let state: Option<String> = e.get(3);
        readable &= replay.entry(e.get(0), e.get(1), format.into(), state.as_deref(), e.get(4)).is_ok();
    }
    let recorded = if readable { replay.state.unwrap_or_default() } else { CaseState::new() };
    let live = live_state(tx, case_id)?;
    Ok(serde_json::to_string(&audit_state::delta(&recorded, &live)).expect("state serialises"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tracked_column_has_its_type_in_the_table_map() {
        // `type_of` panics on a column the map lacks.
        let q = build_queries();
        for (table, columns) in audit_state::tracked_tables() {
            for c in columns.iter().copied().chain(audit_state::cases_later_columns().filter(|_| table == "cases")) {
                let _ = type_of(table, c);
            }
        }
        assert_eq!(q.tables.len(), audit_state::tracked_tables().count());
    }
}
