// `RegisterSaid` in the window's language (see ./index.ts).
import type { Strings } from '../../i18n/en';
import type { FileProblem, RegisterSaid } from '../../ipc';
import { formatDate, formatInstant, formatNumber } from '../format';

export function describeRegister(said: RegisterSaid, t: Strings): string {
  const s = t.errorSaid.register;
  switch (said.kind) {
    case 'not-found':
      return s.notFound(said.thing === null ? said.what : s.thing[said.thing], said.key);
    case 'changed-since-read':
      return s.changedSinceRead(said.reference, said.by, formatInstant(said.at));
    case 'register-busy':
      return s.registerBusy;
    case 'closed-case-unchangeable':
      return s.closedCaseUnchangeable(said.reference);
    case 'case-closed':
      return s.caseClosed(said.reference);
    case 'reopen-needs-reason':
      return s.reopenNeedsReason;
    case 'reopen-not-closed':
      return s.reopenNotClosed(said.reference, t.status[said.status]);
    case 'received-correction-needs-reason':
      return s.receivedCorrectionNeedsReason;
    case 'requester-name-empty':
      return s.requesterNameEmpty;
    case 'received-in-future':
      return s.receivedInFuture(formatDate(said.received), formatDate(said.today));
    case 'date-in-future':
      return s.dateInFuture(formatDate(said.date), formatDate(said.today));
    case 'already-closed':
      return s.alreadyClosed(said.reference);
    case 'closing-before-received':
      return s.closingBeforeReceived(formatDate(said.on), formatDate(said.received));
    case 'outcome-of-the-answers':
      return s.outcomeOfTheAnswers(said.reference, t.outcome[said.derived], t.outcome[said.asked]);
    case 'outcome-with-the-answers-so-far':
      return s.outcomeWithTheAnswersSoFar(said.reference, t.outcome[said.derived], t.outcome[said.asked]);
    case 'refuse-the-rest-one-by-one':
      return s.refuseTheRestOneByOne(said.reference, t.right[said.right], t.rightAnswers.outcome[said.outcome]);
    case 'close-not-allowed': {
      const p = said.problem;
      switch (p.kind) {
        case 'no-response':
          return s.closeNeedsResponse(said.reference, t.outcome[p.outcome], t.status['response-sent']);
        case 'no-refusal':
          return s.closeNeedsRefusal(said.reference);
        case 'identity-never-sought':
          return s.closeNeedsIdentitySought(said.reference, t.outcome['identity-not-verified']);
        case 'mismatch':
          return s.closeDoesNotFit(said.reference, t.outcome[p.outcome], t.status[p.status]);
      }
      break;
    }
    case 'status-not-by-hand': {
      const p = said.problem;
      switch (p.kind) {
        case 'not-from':
          return s.statusNotFrom(said.reference, t.status[p.from], t.status[p.to]);
        case 'set-by-its-step':
          return s.statusSetByItsStep(said.reference, t.status[p.status], s.stepFor[p.status]);
      }
      break;
    }
    case 'not-opened-in-viewer':
      return s.notOpenedInViewer(said.file_name, t.documents.kinds[said.file_kind]);
    case 'date-not-iso':
      return s.dateNotIso(said.input);
    case 'no-such-day':
      return s.noSuchDay(said.input);
    case 'invalid-email':
      return s.invalidEmail(said.email);
    case 'unknown-code':
      return s.unknownCode(said.input, said.expected);
    case 'no-rights':
      return s.noRights;
    case 'right-twice':
      return s.rightTwice(t.right[said.right]);
    case 'invalid-reference':
      return s.invalidReference(said.input);
    case 'invalid-location':
      return s.invalidLocation(said.input);
    case 'unknown-country':
      return s.unknownCountry(said.input, said.country);
    case 'invalid-language':
      return s.invalidLanguage(said.input);
    case 'invalid-pause':
      return s.invalidPause(said.input);
    case 'deadline-input':
      return s.deadlineInput(said.detail);
    case 'unknown-time-zone':
      return s.unknownTimeZone(said.name);
    case 'organisation-name-empty':
      return s.organisationNameEmpty;
    case 'invalid-dpo-email':
      return s.invalidDpoEmail(said.email);
    case 'demo-needs-empty-register':
      return s.demoNeedsEmptyRegister(Number(said.cases), Number(said.systems));
    case 'calendar-not-text':
      return s.calendarNotText(said.file_name, Number(said.byte));
    case 'calendar-format-unknown':
      return s.calendarFormatUnknown(said.file_name);
    case 'ics-needs-calendar':
      return s.icsNeedsCalendar(said.file_name);
    case 'unknown-calendar':
      return s.unknownCalendar(said.id);
    case 'calendar-unreadable':
      return s.calendarUnreadable(said.detail);
    case 'invalid-system-id':
      return s.invalidSystemId(said.detail);
    case 'system-not-in-register':
      return s.systemNotInRegister(said.id, said.known.length === 0 ? null : said.known.join(', '));
    case 'system-already-in-register':
      return s.systemAlreadyInRegister(said.id);
    case 'system-id-cannot-change':
      return s.systemIdCannotChange;
    case 'system-invalid':
      return s.systemInvalid(said.detail);
    case 'processing-file-refused':
      return s.processingFileRefused(said.file, fileProblem(said.problem, t));
    case 'search-result-without-search':
      return s.searchResultWithoutSearch;
    case 'search-invalid':
      return s.searchInvalid(said.detail);
    case 'processing-register-empty':
      return s.processingRegisterEmpty;
    case 'csv-not-written':
      return s.csvNotWritten(said.detail);
    case 'anchor-file-missing':
      return s.anchorFileMissing(said.file);
    case 'anchor-file-unreadable':
      return s.anchorFileUnreadable(said.file, said.detail);
    case 'no-register-yet':
      return s.noRegisterYet(said.path);
    case 'register-location-empty':
      return s.registerLocationEmpty;
    case 'register-path-not-full':
      return s.registerPathNotFull(said.path);
    case 'register-exists':
      return s.registerExists(said.path);
    case 'already-encrypted':
      return s.alreadyEncrypted;
    case 'lock-needs-encryption':
      return s.lockNeedsEncryption;
    case 'not-on-team-register':
      return s.notOnTeamRegister(said.what, said.register);
    case 'assignee-empty':
      return s.assigneeEmpty;
    case 'assign-on-local-register':
      return s.assignOnLocalRegister(said.reference);
  }
}

/** Why a file was refused before its content was read, in `t`'s language. */
function fileProblem(problem: FileProblem, t: Strings): string {
  const s = t.errorSaid.register;
  switch (problem.kind) {
    case 'not-a-file':
      return s.fileNotAFile;
    case 'too-large':
      return s.fileTooLarge(formatNumber(Number(problem.bytes)), formatNumber(Number(problem.max)));
    case 'not-text':
      return s.fileNotText(formatNumber(Number(problem.offset)));
    case 'unreadable':
      return problem.detail;
  }
}
