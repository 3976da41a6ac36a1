//! Checking a package, a ZIP or the folder it was unpacked into, against
//! its manifest, refusing a hostile one before its files are read.

use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;
use zip::ZipArchive;

use super::archive::sha256_of;
use super::{Manifest, PackageCheck};
use crate::{DataSaid, Error, Result};

/// Largest `manifest.json` read; a larger one is refused before it is
/// parsed (a package's manifest lists a few files: some KB).
pub const MAX_MANIFEST_BYTES: u64 = 10 * 1024 * 1024;
/// Most files a package may hold; more are refused before the manifest is read.
pub const MAX_PACKAGE_FILES: usize = 100_000;
/// The files every package holds besides its data and letter (the manifest
/// lists every file but itself).
const REQUIRED_FILES: [&str; 2] = ["README.txt", "report.pdf"];

/// Why a path inside a package is refused: it must be relative, within the
/// package's folder, `/`-separated, without `.` or `..` parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub enum UnsafePath {
    #[error("an empty name")]
    EmptyName,
    #[error("a control character in its name")]
    ControlCharacter,
    #[error("an absolute path")]
    Absolute,
    #[error("a backslash in its name (a folder separator on Windows)")]
    Backslash,
    #[error("a path that leaves the package's folder (..)")]
    LeavesFolder,
    #[error("an empty or '.' part in its path")]
    EmptyPart,
}

/// Why `path` may not be a path inside a package, if it may not.
fn unsafe_path(path: &str) -> Option<UnsafePath> {
    let bytes = path.as_bytes();
    if path.is_empty() {
        Some(UnsafePath::EmptyName)
    } else if path.contains('\0') || path.chars().any(char::is_control) {
        Some(UnsafePath::ControlCharacter)
    } else if path.starts_with(['/', '\\']) || (bytes.len() >= 2 && bytes[1] == b':' && bytes[0].is_ascii_alphabetic())
    {
        Some(UnsafePath::Absolute)
    } else if path.contains('\\') {
        Some(UnsafePath::Backslash)
    } else if path.split('/').any(|part| part == "..") {
        Some(UnsafePath::LeavesFolder)
    } else if path.trim_end_matches('/').split('/').any(|part| part.is_empty() || part == ".") {
        Some(UnsafePath::EmptyPart)
    } else {
        None
    }
}

/// Where the files of the package being verified are: the ZIP, or a folder
/// it was unpacked into.
enum Source {
    Zip(ZipArchive<File>),
    Folder(PathBuf),
}

/// The relative paths of the regular files under `root`, `/`-separated;
/// refuses a symbolic link or anything but files and folders, and stops past
/// [`MAX_PACKAGE_FILES`].
fn folder_files(root: &Path, name: &str) -> Result<Vec<String>> {
    let mut files = Vec::new();
    let mut pending = vec![(root.to_path_buf(), String::new())];
    while let Some((dir, prefix)) = pending.pop() {
        let unreadable =
            |e: std::io::Error| DataSaid::PackageUnreadable { name: name.to_string(), detail: e.to_string() };
        let entries = std::fs::read_dir(&dir).map_err(|e| Error::refused(unreadable(e)))?;
        for entry in entries {
            let entry = entry.map_err(|e| Error::refused(unreadable(e)))?;
            let file_name = entry.file_name();
            let Some(file_name) = file_name.to_str() else {
                return Err(Error::refused(DataSaid::PackageNameNotText {
                    name: name.to_string(),
                    file_name: format!("{file_name:?}"),
                }));
            };
            let rel = format!("{prefix}{file_name}");
            let kind = entry.file_type().map_err(|e| {
                Error::refused(DataSaid::PackageEntryUnreadable {
                    name: name.to_string(),
                    entry: rel.clone(),
                    detail: e.to_string(),
                })
            })?;
            if kind.is_symlink() {
                return Err(Error::refused(DataSaid::PackageSymlink { name: name.to_string(), entry: rel }));
            } else if kind.is_dir() {
                pending.push((entry.path(), format!("{rel}/")));
            } else if kind.is_file() {
                files.push(rel);
                if files.len() > MAX_PACKAGE_FILES {
                    return Err(Error::refused(DataSaid::PackageTooManyFiles {
                        name: name.to_string(),
                        max: MAX_PACKAGE_FILES as u64,
                    }));
                }
            } else {
                return Err(Error::refused(DataSaid::PackageNotRegularFile { name: name.to_string(), entry: rel }));
            }
        }
    }
    Ok(files)
}

