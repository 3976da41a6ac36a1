// A refusal of the Rust side in the window's language, from the facts it gives
// (the façade's `ErrorSaid` or the shell's `ShellSaid`), not from its English
// (`IpcError.message`, the command line's).
// One describer per area, each matching every variant: a message added in Rust
// fails `npm run check` until it is worded here in every language.
import type { Strings } from '../../i18n/en';
import type { IpcSaid } from '../../ipc';
import { describeData } from './data';
import { describeDocuments } from './documents';
import { describeRegister } from './register';
import { describeShell } from './shell';
import { describeStore } from './store';
import { describeWorkflow } from './workflow';

/** The sentence for `said` in `t`'s language. */
export function describeErrorSaid(said: IpcSaid, t: Strings): string {
  switch (said.area) {
    case 'documents':
      return describeDocuments(said.said, t);
    case 'data':
      return describeData(said.said, t);
    case 'workflow':
      return describeWorkflow(said.said, t);
    case 'register':
      return describeRegister(said.said, t);
    case 'store':
      return describeStore(said.said, t);
    case 'shell':
      return describeShell(said.said, t);
  }
}
