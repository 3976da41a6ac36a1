// What the Rust side refuses about the person's data, packages, evidence,
// documents kept and the register's protection (`DataSaid`), in each language.
// Item identifiers and field names pass through as written.
import type { Widen } from '../en';

export const en = {
  alreadyRedacted: (item: string, field: string | null) =>
    field === null ? `Item ${item} is already redacted.` : `Field “${field}” of item ${item} is already redacted.`,
};

export type DataStrings = Widen<typeof en>;

export const de: DataStrings = {
  alreadyRedacted: (item, field) =>
    field === null ? `Der Eintrag ${item} ist bereits geschwärzt.` : `Das Feld „${field}“ des Eintrags ${item} ist bereits geschwärzt.`,
};

export const fr: DataStrings = {
  alreadyRedacted: (item, field) =>
    field === null ? `L’élément ${item} est déjà occulté.` : `Le champ « ${field} » de l’élément ${item} est déjà occulté.`,
};
