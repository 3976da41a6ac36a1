//! The layering of the workspace, enforced: each crate may depend on the
//! casebook crates ARCHITECTURE.md allows it and no others, `casebook-core`
//! on no I/O crate, and only the store on SQLite and only the desktop shell
//! on tauri. Read from `cargo metadata --no-deps` (every workspace member,
//! the desktop shell too, without building it).

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::Value;

#[path = "../support/rust_sources.rs"]
mod rust_sources;

/// The casebook crates each crate may depend on (normal, build and dev
/// dependencies alike: a test does not reach around the layers either).
const ALLOWED: &[(&str, &[&str])] = &[
    ("casebook-core", &[]),
    ("casebook-store", &["casebook-core"]),
    ("casebook-intake", &["casebook-core"]),
    ("casebook-render", &["casebook-core"]),
    ("casebook-app", &["casebook-core", "casebook-store", "casebook-intake", "casebook-render"]),
    ("casebook-cli", &["casebook-app", "casebook-core"]),
    ("casebook-desktop", &["casebook-app", "casebook-core"]),
];

/// Everything `casebook-core` may depend on: no I/O, no clock, no SQL.
/// (ts-rs is optional, behind the `ts` feature only the desktop crate turns on.)
const CORE_ONLY: &[&str] = &["chrono", "serde", "serde_json", "thiserror", "ts-rs"];

/// External crates only one workspace crate may use outside its tests.
const OWNED: &[(&str, &str)] = &[
    ("rusqlite", "casebook-store"),
    ("libsqlite3-sys", "casebook-store"),
    ("postgres", "casebook-store"),
    ("postgres-openssl", "casebook-store"),
    ("tauri", "casebook-desktop"),
];

/// `cargo metadata --no-deps`: the workspace's own packages.
fn metadata() -> Value {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("cargo metadata gives JSON")
}

/// Each workspace member's dependencies: name → [(dependency, kind)], the
/// kind being "normal", "dev" or "build".
fn members() -> BTreeMap<String, Vec<(String, String)>> {
    let meta = metadata();
    let members: BTreeSet<&str> =
        meta["workspace_members"].as_array().expect("workspace_members").iter().filter_map(Value::as_str).collect();
    meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter(|p| p["id"].as_str().is_some_and(|id| members.contains(id)))
        .map(|p| {
            let deps = p["dependencies"]
                .as_array()
                .expect("dependencies")
                .iter()
                .map(|d| {
                    let name = d["name"].as_str().expect("a dependency's name").to_string();
                    (name, d["kind"].as_str().unwrap_or("normal").to_string())
                })
                .collect();
            (p["name"].as_str().expect("a package's name").to_string(), deps)
        })
        .collect()
}

#[test]
fn each_crate_depends_only_on_the_casebook_crates_it_may() {
    let members = members();
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let names: BTreeSet<&str> = members.keys().map(String::as_str).collect();
    assert_eq!(names, allowed.keys().copied().collect(), "the workspace's crates and this test's table differ");
    let mut wrong = Vec::new();
    for (krate, deps) in &members {
        for (dep, kind) in deps {
            if dep.starts_with("casebook-") && !allowed[krate.as_str()].contains(&dep.as_str()) {
                wrong.push(format!("{krate} depends on {dep} ({kind})"));
            }
        }
    }
    assert!(wrong.is_empty(), "layering broken (see ARCHITECTURE.md): {wrong:?}");
}

