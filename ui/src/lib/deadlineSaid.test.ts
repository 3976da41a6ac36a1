import { describe, expect, it } from 'vitest';
import en, { type Strings } from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import type { NamedHoliday, Said } from '../ipc';
import { describeSaid, type SaidDates } from './deadlineSaid';

const holiday: NamedHoliday = {
  title: 'Christmas Day',
  day: '2026-12-25',
  calendar: { id: 'england-and-wales', name: 'England and Wales' },
  source: { kind: 'file', source: 'bank-holidays.json' },
};

// One sentence of every kind the Rust side sends (`casebook_core::deadline::Said`): the
// type has a key for each kind, so a kind added in Rust fails to compile here until it is said.
const one: { [K in Said['kind']]: Extract<Said, { kind: K }> } = {
  'add-months': { kind: 'add-months', months: 1, to: '2026-02-28', missing_day: 31 },
  'add-days': { kind: 'add-days', days: 45, to: '2026-03-16' },
  'add-business-days': {
    kind: 'add-business-days',
    days: 10,
    from: '2026-11-20',
    calendar: { id: 'us', name: 'United States (federal holidays)' },
    to: '2026-12-07',
  },
  'skipped-holiday': { kind: 'skipped-holiday', holiday: { ...holiday, source: { kind: 'rules' } } },
  weekend: { kind: 'weekend', day: '2026-02-28', next: '2026-03-02' },
  holiday: { kind: 'holiday', holiday, next: '2026-12-28' },
  'working-day': { kind: 'working-day', day: '2026-03-02' },
  'no-known-holiday': { kind: 'no-known-holiday', day: '2025-11-11', calendar: { id: 'pl', name: 'PL' } },
  due: { kind: 'due', on: '2026-03-02' },
  'weekend-stays': { kind: 'weekend-stays', day: '2026-03-22', regime: 'ccpa' },
  received: { kind: 'received', on: '2026-01-31' },
  'rules-in-force': {
    kind: 'rules-in-force',
    received: '2026-03-02',
    from: '2018-05-25',
    law: { id: 'eu-gdpr', name: 'GDPR (Regulation (EU) 2016/679)' },
    source: 'GDPR Art. 12(3)',
  },
  'rules-before-next': {
    kind: 'rules-before-next',
    received: '2026-01-31',
    next: { id: 'uk-gdpr-2026', name: 'UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A)' },
    next_from: '2026-02-05',
    law: { id: 'uk-gdpr-2018', name: 'UK GDPR and DPA 2018 before the Data (Use and Access) Act 2025' },
    source: 'DPA 2018 s.54',
  },
  'not-yet-in-force': {
    kind: 'not-yet-in-force',
    received: '2025-06-02',
    law: 'Kentucky Consumer Data Protection Act',
    from: '2026-01-01',
  },
  'complaint-rules-in-force': { kind: 'complaint-rules-in-force', received: '2026-07-01', from: '2026-06-19' },
  'identity-awaited': { kind: 'identity-awaited', asked: '2026-03-03', waiting_for: 'fee' },
  'identity-asked': { kind: 'identity-asked', asked: '2026-03-03' },
  'clock-restarted': { kind: 'clock-restarted', on: '2026-03-10' },
  'identity-runs-on': {
    kind: 'identity-runs-on',
    asked: '2026-03-03',
    regime: 'us-state',
    authentication: { state: 'Virginia', rule: 'Va. Code §59.1-577(B)(4)' },
  },
  'clarification-runs-on': { kind: 'clarification-runs-on', asked: '2026-03-04', regime: 'us-state' },
  'clarification-access-only': { kind: 'clarification-access-only', right: 'erasure' },
  'goes-ahead-without-identity': { kind: 'goes-ahead-without-identity', right: 'unsubscribe', ground: 'unsubscribe' },
  'pause-before-restart': {
    kind: 'pause-before-restart',
    causes: ['clarification'],
    from: '2026-03-04',
    to: '2026-03-05',
  },
  'pause-after-end': { kind: 'pause-after-end', causes: ['identity-verification'], from: '2026-05-04' },
  paused: {
    kind: 'paused',
    days: 3,
    causes: ['clarification', 'identity-verification'],
    from: '2026-04-08',
    to: '2026-04-10',
    end: '2026-05-11',
  },
  'paused-open': {
    kind: 'paused-open',
    days: 2,
    causes: ['clarification'],
    from: '2026-03-20',
    to: '2026-03-21',
    end: '2026-04-14',
  },
  'period-can-spam': { kind: 'period-can-spam', right: 'unsubscribe', days: 10, regime: 'ccpa' },
  'period-gdpr-deactivate': { kind: 'period-gdpr-deactivate', right: 'deactivate-account', source: 'GDPR Art. 12(3)' },
  'period-gdpr-preferences': {
    kind: 'period-gdpr-preferences',
    right: 'communication-preferences',
    marketing_law: 'PECR regs. 22–23',
    source: 'GDPR Art. 12(3)',
  },
  'period-gdpr-marketing': { kind: 'period-gdpr-marketing', right: 'unsubscribe' },
  'period-one-month': { kind: 'period-one-month', right: 'access', source: 'GDPR Art. 12(3)' },
  'period-ccpa-stop': { kind: 'period-ccpa-stop', right: 'opt-out-of-sale', days: 15 },
  'period-ccpa': { kind: 'period-ccpa', right: 'access', days: 45 },
  'period-state': {
    kind: 'period-state',
    right: 'access',
    days: 45,
    law: 'Virginia Consumer Data Protection Act',
    section: 'Va. Code §59.1-577(B)(1)',
    read: true,
  },
  'period-none-of-its-own': {
    kind: 'period-none-of-its-own',
    right: 'deactivate-account',
    regime: 'lgpd',
    days: 15,
    source: 'LGPD Art. 19',
  },
  'period-days': { kind: 'period-days', right: 'access', days: 15, source: 'LGPD Art. 19' },
  'period-other': { kind: 'period-other', right: 'access', period: { unit: 'months', n: 2 }, source: 'a statute' },
  'no-statute': {
    kind: 'no-statute',
    right: 'communication-preferences',
    law: 'California CCPA/CPRA',
    section: null,
    given_from: null,
  },
  'house-target-only': { kind: 'house-target-only', on: '2026-12-20' },
  'no-house-target': { kind: 'no-house-target', regime: 'ccpa' },
  'house-target': { kind: 'house-target', days: 28, from: '2026-11-20' },
  'house-target-is-due': { kind: 'house-target-is-due', regime: 'ccpa' },
  'extension-notice': { kind: 'extension-notice', by: '2026-03-02' },
  'extension-months': { kind: 'extension-months', months: 3, start: '2026-01-31' },
  'extension-days': { kind: 'extension-days', days: 90 },
  'extension-state': {
    kind: 'extension-state',
    extra_days: 45,
    days: 90,
    first_days: 45,
    section: 'Va. Code §59.1-577(B)(1)',
    read: true,
  },
  'no-extension': { kind: 'no-extension', regime: 'fadp' },
  'late-notice': { kind: 'late-notice', told: '2027-01-30', by: '2026-12-21' },
  'notice-not-recorded': { kind: 'notice-not-recorded', by: '2026-04-10' },
  'refusal-without-extension': { kind: 'refusal-without-extension', source: 'GDPR Art. 12(4)' },
  'refuse-by': { kind: 'refuse-by', by: '2026-05-11' },
  'confirm-receipt': { kind: 'confirm-receipt', days: 10 },
  'acknowledge-by': { kind: 'acknowledge-by', by: '2026-12-07' },
  'appeal-received': { kind: 'appeal-received', on: '2026-05-01', days: 60, section: 'Va. Code §59.1-577(C)', read: true },
  'appeal-due': { kind: 'appeal-due', on: '2026-06-30' },
  'appeal-extension': { kind: 'appeal-extension', extra_days: 60, first_days: 45, to: '2026-08-14', read: true },
  'appeal-attorney-general': { kind: 'appeal-attorney-general' },
  'complaint-received': {
    kind: 'complaint-received',
    on: '2026-07-02',
    days: 30,
    source: 'DPA 2018 s.164A(3)',
  },
  'acknowledge-complaint-by': { kind: 'acknowledge-complaint-by', by: '2026-08-03' },
  'complaint-acknowledged': { kind: 'complaint-acknowledged', on: '2026-07-10', days: 30 },
  'complaint-acknowledged-late': { kind: 'complaint-acknowledged-late', on: '2026-09-30', by: '2026-07-31' },
  'employee-records': { kind: 'employee-records', record: 'personnel-file', source: 'Cal. Labor Code §1198.5(b)(1)' },
  'records-due': { kind: 'records-due', record: 'payroll-records', on: '2026-12-11' },
  calendar: { kind: 'calendar', note: { kind: 'no-holiday-data', country: 'PL' } },
  'answered-late': { kind: 'answered-late', right: 'erasure', due: '2026-08-03' },
  'answered-on-time': { kind: 'answered-on-time', due: '2026-08-03' },
  'open-rights-due': { kind: 'open-rights-due', answered: ['access', 'erasure'], due: '2026-08-03', right: 'objection' },
};

