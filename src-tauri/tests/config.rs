//! The window's security settings, checked so that a careless edit fails CI:
//! a strict content security policy and a capability file that grants only
//! the app's own commands; and what the packages carry.

use std::path::Path;

use serde_json::Value;

fn read_json(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

fn csp() -> String {
    read_json("tauri.conf.json")["app"]["security"]["csp"]
        .as_str()
        .expect("tauri.conf.json sets app.security.csp as a string")
        .to_owned()
}

/// The sources each directive allows, e.g. `("script-src", ["'self'"])`.
fn directives(csp: &str) -> Vec<(String, Vec<String>)> {
    csp.split(';')
        .map(str::trim)
        .filter(|d| !d.is_empty())
        .map(|d| {
            let mut words = d.split_whitespace().map(str::to_owned);
            (words.next().unwrap(), words.collect())
        })
        .collect()
}

#[test]
fn csp_allows_only_the_app_itself() {
    let csp = csp();
    let directives = directives(&csp);
    let names: Vec<&str> = directives.iter().map(|(n, _)| n.as_str()).collect();
    for required in ["default-src", "script-src", "style-src", "img-src", "connect-src"] {
        assert!(names.contains(&required), "the CSP has no {required}: {csp}");
    }
    // Tauri's own IPC endpoints are the only non-'self' sources allowed.
    let allowed = ["'self'", "data:", "ipc:", "http://ipc.localhost"];
    for (name, sources) in &directives {
        for source in sources {
            assert!(allowed.contains(&source.as_str()), "{name} allows '{source}' in the CSP: {csp}");
        }
        if name == "script-src" || name == "default-src" {
            assert_eq!(sources, &["'self'"], "{name} must be 'self' only: {csp}");
        }
    }
    for forbidden in ["unsafe-eval", "unsafe-inline", "https:", "http:*", "*"] {
        assert!(
            !csp.split_whitespace().any(|w| w.contains(forbidden) && w != "http://ipc.localhost"),
            "the CSP contains {forbidden}: {csp}"
        );
    }
}

#[test]
fn csp_is_not_loosened_by_dev_settings() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert!(security.get("devCsp").is_none(), "devCsp would replace the CSP in development");
    assert_ne!(security["dangerousDisableAssetCspModification"], Value::Bool(true));
    assert!(conf["app"].get("withGlobalTauri").is_none_or(|v| v == &Value::Bool(false)));
}

#[test]
fn capabilities_grant_only_the_app_commands() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let capability: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        seen += 1;
        assert!(capability.get("remote").is_none(), "{} opens IPC to remote URLs", path.display());
        for permission in capability["permissions"].as_array().expect("a permissions list") {
            let id = permission.as_str().or_else(|| permission["identifier"].as_str()).unwrap();
            // Listening to the app's own events (the import's progress) is the one core permission.
            let ok = (id.starts_with("allow-") && !id.contains(':'))
                || id.starts_with("dialog:allow-")
                || id == "dialog:default"
                || id == "core:event:allow-listen"
                || id == "core:event:allow-unlisten";
            assert!(ok, "{} grants '{id}': only the app's own commands and dialogs are allowed", path.display());
            assert!(!id.starts_with("fs:") && !id.contains("shell:"), "{} grants '{id}'", path.display());
        }
    }
    assert!(seen > 0, "no capability files in {}", dir.display());
}

/// The commands the app declares: `build.rs` and `ui/src/ipc/commands.ts` both
/// come from the table in `src/ipc.rs` (the wrappers' `call('name'`).
fn declared_commands() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/ipc/commands.ts");
    let text = std::fs::read_to_string(&path).unwrap();
    let names: Vec<String> =
        text.split("call('").skip(1).filter_map(|t| t.split_once('\'')).map(|(name, _)| name.to_owned()).collect();
    assert!(names.len() > 10, "{}: only {} commands", path.display(), names.len());
    names
}

