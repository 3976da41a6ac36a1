// Every refusal the Rust side gives as facts reads as a sentence in every
// language of the app: one sample per variant (the types require each kind).
import { describe, expect, it } from 'vitest';
import { locales, useLocale, type Locale } from '../../i18n';
import {
  ApiError,
  type DataSaid,
  type DocumentsSaid,
  type ActionProblem,
  type AnswerProblem,
  type CloseError,
  type ErrorSaid,
  type ExportProblem,
  type IpcSaid,
  type JsonKind,
  type JsonProblem,
  type MissingFact,
  type NameError,
  type RecordAt,
  type RegisterSaid,
  type RightAnswer,
  type ShellSaid,
  type StatusByHand,
  type StoreSaid,
  type TemplateProblem,
  type NoEml,
  type WorkflowSaid,
} from '../../ipc';
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
  'letter-not-made': { kind: 'letter-not-made', detail: 'cannot parse font DejaVuSans.ttf' },
  'no-letter-template': { kind: 'no-letter-template', language: 'sv', letter: 'refusal', available: ['en', 'de', 'fr'] },
  'logo-not-an-image': { kind: 'logo-not-an-image', detail: 'unsupported image format' },
  'letter-template-refused': {
    kind: 'letter-template-refused',
    name: 'de/refusal.txt',
    problem: { kind: 'engine', line: 4, detail: 'syntax error: unexpected end of input, expected end of block (in de/refusal.txt:4)' },
  },
  'letter-needs': { kind: 'letter-needs', fact: { kind: 'refusal-reason' } },
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
  'eml-not-made': { kind: 'eml-not-made', why: { kind: 'no-dpo-email' } },
  'eml-no-dpo-email': { kind: 'eml-no-dpo-email' },
  'eml-no-requester-email': { kind: 'eml-no-requester-email', reference: 'DSR-2026-0007' },
  'recipients-not-recorded': { kind: 'recipients-not-recorded', letter: 'erasure-confirmation', reference: 'DSR-2026-0007' },
  'fonts-folder-unreadable': { kind: 'fonts-folder-unreadable', path: '/srv/casebook/fonts', detail: io },
  'font-unreadable': { kind: 'font-unreadable', path: '/srv/casebook/fonts/Noto.ttf', detail: io },
  'unknown-channel': { kind: 'unknown-channel', input: 'pigeon' },
  'invalid-draft': { kind: 'invalid-draft', input: 'first' },
  'draft-already-sent': { kind: 'draft-already-sent', draft: 3, reference: 'DSR-2026-0007', correspondence: 12 },
  'draft-discarded': { kind: 'draft-discarded', draft: 3, reference: 'DSR-2026-0007' },
  'sent-before-draft': { kind: 'sent-before-draft', date: '2026-03-01', draft: 3, letter_date: '2026-03-02' },
  'draft-no-longer-made': {
    kind: 'draft-no-longer-made',
    draft: 3,
    reference: 'DSR-2026-0007',
    detail: 'the appeal-decision letter states the recorded decision, and case DSR-2026-0007 has none',
    because: { area: 'documents', said: { kind: 'appeal-decision-not-recorded', reference: 'DSR-2026-0007' } },
  },
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
  'no-template-in-language': { kind: 'no-template-in-language', language: 'sv', file: 'refusal', shipped: ['en', 'de'] },
  'no-built-in-to-go-back-to-in-register': { kind: 'no-built-in-to-go-back-to-in-register', language: 'sv', file: 'refusal' },
  'file-unreadable': { kind: 'file-unreadable', path: '/srv/casebook/templates/de/refusal.txt', detail: io },
  'template-too-large': { kind: 'template-too-large', template: 'de/refusal.txt', kib: 300, max_kib: 256 },
  'export-beside-other-template': {
    kind: 'export-beside-other-template',
    register: '/home/dpo/offline/offline.db',
    path: '/home/dpo/offline/templates/en/no-data.txt',
  },
  'own-template-refused': {
    kind: 'own-template-refused',
    name: 'de/refusal.txt',
    problem: { kind: 'engine', line: 3, detail: 'unknown filter "dat" (in de/refusal.txt:3)' },
    bare_case: true,
  },
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
  'postmark-after-receipt': { kind: 'postmark-after-receipt', postmark: '2026-03-04', received: '2026-03-03' },
};

