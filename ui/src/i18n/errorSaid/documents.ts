// What the Rust side refuses about letters, drafts, their templates and posted
// letters (`DocumentsSaid`), in each language. Paths pass through as written.
import type { Widen } from '../en';

export const en = {
  logoNotAFile: (path: string) => `The logo “${path}” is not a file.`,
};

export type DocumentsStrings = Widen<typeof en>;

export const de: DocumentsStrings = {
  logoNotAFile: (path) => `Das Logo „${path}“ ist keine Datei.`,
};

export const fr: DocumentsStrings = {
  logoNotAFile: (path) => `Le logo « ${path} » n’est pas un fichier.`,
};
