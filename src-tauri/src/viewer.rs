//! Copies of stored files for the system's viewer. They are personal data
//! outside the encrypted register, so they go to one private folder
//! (`$XDG_RUNTIME_DIR/casebook-open-<uid>`, else the temporary folder; mode
//! 0700, files 0600) that is emptied when the register locks and when the
//! app exits. What may be opened at all is the façade's rule
//! (`PackageBook::case_document_to_open`).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{ErrorCode, IpcError, ShellSaid};

/// The private folder of copies opened in the system's viewer.
pub struct ViewerCopies {
    dir: PathBuf,
}

impl Default for ViewerCopies {
    fn default() -> Self {
        ViewerCopies::in_folder(casebook_app::paths::viewer_dir(&user_id()))
    }
}

#[cfg(unix)]
fn user_id() -> String {
    // SAFETY: getuid has no preconditions and cannot fail.
    unsafe { libc::getuid() }.to_string()
}

#[cfg(not(unix))]
fn user_id() -> String {
    std::env::var("USERNAME").unwrap_or_else(|_| "user".into())
}

fn write_error(path: &Path, e: std::io::Error) -> IpcError {
    IpcError::shell(
        ErrorCode::Internal,
        ShellSaid::ViewerCopyNotWritten { path: path.display().to_string(), detail: e.to_string() },
    )
}

/// A file name for a copy: the stored name's last component without its
/// extension (control characters replaced), then the sniffed `extension`.
pub fn copy_name(stored: Option<&str>, fallback_stem: &str, extension: &str) -> String {
    let last = stored.and_then(|n| Path::new(n).file_name()).map(|n| n.to_string_lossy().into_owned());
    let stem = last
        .as_deref()
        .map(|n| Path::new(n).file_stem().map_or(n.to_owned(), |s| s.to_string_lossy().into_owned()))
        .map(|s| s.chars().map(|c| if c.is_control() { '_' } else { c }).collect::<String>())
        .map(|s| s.trim_start_matches(['.', '-']).to_owned())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| fallback_stem.to_owned());
    format!("{stem}.{extension}")
}

impl ViewerCopies {
    pub fn in_folder(dir: PathBuf) -> Self {
        ViewerCopies { dir }
    }

    /// The folder, made private: created 0700, or, when it exists, refused
    /// unless it is a real folder of this user (then set to 0700).
    fn private_folder(&self) -> Result<&Path, IpcError> {
        let dir = &self.dir;
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        match builder.create(dir) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                let meta = std::fs::symlink_metadata(dir).map_err(|e| write_error(dir, e))?;
                if !meta.is_dir() {
                    return Err(write_error(dir, std::io::Error::other("it exists and is not a folder")));
                }
                #[cfg(unix)]
                {
                    use std::os::unix::fs::{MetadataExt, PermissionsExt};
                    if meta.uid().to_string() != user_id() {
                        return Err(write_error(dir, std::io::Error::other("the folder belongs to another user")));
                    }
                    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
                        .map_err(|e| write_error(dir, e))?;
                }
            }
            Err(e) => return Err(write_error(dir, e)),
        }
        Ok(dir)
    }

    /// Writes `bytes` as `name` in the private folder (readable by this user
    /// only) and returns its path.
    pub fn write(&self, name: &str, bytes: &[u8]) -> Result<PathBuf, IpcError> {
        let path = self.private_folder()?.join(name);
        // A new file each time, so the mode is always the one set here.
        let _ = std::fs::remove_file(&path);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&path).map_err(|e| write_error(&path, e))?;
        file.write_all(bytes).map_err(|e| write_error(&path, e))?;
        Ok(path)
    }

    /// Writes the copy and opens it in the system's viewer.
    pub fn open(&self, name: &str, bytes: &[u8]) -> Result<(), IpcError> {
        let path = self.write(name, bytes)?;
        tauri_plugin_opener::open_path(&path, None::<&str>).map_err(|e| {
            IpcError::shell(
                ErrorCode::Internal,
                ShellSaid::ViewerNotOpened { path: path.display().to_string(), detail: e.to_string() },
            )
        })
    }

    /// Removes every copy (when the register locks and when the app exits).
    pub fn clear(&self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_private_named_by_their_kind_and_cleared() {
        let base = std::env::temp_dir().join(format!("casebook-viewer-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        std::fs::create_dir_all(&base).unwrap();
        let copies = ViewerCopies::in_folder(base.join("open"));
        let name = copy_name(Some("../../invoice.txt"), "CB-1", "pdf");
        assert_eq!(name, "invoice.pdf");
        let path = copies.write(&name, b"%PDF-1.7\n").unwrap();
        assert_eq!(path, base.join("open").join("invoice.pdf"));
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.7\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&base.join("open")), 0o700);
            assert_eq!(mode(&path), 0o600);
            // A loosened folder is made private again; a file replaced keeps 0600.
            std::fs::set_permissions(base.join("open"), std::fs::Permissions::from_mode(0o755)).unwrap();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
            copies.write(&name, b"%PDF-1.7\n%again\n").unwrap();
            assert_eq!(mode(&base.join("open")), 0o700);
            assert_eq!(mode(&path), 0o600);
            // A symbolic link in its place is refused, not followed.
            let link = ViewerCopies::in_folder(base.join("link"));
            std::os::unix::fs::symlink(&base, base.join("link")).unwrap();
            assert!(link.write("x.txt", b"x").unwrap_err().message.contains("not a folder"));
        }
        copies.clear();
        assert!(!base.join("open").exists());
        std::fs::remove_dir_all(&base).unwrap();
    }

    #[test]
    fn copy_names_are_never_paths_or_hidden() {
        assert_eq!(copy_name(Some("scan.jpeg.exe"), "CB-1", "jpg"), "scan.jpeg.jpg");
        assert_eq!(copy_name(Some(".bashrc"), "CB-1", "txt"), "bashrc.txt");
        assert_eq!(copy_name(Some("-rf\n.txt"), "CB-1", "txt"), "rf_.txt");
        assert_eq!(copy_name(None, "CB-1-letter", "pdf"), "CB-1-letter.pdf");
        assert_eq!(copy_name(Some(".."), "CB-1", "png"), "CB-1.png");
    }
}
