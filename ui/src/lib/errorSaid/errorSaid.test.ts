// Every refusal the Rust side gives as facts reads as a sentence in every
// language of the app: one sample per variant (the types require each kind).
import { describe, expect, it } from 'vitest';
import { locales, useLocale, type Locale } from '../../i18n';
import { ApiError, type DataSaid, type DocumentsSaid, type ErrorSaid, type RegisterSaid, type WorkflowSaid } from '../../ipc';
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
