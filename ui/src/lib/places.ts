// Places by name in the app's language: a location (ISO 3166: `GB-ENG`,
// `DE-BY`, `FR`) and a holiday calendar (by its id: `england-and-wales`,
// `de-by`). A country is named by Intl; a subdivision and a calendar from the
// locale's tables (`places`); a code the tables do not know is shown beside its
// country's name.
import type { Strings } from '../i18n/en';

/** A country's name (ISO 3166-1 alpha-2) in `lang`, or the code where Intl has none. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A location by name: "Bayern, Deutschland", "Frankreich", "Spanien (ES-MD)". */
export function locationName(code: string, t: Strings, lang: string): string {
  const countryWord = countryName(code.slice(0, 2), lang);
  if (code.length === 2) return countryWord;
  const subdivision = (t.places.subdivision as Record<string, string | undefined>)[code];
  return subdivision ? t.places.within(subdivision, countryWord) : t.places.unnamed(countryWord, code);
}

/** A holiday calendar by name: "England und Wales", "Deutschland (Bayern)"; `otherwise` (the
 *  calendar's own name, or its id) for one the tables do not know, such as an imported calendar. */
export function calendarName(id: string, t: Strings, otherwise: string = id): string {
  const name = (t.places.calendar as Record<string, string | undefined>)[id];
  if (name) return name;
  const land = /^de-[a-z]{2}$/.test(id) ? `DE-${id.slice(3).toUpperCase()}` : null;
  const landName = land ? (t.places.subdivision as Record<string, string | undefined>)[land] : undefined;
  return landName ? t.places.landCalendar(landName) : otherwise;
}