#[test]
fn core_has_no_io_and_sqlite_and_tauri_stay_in_their_crates() {
    let members = members();
    let core: Vec<&str> =
        members["casebook-core"].iter().filter(|(_, kind)| kind != "dev").map(|(d, _)| d.as_str()).collect();
    let extra: Vec<&&str> = core.iter().filter(|d| !CORE_ONLY.contains(d)).collect();
    assert!(extra.is_empty(), "casebook-core may depend only on {CORE_ONLY:?}, not {extra:?}");
    let mut wrong = Vec::new();
    for (krate, deps) in &members {
        for (dep, kind) in deps.iter().filter(|(_, kind)| kind != "dev") {
            if let Some((_, owner)) = OWNED.iter().find(|(name, _)| name == dep)
                && owner != krate
            {
                wrong.push(format!("{krate} depends on {dep} ({kind}); only {owner} may"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:?}");
}

/// Casebook's one version number: every crate's (the workspace's), the front
/// end's package and lock, the desktop bundle's (inherited, not written again)
/// and the newest version of CHANGELOG.md agree (`make release` sets them all).
#[test]
fn one_version_everywhere() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let meta = metadata();
    let versions: BTreeSet<String> =
        meta["packages"].as_array().unwrap().iter().map(|p| p["version"].as_str().unwrap().to_owned()).collect();
    assert_eq!(versions.len(), 1, "the workspace's crates disagree: {versions:?}");
    let version = versions.into_iter().next().unwrap();
    let read_json =
        |p: &str| -> Value { serde_json::from_str(&std::fs::read_to_string(root.join(p)).unwrap()).unwrap() };
    let ui = read_json("ui/package.json");
    assert_eq!(ui["version"], version.as_str(), "ui/package.json");
    let lock = read_json("ui/package-lock.json");
    assert_eq!(lock["version"], version.as_str(), "ui/package-lock.json");
    assert_eq!(lock["packages"][""]["version"], version.as_str(), "ui/package-lock.json (root package)");
    let tauri = read_json("src-tauri/tauri.conf.json");
    assert!(tauri.get("version").is_none(), "tauri.conf.json must inherit the version from Cargo.toml");
    let changelog = std::fs::read_to_string(root.join("CHANGELOG.md")).unwrap();
    assert!(changelog.contains("\n## [Unreleased]"), "CHANGELOG.md keeps an Unreleased section");
    if let Some(newest) = changelog.lines().find(|l| l.starts_with("## [") && !l.starts_with("## [Unreleased]")) {
        assert!(
            newest.starts_with(&format!("## [{version}] - ")),
            "CHANGELOG.md's newest release {newest:?} is not {version}"
        );
    }
}

/// Portability (issue #20): a Unix-only call (`std::os::unix`, `libc::`)
/// stands under a `#[cfg(…)]` that names `unix` or a Unix `target_os` (the
/// nearest `cfg` above it), so the Windows and macOS builds compile; each such
/// place has its counterpart beside it (`cfg(not(unix))`) or needs none.
#[test]
fn unix_only_calls_stand_under_a_cfg() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = rust_sources::rust_sources(&root);
    let mut unguarded = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if !(code.contains("std::os::unix") || code.contains("libc::")) {
                continue;
            }
            let guard = lines[..i].iter().rev().find(|l| l.trim_start().starts_with("#[cfg("));
            if !guard.is_some_and(|g| g.contains("unix") || g.contains("target_os = \"linux\"")) {
                unguarded.push(format!("{}:{}: {}", file.strip_prefix(&root).unwrap().display(), i + 1, line.trim()));
            }
        }
    }
    assert!(files.len() > 50, "read {} files", files.len());
    assert!(unguarded.is_empty(), "Unix-only calls outside a cfg(unix):\n{}", unguarded.join("\n"));
}

/// No module of a crate uses another that uses it back, directly or round a
/// loop (issue #15): each crate's modules form layers, so a module can be read,
/// and moved, knowing only those below it. A module is a top-level file or
/// folder of `src/`; a use is any `crate::name` outside comments and the
/// tests (`#[cfg(test)]` and below).
#[test]
fn no_module_of_a_crate_uses_one_that_uses_it_back() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let crates = ["crates/casebook-core", "crates/casebook-store", "crates/casebook-intake", "crates/casebook-render"];
    let more = ["crates/casebook-app", "crates/casebook-cli", "src-tauri"];
    let mut loops = Vec::new();
    for dir in crates.iter().chain(&more) {
        let src = root.join(dir).join("src");
        let uses = module_uses(&src);
        assert!(uses.len() > 3, "{dir}: read {} modules", uses.len());
        if let Some(round) = a_loop(&uses) {
            loops.push(format!("{dir}: {}", round.join(" -> ")));
        }
    }
    assert!(loops.is_empty(), "modules that use each other round a loop:\n{}", loops.join("\n"));
}

/// Each top-level module of `src` and the other top-level modules it uses.
fn module_uses(src: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    let files = rust_sources::rust_files_under(&[src.to_path_buf()]);
    let top = |file: &std::path::Path| {
        let rel = file.strip_prefix(src).unwrap();
        let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
        first.trim_end_matches(".rs").to_string()
    };
    let names: BTreeSet<String> = files.iter().map(|f| top(f)).collect();
    let mut uses: BTreeMap<String, BTreeSet<String>> = names.iter().map(|n| (n.clone(), BTreeSet::new())).collect();
    for file in &files {
        let module = top(file);
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let code: String =
            code.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
        for (at, _) in code.match_indices("crate::") {
            for w in used_modules(&code[at + "crate::".len()..]) {
                if w != module && names.contains(w) && !["lib", "main"].contains(&w) {
                    uses.get_mut(&module).unwrap().insert(w.to_string());
                }
            }
        }
    }
    uses
}

/// The first name of each path after `crate::`: `a` of `crate::a::…`, and
/// `a` and `d` of a group `crate::{a::{B, C}, d}`, however many lines it takes.
fn used_modules(rest: &str) -> Vec<&str> {
    let first = |path: &str| -> usize { path.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(path.len()) };
    let Some(group) = rest.strip_prefix('{') else { return vec![&rest[..first(rest)]] };
    let (mut names, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                names.push(group[start..i].trim());
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                names.push(group[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    names.into_iter().map(|path| &path[..first(path)]).filter(|n| !n.is_empty()).collect()
}

/// A loop of modules (the first repeated at the end), if there is one.
fn a_loop(uses: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn walk<'a>(
        m: &'a str,
        uses: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| *p == m) {
            let mut round: Vec<String> = path[at..].iter().map(|s| s.to_string()).collect();
            round.push(m.to_string());
            return Some(round);
        }
        if !done.insert(m) {
            return None;
        }
        path.push(m);
        for next in &uses[m] {
            if let Some(round) = walk(next, uses, path, done) {
                return Some(round);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    uses.keys().find_map(|m| walk(m, uses, &mut Vec::new(), &mut done))
}
