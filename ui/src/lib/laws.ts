// The version of a law the dates are computed under, by name in the app's language:
// a version casebook-core ships by its id from the locale's `lawVersion` table (the
// statutes' names as written, the words between them translated); any other (a US
// state's act) by its own name, a proper name.
import type { Strings } from '../i18n/en';

/** A law's version by name: "UK GDPR in der Fassung des Data (Use and Access) Act 2025 (Art. 12A)". */
export function lawName(law: { id: string; name: string }, t: Strings): string {
  return (t.lawVersion as Record<string, string | undefined>)[law.id] ?? law.name;
}