fn open_err(name: &str, password: Option<&str>, entry: &str, e: zip::result::ZipError) -> Error {
    let text = e.to_string();
    let name = name.to_string();
    Error::refused(if text.contains("assword") {
        match password {
            None => DataSaid::PackagePasswordNeeded { name },
            Some(_) => DataSaid::PackageWrongPassword { name },
        }
    } else {
        DataSaid::PackageEntryInvalid { name, entry: entry.to_string(), detail: text }
    })
}

/// Opens one file of the package and gives its (declared) size; `None` when
/// the package does not hold it.
fn open_entry<'a>(
    source: &'a mut Source,
    entry: &str,
    password: Option<&str>,
    name: &str,
) -> Result<Option<(Box<dyn Read + 'a>, u64)>> {
    match source {
        Source::Zip(zip) => {
            let found = match password {
                Some(p) => zip.by_name_decrypt(entry, p.as_bytes()),
                None => zip.by_name(entry),
            };
            match found {
                Ok(f) => {
                    let size = f.size();
                    Ok(Some((Box::new(f), size)))
                }
                Err(zip::result::ZipError::FileNotFound) => Ok(None),
                Err(e) => Err(open_err(name, password, entry, e)),
            }
        }
        Source::Folder(root) => {
            // `entry` passed `unsafe_path`: relative, inside the folder; a
            // symbolic link is never followed.
            let file = root.join(entry);
            let unreadable = |e: std::io::Error| {
                Error::refused(DataSaid::PackageEntryUnreadable {
                    name: name.to_string(),
                    entry: entry.to_string(),
                    detail: e.to_string(),
                })
            };
            match std::fs::symlink_metadata(&file) {
                Ok(m) if m.is_file() => {
                    let f = File::open(&file).map_err(unreadable)?;
                    Ok(Some((Box::new(f), m.len())))
                }
                Ok(_) => Err(Error::refused(DataSaid::PackageNotRegularFile {
                    name: name.to_string(),
                    entry: entry.to_string(),
                })),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(unreadable(e)),
            }
        }
    }
}

/// Checks every file of a package — a ZIP, or a folder it was unpacked into —
/// against its manifest (size and SHA-256), and that it holds nothing the
/// manifest does not list. A hostile package is refused before its files are
/// read: a path that is absolute or leaves the package's folder, a symbolic
/// link, two entries of one name, more than [`MAX_PACKAGE_FILES`] files or a
/// manifest over [`MAX_MANIFEST_BYTES`]; a package without its manifest,
/// README or report fails.
pub fn verify_package(path: &Path, password: Option<&str>) -> Result<PackageCheck> {
    let name = path.display().to_string();
    let (mut source, names) = if path.is_dir() {
        (Source::Folder(path.to_path_buf()), folder_files(path, &name)?)
    } else {
        open_zip(path, &name)?
    };
    let manifest = read_manifest(&mut source, password, &name)?;
    let mut check = PackageCheck {
        path: path.to_path_buf(),
        case_reference: manifest.case_reference.clone(),
        generated_at: manifest.generated_at.clone(),
        files_checked: 0,
        problem: listing_problem(&manifest, &names),
    };
    if check.problem.is_some() {
        return Ok(check);
    }
    for f in &manifest.files {
        let Some((entry, _)) = open_entry(&mut source, &f.path, password, &name)? else {
            check.problem = Some(format!("{}: listed in the manifest but missing from the package", f.path));
            return Ok(check);
        };
        check.problem = match sha256_of(entry) {
            Err(e) => Some(format!("{}: cannot be read ({e})", f.path)),
            Ok((_, size)) if size != f.size => {
                Some(format!("{}: {size} bytes where the manifest says {}", f.path, f.size))
            }
            Ok((sha, _)) if sha != f.sha256 => {
                Some(format!("{}: SHA-256 {sha} where the manifest says {}", f.path, f.sha256))
            }
            Ok(_) => None,
        };
        if check.problem.is_some() {
            return Ok(check);
        }
        check.files_checked += 1;
    }
    Ok(check)
}

