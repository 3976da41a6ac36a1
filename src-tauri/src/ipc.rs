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

use specs::{spec, ts};
use tauri::{AppHandle, Manager, State};

use std::collections::HashMap;

use casebook_app::{
    ActionInput, ActionLog, AnswerInput, BackupBook, BackupCheck, BackupReminder, CalendarImport, CalendarSummary,
    CaseData, CaseLifecycle, CasePage, CaseQuery, CaseRetentionRun, CaseSummary, CaseUpdate, CaseView, Dashboard,
    DataBook, DataFile, DemoLoad, ExportedFile, ExtensionInput, FeeRequest, IdentityCheckInput, LetterBook,
    LetterDraft, LetterKind, LetterKindInfo, LetterTemplates, MonthStats, NewComplaint, NewRequest, Notified,
    NotifyInput, OrganisationInput, PassphraseCheck, PeopleUpdate, ProcessingImport, Redaction, RedactionInput,
    Refusal, RegisterState, ResponseSent, RetentionBook, RetentionForm, RightState, SearchInput, SearchLog, SentLetter,
    SystemInput, TemplateBook, TemplateChange, TimelineEntry, WithdrawnLetter,
};
use casebook_core::deadline::DeadlinePolicy;
use casebook_core::holiday::Holiday;
use casebook_core::processing::System;
use casebook_core::processing::dpv::VocabularyTerm;
use casebook_core::{AppealOutcome, ComplaintOutcome, Language, Note, Organisation};

use crate::Register;
use crate::commands::cases::NextActions;
use crate::commands::dialogs::{Dialog, DialogWords};
use crate::commands::letters::MadeLetter;
use crate::commands::{cases, dialogs, exports, import, letters, processing, settings};
use crate::dto::files::ExportKindCode;
use crate::dto::settings::CalendarImportRequest;
use crate::dto::{AppInfo, Channel, DataImportRequest, Outcome, Status};
use crate::error::IpcError;
use chrono::NaiveDate;

/// A text argument left blank is none.
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|t| !t.trim().is_empty())
}

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

/// One command as the TypeScript generator (`tests/bindings.rs`) sees it.
pub struct CommandSpec {
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
        $(@local {$(
            $(#[doc = $ldoc:literal])*
            $lname:ident ($($larg:ident: $lty:ty),*) -> $lret:ty = |$lc:ident| $lbody:expr;
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
                // The same body on either register, through the traits both serve.
                crate::facade(&register, move |book| crate::either!(book, |$c| $body)).await
            }
        )*)?)*

        $($($(
            #[tauri::command]
            async fn $lname(register: State<'_, Register>, $($larg: $lty),*) -> Result<$lret, IpcError> {
                crate::facade(&register, move |book| {
                    let $lc = book.local(casebook_app::LOCAL_ONLY)?;
                    $lbody
                })
                .await
            }
        )*)?)*

        /// Registers every command with Tauri.
        pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$($($name,)* $($($fname,)*)? $($($lname,)*)?)*]
        }

        $(
            /// The commands of this group with their TypeScript types, which are
            /// exported (with the types they name) into `cfg`'s folder.
            #[allow(unused_variables)] // `uses`, by the commands without arguments
            pub fn $group(cfg: &ts_rs::Config) -> Vec<CommandSpec> {
                vec![
                    $(spec(
                        stringify!($name),
                        &[$($doc),*],
                        |uses| vec![$((stringify!($arg), ts::<$ty>(cfg, uses))),*],
                        |uses| ts::<$ret>(cfg, uses),
                    ),)*
                    $($(spec(
                        stringify!($fname),
                        &[$($fdoc),*],
                        |uses| vec![$((stringify!($farg), ts::<$fty>(cfg, uses))),*],
                        |uses| ts::<$fret>(cfg, uses),
                    ),)*)?
                    $($(spec(
                        stringify!($lname),
                        &[$($ldoc),*],
                        |uses| vec![$((stringify!($larg), ts::<$lty>(cfg, uses))),*],
                        |uses| ts::<$lret>(cfg, uses),
                    ),)*)?
                ]
            }
        )*
    };
}

