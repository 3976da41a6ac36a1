//! Every `.rs` file of the workspace's crates and of the desktop shell's
//! source, for the tests that read the code itself (included by path: the
//! layering test's portability check, the desktop bindings' optional fields).

use std::path::{Path, PathBuf};

/// The `.rs` files under `root/crates` and `root/src-tauri/src`.
pub fn rust_sources(root: &Path) -> Vec<PathBuf> {
    rust_files_under(&[root.join("crates"), root.join("src-tauri/src")])
}

/// The `.rs` files under each of `dirs`, however deep.
pub fn rust_files_under(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = dirs.to_vec();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}
