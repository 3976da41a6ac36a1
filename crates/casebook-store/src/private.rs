//! Files and folders that hold personal data, created owner-only.
//!
//! The register, its WAL and shared-memory files (SQLite gives them the
//! register's mode), backups, restored and kept registers, exports and the
//! organisation's folders are created 0600 (files) and 0700 (folders)
//! whatever the umask: the mode is set explicitly after creation, because
//! the umask can only take permissions away. Elsewhere than on Unix the
//! operating system's defaults apply.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Creates `path`, which must not exist yet, readable and writable by its
/// owner only.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options.open(path)?;
    set_mode(&file, 0o600)?;
    Ok(file)
}

/// Creates `dir` and any missing folders above it, each new one owner-only
/// (0700); folders that already exist are left as they are.
pub fn create_private_dir_all(dir: &Path) -> io::Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent() {
        create_private_dir_all(parent)?;
    }
    let mut builder = std::fs::DirBuilder::new();
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    match builder.create(dir) {
        Ok(()) => set_mode(&File::open(dir)?, 0o700),
        // Made by someone else in the meantime: theirs, left alone.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path`, owner-only, so that the name only ever holds
/// a whole file: a temporary file beside it (same file system) is written
/// and synced, renamed over `path`, and the folder synced so that the rename
/// survives a crash. On failure the temporary file is removed and the error
/// names `path`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let fail = |e: io::Error| io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display()));
    let Some(name) = path.file_name() else {
        return Err(fail(io::Error::new(io::ErrorKind::InvalidInput, "not a file name")));
    };
    let tmp = path.with_file_name(format!(".{}.{}.tmp", name.to_string_lossy(), std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let written = create_private_file(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(fail(e));
    }
    sync_dir(path);
    Ok(())
}

/// Makes a rename into `path`'s folder durable by syncing the folder. Best
/// effort: not every platform can open a folder.
pub(crate) fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = File::open(dir)
    {
        let _ = d.sync_all();
    }
}

#[cfg(unix)]
fn set_mode(file: &File, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn set_mode(_file: &File, _mode: u32) -> io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_and_folders_are_owner_only_and_existing_ones_are_refused_or_kept() {
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let deep = dir.path().join("a/b/c");
        create_private_dir_all(&deep).unwrap();
        for p in [dir.path().join("a"), dir.path().join("a/b"), deep.clone()] {
            assert_eq!(mode(&p), 0o700, "{}", p.display());
        }
        let file = deep.join("f");
        drop(create_private_file(&file).unwrap());
        assert_eq!(mode(&file), 0o600);
        assert_eq!(create_private_file(&file).unwrap_err().kind(), io::ErrorKind::AlreadyExists);
        // An existing folder keeps its mode.
        std::fs::set_permissions(&deep, std::fs::Permissions::from_mode(0o755)).unwrap();
        create_private_dir_all(&deep).unwrap();
        assert_eq!(mode(&deep), 0o755);
    }

    #[test]
    fn an_atomic_write_replaces_the_file_whole_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("letter.pdf");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"second");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        // A folder that does not exist: the error names the file, nothing is left.
        let missing = dir.path().join("no/such/letter.pdf");
        let e = write_atomically(&missing, b"x").unwrap_err();
        assert!(e.to_string().starts_with(&format!("cannot write {}: ", missing.display())), "{e}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
