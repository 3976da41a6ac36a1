// `WorkflowSaid` in the window's language (see ./index.ts): codes named from
// the locale's tables (rights, statuses, laws, outcomes…), dates and lists
// formatted in its language; references, system ids, names and citations as written.
import type { Strings } from '../../i18n/en';
import { currentLocale, formatTag, intlTag, locales, type Locale } from '../../i18n';
import type { ActionProblem, AnswerProblem, IdentityPending, WorkflowSaid } from '../../ipc';
import { formatDate } from '../format';
import { describeIdentitySaid } from '../identitySaid';

/** The language `t` is the strings of, and the tag its dates and lists are written with. */
function languageOf(t: Strings): { lang: Locale; tag: string } {
  const lang = (Object.keys(locales) as Locale[]).find((l) => locales[l].errorSaid === t.errorSaid) ?? currentLocale();
  return { lang, tag: lang === currentLocale() ? intlTag() : formatTag(lang) };
}

export function describeWorkflow(said: WorkflowSaid, t: Strings): string {
  const s = t.errorSaid.workflow;
  const { lang, tag } = languageOf(t);
  const date = (civil: string) => formatDate(civil, tag);
  const list = (items: string[], type: 'conjunction' | 'disjunction' = 'conjunction') =>
    new Intl.ListFormat(tag, { style: 'long', type }).format(items);
  const right = (r: keyof Strings['right']) => s.quote(t.right[r]);
  const rights = (rs: (keyof Strings['right'])[]) => list(rs.map(right));
  const regime = (r: keyof Strings['regime']) => t.regime[r];
  const status = (x: keyof Strings['status']) => s.quote(t.status[x]);
  const outcome = (o: keyof Strings['rightAnswers']['outcome']) => s.quote(t.rightAnswers.outcome[o]);
  const pending = (p: IdentityPending) =>
    p.kind === 'evidence-awaited' ? s.identityPending.evidenceAwaited(date(p.asked_on)) : s.identityPending.checkFailed;
  const refusalReasons = (rs: (keyof Strings['refusalReason'])[], type: 'conjunction' | 'disjunction') =>
    list(
      rs.map((r) => s.quote(t.refusalReason[r])),
      type,
    );
  const actions = (ds: (keyof Strings['did'])[]) =>
    list(
      ds.map((d) => s.quote(t.did[d])),
      'disjunction',
    );
  const answerProblem = (p: AnswerProblem): string => {
    switch (p.kind) {
      case 'refusal-needs-ground':
        return s.refusalNeedsGround(right(p.right), refusalReasons(p.accepted, 'disjunction'), p.citation);
      case 'ground-not-accepted':
        return s.refusalReasonNotAccepted(
          s.quote(t.refusalReason[p.ground]),
          regime(p.regime),
          refusalReasons(p.accepted, 'conjunction'),
          p.citation,
        );
      case 'ground-only-for-refused':
        return s.groundNotForOutcome(outcome(p.outcome));
      case 'partly-needs-exemption':
        return s.partlyNeedsExemption(right(p.right));
      case 'not-applicable-needs-reason':
        return s.notApplicableNeedsReason(right(p.right));
      case 'detail-not-for-outcome':
        return s.detailNotForOutcome(outcome(p.outcome));
      case 'answered-by-empty':
        return s.answeredByEmpty;
    }
  };
  const actionProblem = (p: ActionProblem): string => {
    switch (p.kind) {
      case 'no-action-for-right':
        return s.noActionForRight(right(p.right));
      case 'action-not-for-right':
        return s.actionNotForRight(s.quote(t.did[p.did]), right(p.right), actions(p.expected));
      case 'kept-needs-ground':
        return s.keptNeedsGround;
      case 'ground-only-for-kept':
        return s.groundOnlyForKept(s.quote(t.did[p.did]));
      case 'rectification-needs-detail':
        return s.rectificationNeedsDetail;
      case 'done-by-empty':
        return s.doneByEmpty;
    }
  };
  switch (said.kind) {
    case 'decision-needs-reasons':
      return s.decisionNeedsReasons;
    case 'complaint-answer-needs-text':
      return s.complaintAnswerNeedsText;
    case 'identity-document-empty':
      return s.identityDocumentEmpty;
    case 'date-before-receipt':
      return s.dateBeforeReceipt(date(said.date), date(said.received));
    case 'clock-stopped':
      return s.clockStopped(said.reference, status(said.status));
    case 'case-finished':
      return s.caseFinished(said.reference, status(said.status));
    case 'step-needs-triage':
    case 'answer-needs-triage':
      return s.needsTriage(said.reference);
    case 'identity-evidence-not-awaited':
      return s.identityEvidenceNotAwaited(said.reference);
    case 'clarification-not-awaited':
      return s.clarificationNotAwaited(said.reference);
    case 'identity-evidence-not-received':
      return s.identityEvidenceNotReceived(said.reference);
    case 'closed-case-needs-reopen':
      return s.closedCaseNeedsReopen(said.reference);
    case 'is-a-complaint':
      return s.isAComplaint(said.reference);
    case 'is-a-request':
      return s.isARequest(said.reference);
    case 'clarification-question-empty':
      return s.clarificationQuestionEmpty;
    case 'fee-amount-empty':
      return s.feeAmountEmpty;
    case 'refusal-text-empty':
      return s.refusalTextEmpty;
    case 'what-was-sent-empty':
      return s.whatWasSentEmpty;
    case 'note-empty':
      return s.noteEmpty;
    case 'not-searched':
      return s.notSearched(said.reference, list(said.systems));
    case 'identity-pending':
      return s.identityPendingOnCase(said.reference, pending(said.pending));
    case 'right-waits-for-identity':
      return s.rightWaitsForIdentity(
        said.reference,
        right(said.right),
        pending(said.pending),
        said.meanwhile.length === 0 ? null : rights(said.meanwhile),
      );
    case 'action-waits-for-identity':
      return s.actionWaitsForIdentity(said.reference, right(said.right), pending(said.pending));
    case 'extension-needs-reason':
      return s.extensionNeedsReason;
    case 'no-extension-in-law':
      return s.noExtensionInLaw(regime(said.regime));
    case 'extension-notice-late':
      return s.extensionNoticeLate(date(said.due_by), date(said.dated));
    case 'extension-already-taken':
      return s.extensionAlreadyTaken;
    case 'already-acknowledged':
      return s.alreadyAcknowledged(said.reference, date(said.on));
    case 'no-fee-allowed':
      return s.noFeeAllowed(regime(said.regime), said.citation);
    case 'fee-ground-not-allowed':
      return s.feeGroundNotAllowed(
        s.quote(t.feeGround[said.ground]),
        regime(said.regime),
        list(
          said.allowed.map((g) => s.quote(t.feeGround[g])),
          'disjunction',
        ),
        said.citation,
      );
    case 'fee-still-unpaid':
      return s.feeStillUnpaid(date(said.asked_on));
    case 'no-fee-awaited':
      return s.noFeeAwaited;
    case 'fee-paid-before-asked':
      return s.feePaidBeforeAsked(date(said.date), date(said.asked_on));
    case 'refusal-reason-not-accepted':
      return s.refusalReasonNotAccepted(
        s.quote(t.refusalReason[said.reason]),
        regime(said.regime),
        refusalReasons(said.accepted, 'conjunction'),
        said.citation,
      );
    case 'subject-needs-relationship':
    case 'new-subject-needs-relationship':
      return s.subjectNeedsRelationship;
    case 'relationship-needs-subject-name':
      return s.relationshipNeedsSubjectName;
    case 'birth-date-needs-subject':
      return s.birthDateNeedsSubject;
    case 'taken-by-not-spoken':
      return s.takenByNotSpoken(s.quote(t.channel[said.channel]));
    case 'empty-subject-name-with-details':
      return s.emptySubjectNameWithDetails;
    case 'no-subject-for-details':
      return s.noSubjectForDetails;
    case 'birth-date-malformed':
      return s.birthDateMalformed(said.text);
    case 'born-after-receipt':
      return s.bornAfterReceipt(date(said.born), date(said.received));
    case 'mine-on-local-register':
      return s.mineOnLocalRegister;
    case 'search-text-empty':
      return s.searchTextEmpty;
    case 'search-text-too-long':
      return s.searchTextTooLong(said.length, said.max);
    case 'search-text-no-word':
      return s.searchTextNoWord(said.text);
    case 'right-not-asked':
      return s.rightNotAsked(said.reference, right(said.right), rights(said.asked));
    case 'rights-unanswered':
      return s.rightsUnanswered(said.reference, rights(said.rights), said.rights.length);
    case 'correction-needs-reason':
      return s.correctionNeedsReason;
    case 'correction-on-closed-case':
      return s.correctionOnClosedCase(said.reference);
    case 'no-answer-to-correct':
      return s.noAnswerToCorrect(said.reference, right(said.right));
    case 'nothing-to-correct':
      return s.nothingToCorrect(said.reference, right(said.right), outcome(said.outcome), date(said.on));
    case 'already-answered':
      return s.alreadyAnswered(said.reference, right(said.right), date(said.on), outcome(said.outcome));
    case 'exemption-not-for-outcome':
      return s.exemptionNotForOutcome(outcome(said.outcome));
    case 'reason-not-for-outcome':
      return s.reasonNotForOutcome(outcome(said.outcome));
    case 'ground-not-for-outcome':
      return s.groundNotForOutcome(outcome(said.outcome));
    case 'answer-incomplete':
      return answerProblem(said.problem);
    case 'nothing-done-for-right':
      return s.nothingDoneForRight(
        said.reference,
        right(said.right),
        outcome(said.outcome),
        actions(said.actions),
      );
    case 'not-refused-for-identity':
      return s.notRefusedForIdentity(right(said.right), t.identitySaid.ground[said.ground]);
    case 'identity-refusal-unsought':
      return s.identityRefusalUnsought(said.reference, right(said.right));
    case 'appeal-not-in-law':
      return s.appealNotInLaw(said.reference, regime(said.regime));
    case 'appeal-without-answer':
      return s.appealWithoutAnswer(said.reference);
    case 'appeal-before-answer':
      return s.appealBeforeAnswer(date(said.on), date(said.answered));
    case 'appeal-already-open':
      return s.appealAlreadyOpen(said.reference);
    case 'no-appeal-awaiting':
      return s.noAppealAwaiting(said.reference);
    case 'decision-before-appeal':
      return s.decisionBeforeAppeal(date(said.on), date(said.appealed));
    case 'complainant-name-empty':
      return s.complainantNameEmpty;
    case 'complaint-before-law':
      return s.complaintBeforeLaw(date(said.received), date(said.in_force_from));
    case 'complaint-before-request':
      return s.complaintBeforeRequest(date(said.received), said.reference, date(said.request_received));
    case 'concerns-unknown-case':
      return s.concernsUnknownCase(said.reference);
    case 'concerns-a-complaint':
      return s.concernsAComplaint(said.reference);
    case 'rationale-empty':
      return s.rationaleEmpty;
    case 'method-none-needs-not-needed':
      return s.methodNoneNeedsNotNeeded(s.quote(t.identityMethod.none), s.quote(t.identityOutcome['not-needed']));
    case 'not-needed-needs-method-none':
      return s.notNeededNeedsMethodNone(s.quote(t.identityOutcome['not-needed']), s.quote(t.identityMethod.none));
    case 'compared-missing':
      return s.comparedMissing;
    case 'other-method-needs-reason':
      return s.otherMethodNeedsReason(
        s.quote(t.identityMethod[said.suggested]),
        said.reasons.map((r) => describeIdentitySaid(r, t, lang)).join('; '),
        s.quote(t.identityMethod[said.method]),
      );
    case 'identity-already-settled':
      return s.identityAlreadySettled(said.reference, said.was === null ? null : s.quote(t.identityOutcome[said.was]));
    case 'action-incomplete':
      return actionProblem(said.problem);
    case 'recipient-empty':
      return s.recipientEmpty;
    case 'nothing-to-notify':
      return s.nothingToNotify(said.reference);
    case 'several-rights-to-notify':
      return s.severalRightsToNotify;
    case 'right-not-notified':
      return s.rightNotNotified(right(said.right));
    case 'recipient-unlisted':
      return s.recipientUnlisted(said.recipient);
  }
}
