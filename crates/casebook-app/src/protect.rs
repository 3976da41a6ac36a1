//! Protecting the register: encryption at rest, the passphrase, backups.
//!
//! The database is SQLCipher, keyed from the DPO's passphrase (documents are
//! rows in it, so they are covered). An encrypted register opens only with
//! its passphrase ([`Casebook::open_protected`]); dropping the [`Casebook`]
//! drops the connection and our copy of the passphrase, both wiped, which is
//! how the app locks. Plain registers from earlier versions keep opening
//! without one until [`encrypt_database`] turns them into encrypted ones.

use std::path::{Path, PathBuf};

use casebook_store::{OpenMode, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::{Casebook, Clock, DataSaid, Error, Result};

pub use casebook_store::{BackupCheck, DatabaseKind, EncryptOutcome, Passphrase, RestoreOutcome};

use crate::templates::{TeamTemplate, other_template_beside, write_for_export};

/// The last schema upgrade (audited when it happens).
const LAST_UPGRADE_KEY: &str = "last_upgrade";
const ENCRYPTION_KEY: &str = "encryption";
const LAST_RESTORE_KEY: &str = "last_restore";
const LOCK_KEY: &str = "lock";

/// The shortest passphrase a new or changed key accepts.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// What a file holds, from its header alone (no key needed).
pub fn database_kind(path: &Path) -> Result<DatabaseKind> {
    Ok(casebook_store::database_kind(path)?)
}

/// Whether the file at `path` is encrypted, so that the app knows to ask for
/// the passphrase before opening it.
pub fn is_encrypted(path: &Path) -> Result<bool> {
    Ok(database_kind(path)? == DatabaseKind::Encrypted)
}

/// How hard a passphrase looks to guess: a hint shown when one is chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum PassphraseStrength {
    Weak,
    Fair,
    Strong,
}

impl PassphraseStrength {
    pub fn code(self) -> &'static str {
        match self {
            PassphraseStrength::Weak => "weak",
            PassphraseStrength::Fair => "fair",
            PassphraseStrength::Strong => "strong",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            PassphraseStrength::Weak => {
                "easy to guess: use four or more unrelated words, or a longer mix of letters, digits and signs"
            }
            PassphraseStrength::Fair => "could be longer: another word or two makes it much harder to guess",
            PassphraseStrength::Strong => {
                "hard to guess; keep it somewhere safe, as nobody can recover the data without it"
            }
        }
    }
}

/// A new passphrase's strength, with the hint shown beside it as it is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PassphraseCheck {
    pub strength: PassphraseStrength,
    pub hint: String,
}

impl From<PassphraseStrength> for PassphraseCheck {
    fn from(strength: PassphraseStrength) -> PassphraseCheck {
        PassphraseCheck { strength, hint: strength.hint().to_owned() }
    }
}

/// Passwords and words that every guessing list tries first.
const COMMON: &[&str] = &[
    "password",
    "passwort",
    "motdepasse",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "admin",
    "casebook",
    "123456",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "secret",
    "abc123",
    "changeme",
];

/// A rough estimate of the guesses needed: each character counts for the
/// size of the alphabets used, runs ("aaaa", "1234", "abcd") count once, and
/// a passphrase built on a common password is weak whatever its length.
pub fn passphrase_strength(text: &str) -> PassphraseStrength {
    let chars: Vec<char> = text.chars().collect();
    let lower = text.to_lowercase();
    if COMMON.iter().any(|c| lower.contains(c)) && chars.len() < 20 {
        return PassphraseStrength::Weak;
    }
    // The alphabets a guesser would have to try, by their sizes.
    let pool: u32 = [
        (chars.iter().any(char::is_ascii_lowercase), 26),
        (chars.iter().any(char::is_ascii_uppercase), 26),
        (chars.iter().any(char::is_ascii_digit), 10),
        (chars.iter().any(|c| c.is_ascii() && !c.is_ascii_alphanumeric()), 33),
        (chars.iter().any(|c| !c.is_ascii()), 100),
    ]
    .iter()
    .filter(|(used, _)| *used)
    .map(|(_, size)| size)
    .sum();
    // A character that repeats or continues a run of its neighbours adds nothing.
    let effective = chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            i == 0 || {
                let d = *c as i64 - chars[i - 1] as i64;
                !(-1..=1).contains(&d)
            }
        })
        .count();
    let bits = effective as f64 * f64::from(pool.max(1)).log2();
    match bits {
        b if b < 50.0 => PassphraseStrength::Weak,
        b if b < 75.0 => PassphraseStrength::Fair,
        _ => PassphraseStrength::Strong,
    }
}