/// Opens the ZIP at `path` and lists its files, refusing one with too many
/// entries, two of one name, an unsafe path or a symbolic link before any is
/// read.
fn open_zip(path: &Path, name: &str) -> Result<(Source, Vec<String>)> {
    let named = || name.to_string();
    let file = File::open(path)
        .map_err(|e| Error::refused(DataSaid::PackageNotOpened { name: named(), detail: e.to_string() }))?;
    let mut zip = ZipArchive::new(file)
        .map_err(|e| Error::refused(DataSaid::PackageNotZip { name: named(), detail: e.to_string() }))?;
    if zip.len() > MAX_PACKAGE_FILES + 1 {
        return Err(Error::refused(DataSaid::ZipTooManyEntries {
            name: named(),
            entries: zip.len() as u64,
            max: MAX_PACKAGE_FILES as u64,
        }));
    }
    if zip.has_duplicate_names() {
        return Err(Error::refused(DataSaid::ZipDuplicateNames { name: named() }));
    }
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let index = i as u64;
        let entry = zip.by_index_raw(i).map_err(|e| {
            Error::refused(DataSaid::ZipEntryUnreadable { name: named(), index, detail: e.to_string() })
        })?;
        let Ok(entry_name) = entry.name().map(|n| n.into_owned()) else {
            return Err(Error::refused(DataSaid::ZipEntryNameNotText { name: named(), index }));
        };
        if let Some(why) = unsafe_path(&entry_name) {
            return Err(Error::refused(DataSaid::ZipEntryUnsafePath { name: named(), entry: entry_name, why }));
        }
        if entry.is_symlink() {
            return Err(Error::refused(DataSaid::ZipEntrySymlink { name: named(), entry: entry_name }));
        }
        if !entry.is_dir() {
            names.push(entry_name);
        }
    }
    Ok((Source::Zip(zip), names))
}

/// Reads and parses `manifest.json`, never past [`MAX_MANIFEST_BYTES`].
fn read_manifest(source: &mut Source, password: Option<&str>, name: &str) -> Result<Manifest> {
    let max_mb = MAX_MANIFEST_BYTES / (1024 * 1024);
    let Some((entry, size)) = open_entry(source, "manifest.json", password, name)? else {
        return Err(Error::refused(DataSaid::ManifestMissing { name: name.to_string() }));
    };
    if size > MAX_MANIFEST_BYTES {
        return Err(Error::refused(DataSaid::ManifestTooLarge { name: name.to_string(), bytes: size, max_mb }));
    }
    // The size a ZIP declares may lie: never read past the limit.
    let mut bytes = Vec::new();
    entry
        .take(MAX_MANIFEST_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::refused(DataSaid::ManifestUnreadable { name: name.to_string(), detail: e.to_string() }))?;
    if bytes.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(Error::refused(DataSaid::ManifestOverLimit { name: name.to_string(), max_mb }));
    }
    serde_json::from_slice(&bytes)
        .map_err(|e| Error::refused(DataSaid::ManifestInvalid { name: name.to_string(), detail: e.to_string() }))
}

/// What is wrong with the manifest's list, or with the package's files
/// against it (`names`: the files the package holds), before any is read.
fn listing_problem(manifest: &Manifest, names: &[String]) -> Option<String> {
    if manifest.files.len() > MAX_PACKAGE_FILES {
        return Some(format!("the manifest lists more than {MAX_PACKAGE_FILES} files: not a package"));
    }
    let mut listed = std::collections::HashSet::with_capacity(manifest.files.len());
    for f in &manifest.files {
        if let Some(why) = unsafe_path(&f.path) {
            return Some(format!("the manifest lists {:?}: {why}", f.path));
        }
        if f.path == "manifest.json" {
            return Some("the manifest lists itself".into());
        }
        if !listed.insert(f.path.as_str()) {
            return Some(format!("the manifest lists {} twice", f.path));
        }
    }
    if let Some(missing) = REQUIRED_FILES.iter().find(|r| !listed.contains(**r)) {
        return Some(format!("{missing}: every package holds one, but its manifest does not list it"));
    }
    if let Some(extra) = names.iter().find(|n| *n != "manifest.json" && !listed.contains(n.as_str())) {
        return Some(format!("{extra} is in the package but not in its manifest"));
    }
    None
}
