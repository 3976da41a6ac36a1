// The app's language: the system's, unless Settings chose one.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatTag, resolveLocale, systemLocale } from './index';

describe('systemLocale', () => {
  it.each([
    [['de-DE'], 'de'],
    [['de-AT', 'en'], 'de'],
    [['fr-CH'], 'fr'],
    [['fr_CA'], 'fr'],
    [['en-GB', 'de'], 'en'],
    [['es-ES', 'fr-FR', 'de'], 'fr'],
    [['ja'], 'en'],
    [[], 'en'],
  ])('%j gives %s', (languages, expected) => {
    expect(systemLocale(languages)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  it('follows the system unless a language was chosen', () => {
    expect(resolveLocale('system', ['fr-FR'])).toBe('fr');
    expect(resolveLocale('de', ['fr-FR'])).toBe('de');
    expect(resolveLocale('en', ['de-DE'])).toBe('en');
  });
});

describe('formatTag', () => {
  it('uses the system\u2019s variant of the language, else the language', () => {
    expect(formatTag('en', ['en-GB', 'de'])).toBe('en-GB');
    expect(formatTag('de', ['fr-FR', 'de-CH'])).toBe('de-CH');
    expect(formatTag('de', ['en-GB'])).toBe('de');
    expect(formatTag('fr', ['fr_CA'])).toBe('fr-CA');
  });
});

describe('the language of a window as it loads', () => {
  let languages: string[];

  beforeEach(() => {
    languages = ['en-US'];
    vi.spyOn(navigator, 'languages', 'get').mockImplementation(() => languages);
    vi.spyOn(navigator, 'language', 'get').mockImplementation(() => languages[0] ?? '');
    localStorage.clear();
    vi.resetModules();
  });

  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    document.documentElement.lang = 'en';
  });

  async function load() {
    return import('./index');
  }

  it('follows navigator.languages', async () => {
    languages = ['de-DE', 'en'];
    const i18n = await load();
    expect(i18n.currentLocale()).toBe('de');
    expect(i18n.intlTag()).toBe('de-DE');
    expect(i18n.t.nav.settings).toBe('Einstellungen');
    expect(document.documentElement.lang).toBe('de');
  });

  it('is French on a French system and English on any other', async () => {
    languages = ['fr-BE'];
    expect((await load()).t.nav.settings).toBe('Paramètres');
    vi.resetModules();
    languages = ['it-IT'];
    const i18n = await load();
    expect(i18n.currentLocale()).toBe('en');
    expect(i18n.t.nav.settings).toBe('Settings');
  });

  it('takes the language chosen in Settings over the system\u2019s', async () => {
    languages = ['de-DE'];
    localStorage.setItem('casebook.locale', 'fr');
    const i18n = await load();
    expect(i18n.currentLocale()).toBe('fr');
    expect(i18n.t.settings.title).toBe('Paramètres');
    expect(i18n.intlTag()).toBe('fr');
  });

  it('ignores a stored value that is no language of the app', async () => {
    languages = ['de-DE'];
    localStorage.setItem('casebook.locale', 'klingon');
    expect((await load()).currentLocale()).toBe('de');
  });

  it('saves a choice, or forgets it for System, and reloads', async () => {
    const i18n = await load();
    const reload = vi.fn();
    i18n.saveLocaleChoice('de', reload);
    expect(localStorage.getItem('casebook.locale')).toBe('de');
    expect(reload).toHaveBeenCalledTimes(1);
    expect(i18n.t.nav.settings).toBe('Einstellungen');

    i18n.saveLocaleChoice('system', reload);
    expect(localStorage.getItem('casebook.locale')).toBeNull();
    expect(reload).toHaveBeenCalledTimes(2);
    expect(i18n.currentLocale()).toBe('en');
  });
});
