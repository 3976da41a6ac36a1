//! The register of processing and each case's search and action logs on a
//! team register ([`ProcessingRegister`] for [`PgStore`]): the same rows,
//! checks and audit entries as the local register's (`crate::processing`),
//! read by the same row readers.
//!
//! What a member may do is the database's to refuse: only `casebook_dpo`
//! writes the register of processing; handlers log on the cases they may
//! see (row-level security, as for a case's other rows); an auditor writes
//! nothing. A log's write first takes the case's row lock (`FOR UPDATE`),
//! as a step does, so it is ordered with the steps recorded on the case.

use casebook_core::CaseId;
use casebook_core::processing::action::{ActionRecord, Notification};
use casebook_core::processing::search::SearchRecord;
use casebook_core::processing::{System, SystemId};
use postgres::types::ToSql;
use postgres::{GenericClient, Transaction};

use super::PgStore;
use super::audit::append;
use super::cases::Step;
use crate::processing::{
    ACTION_COLUMNS, NOTIFICATION_COLUMNS, SEARCH_COLUMNS, action_from_row, notification_from_row, parse_record,
    record_json, search_from_row,
};
use crate::register::ProcessingRegister;
use crate::stored::instant;
use crate::{Error, Result, Stamp};

fn load_all(c: &mut impl GenericClient) -> Step<Vec<System>> {
    let rows = c.query("SELECT id, record FROM processing_systems ORDER BY position, id", &[])?;
    Ok(rows.iter().map(|r| parse_record(r.get(0), r.get(1))).collect::<Result<_>>()?)
}

fn load_one(c: &mut impl GenericClient, id: &SystemId) -> Step<Option<System>> {
    let row = c.query_opt("SELECT record FROM processing_systems WHERE id = $1", &[&id.as_str()])?;
    Ok(row.map(|r| parse_record(id.as_str(), r.get(0))).transpose()?)
}

fn insert(tx: &mut Transaction<'_>, system: &System) -> Step<()> {
    tx.execute(
        "INSERT INTO processing_systems (id, position, record)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM processing_systems), $2)",
        &[&system.id.as_str(), &record_json(system)],
    )?;
    Ok(())
}

fn not_found(id: &SystemId) -> Error {
    Error::NotFound { what: "system", key: id.to_string() }
}

fn systems_json(list: &[System]) -> String {
    serde_json::to_string(list).expect("systems serialise")
}

/// Writes one row of a case's log (`row`: its INSERT, whose first argument
/// is the case's id and last the instant as stored, and the values between),
/// marks the case updated and audits `action` on it with the record, in one
/// transaction.
fn log_on_case<R: serde::Serialize>(
    store: &mut PgStore,
    doing: &str,
    case: CaseId,
    stamp: Stamp<'_>,
    action: &str,
    record: &R,
    row: (&str, &[&(dyn ToSql + Sync)]),
) -> Result<()> {
    let (sql, values) = row;
    store.transact(doing, |tx, user| {
        let reference: String = tx
            .query_opt("SELECT reference FROM cases WHERE id = $1 FOR UPDATE", &[&case.0])?
            .ok_or(Error::NotFound { what: "case", key: case.0.to_string() })?
            .get(0);
        let at = instant(stamp.at);
        let mut args: Vec<&(dyn ToSql + Sync)> = vec![&case.0];
        args.extend_from_slice(values);
        args.push(&at);
        tx.execute(sql, &args)?;
        tx.execute("UPDATE cases SET updated_at = $2 WHERE id = $1", &[&case.0, &at])?;
        let after = serde_json::to_string(record).expect("log records serialise");
        append(tx, user, stamp.at, Some((case.0, &reference)), action, None, Some(&after))?;
        Ok(())
    })
}

/// A case's log in `table`, oldest first: its rows' `columns`, each read by
/// `from_row`.
fn case_log<T>(
    store: &mut PgStore,
    doing: &str,
    case: CaseId,
    table: &str,
    columns: &str,
    from_row: impl Fn(&postgres::Row) -> Result<T>,
) -> Result<Vec<T>> {
    let sql = format!("SELECT {columns} FROM {table} WHERE case_id = $1 ORDER BY id");
    store.run(doing, |c, _| Ok(c.query(&sql, &[&case.0])?.iter().map(from_row).collect::<Result<_>>()?))
}

impl ProcessingRegister for PgStore {
    fn processing_systems(&mut self) -> Result<Vec<System>> {
        self.run("reading the register of processing", |c, _| load_all(c))
    }

