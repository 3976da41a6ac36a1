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
//!
//! The commands under `@facade` are one call of the façade each: their body
//! is written in the table (`|c| c.method(…)`, `c` the open `Casebook`) and
//! runs off the main thread; their results are the façade's own types.

use tauri::{AppHandle, Manager, State};

use crate::Register;
use crate::commands::cases::NextActions;
use crate::commands::letters::MadeLetter;
use crate::commands::{actions, cases, dialogs, exports, import, letters, processing, settings};
use crate::dto::data::{CaseDataDto, DataFileDto, DataImportRequest, RedactionDto, RedactionInputDto};
use crate::dto::files::{ExportKindCode, ExportedFileDto};
use crate::dto::processing::{RegisterImportDto, SearchInputDto, SearchLogDto, SystemDto, VocabularyTermDto};
use crate::dto::settings::{BackupDoneDto, PassphraseStrengthDto, RegisterStateCode};
use crate::dto::settings::{CalendarImportRequest, OrganisationDto, RetentionPolicyDto};
use crate::dto::{AppInfo, Channel, Outcome, Status};
use crate::error::IpcError;
use casebook_app::{ActionInput, ActionLog, LetterKindInfo, LetterTemplates, Notified, NotifyInput};
use casebook_app::{BackupReminder, CalendarImport, CalendarSummary, CaseRetentionRun, DemoLoad};
use casebook_app::{CasePage, CaseQuery, CaseSummary, Dashboard, MonthStats};
use casebook_app::{
    CaseView, ExtensionInput, FeeRequest, IdentityCheckInput, NewComplaint, NewRequest, Refusal, ResponseSent,
    TimelineEntry,
};
use casebook_app::{LetterDraft, SentLetter, WithdrawnLetter};
use casebook_core::Note;
use casebook_core::deadline::DeadlinePolicy;
use casebook_core::holiday::Holiday;

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
    ($($group:ident {
        $(
            $(#[doc = $doc:literal])*
            $name:ident [$($ctx:ident),*] ($($arg:ident: $ty:ty),*) -> $ret:ty = $imp:path;
        )*
        $(@facade {$(
            $(#[doc = $fdoc:literal])*
            $fname:ident ($($farg:ident: $fty:ty),*) -> $fret:ty = |$c:ident| $body:expr;
        )*})?
    })*) => {
        $($(
            // `app` is unused by the commands that take nothing from it.
            #[tauri::command]
            #[allow(unused_variables)]
            async fn $name(app: AppHandle, $($arg: $ty),*) -> Result<$ret, IpcError> {
                $imp($({ let _ = stringify!($ctx); FromApp::from_app(&app) },)* $($arg),*).await
            }
        )*)*

        $($($(
            #[tauri::command]
            async fn $fname(register: State<'_, Register>, $($farg: $fty),*) -> Result<$fret, IpcError> {
                crate::facade(&register, move |$c| $body).await
            }
        )*)?)*

        /// Registers every command with Tauri.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($name,)* $($($fname,)*)?)*]
        }

        $(
            #[cfg(test)]
            #[allow(unused_variables)] // `uses`, by the commands without arguments
            pub(crate) fn $group(cfg: &ts_rs::Config) -> Vec<CommandSpec> {
                vec![
                    $(tests::spec(
                        stringify!($name),
                        &[$($doc),*],
                        |uses| vec![$((stringify!($arg), tests::ts::<$ty>(cfg, uses))),*],
                        |uses| tests::ts::<$ret>(cfg, uses),
                    ),)*
                    $($(tests::spec(
                        stringify!($fname),
                        &[$($fdoc),*],
                        |uses| vec![$((stringify!($farg), tests::ts::<$fty>(cfg, uses))),*],
                        |uses| tests::ts::<$fret>(cfg, uses),
                    ),)*)?
                ]
            }
        )*
    };
}

