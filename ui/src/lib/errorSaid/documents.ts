// `DocumentsSaid` in the window's language (see ./index.ts): rights, outcomes
// and letter kinds by the app's words, dates by format.ts.
import type { Strings } from '../../i18n/en';
import type { Did, DocumentsSaid, MissingFact, NoEml, Right, RightAnswer, TemplateFault, TemplateProblem } from '../../ipc';
import { formatDate, formatLanguage, formatNumber } from '../format';
import { describeErrorSaid } from '.';

export function describeDocuments(said: DocumentsSaid, t: Strings): string {
  const s = t.errorSaid.documents;
  const rights = (list: Right[], sep = ', ') => list.map((r) => t.right[r]).join(sep);
  const answered = (a: RightAnswer) =>
    s.answered(
      t.right[a.right],
      t.rightAnswers.outcome[a.outcome],
      a.ground ? t.refusalReason[a.ground] : (a.detail ?? null),
      formatDate(a.on),
    );
  switch (said.kind) {
    case 'logo-not-a-file':
      return s.logoNotAFile(said.path);
    case 'logo-unreadable':
      return s.logoUnreadable(said.path, said.detail);
    case 'letter-not-made':
      return s.letterNotMade(said.detail);
    case 'no-letter-template':
      return s.noLetterTemplate(
        formatLanguage(said.language),
        s.letter[said.letter],
        said.available.map((code) => formatLanguage(code)).join(', '),
      );
    case 'logo-not-an-image':
      return s.logoNotAnImage(said.detail);
    case 'letter-template-refused':
      return s.letterTemplateRefused(said.name, templateProblem(said.problem, t));
    case 'own-template-refused':
      return s.ownTemplateRefused(said.name, templateProblem(said.problem, t), said.bare_case);
    case 'template-too-large':
      return s.templateTooLarge(said.template, said.kib, said.max_kib);
    case 'export-beside-other-template':
      return s.exportBesideOtherTemplate(said.register, said.path);
    case 'letter-needs':
      return describeNeeds(said.fact, t);
    case 'letter-does-not-fit-case':
      return s.letterDoesNotFitCase(s.letter[said.letter], said.reference, said.complaint);
    case 'letter-answers-other-rights':
      return s.letterAnswersOtherRights(
        s.letter[said.letter],
        rights(said.answers, ' / '),
        said.reference,
        said.asked.length === 0 ? s.noRight : rights(said.asked),
      );
    case 'closed-case-no-letter':
      return s.closedCaseNoLetter(said.reference);
    case 'appeal-decision-not-recorded':
      return s.appealDecisionNotRecorded(said.reference);
    case 'complaint-outcome-not-recorded':
      return s.complaintOutcomeNotRecorded(said.reference);
    case 'access-response-unsearched':
      return s.accessResponseUnsearched(said.reference, said.systems.join(', '));
    case 'access-response-nothing-found':
      return s.accessResponseNothingFound(said.reference);
    case 'no-data-but-answered':
      return s.noDataButAnswered(said.reference, answered(said.answer));
    case 'no-data-unsearched':
      return s.noDataUnsearched(said.reference, said.systems.join(', '));
    case 'no-data-but-found':
      return s.noDataButFound(said.reference, said.systems.join(', '));
    case 'refusal-but-none-refused':
      return s.refusalButNoneRefused(
        said.reference,
        said.answers.map((a) => s.rightAnswered(t.right[a.right], t.rightAnswers.outcome[a.outcome])).join(', '),
      );
    case 'letter-contradicts-answer': {
      const instead =
        said.answer.outcome === 'refused' ? s.letter.refusal : said.answer.outcome === 'no-data' ? s.letter['no-data'] : null;
      return s.letterContradictsAnswer(said.reference, answered(said.answer), s.letter[said.letter], instead);
    }
    case 'refusal-not-recorded':
      return s.refusalNotRecorded(said.reference);
    case 'rights-unanswered':
      return s.rightsUnanswered(said.reference, s.letter[said.letter], rights(said.open), said.open.length);
    case 'eml-not-made':
      return describeNoEml(said.why, t);
    case 'eml-no-dpo-email':
      return s.emlNoDpoEmail;
    case 'eml-no-requester-email':
      return s.emlNoRequesterEmail(said.reference);
    case 'recipients-not-recorded':
      return s.recipientsNotRecorded(s.letter[said.letter]);
    case 'fonts-folder-unreadable':
      return s.fontsFolderUnreadable(said.path, said.detail);
    case 'font-unreadable':
      return s.fontUnreadable(said.path, said.detail);
    case 'unknown-channel':
      return s.unknownChannel(said.input);
    case 'invalid-draft':
      return s.invalidDraft(said.input);
    case 'draft-already-sent':
      return s.draftAlreadySent(said.draft, said.reference, said.correspondence);
    case 'draft-discarded':
      return s.draftDiscarded(said.draft, said.reference);
    case 'sent-before-draft':
      return s.sentBeforeDraft(formatDate(said.date), said.draft, formatDate(said.letter_date));
    case 'draft-no-longer-made':
      // Why, in the window's language when the refusal came as facts.
      return said.because
        ? s.draftNoLongerMadeBecause(said.draft, said.reference, describeErrorSaid(said.because, t))
        : s.draftNoLongerMade(said.draft, said.reference, said.detail);
    case 'case-changed-since-draft':
      return s.caseChangedSinceDraft(said.reference, said.draft);
    case 'invalid-correspondence':
      return s.invalidCorrespondence(said.input);
    case 'withdrawal-reason-empty':
      return s.withdrawalReasonEmpty;
    case 'correspondence-not-sent':
      return s.correspondenceNotSent(said.correspondence, said.reference);
    case 'closed-case-no-withdrawal':
      return s.closedCaseNoWithdrawal(said.reference);
    case 'already-withdrawn':
      return s.alreadyWithdrawn(said.correspondence, said.reference, formatDate(said.on), said.reason);
    case 'sent-before-letter-date':
      return s.sentBeforeLetterDate(formatDate(said.date), formatDate(said.today));
    case 'unknown-template-kind':
      return s.unknownTemplateKind(said.input);
    case 'invalid-template-language':
      return s.invalidTemplateLanguage(said.input);
    case 'templates-folder-unreadable':
      return s.templatesFolderUnreadable(said.path, said.detail);
    case 'folder-not-created':
      return s.folderNotCreated(said.path, said.detail);
    case 'no-built-in-template':
      return s.noBuiltInTemplate(said.language, said.file, said.shipped.join(', '));
    case 'own-template-exists':
      return s.ownTemplateExists(said.language, said.file, said.path);
    case 'file-not-created':
      return s.fileNotCreated(said.path, said.detail);
    case 'file-not-written':
      return s.fileNotWritten(said.path, said.detail);
    case 'no-built-in-to-go-back-to':
      return s.noBuiltInToGoBackTo(said.language, said.file, said.path);
    case 'no-template-in-language':
      return s.noTemplateInLanguage(said.language, said.file, said.shipped.join(', '));
    case 'no-built-in-to-go-back-to-in-register':
      return s.noBuiltInToGoBackToInRegister(said.language, said.file);
    case 'file-unreadable':
      return s.fileUnreadable(said.path, said.detail);
    case 'file-not-renamed':
      return s.fileNotRenamed(said.from, said.to, said.detail);
    case 'scan-too-large':
      return s.scanTooLarge(said.file_name, formatNumber(said.limit_mb));
    case 'scan-not-pdf-or-image':
      return s.scanNotPdfOrImage(said.file_name);
    case 'posted-letter-no-right':
      return s.postedLetterNoRight;
    case 'posted-letter-empty':
      return s.postedLetterEmpty;
    case 'postmark-after-receipt':
      return s.postmarkAfterReceipt(formatDate(said.postmark), formatDate(said.received));
  }
}

