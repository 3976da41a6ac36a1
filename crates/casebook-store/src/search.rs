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

/// What a user typed, cut into the terms a search looks for: every term
/// must appear, each as a prefix. A term keeps `@ . - _` inside it (an
/// email, a reference), where it is a phrase of the words between them.
fn query_terms(input: &str) -> impl Iterator<Item = &str> {
    input
        .split(|c: char| !c.is_alphanumeric() && c != '@' && c != '.' && c != '-' && c != '_')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// Turns what a user typed into an FTS5 query: every word must appear, each
/// as a prefix ("mül" finds "Müller"). Quotes keep FTS syntax characters in
/// the input from being read as operators. None when nothing searchable is left.
pub(crate) fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = query_terms(input).map(|w| format!("\"{}\"*", w.replace('"', ""))).collect();
    (!terms.is_empty()).then(|| terms.join(" AND "))
}

/// The team register's search (PostgreSQL, `pg/search.rs`) finds what this
/// index finds: it stores each case's words as this index's tokenizer
/// (`unicode61 remove_diacritics 2`) holds them, at the same positions, and
/// asks for the terms as [`fts_query`] does. A word is folded here, in Rust,
/// because the server's own `unaccent` is an extension a server may lack and
/// folds otherwise (ß, ł).
///
/// A word as the tokenizer keeps it: lower case, the accents of Latin
/// letters dropped ("Müller" is `muller`), letters of their own kept (`ł`).
pub(crate) fn index_fold(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let latin = |c: char| c < '\u{0250}' || ('\u{1e00}'..='\u{1eff}').contains(&c);
    let mut out = String::with_capacity(word.len());
    let mut base_latin = false;
    for c in word.nfd() {
        if is_combining_mark(c) {
            if !base_latin {
                out.push(c);
            }
            continue;
        }
        base_latin = latin(c);
        out.extend(c.to_lowercase());
    }
    let mut folded: String = out.nfc().collect();
    // PostgreSQL keeps a lexeme of at most 2047 bytes: a longer word is held
    // (and asked for) by its beginning.
    if folded.len() > MAX_LEXEME {
        let mut end = MAX_LEXEME;
        while !folded.is_char_boundary(end) {
            end -= 1;
        }
        folded.truncate(end);
    }
    folded
}

/// The longest lexeme kept, in bytes (PostgreSQL's limit is 2047).
const MAX_LEXEME: usize = 2046;
/// The last position a `tsvector` records (later words share it).
const MAX_POSITION: usize = 16383;
/// The positions a `tsvector` keeps of one lexeme.
const MAX_POSITIONS: usize = 256;
/// A `tsvector` must stay under 1 MB: words past this estimate are left out.
const MAX_VECTOR_BYTES: usize = 900_000;

/// The words of a case's searchable text (as [`reindex_case`] gathers it:
/// reference, requester, data subject, notes) with their folded spellings,
/// as a `tsvector` literal: each word as [`index_fold`] holds it, with its
/// position, quoted so that no input is read as syntax.
pub(crate) fn tsvector_literal(text: &str) -> String {
    let mut full = text.to_string();
    full.push_str(&folded_spellings(text));
    let mut lexemes: std::collections::BTreeMap<String, Vec<usize>> = std::collections::BTreeMap::new();
    let mut size = 0;
    let words = full.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    for (i, word) in words.enumerate() {
        let lexeme = index_fold(word);
        if lexeme.is_empty() {
            continue;
        }
        let position = (i + 1).min(MAX_POSITION);
        match lexemes.get_mut(&lexeme) {
            Some(positions) if positions.len() < MAX_POSITIONS && positions.last() != Some(&position) => {
                positions.push(position);
                size += 2;
            }
            Some(_) => {}
            None if size + lexeme.len() + 16 <= MAX_VECTOR_BYTES => {
                size += lexeme.len() + 16;
                lexemes.insert(lexeme, vec![position]);
            }
            None => {}
        }
    }
    let mut out = String::with_capacity(size);
    for (lexeme, positions) in lexemes {
        if !out.is_empty() {
            out.push(' ');
        }
        push_quoted(&mut out, &lexeme);
        out.push(':');
        out.push_str(&positions.iter().map(usize::to_string).collect::<Vec<_>>().join(","));
    }
    out
}

