//! The audit log: an append-only, hash-chained record of every change.
//!
//! Entry n stores `hash = SHA-256(prev_hash ‖ id ‖ at ‖ actor ‖ case ‖ action ‖ before ‖ after)`
//! with `prev_hash` the hash of entry n-1 (64 zeros for the first). Editing an
//! entry breaks its own hash; deleting one breaks the next entry's link; and
//! the chain's head (last id and hash) is kept in `settings`, written in the
//! same transaction, so cutting entries off the end is detected too.
//!
//! Entries written from schema 7 on (`format` 2) hash the SHA-256 of `before`
//! and `after` instead of their text. When a closed case is deleted after its
//! retention period, the text of its entries (which names the requester) is
//! erased and only those two digests stay (`before_sha256`, `after_sha256`):
//! the chain still verifies, an erased entry still shows what was done when,
//! and no entry can be altered undetected. Entries of format 1 (written before
//! schema 7) cannot be erased without breaking the chain, so they keep their text.
//!
//! Entries written from schema 9 on (`format` 3) hash every column of the entry:
//! the fields above, the case's `reference`, the format, and the digests of
//! `before`, `after` and `state` (stored beside the text from the start, so
//! erasing the text changes nothing the hash covers). `state` records the rows
//! of the case the entry changed (see `audit_state`), and verification replays
//! it against the live tables. Entries of formats 1 and 2 do not cover
//! `reference`; verification requires it to agree with the case's other entries
//! and with the live case instead.
//!
//! An encrypted register's entries are `format` 4: the same fields as format
//! 3, under HMAC-SHA-256 with a chain key only the passphrase unwraps instead
//! of SHA-256 (`chain_key.rs`). Its key record names the first keyed entry;
//! every entry from it on must be keyed, and an encrypted register without a
//! key record does not verify.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::audit_state::{self, CASE_DELETED, CaseState, STATE_SCHEMA};
use crate::cached::Cached;
use crate::chain_key;
use crate::stored::{StoredRow, hex};
use crate::{Result, Stamp, Store};

pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
pub(crate) const HEAD_KEY: &str = "audit_head";
/// How an anchor of the chain's head starts, wherever it is written.
pub const ANCHOR_PREFIX: &str = "casebook-audit-head:";
/// The format of the entries this version writes in a plain register.
pub(crate) const FORMAT: i64 = 3;

/// The action of the local entry recording a copy from a team register
/// (`team export`, a team register's backup): the keyed entries before it
/// came keyed from elsewhere (see `ChainKey`).
pub const EXPORTED_FROM_TEAM: &str = "register.exported-from-team";
/// The format of the entries of an encrypted register (format 3 under the chain key).
const KEYED_FORMAT: i64 = 4;

/// One entry as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub actor: String,
    pub case_id: Option<i64>,
    pub reference: Option<String>,
    pub action: String,
    pub before: Option<String>,
    pub after: Option<String>,
    pub hash: String,
}

/// An audit entry's columns in the order [`audit_entry_from_row`] reads them
/// (what both back ends' `audit_log` hold).
pub(crate) const AUDIT_ENTRY_COLUMNS: &str = "id, at, actor, case_id, reference, action, before, after, hash";

/// An audit entry from a row of either back end ([`AUDIT_ENTRY_COLUMNS`]).
pub(crate) fn audit_entry_from_row<R: StoredRow + ?Sized>(r: &R) -> std::result::Result<AuditEntry, R::Error> {
    Ok(AuditEntry {
        id: r.int(0)?,
        at: r.text(1)?,
        actor: r.text(2)?,
        case_id: r.int_opt(3)?,
        reference: r.text_opt(4)?,
        action: r.text(5)?,
        before: r.text_opt(6)?,
        after: r.text_opt(7)?,
        hash: r.text(8)?,
    })
}

/// The outcome of checking the whole chain, and the live register against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditReport {
    pub entries: i64,
    /// The first entry that does not verify, and why; None when the chain is intact.
    pub first_broken: Option<i64>,
    /// What is wrong, in one line: the broken chain, or the first live row that
    /// does not match the log. None when everything verifies.
    pub problem: Option<String>,
    /// The hash of the last entry (the chain's head), as an anchor records it.
    pub head: String,
    /// Live rows and stored files that differ from what the log recorded, one
    /// line each naming the case, the table and the column.
    pub live_mismatches: Vec<String>,
    /// Cases whose entries all predate schema 9, or whose latest entries were
    /// written on a team register (no recorded state): their rows are
    /// checked from their next change on.
    pub unchecked_cases: Vec<String>,
    /// Cases whose live rows were checked against the log.
    pub checked_cases: i64,
    /// Whether the register is encrypted (opened with its passphrase).
    pub encrypted: bool,
    /// The first entry under HMAC-SHA-256 with the passphrase's chain key
    /// (entries before it are plain SHA-256; it may be the next one to be
    /// written); None for a plain SHA-256 chain.
    pub keyed_from: Option<i64>,
    /// Entries about cases this member may not read (a team register's HR
    /// cases, for a member outside `casebook_hr`), and on a team register
    /// the entries of a keyed local chain moved in (`team migrate`), whose
    /// key stayed with the file (as on a local file copied back from that
    /// team register, before the copy's own entry): checked by their place
    /// in the chain (each links to the one before) and their texts' digests,
    /// not by their hash.
    pub linked_only: i64,
}

