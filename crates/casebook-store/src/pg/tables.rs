//! The one map of the tables a local register and a team register both hold:
//! each table's name, its columns (the same names on both back ends) with
//! their PostgreSQL type, its key, and how it moves into a team register.
//! `team migrate` (`migrate_in.rs`) copies a file into a team register by it,
//! `team export` and a team register's `backup` (`export.rs`) the other way.
//!
//! Not the audit log's record of a case's rows (`audit_state.rs`): that list
//! is part of the chain's format, fixed per schema so that digests recorded
//! long ago still hold, where this one follows the schema as it is now.

/// How a column is written on PostgreSQL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Ty {
    Int8,
    Int4,
    Bool,
    Text,
    Bytes,
}

use Ty::{Bool, Bytes, Int4, Int8, Text};

/// How a table's rows reach a team register moved into from a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MoveIn {
    /// Copied row for row.
    Rows,
    /// Derived there (the requesters' addresses, kept by a trigger on `cases`).
    Derived,
    /// The audit log, through schema 15's `casebook_migrate_audit` alone.
    AuditDoor,
}

/// One table copied between the back ends.
pub(super) struct Table {
    pub name: &'static str,
    pub columns: &'static [(&'static str, Ty)],
    /// What a copy reads it in order of (its primary key).
    pub key: &'static str,
    pub move_in: MoveIn,
}

impl Table {
    /// The column names, in order.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.columns.iter().map(|(c, _)| *c)
    }
}

const fn rows(name: &'static str, key: &'static str, columns: &'static [(&'static str, Ty)]) -> Table {
    Table { name, columns, key, move_in: MoveIn::Rows }
}

