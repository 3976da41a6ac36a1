//! The key of an encrypted register's audit chain.
//!
//! A plain register's chain is SHA-256: whoever can write the file can
//! recompute it. An encrypted register's entries are HMAC-SHA-256 under a
//! random 32-byte chain key (entry format 4), so rewriting its chain
//! consistently needs that key, not only a decrypted copy of the file (or
//! SQLCipher's page key, which opens and writes the file but is not the
//! passphrase).
//!
//! The chain key is kept in the register (`settings`, [`RECORD_KEY`]) wrapped
//! under a key derived from the passphrase at SQLCipher's own cost
//! (PBKDF2-HMAC-SHA512, 256,000 iterations, a random salt per wrap), so that a
//! decrypted copy shows only the wrapped key, and guessing the passphrase from
//! it is no faster than from the encrypted file. Changing the passphrase
//! re-wraps the same key: every entry keeps verifying. The record names the
//! first keyed entry (`from`), MACed with the chain key so it cannot be moved:
//! entries before it (written while the register was plain) stay SHA-256.
//!
//! The chain key travels with the connection, as SQLCipher's key does:
//! [`register`] gives every connection the SQL function
//! `casebook_chain_mac(record, message)`, which holds the passphrase the
//! connection was opened with and unwraps the key once (it is cached, and wiped
//! when the connection closes). The audit code appends inside any transaction,
//! so it reaches the key through its connection rather than a handle passed
//! down every caller.

use std::sync::Mutex;

use hmac::{Hmac, Mac};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Sha256, Sha512};
use zeroize::Zeroizing;

use crate::stored::hex;
use crate::{Error, Passphrase, Result};

/// The `settings` key of the wrapped chain key.
pub(crate) const RECORD_KEY: &str = "audit_chain_key";
const KDF: &str = "pbkdf2-hmac-sha512";
/// SQLCipher 4's count: the wrapped key is no cheaper to guess from than the file.
const ITERATIONS: u32 = 256_000;
/// A wrap for the current passphrase, and one for the previous while it is changed.
const MAX_WRAPS: usize = 2;

type ChainKey = Zeroizing<[u8; 32]>;

/// The chain key as stored: wrapped under each passphrase that opens it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct Record {
    kdf: String,
    iterations: u32,
    /// The first entry written with the key.
    pub(crate) from: i64,
    /// HMAC of `from` under the chain key.
    from_mac: String,
    wraps: Vec<Wrap>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Wrap {
    salt: String,
    /// The chain key XOR the first half of the derived key.
    key: String,
    /// HMAC-SHA-256 of `key` under the second half: tells a wrong passphrase
    /// (or an altered wrap) from the right one.
    check: String,
}

fn hmac256(key: &[u8], parts: &[&[u8]]) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    for part in parts {
        mac.update(part);
    }
    mac
}

fn unhex<const N: usize>(text: &str) -> Option<[u8; N]> {
    if text.len() != 2 * N {
        return None;
    }
    let mut out = [0u8; N];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

fn random<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    getrandom::fill(&mut out).map_err(|e| Error::Corrupt(format!("no randomness for the audit chain key: {e}")))?;
    Ok(out)
}

/// The pad and the check key a passphrase and salt give.
fn derive(passphrase: &Passphrase, salt: &[u8; 16]) -> Zeroizing<[u8; 64]> {
    let mut out = Zeroizing::new([0u8; 64]);
    pbkdf2::pbkdf2_hmac::<Sha512>(passphrase.as_bytes(), salt, ITERATIONS, out.as_mut());
    out
}

fn wrap(key: &ChainKey, passphrase: &Passphrase) -> Result<Wrap> {
    let salt = random::<16>()?;
    let derived = derive(passphrase, &salt);
    let wrapped: [u8; 32] = std::array::from_fn(|i| key[i] ^ derived[i]);
    let check = hmac256(&derived[32..], &[b"casebook audit chain key", &wrapped]).finalize().into_bytes();
    Ok(Wrap { salt: hex(&salt), key: hex(&wrapped), check: hex(&check) })
}

