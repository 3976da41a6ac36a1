//! The organisation's own letter templates on a team register (schema 16):
//! a local register keeps them as files beside it, a team register as rows
//! of `letter_templates`, one per change and never updated or deleted. The
//! template in force for a language and kind is its latest row; a row
//! without text means the built-in template is used again, and the texts
//! before it stay in the table.
//!
//! Each change is one transaction holding the audit chain's lock from its
//! start (so two DPOs changing the same template pass one at a time and each
//! audit entry's `before` is what it replaced), ending with its entry
//! `settings.letter-template`. Only `casebook_dpo` may insert: a handler's
//! or an auditor's change is refused by the database.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::PgStore;
use super::audit::Chain;
use super::cases::Step;
use crate::stored::instant;
use crate::{Error, Result, Stamp};

/// The audit action of a change of an own template (as on a local register).
const ACTION: &str = "settings.letter-template";

/// An own template in force on a team register, or one put aside.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OwnTemplate {
    /// Its row in `letter_templates`.
    pub id: i64,
    pub language: String,
    /// A letter kind's code, or `_closing`.
    pub kind: String,
    pub text: String,
    /// The member who set it.
    pub set_by: String,
    pub set_at: DateTime<Utc>,
}

/// An own template a local register kept as a file, moved into a team
/// register with the rest of it (`team migrate`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateMovedIn {
    pub language: String,
    /// A letter kind's code, or `_closing`.
    pub kind: String,
    pub text: String,
    /// The file it was read from, recorded in its audit entry.
    pub file: String,
}

fn own_from_row(r: &postgres::Row) -> Step<OwnTemplate> {
    Ok(OwnTemplate {
        id: r.get(0),
        language: r.get(1),
        kind: r.get(2),
        text: r.get(3),
        set_by: r.get(4),
        set_at: crate::stored::parse("instant", r.get(5))?,
    })
}

/// The latest row of each language and kind, when it holds a text.
const IN_FORCE: &str = "SELECT id, language, kind, text, set_by, set_at FROM (
         SELECT DISTINCT ON (language, kind) id, language, kind, text, set_by, set_at
         FROM letter_templates ORDER BY language, kind, id DESC) latest
     WHERE text IS NOT NULL ORDER BY language, kind";

/// Every own template in force, read in `tx` (an export's snapshot).
pub(super) fn all_in_force(tx: &mut postgres::Transaction<'_>) -> Step<Vec<OwnTemplate>> {
    tx.query(IN_FORCE, &[])?.iter().map(own_from_row).collect()
}

/// What an export's entry records of a template: its description and its
/// whole text, so the local copy (and a backup made from it) carries it.
pub(super) fn exported(t: &OwnTemplate) -> serde_json::Value {
    let mut v = description(t);
    v["set_at"] = serde_json::Value::String(instant(t.set_at));
    v["text"] = serde_json::Value::String(t.text.clone());
    v
}

/// The template in force for one language and kind, read under the chain's lock.
fn in_force(tx: &mut postgres::Transaction<'_>, language: &str, kind: &str) -> Step<Option<OwnTemplate>> {
    let row = tx.query_opt(
        "SELECT id, language, kind, text, set_by, set_at FROM letter_templates
         WHERE language = $1 AND kind = $2 ORDER BY id DESC LIMIT 1",
        &[&language, &kind],
    )?;
    match row {
        Some(r) if r.get::<_, Option<String>>(3).is_some() => Ok(Some(own_from_row(&r)?)),
        _ => Ok(None),
    }
}

/// What an audit entry says of a template: its name, where it is kept, its digest.
fn described(t: &OwnTemplate) -> String {
    description(t).to_string()
}

fn description(t: &OwnTemplate) -> serde_json::Value {
    serde_json::json!({
        "template": format!("{}/{}.txt", t.language, t.kind),
        "own": format!("team register, letter template #{}", t.id),
        "sha256": crate::sha256_hex(t.text.as_bytes()),
        "set_by": t.set_by,
    })
}

/// Adds a row (a text, or none: the built-in again) as the member; returns it.
fn add_row(
    tx: &mut postgres::Transaction<'_>,
    language: &str,
    kind: &str,
    text: Option<&str>,
    at: &str,
) -> Result<(i64, String), postgres::Error> {
    let r = tx.query_one(
        "INSERT INTO letter_templates (language, kind, text, set_at) VALUES ($1, $2, $3, $4) RETURNING id, set_by",
        &[&language, &kind, &text, &at],
    )?;
    Ok((r.get(0), r.get(1)))
}