/// Turns what a user typed into a `tsquery` literal meaning what
/// [`fts_query`] means: every term must appear as a prefix, a term of
/// several words as a phrase whose last word is a prefix. Every word is
/// quoted, so quotes and operators typed (`& | ! ( ) : *`) are never read as
/// syntax. None when nothing searchable is left.
pub(crate) fn tsquery_literal(input: &str) -> Option<String> {
    let terms: Vec<String> = query_terms(input)
        .map(|term| {
            let words: Vec<String> = term
                .split(|c: char| !c.is_alphanumeric())
                .map(index_fold)
                .filter(|w| !w.is_empty())
                .map(|w| {
                    let mut quoted = String::new();
                    push_quoted(&mut quoted, &w);
                    quoted
                })
                .collect();
            (!words.is_empty()).then(|| format!("({}:*)", words.join(" <-> ")))
        })
        .collect::<Option<_>>()
        .unwrap_or_default();
    (!terms.is_empty()).then(|| terms.join(" & "))
}

/// A lexeme in a `tsvector` or `tsquery` literal: in single quotes, a quote
/// doubled and a backslash escaped.
fn push_quoted(out: &mut String, lexeme: &str) {
    out.push('\'');
    for c in lexeme.chars() {
        match c {
            '\'' => out.push_str("''"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('\'');
}

#[cfg(test)]
mod tests {
    use super::{fts_query, index_fold, tsquery_literal, tsvector_literal};

    #[test]
    fn builds_prefix_queries_and_neutralises_operators() {
        assert_eq!(fts_query("Müller"), Some("\"Müller\"*".into()));
        assert_eq!(fts_query("ada lovelace"), Some("\"ada\"* AND \"lovelace\"*".into()));
        assert_eq!(fts_query("ada@example.org"), Some("\"ada@example.org\"*".into()));
        assert_eq!(fts_query("NOT OR \"(x"), Some("\"NOT\"* AND \"OR\"* AND \"x\"*".into()));
        assert_eq!(fts_query("  *** "), None);
    }

    /// The words SQLite's tokenizer indexes for `text`, in order.
    fn fts5_words(text: &str) -> Vec<String> {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');",
        )
        .unwrap();
        db.execute("INSERT INTO t (text) VALUES (?1)", [text]).unwrap();
        let mut stmt = db.prepare("SELECT term FROM v ORDER BY offset").unwrap();
        stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
    }

    #[test]
    fn folds_words_as_the_local_index_does() {
        let text = "Łukasz Müller-Lüdenscheidt, Hauptstraße 5; ZOË Ødegård æble Œuvre İstanbul \
                    ĉapelo Ngọc Ǎ διαγραφή Москва́ 東京 ada@example.org CB-2026-0001 {\"name\":\"Sørensen\"}";
        let ours: Vec<String> =
            text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(index_fold).collect();
        assert_eq!(ours, fts5_words(text));
    }

    #[test]
    fn team_register_vectors_hold_each_word_and_its_folded_spelling() {
        assert_eq!(
            tsvector_literal("CB-2026-0001\nŁukasz O'Brien Łukasz"),
            "'0001':3 '2026':2 'brien':6 'cb':1 'lukasz':8,9 'o':5 'łukasz':4,7"
        );
        assert_eq!(tsvector_literal(""), "");
    }

    #[test]
    fn team_register_queries_are_quoted_prefixes_and_phrases() {
        assert_eq!(tsquery_literal("Müller"), Some("('muller':*)".into()));
        assert_eq!(tsquery_literal("ada lovelace"), Some("('ada':*) & ('lovelace':*)".into()));
        assert_eq!(tsquery_literal("ada@example.org"), Some("('ada' <-> 'example' <-> 'org':*)".into()));
        assert_eq!(tsquery_literal("x' & !(y:*) | 'z"), Some("('x':*) & ('y':*) & ('z':*)".into()));
        assert_eq!(tsquery_literal("  *** &|!():* "), None);
        assert_eq!(tsquery_literal(""), None);
    }
}
