// Every refusal the Rust side gives as facts reads as a sentence in every
// language of the app: one sample per variant (the types require each kind).
import { describe, expect, it } from 'vitest';
import { locales, useLocale, type Locale } from '../../i18n';
import { ApiError, type DataSaid, type DocumentsSaid, type ErrorSaid, type IpcSaid, type RegisterSaid, type ShellSaid, type StoreSaid, type WorkflowSaid } from '../../ipc';
import { describeErrorSaid } from '.';

/** One sample of each variant of an area's enum, keyed by its kind. */
type OnePerKind<T extends { kind: string }> = { [K in T['kind']]: Extract<T, { kind: K }> };

const documents: OnePerKind<DocumentsSaid> = {
  'logo-not-a-file': { kind: 'logo-not-a-file', path: '/home/dpo/logo.png' },
};

const data: OnePerKind<DataSaid> = {
  'already-redacted': { kind: 'already-redacted', item: 'crm-17', field: 'phone' },
};

const workflow: OnePerKind<WorkflowSaid> = {
  'identity-document-empty': { kind: 'identity-document-empty' },
};

const register: OnePerKind<RegisterSaid> = {
  'not-found': { kind: 'not-found', thing: 'draft', what: 'draft', key: '17' },
  'changed-since-read': { kind: 'changed-since-read', reference: 'DSR-2026-0007', by: 'handler_ana', at: '2026-12-04T10:15:00Z' },
  'register-busy': { kind: 'register-busy' },
  'closed-case-unchangeable': { kind: 'closed-case-unchangeable', reference: 'DSR-2026-0007' },
  'case-closed': { kind: 'case-closed', reference: 'DSR-2026-0007' },
  'reopen-needs-reason': { kind: 'reopen-needs-reason' },
  'reopen-not-closed': { kind: 'reopen-not-closed', reference: 'DSR-2026-0007', status: 'in-progress' },
  'received-correction-needs-reason': { kind: 'received-correction-needs-reason' },
  'requester-name-empty': { kind: 'requester-name-empty' },
  'received-in-future': { kind: 'received-in-future', received: '2026-12-24', today: '2026-12-04' },
  'already-closed': { kind: 'already-closed', reference: 'DSR-2026-0007' },
  'closing-before-received': { kind: 'closing-before-received', on: '2026-11-01', received: '2026-11-03' },
  'outcome-of-the-answers': { kind: 'outcome-of-the-answers', reference: 'DSR-2026-0007', derived: 'fulfilled', asked: 'refused' },
  'outcome-with-the-answers-so-far': {
    kind: 'outcome-with-the-answers-so-far',
    reference: 'DSR-2026-0007',
    derived: 'partly-fulfilled',
    asked: 'fulfilled',
  },
  'refuse-the-rest-one-by-one': {
    kind: 'refuse-the-rest-one-by-one',
    reference: 'DSR-2026-0007',
    right: 'access',
    outcome: 'fulfilled',
  },
  'step-not-allowed': { kind: 'step-not-allowed', reference: 'DSR-2026-0007', detail: 'the case is closed: no more steps can be recorded' },
  'not-opened-in-viewer': { kind: 'not-opened-in-viewer', file_name: 'invoice.html', file_kind: 'markup' },
  'date-not-iso': { kind: 'date-not-iso', input: '4/12/2026' },
  'no-such-day': { kind: 'no-such-day', input: '2026-02-30' },
  'invalid-email': { kind: 'invalid-email', email: 'ana@' },
  'unknown-code': { kind: 'unknown-code', code_kind: 'right', input: 'acces', expected: 'access, erasure' },
  'no-rights': { kind: 'no-rights' },
  'right-twice': { kind: 'right-twice', right: 'erasure' },
  'invalid-reference': { kind: 'invalid-reference', input: 'CB-26-7' },
  'invalid-location': { kind: 'invalid-location', input: 'England' },
  'unknown-country': { kind: 'unknown-country', input: 'XX-YY', country: 'XX' },
  'invalid-language': { kind: 'invalid-language', input: 'english' },
  'invalid-pause': { kind: 'invalid-pause', input: '2026-03-02' },
  'deadline-input': { kind: 'deadline-input', detail: 'clarification pause ends on 2026-03-01 before it starts on 2026-03-02' },
  'unknown-time-zone': { kind: 'unknown-time-zone', name: 'Europe/Londres' },
  'organisation-name-empty': { kind: 'organisation-name-empty' },
  'invalid-dpo-email': { kind: 'invalid-dpo-email', email: 'dpo.example.org' },
  'demo-needs-empty-register': { kind: 'demo-needs-empty-register', cases: 12, systems: 1 },
  'calendar-not-text': { kind: 'calendar-not-text', file_name: 'holidays.ics', byte: 17 },
  'calendar-format-unknown': { kind: 'calendar-format-unknown', file_name: 'holidays.xlsx' },
  'ics-needs-calendar': { kind: 'ics-needs-calendar', file_name: 'holidays.ics' },
  'unknown-calendar': { kind: 'unknown-calendar', id: 'xx-holidays' },
  'calendar-unreadable': { kind: 'calendar-unreadable', detail: "'holidays.ics': line 3: DTSTART missing" },
  'invalid-system-id': { kind: 'invalid-system-id', detail: "invalid system id 'CRM': expected a lower-case slug" },
  'system-not-in-register': { kind: 'system-not-in-register', id: 'erp', known: ['crm', 'hr'] },
  'system-already-in-register': { kind: 'system-already-in-register', id: 'crm' },
  'system-id-cannot-change': { kind: 'system-id-cannot-change' },
  'system-invalid': { kind: 'system-invalid', detail: 'purposes: expected a list' },
  'processing-file-refused': {
    kind: 'processing-file-refused',
    file: 'register.json',
    problem: { kind: 'too-large', bytes: 20971520, max: 10485760 },
  },
  'search-result-without-search': { kind: 'search-result-without-search' },
  'search-invalid': { kind: 'search-invalid', detail: 'a search needs its date' },
  'processing-register-empty': { kind: 'processing-register-empty' },
  'csv-not-written': { kind: 'csv-not-written', detail: 'No space left on device (os error 28)' },
  'anchor-file-missing': { kind: 'anchor-file-missing', file: 'anchors.txt' },
  'anchor-file-unreadable': { kind: 'anchor-file-unreadable', file: 'anchors.txt', detail: 'Permission denied (os error 13)' },
  'not-on-team-register': { kind: 'not-on-team-register', what: 'Letters', register: 'postgres://db.example.org/casebook' },
  'assignee-empty': { kind: 'assignee-empty' },
  'assign-on-local-register': { kind: 'assign-on-local-register', reference: 'DSR-2026-0007', file: '/home/dpo/casebook.db' },
};