/// Adds each template moved in as a row by the member, with its audit entry
/// (`settings.letter-template`, naming the file it came from), inside the
/// move's transaction and under its chain's lock.
pub(super) fn move_in(
    tx: &mut postgres::Transaction<'_>,
    user: &str,
    at: DateTime<Utc>,
    templates: &[TemplateMovedIn],
) -> Result<(), postgres::Error> {
    let stamp = instant(at);
    for t in templates {
        let (id, set_by) = add_row(tx, &t.language, &t.kind, Some(&t.text), &stamp)?;
        let now = OwnTemplate {
            id,
            language: t.language.clone(),
            kind: t.kind.clone(),
            text: t.text.clone(),
            set_by,
            set_at: at,
        };
        let mut after = description(&now);
        after["moved_from"] = serde_json::Value::String(t.file.clone());
        super::audit::append(tx, user, at, None, ACTION, None, Some(&after.to_string()))?;
    }
    Ok(())
}

impl PgStore {
    /// The own templates in force, by language and kind.
    pub fn own_letter_templates(&mut self) -> Result<Vec<OwnTemplate>> {
        self.run("reading the letter templates", |c, _| c.query(IN_FORCE, &[])?.iter().map(own_from_row).collect())
    }

    /// Every text a language and kind has had, oldest first (`None`: the
    /// built-in template used again from then on).
    pub fn letter_template_history(&mut self, language: &str, kind: &str) -> Result<Vec<(i64, Option<String>)>> {
        self.run("reading the letter templates", |c, _| {
            let rows = c.query(
                "SELECT id, text FROM letter_templates WHERE language = $1 AND kind = $2 ORDER BY id",
                &[&language, &kind],
            )?;
            Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
        })
    }

    /// Makes `text` the own template of `kind` in `language` (the one it
    /// replaces stays in the table), audited; returns the one it replaced.
    /// The caller has checked the text.
    pub fn set_own_letter_template(
        &mut self,
        language: &str,
        kind: &str,
        text: &str,
        stamp: Stamp<'_>,
    ) -> Result<(OwnTemplate, Option<OwnTemplate>)> {
        self.transact("setting an own letter template (only casebook_dpo may)", |tx, user| {
            let mut chain = Chain::lock(tx)?;
            let before = in_force(tx, language, kind)?;
            let at = instant(stamp.at);
            let (id, set_by) = add_row(tx, language, kind, Some(text), &at)?;
            let now = OwnTemplate {
                id,
                language: language.to_string(),
                kind: kind.to_string(),
                text: text.to_string(),
                set_by,
                set_at: stamp.at,
            };
            let (b, a) = (before.as_ref().map(described), described(&now));
            chain.append(tx, user, stamp.at, None, ACTION, b.as_deref(), Some(&a))?;
            chain.store_head(tx)?;
            Ok((now, before))
        })
    }

    /// Makes letters of `kind` in `language` use the built-in template again:
    /// a row without text, the own one staying in the table; audited.
    /// Returns the own template put aside; not found when there is none.
    pub fn restore_builtin_letter_template(
        &mut self,
        language: &str,
        kind: &str,
        stamp: Stamp<'_>,
    ) -> Result<OwnTemplate> {
        self.transact("going back to a built-in letter template (only casebook_dpo may)", |tx, user| {
            let mut chain = Chain::lock(tx)?;
            let Some(before) = in_force(tx, language, kind)? else {
                return Err(Error::NotFound { what: "own template", key: format!("{language}/{kind}.txt") }.into());
            };
            let at = instant(stamp.at);
            let (id, _) = add_row(tx, language, kind, None, &at)?;
            let after = serde_json::json!({
                "template": format!("{language}/{kind}.txt"),
                "built_in": true,
                "kept_as": format!("team register, letter template #{}", before.id),
                "row": id,
            })
            .to_string();
            chain.append(tx, user, stamp.at, None, ACTION, Some(&described(&before)), Some(&after))?;
            chain.store_head(tx)?;
            Ok(before)
        })
    }
}