#[test]
fn the_capability_allows_exactly_the_declared_commands() {
    let capability = read_json("capabilities/default.json");
    let mut granted: Vec<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .filter(|p| !p.starts_with("core:event:"))
        .collect();
    let mut expected: Vec<String> =
        declared_commands().iter().map(|c| format!("allow-{}", c.replace('_', "-"))).collect();
    granted.sort();
    expected.sort();
    assert_eq!(granted, expected, "capabilities/default.json and the commands of src/ipc.rs disagree");
}

/// The package's icons (`make dist` puts each in /usr/share/icons/hicolor by
/// its size): every usual size from 16 to 512 px, each file a PNG of the size
/// its name says (no `@2x` name: the bundler makes it a `256x256@2` folder). The first PNG listed is also the window's own icon
/// (tauri-codegen embeds it decoded): 128 px, not 16 or 512.
#[test]
fn the_package_has_its_icon_in_the_usual_sizes() {
    let icons: Vec<String> = read_json("tauri.conf.json")["bundle"]["icon"]
        .as_array()
        .expect("tauri.conf.json lists bundle.icon")
        .iter()
        .map(|i| i.as_str().unwrap().to_owned())
        .collect();
    let mut sizes = Vec::new();
    for icon in &icons {
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(icon)).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{icon} is not a PNG");
        let (width, height) = (
            u32::from_be_bytes(bytes[16..20].try_into().unwrap()),
            u32::from_be_bytes(bytes[20..24].try_into().unwrap()),
        );
        assert_eq!(width, height, "{icon} is not square");
        let named: u32 = match icon.as_str() {
            "icons/icon.png" => 512,
            other => other.trim_start_matches("icons/").split('x').next().unwrap().parse().unwrap(),
        };
        assert_eq!(width, named, "{icon} is {width} px");
        sizes.push(width);
    }
    assert_eq!(sizes[0], 128, "the window icon (the first PNG) is {} px", sizes[0]);
    sizes.sort();
    assert_eq!(sizes, [16, 24, 32, 48, 64, 128, 256, 512]);
}

/// Both packages carry the `casebook` command and the same extra files, and
/// the menu entry opens the emails Casebook imports.
#[test]
fn the_packages_carry_the_cli_and_open_emails() {
    let linux = &read_json("tauri.conf.json")["bundle"]["linux"];
    assert_eq!(linux["deb"]["files"], linux["rpm"]["files"], "the .deb and the .rpm would differ");
    assert_eq!(linux["deb"]["files"]["/usr/bin/casebook"], "../target/release/casebook");
    for kind in ["deb", "rpm"] {
        let template = linux[kind]["desktopTemplate"].as_str().unwrap();
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(template)).unwrap();
        assert!(text.lines().any(|l| l == "Exec={{exec}} %F"), "{template}: the app gets no file");
        assert!(text.lines().any(|l| l == "MimeType=message/rfc822;application/vnd.ms-outlook;"), "{template}");
    }
}

/// `build.rs` reads the command names from the table of `src/ipc.rs` apart
/// from the macro: a command it missed would have no permission, and the
/// window would be refused it at run time. The ACL it generated must name
/// exactly the commands of the generated wrappers.
#[test]
fn build_rs_declares_every_command_of_the_table() {
    let acl = read_json("gen/schemas/acl-manifests.json");
    let mut declared: Vec<String> = acl["__app-acl__"]["permissions"]
        .as_object()
        .expect("the app's permissions in gen/schemas/acl-manifests.json")
        .keys()
        .filter_map(|p| p.strip_prefix("allow-").map(str::to_owned))
        .collect();
    let mut expected: Vec<String> = declared_commands().iter().map(|c| c.replace('_', "-")).collect();
    declared.sort();
    expected.sort();
    assert_eq!(
        declared, expected,
        "build.rs and the commands of src/ipc.rs disagree (or permissions/autogenerated/ keeps the file of a removed command: delete it)"
    );
}