/// Checks a passphrase about to become a register's key: long enough, and
/// how strong it looks.
pub fn check_new_passphrase(p: &Passphrase) -> Result<PassphraseStrength> {
    let n = p.as_str().chars().count();
    if n < MIN_PASSPHRASE_CHARS {
        return Err(Error::refused(DataSaid::PassphraseTooShort { chars: n as u64, min: MIN_PASSPHRASE_CHARS as u64 }));
    }
    Ok(passphrase_strength(p.as_str()))
}

/// When the app locks itself: after this many minutes without input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockPolicy {
    /// Minutes without keyboard or pointer input before the app locks; 0 never locks.
    pub idle_minutes: u32,
}

impl Default for LockPolicy {
    fn default() -> Self {
        LockPolicy { idle_minutes: 10 }
    }
}

/// The longest idle time the lock setting accepts (a working day).
pub const MAX_IDLE_LOCK_MINUTES: u32 = 480;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct EncryptionRecord {
    encrypted_at: Option<DateTime<Utc>>,
    passphrase_changed_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct RestoreRecord {
    at: DateTime<Utc>,
    from: PathBuf,
    cases: i64,
    audit_entries: i64,
}

impl Casebook {
    /// Opens the register at `path` with its passphrase. An encrypted file
    /// needs one ("wrong passphrase" when it does not fit); a missing file is
    /// created encrypted when one is given (it must be long enough); a plain
    /// file opens as it is, passphrase or not ([`Casebook::is_encrypted`]).
    pub fn open_protected(
        path: &Path,
        mode: OpenMode,
        clock: Clock,
        actor: String,
        passphrase: Option<&Passphrase>,
    ) -> Result<Casebook> {
        let mut book = Self::open_upgraded(path, mode, clock, actor, passphrase)?;
        book.rules_update = crate::policy::bring_dates_up_to_rules(&book)?;
        Ok(book)
    }

    /// [`Casebook::open_protected`] before the open cases' dates are brought
    /// up to this version's deadline rules (a restore first reads the
    /// restored register's last entry as the backup left it).
    fn open_upgraded(
        path: &Path,
        mode: OpenMode,
        clock: Clock,
        actor: String,
        passphrase: Option<&Passphrase>,
    ) -> Result<Casebook> {
        let kind = database_kind(path)?;
        if let (DatabaseKind::Missing, Some(p)) = (kind, passphrase) {
            check_new_passphrase(p)?;
        }
        let store = Store::open_with_key(path, mode, passphrase)?;
        let book = Casebook::with_store(store, clock, actor);
        if kind == DatabaseKind::Missing && book.is_encrypted() {
            book.record_encryption(|r, now| r.encrypted_at = Some(now))?;
        }
        if let Some(upgrade) = book.upgrade() {
            // In the audit log too: which versions, and where the old register is kept.
            let stamp = book.stamp();
            book.store().put_setting(LAST_UPGRADE_KEY, &upgrade, stamp)?;
        }
        Ok(book)
    }

    /// The open cases' stored dates recomputed when this open found them
    /// computed under older deadline rules (once per register and revision).
    pub fn rules_update(&self) -> Option<&casebook_store::RulesRevision> {
        self.rules_update.as_ref()
    }

    /// What the app calls after its lock screen: the default clock and actor,
    /// creating the register if it does not exist.
    pub fn open_with_passphrase(path: &Path, passphrase: &Passphrase) -> Result<Casebook> {
        Self::open_protected(
            path,
            OpenMode::CreateIfMissing,
            Box::new(Utc::now),
            crate::default_actor(),
            Some(passphrase),
        )
    }

    /// What the app's unlock screen calls: opens the existing register at
    /// `path` with its passphrase (never creates one), with the default clock
    /// and actor.
    pub fn unlock(path: &Path, passphrase: &Passphrase) -> Result<Casebook> {
        Self::open_protected(path, OpenMode::MustExist, Box::new(Utc::now), crate::default_actor(), Some(passphrase))
    }

    pub fn is_encrypted(&self) -> bool {
        self.store().is_encrypted()
    }

    pub fn lock_policy(&self) -> Result<LockPolicy> {
        Ok(self.store().setting(LOCK_KEY)?.unwrap_or_default())
    }

    /// Sets how many idle minutes lock the app (0: never).
    pub fn set_lock_minutes(&self, idle_minutes: u32) -> Result<LockPolicy> {
        if idle_minutes > MAX_IDLE_LOCK_MINUTES {
            return Err(Error::refused(DataSaid::LockMinutesTooMany {
                minutes: idle_minutes,
                max: MAX_IDLE_LOCK_MINUTES,
            }));
        }
        let policy = LockPolicy { idle_minutes };
        let stamp = self.stamp();
        self.store().put_setting(LOCK_KEY, &policy, stamp)?;
        Ok(policy)
    }

    /// Re-keys the encrypted register in place. `current` must be its
    /// passphrase: an unlocked session alone cannot change it.
    pub fn change_passphrase(&self, current: &Passphrase, new: &Passphrase) -> Result<PassphraseStrength> {
        if !self.is_encrypted() {
            return Err(Error::refused(DataSaid::NotEncrypted { path: self.db_path().display().to_string() }));
        }
        if !self.store().key_matches(current) {
            return Err(Error::Storage(casebook_store::Error::WrongPassphrase(self.db_path())));
        }
        if current == new {
            return Err(Error::refused(DataSaid::PassphraseUnchanged));
        }
        let strength = check_new_passphrase(new)?;
        self.store().change_passphrase(new)?;
        self.record_encryption(|r, now| r.passphrase_changed_at = Some(now))?;
        Ok(strength)
    }

    /// The schema upgrade opening this register made (once, on the open that
    /// made it), with the verified copy of the register as it was.
    pub fn upgrade(&self) -> Option<casebook_store::Upgrade> {
        self.store().upgrade().cloned()
    }

    fn record_encryption(&self, change: impl FnOnce(&mut EncryptionRecord, DateTime<Utc>)) -> Result<()> {
        let mut record: EncryptionRecord = self.store().setting(ENCRYPTION_KEY)?.unwrap_or_default();
        change(&mut record, self.now());
        let stamp = self.stamp();
        self.store().put_setting(ENCRYPTION_KEY, &record, stamp)?;
        Ok(())
    }

    /// A verified online backup into `out` (which must not exist), encrypted
    /// with the register's passphrase when the register is encrypted. The
    /// time is recorded for the reminder.
    pub fn backup(&self, out: &Path) -> Result<BackupCheck> {
        let check = self.store().backup_to(out).map_err(|e| match e {
            casebook_store::Error::Exists(p) => {
                Error::conflicting(DataSaid::BackupFileExists { path: p.display().to_string() })
            }
            other => other.into(),
        })?;
        crate::backup_status::record_backup(self, out, check.encrypted, check.cases)?;
        Ok(check)
    }
}

/// Turns a plain register into an encrypted one (see
/// `casebook_store::encrypt_database`), then records it in the audit log.
pub fn encrypt_database(path: &Path, new: &Passphrase, clock: Clock, actor: String) -> Result<EncryptOutcome> {
    check_new_passphrase(new)?;
    let outcome = casebook_store::encrypt_database(path, new).map_err(|e| match e {
        casebook_store::Error::AlreadyEncrypted(p) => {
            Error::conflicting(DataSaid::AlreadyEncrypted { path: p.display().to_string() })
        }
        other => other.into(),
    })?;
    let book = Casebook::open_protected(path, OpenMode::MustExist, clock, actor, Some(new))?;
    book.record_encryption(|r, now| r.encrypted_at = Some(now))?;
    Ok(outcome)
}

/// What the app's Settings call: [`encrypt_database`] with the default clock
/// and actor. The register must be closed first (the app empties its slot).
pub fn encrypt_register(path: &Path, new: &Passphrase) -> Result<EncryptOutcome> {
    encrypt_database(path, new, Box::new(Utc::now), crate::default_actor())
}

/// Opens a backup read-only and checks it (integrity, audit chain, counts).
pub fn verify_backup(file: &Path, passphrase: Option<&Passphrase>) -> Result<BackupCheck> {
    Ok(casebook_store::verify_backup(file, passphrase)?)
}

/// Restores the backup `file` into `target`: the backup is verified first,
/// an existing target is refused unless `force` (then kept beside it), and
/// the restore is recorded in the restored register's audit log.
pub fn restore_backup(
    file: &Path,
    target: &Path,
    passphrase: Option<&Passphrase>,
    force: bool,
    clock: Clock,
    actor: String,
) -> Result<RestoreOutcome> {
    let now = clock();
    let stamp = now.format("%Y%m%d-%H%M%S").to_string();
    let outcome = casebook_store::restore_backup(file, target, passphrase, force, &stamp).map_err(|e| match e {
        casebook_store::Error::Exists(p) => {
            Error::conflicting(DataSaid::RestoreTargetExists { path: p.display().to_string() })
        }
        other => other.into(),
    })?;
    let mut outcome = outcome;
    let key = if outcome.restored.encrypted { passphrase } else { None };
    let mut book = Casebook::open_upgraded(target, OpenMode::MustExist, clock, actor, key)?;
    restore_team_templates(&book, target, &mut outcome)?;
    book.rules_update = crate::policy::bring_dates_up_to_rules(&book)?;
    let record = RestoreRecord {
        at: now,
        from: std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf()),
        cases: outcome.restored.cases,
        audit_entries: outcome.restored.audit.entries,
    };
    let stamp = book.stamp();
    book.store().put_setting(LAST_RESTORE_KEY, &record, stamp)?;
    Ok(outcome)
}

