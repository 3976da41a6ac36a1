//! Every command the window may call, declared once: its name, its
//! arguments' names and types, what it returns, and the function that does it.
//!
//! From this one table the `commands!` macro makes (a) the `#[tauri::command]`
//! functions Tauri registers (`handler`), whose argument names are the ones
//! the webview must send, and (b) in the tests, `ui/src/ipc/commands.ts`: a
//! typed TypeScript wrapper per command and the `Commands` interface the UI's
//! `Api` is built from, with the TypeScript types of `ui/src/ipc/bindings/`.
//! A renamed or retyped argument therefore fails `npm --prefix ui run check`.
//!
//! The bracketed names before the arguments are what the implementing
//! function takes from the app (its `AppHandle` or a managed `State`), in its
//! order; the arguments follow, in the same order. Every implementing
//! function is `async` and returns `Result<_, IpcError>`.

use tauri::{AppHandle, Manager, State};

use crate::commands::{
    cases, data, demo, dialogs, documents, exports, import, letters, processing, protect, retention, settings, steps,
    templates,
};
use crate::dto::case::{CaseDetail, ExtensionDto, NewRequestDto, NoteDto, TimelineEntryDto};
use crate::dto::dashboard::{DashboardDto, MonthStatsDto};
use crate::dto::data::{CaseDataDto, DataFileDto, DataImportRequest, RedactionDto, RedactionInputDto};
use crate::dto::exports::{ExportKindCode, ExportedFileDto};
use crate::dto::letters::{LetterDto, LetterKindDto};
use crate::dto::processing::{RegisterImportDto, SearchInputDto, SearchLogDto, SystemDto, VocabularyTermDto};
use crate::dto::protect::{BackupDoneDto, BackupReminderDto, PassphraseStrengthDto, RegisterStateCode};
use crate::dto::retention::{RetentionPolicyDto, RetentionRunDto};
use crate::dto::settings::{
    CalendarImportDto, CalendarImportRequest, CalendarSummaryDto, DeadlinePolicyDto, DemoLoadDto, HolidayDto,
    OrganisationDto,
};
use crate::dto::templates::LetterTemplatesDto;
use crate::dto::workflow::{FeeRequestDto, IdentityCheckDto, NextActionsDto, RefusalDto, ResponseDto};
use crate::dto::{AppInfo, CaseListQuery, CasePage, CaseSummary, Channel, Outcome, Status};
use crate::error::IpcError;

/// What a command's implementing function takes from the app besides the
/// webview's arguments: the handle itself, or one of its managed states.
pub(crate) trait FromApp<'a> {
    fn from_app(app: &'a AppHandle) -> Self;
}

impl<'a> FromApp<'a> for AppHandle {
    fn from_app(app: &'a AppHandle) -> Self {
        app.clone()
    }
}

impl<'a, T: Send + Sync + 'static> FromApp<'a> for State<'a, T> {
    fn from_app(app: &'a AppHandle) -> Self {
        app.state::<T>()
    }
}

/// One command as the TypeScript generator sees it.
#[cfg(test)]
pub(crate) struct CommandSpec {
    pub name: &'static str,
    pub docs: &'static [&'static str],
    /// Each argument's name (as in Rust) and TypeScript type.
    pub args: Vec<(&'static str, String)>,
    pub returns: String,
    /// The exported types the arguments and the result name.
    pub uses: Vec<String>,
}

macro_rules! commands {
    ($($group:ident { $(
        $(#[doc = $doc:literal])*
        $name:ident [$($ctx:ident),*] ($($arg:ident: $ty:ty),*) -> $ret:ty = $imp:path;
    )* })*) => {
        $($(
            // `app` is unused by the commands that take nothing from it.
            #[tauri::command]
            #[allow(unused_variables)]
            async fn $name(app: AppHandle, $($arg: $ty),*) -> Result<$ret, IpcError> {
                $imp($({ let _ = stringify!($ctx); FromApp::from_app(&app) },)* $($arg),*).await
            }
        )*)*

        /// Registers every command with Tauri.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($name),*),*]
        }

        $(
            #[cfg(test)]
            pub(crate) fn $group(cfg: &ts_rs::Config) -> Vec<CommandSpec> {
                vec![$({
                    let mut uses = Vec::new();
                    CommandSpec {
                        name: stringify!($name),
                        docs: &[$($doc),*],
                        args: vec![$((stringify!($arg), tests::ts::<$ty>(cfg, &mut uses))),*],
                        returns: tests::ts::<$ret>(cfg, &mut uses),
                        uses,
                    }
                }),*]
            }
        )*
    };
}

