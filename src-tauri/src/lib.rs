//! The Casebook desktop shell: a Tauri window over the `casebook-app` façade.
//!
//! This crate holds no domain logic. Each command parses its input into the
//! façade's types, makes one call, and maps the result to a DTO (`dto`) or an
//! `IpcError`. The webview never touches files or SQL; what it may call is
//! listed in `capabilities/default.json`, and its content security policy is in
//! `tauri.conf.json` (both checked by `tests/config.rs`).

/// The commands the window calls, beyond the case list: one façade call each,
/// run off the main thread, with the result mapped to a DTO.
mod commands {
    pub mod cases;
    pub mod dialogs;
    pub mod exports;
    pub mod import;
    pub mod letters;
    pub mod processing;
    pub mod settings;
}
pub mod dto;
/// The one error type that crosses IPC: a code the UI can branch on and a
/// message it can show.
pub mod error {
    use serde::Serialize;
    use ts_rs::TS;

    pub use casebook_app::ErrorCode;

    /// An error returned by a command, serialised as `{ code, message }`, with
    /// `field` when invalid input is in one named field (a stable key such as
    /// `on` or `identity-document-days`: the form puts the message beside it),
    /// and `said` when the message is given as facts: the window words them
    /// in its language (`message` is the English). The facts are boxed: their
    /// largest variants would make every command's `Result` large (clippy's
    /// `result_large_err`); the JSON and the TypeScript type are the same.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
    pub struct IpcError {
        pub code: ErrorCode,
        pub message: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        pub field: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[ts(optional)]
        pub said: Option<Box<IpcSaid>>,
    }

    /// The facts of an error: the façade's ([`casebook_app::ErrorSaid`]) or
    /// the shell's own, both `{ area, said: { kind, … } }`.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
    #[serde(untagged)]
    pub enum IpcSaid {
        App(casebook_app::ErrorSaid),
        Window(WindowSaid),
    }

    /// The shell's area of refusals (`area: "shell"`).
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
    #[serde(tag = "area", content = "said", rename_all = "kebab-case")]
    pub enum WindowSaid {
        Shell(ShellSaid),
    }

    /// What the shell itself refuses or fails at: the native dialogs and the
    /// system viewer. `Display` is the English.
    #[derive(Debug, Clone, PartialEq, Eq, Serialize, TS, thiserror::Error)]
    #[serde(tag = "kind", rename_all = "kebab-case")]
    pub enum ShellSaid {
        /// Work on a worker thread that ended without an answer (a panic).
        #[error("the query stopped unexpectedly: {detail}")]
        QueryStopped { detail: String },
        /// The copy of a document for the system viewer could not be written.
        #[error("cannot write the copy for the viewer '{path}': {detail}")]
        ViewerCopyNotWritten { path: String, detail: String },
        /// The system viewer could not be started on a file.
        #[error("cannot open '{path}' in the system viewer: {detail}")]
        ViewerNotOpened { path: String, detail: String },
        /// A folder or a file the file manager or editor could not open.
        #[error("cannot open '{path}': {detail}")]
        NotOpened { path: String, detail: String },
        /// A document that is not a letter asked to open as one.
        #[error("only letters are opened in the system viewer")]
        OnlyLetters,
        /// A letter draft made without its email version.
        #[error("draft {draft} of {reference} has no email draft")]
        NoEmailDraft { draft: i64, reference: String },
        /// A file chosen in the dialog that is not on this computer's file system.
        #[error("the chosen file has no local path: {detail}")]
        NoLocalPath { detail: String },
        /// A file chosen to save to that could not be written.
        #[error("cannot write '{path}': {detail}")]
        FileNotWritten { path: String, detail: String },
        /// A file chosen to read that could not be read.
        #[error("cannot read '{file_name}': {detail}")]
        FileNotRead { file_name: String, detail: String },
        /// The register of processing that does not serialise (never expected).
        #[error("the register does not serialise: {detail}")]
        NotSerialised { detail: String },
        /// An empty passphrase.
        #[error("the passphrase is empty")]
        PassphraseEmpty,
        /// An import started while one runs.
        #[error("an import is already running: wait for it or cancel it")]
        ImportRunning,
        /// An export started while one of its kind runs.
        #[error("{} is already running: wait for it or cancel it", match export { crate::dto::files::ExportKindCode::Package => "a data package export", crate::dto::files::ExportKindCode::Evidence => "an evidence pack" })]
        ExportRunning { export: crate::dto::files::ExportKindCode },
        /// A test hook called without `CASEBOOK_TEST_HOOKS=1`.
        #[error("test hooks are off (start the app with CASEBOOK_TEST_HOOKS=1)")]
        TestHooksOff,
    }

    impl IpcError {
        pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
            IpcError { code, message: message.into(), field: None, said: None }
        }

        /// The shell's refusal `said`, with its English as the message.
        pub fn shell(code: ErrorCode, said: ShellSaid) -> Self {
            IpcError {
                code,
                message: said.to_string(),
                field: None,
                said: Some(Box::new(IpcSaid::Window(WindowSaid::Shell(said)))),
            }
        }

        /// Invalid input in one field.
        pub fn in_field(field: impl Into<String>, message: impl Into<String>) -> Self {
            IpcError { code: ErrorCode::InvalidInput, message: message.into(), field: Some(field.into()), said: None }
        }
    }

    impl From<casebook_app::Error> for IpcError {
        fn from(e: casebook_app::Error) -> Self {
            IpcError {
                code: e.code(),
                message: e.to_string(),
                field: e.field_key().map(str::to_string),
                said: e.said().map(|s| Box::new(IpcSaid::App(s))),
            }
        }
    }
}
#[doc(hidden)] // public for `tests/bindings.rs`, which generates the UI's TypeScript from it
pub mod ipc;
mod viewer;

