// `DocumentsSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { DocumentsSaid } from '../../ipc';

export function describeDocuments(said: DocumentsSaid, t: Strings): string {
  const s = t.errorSaid.documents;
  switch (said.kind) {
    case 'logo-not-a-file':
      return s.logoNotAFile(said.path);
  }
}