const pkg = '/home/dpo/DSR-2026-0007.zip';
const data: OnePerKind<DataSaid> = {
  'already-redacted': { kind: 'already-redacted', item: 'crm-17', field: 'phone' },
  'categories-invalid': { kind: 'categories-invalid', reason: { kind: 'repeated-category', category: 'contact' } },
  'data-file-unreadable': { kind: 'data-file-unreadable', name: '/tmp/crm.csv', detail: io },
  'data-not-a-file': { kind: 'data-not-a-file', name: '/tmp/exports' },
  'data-file-too-large': { kind: 'data-file-too-large', name: '/tmp/crm.csv', mib: 1200, limit_mib: 1024 },
  'data-file-not-opened': { kind: 'data-file-not-opened', name: '/tmp/crm.csv', detail: io },
  'data-file-start-invalid': { kind: 'data-file-start-invalid', name: '/tmp/crm.csv', problem: { kind: 'utf16' } },
  'data-file-empty': { kind: 'data-file-empty', name: '/tmp/crm.csv' },
  'data-file-format-unknown': { kind: 'data-file-format-unknown', name: '/tmp/crm.txt' },
  'no-identifiers-to-match': { kind: 'no-identifiers-to-match', reference: 'DSR-2026-0007' },
  'data-file-unreadable-records': {
    kind: 'data-file-unreadable-records',
    name: '/tmp/crm.csv',
    problem: { kind: 'quote-never-closed', line: 4 },
  },
  'data-record-not-stored': {
    kind: 'data-record-not-stored',
    name: '/tmp/crm.csv',
    at: { kind: 'line', line: 1204, record: 1203 },
    store: { kind: 'database', detail: 'disk I/O error' },
    detail: 'database error: disk I/O error',
  },
  'data-file-no-records': { kind: 'data-file-no-records', name: '/tmp/crm.csv' },
  'no-record-matched': { kind: 'no-record-matched', name: '/tmp/crm.csv', identifiers: 'email anna@example.org', records: 1250 },
  'exemption-needs-article': { kind: 'exemption-needs-article' },
  'article-only-for-exemption': { kind: 'article-only-for-exemption' },
  'redaction-needs-note': { kind: 'redaction-needs-note' },
  'invalid-item': { kind: 'invalid-item', item: 'row-4' },
  'item-has-no-field': { kind: 'item-has-no-field', item: '17', field: 'fax', fields: ['email', 'phone'] },
  'evidence-pack-not-written': { kind: 'evidence-pack-not-written', path: '/mnt/ro/evidence.pdf', detail: io },
  'evidence-pack-not-made': { kind: 'evidence-pack-not-made', detail: 'font has no glyph for U+1F600' },
  'retention-days-not-a-number': { kind: 'retention-days-not-a-number', input: 'thirty' },
  'retention-period-invalid': {
    kind: 'retention-period-invalid',
    outcome: 'refused',
    problem: { kind: 'not-a-period', input: 'soon' },
  },
  'retention-days-too-many': { kind: 'retention-days-too-many', days: 4000, max: 3650 },
  'retention-outcome-unknown': { kind: 'retention-outcome-unknown', input: 'done', detail: "unknown outcome 'done'" },
  'retention-months-invalid': {
    kind: 'retention-months-invalid',
    months: 0,
    problem: { kind: 'out-of-range', input: '0m', max_years: 50 },
  },
  'passphrase-too-short': { kind: 'passphrase-too-short', chars: 5, min: 8 },
  'lock-minutes-too-many': { kind: 'lock-minutes-too-many', minutes: 600, max: 480 },
  'not-encrypted': { kind: 'not-encrypted', path: '/home/dpo/casebook.db' },
  'passphrase-unchanged': { kind: 'passphrase-unchanged' },
  'backup-file-exists': { kind: 'backup-file-exists', path: '/home/dpo/backup.db' },
  'backup-not-recorded': { kind: 'backup-not-recorded', path: '/home/dpo/backup.db', detail: 'database is locked' },
  'reminder-days-too-many': { kind: 'reminder-days-too-many', days: 400, max: 365 },
  'already-encrypted': { kind: 'already-encrypted', path: '/home/dpo/casebook.db' },
  'restore-target-exists': { kind: 'restore-target-exists', path: '/home/dpo/casebook.db' },
  'package-not-written': { kind: 'package-not-written', what: 'data/crm.csv', detail: io },
  'package-target-invalid': { kind: 'package-target-invalid', path: '/home/dpo/package.tar' },
  'package-folder-missing': { kind: 'package-folder-missing', path: '/mnt/usb/p.zip', folder: '/mnt/usb' },
  'package-target-exists': { kind: 'package-target-exists', path: pkg },
  'package-password-too-short': { kind: 'package-password-too-short', min: 10 },
  'package-no-records': { kind: 'package-no-records', reference: 'DSR-2026-0007' },
  'package-not-moved': { kind: 'package-not-moved', path: pkg, detail: io, sha256: 'ab12cd34' },
  'package-language-invalid': { kind: 'package-language-invalid', detail: "invalid language 'deu'" },
  'package-report-not-made': { kind: 'package-report-not-made', detail: 'font has no glyph for U+1F600' },
  'package-unreadable': { kind: 'package-unreadable', name: pkg, detail: io },
  'package-entry-unreadable': { kind: 'package-entry-unreadable', name: pkg, entry: 'data/crm.csv', detail: io },
  'package-name-not-text': { kind: 'package-name-not-text', name: '/home/dpo/unpacked', file_name: '"caf\\xE9.csv"' },
  'package-symlink': { kind: 'package-symlink', name: '/home/dpo/unpacked', entry: 'data/link' },
  'package-too-many-files': { kind: 'package-too-many-files', name: '/home/dpo/unpacked', max: 100000 },
  'package-not-regular-file': { kind: 'package-not-regular-file', name: '/home/dpo/unpacked', entry: 'data/fifo' },
  'package-password-needed': { kind: 'package-password-needed', name: pkg },
  'package-wrong-password': { kind: 'package-wrong-password', name: pkg },
  'package-entry-invalid': { kind: 'package-entry-invalid', name: pkg, entry: 'report.pdf', detail: 'invalid Zip archive: bad CRC' },
  'package-not-opened': { kind: 'package-not-opened', name: pkg, detail: io },
  'package-not-zip': { kind: 'package-not-zip', name: pkg, detail: 'invalid Zip archive: Could not find EOCD' },
  'zip-too-many-entries': { kind: 'zip-too-many-entries', name: pkg, entries: 100002, max: 100000 },
  'zip-duplicate-names': { kind: 'zip-duplicate-names', name: pkg },
  'zip-entry-unreadable': { kind: 'zip-entry-unreadable', name: pkg, index: 3, detail: 'invalid Zip archive: bad header' },
  'zip-entry-name-not-text': { kind: 'zip-entry-name-not-text', name: pkg, index: 3 },
  'zip-entry-unsafe-path': { kind: 'zip-entry-unsafe-path', name: pkg, entry: '../etc/passwd', why: 'leaves-folder' },
  'zip-entry-symlink': { kind: 'zip-entry-symlink', name: pkg, entry: 'data/link' },
  'manifest-missing': { kind: 'manifest-missing', name: pkg },
  'manifest-too-large': { kind: 'manifest-too-large', name: pkg, bytes: 20971520, max_mb: 10 },
  'manifest-unreadable': { kind: 'manifest-unreadable', name: pkg, detail: io },
  'manifest-over-limit': { kind: 'manifest-over-limit', name: pkg, max_mb: 10 },
  'manifest-invalid': { kind: 'manifest-invalid', name: pkg, detail: 'missing field `files` at line 1 column 2' },
};