/** What a letter needs recorded first, in `t`'s language. */
function describeNeeds(fact: MissingFact, t: Strings): string {
  const s = t.errorSaid.documents.needs;
  const letter = t.errorSaid.documents.letter;
  switch (fact.kind) {
    case 'identity-request':
      return s.identityRequest;
    case 'clarification-question':
      return s.clarificationQuestion;
    case 'extension':
      return s.extension;
    case 'no-fee-in-law':
      return s.noFeeInLaw(t.regime[fact.regime], fact.provision);
    case 'no-extension-in-law':
      return s.noExtensionInLaw(t.regime[fact.regime]);
    case 'fee':
      return s.fee;
    case 'refusal-reason':
      return s.refusalReason;
    case 'complaint-answer':
      return s.complaintAnswer;
    case 'appeal-decision':
      return s.appealDecision;
    case 'erasure-done':
      return s.erasureDone;
    case 'rectification-done':
      return s.rectificationDone;
    case 'right-not-asked':
      return s.rightNotAsked(
        letter[fact.letter],
        t.right[fact.right],
        fact.reference,
        fact.rights.map((r) => t.right[r]).join(', '),
      );
    case 'actions-done':
      return s.actionsDone(
        letter[fact.letter],
        fact.done.map((d) => t.did[d as Did] ?? d).join(` ${s.or} `),
        fact.reference,
      );
    case 'verification-process':
      return s.verificationProcess(
        fact.provision,
        formatLanguage(fact.language),
        fact.recorded.map((l) => formatLanguage(l)).join(` ${s.or} `),
      );
    case 'processing-record':
      return s.processingRecord(fact.absent.map((p) => s.part[p] ?? p).join(', '));
  }
}

/** An own template's fault in Settings → Letter templates (`TemplateFault`), as a sentence or two. */
export function describeTemplateFault(f: TemplateFault, t: Strings): string {
  return t.errorSaid.documents.templateFault(f.name, templateProblem(f.problem, t), f.bare_case);
}

/** Why a template does not make a letter (`TemplateProblem`), after a colon. */
export function templateProblem(p: TemplateProblem, t: Strings): string {
  const s = t.errorSaid.documents.templateProblem;
  switch (p.kind) {
    case 'engine':
      return s.engine(p.line === null ? null : formatNumber(p.line), p.detail);
    case 'too-long':
      return s.tooLong(formatNumber(p.kib), formatNumber(p.max_kib));
    case 'no-title':
      return s.noTitle;
  }
}

/** Why a letter has no email draft (`NoEml`), as a sentence of its own. */
export function describeNoEml(why: NoEml, t: Strings): string {
  const s = t.errorSaid.documents;
  switch (why.kind) {
    case 'no-dpo-email':
      return s.emlNoDpoEmail;
    case 'no-requester-email':
      return s.emlNoRequesterEmail(why.reference);
    case 'not-written':
      return s.emlNotWritten(why.detail);
  }
}
