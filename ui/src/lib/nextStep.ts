// The case page's next step in the app's language, from the facts the Rust
// side gives (`NextStep`), not from its English sentence (`NextAction.text`,
// the command line's).
import type { Strings } from '../i18n/en';
import type { NextStep, Right } from '../ipc';

/** The sentence for `step` in `t`'s language; `date` formats a civil date. Labels
 *  (rights, methods, outcomes) are passed as the locale writes them: each
 *  language decides their case inside a sentence (German keeps its nouns capitalised). */
export function describeNextStep(step: NextStep, t: Strings, date: (civil: string) => string): string {
  const s = t.nextStep;
  const rights = (step: { meanwhile: Right[] }) =>
    step.meanwhile.length > 0 ? s.meanwhile(step.meanwhile.map((r) => t.right[r])) : '';
  const overdue = (days: number | null) => (days === null ? '' : s.overdue(days));
  const outcome = (o: keyof Strings['outcome']) => t.outcome[o];
  switch (step.kind) {
    case 'triage':
      return s.triage;
    case 'close-withdrawn':
      return s.closeWithdrawn;
    case 'close-refused':
      return s.closeRefused;
    case 'send-refusal':
      return s.sendRefusal(step.title);
    case 'export-package':
      return s.exportPackage;
    case 'decide-appeal':
      return overdue(step.overdue_days) + s.decideAppeal(date(step.received), step.due ? date(step.due) : null);
    case 'close-response-sent':
      return s.closeResponseSent;
    case 'send-draft':
      return s.sendDraft(step.title, outcome(step.outcome));
    case 'close-answered':
      return s.closeAnswered(outcome(step.outcome));
    case 'acknowledge':
      return s.acknowledge(date(step.by));
    case 'awaiting':
      return s.awaiting[step.what](s.ago(step.days_ago), date(step.remind_on)) + rights(step);
    case 'no-answer':
      return s.noAnswer[step.what](s.ago(step.days_ago)) + rights(step);
    case 'check-identity':
      return overdue(step.overdue_days) + s.checkIdentity(t.identityMethod[step.method]) + rights(step);
    case 'retry-identity':
      return overdue(step.overdue_days) + s.retryIdentity + rights(step);
    case 'respond':
      return (
        overdue(step.overdue_days) +
        (step.due ? s.respondBy(date(step.due)) : s.respond) +
        (step.extension_notice_by ? s.orExtend(date(step.extension_notice_by)) : '')
      );
  }
}
