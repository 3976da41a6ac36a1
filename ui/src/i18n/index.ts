// The strings of the user's language: the system's (navigator.languages) unless
// Settings chose one, a per-user preference kept in localStorage. The language
// is fixed when the window loads: choosing another saves it and reloads the
// window, so every screen, string and formatted date follows it at once.
import en, { type Strings } from './en';
import de from './de';
import fr from './fr';

export type Locale = 'en' | 'de' | 'fr';
/** What Settings offers: a language, or whatever the system uses. */
export type LocaleChoice = Locale | 'system';

export const locales: Record<Locale, Strings> = { en, de, fr };

/** Each language by its own name, as offered in Settings whatever the app's language. */
export const localeNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** The localStorage key of the choice made in Settings (absent: follow the system). */
export const localeKey = 'casebook.locale';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'de' || value === 'fr';
}

/** The system's preferred languages, most preferred first (BCP 47 tags). */
export function systemLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages && navigator.languages.length > 0) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/** The first of the system's languages the app speaks (de-AT is German, fr-CH French); English otherwise. */
export function systemLocale(languages: readonly string[] = systemLanguages()): Locale {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return 'en';
}

/** The choice saved in Settings; 'system' when none (or storage is unavailable). */
export function savedChoice(): LocaleChoice {
  try {
    const value = globalThis.localStorage?.getItem(localeKey);
    return isLocale(value) ? value : 'system';
  } catch {
    return 'system';
  }
}

/** The app's language for a choice: the chosen one, or the system's. */
export function resolveLocale(choice: LocaleChoice, languages: readonly string[] = systemLanguages()): Locale {
  return choice === 'system' ? systemLocale(languages) : choice;
}

/** The tag dates and numbers are formatted with: the system's own variant of the
 *  language when it has one (en-GB, de-CH, fr-CA), else the language itself. */
export function formatTag(locale: Locale, languages: readonly string[] = systemLanguages()): string {
  for (const tag of languages) {
    if (tag.toLowerCase().split(/[-_]/)[0] !== locale) continue;
    try {
      return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? locale;
    } catch {
      return locale;
    }
  }
  return locale;
}

let current: Locale = resolveLocale(savedChoice());
let tag = formatTag(current);

/** The strings of the window's language. Components read `t.section.key` when they render. */
export const t: Strings = { ...locales[current] };

/** The window's language. */
export function currentLocale(): Locale {
  return current;
}

/** The BCP 47 tag for Intl formatting in the window's language. */
export function intlTag(): string {
  return tag;
}

/** Switches the strings and formats to a language. Screens already shown keep
 *  their text: the app reloads the window instead (see saveLocaleChoice); tests
 *  call this before rendering. */
export function useLocale(locale: Locale, languages: readonly string[] = systemLanguages()): void {
  current = locale;
  tag = formatTag(locale, languages);
  Object.assign(t, locales[locale]);
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Saves the choice made in Settings and reloads the window in that language. */
export function saveLocaleChoice(choice: LocaleChoice, reload: () => void = () => window.location.reload()): void {
  try {
    if (choice === 'system') localStorage.removeItem(localeKey);
    else localStorage.setItem(localeKey, choice);
  } catch {
    // Storage unavailable: the language still changes for this window.
  }
  useLocale(resolveLocale(choice));
  reload();
}

if (typeof document !== 'undefined') document.documentElement.lang = current;

export type { Strings };
