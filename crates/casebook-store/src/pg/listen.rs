//! Hearing other members' changes: a connection of its own that `LISTEN`s
//! on the channel every committed write of the register is announced on
//! (`audit::CHANGES_CHANNEL`, sent by the chain's head write), so an open
//! window shows a colleague's step within a second or two.

use std::time::{Duration, Instant};

use postgres::fallible_iterator::FallibleIterator;

use super::PgStore;
use super::audit::CHANGES_CHANNEL;
use crate::{PgConfig, Result};

/// What changed since the last wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    /// These cases (by reference), and nothing else.
    Cases(Vec<String>),
    /// The register as a whole (its settings, the register of processing),
    /// or more cases than a notice names: everything shown may be stale.
    Everything,
}

/// A connection listening for the register's changes.
pub struct PgListener {
    store: PgStore,
}

impl PgListener {
    /// Connects as the connection string's role and starts listening.
    pub fn open(config: &PgConfig) -> Result<PgListener> {
        let mut store = PgStore::connect(config)?;
        let listen = format!("LISTEN {CHANGES_CHANNEL}");
        store.client.batch_execute(&listen).map_err(|e| store.error(e))?;
        Ok(PgListener { store })
    }

    /// Waits up to `timeout` for a change, then gathers the notices that
    /// follow within `settle` (one step's several writes, or a colleague's
    /// burst, are one refresh). `None` when nothing changed in `timeout`;
    /// an error when the connection is lost (open a new listener).
    pub fn wait(&mut self, timeout: Duration, settle: Duration) -> Result<Option<Changed>> {
        let mut cases = Vec::new();
        let mut everything = false;
        let mut deadline = Instant::now() + timeout;
        let mut heard = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let next = self.store.client.notifications().timeout_iter(left).next();
            let notice = match next {
                Ok(Some(n)) => n,
                Ok(None) => break,
                Err(e) => return Err(self.store.error(e)),
            };
            if !heard {
                heard = true;
                deadline = Instant::now() + settle;
            }
            match notice.payload() {
                "" | "*" => everything = true,
                told => cases.extend(told.split(' ').map(str::to_string)),
            }
        }
        // The connection may have died without a notice: a cheap query says so.
        if !heard {
            self.store.client.simple_query("").map_err(|e| self.store.error(e))?;
            return Ok(None);
        }
        if everything {
            return Ok(Some(Changed::Everything));
        }
        cases.sort();
        cases.dedup();
        Ok(Some(Changed::Cases(cases)))
    }
}