const path = '/home/dpo/casebook.db';
const store: OnePerKind<StoreSaid> = {
  missing: { kind: 'missing', path },
  'not-a-database': { kind: 'not-a-database', path },
  'newer-schema': { kind: 'newer-schema', path, found: 31, known: 30, made_by: '9.0.0', app_version: '0.1.1' },
  'upgrade-backup': { kind: 'upgrade-backup', path, to: 30, problem: 'No space left on device (os error 28)' },
  corrupt: { kind: 'corrupt', detail: "stored instant 'x' is invalid" },
  database: { kind: 'database', detail: 'database disk image is malformed' },
  folder: { kind: 'folder', path, detail: 'Permission denied (os error 13)' },
  io: { kind: 'io', path, detail: 'Permission denied (os error 13)' },
  'empty-passphrase': { kind: 'empty-passphrase' },
  'wrong-passphrase': { kind: 'wrong-passphrase', path },
  'passphrase-needed': { kind: 'passphrase-needed', path },
  'not-encrypted': { kind: 'not-encrypted', path },
  'already-encrypted': { kind: 'already-encrypted', path },
  'in-use': { kind: 'in-use', path },
  exists: { kind: 'exists', path },
  unverified: { kind: 'unverified', path, problem: 'the hash differs' },
};

const shell: OnePerKind<ShellSaid> = {
  'no-register-yet': { kind: 'no-register-yet', path },
  'register-exists': { kind: 'register-exists', path },
  'already-encrypted': { kind: 'already-encrypted' },
  'lock-needs-encryption': { kind: 'lock-needs-encryption' },
  'query-stopped': { kind: 'query-stopped', detail: 'task 7 panicked' },
  'viewer-copy-not-written': { kind: 'viewer-copy-not-written', path: '/run/user/1000/casebook/letter.pdf', detail: 'No space left on device (os error 28)' },
  'viewer-not-opened': { kind: 'viewer-not-opened', path: '/run/user/1000/casebook/letter.pdf', detail: 'xdg-open not found' },
  'not-opened': { kind: 'not-opened', path: '/home/dpo/templates', detail: 'xdg-open not found' },
  'only-letters': { kind: 'only-letters' },
  'no-email-draft': { kind: 'no-email-draft', draft: 3, reference: 'DSR-2026-0007' },
  'no-local-path': { kind: 'no-local-path', detail: 'content://…' },
  'file-not-written': { kind: 'file-not-written', path: '/media/usb/letter.pdf', detail: 'Read-only file system (os error 30)' },
  'file-not-read': { kind: 'file-not-read', file_name: 'holidays.ics', detail: 'Permission denied (os error 13)' },
  'not-serialised': { kind: 'not-serialised', detail: 'key must be a string' },
  'passphrase-empty': { kind: 'passphrase-empty' },
  'import-running': { kind: 'import-running' },
  'export-running': { kind: 'export-running', export: 'evidence' },
  'test-hooks-off': { kind: 'test-hooks-off' },
};

