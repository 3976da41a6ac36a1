//! The full-text index: one row per case holding everything a DPO may search
//! for (requester, identifiers, notes, correspondence).

use rusqlite::{Transaction, params};

use crate::Result;
use crate::cached::Cached;

/// Rebuilds the index row of one case from what is stored.
pub(crate) fn reindex_case(tx: &Transaction<'_>, case_id: i64) -> Result<()> {
    let mut text = String::new();
    let (reference, requester, subject): (String, String, Option<String>) =
        tx.one("SELECT reference, requester, data_subject FROM cases WHERE id = ?1", [case_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })?;
    // The reference, because a DPO types it into the search box; the JSON holds
    // names, emails, address, phone and identifiers, and the tokenizer ignores
    // the punctuation around them.
    text.push_str(&reference);
    text.push('\n');
    text.push_str(&requester);
    if let Some(s) = subject {
        text.push('\n');
        text.push_str(&s);
    }
    let mut notes = tx.prepare_cached("SELECT text FROM notes WHERE case_id = ?1")?;
    for note in notes.query_map([case_id], |r| r.get::<_, String>(0))? {
        text.push('\n');
        text.push_str(&note?);
    }
    let mut mail = tx.prepare_cached(
        "SELECT coalesce(subject, '') || ' ' || coalesce(body_text, '') FROM correspondence WHERE case_id = ?1",
    )?;
    for body in mail.query_map([case_id], |r| r.get::<_, String>(0))? {
        text.push('\n');
        text.push_str(&body?);
    }
    text.push_str(&folded_spellings(&text));
    tx.exec("DELETE FROM case_search WHERE rowid = ?1", [case_id])?;
    tx.exec("INSERT INTO case_search (rowid, text) VALUES (?1, ?2)", params![case_id, text])?;
    Ok(())
}

/// Rebuilds the index row of every case (schema 15's migration).
pub(crate) fn reindex_all(tx: &Transaction<'_>) -> Result<()> {
    let ids: Vec<i64> = tx.prepare("SELECT id FROM cases")?.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
    for id in ids {
        reindex_case(tx, id)?;
    }
    Ok(())
}

/// The index's tokenizer drops accents (`remove_diacritics`), not letters of
/// their own: a word with ł, ø, ß, æ, œ, đ, ħ, þ, ð or ı is indexed a second
/// time folded as the classifier folds it, so that "lukasz" finds "Łukasz"
/// and "sorensen" finds "Sørensen" (and the word as written still finds it).
fn folded_spellings(text: &str) -> String {
    let own_letter =
        |c: char| c.to_lowercase().any(|l| matches!(l, 'ł' | 'ø' | 'ß' | 'æ' | 'œ' | 'đ' | 'ħ' | 'þ' | 'ð' | 'ı'));
    let mut extra = String::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().any(own_letter)) {
        extra.push('\n');
        extra.push_str(&casebook_core::classify::normalise(word));
    }
    extra
}

/// Turns what a user typed into an FTS5 query: every word must appear, each
/// as a prefix ("mül" finds "Müller"). Quotes keep FTS syntax characters in
/// the input from being read as operators. None when nothing searchable is left.
pub(crate) fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '-' && c != '_')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"*", w.replace('"', "")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn builds_prefix_queries_and_neutralises_operators() {
        assert_eq!(fts_query("Müller"), Some("\"Müller\"*".into()));
        assert_eq!(fts_query("ada lovelace"), Some("\"ada\"* AND \"lovelace\"*".into()));
        assert_eq!(fts_query("ada@example.org"), Some("\"ada@example.org\"*".into()));
        assert_eq!(fts_query("NOT OR \"(x"), Some("\"NOT\"* AND \"OR\"* AND \"x\"*".into()));
        assert_eq!(fts_query("  *** "), None);
    }
}
