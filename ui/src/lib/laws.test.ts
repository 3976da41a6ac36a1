import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import { lawVersions } from '../ipc/shipped';
import { lawName } from './laws';

describe('the law in force by name in the app language', () => {
  it('names every version of a law casebook-core ships, in English as the command line does', () => {
    // The ids and English names come from casebook-core (ipc/shipped.ts, written with the
    // bindings): a version added in Rust fails here until every locale names it.
    expect(lawVersions.map((v) => v.id)).toContain('uk-gdpr-2026');
    for (const { id, name } of lawVersions) {
      expect(lawName({ id, name: '?' }, en), id).toBe(name);
      for (const strings of [de, fr]) expect(lawName({ id, name: '?' }, strings), id).not.toBe('?');
    }
  });

  it('words what is between the statutes’ names, and keeps the names as written', () => {
    const amended = { id: 'uk-gdpr-2026', name: 'UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A)' };
    expect(lawName(amended, de)).toBe('UK GDPR in der Fassung des Data (Use and Access) Act 2025 (Art. 12A)');
    expect(lawName(amended, fr)).toBe('UK GDPR tel que modifié par le Data (Use and Access) Act 2025 (art. 12A)');
    expect(lawName({ id: 'uk-dpa-164a', name: '?' }, de)).toBe('DPA 2018 s.164A: Beschwerden an Verantwortliche');
    // Words of the English names' connecting phrases that must not be left in a translation.
    const english = /\b(as amended|before the|and its|with PAIA|revised|complaints to|Regulation)\b/;
    for (const strings of [de, fr]) {
      for (const { id } of lawVersions) expect(lawName({ id, name: '?' }, strings), id).not.toMatch(english);
    }
  });

  it('shows a US state’s act by its own name', () => {
    const iowa = { id: 'us-ia', name: 'Iowa Consumer Data Protection Act' };
    for (const strings of [en, de, fr]) expect(lawName(iowa, strings)).toBe(iowa.name);
  });
});
