/// Every command of the app; each needs `allow-<command>` in a capability file.
const COMMANDS: &[&str] = &[
    "list_cases",
    "app_info",
    "today",
    "case_detail",
    "case_timeline",
    "log_request",
    "add_note",
    "request_identity",
    "receive_identity",
    "ask_clarification",
    "answer_clarification",
    "take_extension",
    "update_status",
    "close_case",
    "dashboard",
    "organisation",
    "set_organisation",
    "deadline_policy",
    "set_deadline_policy",
    "list_calendars",
    "calendar_holidays",
    "import_calendar",
    "count_cases",
    "monthly_stats",
    "next_actions",
    "acknowledge",
    "request_authority",
    "check_identity",
    "request_fee",
    "receive_fee",
    "refuse",
    "withdraw",
    "respond",
    "letter_kinds",
    "make_letter",
    "save_letter_pdf",
    "save_letter_eml",
    "open_letter_pdf",
    "pick_and_import",
    "cancel_import",
    "import_test_paths",
    "register_status",
    "unlock",
    "create_register",
    "passphrase_strength",
    "lock",
    "lock_timeout",
    "set_lock_timeout",
];

fn main() {
    // Declaring the app's commands makes each one need an explicit permission
    // (`allow-<command>`) in a capability file, instead of being open to any window.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run the tauri build script");
}
