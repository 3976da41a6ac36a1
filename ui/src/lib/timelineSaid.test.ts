import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import type { Strings } from '../i18n/en';
import type { Fact, TimelineItem } from '../ipc';
import { formatDate, formatNumber } from './format';
import { describeTimelineItem, type TimelineFormats } from './timelineSaid';

const text = (text: string): Fact => ({ type: 'text', text });
const date = (date: string): Fact => ({ type: 'date', date });
const clock = (kind: string, facts: Record<string, Fact>): TimelineItem => ({
  type: 'clock',
  kind,
  on: '2026-11-03',
  details: {},
  facts,
});

// Every clock step the Rust side records (`casebook_core::CaseEventKind`), with what it records.
const steps: TimelineItem[] = [
  clock('acknowledged', { channel: text('web-form') }),
  clock('identity-requested', { asked_for: text('a utility bill') }),
  clock('identity-requested', { asked_for: text('a signed form'), proof_of: text('authority') }),
  clock('identity-received', {}),
  clock('identity-checked', {
    method: text('utility-bill'),
    suggested_method: text('registered-email'),
    outcome: text('verified'),
    compared: text('bill vs. account'),
    decided_by: text('dpo'),
    rationale: text('the address matches'),
    override_reason: text('the email bounced'),
  }),
  clock('identity-document-deleted', { decided_on: date('2026-11-10'), retention_days: { type: 'number', number: 30 } }),
  clock('clarification-asked', { question: text('Which account?') }),
  clock('clarification-answered', {}),
  clock('extension-taken', { reason: text('complex'), notified_on: date('2026-11-20') }),
  clock('fee-requested', { ground: text('manifestly-excessive'), amount: text('£10') }),
  clock('fee-paid', {}),
  clock('refused', {
    reason: text('manifestly-excessive'),
    text: text('the fourth request'),
    complaint_authority: {
      type: 'record',
      fields: {
        name: text("Information Commissioner's Office (ICO)"),
        website: text('https://ico.org.uk/make-a-complaint/'),
        the: { type: 'flag', flag: true },
      },
    },
  }),
  clock('withdrawn', { how: text('by phone') }),
  clock('response-sent', { channel: text('email'), what: text('PDF') }),
  clock('appeal-received', {}),
  clock('appeal-decided', { outcome: text('reversed'), text: text('we were wrong') }),
  clock('complaint-answered', { outcome: text('partly-upheld'), text: text('fixed') }),
];

const requester = (phone: string | null): Fact => ({
  type: 'record',
  fields: {
    name: text('Ada Lovelace'),
    emails: { type: 'list', items: [text('ada@example.org')] },
    ...(phone ? { phone: text(phone) } : {}),
  },
});
const changes: TimelineItem = {
  type: 'change',
  action: 'case.updated',
  changes: [
    { field: 'status', before: 'received', after: 'in-progress', from: text('received'), to: text('in-progress') },
    {
      field: 'rights',
      before: 'access',
      after: 'access, erasure',
      from: { type: 'list', items: [text('access')] },
      to: { type: 'list', items: [text('access'), text('erasure')] },
    },
    { field: 'due', before: '2026-12-02', after: '2027-02-02', from: date('2026-12-02'), to: date('2027-02-02') },
    { field: 'requester', before: 'name: …', after: 'name: …', from: requester(null), to: requester('+44 20 7946 0000') },
    { field: 'subject_category', before: null, after: 'employee', from: null, to: text('employee') },
    { field: 'language', before: 'en', after: 'de', from: text('en'), to: text('de') },
    { field: 'location', before: 'GB', after: 'GB-SCT', from: text('GB'), to: text('GB-SCT') },
  ],
};
const items: TimelineItem[] = [
  ...steps,
  changes,
  { type: 'change', action: 'deadline.recomputed (holidays.imported)', changes: [] },
  // As the store audits it: the earlier answer's fields before, the corrected answer and why after.
  {
    type: 'change',
    action: 'right.corrected',
    changes: [
      {
        field: 'answer',
        before: null,
        after: 'right: erasure; …',
        from: null,
        to: {
          type: 'record',
          fields: {
            right: text('erasure'),
            outcome: text('refused'),
            ground: text('manifestly-excessive'),
            by: text('dpo'),
            on: date('2026-11-20'),
          },
        },
      },
      { field: 'by', before: 'dpo', after: null, from: text('dpo'), to: null },
      { field: 'on', before: '2026-11-18', after: null, from: date('2026-11-18'), to: null },
      { field: 'outcome', before: 'partly', after: null, from: text('partly'), to: null },
      { field: 'detail', before: 'legal claims', after: null, from: text('legal claims'), to: null },
      { field: 'reason', before: null, after: 'we were wrong', from: null, to: text('we were wrong') },
      { field: 'right', before: 'erasure', after: null, from: text('erasure'), to: null },
    ],
  },
  { type: 'note', text: 'Called back' },
];

const formats = (lang: string, tag: string): TimelineFormats => ({
  date: (civil) => formatDate(civil, tag),
  number: (n) => formatNumber(n, tag),
  lang,
});

