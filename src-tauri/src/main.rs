// Without this, a release build on Windows would also open a console window.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    // Before any thread exists (setting the environment is only sound then).
    casebook_desktop::prepare_webview();
    casebook_desktop::run();
}
