// `DataSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { DataSaid } from '../../ipc';

export function describeData(said: DataSaid, t: Strings): string {
  const s = t.errorSaid.data;
  switch (said.kind) {
    case 'already-redacted':
      return s.alreadyRedacted(said.item, said.field);
  }
}
