//! Where Casebook keeps things on this machine: one place, in the platform's
//! conventions (the `dirs` crate: XDG on Linux, `%APPDATA%` on Windows,
//! `~/Library/Application Support` on macOS).
//!
//! - the register: `<data dir>/casebook/casebook.db`, unless `--db`/`CASEBOOK_DB` names another;
//!   the desktop app opens the one last opened with "Open another register"
//!   (`<data dir>/casebook/window-register`: its path or URL, never a password);
//! - the letter templates and fallback fonts of a register: the `templates/`
//!   and `fonts/` folders beside it (a register carries its own wording);
//! - the copies opened in the system's viewer: `<runtime dir>/casebook-open-<user>`,
//!   else the temporary folder (the desktop shell's `viewer.rs` makes it private).

use std::path::PathBuf;

/// Casebook's data folder: `$XDG_DATA_HOME/casebook` (`~/.local/share/casebook`)
/// on Linux, `%APPDATA%\casebook` on Windows, `~/Library/Application Support/casebook`
/// on macOS; `./casebook` when the platform names none (no home folder).
pub fn data_dir() -> PathBuf {
    dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join("casebook")
}

/// The file naming the register the window last opened with "Open another register".
fn window_register_file() -> PathBuf {
    data_dir().join("window-register")
}

/// The register the desktop app opens: `CASEBOOK_DB` if set, else the one
/// last opened with "Open another register", else [`default_db_path`]'s.
pub fn window_register_path() -> PathBuf {
    if std::env::var_os("CASEBOOK_DB").is_some_and(|p| !p.is_empty()) {
        return default_db_path();
    }
    match std::fs::read_to_string(window_register_file()) {
        Ok(text) if !text.trim().is_empty() => PathBuf::from(text.trim()),
        _ => default_db_path(),
    }
}

/// Remembers `location` (a register's path, or a team register's URL
/// without its password) as the one the window opens next time.
pub fn remember_window_register(location: &str) -> std::io::Result<()> {
    let file = window_register_file();
    if let Some(dir) = file.parent() {
        casebook_store::create_private_dir_all(dir)?;
    }
    casebook_store::write_atomically(&file, format!("{location}\n").as_bytes())
}

/// The default register: `CASEBOOK_DB` if set, else `casebook.db` in [`data_dir`].
pub fn default_db_path() -> PathBuf {
    if let Some(p) = std::env::var_os("CASEBOOK_DB").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    data_dir().join("casebook.db")
}

/// The folder for copies opened in the system's viewer, for the user named
/// `user` (the shell passes its numeric id on Unix, its name on Windows):
/// under the per-user runtime folder where the platform has one
/// (`$XDG_RUNTIME_DIR`, a private tmpfs on Linux), else the temporary folder.
pub fn viewer_dir(user: &str) -> PathBuf {
    let base = dirs::runtime_dir().filter(|d| d.is_absolute()).unwrap_or_else(std::env::temp_dir);
    base.join(format!("casebook-open-{}", safe_name(user)))
}

/// A user name fit for a folder name: letters, digits, `-`, `_` and `.` only.
fn safe_name(name: &str) -> String {
    let name: String = name.chars().filter(|c| c.is_alphanumeric() || "-_.".contains(*c)).collect();
    if name.is_empty() || name.chars().all(|c| c == '.') { "user".into() } else { name }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_lives_in_the_data_folder() {
        let db = data_dir().join("casebook.db");
        assert!(db.ends_with("casebook/casebook.db"));
        assert_eq!(viewer_dir("1000").file_name().unwrap(), "casebook-open-1000");
    }

    #[test]
    fn a_user_name_never_escapes_its_folder() {
        assert_eq!(safe_name("../../etc"), "....etc");
        assert_eq!(safe_name(".."), "user");
        assert_eq!(safe_name(""), "user");
        assert_eq!(safe_name("Anne-Marie_1"), "Anne-Marie_1");
        assert_eq!(viewer_dir("a/../../b").parent(), viewer_dir("x").parent());
    }
}