commands! {
window_commands {
    list_cases[register](query: CaseListQuery) -> Vec<CaseSummary> = crate::list_cases;
    /// A page of the list and how many cases match in all (one call per keystroke).
    list_page[register](query: CaseListQuery) -> CasePage = crate::list_page;
    app_info[register]() -> AppInfo = crate::app_info;
    /// The organisation's civil date, `YYYY-MM-DD`.
    today[register]() -> String = cases::today;
    dashboard[register]() -> DashboardDto = cases::dashboard;

    case_detail[register](reference: String) -> CaseDetail = cases::case_detail;
    case_timeline[register](reference: String) -> Vec<TimelineEntryDto> = cases::case_timeline;
    log_request[register](request: NewRequestDto) -> CaseDetail = cases::log_request;
    add_note[register](reference: String, text: String) -> NoteDto = cases::add_note;
    request_identity[register](reference: String, on: String, what: Option<String>) -> CaseDetail = cases::request_identity;
    receive_identity[register](reference: String, on: String) -> CaseDetail = cases::receive_identity;
    ask_clarification[register](reference: String, on: String, question: String) -> CaseDetail = cases::ask_clarification;
    answer_clarification[register](reference: String, on: String) -> CaseDetail = cases::answer_clarification;
    take_extension[register](reference: String, extension: ExtensionDto) -> CaseDetail = cases::take_extension;
    update_status[register](reference: String, status: Status) -> CaseDetail = cases::update_status;
    close_case[register](reference: String, outcome: Outcome, on: Option<String>) -> CaseDetail = cases::close_case;

    /// Null on a register that has never been set up (first start).
    organisation[register]() -> Option<OrganisationDto> = settings::organisation;
    set_organisation[register](organisation: OrganisationDto) -> OrganisationDto = settings::set_organisation;
    deadline_policy[register]() -> DeadlinePolicyDto = settings::deadline_policy;
    /// Returns the open cases whose due date moved.
    set_deadline_policy[register](policy: DeadlinePolicyDto) -> Vec<String> = settings::set_deadline_policy;
    list_calendars[register]() -> Vec<CalendarSummaryDto> = settings::list_calendars;
    calendar_holidays[register](id: String, year: i32) -> Vec<HolidayDto> = settings::calendar_holidays;
    /// Opens the native file dialog; null when the user cancels.
    import_calendar[app, register](request: CalendarImportRequest) -> Option<CalendarImportDto> = settings::import_calendar;

    monthly_stats[register]() -> Vec<MonthStatsDto> = cases::monthly_stats;
    /// The first `limit` next actions, soonest first, and how many there are.
    next_actions[register](limit: u32) -> NextActionsDto = cases::next_actions;

    acknowledge[register](reference: String, on: String, channel: Channel) -> CaseDetail = steps::acknowledge;
    request_authority[register](reference: String, on: String, what: Option<String>) -> CaseDetail = steps::request_authority;
    check_identity[register](reference: String, check: IdentityCheckDto) -> CaseDetail = steps::check_identity;
    request_fee[register](reference: String, fee: FeeRequestDto) -> CaseDetail = steps::request_fee;
    receive_fee[register](reference: String, on: String) -> CaseDetail = steps::receive_fee;
    refuse[register](reference: String, refusal: RefusalDto) -> CaseDetail = steps::refuse;
    withdraw[register](reference: String, on: String, how: Option<String>) -> CaseDetail = steps::withdraw;
    respond[register](reference: String, response: ResponseDto) -> CaseDetail = steps::respond;

    letter_kinds[register]() -> Vec<LetterKindDto> = letters::letter_kinds;
    /// Makes a letter and records it on the case; `language` null: the case's (or English).
    make_letter[register, drafts](reference: String, kind: String, language: Option<String>) -> LetterDto = letters::make_letter;
    /// Native save dialog, file written in Rust; the path chosen, or null when cancelled.
    save_letter_pdf[app, register](reference: String, sha256: String) -> Option<String> = letters::save_letter_pdf;
    save_letter_eml[app, drafts](reference: String, sha256: String) -> Option<String> = letters::save_letter_eml;
    open_letter_pdf[register, copies](reference: String, sha256: String) -> () = letters::open_letter_pdf;
    /// Every letter kind (and `_closing`) per language: built-in or the organisation's own copy, and its problem.
    letter_templates[register]() -> LetterTemplatesDto = templates::letter_templates;
    /// Copies the built-in template into the templates folder; the copy's path.
    customise_template[register](kind: String, language: String) -> String = templates::customise_template;
    /// Uses the built-in template again; where the own copy was kept (renamed, not deleted).
    restore_builtin_template[register](kind: String, language: String) -> String = templates::restore_builtin_template;
    /// Opens the templates folder in the system's file manager.
    open_templates_folder[register]() -> () = templates::open_templates_folder;
    /// Opens the own copy of a template in the system's editor.
    open_own_template[register](kind: String, language: String) -> () = templates::open_own_template;
    /// Saves a stored file of a case, byte for byte (native save dialog); the path, or null when cancelled.
    save_case_document[app, register](reference: String, sha256: String) -> Option<String> = documents::save_case_document;
    /// Opens a stored file in the system viewer; refused unless its bytes are PDF, an image or plain text.
    open_case_document[register, copies](reference: String, sha256: String) -> () = documents::open_case_document;

    /// Native open dialog, then the import starts in Rust; false when the dialog was cancelled.
    pick_and_import[app]() -> bool = import::pick_and_import;
    cancel_import[job]() -> () = import::cancel_import;

    /// The DPV terms the register's pickers offer.
    processing_vocabulary[]() -> Vec<VocabularyTermDto> = processing::processing_vocabulary;
    processing_systems[register]() -> Vec<SystemDto> = processing::processing_systems;
    add_processing_system[register](system: SystemDto) -> SystemDto = processing::add_processing_system;
    /// Replaces every field of system `id` with the form's.
    edit_processing_system[register](id: String, system: SystemDto) -> SystemDto = processing::edit_processing_system;
    remove_processing_system[register](id: String) -> SystemDto = processing::remove_processing_system;
    /// Native open dialog, then the whole register is replaced (or nothing); null when cancelled.
    import_processing_register[app, register]() -> Option<RegisterImportDto> = processing::import_processing_register;
    /// Native save dialog; the path written, or null when cancelled.
    export_processing_register[app, register]() -> Option<String> = processing::export_processing_register;
    search_log[register](reference: String) -> SearchLogDto = processing::search_log;
    record_search[register](reference: String, search: SearchInputDto) -> SearchLogDto = processing::record_search;
    /// Native open dialog, then the export is imported onto the case (or nothing); null when cancelled.
    import_case_data[app, register](request: DataImportRequest) -> Option<DataFileDto> = data::import_case_data;
    case_data[register](reference: String, limit: u32, offset: u32) -> CaseDataDto = data::case_data;
    redact_data[register](reference: String, redaction: RedactionInputDto) -> RedactionDto = data::redact_data;

    /// Missing (first start), plain, locked (encrypted, waiting for its passphrase) or unlocked.
    register_status[app]() -> RegisterStateCode = protect::register_status;
    /// Opens the encrypted register; rejects with `wrong-passphrase` when it does not fit.
    unlock[app](passphrase: String) -> () = protect::unlock;
    /// First start: creates the register, encrypted with the passphrase, or plain with null.
    create_register[app](passphrase: Option<String>) -> () = protect::create_register;
    passphrase_strength[](passphrase: String) -> PassphraseStrengthDto = protect::passphrase_strength;
    /// Closes the encrypted register (its key wiped); commands then get `passphrase-needed`.
    lock[register, drafts, copies]() -> () = protect::lock;
    /// Minutes without input before the window locks itself; 0 never.
    lock_timeout[register]() -> u32 = protect::lock_timeout;
    set_lock_timeout[register](minutes: u32) -> u32 = protect::set_lock_timeout;
    /// Encrypts the open plain register with a new passphrase, then reopens it.
    encrypt_register[app](passphrase: String) -> () = protect::encrypt_register;

    /// The reminder when a backup is due, else null.
    backup_reminder[register]() -> Option<BackupReminderDto> = protect::backup_reminder;
    /// Native save dialog, then a verified backup there; null when cancelled.
    backup_now[app, register]() -> Option<BackupDoneDto> = protect::backup_now;
    /// The closed cases due for deletion today (nothing is deleted).
    closed_case_retention[register]() -> RetentionRunDto = retention::closed_case_retention;
    /// Deletes the closed cases due today; returns them.
    delete_due_cases[register]() -> RetentionRunDto = retention::delete_due_cases;
    /// Native save dialog, then the case's evidence pack (PDF) there; null when cancelled.
    save_evidence_pack[app, register](reference: String) -> Option<ExportedFileDto> = exports::save_evidence_pack;
    /// Native save dialog, then the case's data package (ZIP; encrypted with the password when given); null when cancelled.
    export_package[app, register](reference: String, password: Option<String>) -> Option<ExportedFileDto> = exports::export_package;
    /// Stops the running export of `kind`: it then fails with the code `cancelled`, having saved nothing.
    cancel_export[jobs](kind: ExportKindCode) -> () = exports::cancel_export;
    /// The retention periods: identity documents after the decision, closed cases per outcome.
    retention_policy[register]() -> RetentionPolicyDto = retention::retention_policy;
    /// Saves them; an invalid value is refused naming its field (`identity-document-days`, `after-closure.OUTCOME`).
    set_retention_policy[register](policy: RetentionPolicyDto) -> RetentionPolicyDto = retention::set_retention_policy;
    /// Fills an empty register with the demo organisation, its systems and cases (refused on a non-empty one).
    load_demo_organisation[register]() -> DemoLoadDto = demo::load_demo_organisation;
}

// For the end-to-end tests only (refused unless the app started with
// CASEBOOK_TEST_HOOKS=1): generated apart, so the window's `Api` lacks them.
test_hook_commands {
    /// Imports files by path, as if picked in the native dialog (which WebDriver cannot drive).
    import_test_paths[app](paths: Vec<String>) -> () = import::import_test_paths;
    /// The next open or save dialog of the register, data and case export screens takes `path`.
    queue_test_path[picks](path: String) -> () = dialogs::queue_test_path;
}
}

#[cfg(test)]
pub(crate) mod tests {
    use ts_rs::{Config, TS, TypeVisitor};

    /// `T`'s TypeScript type, adding to `uses` the exported types it names,
    /// which are exported (with theirs) into `cfg`'s folder.
    pub(crate) fn ts<T: TS + 'static>(cfg: &Config, uses: &mut Vec<String>) -> String {
        struct Named<'a>(&'a Config, &'a mut Vec<String>);
        impl TypeVisitor for Named<'_> {
            fn visit<U: TS + 'static + ?Sized>(&mut self) {
                if U::output_path().is_some() {
                    self.1.push(U::ident(self.0));
                    U::export_all(self.0).unwrap();
                }
                U::visit_generics(self);
            }
        }
        Named(cfg, uses).visit::<T>();
        match T::name(cfg).as_str() {
            // A command that answers nothing resolves to `undefined`.
            "null" => "void".to_owned(),
            name => name.to_owned(),
        }
    }
}
