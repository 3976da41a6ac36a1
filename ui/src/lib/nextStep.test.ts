import { describe, expect, it } from 'vitest';
import en from '../i18n/en';
import de from '../i18n/de';
import fr from '../i18n/fr';
import type { NextStep } from '../ipc';
import { describeNextStep } from './nextStep';

// One of each kind of step the Rust side sends (`casebook_core::workflow::NextStep`).
const steps: NextStep[] = [
  { kind: 'triage' },
  { kind: 'close-withdrawn' },
  { kind: 'close-refused' },
  { kind: 'close-response-sent' },
  { kind: 'send-draft', title: 'ACC-7', outcome: 'fulfilled' },
  { kind: 'close-answered', outcome: 'partly-fulfilled' },
  { kind: 'acknowledge', by: '2026-12-01' },
  {
    kind: 'awaiting',
    what: 'identity',
    asked: '2026-11-20',
    days_ago: 9,
    remind_on: '2026-12-04',
    meanwhile: ['unsubscribe'],
  },
  { kind: 'awaiting', what: 'clarification', asked: '2026-11-29', days_ago: 0, remind_on: '2026-12-13', meanwhile: [] },
  { kind: 'awaiting', what: 'fee', asked: '2026-11-28', days_ago: 1, remind_on: '2026-12-12', meanwhile: [] },
  { kind: 'no-answer', what: 'identity', asked: '2026-11-01', days_ago: 28, meanwhile: ['objection', 'erasure'] },
  { kind: 'no-answer', what: 'clarification', asked: '2026-11-01', days_ago: 28, meanwhile: [] },
  { kind: 'no-answer', what: 'fee', asked: '2026-11-01', days_ago: 28, meanwhile: [] },
  { kind: 'check-identity', method: 'registered-email', overdue_days: 3, meanwhile: [] },
  { kind: 'retry-identity', overdue_days: null, meanwhile: ['unsubscribe'] },
  { kind: 'respond', due: '2026-12-02', overdue_days: null, extension_notice_by: '2026-12-02' },
  { kind: 'respond', due: '2026-11-25', overdue_days: 1, extension_notice_by: null },
  { kind: 'respond', due: null, overdue_days: null, extension_notice_by: null },
  { kind: 'send-refusal', title: 'REF-7' },
  { kind: 'decide-appeal', received: '2026-11-25', due: '2026-12-20', overdue_days: null },
  { kind: 'decide-appeal', received: '2026-10-01', due: '2026-11-27', overdue_days: 2 },
  { kind: 'export-package' },
];

const iso = (civil: string) => `<${civil}>`;

describe('the next step in the app language', () => {
  it('says every kind of step, with its dates, in English as the command line does', () => {
    const said = steps.map((s) => describeNextStep(s, en, iso));
    expect(said[6]).toBe('confirm receipt to the requester by <2026-12-01>');
    expect(said[7]).toBe(
      'identity requested 9 days ago, awaiting the answer: remind the requester on <2026-12-04> if none has come; meanwhile answer unsubscribe: it does not wait for identity',
    );
    expect(said[9]).toContain('fee requested 1 day ago');
    expect(said[15]).toBe(
      'send the response by <2026-12-02> (or take the extension and tell the person by <2026-12-02>)',
    );
    expect(said[16]).toBe('overdue by 1 day: send the response by <2026-11-25>');
    expect(said[18]).toBe(
      'refused: send the draft \u201cREF-7\u201d (or discard it), then close the case (outcome: refused)',
    );
    expect(said[19]).toBe(
      'decide the consumer\u2019s appeal received <2026-11-25> by <2026-12-20> and tell them the decision with its reasons',
    );
    expect(said[20]).toBe(
      'overdue by 2 days: decide the consumer\u2019s appeal received <2026-10-01> by <2026-11-27> and tell them the decision with its reasons',
    );
  });

  it('keeps German nouns capitalised inside the sentence, and lowers them in English and French', () => {
    const step: NextStep = { kind: 'check-identity', method: 'registered-email', overdue_days: null, meanwhile: [] };
    expect(describeNextStep(step, de, iso)).toContain(de.identityMethod['registered-email']);
    expect(describeNextStep(step, en, iso)).toContain(en.identityMethod['registered-email'].toLowerCase());
    expect(describeNextStep(step, fr, iso)).toContain(fr.identityMethod['registered-email'].toLowerCase());
  });

  // Words of the English sentences that must not be left in a translation.
  const english = /\b(send|identity|request|requester|close|answer|remind|reminder|overdue|response|fee|days?|ago|today)\b/i;

  for (const [name, strings] of [
    ['German', de],
    ['French', fr],
  ] as const) {
    it(`says every kind of step in ${name}, with every date and no English word`, () => {
      for (const step of steps) {
        const said = describeNextStep(step, strings, iso);
        expect(said, JSON.stringify(step)).not.toMatch(english);
        expect(said).not.toContain('undefined');
        for (const date of Object.values(step).filter((v) => typeof v === 'string' && /^\d{4}-/.test(v))) {
          if (step.kind === 'awaiting' && date === step.asked) continue; // said as "9 days ago"
          if (step.kind === 'no-answer' && date === step.asked) continue;
          expect(said, JSON.stringify(step)).toContain(`<${date}>`);
        }
      }
    });
  }
});
