// `WorkflowSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { WorkflowSaid } from '../../ipc';

export function describeWorkflow(said: WorkflowSaid, t: Strings): string {
  const s = t.errorSaid.workflow;
  switch (said.kind) {
    case 'identity-document-empty':
      return s.identityDocumentEmpty;
  }
}
