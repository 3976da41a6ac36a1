//! Progress and cancel for long work (a package export, an evidence pack).
//!
//! The contract: the work calls `progress` with where it is, `done` of
//! `total` steps never going down and ending at `total`; it checks `cancel`
//! at every step and, once set, stops with [`crate::Error::Cancelled`]
//! leaving nothing behind (no file, no temporary file, no audit entry). A
//! step past its point of no return (the audit entry) is no longer
//! cancellable: the work then completes.

use std::sync::atomic::{AtomicBool, Ordering};

use serde::Serialize;

/// What the work is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ExportPhase {
    /// Package: writing one file of the ZIP (`item` names it).
    Writing,
    /// Package: closing the ZIP, hashing it, recording it and giving it its name.
    Finishing,
    /// Evidence pack: gathering one section from the register (`item` is its heading).
    Gathering,
    /// Evidence pack: laying out one section's pages.
    LayingOut,
    /// Evidence pack: writing the PDF and recording it on the case.
    Saving,
}

/// What `count` and `of` count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "kebab-case")]
pub enum ProgressUnit {
    Records,
    Files,
    Sections,
    Pages,
}

/// Where long work is, for a progress bar and its label ("1,234 of 5,000
/// records — writing data/crm.json").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ExportProgress {
    pub phase: ExportPhase,
    /// The file written, or the section gathered or laid out.
    pub item: String,
    /// The label's numbers: `count` of `of` `unit` (records of the data file
    /// being written, else files of the package; sections, pages of the pack).
    pub count: u64,
    pub of: u64,
    pub unit: ProgressUnit,
    /// The bar: steps done of all steps (records and files, or sections and
    /// the PDF); never goes down, equals `total` when the work is complete.
    pub done: u64,
    pub total: u64,
}

/// Reports progress and answers whether to stop.
pub(crate) struct Tracker<'a> {
    pub(crate) state: ExportProgress,
    progress: &'a mut dyn FnMut(&ExportProgress),
    cancel: &'a AtomicBool,
}

impl<'a> Tracker<'a> {
    pub(crate) fn new(
        state: ExportProgress,
        progress: &'a mut dyn FnMut(&ExportProgress),
        cancel: &'a AtomicBool,
    ) -> Tracker<'a> {
        Tracker { state, progress, cancel }
    }

    /// Stops with [`crate::Error::Cancelled`] when the user asked to.
    pub(crate) fn check(&self) -> crate::Result<()> {
        if self.cancel.load(Ordering::Relaxed) {
            return Err(crate::Error::Cancelled);
        }
        Ok(())
    }

    /// Shows the current state.
    pub(crate) fn show(&mut self) {
        (self.progress)(&self.state);
    }

    /// Moves on to a new item (and shows it), after checking for a cancel.
    pub(crate) fn start(
        &mut self,
        phase: ExportPhase,
        item: &str,
        count: u64,
        of: u64,
        unit: ProgressUnit,
    ) -> crate::Result<()> {
        self.check()?;
        let s = &mut self.state;
        s.phase = phase;
        s.item.clear();
        s.item.push_str(item);
        s.count = count;
        s.of = of;
        s.unit = unit;
        self.show();
        Ok(())
    }

    /// One record of the current file written, after checking for a cancel.
    pub(crate) fn record(&mut self) -> crate::Result<()> {
        self.check()?;
        self.state.count += 1;
        self.state.done += 1;
        self.show();
        Ok(())
    }

    /// One step done within the current item, after checking for a cancel.
    pub(crate) fn step(&mut self) -> crate::Result<()> {
        self.check()?;
        self.state.done += 1;
        self.show();
        Ok(())
    }
}

/// A progress callback for tests that sets `cancel` at its `call`-th call
/// (counting from 1), as a user pressing Cancel at that moment.
#[cfg(test)]
pub(crate) fn cancel_at_call<P>(call: usize, cancel: &AtomicBool) -> impl FnMut(&P) + '_ {
    let mut calls = 0;
    move |_| {
        calls += 1;
        if calls == call {
            cancel.store(true, Ordering::Relaxed);
        }
    }
}
