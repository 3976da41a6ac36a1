/// Every command of the app, read from the table of `src/ipc.rs` (one line
/// `name[…](…) -> … = …;` each, or `name(…) -> … = |c| …;` under `@facade`);
/// each needs `allow-<command>` in a capability file.
fn commands() -> Vec<&'static str> {
    let table = std::fs::read_to_string("src/ipc.rs").expect("cannot read src/ipc.rs");
    let start = table.find("\ncommands! {").expect("no `commands! {` table in src/ipc.rs");
    let names: Vec<&'static str> = table[start..]
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let end = line.find(['[', '('])?;
            let (name, rest) = line.split_at(end);
            let is_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            let is_entry =
                rest.contains("](") || (rest.starts_with('(') && rest.contains(") -> ") && rest.contains(" = |"));
            (is_name && is_entry).then(|| &*String::leak(name.to_owned()))
        })
        .collect();
    assert!(names.len() > 10, "src/ipc.rs: only {} commands found in its table", names.len());
    names
}

fn main() {
    println!("cargo:rerun-if-changed=src/ipc.rs");
    // Declaring the app's commands makes each one need an explicit permission
    // (`allow-<command>`) in a capability file, instead of being open to any window.
    let commands = Vec::leak(commands());
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("failed to run the tauri build script");
}