function said(t: Strings, f: TimelineFormats): string[] {
  return items.map((item) => {
    const { title, lines } = describeTimelineItem(item, t, f);
    return [title, ...lines].join('\n');
  });
}

// The English words and codes the Rust side writes (its `details`, `before`/`after`, codes).
// (Letters either side end a word, accented ones too: "Téléphone" is not "phone".)
const english =
  /(?<!\p{L})(requested|received|asked|answered|taken|checked|deleted|paid|refused|withdrawn|sent|appeal|complaint|decided|kept|after|identity|right to complain|by|reason|method|channel|ground|amount|outcome|web-form|in-progress|manifestly|utility|registered|verified|reversed|partly|upheld|employee|email|erasure|access|phone|corrected|recomputed|yes|no)(?!\p{L})/iu;

describe('the timeline in words', () => {
  it('says every step and change in English from the facts', () => {
    const lines = said(en, formats('en', 'en-GB'));
    expect(lines[0]).toBe('Receipt acknowledged (effective 3 Nov 2026)\nBy: Web form');
    expect(lines[2]).toMatch(/^Proof of authority asked for/);
    expect(lines[4]).toContain('Method: Utility bill or bank statement');
    expect(lines[4]).toContain('Why another method than the suggested one: the email bounced');
    expect(lines[5]).toContain('Identity documents are kept 30 days after the identity decision (10 Nov 2026)');
    expect(lines[11]).toContain("Right to complain to: Information Commissioner's Office (ICO) (https://ico.org.uk/make-a-complaint/)");
    expect(lines[11]).toContain('Reason: Manifestly excessive');
    const change = lines[steps.length];
    expect(change).toContain('Status: Received → In progress');
    expect(change).toContain('Rights: Access → Access, Erasure');
    expect(change).toContain('Due: 2 Dec 2026 → 2 Feb 2027');
    expect(change).toContain('Requester · Telephone: — → +44 20 7946 0000');
    expect(change).not.toContain('Requester · Name');
    expect(change).toContain('Category: — → Employee');
    expect(change).toContain('Language: English → German');
    expect(change).toContain('Location: United Kingdom → Scotland, United Kingdom');
    expect(lines[steps.length + 1]).toBe('Due date recomputed: holiday calendar imported');
    expect(lines[steps.length + 2]?.split('\n')).toEqual([
      'Answer to a right corrected',
      'Right: Erasure',
      'Answered on: 18 Nov 2026 → 20 Nov 2026',
      'Outcome: Partly fulfilled → Refused',
      'Exemption or reason: legal claims → —',
      'Ground: — → Manifestly excessive',
      'Why corrected: — → we were wrong',
    ]);
  });

  it.each([
    ['de', de, 'de-DE'],
    ['fr', fr, 'fr-FR'],
  ] as const)('says every step and change in %s, with its dates, and no English', (lang, t, tag) => {
    const f = formats(lang, tag);
    const lines = said(t, f);
    for (const [i, line] of lines.entries()) {
      // What the DPO wrote and the names stay as written: take them out before looking for English.
      const words = line
        .replace(/a utility bill|a signed form|bill vs\. account|the address matches|the email bounced|Which account\?|complex|the fourth request|by phone|we were wrong|legal claims|fixed|Called back|dpo|PDF|£10/g, '')
        .replace(/Information Commissioner's Office \(ICO\) \(https:\/\/ico\.org\.uk\/make-a-complaint\/\)/, '')
        .replace(/\+44 20 7946 0000|ada@example\.org|Ada Lovelace/g, '');
      expect(words, `item ${i}`).not.toMatch(english);
      if (items[i]?.type === 'clock') expect(line).toContain(f.date('2026-11-03'));
    }
    expect(lines[5]).toContain(f.date('2026-11-10'));
    expect(lines[8]).toContain(f.date('2026-11-20'));
    expect(lines[steps.length]).toContain(f.date('2027-02-02'));
    expect(lines[steps.length]).toContain(t.status['in-progress']);
    expect(lines[steps.length]).toContain(t.subjectCategory.employee);
  });

  it('words German as a German DPO reads it', () => {
    const f = formats('de', 'de-DE');
    const lines = said(de, f);
    expect(lines[0]).toBe('Eingang bestätigt (wirksam ab 03.11.2026)\nPer: Webformular');
    expect(lines[5]).toContain('Identitätsnachweise werden 30 Tage nach der Identitätsentscheidung (10.11.2026) aufbewahrt');
    expect(lines[11]).toContain('Grund: Exzessiv');
    expect(lines[steps.length]).toContain('Sprache: Englisch → Deutsch');
    expect(lines[steps.length]).toContain('Vereinigtes Königreich → Schottland, Vereinigtes Königreich');
    expect(lines[steps.length + 1]).toBe('Frist neu berechnet: Feiertagskalender importiert');
    const corrected = lines[steps.length + 2];
    expect(corrected).toContain('Recht: Löschung');
    expect(corrected).toContain(`${de.rightAnswers.outcome.partly} → ${de.rightAnswers.outcome.refused}`);
    expect(corrected).toContain(`— → ${de.refusalReason['manifestly-excessive']}`);
    expect(corrected).toContain('Grund der Berichtigung: — → we were wrong');
  });
});
