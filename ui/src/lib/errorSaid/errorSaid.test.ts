// Every refusal the Rust side gives as facts reads as a sentence in every
// language of the app: one sample per variant (the types require each kind).
import { describe, expect, it } from 'vitest';
import { locales, useLocale, type Locale } from '../../i18n';
import { ApiError, type DataSaid, type DocumentsSaid, type ErrorSaid, type RegisterSaid, type WorkflowSaid } from '../../ipc';
import type { ActionProblem, AnswerProblem } from '../../ipc';
import { describeErrorSaid } from '.';

/** One sample of each variant of an area's enum, keyed by its kind. */
type OnePerKind<T extends { kind: string }> = { [K in T['kind']]: Extract<T, { kind: K }> };

const documents: OnePerKind<DocumentsSaid> = {
  'logo-not-a-file': { kind: 'logo-not-a-file', path: '/home/dpo/logo.png' },
};

const data: OnePerKind<DataSaid> = {
  'already-redacted': { kind: 'already-redacted', item: 'crm-17', field: 'phone' },
};

const evidenceAwaited = { kind: 'evidence-awaited', asked_on: '2026-03-02' } as const;

const workflow: OnePerKind<WorkflowSaid> = {
  'identity-document-empty': { kind: 'identity-document-empty' },
  'date-in-future': { kind: 'date-in-future', date: '2026-04-02', today: '2026-03-30' },
  'date-before-receipt': { kind: 'date-before-receipt', date: '2026-02-27', received: '2026-03-01' },
  'received-in-future': { kind: 'received-in-future', received: '2026-04-02', today: '2026-03-30' },
  'clock-stopped': { kind: 'clock-stopped', reference: 'DSR-2026-0007', status: 'withdrawn' },
  'case-finished': { kind: 'case-finished', reference: 'DSR-2026-0007', status: 'refused' },
  'step-needs-triage': { kind: 'step-needs-triage', reference: 'DSR-2026-0007' },
  'answer-needs-triage': { kind: 'answer-needs-triage', reference: 'DSR-2026-0007' },
  'identity-evidence-not-awaited': { kind: 'identity-evidence-not-awaited', reference: 'DSR-2026-0007' },
  'clarification-not-awaited': { kind: 'clarification-not-awaited', reference: 'DSR-2026-0007' },
  'identity-evidence-not-received': { kind: 'identity-evidence-not-received', reference: 'DSR-2026-0007' },
  'case-closed': { kind: 'case-closed', reference: 'DSR-2026-0007' },
  'closed-case-needs-reopen': { kind: 'closed-case-needs-reopen', reference: 'DSR-2026-0007' },
  'is-a-complaint': { kind: 'is-a-complaint', reference: 'DSR-2026-0007' },
  'is-a-request': { kind: 'is-a-request', reference: 'DSR-2026-0007' },
  'clarification-question-empty': { kind: 'clarification-question-empty' },
  'fee-amount-empty': { kind: 'fee-amount-empty' },
  'refusal-text-empty': { kind: 'refusal-text-empty' },
  'what-was-sent-empty': { kind: 'what-was-sent-empty' },
  'note-empty': { kind: 'note-empty' },
  'not-searched': { kind: 'not-searched', reference: 'DSR-2026-0007', systems: ['crm', 'billing'] },
  'identity-pending': { kind: 'identity-pending', reference: 'DSR-2026-0007', pending: evidenceAwaited },
  'right-waits-for-identity': {
    kind: 'right-waits-for-identity',
    reference: 'DSR-2026-0007',
    right: 'access',
    pending: { kind: 'check-failed' },
    meanwhile: ['opt-out-of-sale', 'unsubscribe'],
  },
  'action-waits-for-identity': { kind: 'action-waits-for-identity', reference: 'DSR-2026-0007', right: 'erasure', pending: evidenceAwaited },
  'extension-needs-reason': { kind: 'extension-needs-reason' },
  'no-extension-in-law': { kind: 'no-extension-in-law', regime: 'ccpa' },
  'extension-notice-late': { kind: 'extension-notice-late', due_by: '2026-03-31', dated: '2026-04-02' },
  'extension-already-taken': { kind: 'extension-already-taken' },
  'already-acknowledged': { kind: 'already-acknowledged', reference: 'DSR-2026-0007', on: '2026-03-03' },
  'no-fee-allowed': { kind: 'no-fee-allowed', regime: 'ccpa', citation: 'Cal. Civ. Code §1798.130(a)(2)' },
  'fee-ground-not-allowed': {
    kind: 'fee-ground-not-allowed',
    ground: 'cost-of-access',
    regime: 'uk-gdpr',
    allowed: ['manifestly-unfounded', 'manifestly-excessive', 'further-copies'],
    citation: 'UK GDPR Art. 12(5), 15(3)',
  },
  'fee-still-unpaid': { kind: 'fee-still-unpaid', asked_on: '2026-03-04' },
  'no-fee-awaited': { kind: 'no-fee-awaited' },
  'fee-paid-before-asked': { kind: 'fee-paid-before-asked', date: '2026-03-03', asked_on: '2026-03-04' },
  'refusal-reason-not-accepted': {
    kind: 'refusal-reason-not-accepted',
    reason: 'identity-not-verified',
    regime: 'eu-gdpr',
    accepted: ['manifestly-unfounded', 'manifestly-excessive', 'exemption'],
    citation: 'GDPR Art. 12(5)',
  },
  'requester-name-empty': { kind: 'requester-name-empty' },
  'subject-needs-relationship': { kind: 'subject-needs-relationship' },
  'relationship-needs-subject-name': { kind: 'relationship-needs-subject-name' },
  'birth-date-needs-subject': { kind: 'birth-date-needs-subject' },
  'taken-by-not-spoken': { kind: 'taken-by-not-spoken', channel: 'email' },
  'empty-subject-name-with-details': { kind: 'empty-subject-name-with-details' },
  'new-subject-needs-relationship': { kind: 'new-subject-needs-relationship' },
  'no-subject-for-details': { kind: 'no-subject-for-details' },
  'birth-date-malformed': { kind: 'birth-date-malformed', text: '12/05/2014' },
  'born-after-receipt': { kind: 'born-after-receipt', born: '2026-05-01', received: '2026-03-01' },
  'mine-on-local-register': { kind: 'mine-on-local-register' },
  'search-text-empty': { kind: 'search-text-empty' },
  'search-text-too-long': { kind: 'search-text-too-long', length: 240, max: 200 },
  'search-text-no-word': { kind: 'search-text-no-word', text: '@@' },
  'right-not-asked': { kind: 'right-not-asked', reference: 'DSR-2026-0007', right: 'portability', asked: ['access', 'erasure'] },
  'rights-unanswered': { kind: 'rights-unanswered', reference: 'DSR-2026-0007', rights: ['access', 'erasure'] },
  'correction-needs-reason': { kind: 'correction-needs-reason' },
  'correction-on-closed-case': { kind: 'correction-on-closed-case', reference: 'DSR-2026-0007' },
  'no-answer-to-correct': { kind: 'no-answer-to-correct', reference: 'DSR-2026-0007', right: 'access' },
  'nothing-to-correct': { kind: 'nothing-to-correct', reference: 'DSR-2026-0007', right: 'access', outcome: 'fulfilled', on: '2026-03-20' },
  'already-answered': { kind: 'already-answered', reference: 'DSR-2026-0007', right: 'erasure', on: '2026-03-20', outcome: 'refused' },
  'exemption-not-for-outcome': { kind: 'exemption-not-for-outcome', outcome: 'fulfilled' },
  'reason-not-for-outcome': { kind: 'reason-not-for-outcome', outcome: 'partly' },
  'ground-not-for-outcome': { kind: 'ground-not-for-outcome', outcome: 'no-data' },
  'answer-incomplete': { kind: 'answer-incomplete', problem: { kind: 'answered-by-empty' } },
  'nothing-done-for-right': {
    kind: 'nothing-done-for-right',
    reference: 'DSR-2026-0007',
    right: 'erasure',
    outcome: 'fulfilled',
    actions: ['erased', 'anonymised', 'kept'],
  },
  'not-refused-for-identity': { kind: 'not-refused-for-identity', right: 'unsubscribe', ground: 'unsubscribe' },
  'identity-refusal-unsought': { kind: 'identity-refusal-unsought', reference: 'DSR-2026-0007', right: 'access' },
  'appeal-not-in-law': { kind: 'appeal-not-in-law', reference: 'DSR-2026-0007', regime: 'uk-gdpr' },
  'appeal-without-answer': { kind: 'appeal-without-answer', reference: 'DSR-2026-0007' },
  'appeal-before-answer': { kind: 'appeal-before-answer', on: '2026-03-10', answered: '2026-03-12' },
  'appeal-already-open': { kind: 'appeal-already-open', reference: 'DSR-2026-0007' },
  'no-appeal-awaiting': { kind: 'no-appeal-awaiting', reference: 'DSR-2026-0007' },
  'decision-before-appeal': { kind: 'decision-before-appeal', on: '2026-03-10', appealed: '2026-03-12' },
  'complainant-name-empty': { kind: 'complainant-name-empty' },
  'complaint-before-law': { kind: 'complaint-before-law', received: '2026-06-01', in_force_from: '2026-06-19' },
  'complaint-before-request': {
    kind: 'complaint-before-request',
    received: '2026-07-01',
    reference: 'DSR-2026-0007',
    request_received: '2026-07-03',
  },
  'concerns-unknown-case': { kind: 'concerns-unknown-case', reference: 'DSR-2026-0007' },
  'concerns-a-complaint': { kind: 'concerns-a-complaint', reference: 'DSR-2026-0007' },
  'rationale-empty': { kind: 'rationale-empty' },
  'method-none-needs-not-needed': { kind: 'method-none-needs-not-needed' },
  'not-needed-needs-method-none': { kind: 'not-needed-needs-method-none' },
  'compared-missing': { kind: 'compared-missing' },
  'other-method-needs-reason': {
    kind: 'other-method-needs-reason',
    suggested: 'id-document',
    reasons: [{ kind: 'discloses-by-letter', right: 'access' }],
    method: 'registered-email',
  },
  'identity-already-settled': { kind: 'identity-already-settled', reference: 'DSR-2026-0007', was: 'verified' },
  'action-incomplete': { kind: 'action-incomplete', problem: { kind: 'kept-needs-ground' } },
  'recipient-empty': { kind: 'recipient-empty' },
  'nothing-to-notify': { kind: 'nothing-to-notify', reference: 'DSR-2026-0007' },
  'several-rights-to-notify': { kind: 'several-rights-to-notify' },
  'right-not-notified': { kind: 'right-not-notified', right: 'access' },
  'recipient-unlisted': { kind: 'recipient-unlisted', recipient: 'Acme Mailing Ltd' },
};