fn from_mac(key: &ChainKey, from: i64) -> Hmac<Sha256> {
    hmac256(key.as_ref(), &[b"casebook audit chain keyed from ", from.to_string().as_bytes()])
}

impl Record {
    /// A new random chain key, wrapped under `passphrase`, keying entries from `from` on.
    pub(crate) fn new(passphrase: &Passphrase, from: i64) -> Result<(Record, ChainKey)> {
        let key = Zeroizing::new(random::<32>()?);
        let record = Record {
            kdf: KDF.into(),
            iterations: ITERATIONS,
            from,
            from_mac: hex(&from_mac(&key, from).finalize().into_bytes()),
            wraps: vec![wrap(&key, passphrase)?],
        };
        Ok((record, key))
    }

    pub(crate) fn parse(text: &str) -> std::result::Result<Record, String> {
        let record: Record =
            serde_json::from_str(text).map_err(|e| format!("the audit chain's key record is unreadable ({e})"))?;
        if record.kdf != KDF || record.iterations != ITERATIONS || record.wraps.is_empty() {
            return Err(format!(
                "the audit chain's key record names an unknown key derivation ({}, {} iterations)",
                record.kdf, record.iterations
            ));
        }
        if record.wraps.len() > MAX_WRAPS {
            return Err(format!("the audit chain's key record holds {} wrapped keys (at most 2)", record.wraps.len()));
        }
        Ok(record)
    }

    /// The chain key and the wrap `passphrase` opened, after checking that
    /// `from` is the one the key was made with.
    fn open_wrap(&self, passphrase: &Passphrase) -> std::result::Result<(ChainKey, Wrap), String> {
        for w in &self.wraps {
            let (Some(salt), Some(wrapped), Some(check)) =
                (unhex::<16>(&w.salt), unhex::<32>(&w.key), unhex::<32>(&w.check))
            else {
                return Err("the audit chain's key record is malformed".into());
            };
            let derived = derive(passphrase, &salt);
            if hmac256(&derived[32..], &[b"casebook audit chain key", &wrapped]).verify_slice(&check).is_err() {
                continue;
            }
            let key = Zeroizing::new(std::array::from_fn(|i| wrapped[i] ^ derived[i]));
            let from_ok =
                unhex::<32>(&self.from_mac).is_some_and(|m| from_mac(&key, self.from).verify_slice(&m).is_ok());
            if !from_ok {
                return Err(format!(
                    "the audit chain's key record was altered: it names entry {} as the first keyed one, which the key never did",
                    self.from
                ));
            }
            return Ok((key, w.clone()));
        }
        Err("the audit chain's key does not open with this passphrase: its key record was replaced or altered".into())
    }

    #[cfg(test)]
    fn open(&self, passphrase: &Passphrase) -> Result<ChainKey> {
        self.open_wrap(passphrase).map(|(k, _)| k).map_err(Error::Corrupt)
    }

    /// The same key wrapped for `new`, and still for `old` (the record written
    /// while the file is re-keyed: whichever passphrase it ends up with opens it).
    pub(crate) fn rewrapped(&self, old: &Passphrase, new: &Passphrase) -> Result<(Record, Record, ChainKey)> {
        let (key, old_wrap) = self.open_wrap(old).map_err(Error::Corrupt)?;
        let new_wrap = wrap(&key, new)?;
        let both = Record { wraps: vec![new_wrap.clone(), old_wrap], ..self.clone() };
        let after = Record { wraps: vec![new_wrap], ..self.clone() };
        Ok((both, after, key))
    }

    /// The record also wrapped for `other`: a register keyed by a passphrase
    /// change opens its key with either passphrase while the file is re-keyed.
    pub(crate) fn with_extra_wrap(&self, key: &ChainKey, other: &Passphrase) -> Result<Record> {
        let mut both = self.clone();
        both.wraps.push(wrap(key, other)?);
        Ok(both)
    }

    pub(crate) fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the key record serialises")
    }
}

