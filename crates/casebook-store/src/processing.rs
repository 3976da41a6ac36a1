//! The register of processing (one row per system, its record as JSON) and
//! the per-case search log. Every change is audited in its own transaction:
//! the register's entries carry no case, a search's entry carries its case.

use casebook_core::CaseId;
use casebook_core::processing::action::{ActionRecord, Notification};
use casebook_core::processing::search::SearchRecord;
use casebook_core::processing::{System, SystemId};
use rusqlite::types::ToSql;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::cached::Cached;
use crate::stored::{StoredRow, parse, parse_opt, parse_system};
use crate::{Error, Result, Stamp, Store, audit};

/// A search's columns in the order [`search_from_row`] reads them (both back ends).
pub(crate) const SEARCH_COLUMNS: &str = "system_id, searched, result, reason, by_whom, on_date, note";

/// A search from a row of either back end ([`SEARCH_COLUMNS`]).
pub(crate) fn search_from_row<R: StoredRow>(r: &R) -> std::result::Result<SearchRecord, R::Error> {
    Ok(SearchRecord {
        system: parse_system(r.text(0)?)?,
        searched: r.flag(1)?,
        result: parse_opt("search result", r.text_opt(2)?)?,
        reason: r.text_opt(3)?,
        by: r.text(4)?,
        on: parse("date", r.text(5)?)?,
        note: r.text_opt(6)?,
    })
}

/// An action's columns in the order [`action_from_row`] reads them (both back
/// ends; `right` is quoted, a keyword on PostgreSQL).
pub(crate) const ACTION_COLUMNS: &str = r#""right", system_id, did, ground, detail, by_whom, on_date"#;

/// An action from a row of either back end ([`ACTION_COLUMNS`]).
pub(crate) fn action_from_row<R: StoredRow>(r: &R) -> std::result::Result<ActionRecord, R::Error> {
    Ok(ActionRecord {
        right: parse("right", r.text(0)?)?,
        system: parse_system(r.text(1)?)?,
        did: parse("action", r.text(2)?)?,
        ground: r.text_opt(3)?,
        detail: r.text_opt(4)?,
        by: r.text(5)?,
        on: parse("date", r.text(6)?)?,
    })
}

/// The columns of a recipient told, in the order [`notification_from_row`]
/// reads them (both back ends; `right` is quoted, a keyword on PostgreSQL).
pub(crate) const NOTIFICATION_COLUMNS: &str = r#""right", recipient, unlisted_reason, by_whom, on_date"#;

/// A recipient told, from a row of either back end ([`NOTIFICATION_COLUMNS`]).
pub(crate) fn notification_from_row<R: StoredRow>(r: &R) -> std::result::Result<Notification, R::Error> {
    Ok(Notification {
        right: parse("right", r.text(0)?)?,
        recipient: r.text(1)?,
        unlisted_reason: r.text_opt(2)?,
        by: r.text(3)?,
        on: parse("date", r.text(4)?)?,
    })
}

pub(crate) fn record_json(system: &System) -> String {
    serde_json::to_string(system).expect("systems serialise")
}

pub(crate) fn parse_record(id: &str, json: &str) -> Result<System> {
    serde_json::from_str(json).map_err(|e| Error::Corrupt(format!("register of processing, system '{id}': {e}")))
}

fn load_all(conn: &rusqlite::Connection) -> Result<Vec<System>> {
    let mut stmt = conn.prepare_cached("SELECT id, record FROM processing_systems ORDER BY position, id")?;
    let rows: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    rows.iter().map(|(id, json)| parse_record(id, json)).collect()
}

