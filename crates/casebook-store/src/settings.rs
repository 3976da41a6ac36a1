//! Key-value settings stored as JSON (the organisation profile, deadline policy…).

use rusqlite::{OptionalExtension, params};
use serde::{Serialize, de::DeserializeOwned};

use crate::cached::Cached;
use crate::{Error, Result, Stamp, Store, audit};

impl Store {
    pub fn setting<T: DeserializeOwned>(&self, key: &str) -> Result<Option<T>> {
        self.setting_text(key)?.map(|j| parse_setting(key, &j)).transpose()
    }

    /// A setting's JSON text as stored.
    pub fn setting_text(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    /// Writes a setting and its audit entry in one transaction.
    pub fn put_setting<T: Serialize>(&mut self, key: &str, value: &T, stamp: Stamp<'_>) -> Result<()> {
        self.put_setting_text(key, &serde_json::to_string(value).expect("settings serialise"), stamp)
    }

    /// [`Store::put_setting`] of a value already serialised.
    pub fn put_setting_text(&mut self, key: &str, after: &str, stamp: Stamp<'_>) -> Result<()> {
        let tx = self.conn.transaction()?;
        let before: Option<String> =
            tx.one("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?;
        tx.exec(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, after],
        )?;
        audit::append(&tx, stamp, None, &format!("settings.{key}"), before.as_deref(), Some(after))?;
        tx.commit()?;
        Ok(())
    }
}

impl Store {
    /// The revision of the deadline rules the open cases' stored dates were
    /// computed under (0: before revision 1, or never said).
    pub fn rules_revision(&self) -> Result<u32> {
        Ok(self.setting::<RulesRevision>(crate::RULES_KEY)?.map_or(0, |r| r.revision))
    }

    /// A new register holds no case: its dates are of the current rules. Not
    /// audited, like the schema's maker: part of making the file.
    pub(crate) fn record_current_rules(&self) -> Result<()> {
        let value = RulesRevision { revision: casebook_core::deadline::RULES_REVISION, recomputed: Vec::new() };
        self.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![crate::RULES_KEY, serde_json::to_string(&value).expect("a revision serialises")],
        )?;
        Ok(())
    }
}

/// The deadline rules a register's stored dates were computed under, and the
/// open cases whose due date moved when they were last brought up to them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct RulesRevision {
    pub revision: u32,
    #[serde(default)]
    pub recomputed: Vec<String>,
}

/// A setting's JSON text as the value it holds (the same for both back ends).
pub fn parse_setting<T: DeserializeOwned>(key: &str, json: &str) -> Result<T> {
    serde_json::from_str(json).map_err(|e| Error::Corrupt(format!("setting '{key}': {e}")))
}

impl Store {
    /// Records in the audit log a change to the organisation's settings kept
    /// outside the database (its own letter templates): action
    /// `settings.{what}`, with what was there before and after.
    pub fn audit_settings_change(
        &mut self,
        what: &str,
        before: Option<&serde_json::Value>,
        after: Option<&serde_json::Value>,
        stamp: Stamp<'_>,
    ) -> Result<()> {
        let (before, after) = (before.map(|v| v.to_string()), after.map(|v| v.to_string()));
        let tx = self.conn.transaction()?;
        audit::append(&tx, stamp, None, &format!("settings.{what}"), before.as_deref(), after.as_deref())?;
        tx.commit()?;
        Ok(())
    }
}