impl AuditReport {
    pub fn is_intact(&self) -> bool {
        self.first_broken.is_none() && self.problem.is_none() && self.live_mismatches.is_empty()
    }

    /// The report's problem, when the chain verifies but rows differ from it: the first, and how many more.
    pub(crate) fn name_first_live_mismatch(&mut self) {
        if let Some(first) = self.live_mismatches.first() {
            let more = match self.live_mismatches.len() {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            self.problem = Some(format!("the register differs from its audit log: {first}{more}"));
        }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Head {
    id: i64,
    hash: String,
}

/// The text of a format-2 field as the hash sees it: its SHA-256 (None stays None).
pub(crate) fn field_digest(text: Option<&str>) -> Option<String> {
    text.map(|t| hex(&Sha256::digest(t.as_bytes())))
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn entry_hash(
    prev: &str,
    id: i64,
    at: &str,
    actor: &str,
    case_id: Option<i64>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    // Length-prefix every field so that moving bytes between fields changes the hash.
    let case = case_id.map(|c| c.to_string()).unwrap_or_default();
    for field in [prev, &id.to_string(), at, actor, &case, action, before.unwrap_or("\u{0}"), after.unwrap_or("\u{0}")]
    {
        h.update((field.len() as u64).to_le_bytes());
        h.update(field.as_bytes());
    }
    hex(&h.finalize())
}

/// The columns of one entry, as format 3 hashes them (the team register's
/// entries too: `pg/audit.rs`).
pub(crate) struct Entry3<'a> {
    pub(crate) prev: &'a str,
    pub(crate) id: i64,
    pub(crate) at: &'a str,
    pub(crate) actor: &'a str,
    pub(crate) case_id: Option<i64>,
    pub(crate) reference: Option<&'a str>,
    pub(crate) action: &'a str,
    pub(crate) before_sha256: Option<&'a str>,
    pub(crate) after_sha256: Option<&'a str>,
    pub(crate) state_sha256: Option<&'a str>,
}

impl Entry3<'_> {
    /// SHA-256 over every column but the hash itself (format 3).
    pub(crate) fn hash(&self) -> String {
        hex(&Sha256::digest(self.message(FORMAT)))
    }

    /// HMAC-SHA-256 under the chain key of `record` (format 4), or why it cannot be computed.
    fn keyed_hash(&self, conn: &Connection, record: &str) -> std::result::Result<String, String> {
        chain_key::mac(conn, record, &self.message(KEYED_FORMAT))
    }

    /// What the hash covers: every column but the hash itself, each field
    /// length-prefixed, an absent one marked apart from an empty one.
    fn message(&self, format: i64) -> Vec<u8> {
        let mut h = Vec::new();
        let id = self.id.to_string();
        let case = self.case_id.map(|c| c.to_string());
        let format = format.to_string();
        let fields = [
            Some(format.as_str()),
            Some(self.prev),
            Some(id.as_str()),
            Some(self.at),
            Some(self.actor),
            case.as_deref(),
            self.reference,
            Some(self.action),
            self.before_sha256,
            self.after_sha256,
            self.state_sha256,
        ];
        for field in fields {
            match field {
                None => h.extend_from_slice(&u64::MAX.to_le_bytes()),
                Some(f) => {
                    h.extend_from_slice(&(f.len() as u64).to_le_bytes());
                    h.extend_from_slice(f.as_bytes());
                }
            }
        }
        h
    }
}

/// The id the next entry will have.
pub(crate) fn next_id(conn: &Connection) -> Result<i64> {
    let head: Option<String> =
        conn.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
    let head: Option<Head> = head
        .map(|json| serde_json::from_str(&json).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}"))))
        .transpose()?;
    Ok(head.map_or(1, |h| h.id + 1))
}

/// Appends an entry inside the caller's transaction. For an entry about a
/// case, the rows of the case that changed since its last entry are recorded
/// with it: call it after the transaction's last write to the case.
pub(crate) fn append(
    tx: &Transaction<'_>,
    stamp: Stamp<'_>,
    case: Option<(i64, &str)>,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let head: Option<String> =
        tx.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
    let head: Head = match head {
        Some(json) => serde_json::from_str(&json).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}")))?,
        None => Head { id: 0, hash: GENESIS.to_string() },
    };
    let id = head.id + 1;
    let at = crate::stored::instant(stamp.at);
    let case_id = case.map(|c| c.0);
    let state = match case {
        Some((case_id, _)) if action != CASE_DELETED => {
            let recorded = audit_state::recorded_state(tx, case_id)?.unwrap_or_default();
            let delta = audit_state::delta(&recorded, &audit_state::live_state(tx, case_id)?);
            // An entry with an empty state still marks the case as tracked.
            Some(serde_json::to_string(&delta).expect("state serialises"))
        }
        _ => None,
    };
    let (before_sha, after_sha, state_sha) =
        (field_digest(before), field_digest(after), field_digest(state.as_deref()));
    let entry = Entry3 {
        prev: &head.hash,
        id,
        at: &at,
        actor: stamp.actor,
        case_id,
        reference: case.map(|c| c.1),
        action,
        before_sha256: before_sha.as_deref(),
        after_sha256: after_sha.as_deref(),
        state_sha256: state_sha.as_deref(),
    };
    // An encrypted register's chain is keyed (its record is written when it
    // is created or encrypted); a plain one's is SHA-256.
    let (format, hash) = match chain_key::read(tx)? {
        Some(record) => (KEYED_FORMAT, entry.keyed_hash(tx, &record).map_err(crate::Error::Corrupt)?),
        None => (FORMAT, entry.hash()),
    };
    tx.exec(
        "INSERT INTO audit_log (id, at, actor, case_id, reference, action, before, after, prev_hash, hash, format,
             before_sha256, after_sha256, state, state_sha256)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        params![
            id,
            at,
            stamp.actor,
            case_id,
            case.map(|c| c.1),
            action,
            before,
            after,
            head.hash,
            hash,
            format,
            before_sha,
            after_sha,
            state,
            state_sha
        ],
    )?;
    let head = serde_json::to_string(&Head { id, hash }).expect("head serialises");
    tx.exec(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![HEAD_KEY, head],
    )?;
    Ok(())
}