commands! {
window_commands {
    app_info[register]() -> AppInfo = crate::app_info;
    /// Opens the native file dialog; null when the user cancels.
    import_calendar[app, register](request: CalendarImportRequest) -> Option<CalendarImport> = settings::import_calendar;

    /// The first `limit` next actions, soonest first, and how many there are.
    next_actions[register](limit: u32) -> NextActions = cases::next_actions;

    /// Makes a letter, kept as a draft of the case to review; `language` null: the request's, else the organisation's, else English.
    make_letter[register](reference: String, kind: LetterKind, language: Option<Language>) -> MadeLetter = letters::make_letter;
    /// Opens a draft's PDF in the system viewer, for review.
    open_draft_pdf[register, copies](reference: String, draft: i64) -> () = letters::open_draft_pdf;
    /// Native save dialog for a draft's PDF, or its `.eml` (`eml`); the path chosen, or null when cancelled.
    save_draft[app, register](reference: String, draft: i64, eml: bool) -> Option<String> = letters::save_draft;
    open_letter_pdf[register, copies](reference: String, sha256: String) -> () = letters::open_letter_pdf;
    /// Opens the templates folder in the system's file manager.
    open_templates_folder[register]() -> () = letters::open_templates_folder;
    /// Opens the own copy of a template in the system's editor.
    open_own_template[register](kind: String, language: String) -> () = letters::open_own_template;
    /// Native open dialog for a template's text, checked and kept as the own template (how a team register's
    /// is made); null when the user cancels.
    customise_template_from_file[app, register](kind: String, language: String) -> Option<TemplateChange> = letters::customise_template_from_file;
    /// Saves a stored file of a case, byte for byte (native save dialog); the path, or null when cancelled.
    save_case_document[app, register](reference: String, sha256: String) -> Option<String> = letters::save_case_document;
    /// Opens a stored file in the system viewer; refused unless its bytes are PDF, an image or plain text.
    open_case_document[register, copies](reference: String, sha256: String) -> () = letters::open_case_document;

    /// Native open dialog, then the import starts in Rust; false when the dialog was cancelled.
    pick_and_import[app]() -> bool = import::pick_and_import;
    /// The native dialogs' titles and filter names in the window's language.
    set_dialog_words[texts](words: HashMap<Dialog, DialogWords>) -> () = dialogs::set_dialog_words;
    cancel_import[job]() -> () = import::cancel_import;
    /// The names of the files the app was started with ("Open with Casebook"), waiting to be asked about.
    opened_files[files]() -> Vec<String> = import::opened_files;
    /// Imports the files the app was started with, or forgets them (`import_them` false).
    answer_opened_files[app](import_them: bool) -> () = import::answer_opened_files;

    /// The DPV terms the register's pickers offer.
    processing_vocabulary[]() -> Vec<VocabularyTerm> = processing::processing_vocabulary;
    /// Native open dialog, then the whole register is replaced (or nothing); null when cancelled.
    import_processing_register[app, register]() -> Option<ProcessingImport> = processing::import_processing_register;
    /// Native save dialog; the path written, or null when cancelled.
    export_processing_register[app, register]() -> Option<String> = processing::export_processing_register;
    /// Native open dialog, then the export is imported onto the case (or nothing); null when cancelled.
    import_case_data[app, register](request: DataImportRequest) -> Option<DataFile> = cases::import_case_data;

    /// Missing (first start), plain, locked (encrypted, waiting for its passphrase) or unlocked; team, or sign-in (its member's password needed).
    register_status[app]() -> RegisterState = settings::register_status;
    /// Opens another register in the window: a file's full path or a team register's postgres:// URL (the one open stays when it cannot); its state.
    open_register[app](location: String) -> RegisterState = settings::open_register;
    /// Opens the encrypted register (`wrong-passphrase` when it does not fit), or signs in to the team register (`wrong-password`).
    unlock[app](passphrase: String) -> () = settings::unlock;
    /// First start: creates the register, encrypted with the passphrase, or plain with null.
    create_register[app](passphrase: Option<String>) -> () = settings::create_register;
    passphrase_strength[](passphrase: String) -> PassphraseCheck = settings::passphrase_strength;
    /// Closes the encrypted register (its key wiped); commands then get `passphrase-needed`.
    lock[register, copies]() -> () = settings::lock;
    /// Encrypts the open plain register with a new passphrase, then reopens it.
    encrypt_register[app](passphrase: String) -> () = settings::encrypt_register;

    /// Native save dialog, then a verified backup there; null when cancelled. A team register's is encrypted with the passphrase (at least 8 characters), which it needs; a local register's like the register, given null.
    backup_now[app, register](passphrase: Option<String>) -> Option<BackupCheck> = settings::backup_now;
    /// Native save dialog, then the case's evidence pack (PDF) there; null when cancelled.
    save_evidence_pack[app, register](reference: String) -> Option<ExportedFile> = exports::save_evidence_pack;
    /// Native save dialog, then the case's data package (ZIP; encrypted with the password when given); null when cancelled.
    export_package[app, register](reference: String, password: Option<String>) -> Option<ExportedFile> = exports::export_package;
    /// Stops the running export of `kind`: it then fails with the code `cancelled`, having saved nothing.
    cancel_export[jobs](kind: ExportKindCode) -> () = exports::cancel_export;

    @facade {
    /// The organisation's civil date, `YYYY-MM-DD` (deadlines count in it; forms default to it).
    today() -> String = |c| Ok(c.today()?.to_string());
    case_detail(reference: String) -> CaseView = |c| c.case(&reference, c.today()?);
    case_timeline(reference: String) -> Vec<TimelineEntry> = |c| c.timeline(&reference);
    log_request(request: NewRequest) -> CaseView = |c| c.log_request(request);
    add_note(reference: String, text: String) -> Note = |c| c.add_note(&reference, &text);
    request_identity(reference: String, on: NaiveDate, what: Option<String>) -> CaseView = |c| c.request_identity(&reference, on, given(&what));
    receive_identity(reference: String, on: NaiveDate) -> CaseView = |c| c.receive_identity(&reference, on);
    ask_clarification(reference: String, on: NaiveDate, question: String) -> CaseView = |c| c.ask_clarification(&reference, on, &question);
    answer_clarification(reference: String, on: NaiveDate) -> CaseView = |c| c.answer_clarification(&reference, on);
    take_extension(reference: String, extension: ExtensionInput) -> CaseView = |c| c.take_extension(&reference, extension);
    update_status(reference: String, status: Status) -> CaseView = |c|
        c.update_case(&reference, CaseUpdate { status: Some(status), ..Default::default() });
    /// The requester's and the data subject's details, as `case update --requester-* --subject-*`.
    update_people(reference: String, update: PeopleUpdate) -> CaseView = |c| c.update_case(&reference, update.into());
    close_case(reference: String, outcome: Outcome, on: Option<NaiveDate>) -> CaseView = |c| c.close_case(&reference, outcome, on);
    acknowledge(reference: String, on: NaiveDate, channel: Channel) -> CaseView = |c| c.acknowledge(&reference, Some(on), channel);
    /// Proof of an agent's authority asked for: the clock moves as for identity evidence.
    request_authority(reference: String, on: NaiveDate, what: Option<String>) -> CaseView = |c| c.request_authority(&reference, on, given(&what));
    /// Decided by the person running Casebook, never by what the window says.
    check_identity(reference: String, check: IdentityCheckInput) -> CaseView = |c| {
        let recorded = c.check_identity(&reference, IdentityCheckInput { decided_by: None, ..check })?;
        c.case(&recorded.reference, c.today()?)
    };
    request_fee(reference: String, fee: FeeRequest) -> CaseView = |c| c.request_fee(&reference, fee);
    receive_fee(reference: String, on: NaiveDate) -> CaseView = |c| c.receive_fee(&reference, Some(on));
    refuse(reference: String, refusal: Refusal) -> CaseView = |c| c.refuse(&reference, refusal);
    withdraw(reference: String, on: NaiveDate, how: Option<String>) -> CaseView = |c| c.withdraw(&reference, Some(on), given(&how));
    respond(reference: String, response: ResponseSent) -> CaseView = |c| c.respond(&reference, response);

    /// What was done in each system for each right, and the recipients told, oldest first.
    action_log(reference: String) -> ActionLog = |c| c.action_log(&reference);
    /// `by` is the person running Casebook, never the window's.
    record_action(reference: String, action: ActionInput) -> ActionLog = |c| c.record_action(&reference, ActionInput { by: None, ..action });
    /// Each right of the case on its own: its date, whether it waits for identity, its answer.
    right_status(reference: String) -> Vec<RightState> = |c| c.right_status(&reference);
    /// One right's answer: fulfilled, partly (exemption), refused (ground), not-applicable (reason) or no-data.
    /// `by` is the person running Casebook, never the window's.
    answer_right(reference: String, answer: AnswerInput) -> CaseView = |c| c.answer_right(&reference, AnswerInput { by: None, ..answer });
    /// Corrects one right's recorded answer, saying why it was wrong; the earlier answer stays in the right's history.
    correct_right_answer(reference: String, answer: AnswerInput, reason: String) -> CaseView = |c|
        c.correct_right_answer(&reference, AnswerInput { by: None, ..answer }, &reason);
    /// A recipient the register of processing does not list needs a reason, and comes back with a warning.
    record_notification(reference: String, notification: NotifyInput) -> Notified = |c|
        c.record_notification(&reference, NotifyInput { by: None, ..notification });
    /// Re-opens a closed case; the reason is kept on the case and in the audit log.
    reopen_case(reference: String, reason: String) -> CaseView = |c| c.reopen_case(&reference, &reason);
    /// A US state appeal of a refusal or response, received on `on`.
    record_appeal(reference: String, on: NaiveDate) -> CaseView = |c| c.record_appeal(&reference, on);
    /// `outcome`: one of the case's `appeal_outcomes`; `text`: the reasons the consumer is told.
    decide_appeal(reference: String, outcome: AppealOutcome, text: String, on: NaiveDate) -> CaseView = |c| c.decide_appeal(&reference, outcome, &text, on);
    /// Opens a complaint case (UK DPA 2018 s.164A); returns the complaint's page.
    log_complaint(complaint: NewComplaint) -> CaseView = |c| c.log_complaint(complaint);
    /// `outcome`: one of the case's `complaint_outcomes`; `on` null: today.
    answer_complaint(reference: String, outcome: ComplaintOutcome, text: String, on: Option<NaiveDate>) -> CaseView = |c|
        c.answer_complaint(&reference, outcome, &text, on);

    processing_systems() -> Vec<System> = |c| c.processing_systems();
    add_processing_system(system: SystemInput) -> System = |c| c.add_processing_system(system);
    /// Sets the fields given of system `id` (the form gives every field: each list replaces the system's).
    edit_processing_system(id: String, system: SystemInput) -> System = |c| c.edit_processing_system(&id, system);
    remove_processing_system(id: String) -> System = |c| c.remove_processing_system(&id);
    search_log(reference: String) -> SearchLog = |c| c.search_log(&reference);
    /// A search of one system (a result), or why it was not searched (a reason); the log after it.
    record_search(reference: String, search: SearchInput) -> SearchLog = |c| c.record_search(&reference, search);

    /// The case's files, `limit` records from `offset` (at most 500), and its redactions.
    case_data(reference: String, limit: u32, offset: u32) -> CaseData = |c| c.case_data(&reference, limit.clamp(1, 500), offset);
    /// Withholds a record (`item` its id), a whole file (`file-N`), or one field of either.
    redact_data(redaction: RedactionInput) -> Redaction = |c| c.redact_data(&redaction);

    letter_kinds() -> Vec<LetterKindInfo> = |c| c.letter_kinds();
    /// Every letter kind (and `_closing`) per language: built-in or the organisation's own, and its problem
    /// (a local register's own copies are files of its folder, a team register's rows of its table).
    letter_templates() -> LetterTemplates = |c| c.letter_templates();
    /// Uses the built-in template again; where the own one was kept (a local copy renamed, not deleted; a team's row).
    restore_builtin_template(kind: String, language: String) -> String = |c|
        Ok(c.use_builtin_template(&kind, &language)?.kept_as.unwrap_or_default());
    /// The case's drafts: to send, sent and discarded.
    letter_drafts(reference: String) -> Vec<LetterDraft> = |c| c.letter_drafts(&reference);
    /// Marks a draft as sent on `on` by `channel` (a letter by post is `letter`): it becomes correspondence out.
    send_letter(reference: String, draft: i64, on: NaiveDate, channel: Channel) -> SentLetter = |c| c.send_letter(&reference, &draft.to_string(), on, channel);
    discard_draft(reference: String, draft: i64) -> LetterDraft = |c| c.discard_draft(&reference, &draft.to_string());
    withdrawn_letters(reference: String) -> Vec<WithdrawnLetter> = |c| c.withdrawn_letters(&reference);
    /// Marks a sent letter withdrawn with the reason; it is never deleted.
    withdraw_letter(reference: String, correspondence: i64, reason: String) -> WithdrawnLetter = |c|
        c.withdraw_letter(&reference, &correspondence.to_string(), &reason);

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
    /// Null on a register that has never been set up (first start).
    organisation() -> Option<Organisation> = |c| c.organisation();
    set_organisation(organisation: OrganisationInput) -> Organisation = |c| c.set_organisation(organisation);
    /// The closed cases due for deletion today (nothing is deleted).
    closed_case_retention() -> CaseRetentionRun = |c| c.closed_case_retention(c.today()?);
    /// Deletes the closed cases due today (each leaves a `case.deleted` audit entry); returns them.
    delete_due_cases() -> CaseRetentionRun = |c| c.delete_due_cases(c.today()?);
    /// The retention periods: identity documents after the decision, closed cases per outcome.
    retention_policy() -> RetentionForm = |c| Ok(c.retention_policy()?.into());
    /// Saves them; an invalid value is refused naming its field (`identity-document-days`, `after-closure.OUTCOME`).
    set_retention_policy(policy: RetentionForm) -> RetentionForm = |c| Ok(c.set_retention_policy(policy.parse()?)?.into());
    /// The reminder when a backup is due, else null (on a team register, of the team's last backup by any member).
    backup_reminder() -> Option<BackupReminder> = |c| c.backup_reminder();
    }
    // Only a local register serves these yet: refused on a team register.
    @local {
    /// Copies the built-in template into the templates folder; the copy's path.
    customise_template(kind: String, language: String) -> String = |c| Ok(c.customise_template(&kind, &language)?.display().to_string());
    /// Minutes without input before the window locks itself; 0 never.
    lock_timeout() -> u32 = |c| Ok(c.lock_policy()?.idle_minutes);
    set_lock_timeout(minutes: u32) -> u32 = |c| Ok(c.set_lock_minutes(minutes)?.idle_minutes);
    /// Fills an empty register with the demo organisation, its systems and cases (refused on a non-empty one).
    load_demo_organisation() -> DemoLoad = |c| c.load_demo_organisation(0);
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

mod specs {
    use ts_rs::{Config, TS, TypeVisitor};

    use super::CommandSpec;

    /// One command's spec, its arguments' types before its result's (the
    /// order the exported types are named in).
    pub(super) fn spec(
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
    pub(super) fn ts<T: TS + 'static>(cfg: &Config, uses: &mut Vec<String>) -> String {
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
