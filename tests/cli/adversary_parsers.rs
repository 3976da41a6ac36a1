//! Hostile input to the parsers (issue #18): `package verify` judges a
//! hostile package — a ZIP or the folder it was unpacked into — before it
//! reads its files: paths leaving the package, absolute paths, symbolic
//! links, duplicate names, missing required files, oversized manifests.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use crate::harness::{Book, Run};
use crate::package::{case_with_data, entries, sha256};

/// CRC-32 (IEEE), bit by bit: enough for the small ZIPs written here.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// One entry of a hand-written ZIP: its raw name, content, and whether it is
/// a symbolic link (whose content is its target).
struct Raw<'a> {
    name: &'a str,
    bytes: &'a [u8],
    symlink: bool,
}

/// A stored (uncompressed) ZIP written byte by byte, so that it can hold what
/// ZIP libraries refuse to write: duplicate names, `..`, absolute paths.
fn raw_zip(path: &Path, items: &[Raw]) {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for item in items {
        let offset = out.len() as u32;
        let (crc, size, name) = (crc32(item.bytes), item.bytes.len() as u32, item.name.as_bytes());
        let mode: u32 = if item.symlink { 0o120_777 } else { 0o100_644 };
        // Local header: signature, version 2.0, UTF-8 flag, stored, 1980-01-01.
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        for v in [20u16, 0x0800, 0, 0, 0x21] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, size, size] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        out.extend_from_slice(&(name.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name);
        out.extend_from_slice(item.bytes);
        // Central directory entry, made by Unix (3) so the mode counts.
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        for v in [(3u16 << 8) | 20, 20, 0x0800, 0, 0, 0x21] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [crc, size, size] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        for v in [name.len() as u16, 0, 0, 0, 0] {
            central.extend_from_slice(&v.to_le_bytes());
        }
        central.extend_from_slice(&(mode << 16).to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let (cd_offset, cd_size, n) = (out.len() as u32, central.len() as u32, items.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    for v in [0u16, 0, n, n] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    std::fs::write(path, out).unwrap();
}

/// A real package of a case with data, as (name, bytes), and its folder.
fn real_package(book: &Book) -> (Vec<(String, Vec<u8>)>, PathBuf) {
    let r = case_with_data(book, &[]);
    let dir = book.dir.clone();
    let good = dir.join("good.zip");
    book.json(&["package", "export", &r, "--out", good.to_str().unwrap()]);
    (entries(&good, None), dir)
}

/// The package's files with `change` applied to its manifest's file list,
/// the manifest rewritten last.
fn with_manifest(files: &[(String, Vec<u8>)], change: impl FnOnce(&mut Vec<Value>)) -> Vec<(String, Vec<u8>)> {
    let manifest = &files.iter().find(|(n, _)| n == "manifest.json").unwrap().1;
    let mut manifest: Value = serde_json::from_slice(manifest).unwrap();
    change(manifest["files"].as_array_mut().unwrap());
    let mut out: Vec<_> = files.iter().filter(|(n, _)| n != "manifest.json").cloned().collect();
    out.push(("manifest.json".into(), serde_json::to_vec_pretty(&manifest).unwrap()));
    out
}

fn listed(name: &str, bytes: &[u8]) -> Value {
    json!({ "path": name, "size": bytes.len(), "sha256": sha256(bytes) })
}

fn verify(book: &Book, path: &Path) -> Run {
    book.run(&["package", "verify", path.to_str().unwrap()])
}

/// Fails (exit code non-zero) naming `needle` on stdout or stderr.
fn fails_naming(run: &Run, needle: &str) {
    assert_ne!(run.code, 0, "verified although hostile: {}", run.stdout);
    assert!(
        run.stdout.contains(needle) || run.stderr.contains(needle),
        "{needle:?} not named: {} {}",
        run.stdout,
        run.stderr
    );
}

#[test]
fn package_verify_refuses_entries_that_leave_the_package_or_are_links() {
    let book = Book::new();
    let (files, dir) = real_package(&book);
    let zip_of = |name: &str, extra: Raw| -> PathBuf {
        // The extra entry is listed in the manifest with its true size and hash,
        // so only its name or kind can give it away.
        let files = with_manifest(&files, |list| list.push(listed(extra.name, extra.bytes)));
        let mut items: Vec<Raw> = files.iter().map(|(n, b)| Raw { name: n, bytes: b, symlink: false }).collect();
        items.insert(0, extra);
        let path = dir.join(name);
        raw_zip(&path, &items);
        path
    };
    // The hand-written ZIP is sound: the same files verify.
    let same: Vec<Raw> = files.iter().map(|(n, b)| Raw { name: n, bytes: b, symlink: false }).collect();
    raw_zip(&dir.join("same.zip"), &same);
    assert_eq!(verify(&book, &dir.join("same.zip")).code, 0);

    let dotdot = zip_of("dotdot.zip", Raw { name: "../evil", bytes: b"#!/bin/sh\n", symlink: false });
    verify(&book, &dotdot).fails_with("entry \"../evil\": a path that leaves the package's folder (..): refused");
    let nested = zip_of("nested.zip", Raw { name: "data/../../evil", bytes: b"x", symlink: false });
    verify(&book, &nested).fails_with("a path that leaves the package's folder");
    let absolute = zip_of("absolute.zip", Raw { name: "/tmp/evil", bytes: b"x", symlink: false });
    verify(&book, &absolute).fails_with("entry \"/tmp/evil\": an absolute path: refused");
    let windows = zip_of("windows.zip", Raw { name: "C:\\evil", bytes: b"x", symlink: false });
    verify(&book, &windows).fails_with("an absolute path");
    let link = zip_of("link.zip", Raw { name: "data/passwd.csv", bytes: b"/etc/passwd", symlink: true });
    verify(&book, &link).fails_with("entry data/passwd.csv: a symbolic link: refused");
}

#[test]
fn package_verify_refuses_duplicate_names_and_needs_its_required_files() {
    let book = Book::new();
    let (files, dir) = real_package(&book);
    let raw = |files: &[(String, Vec<u8>)]| -> Vec<(String, Vec<u8>, bool)> {
        files.iter().map(|(n, b)| (n.clone(), b.clone(), false)).collect()
    };
    let write = |name: &str, items: &[(String, Vec<u8>, bool)]| -> PathBuf {
        let path = dir.join(name);
        let items: Vec<Raw> = items.iter().map(|(n, b, s)| Raw { name: n, bytes: b, symlink: *s }).collect();
        raw_zip(&path, &items);
        path
    };
    // Two entries named data/crm.csv: the listed one, and another a reader
    // may show instead.
    let mut dup = raw(&files);
    dup.insert(0, ("data/crm.csv".into(), b"customer_id\nsomeone else\n".to_vec(), false));
    verify(&book, &write("dup.zip", &dup)).fails_with("two entries have the same name");

    // README and report left out of the ZIP and of its manifest alike.
    for missing in ["README.txt", "report.pdf"] {
        let kept: Vec<_> = files.iter().filter(|(n, _)| n != missing).cloned().collect();
        let kept = with_manifest(&kept, |list| list.retain(|f| f["path"] != missing));
        let path = write(&format!("no-{missing}.zip"), &raw(&kept));
        let run = verify(&book, &path);
        fails_naming(&run, &format!("{missing}: every package holds one, but its manifest does not list it"));
    }
    let no_manifest: Vec<_> = files.iter().filter(|(n, _)| n != "manifest.json").cloned().collect();
    verify(&book, &write("no-manifest.zip", &raw(&no_manifest)))
        .fails_with("manifest.json is missing: not a Casebook package");
    // A manifest listing one file twice, or a path outside the package.
    let twice = with_manifest(&files, |list| {
        let first = list[0].clone();
        list.push(first);
    });
    fails_naming(&verify(&book, &write("twice.zip", &raw(&twice))), "twice");
    let outside = with_manifest(&files, |list| list.push(json!({ "path": "../outside", "size": 0, "sha256": "" })));
    fails_naming(
        &verify(&book, &write("outside.zip", &raw(&outside))),
        "the manifest lists \"../outside\": a path that leaves the package's folder",
    );
}

#[test]
fn package_verify_refuses_an_oversized_manifest_before_parsing_it() {
    let book = Book::new();
    let (files, dir) = real_package(&book);
    let deflated = |name: &str, files: &[(String, Vec<u8>)]| -> PathBuf {
        let path = dir.join(name);
        let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
        for (n, b) in files {
            w.start_file(n.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            w.write_all(b).unwrap();
        }
        w.finish().unwrap();
        path
    };
    // Valid JSON, padded past 10 MB: refused by size, not parsed.
    let mut manifest = files.iter().find(|(n, _)| n == "manifest.json").unwrap().1.clone();
    manifest.extend(std::iter::repeat_n(b' ', 10 * 1024 * 1024));
    let mut big: Vec<_> = files.iter().filter(|(n, _)| n != "manifest.json").cloned().collect();
    big.push(("manifest.json".into(), manifest));
    let run = verify(&book, &deflated("big.zip", &big));
    run.fails_with("big.zip: manifest.json is 1048");
    assert!(run.stderr.contains("bytes, more than 10 MB: refused before parsing"), "{}", run.stderr);
    // Under 10 MB but listing more than 100,000 files.
    let many = with_manifest(&files, |list| {
        list.extend((0..100_001).map(|i| json!({ "path": format!("f{i}"), "size": 0, "sha256": "" })))
    });
    fails_naming(&verify(&book, &deflated("many.zip", &many)), "lists more than 100000 files");
}

#[test]
fn package_verify_checks_an_unpacked_folder_without_following_links() {
    let book = Book::new();
    let (files, dir) = real_package(&book);
    let unpack = |name: &str, files: &[(String, Vec<u8>)]| -> PathBuf {
        let root = dir.join(name);
        for (n, b) in files {
            let path = root.join(n);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, b).unwrap();
        }
        root
    };
    let good = unpack("good", &files);
    let out = verify(&book, &good);
    assert_eq!(out.code, 0, "{} {}", out.stdout, out.stderr);
    assert!(out.stdout.contains("files match the manifest"), "{}", out.stdout);

    // A symbolic link in the folder, listed with the hash of what it points to.
    let secret = dir.join("secret.txt");
    std::fs::write(&secret, b"not part of the package\n").unwrap();
    let with_link = with_manifest(&files, |list| list.push(listed("data/secret.csv", b"not part of the package\n")));
    let linked = unpack("linked", &with_link);
    std::os::unix::fs::symlink(&secret, linked.join("data/secret.csv")).unwrap();
    verify(&book, &linked).fails_with("data/secret.csv is a symbolic link: refused");

    // A manifest pointing outside the folder at a file that exists there.
    let outside = with_manifest(&files, |list| list.push(listed("../secret.txt", b"not part of the package\n")));
    let escaping = unpack("escaping", &outside);
    fails_naming(
        &verify(&book, &escaping),
        "the manifest lists \"../secret.txt\": a path that leaves the package's folder",
    );

    // A missing README in the folder and in its manifest.
    let no_readme: Vec<_> = files.iter().filter(|(n, _)| n != "README.txt").cloned().collect();
    let no_readme = with_manifest(&no_readme, |list| list.retain(|f| f["path"] != "README.txt"));
    fails_naming(&verify(&book, &unpack("no-readme", &no_readme)), "README.txt: every package holds one");
}