const every: Said[] = [
  ...Object.values(one),
  { kind: 'calendar', note: { kind: 'national-only', location: 'ES-MD', country: 'ES' } },
  { kind: 'calendar', note: { kind: 'germany-without-land' } },
  { kind: 'holiday', holiday: { ...holiday, source: { kind: 'rules-past-data', year: 2031 } }, next: '2026-12-28' },
  { kind: 'add-business-days', days: 10, from: '2026-11-20', calendar: null, to: '2026-12-04' },
  // An imported calendar no table knows, named by its own name.
  { kind: 'holiday', holiday: { ...holiday, calendar: { id: 'acme-closures', name: 'Acme closures' } }, next: '2026-12-28' },
  { kind: 'add-business-days', days: 10, from: '2026-11-20', calendar: { id: 'de-by', name: 'Germany (DE-BY)' }, to: '2026-12-07' },
  { kind: 'add-months', months: 1, to: '2026-03-02', missing_day: null },
  // Numbers not yet read in the statute's own text say so.
  { ...one['period-state'], read: false },
  { ...one['extension-state'], read: false },
  { kind: 'appeal-received', on: '2026-05-01', days: 60, section: 'Tex. Bus. & Com. Code §541.053', read: false },
  { ...one['appeal-extension'], read: false },
];

