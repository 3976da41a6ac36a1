// `RegisterSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { RegisterSaid } from '../../ipc';

export function describeRegister(said: RegisterSaid, t: Strings): string {
  const s = t.errorSaid.register;
  switch (said.kind) {
    case 'closed-case-unchangeable':
      return s.closedCaseUnchangeable(said.reference);
    case 'reopen-needs-reason':
      return s.reopenNeedsReason;
  }
}
