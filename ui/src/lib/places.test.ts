import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import { shippedCalendars } from '../ipc/shipped';
import { calendarName, locationName } from './places';

describe('places by name in the app language', () => {
  it('names a location by its country and subdivision, and shows a code the tables do not know', () => {
    expect(locationName('GB-ENG', en, 'en')).toBe('England, United Kingdom');
    expect(locationName('DE-BY', de, 'de')).toBe('Bayern, Deutschland');
    expect(locationName('US-CA', fr, 'fr')).toBe('Californie, États-Unis');
    expect(locationName('FR', de, 'de')).toBe('Frankreich');
    expect(locationName('ES-MD', de, 'de')).toBe('Spanien (ES-MD)');
  });

  it('names every calendar Casebook ships, a German Land’s by the Land', () => {
    // The ids come from casebook-core (`Calendars::shipped()`, written into ipc/shipped.ts with
    // the bindings): a calendar added in Rust fails here until every locale names it.
    const ids = shippedCalendars.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['england-and-wales', 'de-by', 'us-ca']));
    for (const strings of [en, de, fr]) {
      for (const id of ids) expect(calendarName(id, strings, '?'), id).not.toBe('?');
    }
    expect(calendarName('england-and-wales', de)).toBe('England und Wales');
    expect(calendarName('de-by', fr)).toBe('Allemagne (Bavière)');
    expect(calendarName('de-th', en)).toBe('Germany (Thuringia)');
    expect(calendarName('imported', en, 'My calendar')).toBe('My calendar');
    expect(calendarName('imported', en)).toBe('imported');
  });
});
