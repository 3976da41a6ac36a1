// What the Rust side refuses about a case's steps: identity, extensions,
// answers, appeals, complaints and the action log (`WorkflowSaid`), in each language.
import type { Widen } from '../en';

export const en = {
  identityDocumentEmpty: 'The identity document is empty.',
};

export type WorkflowStrings = Widen<typeof en>;

export const de: WorkflowStrings = {
  identityDocumentEmpty: 'Das Identitätsdokument ist leer.',
};

export const fr: WorkflowStrings = {
  identityDocumentEmpty: 'Le justificatif d’identité est vide.',
};
