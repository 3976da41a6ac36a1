fn main() {
    // Declaring the app's commands makes each one need an explicit permission
    // (`allow-<command>`) in a capability file, instead of being open to any window.
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(&["list_cases", "app_info"])),
    )
    .expect("failed to run the tauri build script");
}
