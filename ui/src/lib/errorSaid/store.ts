// `StoreSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { StoreSaid } from '../../ipc';

export function describeStore(said: StoreSaid, t: Strings): string {
  const s = t.errorSaid.store;
  switch (said.kind) {
    case 'missing':
      return s.missing(said.path);
    case 'not-a-database':
      return s.notADatabase(said.path);
    case 'newer-schema':
      return s.newerSchema(said.path, said.made_by, Number(said.found), Number(said.known), said.app_version);
    case 'upgrade-backup':
      return s.upgradeBackup(said.path, Number(said.to), said.problem);
    case 'corrupt':
      return s.corrupt(said.detail);
    case 'database':
      return s.database(said.detail);
    case 'folder':
      return s.folder(said.path, said.detail);
    case 'io':
      return s.io(said.path, said.detail);
    case 'empty-passphrase':
      return s.emptyPassphrase;
    case 'wrong-passphrase':
      return s.wrongPassphrase(said.path);
    case 'passphrase-needed':
      return s.passphraseNeeded(said.path);
    case 'not-encrypted':
      return s.notEncrypted(said.path);
    case 'already-encrypted':
      return s.alreadyEncrypted(said.path);
    case 'in-use':
      return s.inUse(said.path);
    case 'exists':
      return s.exists(said.path);
    case 'unverified':
      return s.unverified(said.path, said.problem);
  }
}
