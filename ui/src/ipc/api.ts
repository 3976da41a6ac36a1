// The only module that talks to Tauri: the transport under the generated
// command wrappers (commands.ts, from src-tauri/src/ipc.rs) and the events.
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import { t } from '../i18n';
import { commands, testHooks } from './commands';
import { ApiError, type Api, type ExportProgressDto, type ImportHandlers, type ImportCounts, type ImportReport } from '.';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw ApiError.from(e);
  }
}

export const api: Api = {
  ...commands(call),
  onImport: (handlers) => followImports(handlers),
  onExportProgress: (handler) => listen<ExportProgressDto>('export-progress', (e) => handler(e.payload)),
  onRegisterChanged: (handler) => listen<string[]>('register-changed', (e) => handler(e.payload)),
};

// The native dialogs are the shell's: it titles them with the window's words,
// sent once (the language is fixed while the window is loaded). Until then,
// or if this fails, they keep their English titles.
api.setDialogWords(t.dialogs).catch(() => undefined);

/** Subscribes to the import's events; resolves to one function that unsubscribes from all. */
async function followImports(h: ImportHandlers): Promise<() => void> {
  const stops = await Promise.all([
    listen<number>('import-started', (e) => h.started(e.payload)),
    listen<ImportCounts>('import-progress', (e) => h.progress(e.payload)),
    listen<ImportReport>('import-finished', (e) => h.finished(e.payload)),
    listen<unknown>('import-refused', (e) => h.refused(ApiError.from(e.payload))),
  ]);
  return () => stops.forEach((stop) => stop());
}

/** For the end-to-end tests (the native dialog cannot be driven over WebDriver):
 * `window.casebookTestImport(paths)` imports files by path and
 * `window.casebookTestPick(path)` answers the next open or save dialog of the
 * register, data and case export screens. The Rust commands refuse unless the
 * app was started with CASEBOOK_TEST_HOOKS=1. */
export function installTestHooks(): void {
  const hooks = testHooks(call);
  Object.assign(window, { casebookTestImport: hooks.importTestPaths, casebookTestPick: hooks.queueTestPath });
}
