//! A case's exports: the evidence pack (PDF) and the portability package
//! (ZIP), each saved where the user picks with the native dialog (the
//! end-to-end tests queue the path: `dialogs::queue_test_path`). Both run
//! on a worker thread and send `export-progress` events (at most every
//! 100 ms, and whenever the file or section changes); `cancel_export` stops
//! one, which then fails with the code `cancelled` having left nothing
//! behind. One export of each kind runs at a time.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use casebook_app::{EvidenceBook, ExportProgress, ExportedFile, PackageBook, PackageRequest};
use tauri::{AppHandle, Emitter, Manager, State};

use super::dialogs::{Dialog, pick_save_path};
use crate::dto::files::{ExportKindCode, ExportProgressDto};
use crate::error::{ErrorCode, IpcError, ShellSaid};
use crate::{Register, off_main_thread};

/// At most this often a progress event for the same file or section.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// One kind of export: whether one runs, and its cancel flag.
#[derive(Default)]
pub struct ExportJob {
    running: AtomicBool,
    cancel: Arc<AtomicBool>,
}

/// The running exports, one of each kind at most.
#[derive(Default)]
pub struct ExportJobs {
    package: ExportJob,
    evidence: ExportJob,
}

impl ExportJobs {
    fn job(&self, kind: ExportKindCode) -> &ExportJob {
        match kind {
            ExportKindCode::Package => &self.package,
            ExportKindCode::Evidence => &self.evidence,
        }
    }
}

/// Marks an export of `kind` running until dropped; refused while one runs.
struct Running {
    app: AppHandle,
    kind: ExportKindCode,
    cancel: Arc<AtomicBool>,
}

impl Running {
    fn start(app: &AppHandle, kind: ExportKindCode) -> Result<Running, IpcError> {
        let jobs = app.state::<ExportJobs>();
        let job = jobs.job(kind);
        if job.running.swap(true, Ordering::SeqCst) {
            return Err(IpcError::shell(ErrorCode::Conflict, ShellSaid::ExportRunning { export: kind }));
        }
        job.cancel.store(false, Ordering::SeqCst);
        Ok(Running { app: app.clone(), kind, cancel: Arc::clone(&job.cancel) })
    }

    /// Sends the progress as events: the first, every change of file or
    /// section or phase, the last, and otherwise at most every 100 ms.
    fn reporter(&self) -> impl FnMut(&ExportProgress) + '_ {
        let mut last = Instant::now();
        let mut shown: Option<(casebook_app::ExportPhase, String)> = None;
        move |p| {
            let changed = shown.as_ref().is_none_or(|(phase, item)| *phase != p.phase || *item != p.item);
            if changed || p.done == p.total || last.elapsed() >= PROGRESS_EVERY {
                last = Instant::now();
                if changed {
                    shown = Some((p.phase, p.item.clone()));
                }
                let _ = self.app.emit("export-progress", ExportProgressDto { kind: self.kind, progress: p.clone() });
            }
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.app.state::<ExportJobs>().job(self.kind).running.store(false, Ordering::SeqCst);
    }
}

/// Makes the case's evidence pack (stored on the case) and saves the PDF where the user picks.
pub async fn save_evidence_pack(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
) -> Result<Option<ExportedFile>, IpcError> {
    let book = register.book()?;
    off_main_thread(move || {
        let running = Running::start(&app, ExportKindCode::Evidence)?;
        let name = format!("{reference}-evidence-pack.pdf");
        let Some(path) = pick_save_path(&app, Dialog::SaveEvidence, &name, &["pdf"])? else {
            return Ok(None);
        };
        let (reporter, cancel) = (&mut running.reporter(), &running.cancel);
        Ok(Some(crate::either!(&book, |c| c.write_evidence_pack(&reference, &path, reporter, cancel))?))
    })
    .await
}

/// Exports the case's portability package to the `.zip` the user picks
/// (the dialog already asked before replacing a file), AES-256 encrypted
/// when a password is given.
pub async fn export_package(
    app: AppHandle,
    register: State<'_, Register>,
    reference: String,
    password: Option<String>,
) -> Result<Option<ExportedFile>, IpcError> {
    let book = register.book()?;
    let password = password.filter(|p| !p.is_empty());
    off_main_thread(move || {
        let running = Running::start(&app, ExportKindCode::Package)?;
        let name = format!("{reference}-package.zip");
        let Some(out) = pick_save_path(&app, Dialog::SavePackage, &name, &["zip"])? else {
            return Ok(None);
        };
        let request = PackageRequest { reference, out, password, force: true };
        let (reporter, cancel) = (&mut running.reporter(), &running.cancel);
        let export = crate::either!(&book, |c| c.export_package_until(&request, reporter, cancel))?;
        Ok(Some(export.exported_file()))
    })
    .await
}

/// Asks the running export of `kind` to stop (nothing happens when none runs).
pub async fn cancel_export(jobs: State<'_, ExportJobs>, kind: ExportKindCode) -> Result<(), IpcError> {
    let job = jobs.job(kind);
    if job.running.load(Ordering::SeqCst) {
        job.cancel.store(true, Ordering::SeqCst);
    }
    Ok(())
}