/// What the chain says about one case id, gathered while walking it.
#[derive(Default)]
struct CaseLog {
    /// The reference of the case's latest format-3 entry (covered by its hash).
    covered: Option<String>,
    /// The references of older entries (not covered by their hash), each
    /// distinct one with the first entry that carries it.
    uncovered: Vec<(i64, String)>,
    /// The case's last entry is its deletion.
    deleted: bool,
}

impl CaseLog {
    fn reference(&self) -> Option<&str> {
        self.covered.as_deref().or(self.uncovered.first().map(|(_, r)| r.as_str()))
    }

    /// What is wrong with the references of the case's entries, given the live one.
    fn reference_problems(&self, live: &str) -> Vec<String> {
        let differs = |r: &str| format!("{live}: cases.reference differs from the audit log, which names it {r}");
        if let Some(covered) = self.covered.as_deref().filter(|c| *c != live) {
            return vec![differs(covered)];
        }
        let odd: Vec<&(i64, String)> = self.uncovered.iter().filter(|(_, r)| r != live).collect();
        match odd.first() {
            Some((_, r)) if self.covered.is_none() && odd.len() == self.uncovered.len() => vec![differs(r)],
            _ => odd
                .iter()
                .map(|(entry, r)| format!("{live}: audit_log.reference of entry {entry} was changed to {r}"))
                .collect(),
        }
    }
}

/// A walk of the chain: its entries and its last hash, or where it breaks
/// (entries read, the first broken entry, why).
type Walk = std::result::Result<(i64, String), (i64, i64, String)>;

/// The chain's key record and the entry its keying began at, when the chain is keyed.
#[derive(Clone, Copy)]
struct ChainKey<'a> {
    record: Option<&'a str>,
    keyed_from: Option<i64>,
    /// The first entry recording a copy from a team register (`team export`,
    /// a team register's backup): the keyed entries before it that this
    /// file's key did not make were keyed by the local register the team's
    /// history came from (`team migrate`), under a key that stayed with that
    /// file. They are checked by their place in the chain and their texts'
    /// digests, as the team register checked them, and counted in
    /// `linked_only`.
    foreign_before: Option<i64>,
}

impl ChainKey<'_> {
    /// Whether entry `id`, keyed, was keyed under another register's key.
    fn foreign(&self, id: i64) -> bool {
        self.foreign_before.is_some_and(|f| id < f) && self.keyed_from.is_none_or(|from| id < from)
    }
}

/// One entry of `audit_log` as `verify_audit` reads it first: what every
/// format has, the previous entry's hash tenth.
struct LoggedEntry {
    entry: AuditEntry,
    prev: String,
}

impl LoggedEntry {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<LoggedEntry> {
        Ok(LoggedEntry { entry: audit_entry_from_row(r)?, prev: r.get(9)? })
    }
}