const evidenceAwaited = { kind: 'evidence-awaited', asked_on: '2026-03-02' } as const;

const workflow: OnePerKind<WorkflowSaid> = {
  'decision-needs-reasons': { kind: 'decision-needs-reasons' },
  'complaint-answer-needs-text': { kind: 'complaint-answer-needs-text' },
  'identity-document-empty': { kind: 'identity-document-empty' },
  'date-before-receipt': { kind: 'date-before-receipt', date: '2026-02-27', received: '2026-03-01' },
  'clock-stopped': { kind: 'clock-stopped', reference: 'DSR-2026-0007', status: 'withdrawn' },
  'case-finished': { kind: 'case-finished', reference: 'DSR-2026-0007', status: 'refused' },
  'step-needs-triage': { kind: 'step-needs-triage', reference: 'DSR-2026-0007' },
  'answer-needs-triage': { kind: 'answer-needs-triage', reference: 'DSR-2026-0007' },
  'identity-evidence-not-awaited': { kind: 'identity-evidence-not-awaited', reference: 'DSR-2026-0007' },
  'clarification-not-awaited': { kind: 'clarification-not-awaited', reference: 'DSR-2026-0007' },
  'identity-evidence-not-received': { kind: 'identity-evidence-not-received', reference: 'DSR-2026-0007' },
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

/** Core's rules for closing a case and for setting a status by hand, which the register's refusals carry. */
const closeProblems: OnePerKind<CloseError> = {
  'no-response': { kind: 'no-response', outcome: 'partly-fulfilled' },
  'no-refusal': { kind: 'no-refusal' },
  'identity-never-sought': { kind: 'identity-never-sought' },
  mismatch: { kind: 'mismatch', outcome: 'withdrawn', status: 'response-sent' },
};
/** Why a template does not make a letter, each carried by a letter's refusal. */
const templateProblems: OnePerKind<TemplateProblem> = {
  engine: { kind: 'engine', line: null, detail: 'syntax error: unexpected end of input' },
  'too-long': { kind: 'too-long', kib: 300, max_kib: 256 },
  'no-title': { kind: 'no-title' },
};

/** Why a letter has no email draft, each carried by a refusal of one. */
const noEmls: OnePerKind<NoEml> = {
  'no-dpo-email': { kind: 'no-dpo-email' },
  'no-requester-email': { kind: 'no-requester-email', reference: 'DSR-2026-0007' },
  'not-written': { kind: 'not-written', detail: 'invalid header' },
};

/** casebook-intake's reasons a system's export does not read, each carried by a data file's refusal. */
const exportProblems: OnePerKind<ExportProblem> = {
  'cannot-open': { kind: 'cannot-open', detail: io },
  'cannot-read': { kind: 'cannot-read', line: 1200, detail: 'Input/output error (os error 5)' },
  utf16: { kind: 'utf16' },
  'quote-never-closed': { kind: 'quote-never-closed', line: 3 },
  'csv-not-utf8': { kind: 'csv-not-utf8', line: 3, field: 2 },
  'field-count': { kind: 'field-count', line: 3, fields: 1, header: 2 },
  csv: { kind: 'csv', line: null, detail: 'CSV error: record 2 (line: 3, byte: 12): found record with 1 fields' },
  'csv-no-header': { kind: 'csv-no-header' },
  'header-too-wide': { kind: 'header-too-wide', columns: 1200, max: 1000 },
  'header-column-unnamed': { kind: 'header-column-unnamed', column: 2 },
  'header-column-twice': { kind: 'header-column-twice', column: 'email' },
  'csv-field-too-long': { kind: 'csv-field-too-long', line: 2, record: 1, field: 'notes', mib: 1 },
  json: {
    kind: 'json',
    at: { line: 2, column: 3 },
    problem: { kind: 'not-an-object', record: 2, found: 'number' },
  },
  'xlsx-not-zip': { kind: 'xlsx-not-zip', detail: 'invalid Zip archive: Could not find central directory end' },
  'xlsx-part-unreadable': { kind: 'xlsx-part-unreadable', part: 3, detail: 'invalid Zip archive' },
  'xlsx-part-too-packed': { kind: 'xlsx-part-too-packed', part: 'xl/worksheets/sheet1.xml', ratio: 4000, mib: 900 },
  'xlsx-too-large': { kind: 'xlsx-too-large', mib: 2048, max_mib: 1024 },
  'xlsx-unreadable': { kind: 'xlsx-unreadable', detail: 'Cannot find workbook.xml' },
  'xlsx-no-worksheet': { kind: 'xlsx-no-worksheet' },
  'xlsx-many-worksheets': { kind: 'xlsx-many-worksheets', sheets: ['Customers', 'Orders'] },
  'worksheet-unreadable': { kind: 'worksheet-unreadable', sheet: 'Customers', detail: 'Xml error: ill-formed document' },
  'row-header-too-wide': { kind: 'row-header-too-wide', row: 1, max: 1000 },
  'row-column-twice': { kind: 'row-column-twice', row: 1, column: 'email' },
  'cell-not-finite': { kind: 'cell-not-finite', cell: 'B7' },
  'cell-date-invalid': { kind: 'cell-date-invalid', cell: 'B7' },
  'cell-error': { kind: 'cell-error', cell: 'B7', error: '#DIV/0!' },
  'cell-without-column': { kind: 'cell-without-column', cell: 'F2' },
  'cell-too-long': { kind: 'cell-too-long', cell: 'B7', mib: 1 },
  'worksheet-empty': { kind: 'worksheet-empty' },
};

const jsonKinds: JsonKind[] = ['null', 'boolean', 'number', 'string', 'array'];
const jsonProblems: OnePerKind<JsonProblem> = {
  'not-an-object': { kind: 'not-an-object', record: 2, found: 'string' },
  'too-many-fields': { kind: 'too-many-fields', record: 2, fields: 1200, max: 1000 },
  'field-too-long': { kind: 'field-too-long', record: 2, field: 'notes', mib: 1 },
  'empty-field-name': { kind: 'empty-field-name', record: 2 },
  'too-many-names': { kind: 'too-many-names', record: 1000, max: 1000 },
  'not-utf8': { kind: 'not-utf8', detail: 'invalid unicode code point' },
  parser: { kind: 'parser', detail: 'expected `,` or `]`' },
};

const recordsAt: OnePerKind<RecordAt> = {
  line: { kind: 'line', line: 3, record: 2 },
  row: { kind: 'row', row: 3, record: 2 },
  element: { kind: 'element', record: 2, at: { line: 4, column: 1 } },
};

const statusProblems: OnePerKind<StatusByHand> = {
  'not-from': { kind: 'not-from', from: 'awaiting-identity', to: 'in-progress' },
  'set-by-its-step': { kind: 'set-by-its-step', status: 'awaiting-clarification' },
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
  'date-in-future': { kind: 'date-in-future', date: '2026-04-02', today: '2026-03-30' },
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
  'close-not-allowed': { kind: 'close-not-allowed', reference: 'DSR-2026-0007', problem: { kind: 'no-refusal' } },
  'status-not-by-hand': {
    kind: 'status-not-by-hand',
    reference: 'DSR-2026-0007',
    problem: { kind: 'set-by-its-step', status: 'refused' },
  },
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
  'no-register-yet': { kind: 'no-register-yet', path: '/home/dpo/casebook.db' },
  'register-location-empty': { kind: 'register-location-empty' },
  'register-path-not-full': { kind: 'register-path-not-full', path: 'casebook.db' },
  'register-exists': { kind: 'register-exists', path: '/home/dpo/casebook.db' },
  'already-encrypted': { kind: 'already-encrypted' },
  'lock-needs-encryption': { kind: 'lock-needs-encryption' },
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

/** One sample of each fact a letter can need (each a `letter-needs` refusal). */
const needs: OnePerKind<MissingFact> = {
  'identity-request': { kind: 'identity-request' },
  'clarification-question': { kind: 'clarification-question' },
  extension: { kind: 'extension' },
  fee: { kind: 'fee' },
  'refusal-reason': { kind: 'refusal-reason' },
  'complaint-answer': { kind: 'complaint-answer' },
  'appeal-decision': { kind: 'appeal-decision' },
  'erasure-done': { kind: 'erasure-done' },
  'rectification-done': { kind: 'rectification-done' },
  'right-not-asked': {
    kind: 'right-not-asked',
    letter: 'account-deactivation-confirmation',
    right: 'deactivate-account',
    reference: 'DSR-2026-0007',
    rights: ['access', 'erasure'],
  },
  'actions-done': {
    kind: 'actions-done',
    letter: 'restriction-confirmation',
    done: ['restricted'],
    rights: ['restriction'],
    reference: 'DSR-2026-0007',
  },
  'verification-process': { kind: 'verification-process', provision: '11 CCR §7021(a)', language: 'es', recorded: ['en'] },
  'processing-record': { kind: 'processing-record', absent: ['retention', 'transfers'] },
  'no-fee-in-law': { kind: 'no-fee-in-law', regime: 'lgpd', provision: 'LGPD Art. 18 §5: requests are free of charge' },
  'no-extension-in-law': { kind: 'no-extension-in-law', regime: 'au-app' },
};

const samples: IpcSaid[] = [
  ...Object.values(needs).map((fact): IpcSaid => ({ area: 'documents', said: { kind: 'letter-needs', fact } })),
  ...Object.values(documents).map((said): IpcSaid => ({ area: 'documents', said })),
  ...Object.values(data).map((said): IpcSaid => ({ area: 'data', said })),
  ...Object.values(workflow).map((said): IpcSaid => ({ area: 'workflow', said })),
  ...Object.values(answerProblems).map(
    (problem): IpcSaid => ({ area: 'workflow', said: { kind: 'answer-incomplete', problem } }),
  ),
  ...Object.values(actionProblems).map(
    (problem): IpcSaid => ({ area: 'workflow', said: { kind: 'action-incomplete', problem } }),
  ),
  ...Object.values(templateProblems).map(
    (problem): IpcSaid => ({ area: 'documents', said: { kind: 'letter-template-refused', name: 'en/refusal.txt', problem } }),
  ),
  ...Object.values(noEmls).map((why): IpcSaid => ({ area: 'documents', said: { kind: 'eml-not-made', why } })),
  ...Object.values(exportProblems).map(
    (problem): IpcSaid => ({ area: 'data', said: { kind: 'data-file-unreadable-records', name: '/tmp/crm.csv', problem } }),
  ),
  ...[...Object.values(jsonProblems), ...jsonKinds.map((found): JsonProblem => ({ kind: 'not-an-object', record: 3, found }))].flatMap(
    (problem): IpcSaid[] =>
      [{ line: 2, column: 3 }, null].map((at) => ({
        area: 'data',
        said: { kind: 'data-file-unreadable-records', name: '/tmp/crm.json', problem: { kind: 'json', at, problem } },
      })),
  ),
  ...Object.values(recordsAt).flatMap((at): IpcSaid[] => [
    { area: 'data', said: { ...data['data-record-not-stored'], at } },
    { area: 'data', said: { ...data['data-record-not-stored'], at, store: null } },
  ]),
  ...Object.values(register).map((said): IpcSaid => ({ area: 'register', said })),
  ...Object.values(closeProblems).map(
    (problem): IpcSaid => ({ area: 'register', said: { kind: 'close-not-allowed', reference: 'DSR-2026-0008', problem } }),
  ),
  ...Object.values(statusProblems).map(
    (problem): IpcSaid => ({ area: 'register', said: { kind: 'status-not-by-hand', reference: 'DSR-2026-0008', problem } }),
  ),
  ...Object.values(store).map((said): IpcSaid => ({ area: 'store', said })),
  ...Object.values(shell).map((said): IpcSaid => ({ area: 'shell', said })),
];

/** A nested fact's kind and its own nested facts' (a JSON file's problem, where it stood, where a record is). */
const nested = (o: object): string =>
  Object.entries(o)
    .filter(([, v]) => typeof v === 'object' && v !== null && !Array.isArray(v))
    .map(([key, v]) => `/${'kind' in v ? v.kind : key}${nested(v)}`)
    .join('');

const name = (s: IpcSaid) => `${s.area}/${s.said.kind}${nested(s.said)}`;

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

  it('words why a draft can no longer be made in the window’s language, or keeps the English when no facts came', () => {
    const because: ErrorSaid = { area: 'documents', said: documents['draft-no-longer-made'] };
    const de = describeErrorSaid(because, locales.de);
    expect(de).toContain('Erfassen Sie zuerst die Entscheidung und ihren Text.');
    expect(de).not.toContain('appeal-decision');
    const english: ErrorSaid = { area: 'documents', said: { ...documents['draft-no-longer-made'], because: null } };
    expect(describeErrorSaid(english, locales.de)).toContain('(the appeal-decision letter states the recorded decision');
  });

  it('words why a system’s export does not read: the place as facts, another program’s words as written', () => {
    useLocale('de'); // numbers as a German window writes them
    try {
      const unreadable = (problem: ExportProblem): ErrorSaid => ({
        area: 'data',
        said: { kind: 'data-file-unreadable-records', name: '/tmp/crm.csv', problem },
      });
      expect(describeErrorSaid(unreadable({ kind: 'quote-never-closed', line: 1204 }), locales.de)).toBe(
        'Die Datei „/tmp/crm.csv“ kann nicht gelesen werden: ein in Zeile 1.204 begonnenes Feld in Anführungszeichen wird nie geschlossen (ein fehlendes Anführungszeichen); es wurde nichts importiert.',
      );
      const json = unreadable(exportProblems.json);
      expect(describeErrorSaid(json, locales.fr)).toContain('l’enregistrement 2 est un nombre, pas un objet (à la ligne 2, colonne 3)');
      const parser = unreadable({ kind: 'json', at: null, problem: jsonProblems.parser });
      for (const strings of Object.values(locales)) expect(describeErrorSaid(parser, strings)).toContain('expected `,` or `]`');
      const stored: ErrorSaid = { area: 'data', said: data['data-record-not-stored'] };
      expect(describeErrorSaid(stored, locales.de)).toBe(
        'Die Datei „/tmp/crm.csv“ wurde nicht importiert: der Datensatz in Zeile 1.204 (Datensatz 1.203) konnte nicht gespeichert werden. Die Datenbank meldet einen Fehler: disk I/O error. Es wurde nichts importiert.',
      );
      const english: ErrorSaid = { area: 'data', said: { ...data['data-record-not-stored'], store: null } };
      expect(describeErrorSaid(english, locales.fr)).toContain('Le registre indique : database error: disk I/O error.');
    } finally {
      useLocale('en');
    }
  });

  it('passes names and references through as written', () => {
    const said: ErrorSaid = { area: 'register', said: register['closed-case-unchangeable'] };
    for (const strings of Object.values(locales)) expect(describeErrorSaid(said, strings)).toContain('DSR-2026-0007');
  });
});

describe('core’s refusals inside a refusal', () => {
  it('words every reason an import’s data categories are refused, in every language', () => {
    const reasons: OnePerKind<NameError> = {
      'bad-slug': { kind: 'bad-slug', what: 'data category', input: 'Contact Details' },
      'no-category': { kind: 'no-category' },
      'repeated-category': { kind: 'repeated-category', category: 'contact' },
    };
    for (const reason of Object.values(reasons)) {
      const said: ErrorSaid = { area: 'data', said: { kind: 'categories-invalid', reason } };
      const english = describeErrorSaid(said, locales.en);
      for (const locale of Object.keys(locales) as Locale[]) {
        const text = describeErrorSaid(said, locales[locale]);
        expect(text, `${reason.kind} in ${locale}`).toMatch(/^\p{Lu}.*[.!?]$/su);
        expect(text, `${reason.kind} in ${locale}`).not.toMatch(/--categories|undefined/);
        if (locale !== 'en') expect(text, `${reason.kind} in ${locale}`).not.toBe(english);
      }
    }
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
