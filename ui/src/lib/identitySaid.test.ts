import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import type { ConsentSource, IdentitySaid } from '../ipc';
import { describeIdentitySaid } from './identitySaid';

const austria: ConsentSource = { kind: 'member-state', country: 'AT', provision: 'Datenschutzgesetz §4(4)' };

// One reason of every kind the Rust side sends (`casebook_core::identity::IdentitySaid`): the
// type has a key for each kind, so a kind added in Rust fails to compile here until it is said.
const one: { [K in IdentitySaid['kind']]: Extract<IdentitySaid, { kind: K }> } = {
  'acts-for-someone-else': { kind: 'acts-for-someone-else', relationship: 'power-of-attorney', method: 'power-of-attorney' },
  'child-by-age': { kind: 'child-by-age', subject: 'Sam Doe', age: 9, under: 13, source: { kind: 'uk' } },
  'not-child-by-age': { kind: 'not-child-by-age', subject: 'Sam Doe', age: 15, under: 14, source: austria },
  'recorded-child': { kind: 'recorded-child', subject: 'Sam Doe', under: 16, source: { kind: 'gdpr-default' } },
  'no-check-needed': { kind: 'no-check-needed', right: 'opt-out-of-sale', ground: 'ccpa-opt-out' },
  'discloses-ccpa': { kind: 'discloses-ccpa', right: 'access', channel: 'web-form' },
  'discloses-online': { kind: 'discloses-online', right: 'portability', channel: 'email' },
  'discloses-spoken': { kind: 'discloses-spoken', right: 'access', channel: 'phone' },
  'discloses-by-letter': { kind: 'discloses-by-letter', right: 'access' },
  'in-person': { kind: 'in-person', right: 'erasure' },
  'changes-online': { kind: 'changes-online', right: 'restriction', channel: 'email' },
  'changes-spoken': { kind: 'changes-spoken', right: 'erasure', channel: 'other' },
  'erasure-by-letter': { kind: 'erasure-by-letter', right: 'erasure' },
  'changes-by-letter': { kind: 'changes-by-letter', right: 'rectification' },
};

// Every consent source and every ground a right goes ahead (or waits) on, each in a sentence.
const sources: { [K in ConsentSource['kind']]: Extract<ConsentSource, { kind: K }> } = {
  'gdpr-default': { kind: 'gdpr-default' },
  'member-state': austria,
  uk: { kind: 'uk' },
  coppa: { kind: 'coppa' },
  lgpd: { kind: 'lgpd' },
  pipeda: { kind: 'pipeda' },
  fadp: { kind: 'fadp' },
  popia: { kind: 'popia' },
  'au-app': { kind: 'au-app' },
};
const every: IdentitySaid[] = [
  ...Object.values(one),
  ...Object.values(sources).map((source): IdentitySaid => ({ kind: 'recorded-child', subject: 'Sam Doe', under: 13, source })),
  ...(Object.keys(en.identitySaid.ground) as (keyof typeof en.identitySaid.ground)[]).map(
    (ground): IdentitySaid => ({ kind: 'no-check-needed', right: 'access', ground }),
  ),
  ...(Object.keys(en.channel) as (keyof typeof en.channel)[]).map(
    (channel): IdentitySaid => ({ kind: 'changes-online', right: 'erasure', channel }),
  ),
];

/** The names a reason passes through as written: the data subject's, a national law's citation. */
function namesOf(said: IdentitySaid): string[] {
  const names = 'subject' in said ? [said.subject] : [];
  if ('source' in said && said.source.kind === 'member-state') names.push(said.source.provision);
  return names;
}

describe('why a check is suggested, in the app language', () => {
  it('says it in English as the command line does, but for the app’s own names of rights and channels', () => {
    expect(describeIdentitySaid(one['discloses-by-letter'], en, 'en')).toBe(
      'Access by letter: a recent bill or statement ties the person to the postal address the answer will go to',
    );
    expect(describeIdentitySaid(one['child-by-age'], en, 'en')).toBe(
      'Sam Doe was 9 when the request arrived, under 13 (UK: DPA 2018 s.9 (UK GDPR Art. 8(1) read with it)): a child, for whom a person with parental responsibility acts',
    );
    expect(describeIdentitySaid(one['acts-for-someone-else'], en, 'en')).toContain(
      '(holder of a power of attorney): ask for proof of their authority (power of attorney)',
    );
    expect(describeIdentitySaid(one['not-child-by-age'], en, 'en')).toContain('(Austria: Datenschutzgesetz §4(4))');
  });

  it('names the Member State in the app’s language and passes names through', () => {
    expect(describeIdentitySaid(one['not-child-by-age'], de, 'de')).toContain('(Österreich: Datenschutzgesetz §4(4))');
    expect(describeIdentitySaid(one['not-child-by-age'], fr, 'fr')).toContain('(Autriche\u00a0: Datenschutzgesetz §4(4))');
    expect(describeIdentitySaid(one['discloses-online'], de, 'de')).toMatch(/^Datenübertragbarkeit per E-Mail: /);
    expect(describeIdentitySaid(one['no-check-needed'], fr, 'fr')).toMatch(/^Opposition à la vente\u00a0: /);
  });

  // Words of the English reasons that must not be left in a translation (the subject's name
  // and a national law's citation are data; law names such as "UK GDPR" are not among them).
  // Whole words only, by letters of any script: "phone" is not a word of "téléphone".
  const english =
    /(?<!\p{L})(the|and|or|by|under|when|was|is|not|for|with|from|only|ask|check|needed|match|account|details|letter|identity|request|requester|records|proof|authority|clock|child|responsibility|rights|answer|address|bill|statement|undone|change|changes|data|discloses|nothing|processing|consent|marketing|sale|sharing|acting|stops|whose|guidance|sets|strictest|reading|highest|presumed|capacity|someone|else|copy|look|letter|email|phone|form|of|may|their|own|someone)(?!\p{L})/iu;

  it('finds an English word in every English reason, so that one left untranslated is caught', () => {
    for (const said of every) {
      const words = namesOf(said).reduce((rest, n) => rest.split(n).join(''), describeIdentitySaid(said, en, 'en'));
      expect(words, JSON.stringify(said)).toMatch(english);
    }
    for (const text of Object.values(en.identitySaid.ground)) expect(text).toMatch(english);
  });

  for (const [name, strings, lang] of [
    ['German', de, 'de'],
    ['French', fr, 'fr'],
  ] as const) {
    it(`says every kind of reason in ${name}, with its numbers and no English word`, () => {
      for (const said of every) {
        const text = describeIdentitySaid(said, strings, lang);
        const words = namesOf(said).reduce((rest, n) => rest.split(n).join(''), text);
        expect(words, JSON.stringify(said)).not.toMatch(english);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        for (const n of ['age', 'under'] as const) {
          if (n in said) expect(text, JSON.stringify(said)).toContain(String((said as Record<string, unknown>)[n]));
        }
      }
    });
  }
});