/// The rest of an entry, read once its id and link are checked: its format,
/// the digests stored beside its texts, and the case's state (schema 9 on).
struct Digests {
    format: i64,
    before_sha: Option<String>,
    after_sha: Option<String>,
    state: Option<String>,
    state_sha: Option<String>,
}

impl Digests {
    fn read(r: &rusqlite::Row<'_>) -> rusqlite::Result<Digests> {
        Ok(Digests {
            format: r.get(10)?,
            before_sha: r.get(11)?,
            after_sha: r.get(12)?,
            state: r.get(13)?,
            state_sha: r.get(14)?,
        })
    }
}

impl AuditReport {
    /// The report of a chain broken at entry `id` (of `entries` read), saying why.
    pub(crate) fn broken(entries: i64, id: i64, why: String, encrypted: bool, keyed_from: Option<i64>) -> AuditReport {
        AuditReport {
            entries,
            first_broken: Some(id),
            problem: Some(why),
            head: String::new(),
            live_mismatches: Vec::new(),
            unchecked_cases: Vec::new(),
            checked_cases: 0,
            encrypted,
            keyed_from,
            linked_only: 0,
        }
    }
}

/// A stored text and the digest stored beside it (format 3): the text must
/// hash to the digest; an erased text leaves the digest alone.
pub(crate) fn digest_matches(text: Option<&str>, stored: Option<&str>) -> bool {
    match (text, stored) {
        (Some(t), Some(d)) => field_digest(Some(t)).as_deref() == Some(d),
        (Some(_), None) => false,
        (None, _) => true,
    }
}

impl Store {
    /// Walks the whole chain and names the first entry that does not verify;
    /// then checks every live case and stored file against what the log recorded.
    pub fn verify_audit(&self) -> Result<AuditReport> {
        let schema = crate::schema_of(&self.conn)?;
        let encrypted = self.key.is_some();
        let record = chain_key::read(&self.conn)?;
        let keyed_from = match record.as_deref().map(chain_key::Record::parse) {
            None => None,
            Some(Ok(r)) => Some(r.from),
            Some(Err(why)) => return Ok(AuditReport::broken(0, 1, why, encrypted, None)),
        };
        let broken = |entries: i64, id: i64, why: String| AuditReport::broken(entries, id, why, encrypted, keyed_from);
        if let (Some(record), Some(from)) = (record.as_deref(), keyed_from) {
            // The key opens with this passphrase, and the record's start is the key's own.
            if let Err(why) = chain_key::mac(&self.conn, record, b"") {
                return Ok(broken(0, from, why));
            }
        }
        let foreign_before: Option<i64> =
            self.conn.one("SELECT min(id) FROM audit_log WHERE action = ?1", [EXPORTED_FROM_TEAM], |r| r.get(0))?;
        let key = ChainKey { record: record.as_deref(), keyed_from, foreign_before };
        let mut cases: HashMap<i64, CaseLog> = HashMap::new();
        let (count, head) = match self.walk_chain(schema, key, &mut cases)? {
            Ok(walked) => walked,
            Err((entries, id, why)) => return Ok(broken(entries, id, why)),
        };
        if let Some((id, why)) = self.check_end(count, &head, keyed_from)? {
            return Ok(broken(count, id, why));
        }
        let mut report = AuditReport {
            entries: count,
            first_broken: None,
            problem: None,
            head,
            live_mismatches: Vec::new(),
            unchecked_cases: Vec::new(),
            checked_cases: 0,
            encrypted,
            keyed_from,
            linked_only: match foreign_before {
                Some(f) => self.conn.one(
                    "SELECT count(*) FROM audit_log WHERE format = ?1 AND id < ?2 AND id < ?3",
                    [KEYED_FORMAT, f, keyed_from.unwrap_or(i64::MAX)],
                    |r| r.get(0),
                )?,
                None => 0,
            },
        };
        self.check_live(&mut cases, schema, &mut report)?;
        report.name_first_live_mismatch();
        if encrypted && keyed_from.is_none() {
            report.problem = Some(
                "the chain of this encrypted register is not keyed by its passphrase: its key record was removed and the log rewritten without the passphrase, or it was encrypted by a Casebook that did not key chains yet (`casebook passphrase change` keys it from the next entry)".into(),
            );
        }
        Ok(report)
    }