    fn processing_system(&mut self, id: &SystemId) -> Result<System> {
        self.run("reading the register of processing", |c, _| load_one(c, id)?.ok_or_else(|| not_found(id).into()))
    }

    fn add_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        self.transact("adding a system", |tx, user| {
            insert(tx, system)?;
            append(tx, user, stamp.at, None, "processing.system-added", None, Some(&record_json(system)))?;
            Ok(())
        })
    }

    fn update_processing_system(&mut self, system: &System, stamp: Stamp<'_>) -> Result<()> {
        self.transact("changing a system", |tx, user| {
            let before = load_one(tx, &system.id)?.ok_or_else(|| not_found(&system.id))?;
            tx.execute(
                "UPDATE processing_systems SET record = $2 WHERE id = $1",
                &[&system.id.as_str(), &record_json(system)],
            )?;
            let (before, after) = (record_json(&before), record_json(system));
            append(tx, user, stamp.at, None, "processing.system-updated", Some(&before), Some(&after))?;
            Ok(())
        })
    }

    fn remove_processing_system(&mut self, id: &SystemId, stamp: Stamp<'_>) -> Result<System> {
        self.transact("removing a system", |tx, user| {
            let before = load_one(tx, id)?.ok_or_else(|| not_found(id))?;
            tx.execute("DELETE FROM processing_systems WHERE id = $1", &[&id.as_str()])?;
            let record = record_json(&before);
            append(tx, user, stamp.at, None, "processing.system-removed", Some(&record), None)?;
            Ok(before)
        })
    }

    fn replace_processing_register(&mut self, systems: &[System], stamp: Stamp<'_>) -> Result<usize> {
        self.transact("importing the register of processing", |tx, user| {
            let before = load_all(tx)?;
            tx.execute("DELETE FROM processing_systems", &[])?;
            for s in systems {
                insert(tx, s)?;
            }
            let (old, new) = (systems_json(&before), systems_json(systems));
            append(tx, user, stamp.at, None, "processing.imported", Some(&old), Some(&new))?;
            Ok(before.len())
        })
    }

    fn add_case_search(&mut self, case: CaseId, record: &SearchRecord, stamp: Stamp<'_>) -> Result<()> {
        let on = record.on.to_string();
        let result = record.result.map(|r| r.code());
        log_on_case(
            self,
            "recording a search",
            case,
            stamp,
            "search.recorded",
            record,
            (
                "INSERT INTO case_searches (case_id, system_id, searched, result, reason, by_whom, on_date, note, at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[&record.system.as_str(), &record.searched, &result, &record.reason, &record.by, &on, &record.note],
            ),
        )
    }

    fn case_searches(&mut self, case: CaseId) -> Result<Vec<SearchRecord>> {
        case_log(self, "reading a case's search log", case, "case_searches", SEARCH_COLUMNS, search_from_row)
    }

    fn add_case_action(&mut self, case: CaseId, record: &ActionRecord, stamp: Stamp<'_>) -> Result<()> {
        let on = record.on.to_string();
        log_on_case(
            self,
            "recording an action",
            case,
            stamp,
            "action.recorded",
            record,
            (
                r#"INSERT INTO case_actions (case_id, "right", system_id, did, ground, detail, by_whom, on_date, at)
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"#,
                &[
                    &record.right.code(),
                    &record.system.as_str(),
                    &record.did.code(),
                    &record.ground,
                    &record.detail,
                    &record.by,
                    &on,
                ],
            ),
        )
    }

    fn case_actions(&mut self, case: CaseId) -> Result<Vec<ActionRecord>> {
        case_log(self, "reading a case's action log", case, "case_actions", ACTION_COLUMNS, action_from_row)
    }

    fn add_case_notification(&mut self, case: CaseId, record: &Notification, stamp: Stamp<'_>) -> Result<()> {
        let on = record.on.to_string();
        log_on_case(
            self,
            "recording a notification",
            case,
            stamp,
            "recipient.notified",
            record,
            (
                r#"INSERT INTO case_notifications (case_id, "right", recipient, unlisted_reason, by_whom, on_date, at)
                   VALUES ($1, $2, $3, $4, $5, $6, $7)"#,
                &[&record.right.code(), &record.recipient, &record.unlisted_reason, &record.by, &on],
            ),
        )
    }

    fn case_notifications(&mut self, case: CaseId) -> Result<Vec<Notification>> {
        let (table, columns) = ("case_notifications", NOTIFICATION_COLUMNS);
        case_log(self, "reading a case's notifications", case, table, columns, notification_from_row)
    }
}
