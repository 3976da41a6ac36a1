//! The Casebook desktop shell: a Tauri window over the `casebook-app` façade.
//!
//! This crate holds no domain logic. Each command parses its input into the
//! façade's types, makes one call, and maps the result to a DTO (`dto`) or an
//! `IpcError`. The webview never touches files or SQL; what it may call is
//! listed in `capabilities/default.json`, and its content security policy is in
//! `tauri.conf.json` (both checked by `tests/config.rs`).

mod bindings;
pub mod dto;
pub mod error;

use std::path::PathBuf;

use casebook_app::Casebook;
use tauri::State;

use dto::{AppInfo, CaseListQuery, CaseSummary};
use error::IpcError;

/// What the commands share: the register, or why it could not be opened.
///
/// A register that fails to open (not SQLite, a newer schema, no permission)
/// still gets a window, which shows the error instead of vanishing.
pub struct Register {
    path: PathBuf,
    casebook: Result<Casebook, IpcError>,
}

impl Register {
    pub fn open(path: PathBuf) -> Register {
        let casebook = Casebook::open(&path).map_err(IpcError::from);
        Register { path, casebook }
    }

    fn casebook(&self) -> Result<&Casebook, IpcError> {
        self.casebook.as_ref().map_err(Clone::clone)
    }
}

#[tauri::command]
fn list_cases(register: State<'_, Register>, query: CaseListQuery) -> Result<Vec<CaseSummary>, IpcError> {
    let casebook = register.casebook()?;
    // "Today" is the organisation's civil date, which deadlines are counted in.
    let today = casebook.today()?;
    let cases = casebook.list_cases(&query.into_app(), today)?;
    Ok(cases.into_iter().map(CaseSummary::from).collect())
}

#[tauri::command]
fn app_info(register: State<'_, Register>) -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database_path: register.path.display().to_string(),
    }
}

/// Opens the default register (`CASEBOOK_DB` or the user's data folder) and runs the window.
pub fn run() {
    let register = Register::open(casebook_app::default_db_path());
    if let Err(e) = &register.casebook {
        eprintln!("casebook: cannot open {}: {}", register.path.display(), e.message);
    }
    tauri::Builder::default()
        .manage(register)
        .invoke_handler(tauri::generate_handler![list_cases, app_info])
        .run(tauri::generate_context!())
        .expect("error while running the Casebook window");
}