    /// Every entry of the log in order, each linked to the one before and
    /// hashing to its stored hash; what each case's entries cover goes into
    /// `cases`. The entries and the head's hash, or (entries read, the first
    /// broken entry, why).
    fn walk_chain(&self, schema: i64, key: ChainKey<'_>, cases: &mut HashMap<i64, CaseLog>) -> Result<Walk> {
        let columns = match schema {
            s if s >= STATE_SCHEMA => "format, before_sha256, after_sha256, state, state_sha256",
            s if s >= 7 => "format, before_sha256, after_sha256, NULL, NULL",
            _ => "1, NULL, NULL, NULL, NULL",
        };
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {AUDIT_ENTRY_COLUMNS}, prev_hash, {columns} FROM audit_log ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        let mut expected_prev = GENESIS.to_string();
        let mut expected_id = 1;
        let mut count = 0;
        while let Some(r) = rows.next()? {
            count += 1;
            let LoggedEntry { entry, prev } = LoggedEntry::read(r)?;
            let (id, hash) = (entry.id, entry.hash.clone());
            if id != expected_id {
                return Ok(Err((count, expected_id, format!("entry {expected_id} is missing"))));
            }
            if prev != expected_prev {
                return Ok(Err((count, id, format!("entry {id} does not link to entry {}", id - 1))));
            }
            let digests = Digests::read(r)?;
            let computed = match self.expected_hash(&entry, &prev, &digests, key) {
                Ok(computed) => computed,
                Err(why) => return Ok(Err((count, id, why))),
            };
            if let Some(from) = key.keyed_from.filter(|from| id >= *from && digests.format != KEYED_FORMAT) {
                return Ok(Err((
                    count,
                    id,
                    format!(
                        "entry {id} is plain SHA-256, but this register's chain is keyed by its passphrase from entry {from}: the log was rewritten without the passphrase"
                    ),
                )));
            }
            if computed != hash {
                return Ok(Err((count, id, format!("entry {id} was altered"))));
            }
            if let Some(case_id) = entry.case_id {
                let log = cases.entry(case_id).or_default();
                if log.deleted {
                    *log = CaseLog::default();
                }
                match (digests.format, entry.reference) {
                    (3, r) => log.covered = r,
                    (_, Some(r)) if !log.uncovered.iter().any(|(_, known)| *known == r) => log.uncovered.push((id, r)),
                    _ => {}
                }
                log.deleted = entry.action == CASE_DELETED;
            }
            expected_prev = hash;
            expected_id += 1;
        }
        Ok(Ok((count, expected_prev)))
    }

    /// What an entry's hash must be, by its format; why it cannot verify otherwise.
    fn expected_hash(
        &self,
        e: &AuditEntry,
        prev: &str,
        d: &Digests,
        key: ChainKey<'_>,
    ) -> std::result::Result<String, String> {
        let id = e.id;
        match d.format {
            1 => {
                Ok(entry_hash(prev, id, &e.at, &e.actor, e.case_id, &e.action, e.before.as_deref(), e.after.as_deref()))
            }
            2 => {
                // A present field is digested here (so changed text is caught even
                // though its digest is stored too); an erased one keeps only its digest.
                let before = field_digest(e.before.as_deref()).or_else(|| d.before_sha.clone());
                let after = field_digest(e.after.as_deref()).or_else(|| d.after_sha.clone());
                Ok(entry_hash(prev, id, &e.at, &e.actor, e.case_id, &e.action, before.as_deref(), after.as_deref()))
            }
            3 | 4 => {
                // Format 4 is format 3 keyed: the key record must be there first
                // (or the entry came keyed from another register: see `ChainKey`).
                let foreign = d.format == KEYED_FORMAT && key.foreign(id);
                let keyed = if d.format == KEYED_FORMAT && !foreign {
                    let (Some(record), Some(from)) = (key.record, key.keyed_from) else {
                        return Err(format!(
                            "entry {id} is keyed (HMAC-SHA-256) but the chain's key record is missing"
                        ));
                    };
                    if id < from {
                        return Err(format!(
                            "entry {id} is keyed, but the chain's key record says keying began at entry {from}"
                        ));
                    }
                    Some(record)
                } else {
                    None
                };
                let texts = [
                    (e.before.as_deref(), d.before_sha.as_deref()),
                    (e.after.as_deref(), d.after_sha.as_deref()),
                    (d.state.as_deref(), d.state_sha.as_deref()),
                ];
                if !texts.iter().all(|(t, d)| digest_matches(*t, *d)) {
                    return Err(format!("entry {id} was altered"));
                }
                let entry = Entry3 {
                    prev,
                    id,
                    at: &e.at,
                    actor: &e.actor,
                    case_id: e.case_id,
                    reference: e.reference.as_deref(),
                    action: &e.action,
                    before_sha256: d.before_sha.as_deref(),
                    after_sha256: d.after_sha.as_deref(),
                    state_sha256: d.state_sha.as_deref(),
                };
                match keyed {
                    None if foreign => Ok(e.hash.clone()),
                    None => Ok(entry.hash()),
                    Some(record) => entry.keyed_hash(&self.conn, record),
                }
            }
            format => Err(format!("entry {id} has unknown format {format}")),
        }
    }

