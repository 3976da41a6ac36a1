// What the Rust side refuses about cases and their input, the organisation,
// calendars, the register of processing and the team register
// (`RegisterSaid`), in each language. Names and references pass through as written.
import type { Widen } from '../en';

export const en = {
  closedCaseUnchangeable: (reference: string) => `Case ${reference} is closed and can no longer be changed.`,
  reopenNeedsReason: 'Re-opening a case needs its reason.',
};

export type RegisterStrings = Widen<typeof en>;

export const de: RegisterStrings = {
  closedCaseUnchangeable: (reference) => `Der Vorgang ${reference} ist abgeschlossen und kann nicht mehr geändert werden.`,
  reopenNeedsReason: 'Für die Wiedereröffnung eines Vorgangs ist eine Begründung erforderlich.',
};

export const fr: RegisterStrings = {
  closedCaseUnchangeable: (reference) => `Le dossier ${reference} est clos et ne peut plus être modifié.`,
  reopenNeedsReason: 'La réouverture d’un dossier doit être motivée.',
};