/// A team register's backup ends with its export's entry, which records the
/// team's own letter templates: they are written where the restored
/// register reads them, unless the folder holds own templates of another
/// register (then none is, and the outcome says why).
fn restore_team_templates(book: &Casebook, target: &Path, outcome: &mut RestoreOutcome) -> Result<()> {
    let Some(last) = book.store().last_audit_entry()? else { return Ok(()) };
    if last.action != crate::EXPORTED_FROM_TEAM {
        return Ok(());
    }
    let after = last.after.as_deref().and_then(|a| serde_json::from_str(a).ok()).unwrap_or_default();
    let templates = TeamTemplate::recorded(&after);
    if templates.is_empty() {
        return Ok(());
    }
    match other_template_beside(target, &templates)? {
        None => {
            let written = write_for_export(target, &templates)?;
            outcome.template_files = written.iter().map(|p| p.display().to_string()).collect();
        }
        Some(other) => {
            outcome.templates_not_written = Some(format!(
                "the folder already holds the own letter template '{}', which the team register had not (or not with that text), and letters there would be made from it",
                other.display()
            ))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strength_hints() {
        use PassphraseStrength::*;
        let table: &[(&str, PassphraseStrength)] = &[
            ("password", Weak),
            ("Password123!", Weak),
            ("aaaaaaaaaaaaaaaa", Weak),
            ("12345678901234", Weak),
            ("abcdefghijklmnop", Weak),
            ("kx7fq2mz", Weak),
            ("kx7Fq2mz!p", Fair),
            ("staple horse", Fair),
            ("correct horse battery staple", Strong),
            ("Vk8#pq2!Lz9@wR4$", Strong),
            ("grüne äpfel über brücken", Strong),
        ];
        for (text, want) in table {
            assert_eq!(passphrase_strength(text), *want, "{text}");
        }
    }

    #[test]
    fn the_lock_timeout_defaults_to_ten_minutes_and_is_bounded() {
        let book = Casebook::in_memory(Box::new(Utc::now), "dpo").unwrap();
        assert_eq!(book.lock_policy().unwrap(), LockPolicy { idle_minutes: 10 });
        assert_eq!(book.set_lock_minutes(0).unwrap(), LockPolicy { idle_minutes: 0 });
        assert_eq!(book.lock_policy().unwrap().idle_minutes, 0);
        let err = book.set_lock_minutes(481).unwrap_err();
        assert_eq!(err.code(), crate::ErrorCode::InvalidInput);
        assert_eq!(err.to_string(), "invalid lock timeout 481 minutes (at most 480; 0 never locks)");
        assert_eq!(book.lock_policy().unwrap().idle_minutes, 0, "a refused value changes nothing");
    }

    #[test]
    fn unlock_opens_an_encrypted_register_with_its_passphrase_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.db");
        let good = Passphrase::new("correct horse battery").unwrap();
        drop(Casebook::open_with_passphrase(&path, &good).unwrap());
        let wrong = Casebook::unlock(&path, &Passphrase::new("not the one").unwrap()).err().unwrap();
        assert_eq!(wrong.code(), crate::ErrorCode::WrongPassphrase);
        assert_eq!(Casebook::open_existing(&path).err().unwrap().code(), crate::ErrorCode::PassphraseNeeded);
        assert!(Casebook::unlock(&path, &good).unwrap().is_encrypted());
        let missing = Casebook::unlock(&dir.path().join("none.db"), &good).err().unwrap();
        assert!(!dir.path().join("none.db").exists(), "unlock never creates a register: {missing}");
    }

    #[test]
    fn a_new_passphrase_must_be_long_enough() {
        let short = Passphrase::new("seven77").unwrap();
        let err = check_new_passphrase(&short).unwrap_err();
        assert_eq!(err.to_string(), "the passphrase is too short (7 characters; at least 8)");
        assert!(check_new_passphrase(&Passphrase::new("eight888").unwrap()).is_ok());
    }
}