fn load_one(conn: &rusqlite::Connection, id: &SystemId) -> Result<Option<System>> {
    let json: Option<String> =
        conn.one("SELECT record FROM processing_systems WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
    json.map(|j| parse_record(id.as_str(), &j)).transpose()
}

fn insert(tx: &Transaction<'_>, system: &System) -> Result<()> {
    tx.exec(
        "INSERT INTO processing_systems (id, position, record)
         VALUES (?1, (SELECT coalesce(max(position), 0) + 1 FROM processing_systems), ?2)",
        params![system.id.as_str(), record_json(system)],
    )?;
    Ok(())
}

fn not_found(id: &SystemId) -> Error {
    Error::NotFound { what: "system", key: id.to_string() }
}

impl Store {
    /// The register of processing, in its order.
    pub fn processing_systems(&self) -> Result<Vec<System>> {
        load_all(&self.conn)
    }

    pub fn processing_system(&self, id: &SystemId) -> Result<System> {
        load_one(&self.conn, id)?.ok_or_else(|| not_found(id))
    }

    /// Adds a system at the end of the register. The caller checks that its id is new.
    pub fn add_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        insert(&tx, system)?;
        audit::append(&tx, stamp, None, "processing.system-added", None, Some(&record_json(system)))?;
        tx.commit()?;
        Ok(())
    }

    /// Replaces the record of an existing system (same id, same place).
    pub fn update_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let before = load_one(&tx, &system.id)?.ok_or_else(|| not_found(&system.id))?;
        tx.exec(
            "UPDATE processing_systems SET record = ?2 WHERE id = ?1",
            params![system.id.as_str(), record_json(system)],
        )?;
        audit::append(
            &tx,
            stamp,
            None,
            "processing.system-updated",
            Some(&record_json(&before)),
            Some(&record_json(system)),
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Removes a system from the register; searches already logged in it stay.
    pub fn remove_processing_system(&mut self, id: &SystemId, stamp: Stamp<'_>) -> Result<System> {
        let tx = self.conn.transaction()?;
        let before = load_one(&tx, id)?.ok_or_else(|| not_found(id))?;
        tx.exec("DELETE FROM processing_systems WHERE id = ?1", [id.as_str()])?;
        audit::append(&tx, stamp, None, "processing.system-removed", Some(&record_json(&before)), None)?;
        tx.commit()?;
        Ok(before)
    }

    /// Replaces the whole register (an import): all the new systems or, on
    /// any failure, the old register untouched. Returns how many systems it replaced.
    pub fn replace_processing_register(&mut self, systems: &[System], stamp: Stamp<'_>) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let before = load_all(&tx)?;
        tx.exec("DELETE FROM processing_systems", [])?;
        for s in systems {
            insert(&tx, s)?;
        }
        let json = |list: &[System]| serde_json::to_string(list).expect("systems serialise");
        audit::append(&tx, stamp, None, "processing.imported", Some(&json(&before)), Some(&json(systems)))?;
        tx.commit()?;
        Ok(before.len())
    }

    /// Writes one row of a case's log (`row`: its INSERT, whose first argument
    /// is the case's id and last the instant as stored, and the values
    /// between), marks the case updated and audits `action` on it with the
    /// record, in one transaction.
    fn log_on_case<R: serde::Serialize>(
        &mut self,
        case: CaseId,
        stamp: Stamp<'_>,
        action: &str,
        record: &R,
        row: (&str, &[&dyn ToSql]),
    ) -> Result<()> {
        let (sql, values) = row;
        let tx = self.conn.transaction()?;
        let reference = crate::case_ref::reference_of(&tx, case.0)?;
        let at = crate::stored::instant(stamp.at);
        let mut args: Vec<&dyn ToSql> = vec![&case.0];
        args.extend_from_slice(values);
        args.push(&at);
        tx.exec(sql, &*args)?;
        tx.exec("UPDATE cases SET updated_at = ?2 WHERE id = ?1", params![case.0, at])?;
        let after = serde_json::to_string(record).expect("log records serialise");
        audit::append(&tx, stamp, Some((case.0, &reference)), action, None, Some(&after))?;
        tx.commit()?;
        Ok(())
    }

    /// Logs a search (or the reason for not searching) on a case, audited on the case.
    pub fn add_case_search(&mut self, case: CaseId, record: &SearchRecord, stamp: Stamp<'_>) -> Result<()> {
        let (on, result) = (record.on.to_string(), record.result.map(|r| r.code()));
        let sql = "INSERT INTO case_searches (case_id, system_id, searched, result, reason, by_whom, on_date, note, at)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        let values: &[&dyn ToSql] =
            &[&record.system.as_str(), &record.searched, &result, &record.reason, &record.by, &on, &record.note];
        self.log_on_case(case, stamp, "search.recorded", record, (sql, values))
    }

    /// Logs what was done in one system for one right (the action log), audited on the case.
    pub fn add_case_action(&mut self, case: CaseId, record: &ActionRecord, stamp: Stamp<'_>) -> Result<()> {
        let on = record.on.to_string();
        let sql = "INSERT INTO case_actions (case_id, right, system_id, did, ground, detail, by_whom, on_date, at)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
        let (right, system, did) = (record.right.code(), record.system.as_str(), record.did.code());
        let values: &[&dyn ToSql] = &[&right, &system, &did, &record.ground, &record.detail, &record.by, &on];
        self.log_on_case(case, stamp, "action.recorded", record, (sql, values))
    }

    /// A case's action log, oldest first.
    pub fn case_actions(&self, case: CaseId) -> Result<Vec<ActionRecord>> {
        self.case_log(case, "case_actions", ACTION_COLUMNS, |r| action_from_row(r))
    }

    /// Logs a recipient told of a change (Art. 19), audited on the case.
    pub fn add_case_notification(&mut self, case: CaseId, record: &Notification, stamp: Stamp<'_>) -> Result<()> {
        let on = record.on.to_string();
        let sql = "INSERT INTO case_notifications (case_id, right, recipient, unlisted_reason, by_whom, on_date, at)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
        let values: &[&dyn ToSql] =
            &[&record.right.code(), &record.recipient, &record.unlisted_reason, &record.by, &on];
        self.log_on_case(case, stamp, "recipient.notified", record, (sql, values))
    }

    /// The recipients told of a case's changes, oldest first.
    pub fn case_notifications(&self, case: CaseId) -> Result<Vec<Notification>> {
        self.case_log(case, "case_notifications", NOTIFICATION_COLUMNS, |r| notification_from_row(r))
    }

    /// A case's search log, oldest first.
    pub fn case_searches(&self, case: CaseId) -> Result<Vec<SearchRecord>> {
        self.case_log(case, "case_searches", SEARCH_COLUMNS, |r| search_from_row(r))
    }

    /// A case's log in `table`, oldest first: its rows' `columns`, each read
    /// by `from_row`.
    fn case_log<T>(
        &self,
        case: CaseId,
        table: &str,
        columns: &str,
        from_row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        let sql = format!("SELECT {columns} FROM {table} WHERE case_id = ?1 ORDER BY id");
        Ok(self.conn.all(&sql, [case.0], from_row)?)
    }
}

#[cfg(test)]
mod tests {
    use casebook_core::Right;
    use casebook_core::processing::search::SearchResult;
    use casebook_core::processing::{parse_register, register_json};
    use chrono::{NaiveDate, TimeZone, Utc};
    use serde_json::json;

    use super::*;
    use crate::OpenMode;

    fn stamp() -> Stamp<'static> {
        Stamp { at: Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(), actor: "dpo" }
    }

    fn systems(ids: &[&str]) -> Vec<System> {
        let list: Vec<_> = ids
            .iter()
            .map(|id| {
                json!({
                    "id": id, "name": format!("System {id}"), "data_subjects": ["dpv:Customer"],
                    "personal_data": ["dpv-pd:Name"],
                    "purposes": [{"purpose": "dpv:ServiceProvision", "legal_basis": "dpv:Contract"}],
                    "retention": "6 years", "sources": ["dpv:DataSubjectDataSource"]
                })
            })
            .collect();
        let doc = json!({"format": "casebook-register-of-processing", "version": 1, "systems": list});
        parse_register(&doc.to_string()).unwrap()
    }

    fn open(dir: &tempfile::TempDir) -> Store {
        Store::open(&dir.path().join("c.db"), OpenMode::CreateIfMissing).unwrap()
    }

    #[test]
    fn the_register_is_kept_in_order_across_reopening_and_every_change_is_audited() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open(&dir);
        for s in systems(&["crm", "billing", "hr"]) {
            store.add_processing_system(&s, stamp()).unwrap();
        }
        let mut billing = store.processing_system(&SystemId::parse("billing").unwrap()).unwrap();
        billing.retention = "10 years (tax law)".into();
        store.update_processing_system(&billing, stamp()).unwrap();
        store.remove_processing_system(&SystemId::parse("crm").unwrap(), stamp()).unwrap();
        drop(store);
        let store = open(&dir);
        let ids: Vec<String> = store.processing_systems().unwrap().iter().map(|s| s.id.to_string()).collect();
        assert_eq!(ids, ["billing", "hr"]);
        assert_eq!(store.processing_systems().unwrap()[0].retention, "10 years (tax law)");
        let report = store.verify_audit().unwrap();
        assert!(report.is_intact());
        assert_eq!(report.entries, 5);
        let missing = store.processing_system(&SystemId::parse("crm").unwrap()).unwrap_err();
        assert!(matches!(missing, Error::NotFound { what: "system", .. }), "{missing}");
    }

    #[test]
    fn an_import_replaces_the_register_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open(&dir);
        store.replace_processing_register(&systems(&["crm", "billing"]), stamp()).unwrap();
        // A duplicate id fails half-way through the inserts: nothing changes.
        let mut bad = systems(&["web", "crm2"]);
        bad[1].id = SystemId::parse("web").unwrap();
        assert!(store.replace_processing_register(&bad, stamp()).is_err());
        let ids: Vec<String> = store.processing_systems().unwrap().iter().map(|s| s.id.to_string()).collect();
        assert_eq!(ids, ["crm", "billing"]);
        assert_eq!(store.replace_processing_register(&systems(&["hr"]), stamp()).unwrap(), 2);
        assert_eq!(register_json(&store.processing_systems().unwrap())["systems"][0]["id"], "hr");
        assert!(store.verify_audit().unwrap().is_intact());
    }

    #[test]
    fn searches_are_logged_per_case_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = open(&dir);
        let new = crate::test_support::new_case("Ada", &[Right::Access]);
        let case = store.insert_case(&new, None, stamp()).unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let found = SearchRecord {
            system: SystemId::parse("crm").unwrap(),
            searched: true,
            result: Some(SearchResult::Found),
            reason: None,
            by: "Sam".into(),
            on,
            note: Some("account 4411".into()),
        };
        let skipped = SearchRecord {
            system: SystemId::parse("billing").unwrap(),
            searched: false,
            result: None,
            reason: Some("never a paying customer".into()),
            by: "Sam".into(),
            on,
            note: None,
        };
        store.add_case_search(case.id, &found, stamp()).unwrap();
        store.add_case_search(case.id, &skipped, stamp()).unwrap();
        drop(store);
        let store = open(&dir);
        assert_eq!(store.case_searches(case.id).unwrap(), [found, skipped]);
        let audit = store.audit_of_case(case.id).unwrap();
        assert_eq!(audit.last().unwrap().action, "search.recorded");
        // The table refuses a record that says two things.
        let bad = store.conn.execute(
            "INSERT INTO case_searches (case_id, system_id, searched, result, reason, by_whom, on_date, at)
             VALUES (?1, 'crm', 1, 'found', 'why', 'x', '2026-11-20', 'x')",
            [case.id.0],
        );
        assert!(bad.is_err());
    }
}
