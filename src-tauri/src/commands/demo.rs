//! First start: the demo organisation, its register of processing and its
//! cases, loaded into an empty register to explore the app.

use tauri::State;

use crate::dto::settings::DemoLoadDto;
use crate::error::IpcError;
use crate::{Register, off_main_thread};

/// Fills the empty register with the demo organisation (refused, changing
/// nothing, when it already holds cases or systems).
pub async fn load_demo_organisation(register: State<'_, Register>) -> Result<DemoLoadDto, IpcError> {
    let casebook = register.casebook()?;
    off_main_thread(move || Ok(casebook.load_demo_organisation(0)?.into())).await
}
