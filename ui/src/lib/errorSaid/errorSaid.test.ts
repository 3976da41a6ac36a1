// Every refusal the Rust side gives as facts reads as a sentence in every
// language of the app: one sample per variant (the types require each kind).
import { describe, expect, it } from 'vitest';
import { locales, useLocale, type Locale } from '../../i18n';
import { ApiError, type DataSaid, type DocumentsSaid, type ErrorSaid, type RegisterSaid, type RightAnswer, type WorkflowSaid } from '../../ipc';
import { describeErrorSaid } from '.';

/** One sample of each variant of an area's enum, keyed by its kind. */
type OnePerKind<T extends { kind: string }> = { [K in T['kind']]: Extract<T, { kind: K }> };

const refusedAccess: RightAnswer = {
  right: 'access',
  outcome: 'refused',
  ground: 'manifestly-excessive',
  detail: null,
  by: 'dpo',
  on: '2026-03-02',
};
const noDataErasure: RightAnswer = { right: 'erasure', outcome: 'no-data', ground: null, detail: null, by: 'dpo', on: '2026-03-03' };
const fulfilledAccess: RightAnswer = { ...refusedAccess, outcome: 'fulfilled', ground: null };
const io = 'Permission denied (os error 13)';

const documents: OnePerKind<DocumentsSaid> = {
  'logo-not-a-file': { kind: 'logo-not-a-file', path: '/home/dpo/logo.png' },
  'logo-unreadable': { kind: 'logo-unreadable', path: '/home/dpo/logo.png', detail: io },
  'letter-not-made': { kind: 'letter-not-made', detail: 'template de/refusal.txt: line 4: unknown variable' },
  'letter-does-not-fit-case': { kind: 'letter-does-not-fit-case', letter: 'complaint-outcome', reference: 'DSR-2026-0007', complaint: false },
  'letter-answers-other-rights': {
    kind: 'letter-answers-other-rights',
    letter: 'erasure-confirmation',
    answers: ['erasure'],
    reference: 'DSR-2026-0007',
    asked: ['access', 'portability'],
  },
  'closed-case-no-letter': { kind: 'closed-case-no-letter', reference: 'DSR-2026-0007' },
  'appeal-decision-not-recorded': { kind: 'appeal-decision-not-recorded', reference: 'DSR-2026-0007' },
  'complaint-outcome-not-recorded': { kind: 'complaint-outcome-not-recorded', reference: 'CMP-2026-0002' },
  'access-response-unsearched': { kind: 'access-response-unsearched', reference: 'DSR-2026-0007', systems: ['crm', 'payroll'] },
  'access-response-nothing-found': { kind: 'access-response-nothing-found', reference: 'DSR-2026-0007' },
  'no-data-but-answered': { kind: 'no-data-but-answered', reference: 'DSR-2026-0007', answer: fulfilledAccess },
  'no-data-unsearched': { kind: 'no-data-unsearched', reference: 'DSR-2026-0007', systems: ['crm'] },
  'no-data-but-found': { kind: 'no-data-but-found', reference: 'DSR-2026-0007', systems: ['crm', 'web-analytics'] },
  'refusal-but-none-refused': { kind: 'refusal-but-none-refused', reference: 'DSR-2026-0007', answers: [fulfilledAccess, noDataErasure] },
  'letter-contradicts-answer': {
    kind: 'letter-contradicts-answer',
    reference: 'DSR-2026-0007',
    letter: 'access-response',
    answer: refusedAccess,
  },
  'refusal-not-recorded': { kind: 'refusal-not-recorded', reference: 'DSR-2026-0007' },
  'rights-unanswered': { kind: 'rights-unanswered', reference: 'DSR-2026-0007', letter: 'access-response', open: ['access', 'portability'] },
  'eml-not-made': { kind: 'eml-not-made', detail: 'the organisation has no email address' },
  'eml-no-dpo-email': { kind: 'eml-no-dpo-email' },
  'eml-no-requester-email': { kind: 'eml-no-requester-email', reference: 'DSR-2026-0007' },
  'recipients-not-recorded': { kind: 'recipients-not-recorded', letter: 'erasure-confirmation', reference: 'DSR-2026-0007' },
  'fonts-folder-unreadable': { kind: 'fonts-folder-unreadable', path: '/srv/casebook/fonts', detail: io },
  'font-unreadable': { kind: 'font-unreadable', path: '/srv/casebook/fonts/Noto.ttf', detail: io },
  'unknown-channel': { kind: 'unknown-channel', input: 'pigeon' },
  'invalid-draft': { kind: 'invalid-draft', input: 'first' },
  'draft-already-sent': { kind: 'draft-already-sent', draft: 3, reference: 'DSR-2026-0007', correspondence: 12 },
  'draft-discarded': { kind: 'draft-discarded', draft: 3, reference: 'DSR-2026-0007' },
  'date-in-future': { kind: 'date-in-future', date: '2026-04-02', today: '2026-03-30' },
  'sent-before-draft': { kind: 'sent-before-draft', date: '2026-03-01', draft: 3, letter_date: '2026-03-02' },
  'draft-no-longer-made': { kind: 'draft-no-longer-made', draft: 3, reference: 'DSR-2026-0007', detail: 'case DSR-2026-0007 is closed' },
  'case-changed-since-draft': { kind: 'case-changed-since-draft', reference: 'DSR-2026-0007', draft: 3 },
  'invalid-correspondence': { kind: 'invalid-correspondence', input: 'last' },
  'withdrawal-reason-empty': { kind: 'withdrawal-reason-empty' },
  'correspondence-not-sent': { kind: 'correspondence-not-sent', correspondence: 4, reference: 'DSR-2026-0007' },
  'closed-case-no-withdrawal': { kind: 'closed-case-no-withdrawal', reference: 'DSR-2026-0007' },
  'already-withdrawn': {
    kind: 'already-withdrawn',
    correspondence: 4,
    reference: 'DSR-2026-0007',
    on: '2026-03-05',
    reason: 'sent to the wrong address',
  },
  'sent-before-letter-date': { kind: 'sent-before-letter-date', date: '2026-03-01', today: '2026-03-02' },
  'unknown-template-kind': { kind: 'unknown-template-kind', input: 'memo', expected: 'acknowledgement, id-request' },
  'invalid-template-language': { kind: 'invalid-template-language', input: 'deu' },
  'templates-folder-unreadable': { kind: 'templates-folder-unreadable', path: '/srv/casebook/templates', detail: io },
  'folder-not-created': { kind: 'folder-not-created', path: '/srv/casebook/templates/de', detail: io },
  'no-built-in-template': { kind: 'no-built-in-template', language: 'sv', file: 'refusal', shipped: ['en', 'de', 'fr'] },
  'own-template-exists': { kind: 'own-template-exists', language: 'de', file: 'refusal', path: '/srv/casebook/templates/de/refusal.txt' },
  'file-not-created': { kind: 'file-not-created', path: '/srv/casebook/templates/de/refusal.txt', detail: io },
  'file-not-written': { kind: 'file-not-written', path: '/srv/casebook/templates/de/refusal.txt', detail: io },
  'no-built-in-to-go-back-to': {
    kind: 'no-built-in-to-go-back-to',
    language: 'sv',
    file: 'refusal',
    path: '/srv/casebook/templates/sv/refusal.txt',
  },
  'file-unreadable': { kind: 'file-unreadable', path: '/srv/casebook/templates/de/refusal.txt', detail: io },
  'file-not-renamed': {
    kind: 'file-not-renamed',
    from: '/srv/casebook/templates/de/refusal.txt',
    to: '/srv/casebook/templates/de/refusal.txt.bak',
    detail: io,
  },
  'scan-too-large': { kind: 'scan-too-large', file_name: 'brief.pdf', limit_mb: 50 },
  'scan-not-pdf-or-image': { kind: 'scan-not-pdf-or-image', file_name: 'brief.docx' },
  'posted-letter-no-right': { kind: 'posted-letter-no-right' },
  'posted-letter-empty': { kind: 'posted-letter-empty' },
  'received-in-future': { kind: 'received-in-future', received: '2026-04-02', today: '2026-03-30' },
  'postmark-after-receipt': { kind: 'postmark-after-receipt', postmark: '2026-03-04', received: '2026-03-03' },
  'requester-name-empty': { kind: 'requester-name-empty' },
  'invalid-email': { kind: 'invalid-email', input: 'anna(at)example.org' },
};