const samples: IpcSaid[] = [
  ...Object.values(documents).map((said): IpcSaid => ({ area: 'documents', said })),
  ...Object.values(data).map((said): IpcSaid => ({ area: 'data', said })),
  ...Object.values(workflow).map((said): IpcSaid => ({ area: 'workflow', said })),
  ...Object.values(register).map((said): IpcSaid => ({ area: 'register', said })),
  ...Object.values(store).map((said): IpcSaid => ({ area: 'store', said })),
  ...Object.values(shell).map((said): IpcSaid => ({ area: 'shell', said })),
];

const name = (s: IpcSaid) => `${s.area}/${s.said.kind}`;

describe('every refusal given as facts', () => {
  it.each(samples.map((s) => [name(s), s] as const))('%s reads as a sentence in en, de and fr', (_, said) => {
    const english = describeErrorSaid(said, locales.en);
    for (const locale of Object.keys(locales) as Locale[]) {
      const text = describeErrorSaid(said, locales[locale]);
      // A sentence: a capital first (or a quoted name), a full stop last.
      expect(text, locale).toMatch(/^[\p{Lu}“„«"].*[.!?]$/su);
      expect(text, locale).not.toMatch(/undefined|null|NaN|\[object/);
      if (locale !== 'en') expect(text, `${locale} is not the English`).not.toBe(english);
    }
  });

  it('words what was not found, and each way a register file is refused', () => {
    const notFound = (thing: RegisterSaid & { kind: 'not-found' }): ErrorSaid => ({ area: 'register', said: thing });
    expect(describeErrorSaid(notFound(register['not-found']), locales.de)).toBe('Der Entwurf „17“ wurde nicht gefunden.');
    expect(describeErrorSaid(notFound({ kind: 'not-found', thing: null, what: 'widget', key: 'w1' }), locales.en)).toBe(
      'No widget “w1” was found.',
    );
    for (const problem of [
      { kind: 'not-a-file' },
      { kind: 'not-text', offset: 3 },
      { kind: 'unreadable', detail: 'Permission denied (os error 13)' },
    ] as const) {
      const said: ErrorSaid = { area: 'register', said: { kind: 'processing-file-refused', file: 'r.json', problem } };
      for (const strings of Object.values(locales)) expect(describeErrorSaid(said, strings)).toMatch(/r\.json.*\S.*\.$/);
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