/** Core's own problems of an answer and of an action, which the workflow's refusals carry. */
const answerProblems: OnePerKind<AnswerProblem> = {
  'refusal-needs-ground': {
    kind: 'refusal-needs-ground',
    right: 'access',
    accepted: ['manifestly-unfounded', 'exemption'],
    citation: 'UK GDPR Art. 12(5)(b)',
  },
  'ground-not-accepted': {
    kind: 'ground-not-accepted',
    ground: 'manifestly-unfounded',
    regime: 'pipeda',
    accepted: ['exemption', 'identity-not-verified'],
    citation: 'PIPEDA s.9',
  },
  'ground-only-for-refused': { kind: 'ground-only-for-refused', outcome: 'fulfilled' },
  'partly-needs-exemption': { kind: 'partly-needs-exemption', right: 'access' },
  'not-applicable-needs-reason': { kind: 'not-applicable-needs-reason', right: 'portability' },
  'detail-not-for-outcome': { kind: 'detail-not-for-outcome', outcome: 'no-data' },
  'answered-by-empty': { kind: 'answered-by-empty' },
};

const actionProblems: OnePerKind<ActionProblem> = {
  'no-action-for-right': { kind: 'no-action-for-right', right: 'access' },
  'action-not-for-right': { kind: 'action-not-for-right', did: 'erased', right: 'restriction', expected: ['restricted'] },
  'kept-needs-ground': { kind: 'kept-needs-ground' },
  'ground-only-for-kept': { kind: 'ground-only-for-kept', did: 'erased' },
  'rectification-needs-detail': { kind: 'rectification-needs-detail' },
  'done-by-empty': { kind: 'done-by-empty' },
};

const register: OnePerKind<RegisterSaid> = {
  'closed-case-unchangeable': { kind: 'closed-case-unchangeable', reference: 'DSR-2026-0007' },
  'reopen-needs-reason': { kind: 'reopen-needs-reason' },
};

const samples: ErrorSaid[] = [
  ...Object.values(documents).map((said): ErrorSaid => ({ area: 'documents', said })),
  ...Object.values(data).map((said): ErrorSaid => ({ area: 'data', said })),
  ...Object.values(workflow).map((said): ErrorSaid => ({ area: 'workflow', said })),
  ...Object.values(answerProblems).map(
    (problem): ErrorSaid => ({ area: 'workflow', said: { kind: 'answer-incomplete', problem } }),
  ),
  ...Object.values(actionProblems).map(
    (problem): ErrorSaid => ({ area: 'workflow', said: { kind: 'action-incomplete', problem } }),
  ),
  ...Object.values(register).map((said): ErrorSaid => ({ area: 'register', said })),
];

const name = (s: ErrorSaid) => `${s.area}/${s.said.kind}` + ('problem' in s.said ? `/${s.said.problem.kind}` : '');

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
