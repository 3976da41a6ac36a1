// The strings of the user's language. Only English exists so far; a second
// locale becomes a lookup on `navigator.language` here.
import en, { type Strings } from './en';

export const t: Strings = en;
export type { Strings };