const data: OnePerKind<DataSaid> = {
  'already-redacted': { kind: 'already-redacted', item: 'crm-17', field: 'phone' },
};

const workflow: OnePerKind<WorkflowSaid> = {
  'identity-document-empty': { kind: 'identity-document-empty' },
};

const register: OnePerKind<RegisterSaid> = {
  'closed-case-unchangeable': { kind: 'closed-case-unchangeable', reference: 'DSR-2026-0007' },
  'reopen-needs-reason': { kind: 'reopen-needs-reason' },
};

const samples: ErrorSaid[] = [
  ...Object.values(documents).map((said): ErrorSaid => ({ area: 'documents', said })),
  ...Object.values(data).map((said): ErrorSaid => ({ area: 'data', said })),
  ...Object.values(workflow).map((said): ErrorSaid => ({ area: 'workflow', said })),
  ...Object.values(register).map((said): ErrorSaid => ({ area: 'register', said })),
];

const name = (s: ErrorSaid) => `${s.area}/${s.said.kind}`;

describe('every refusal given as facts', () => {
  it.each(samples.map((s) => [name(s), s] as const))('%s reads as a sentence in en, de and fr', (_, said) => {
    const english = describeErrorSaid(said, locales.en);
    for (const locale of Object.keys(locales) as Locale[]) {
      const text = describeErrorSaid(said, locales[locale]);
      expect(text, locale).toMatch(/^\p{Lu}.*[.!?]$/su);
      expect(text, locale).not.toMatch(/undefined|null|NaN|\[object/);
      if (locale !== 'en') expect(text, `${locale} is not the English`).not.toBe(english);
    }
  });

  it('passes names and references through as written', () => {
    const said: ErrorSaid = { area: 'register', said: register['closed-case-unchangeable'] };
    for (const strings of Object.values(locales)) expect(describeErrorSaid(said, strings)).toContain('DSR-2026-0007');
  });
});

describe('ApiError', () => {
  it('words a refusal given as facts in the window’s language, not the English it came with', () => {
    useLocale('de');
    try {
      const error = ApiError.from({
        code: 'conflict',
        message: 'case DSR-2026-0007 is closed and can no longer be changed',
        said: { area: 'register', said: { kind: 'closed-case-unchangeable', reference: 'DSR-2026-0007' } },
      });
      expect(error.code).toBe('conflict');
      expect(error.message).toBe('Der Vorgang DSR-2026-0007 ist abgeschlossen und kann nicht mehr geändert werden.');
    } finally {
      useLocale('en');
    }
  });

  it('keeps the English of a refusal not given as facts, or given as facts this window does not know', () => {
    useLocale('fr');
    try {
      expect(ApiError.from({ code: 'storage', message: 'disk full' }).message).toBe('disk full');
      const unknown = { code: 'invalid-input', message: 'something new', said: { area: 'letters', said: { kind: 'new' } } };
      expect(ApiError.from(unknown).message).toBe('something new');
    } finally {
      useLocale('en');
    }
  });
});
