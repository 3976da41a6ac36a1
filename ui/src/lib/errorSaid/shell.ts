// `ShellSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { ShellSaid } from '../../ipc';

export function describeShell(said: ShellSaid, t: Strings): string {
  const s = t.errorSaid.shell;
  switch (said.kind) {
    case 'query-stopped':
      return s.queryStopped(said.detail);
    case 'viewer-copy-not-written':
      return s.viewerCopyNotWritten(said.path, said.detail);
    case 'viewer-not-opened':
      return s.viewerNotOpened(said.path, said.detail);
    case 'not-opened':
      return s.notOpened(said.path, said.detail);
    case 'only-letters':
      return s.onlyLetters;
    case 'no-email-draft':
      return s.noEmailDraft(Number(said.draft), said.reference);
    case 'no-local-path':
      return s.noLocalPath(said.detail);
    case 'file-not-written':
      return s.fileNotWritten(said.path, said.detail);
    case 'file-not-read':
      return s.fileNotRead(said.file_name, said.detail);
    case 'not-serialised':
      return s.notSerialised(said.detail);
    case 'passphrase-empty':
      return s.passphraseEmpty;
    case 'import-running':
      return s.importRunning;
    case 'export-running':
      return s.exportRunning[said.export];
    case 'test-hooks-off':
      return s.testHooksOff;
  }
}