/// Every table copied, each after those it refers to. `team export` copies
/// them all; a move into a team register copies those of `MoveIn::Rows` in
/// this order (a case gets its `hr` flag there), then the audit log.
pub(super) const TABLES: &[Table] = &[
    rows("settings", "key", &[("key", Text), ("value", Text)]),
    rows("case_sequence", "year", &[("year", Int4), ("last", Int4)]),
    rows("processing_systems", "id", &[("id", Text), ("position", Int4), ("record", Text)]),
    rows(
        "cases",
        "id",
        &[
            ("id", Int8),
            ("reference", Text),
            ("status", Text),
            ("regime", Text),
            ("location", Text),
            ("channel", Text),
            ("received", Text),
            ("received_at", Text),
            ("requester_name", Text),
            ("requester", Text),
            ("data_subject", Text),
            ("subject_category", Text),
            ("language", Text),
            ("outcome", Text),
            ("closed_on", Text),
            ("due", Text),
            ("created_at", Text),
            ("updated_at", Text),
            ("intake", Text),
            ("kind", Text),
            ("concerns", Text),
            ("appeal_due", Text),
        ],
    ),
    rows("case_rights", "case_id, position", &[("case_id", Int8), ("position", Int4), ("right", Text)]),
    Table {
        name: "case_emails",
        columns: &[("email", Text), ("case_id", Int8)],
        key: "email, case_id",
        move_in: MoveIn::Derived,
    },
    rows("notes", "id", &[("id", Int8), ("case_id", Int8), ("at", Text), ("author", Text), ("text", Text)]),
    rows(
        "case_events",
        "id",
        &[("id", Int8), ("case_id", Int8), ("kind", Text), ("on_date", Text), ("detail", Text), ("at", Text)],
    ),
    rows("documents", "sha256", &[("sha256", Text), ("size", Int8), ("content_type", Text), ("bytes", Bytes)]),
    rows(
        "case_documents",
        "id",
        &[("id", Int8), ("case_id", Int8), ("sha256", Text), ("role", Text), ("file_name", Text), ("added_at", Text)],
    ),
    rows(
        "correspondence",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("direction", Text),
            ("channel", Text),
            ("at", Text),
            ("subject", Text),
            ("body_text", Text),
            ("message_id", Text),
            ("sha256", Text),
        ],
    ),
    rows(
        "case_searches",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("system_id", Text),
            ("searched", Bool),
            ("result", Text),
            ("reason", Text),
            ("by_whom", Text),
            ("on_date", Text),
            ("note", Text),
            ("at", Text),
        ],
    ),
    rows(
        "case_actions",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("right", Text),
            ("system_id", Text),
            ("did", Text),
            ("ground", Text),
            ("detail", Text),
            ("by_whom", Text),
            ("on_date", Text),
            ("at", Text),
        ],
    ),
    rows(
        "case_notifications",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("right", Text),
            ("recipient", Text),
            ("unlisted_reason", Text),
            ("by_whom", Text),
            ("on_date", Text),
            ("at", Text),
        ],
    ),
    rows(
        "case_right_answers",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("right", Text),
            ("outcome", Text),
            ("ground", Text),
            ("detail", Text),
            ("by_whom", Text),
            ("on_date", Text),
            ("at", Text),
        ],
    ),
    rows(
        "case_right_answer_corrections",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("right", Text),
            ("outcome", Text),
            ("ground", Text),
            ("detail", Text),
            ("by_whom", Text),
            ("on_date", Text),
            ("answered_at", Text),
            ("reason", Text),
            ("corrected_by", Text),
            ("corrected_on", Text),
            ("at", Text),
        ],
    ),
    rows(
        "letter_drafts",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("kind", Text),
            ("language", Text),
            ("title", Text),
            ("file_name", Text),
            ("details", Text),
            ("letter_date", Text),
            ("made_at", Text),
            ("made_by", Text),
            ("pdf", Bytes),
            ("pdf_sha256", Text),
            ("text", Text),
            ("eml", Bytes),
            ("message_id", Text),
            ("state", Text),
            ("closed_at", Text),
            ("closed_by", Text),
            ("correspondence_id", Int8),
        ],
    ),
    rows(
        "correspondence_withdrawals",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("correspondence_id", Int8),
            ("reason", Text),
            ("by_whom", Text),
            ("at", Text),
        ],
    ),
    rows(
        "data_files",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("system", Text),
            ("categories", Text),
            ("file_name", Text),
            ("format", Text),
            ("sha256", Text),
            ("size", Int8),
            ("columns", Text),
            ("records_read", Int8),
            ("identifiers", Text),
            ("imported_at", Text),
            ("imported_by", Text),
        ],
    ),
    rows(
        "data_items",
        "id",
        &[("id", Int8), ("file_id", Int8), ("record_no", Int8), ("line", Int8), ("fields", Text), ("matches", Text)],
    ),
    rows(
        "data_redactions",
        "id",
        &[
            ("id", Int8),
            ("case_id", Int8),
            ("file_id", Int8),
            ("item_id", Int8),
            ("field", Text),
            ("reason", Text),
            ("article", Text),
            ("note", Text),
            ("at", Text),
            ("actor", Text),
        ],
    ),
    Table {
        name: "audit_log",
        key: "id",
        move_in: MoveIn::AuditDoor,
        // In `casebook_migrate_audit`'s order.
        columns: &[
            ("id", Int8),
            ("at", Text),
            ("actor", Text),
            ("case_id", Int8),
            ("reference", Text),
            ("action", Text),
            ("before", Text),
            ("after", Text),
            ("prev_hash", Text),
            ("hash", Text),
            ("format", Int4),
            ("before_sha256", Text),
            ("after_sha256", Text),
            ("state", Text),
            ("state_sha256", Text),
        ],
    },
];

/// The tables a move into a team register copies row for row, in order.
pub(super) fn moved_in() -> impl Iterator<Item = &'static Table> {
    TABLES.iter().filter(|t| t.move_in == MoveIn::Rows)
}

/// The audit log's entry in the map.
pub(super) fn audit_log() -> &'static Table {
    TABLES.iter().find(|t| t.move_in == MoveIn::AuditDoor).expect("the map holds the audit log")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_table_comes_after_those_it_refers_to_and_the_audit_log_last() {
        let position = |name: &str| TABLES.iter().position(|t| t.name == name).unwrap();
        for (child, parent) in [
            ("case_rights", "cases"),
            ("case_emails", "cases"),
            ("case_documents", "documents"),
            ("correspondence", "documents"),
            ("letter_drafts", "correspondence"),
            ("correspondence_withdrawals", "correspondence"),
            ("data_items", "data_files"),
            ("data_redactions", "data_items"),
        ] {
            assert!(position(parent) < position(child), "{parent} before {child}");
        }
        assert_eq!(TABLES.last().map(|t| t.name), Some("audit_log"));
        assert_eq!(audit_log().name, "audit_log");
        assert!(moved_in().all(|t| !["case_emails", "audit_log"].contains(&t.name)));
        for t in TABLES {
            assert!(t.key.split(", ").all(|k| t.names().any(|c| c == k)), "{}'s key is among its columns", t.name);
        }
    }
}