const marked: SaidDates = { date: (civil) => `<${civil}>`, day: (civil) => `<${civil}>` };
const langOf = (strings: Strings) => (strings === de ? 'de' : strings === fr ? 'fr' : 'en');

/** Every civil date a sentence carries, however deep. */
function datesOf(value: unknown): string[] {
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [value] : [];
  if (value && typeof value === 'object') return Object.values(value).flatMap(datesOf);
  return [];
}

/** The names and citations a sentence passes through as data (they may be English). A calendar
 *  and a law's version come by id with an English name, which a translation must not show,
 *  save an imported calendar's own. */
const nameKeys = new Set(['title', 'law', 'source', 'section', 'marketing_law', 'rule', 'state']);
/** A statute's name, kept as written inside a translated version's name. */
const statutes = ['Data (Use and Access) Act 2025'];
function namesOf(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  const ref = value as { id?: unknown; name?: unknown };
  if (ref.id === 'acme-closures' && typeof ref.name === 'string') return [ref.name];
  return Object.entries(value).flatMap(([key, v]) =>
    typeof v === 'string' && nameKeys.has(key) ? [v] : namesOf(v),
  );
}

describe('the deadline engine’s sentences in the app language', () => {
  it('says of a number not yet read in the statute that it is not, in every language, and nothing of one that was', () => {
    const unread = every.filter((s) => 'read' in s && s.read === false);
    expect(unread.map((s) => s.kind).sort()).toEqual(['appeal-extension', 'appeal-received', 'extension-state', 'period-state']);
    for (const strings of [en, de, fr]) {
      for (const said of unread) {
        expect(describeSaid(said, strings, marked, langOf(strings))).toContain(strings.deadlineSaid.unread);
        const read = { ...said, read: true } as Said;
        expect(describeSaid(read, strings, marked, langOf(strings))).not.toContain(strings.deadlineSaid.unread);
      }
    }
    expect(en.deadlineSaid.unread).toContain('not yet checked against the statute');
  });

  it('says them in English much as the command line does, with the app’s dates', () => {
    const say = (s: Said) => describeSaid(s, en, marked, 'en');
    expect(say(one.received)).toBe('received <2026-01-31>');
    expect(say(one['add-months'])).toBe('+1 month: <2026-02-28> (there is no 31st in that month)');
    expect(say(one.weekend)).toBe('<2026-02-28> is a weekend → <2026-03-02>');
    expect(say(one.paused)).toBe(
      'paused 3 days for clarification and identity verification (<2026-04-08> to <2026-04-10>) → <2026-05-11>',
    );
    expect(say(one['no-extension'])).toContain('(record the reason if the answer is late)');
    expect(say(one['no-statute'])).toContain('CAN-SPAM');
    // A right a state's statute lacks names the section that lists its rights, or the amendment that adds it.
    const iowa: Said = {
      kind: 'no-statute',
      right: 'rectification',
      law: 'Iowa Consumer Data Protection Act',
      section: 'Iowa Code §715D.3(1)',
      given_from: null,
    };
    expect(say(iowa)).toBe(
      'Rectification: not a right under the Iowa Consumer Data Protection Act (Iowa Code §715D.3(1)), and no statute sets a date for it: any date is the organisation’s house target only',
    );
    const utah: Said = { ...iowa, law: 'Utah Consumer Privacy Act', section: 'Utah Code §13-61-201(4)', given_from: '2026-07-01' };
    expect(say(utah)).toContain(
      'not a right under the Utah Consumer Privacy Act for a request received before <2026-07-01> (Utah Code §13-61-201(4) gives it from that day), and',
    );
    expect(describeSaid(utah, de, marked, 'de')).toContain('für eine vor dem <2026-07-01> eingegangene Anfrage (Utah Code §13-61-201(4) gibt es ab diesem Tag)');
    expect(say(one['goes-ahead-without-identity'])).toBe(
      'Unsubscribe: goes ahead while identity evidence (or proof of authority, or a fee) is awaited, so asking for them does not move its date (why: acting on it only stops marketing and discloses nothing)',
    );
  });

  it('passes proper names through: laws, sections and holidays', () => {
    for (const strings of [de, fr]) {
      expect(describeSaid(one.holiday, strings, marked, langOf(strings))).toContain('Christmas Day');
      expect(describeSaid(one['period-state'], strings, marked, langOf(strings))).toContain('Va. Code §59.1-577(B)(1)');
      expect(describeSaid(one['period-state'], strings, marked, langOf(strings))).toContain('Virginia Consumer Data Protection Act');
    }
  });

  it('names a shipped calendar and a version of a law by id in the app language, an imported calendar by its name', () => {
    const imported = every.find((s) => s.kind === 'holiday' && s.holiday.calendar.id === 'acme-closures')!;
    const say = (s: Said, strings: Strings) => describeSaid(s, strings, marked, langOf(strings));
    expect(say(one.holiday, de)).toContain('(England und Wales, ');
    expect(say(one.holiday, fr)).toContain('(Angleterre et pays de Galles, ');
    expect(say(one['add-business-days'], de)).toContain('(Vereinigte Staaten (Bundesfeiertage))');
    expect(say(one['rules-in-force'], de)).toContain('DSGVO (Verordnung (EU) 2016/679)');
    expect(say(one['rules-in-force'], fr)).toContain('RGPD (règlement (UE) 2016/679)');
    expect(say(one['rules-before-next'], de)).toContain(
      'bevor UK GDPR in der Fassung des Data (Use and Access) Act 2025 (Art. 12A)',
    );
    for (const strings of [en, de, fr]) {
      expect(say(imported, strings)).toContain('(Acme closures, ');
      for (const said of [one.holiday, one['add-business-days'], one['rules-in-force'], one['rules-before-next']]) {
        if (strings !== en) expect(say(said, strings)).not.toMatch(/England and Wales|federal holidays|Regulation|as amended|before the Data/);
      }
    }
    expect(say(one['rules-in-force'], en)).toContain('computed under GDPR (Regulation (EU) 2016/679) (GDPR Art. 12(3))');
  });

  it('calls a day a working day only on a calendar that knows every holiday of the place', () => {
    const say = (s: Said, strings: Strings) => describeSaid(s, strings, marked, langOf(strings));
    expect(say(one['no-known-holiday'], en)).toBe(
      '<2025-11-11> is not a weekend day or a holiday known for Poland (not every holiday there is known: see the note)',
    );
    expect(say(one['no-known-holiday'], de)).toContain('für Polen bekannter Feiertag');
    expect(say(one['no-known-holiday'], fr)).toContain('calendrier\u00a0: Pologne');
    for (const strings of [en, de, fr]) {
      expect(say(one['no-known-holiday'], strings)).not.toBe(say({ kind: 'working-day', day: '2025-11-11' }, strings));
    }
  });

  it('names the country and place of a calendar note, not their codes', () => {
    const none: Said = { kind: 'calendar', note: { kind: 'no-holiday-data', country: 'PL' } };
    const regional: Said = { kind: 'calendar', note: { kind: 'national-only', location: 'ES-MD', country: 'ES' } };
    expect(describeSaid(none, en, marked, 'en')).toContain('shipped for Poland:');
    expect(describeSaid(none, de, marked, 'de')).toContain('Polen');
    expect(describeSaid(none, fr, marked, 'fr')).toContain('Pologne');
    expect(describeSaid(regional, de, marked, 'de')).toContain('Spanien');
    for (const [strings, lang] of [[de, 'de'], [fr, 'fr']] as const) {
      expect(describeSaid(none, strings, marked, lang)).not.toMatch(/\bPL\b/);
    }
  });

  // Words of the English sentences that must not be left in a translation (names and
  // sections, e.g. "Christmas Day", "Attorney General", are data and not among them).
  const english =
    /\b(received|due|day|days|month|months|weekend|working|holiday|paused|clock|identity|evidence|asked|extension|refuse|refusal|acknowledge|appeal|complaint|answered|right|rights|house|target|under|within|from|after|before|until|the|and|or|not|period|receipt|business|calendar|note|none)\b/i;

  for (const [name, strings] of [
    ['German', de],
    ['French', fr],
  ] as const) {
    it(`says every kind of sentence in ${name}, with every date and no English word`, () => {
      for (const said of every) {
        const text = describeSaid(said, strings, marked, langOf(strings));
        const words = [...namesOf(said), ...statutes].reduce((rest, name) => rest.split(name).join(''), text);
        expect(words, JSON.stringify(said)).not.toMatch(english);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
        for (const date of datesOf(said)) expect(text, JSON.stringify(said)).toContain(`<${date}>`);
      }
    });
  }
});