commands! {
window_commands {
    app_info[register]() -> AppInfo = crate::app_info;
    /// The organisation's civil date, `YYYY-MM-DD`.
    today[register]() -> String = cases::today;

    case_detail[register](reference: String) -> CaseView = cases::case_detail;
    case_timeline[register](reference: String) -> Vec<TimelineEntry> = cases::case_timeline;
    log_request[register](request: NewRequest) -> CaseView = cases::log_request;
    add_note[register](reference: String, text: String) -> Note = cases::add_note;
    request_identity[register](reference: String, on: String, what: Option<String>) -> CaseView = cases::request_identity;
    receive_identity[register](reference: String, on: String) -> CaseView = cases::receive_identity;
    ask_clarification[register](reference: String, on: String, question: String) -> CaseView = cases::ask_clarification;
    answer_clarification[register](reference: String, on: String) -> CaseView = cases::answer_clarification;
    take_extension[register](reference: String, extension: ExtensionInput) -> CaseView = cases::take_extension;
    update_status[register](reference: String, status: Status) -> CaseView = cases::update_status;
    /// The requester's and the data subject's details, as `case update --requester-* --subject-*`.
    update_people[register](reference: String, update: casebook_app::PeopleUpdate) -> CaseView = cases::update_people;
    close_case[register](reference: String, outcome: Outcome, on: Option<String>) -> CaseView = cases::close_case;

    /// Opens the native file dialog; null when the user cancels.
    import_calendar[app, register](request: CalendarImportRequest) -> Option<CalendarImport> = settings::import_calendar;

    /// The first `limit` next actions, soonest first, and how many there are.
    next_actions[register](limit: u32) -> NextActions = cases::next_actions;

    acknowledge[register](reference: String, on: String, channel: Channel) -> CaseView = cases::acknowledge;
    request_authority[register](reference: String, on: String, what: Option<String>) -> CaseView = cases::request_authority;
    check_identity[register](reference: String, check: IdentityCheckInput) -> CaseView = cases::check_identity;
    request_fee[register](reference: String, fee: FeeRequest) -> CaseView = cases::request_fee;
    receive_fee[register](reference: String, on: String) -> CaseView = cases::receive_fee;
    refuse[register](reference: String, refusal: Refusal) -> CaseView = cases::refuse;
    withdraw[register](reference: String, on: String, how: Option<String>) -> CaseView = cases::withdraw;
    respond[register](reference: String, response: ResponseSent) -> CaseView = cases::respond;

    /// What was done in each system for each right, and the recipients told, oldest first.
    action_log[register](reference: String) -> ActionLog = actions::action_log;
    record_action[register](reference: String, action: ActionInput) -> ActionLog = actions::record_action;
    /// Each right of the case on its own: its date, whether it waits for identity, its answer.
    right_status[register](reference: String) -> Vec<casebook_app::RightState> = actions::right_status;
    /// One right's answer: fulfilled, partly (exemption), refused (ground), not-applicable (reason) or no-data.
    answer_right[register](reference: String, answer: casebook_app::AnswerInput) -> CaseView = actions::answer_right;
    /// Corrects one right's recorded answer, saying why it was wrong; the earlier answer stays in the right's history.
    correct_right_answer[register](reference: String, answer: casebook_app::AnswerInput, reason: String) -> CaseView = actions::correct_right_answer;
    /// A recipient the register of processing does not list needs a reason, and comes back with a warning.
    record_notification[register](reference: String, notification: NotifyInput) -> Notified = actions::record_notification;
    /// Re-opens a closed case; the reason is kept on the case and in the audit log.
    reopen_case[register](reference: String, reason: String) -> CaseView = actions::reopen_case;
    /// A US state appeal of a refusal or response, received on `on`.
    record_appeal[register](reference: String, on: String) -> CaseView = actions::record_appeal;
    /// `outcome`: one of the case's `appeal_outcomes`; `text`: the reasons the consumer is told.
    decide_appeal[register](reference: String, outcome: String, text: String, on: String) -> CaseView = actions::decide_appeal;
    /// Opens a complaint case (UK DPA 2018 s.164A); returns the complaint's page.
    log_complaint[register](complaint: NewComplaint) -> CaseView = actions::log_complaint;
    /// `outcome`: one of the case's `complaint_outcomes`; `on` null: today.
    answer_complaint[register](reference: String, outcome: String, text: String, on: Option<String>) -> CaseView = actions::answer_complaint;

    letter_kinds[register]() -> Vec<LetterKindInfo> = letters::letter_kinds;
    /// Makes a letter, kept as a draft of the case to review; `language` null: the case's (or English).
    make_letter[register, drafts](reference: String, kind: String, language: Option<String>) -> MadeLetter = letters::make_letter;
    /// The case's drafts: to send, sent and discarded.
    letter_drafts[register](reference: String) -> Vec<LetterDraft> = letters::letter_drafts;
    /// Opens a draft's PDF in the system viewer, for review.
    open_draft_pdf[register, copies](reference: String, draft: i64) -> () = letters::open_draft_pdf;
    /// Native save dialog for a draft's PDF; the path chosen, or null when cancelled.
    save_draft_pdf[app, register](reference: String, draft: i64) -> Option<String> = letters::save_draft_pdf;
    /// Marks a draft as sent (`on`: YYYY-MM-DD, `channel`: email, post…): it becomes correspondence out.
    send_letter[register](reference: String, draft: i64, on: String, channel: String) -> SentLetter = letters::send_letter;
    discard_draft[register](reference: String, draft: i64) -> LetterDraft = letters::discard_draft;
    withdrawn_letters[register](reference: String) -> Vec<WithdrawnLetter> = letters::withdrawn_letters;
    /// Marks a sent letter withdrawn with the reason; it is never deleted.
    withdraw_letter[register](reference: String, correspondence: i64, reason: String) -> WithdrawnLetter = letters::withdraw_letter;
    /// Native save dialog, file written in Rust; the path chosen, or null when cancelled.
    save_letter_pdf[app, register](reference: String, sha256: String) -> Option<String> = letters::save_letter_pdf;
    save_letter_eml[app, drafts](reference: String, sha256: String) -> Option<String> = letters::save_letter_eml;
    open_letter_pdf[register, copies](reference: String, sha256: String) -> () = letters::open_letter_pdf;
    /// Every letter kind (and `_closing`) per language: built-in or the organisation's own copy, and its problem.
    letter_templates[register]() -> LetterTemplates = letters::letter_templates;
    /// Copies the built-in template into the templates folder; the copy's path.
    customise_template[register](kind: String, language: String) -> String = letters::customise_template;
    /// Uses the built-in template again; where the own copy was kept (renamed, not deleted).
    restore_builtin_template[register](kind: String, language: String) -> String = letters::restore_builtin_template;
    /// Opens the templates folder in the system's file manager.
    open_templates_folder[register]() -> () = letters::open_templates_folder;
    /// Opens the own copy of a template in the system's editor.
    open_own_template[register](kind: String, language: String) -> () = letters::open_own_template;
    /// Saves a stored file of a case, byte for byte (native save dialog); the path, or null when cancelled.
    save_case_document[app, register](reference: String, sha256: String) -> Option<String> = letters::save_case_document;
    /// Opens a stored file in the system viewer; refused unless its bytes are PDF, an image or plain text.
    open_case_document[register, copies](reference: String, sha256: String) -> () = letters::open_case_document;

    /// Native open dialog, then the import starts in Rust; false when the dialog was cancelled.
    pick_and_import[app]() -> bool = import::pick_and_import;
    cancel_import[job]() -> () = import::cancel_import;
    /// The names of the files the app was started with ("Open with Casebook"), waiting to be asked about.
    opened_files[files]() -> Vec<String> = import::opened_files;
    /// Imports the files the app was started with, or forgets them (`import_them` false).
    answer_opened_files[app](import_them: bool) -> () = import::answer_opened_files;

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
    import_case_data[app, register](request: DataImportRequest) -> Option<DataFileDto> = cases::import_case_data;
    case_data[register](reference: String, limit: u32, offset: u32) -> CaseDataDto = cases::case_data;
    redact_data[register](reference: String, redaction: RedactionInputDto) -> RedactionDto = cases::redact_data;

    /// Missing (first start), plain, locked (encrypted, waiting for its passphrase) or unlocked.
    register_status[app]() -> RegisterStateCode = settings::register_status;
    /// Opens the encrypted register; rejects with `wrong-passphrase` when it does not fit.
    unlock[app](passphrase: String) -> () = settings::unlock;
    /// First start: creates the register, encrypted with the passphrase, or plain with null.
    create_register[app](passphrase: Option<String>) -> () = settings::create_register;
    passphrase_strength[](passphrase: String) -> PassphraseStrengthDto = settings::passphrase_strength;
    /// Closes the encrypted register (its key wiped); commands then get `passphrase-needed`.
    lock[register, drafts, copies]() -> () = settings::lock;
    /// Encrypts the open plain register with a new passphrase, then reopens it.
    encrypt_register[app](passphrase: String) -> () = settings::encrypt_register;

    /// Native save dialog, then a verified backup there; null when cancelled.
    backup_now[app, register]() -> Option<BackupDoneDto> = settings::backup_now;
    /// Native save dialog, then the case's evidence pack (PDF) there; null when cancelled.
    save_evidence_pack[app, register](reference: String) -> Option<ExportedFileDto> = exports::save_evidence_pack;
    /// Native save dialog, then the case's data package (ZIP; encrypted with the password when given); null when cancelled.
    export_package[app, register](reference: String, password: Option<String>) -> Option<ExportedFileDto> = exports::export_package;
    /// Stops the running export of `kind`: it then fails with the code `cancelled`, having saved nothing.
    cancel_export[jobs](kind: ExportKindCode) -> () = exports::cancel_export;
    /// Saves them; an invalid value is refused naming its field (`identity-document-days`, `after-closure.OUTCOME`).
    set_retention_policy[register](policy: RetentionPolicyDto) -> RetentionPolicyDto = settings::set_retention_policy;

    @facade {
    /// Cases matching the query, as of the organisation's today (deadlines count in its civil dates).
    list_cases(query: CaseQuery) -> Vec<CaseSummary> = |c| c.list_cases(&query, c.today()?);
    /// A page of the list and how many cases match in all (one call per keystroke).
    list_page(query: CaseQuery) -> CasePage = |c| c.list_page(&query, c.today()?);
    dashboard() -> Dashboard = |c| c.dashboard(c.today()?);
    /// Requests per month by right and answers on time, for the dashboard's charts.
    monthly_stats() -> Vec<MonthStats> = |c| c.monthly_stats(c.today()?);
    deadline_policy() -> DeadlinePolicy = |c| c.deadline_policy();
    /// Returns the open cases whose due date moved.
    set_deadline_policy(policy: DeadlinePolicy) -> Vec<String> = |c| c.set_deadline_policy(&policy);
    list_calendars() -> Vec<CalendarSummary> = |c| c.list_calendars();
    calendar_holidays(id: String, year: i32) -> Vec<Holiday> = |c| c.calendar_holidays(&id, year);
    /// Minutes without input before the window locks itself; 0 never.
    lock_timeout() -> u32 = |c| Ok(c.lock_policy()?.idle_minutes);
    set_lock_timeout(minutes: u32) -> u32 = |c| Ok(c.set_lock_minutes(minutes)?.idle_minutes);
    /// The reminder when a backup is due, else null.
    backup_reminder() -> Option<BackupReminder> = |c| c.backup_reminder();
    /// The closed cases due for deletion today (nothing is deleted).
    closed_case_retention() -> CaseRetentionRun = |c| c.closed_case_retention(c.today()?);
    /// Deletes the closed cases due today (each leaves a `case.deleted` audit entry); returns them.
    delete_due_cases() -> CaseRetentionRun = |c| c.delete_due_cases(c.today()?);
    /// Fills an empty register with the demo organisation, its systems and cases (refused on a non-empty one).
    load_demo_organisation() -> DemoLoad = |c| c.load_demo_organisation(0);
    /// Null on a register that has never been set up (first start).
    organisation() -> Option<OrganisationDto> = |c| Ok(c.organisation()?.map(Into::into));
    set_organisation(organisation: OrganisationDto) -> OrganisationDto = |c| Ok(c.set_organisation(organisation.into_app())?.into());
    /// The retention periods: identity documents after the decision, closed cases per outcome.
    retention_policy() -> RetentionPolicyDto = |c| Ok(c.retention_policy()?.into());
    }
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

    use super::CommandSpec;

    /// One command's spec, its arguments' types before its result's (the
    /// order the exported types are named in).
    pub(crate) fn spec(
        name: &'static str,
        docs: &'static [&'static str],
        args: impl FnOnce(&mut Vec<String>) -> Vec<(&'static str, String)>,
        returns: impl FnOnce(&mut Vec<String>) -> String,
    ) -> CommandSpec {
        let mut uses = Vec::new();
        let args = args(&mut uses);
        let returns = returns(&mut uses);
        CommandSpec { name, docs, args, returns, uses }
    }

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

/// The TypeScript the UI is checked against, generated from the Rust types:
/// `ui/src/ipc/bindings/` (one file per exported type, by ts-rs) and
/// `ui/src/ipc/commands.ts` (a typed wrapper per command of `ipc.rs`).
///
/// `cargo test -p casebook-desktop` generates both in memory and fails when
/// the checked-in files differ, naming them. To accept a change of the Rust
/// types, run it with `CASEBOOK_WRITE_BINDINGS=1`, which rewrites the files
/// (removing bindings no longer generated) and passes; commit the result.
#[cfg(test)]
mod generated {
    use std::collections::{BTreeMap, BTreeSet};
    use std::fmt::Write as _;
    use std::path::{Path, PathBuf};

    use ts_rs::{Config, TS};

    use crate::dto::files::ExportProgressDto;
    use crate::dto::files::{ImportProgressDto, ImportReportDto};
    use crate::error::IpcError;
    use crate::ipc::{self, CommandSpec};

    const HEADER: &str = "// generated by cargo test -p casebook-desktop; do not edit (see src-tauri/src/ipc.rs).\n";

    fn ipc_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc")
    }

    /// Tauri sends a command's arguments under their camelCase names.
    fn camel(name: &str) -> String {
        let mut out = String::new();
        let mut upper = false;
        for c in name.chars() {
            match c {
                '_' => upper = true,
                c if upper => {
                    out.extend(c.to_uppercase());
                    upper = false;
                }
                c => out.push(c),
            }
        }
        out
    }

    fn doc_comment(out: &mut String, docs: &[&str], indent: &str) {
        match docs {
            [] => {}
            [line] => writeln!(out, "{indent}/** {} */", line.trim()).unwrap(),
            lines => {
                writeln!(out, "{indent}/**").unwrap();
                for line in lines {
                    writeln!(out, "{indent} * {}", line.trim()).unwrap();
                }
                writeln!(out, "{indent} */").unwrap();
            }
        }
    }

    /// The `interface` and the function that builds it over an `Invoke`.
    fn group(out: &mut String, interface: &str, function: &str, specs: &[CommandSpec]) {
        writeln!(out, "export interface {interface} {{").unwrap();
        for spec in specs {
            doc_comment(out, spec.docs, "  ");
            let args: Vec<String> = spec.args.iter().map(|(name, ty)| format!("{}: {ty}", camel(name))).collect();
            writeln!(out, "  {}({}): Promise<{}>;", camel(spec.name), args.join(", "), spec.returns).unwrap();
        }
        writeln!(out, "}}\n\nexport function {function}(call: Invoke): {interface} {{\n  return {{").unwrap();
        for spec in specs {
            let names: Vec<String> = spec.args.iter().map(|(name, _)| camel(name)).collect();
            let args = if names.is_empty() { String::new() } else { format!(", {{ {} }}", names.join(", ")) };
            writeln!(out, "    {}: ({}) => call('{}'{args}),", camel(spec.name), names.join(", "), spec.name).unwrap();
        }
        writeln!(out, "  }};\n}}").unwrap();
    }

    fn commands_ts(window: &[CommandSpec], hooks: &[CommandSpec], bindings: &BTreeMap<String, String>) -> String {
        let mut out = String::from(HEADER);
        out.push_str("// Every command of src-tauri/src/ipc.rs, with its argument names and types, and the types\n");
        out.push_str("// of ./bindings (generated from the Rust types by ts-rs), re-exported for the UI.\n");
        let used: BTreeSet<&String> = window.iter().chain(hooks).flat_map(|s| &s.uses).collect();
        for name in used {
            writeln!(out, "import type {{ {name} }} from './bindings/{name}';").unwrap();
        }
        out.push('\n');
        for file in bindings.keys() {
            let name = file.trim_end_matches(".ts");
            writeln!(out, "export type {{ {name} }} from './bindings/{name}';").unwrap();
        }
        out.push_str("\n/** Sends one command with its named arguments (api.ts: Tauri's invoke). */\n");
        out.push_str("export type Invoke = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\n");
        out.push_str("/** What the window may ask of the Rust side. */\n");
        group(&mut out, "Commands", "commands", window);
        out.push_str(
            "\n/** For the end-to-end tests only: refused unless the app started with CASEBOOK_TEST_HOOKS=1. */\n",
        );
        group(&mut out, "TestHooks", "testHooks", hooks);
        out
    }

    /// Every generated file, by its path under `ui/src/ipc/`.
    fn generate() -> BTreeMap<String, String> {
        let tmp = std::env::temp_dir().join(format!("casebook-bindings-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        // Day counts and page sizes are far below 2^53: plain numbers, not bigint.
        let cfg = Config::new().with_out_dir(&tmp).with_large_int("number");
        let window = ipc::window_commands(&cfg);
        let hooks = ipc::test_hook_commands(&cfg);
        // The types the commands name are exported by then; what events carry is added.
        IpcError::export_all(&cfg).unwrap();
        ImportProgressDto::export_all(&cfg).unwrap();
        ImportReportDto::export_all(&cfg).unwrap();
        ExportProgressDto::export_all(&cfg).unwrap();

        let mut bindings = BTreeMap::new();
        for entry in std::fs::read_dir(&tmp).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            bindings.insert(name, std::fs::read_to_string(&path).unwrap());
        }
        std::fs::remove_dir_all(&tmp).unwrap();
        let mut files: BTreeMap<String, String> =
            bindings.iter().map(|(name, text)| (format!("bindings/{name}"), text.clone())).collect();
        files.insert("commands.ts".to_owned(), commands_ts(&window, &hooks, &bindings));
        files
    }

    /// What is checked in now, by the same paths.
    fn checked_in() -> BTreeMap<String, String> {
        let dir = ipc_dir();
        let mut files = BTreeMap::new();
        for entry in std::fs::read_dir(dir.join("bindings")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ts") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                files.insert(format!("bindings/{name}"), std::fs::read_to_string(&path).unwrap());
            }
        }
        if let Ok(text) = std::fs::read_to_string(dir.join("commands.ts")) {
            files.insert("commands.ts".to_owned(), text);
        }
        files
    }

    fn stale(generated: &BTreeMap<String, String>, current: &BTreeMap<String, String>) -> Vec<String> {
        let paths: BTreeSet<&String> = generated.keys().chain(current.keys()).collect();
        paths.into_iter().filter(|p| generated.get(*p) != current.get(*p)).cloned().collect()
    }

    #[test]
    fn typescript_matches_the_rust_types() {
        let generated = generate();
        let current = checked_in();
        let stale = stale(&generated, &current);
        if std::env::var("CASEBOOK_WRITE_BINDINGS").is_ok_and(|v| v == "1") {
            let dir = ipc_dir();
            for path in &stale {
                match generated.get(path) {
                    Some(text) => std::fs::write(dir.join(path), text).unwrap(),
                    None => std::fs::remove_file(dir.join(path)).unwrap(),
                }
            }
            return;
        }
        assert!(
            stale.is_empty(),
            "ui/src/ipc is stale for {}: run CASEBOOK_WRITE_BINDINGS=1 cargo test -p casebook-desktop and commit",
            stale.join(", ")
        );
    }

    #[test]
    fn a_changed_or_missing_file_is_stale() {
        let generated: BTreeMap<String, String> =
            [("a.ts", "x"), ("b.ts", "y")].map(|(p, t)| (p.to_owned(), t.to_owned())).into();
        let mut current = generated.clone();
        assert!(stale(&generated, &current).is_empty());
        current.insert("b.ts".to_owned(), "z".to_owned());
        current.insert("c.ts".to_owned(), "old".to_owned());
        current.remove("a.ts");
        assert_eq!(stale(&generated, &current), ["a.ts", "b.ts", "c.ts"]);
    }

    #[test]
    fn argument_names_are_camel_case() {
        for (rust, ts) in
            [("reference", "reference"), ("sha256", "sha256"), ("list_cases", "listCases"), ("a_b_c", "aBC")]
        {
            assert_eq!(camel(rust), ts);
        }
    }
}