use casebook_app::{Book, RegisterSlot};
use tauri::{Manager, State};

use dto::AppInfo;
use error::{ErrorCode, IpcError, ShellSaid};

/// What the commands share: the register, opened as the façade's
/// [`RegisterSlot`] opens it (at start-up, by the unlock or sign-in screen).
pub type Register = RegisterSlot;

/// Runs `$body` with `$c` the open register, local or team: the same code on
/// either, through the use cases both serve (the façade's shared traits).
macro_rules! either {
    ($book:expr, |$c:ident| $body:expr) => {
        match $book {
            casebook_app::Book::Local($c) => $body,
            casebook_app::Book::Team($c) => $body,
        }
    };
}
pub(crate) use either;

/// Runs façade work on a blocking-task thread. Synchronous Tauri commands run
/// on the main thread, where a slow query would freeze the window.
pub(crate) async fn off_main_thread<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, IpcError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|e| IpcError::shell(ErrorCode::Internal, ShellSaid::QueryStopped { detail: e.to_string() }))?
}

/// One façade call on the open register, off the main thread (the `@facade`
/// commands of `ipc.rs`).
pub(crate) async fn facade<T: Send + 'static>(
    register: &Register,
    work: impl FnOnce(&Book) -> casebook_app::Result<T> + Send + 'static,
) -> Result<T, IpcError> {
    let book = register.book()?;
    off_main_thread(move || Ok(work(&book)?)).await
}

pub(crate) async fn app_info(register: State<'_, Register>) -> Result<AppInfo, IpcError> {
    let open = register.opened();
    let local = open.as_ref().and_then(|b| b.local(casebook_app::LOCAL_ONLY).ok());
    let upgraded = local.and_then(|b| b.upgrade());
    let dates_recomputed = open.as_ref().and_then(|b| b.rules_update().filter(|r| !r.recomputed.is_empty()).cloned());
    let dates_behind = open.as_ref().and_then(|b| b.rules_behind());
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database_path: register.name(),
        member: open.as_ref().and_then(|b| b.member().map(str::to_owned)),
        upgraded,
        dates_recomputed,
        dates_behind,
    })
}

/// Tells the window, as `register-changed` with the references of the cases
/// changed (none: anything may have), what members of a team register
/// commit, from the moment it opens (`TeamBook::watch`); nothing to hear on a
/// local register.
fn watch_team(app: tauri::AppHandle) -> casebook_app::OnOpen {
    Box::new(move |book| {
        let Book::Team(team) = book else { return };
        let app = app.clone();
        let told = move |changed| {
            let cases = match changed {
                casebook_app::Changed::Cases(cases) => cases,
                casebook_app::Changed::Everything => Vec::new(),
            };
            let _ = tauri::Emitter::emit(&app, "register-changed", cases);
        };
        if let Err(e) = team.watch(told) {
            eprintln!("casebook: the window will not show other members' changes: {e}");
        }
    })
}

/// Opens the window's register (`CASEBOOK_DB`, else the one last opened with "Open another register", else the user's data folder's) and runs the window.
/// WebKitGTK's accelerated compositing costs this app more than it gives on
/// the machines it runs on (most DPO laptops render WebKitGTK in software,
/// as does Xvfb): measured on the 100,000-case benchmark (BENCHMARKS.md),
/// turning it off took a search keystroke from 176 ms to about 75 ms to paint
/// and the web process from 240 MB to 125 MB. The app is forms and tables,
/// with no 3-D transforms or video that compositing would help. A user who
/// sets WEBKIT_DISABLE_COMPOSITING_MODE themselves (to 0, say) is obeyed.
/// Must run before any thread starts.
pub fn prepare_webview() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        // SAFETY: called first thing in main, while the process has one thread.
        unsafe { std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1") };
    }
}

/// Returns freed heap memory to the operating system after a large piece
/// of work (glibc keeps it in per-thread arenas otherwise).
pub(crate) fn give_back_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free memory; it is thread-safe.
    unsafe {
        libc::malloc_trim(0);
    }
}

pub fn run() {
    let register = Register::new(&casebook_app::window_register_path());
    tauri::Builder::default()
        .manage(register)
        .manage(viewer::ViewerCopies::default())
        .manage(commands::import::ImportJob::default())
        .manage(commands::import::OpenedFiles::from_args(std::env::args_os()))
        .manage(commands::exports::ExportJobs::default())
        .manage(commands::dialogs::TestPicks::default())
        .manage(commands::dialogs::DialogTexts::default())
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let register = app.state::<Register>();
            register.when_opened(watch_team(app.handle().clone()));
            // A team register waiting for its member's password is not a
            // failure: the window asks for it.
            if let Err(e) = register.open_at_start()
                && e.code() != ErrorCode::PasswordNeeded
            {
                eprintln!("casebook: cannot open {}: {e}", register.name());
            }
            Ok(())
        })
        // Files dropped on the window are imported; their paths stay in Rust.
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) = event
                && let Err(e) = commands::import::start_import(window.app_handle(), paths.clone())
            {
                let _ = tauri::Emitter::emit(window.app_handle(), "import-refused", &e);
            }
        })
        .invoke_handler(ipc::handler())
        .build(tauri::generate_context!())
        .expect("error while building the Casebook window")
        .run(|app, event| {
            // Copies opened in the viewer are personal data outside the register.
            if let tauri::RunEvent::Exit = event {
                app.state::<viewer::ViewerCopies>().clear();
            }
        });
}
