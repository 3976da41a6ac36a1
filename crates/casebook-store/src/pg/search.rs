//! The team register's full-text search: each case's words as a `tsvector`
//! (schema 3), rebuilt in the transaction that changes what is searched
//! (the case logged, a note added). The words are folded by
//! [`crate::search`], the local index's own rules, so that a search finds
//! the same cases on either back end.

use postgres::GenericClient;

use crate::search::tsvector_literal;

/// Rebuilds one case's words from what is stored: its reference, requester,
/// data subject and notes, in the order the local index reads them. The
/// case is one the caller has just written or read in this transaction.
pub(super) fn reindex_case(c: &mut impl GenericClient, id: i64) -> Result<(), postgres::Error> {
    let row = c.query_one("SELECT reference, requester, data_subject FROM cases WHERE id = $1", &[&id])?;
    let (reference, requester, subject): (String, String, Option<String>) = (row.get(0), row.get(1), row.get(2));
    let mut text = reference;
    text.push('\n');
    text.push_str(&requester);
    if let Some(s) = subject {
        text.push('\n');
        text.push_str(&s);
    }
    for note in c.query("SELECT text FROM notes WHERE case_id = $1 ORDER BY id", &[&id])? {
        text.push('\n');
        text.push_str(note.get(0));
    }
    c.execute("UPDATE cases SET search = CAST($2::text AS tsvector) WHERE id = $1", &[&id, &tsvector_literal(&text)])?;
    Ok(())
}

/// Indexes every case (schema 3's migration, run by the register's owner,
/// whom row-level security does not hide HR cases from).
pub(super) fn reindex_all(c: &mut impl GenericClient) -> Result<(), postgres::Error> {
    let ids: Vec<i64> = c.query("SELECT id FROM cases ORDER BY id", &[])?.iter().map(|r| r.get(0)).collect();
    for id in ids {
        reindex_case(c, id)?;
    }
    Ok(())
}