    /// The chain's end against its head record and its key record: the first
    /// broken entry and why, when entries were removed from the end or keying
    /// is said to begin past it.
    fn check_end(&self, count: i64, last_hash: &str, keyed_from: Option<i64>) -> Result<Option<(i64, String)>> {
        let head: Option<String> =
            self.conn.one("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
        if let Some(head) = head {
            let head: Head =
                serde_json::from_str(&head).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}")))?;
            if head.id != count || head.hash != last_hash {
                return Ok(Some((
                    count + 1,
                    format!(
                        "the log ends at entry {count} but entry {} was written: entries were removed from the end",
                        head.id
                    ),
                )));
            }
        } else if count > 0 {
            return Ok(Some((1, "the chain's head record is missing".into())));
        }
        if let Some(from) = keyed_from.filter(|from| *from > count + 1) {
            return Ok(Some((
                count + 1,
                format!("the chain's key record says keying began at entry {from}, past its end (entry {count})"),
            )));
        }
        Ok(None)
    }

    /// Every live case against its entries; cases the log has but the register
    /// lost; stored files against their SHA-256.
    fn check_live(&self, cases: &mut HashMap<i64, CaseLog>, schema: i64, report: &mut AuditReport) -> Result<()> {
        let live: Vec<(i64, String)> = {
            let mut stmt = self.conn.prepare("SELECT id, reference FROM cases ORDER BY id")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<Result<_, _>>()?
        };
        let out = &mut report.live_mismatches;
        for (id, reference) in &live {
            let Some(log) = cases.remove(id) else {
                out.push(format!(
                    "{reference}: the case has no audit entry (added, or its entries removed, outside Casebook)"
                ));
                continue;
            };
            if log.deleted {
                out.push(format!(
                    "{reference}: the audit log records case id {id} as deleted, yet it is in the register"
                ));
                continue;
            }
            let problems = log.reference_problems(reference);
            if !problems.is_empty() {
                out.extend(problems);
                continue;
            }
            let recorded = if schema >= STATE_SCHEMA { audit_state::recorded_state(&self.conn, *id)? } else { None };
            match recorded {
                None => report.unchecked_cases.push(reference.clone()),
                Some(recorded) => {
                    report.checked_cases += 1;
                    let live: CaseState = audit_state::live_state(&self.conn, *id)?;
                    out.extend(audit_state::describe(reference, &recorded, &live));
                }
            }
        }
        let mut gone: Vec<(i64, CaseLog)> = cases.drain().filter(|(_, log)| !log.deleted).collect();
        gone.sort_by_key(|(id, _)| *id);
        for (id, log) in gone {
            let reference = log.reference().map(str::to_string).unwrap_or_else(|| format!("case id {id}"));
            out.push(format!("{reference}: the case was removed from the register without an audit entry"));
        }
        let mut stmt = self.conn.prepare("SELECT sha256, size, bytes FROM documents ORDER BY sha256")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let sha: String = r.get(0)?;
            let size: i64 = r.get(1)?;
            let bytes = r.get_ref(2)?.as_blob().unwrap_or_default();
            if crate::stored::sha256_hex(bytes) != sha || size != bytes.len() as i64 {
                out.push(format!(
                    "stored file {sha}: its bytes no longer match its SHA-256 (changed outside Casebook)"
                ));
            }
        }
        Ok(())
    }

    /// The chain's head as recorded, as the anchor a letter, evidence pack or
    /// package carries: `casebook-audit-head:N:HASH` (entry 0 and 64 zeros
    /// before the first entry).
    pub fn audit_anchor(&self) -> Result<String> {
        let head: Option<String> =
            self.conn.one("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).optional()?;
        let head = match head {
            Some(json) => serde_json::from_str(&json).map_err(|e| crate::Error::Corrupt(format!("audit head: {e}")))?,
            None => Head { id: 0, hash: GENESIS.to_string() },
        };
        Ok(format!("{ANCHOR_PREFIX}{}:{}", head.id, head.hash))
    }

    /// The hash of entry `id` of this chain (entry 0: the genesis), None when
    /// the chain has no such entry.
    pub fn audit_hash_at(&self, id: i64) -> Result<Option<String>> {
        if id == 0 {
            return Ok(Some(GENESIS.to_string()));
        }
        Ok(self.conn.one("SELECT hash FROM audit_log WHERE id = ?1", [id], |r| r.get(0)).optional()?)
    }

    /// The register's last audit entry, when there is one.
    pub fn last_audit_entry(&self) -> Result<Option<AuditEntry>> {
        let sql = format!("SELECT {AUDIT_ENTRY_COLUMNS} FROM audit_log ORDER BY id DESC LIMIT 1");
        Ok(self.conn.one(&sql, [], |r| audit_entry_from_row(r)).optional()?)
    }

    /// The audit entries of one case, oldest first.
    pub fn audit_of_case(&self, case_id: casebook_core::CaseId) -> Result<Vec<AuditEntry>> {
        let sql = format!("SELECT {AUDIT_ENTRY_COLUMNS} FROM audit_log WHERE case_id = ?1 ORDER BY id");
        Ok(self.conn.all(&sql, [case_id.0], |r| audit_entry_from_row(r))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::OpenMode;

    /// A register as schema 8 left it: one case and its format-2 entries.
    fn schema_8_register(path: &std::path::Path) {
        let mut conn = Connection::open(path).unwrap();
        crate::migrate::migrate_to(&mut conn, path, 8).unwrap();
        crate::migrate::insert_case_7(&conn, &["ada@example.org"]);
        let mut prev = GENESIS.to_string();
        for id in 1..=2 {
            let (at, after) = ("2026-11-02T09:00:00.000000Z", format!("{{\"n\":{id}}}"));
            let digest = field_digest(Some(&after));
            let hash = entry_hash(&prev, id, at, "dpo", Some(7), "case.created", None, digest.as_deref());
            conn.execute(
                "INSERT INTO audit_log (id, at, actor, case_id, reference, action, after, prev_hash, hash, format)
                 VALUES (?1, ?2, 'dpo', 7, 'CB-2026-0007', 'case.created', ?3, ?4, ?5, 2)",
                params![id, at, after, prev, hash],
            )
            .unwrap();
            prev = hash;
        }
        let head = serde_json::to_string(&Head { id: 2, hash: prev }).unwrap();
        conn.execute("INSERT INTO settings (key, value) VALUES (?1, ?2)", params![HEAD_KEY, head]).unwrap();
    }

    #[test]
    fn an_older_register_verifies_and_says_which_cases_predate_the_live_check() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        schema_8_register(&path);
        let mut store = Store::open(&path, OpenMode::MustExist).unwrap();
        let r = store.verify_audit().unwrap();
        assert!(r.is_intact(), "{r:?}");
        assert_eq!((r.unchecked_cases.as_slice(), r.checked_cases), (&["CB-2026-0007".to_string()][..], 0));

        // Its next change records the whole case; from then on it is checked.
        let stamp = Stamp { at: chrono::Utc::now(), actor: "dpo" };
        store.add_note(casebook_core::CaseId(7), "called back", stamp).unwrap();
        let r = store.verify_audit().unwrap();
        assert!(r.is_intact(), "{r:?}");
        assert_eq!((r.unchecked_cases.len(), r.checked_cases), (0, 1));
        store.conn.execute("UPDATE cases SET received = '2026-10-01'", []).unwrap();
        let r = store.verify_audit().unwrap();
        assert_eq!(r.live_mismatches, ["CB-2026-0007: cases.received was changed without an audit entry"]);
    }

    #[test]
    fn a_changed_reference_of_an_older_entry_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        schema_8_register(&path);
        let conn = Connection::open(&path).unwrap();
        conn.execute("UPDATE audit_log SET reference = 'CB-2026-0099' WHERE id = 2", []).unwrap();
        drop(conn);
        let r = Store::open(&path, OpenMode::MustExist).unwrap().verify_audit().unwrap();
        assert_eq!(r.first_broken, None, "the reference is outside older entries' hash");
        assert_eq!(r.live_mismatches, ["CB-2026-0007: audit_log.reference of entry 2 was changed to CB-2026-0099"]);
        assert!(!r.is_intact());
    }

    /// The chain's head record.
    fn head_of(conn: &Connection) -> Head {
        let head: String =
            conn.query_row("SELECT value FROM settings WHERE key = ?1", [HEAD_KEY], |r| r.get(0)).unwrap();
        serde_json::from_str(&head).unwrap()
    }

    /// Moves the chain's head record to entry `id`.
    fn set_head(conn: &Connection, id: i64, hash: String) {
        let head = serde_json::to_string(&Head { id, hash }).unwrap();
        conn.execute("UPDATE settings SET value = ?2 WHERE key = ?1", params![HEAD_KEY, head]).unwrap();
    }

    /// Appends an entry as a team register writes one (`pg/audit.rs`):
    /// format 3 with neither a state nor its digest.
    fn append_team_entry(conn: &Connection, case_id: i64, reference: &str, action: &str) {
        let head = head_of(conn);
        let (id, at) = (head.id + 1, "2026-11-29T10:00:00.000000Z");
        let entry = Entry3 {
            prev: &head.hash,
            id,
            at,
            actor: "hana",
            case_id: Some(case_id),
            reference: Some(reference),
            action,
            before_sha256: None,
            after_sha256: None,
            state_sha256: None,
        };
        let hash = entry.hash();
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, case_id, reference, action, prev_hash, hash, format)
             VALUES (?1, ?2, 'hana', ?3, ?4, ?5, ?6, ?7, 3)",
            params![id, at, case_id, reference, action, head.hash, hash],
        )
        .unwrap();
        set_head(conn, id, hash);
    }

    #[test]
    fn a_case_last_changed_on_a_team_register_is_checked_by_the_chain_until_its_next_local_change() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, case) = crate::test_support::register_with_a_case(dir.path());
        let stamp = Stamp { at: chrono::Utc::now(), actor: "dpo" };
        let reference = case.reference.to_string();
        // A note the team wrote, with its entry as the team writes them.
        store
            .conn
            .execute("INSERT INTO notes (case_id, at, author, text) VALUES (?1, '2026-11-29T10:00:00Z', 'hana', 'by the team')", [case.id.0])
            .unwrap();
        append_team_entry(&store.conn, case.id.0, &reference, "note.added");
        let r = store.verify_audit().unwrap();
        assert!(r.is_intact(), "{r:?}");
        assert_eq!((r.unchecked_cases.as_slice(), r.checked_cases), (&[reference.clone()][..], 0));

        // Its next local change records the whole case: checked again, a change outside Casebook named.
        store.add_note(case.id, "worked offline", stamp).unwrap();
        let r = store.verify_audit().unwrap();
        assert!(r.is_intact(), "{r:?}");
        assert_eq!((r.unchecked_cases.len(), r.checked_cases), (0, 1));
        store.conn.execute("UPDATE notes SET text = 'changed' WHERE author = 'hana'", []).unwrap();
        let r = store.verify_audit().unwrap();
        assert_eq!(r.live_mismatches.len(), 1, "{r:?}");
        assert!(r.live_mismatches[0].contains("notes.text of row"), "{r:?}");
    }

    /// Appends an entry keyed by a register whose key this file does not
    /// hold (format 4 with a hash this file cannot recompute), as a team
    /// register's history moved in from an encrypted file carries them.
    fn append_foreign_keyed_entry(conn: &Connection, case_id: i64, reference: &str) {
        let head = head_of(conn);
        let (id, after) = (head.id + 1, "{\"note\":\"keyed elsewhere\"}");
        let hash = "f".repeat(64);
        conn.execute(
            "INSERT INTO audit_log (id, at, actor, case_id, reference, action, after, after_sha256, prev_hash, hash, format)
             VALUES (?1, '2026-11-01T10:00:00.000000Z', 'dpo', ?2, ?3, 'note.added', ?4, ?5, ?6, ?7, 4)",
            params![id, case_id, reference, after, field_digest(Some(after)), head.hash, hash],
        )
        .unwrap();
        set_head(conn, id, hash);
    }

    #[test]
    fn entries_keyed_elsewhere_are_linked_only_before_a_copy_from_a_team_register() {
        let dir = tempfile::tempdir().unwrap();
        let (store, case) = crate::test_support::register_with_a_case(dir.path());
        let reference = case.reference.to_string();
        append_foreign_keyed_entry(&store.conn, case.id.0, &reference);
        // Without a copy's entry after it, a keyed entry this file cannot check is refused.
        let r = store.verify_audit().unwrap();
        assert_eq!(r.first_broken, Some(2), "{r:?}");
        // Copied from a team register: checked by its place and its text's digest.
        append_team_entry(&store.conn, case.id.0, &reference, EXPORTED_FROM_TEAM);
        let r = store.verify_audit().unwrap();
        assert!(r.is_intact(), "{r:?}");
        assert_eq!((r.entries, r.linked_only), (3, 1));
        store.conn.execute("UPDATE audit_log SET after = '{}' WHERE id = 2", []).unwrap();
        let r = store.verify_audit().unwrap();
        assert_eq!((r.first_broken, r.problem.as_deref()), (Some(2), Some("entry 2 was altered")));
        store.conn.execute("UPDATE audit_log SET after = NULL, after_sha256 = NULL WHERE id = 2", []).unwrap();
        // One keyed elsewhere after the copy's entry is not let through.
        append_foreign_keyed_entry(&store.conn, case.id.0, &reference);
        let r = store.verify_audit().unwrap();
        assert_eq!(r.first_broken, Some(4), "{r:?}");
    }

    #[test]
    fn an_erased_state_is_not_taken_for_a_team_register_s_entry() {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, case) = crate::test_support::register_with_a_case(dir.path());
        let stamp = Stamp { at: chrono::Utc::now(), actor: "dpo" };
        store.add_note(case.id, "called back", stamp).unwrap();
        // The state's text erased, its digest kept (as retention erases a deleted case's
        // entries): the hash still holds, but the case is not let off the live check.
        store.conn.execute("UPDATE audit_log SET state = NULL", []).unwrap();
        store.conn.execute("UPDATE notes SET text = 'changed'", []).unwrap();
        let r = store.verify_audit().unwrap();
        assert_eq!(r.first_broken, None);
        assert!(!r.is_intact(), "{r:?}");
        assert!(r.unchecked_cases.is_empty(), "{r:?}");
    }
}