/// The record stored in this file, as text.
pub(crate) fn read(conn: &Connection) -> Result<Option<String>> {
    Ok(conn.query_row("SELECT value FROM settings WHERE key = ?1", [RECORD_KEY], |r| r.get(0)).optional()?)
}

/// Stores the record (inside the caller's transaction, or on its own).
pub(crate) fn write(conn: &Connection, record: &Record) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        rusqlite::params![RECORD_KEY, record.to_json()],
    )?;
    Ok(())
}

/// What the connection's function holds: the passphrase it was opened with
/// and the key last unwrapped, with the record it came from.
struct State {
    passphrase: Option<Passphrase>,
    cache: Mutex<Option<(String, ChainKey)>>,
}

impl State {
    fn key_for(&self, record: &str) -> std::result::Result<ChainKey, String> {
        let mut cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, key)) = cache.as_ref().filter(|(text, _)| text == record) {
            return Ok(key.clone());
        }
        let parsed = Record::parse(record)?;
        let Some(passphrase) = &self.passphrase else {
            return Err(format!(
                "the audit chain is keyed by the register's passphrase from entry {}, and this copy is not encrypted: only the encrypted register, opened with its passphrase, can verify or extend it",
                parsed.from
            ));
        };
        let (key, _) = parsed.open_wrap(passphrase)?;
        *cache = Some((record.to_string(), key.clone()));
        Ok(key)
    }
}

/// Gives `conn` the function `casebook_chain_mac(record, message)`: the
/// hex HMAC-SHA-256 of `message` under the chain key in `record`, unwrapped
/// with `passphrase`; an error naming the problem when it does not open.
/// `known` seeds the cache with a record and the key it holds.
pub(crate) fn register(
    conn: &Connection,
    passphrase: Option<Passphrase>,
    known: Option<(&Record, ChainKey)>,
) -> Result<()> {
    let state = State { passphrase, cache: Mutex::new(known.map(|(r, k)| (r.to_json(), k))) };
    conn.create_scalar_function(
        "casebook_chain_mac",
        2,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DIRECTONLY,
        move |ctx| {
            let record: String = ctx.get(0)?;
            let message: Vec<u8> = ctx.get(1)?;
            let key = state.key_for(&record).map_err(|e| rusqlite::Error::UserFunctionError(e.into()))?;
            Ok(hex(&hmac256(key.as_ref(), &[&message]).finalize().into_bytes()))
        },
    )?;
    Ok(())
}

/// The MAC of `message` under the key of `record`, through the connection's
/// function; the reason when the key does not open.
pub(crate) fn mac(conn: &Connection, record: &str, message: &[u8]) -> std::result::Result<String, String> {
    let mut stmt = conn.prepare_cached("SELECT casebook_chain_mac(?1, ?2)").map_err(|e| e.to_string())?;
    stmt.query_row(rusqlite::params![record, message], |r| r.get(0)).map_err(|e| match e {
        rusqlite::Error::SqliteFailure(_, Some(message)) => message,
        other => other.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_opens_with_its_passphrases_only_and_its_start_cannot_be_moved() {
        let (old, new) = (Passphrase::new("correct horse").unwrap(), Passphrase::new("battery staple").unwrap());
        let (record, key) = Record::new(&old, 5).unwrap();
        assert_eq!(*record.open(&old).unwrap(), *key);
        assert!(record.open(&new).is_err());

        let (both, after, same) = record.rewrapped(&old, &new).unwrap();
        assert_eq!(*same, *key);
        assert_eq!((*both.open(&old).unwrap(), *both.open(&new).unwrap()), (*key, *key));
        assert_eq!(*after.open(&new).unwrap(), *key);
        assert!(after.open(&old).is_err(), "the old passphrase no longer opens the key");

        let moved = Record { from: 9, ..record.clone() };
        assert!(moved.open(&old).unwrap_err().to_string().contains("names entry 9"));
        let reparsed = Record::parse(&record.to_json()).unwrap();
        assert_eq!(*reparsed.open(&old).unwrap(), *key);
        assert!(Record::parse(&Record { iterations: 1, ..record }.to_json()).is_err(), "no cheaper derivation");
    }
}
