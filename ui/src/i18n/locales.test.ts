// Every translation has exactly en's keys, no empty text, and no text left in
// English except the proper names and codes listed here.
import { describe, expect, it } from 'vitest';
import en from './en';
import de from './de';
import fr from './fr';

type Tree = { [key: string]: unknown };

/** Each leaf of a locale as [path, value]: strings and functions. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value as Tree, path) : [[path, value] as [string, unknown]];
  });
}

/** Texts that are the same in English and this language: names, codes, symbols, and words the language shares. */
const namesAndCodes = ['Casebook', 'SHA-256', 'PDF', 'ZIP', 'Export (.csv, .json)', 'CCPA', 'LGPD', 'PIPEDA', 'POPIA', '—'];
/** Places whose name is the same in English and the language (`places`). */
const samePlaces = ['Berlin', 'Schleswig-Holstein', 'Moselle', 'Bas-Rhin', 'Haut-Rhin'];
/** Statutes whose name is the same in every language (`lawVersion`): a law with no official
 *  German or French name, written as it is. */
const sameLaws = ['Lei Geral de Proteção de Dados (Lei 13.709/2018)', 'Australian Privacy Principles (Privacy Act 1988 Sch. 1)'];
const sameAsEnglish: Record<string, string[]> = {
  de: [
    ...namesAndCodes,
    ...samePlaces,
    ...sameLaws,
    'Personal Information Protection and Electronic Documents Act',
    'Status',
    'Organisation',
    'Name',
    'System',
    'Passphrase',
    'Post',
    'England',
    'Wales',
    'Baden-Württemberg',
    'Brandenburg',
    'Bremen',
    'Hamburg',
    'Saarland',
    'Virginia',
  ],
  fr: [
    ...namesAndCodes,
    ...samePlaces,
    ...sameLaws,
    'Hesse',
    'France',
    'France (Alsace-Moselle)',
    'Ctrl+L',
    'Date',
    'Dates',
    'Documents',
    'Message',
    'Note',
    'Notes',
    'Parent',
    'Prospect',
    'Rectification',
    'Source',
    'Sources',
    'pages',
    'sections',
  ],
};

/** Functions whose text is only the arguments (names, dates, codes) and punctuation. */
const sameFunctions = [
  'timeline.actionWords',
  'timeline.line',
  'register.purposeOn',
  'register.transferTo',
  'caseData.whoWhen',
  'actionLog.byOn',
  'settings.holidaysOf',
  'settings.version',
  'settings.languageSystem',
  'dashboard.rightAnswered',
  'deadlineSaid.holidayMoves',
  'deadlineSaid.stateRule',
  'deadlineSaid.periodOther',
  'identitySaid.source.memberState',
  'places.within',
  'places.unnamed',
];

const locales: [string, Tree][] = [
  ['de', de as Tree],
  ['fr', fr as Tree],
];

describe.each(locales)('the %s strings', (name, strings) => {
  const english = new Map(leaves(en as Tree));
  const translated = new Map(leaves(strings));

  it('have every key of en.ts', () => {
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
  });

  it('have no key en.ts lacks', () => {
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it('have a text or a function where en.ts has one', () => {
    const wrong = [...english].filter(([key, value]) => typeof translated.get(key) !== typeof value).map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('have no empty text', () => {
    expect([...translated].filter(([, value]) => typeof value === 'string' && value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('leave no text in English but the listed names and codes', () => {
    const allowed = new Set(sameAsEnglish[name] ?? []);
    const untranslated = [...translated]
      .filter(([key, value]) => typeof value === 'string' && value === english.get(key) && !allowed.has(value))
      .map(([key, value]) => `${key}: ${String(value)}`);
    expect(untranslated).toEqual([]);
  });

  it('translate every function but the listed ones', () => {
    const untranslated = [...translated]
      .filter(
        ([key, value]) =>
          typeof value === 'function' && !sameFunctions.includes(key) && String(value) === String(english.get(key)),
      )
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('keep every argument en.ts shows, whatever the count', () => {
    // Unique lower-case words, counts (one and many), lists of file names.
    const argumentSets: unknown[][] = [
      ['alpha', 'bravo', 'charlie', 'delta'],
      [7, 13, 21, 34],
      [1, 1, 1, 1],
      [0, 0, 0, 0],
      [['one.eml']],
      [['one.eml', 'two.eml']],
    ];
    const problems: string[] = [];
    for (const [key, fn] of english) {
      if (typeof fn !== 'function') continue;
      const other = translated.get(key) as (...args: unknown[]) => unknown;
      for (const args of argumentSets) {
        let expected: unknown;
        try {
          expected = fn(...args);
        } catch {
          continue; // not arguments of this function's type
        }
        if (typeof expected !== 'string' || /undefined|NaN|\[object/.test(expected)) continue; // not this function's arguments
        const got = other(...args);
        if (typeof got !== 'string' || got.trim() === '' || /undefined|NaN|\[object/.test(got)) {
          problems.push(`${key}(${JSON.stringify(args)}) = ${String(got)}`);
          continue;
        }
        for (const arg of args.flat()) {
          const shown = String(arg);
          if (typeof arg === 'number' && arg < 2) continue; // "1 case" may be "ein Vorgang"
          if (expected.includes(shown) && !got.includes(shown)) problems.push(`${key}(${JSON.stringify(args)}) drops ${shown}: ${got}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('take as many arguments as en.ts in each function', () => {
    const wrong = [...translated]
      .filter(([key, value]) => typeof value === 'function' && value.length !== (english.get(key) as () => string).length)
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });
});
