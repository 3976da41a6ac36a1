// What the Rust side refuses about a case's steps: identity, extensions,
// answers, appeals, complaints and the action log (`WorkflowSaid`), in each language.
// Every function takes its values already worded by ui/src/lib/errorSaid/workflow.ts:
// dates formatted, codes named from the locale's tables (rights, statuses, laws…),
// lists joined; references, system ids, names, citations and search text pass
// through as written. `pending` is one of the `identityPending` sentences.
import type { Widen } from '../en';

export const en = {
  decisionNeedsReasons: 'The decision needs its written explanation of the reasons.',
  complaintAnswerNeedsText: 'The answer needs its text: what was found and what was done.',
  /** A name or code in running text. */
  quote: (x: string) => `“${x}”`,
  identityPending: {
    evidenceAwaited: (askedOn: string) =>
      `The identity evidence asked for on ${askedOn} has not arrived: record it as received, or refuse the request because identity could not be verified.`,
    checkFailed:
      'The latest identity check failed: check identity again, or refuse the request because identity could not be verified.',
  },

  identityDocumentEmpty: 'The identity document is empty.',

  dateBeforeReceipt: (date: string, received: string) =>
    `The date ${date} is before the request was received (${received}).`,

  clockStopped: (reference: string, status: string) =>
    `Case ${reference} has the status ${status}: its clock has stopped.`,
  caseFinished: (reference: string, status: string) =>
    `Case ${reference} has the status ${status}: no more steps can be recorded.`,
  needsTriage: (reference: string) =>
    `Case ${reference} needs triage first: confirm it is a request by setting its status to “Received”.`,
  identityEvidenceNotAwaited: (reference: string) => `No identity evidence is awaited on case ${reference}.`,
  clarificationNotAwaited: (reference: string) => `No clarification is awaited on case ${reference}.`,
  identityEvidenceNotReceived: (reference: string) =>
    `On case ${reference}, the identity evidence asked for has not been recorded as received: record it as received first.`,
  closedCaseNeedsReopen: (reference: string) => `Case ${reference} is closed: re-open it first.`,
  isAComplaint: (reference: string) =>
    `Case ${reference} is a complaint: record its answer as the answer to a complaint.`,
  isARequest: (reference: string) => `Case ${reference} is a request: record its response as a response sent.`,

  clarificationQuestionEmpty: 'The clarification question is empty.',
  feeAmountEmpty: 'The amount of the fee is empty.',
  refusalTextEmpty: 'The text giving the reasons for the refusal is empty.',
  whatWasSentEmpty: 'What was sent is empty.',
  noteEmpty: 'The note is empty.',

  notSearched: (reference: string, systems: string) =>
    `Case ${reference} cannot be answered yet. Not searched: ${systems}. Record in the case’s search log each search and its result, or why a system was not searched.`,
  identityPendingOnCase: (reference: string, pending: string) => `On case ${reference}, identity is not settled. ${pending}`,
  rightWaitsForIdentity: (reference: string, right: string, pending: string, meanwhile: string | null) =>
    `On case ${reference}, ${right} waits for identity. ${pending}` +
    (meanwhile === null ? '' : ` Meanwhile, ${meanwhile} can be answered.`),
  actionWaitsForIdentity: (reference: string, right: string, pending: string) =>
    `On case ${reference}, ${right} waits for identity, so nothing is done for it yet. ${pending}`,

  extensionNeedsReason: 'An extension needs its reason, which the person must be told.',
  noExtensionInLaw: (regime: string) => `The ${regime} provides no extension.`,
  extensionNoticeLate: (dueBy: string, dated: string) =>
    `The extension notice was due by ${dueBy} and is dated ${dated}: give a reason to record it anyway.`,
  extensionAlreadyTaken: 'The extension was already taken on this case.',

  alreadyAcknowledged: (reference: string, on: string) => `Receipt of case ${reference} was already acknowledged on ${on}.`,
  noFeeAllowed: (regime: string, citation: string) => `The ${regime} allows no fee (${citation}).`,
  feeGroundNotAllowed: (ground: string, regime: string, allowed: string, citation: string) =>
    `The ${regime} does not allow a fee on the ground ${ground}, only for ${allowed} (${citation}).`,
  feeStillUnpaid: (askedOn: string) => `A fee asked for on ${askedOn} is still unpaid.`,
  noFeeAwaited: 'No fee is awaited on this case.',
  feePaidBeforeAsked: (date: string, askedOn: string) => `The date ${date} is before the fee was asked for (${askedOn}).`,
  refusalReasonNotAccepted: (reason: string, regime: string, accepted: string, citation: string) =>
    `The ${regime} does not accept the reason ${reason}; it accepts ${accepted} (${citation}).`,

  subjectNeedsRelationship: 'A data subject needs a relationship to the requester.',
  relationshipNeedsSubjectName: 'A relationship needs the data subject’s name.',
  birthDateNeedsSubject: 'A date of birth is the data subject’s: give the data subject’s name and relationship with it.',
  takenByNotSpoken: (channel: string) =>
    `Who took the request is recorded for requests made by phone or in person, not for ${channel}.`,
  emptySubjectNameWithDetails:
    'An empty name removes the data subject, so it cannot come with other details of the data subject.',
  noSubjectForDetails: 'The case has no data subject: give the data subject’s name with the other details.',
  birthDateMalformed: (text: string) => `The data subject’s date of birth “${text}” is not a date (YYYY-MM-DD).`,
  bornAfterReceipt: (born: string, received: string) =>
    `The data subject’s date of birth, ${born}, is after the request was received on ${received}.`,

  mineOnLocalRegister:
    'A local register has one user, whose cases are all of them: a member’s own cases are listed on a team register.',
  searchTextEmpty: 'The search text is empty: give a name, an email address or a word.',
  searchTextTooLong: (length: number, max: number) =>
    `The search text is ${length} characters long; at most ${max} are searched.`,
  searchTextNoWord: (text: string) => `The search text “${text}” has no letter or digit to search for.`,

  rightNotAsked: (reference: string, right: string, asked: string) =>
    `Case ${reference} did not ask for ${right}: it asked for ${asked}.`,
  rightsUnanswered: (reference: string, rights: string, count: number) =>
    count === 1
      ? `On case ${reference}, ${rights} is not answered: record its answer first.`
      : `On case ${reference}, ${rights} are not answered: record the answer to each first.`,
  correctionNeedsReason: 'Correcting an answer needs the reason why it was wrong.',
  correctionOnClosedCase: (reference: string) => `Case ${reference} is closed: re-open it first to correct an answer.`,
  noAnswerToCorrect: (reference: string, right: string) =>
    `On case ${reference}, ${right} has no answer to correct: record its answer instead.`,
  nothingToCorrect: (reference: string, right: string, outcome: string, on: string) =>
    `On case ${reference}, ${right} is already recorded as ${outcome} on ${on}: there is nothing to correct.`,
  alreadyAnswered: (reference: string, right: string, on: string, outcome: string) =>
    `On case ${reference}, ${right} was already answered on ${on} (${outcome}). A right is answered once: to change the answer, correct it and say why.`,
  exemptionNotForOutcome: (outcome: string) =>
    `An exemption is recorded for a right partly fulfilled, not for the outcome ${outcome}.`,
  reasonNotForOutcome: (outcome: string) =>
    `A reason is recorded for a right refused or not applicable, not for the outcome ${outcome}.`,
  groundNotForOutcome: (outcome: string) =>
    `A refusal ground is recorded for a refused right, not for the outcome ${outcome}.`,
  refusalNeedsGround: (right: string, accepted: string, citation: string) =>
    `Refusing ${right} needs its ground: ${accepted} (${citation}).`,
  partlyNeedsExemption: (right: string) =>
    `For ${right} partly fulfilled, give in words the exemption that applies to the rest.`,
  notApplicableNeedsReason: (right: string) => `For ${right} not applicable, say why it does not apply.`,
  detailNotForOutcome: (outcome: string) =>
    `An exemption or reason is recorded for a right partly fulfilled, refused or not applicable, not for the outcome ${outcome}.`,
  answeredByEmpty: 'Who answered it is empty.',
  nothingDoneForRight: (reference: string, right: string, outcome: string, actions: string) =>
    `On case ${reference}, ${right} cannot be answered as ${outcome}: nothing done for it is recorded. Record in the case’s action log what was done (${actions}).`,
  notRefusedForIdentity: (right: string, ground: string) =>
    `The right ${right} is not refused for want of identity: ${ground}.`,
  identityRefusalUnsought: (reference: string, right: string) =>
    `On case ${reference}, refusing ${right} because identity could not be verified needs identity evidence asked for or a failed identity check on record.`,

  appealNotInLaw: (reference: string, regime: string) =>
    `Case ${reference}: an appeal to the controller with its own time limit exists under a US state law; the ${regime} has none.`,
  appealWithoutAnswer: (reference: string) =>
    `Case ${reference}: an appeal is against a refusal or a response, and none is recorded yet.`,
  appealBeforeAnswer: (on: string, answered: string) => `The appeal of ${on} is before the answer it appeals (${answered}).`,
  appealAlreadyOpen: (reference: string) => `On case ${reference}, an appeal is already awaiting its decision.`,
  noAppealAwaiting: (reference: string) => `On case ${reference}, no appeal is awaiting a decision.`,
  decisionBeforeAppeal: (on: string, appealed: string) => `The decision of ${on} is before the appeal (${appealed}).`,

  complainantNameEmpty: 'The complainant’s name is empty.',
  complaintBeforeLaw: (received: string, inForceFrom: string) =>
    `The complaint of ${received} is before DPA 2018 s.164A applied (${inForceFrom}): record it as a note on the request instead.`,
  complaintBeforeRequest: (received: string, reference: string, requestReceived: string) =>
    `The complaint of ${received} is before the request it concerns (${reference}) was received on ${requestReceived}.`,
  concernsUnknownCase: (reference: string) =>
    `There is no case ${reference}: a complaint names a request of this register.`,
  concernsAComplaint: (reference: string) => `Case ${reference} is itself a complaint, not a request.`,

  rationaleEmpty: 'The rationale is empty: say why, in words.',
  methodNoneNeedsNotNeeded: (none: string, notNeeded: string) =>
    `The method ${none} goes with the outcome ${notNeeded}.`,
  notNeededNeedsMethodNone: (notNeeded: string, none: string) =>
    `The outcome ${notNeeded} goes with the method ${none}.`,
  comparedMissing: 'Say what was compared with what.',
  otherMethodNeedsReason: (suggested: string, reasons: string, method: string) =>
    `The suggested method for this request is ${suggested} (${reasons}): give a reason for using ${method} instead.`,
  identityAlreadySettled: (reference: string, was: string | null) =>
    was === null
      ? `Identity on case ${reference} is already settled.`
      : `Identity on case ${reference} is already settled (${was}).`,

  noActionForRight: (right: string) =>
    `The right ${right} is answered by the search log and the copy of the data: no action is recorded for it.`,
  actionNotForRight: (did: string, right: string, expected: string) =>
    `The action ${did} does not answer the right ${right}; it is answered by ${expected}.`,
  keptNeedsGround: 'Data kept needs its legal ground (for example a statutory retention duty).',
  groundOnlyForKept: (did: string) => `A legal ground is recorded only for data kept, not for the action ${did}.`,
  rectificationNeedsDetail: 'A rectification says what was changed, from what to what.',
  doneByEmpty: 'Who did it is empty.',
  recipientEmpty: 'The recipient is empty.',
  nothingToNotify: (reference: string) =>
    `Case ${reference} asked for no rectification, erasure or restriction: there is no change to notify.`,
  severalRightsToNotify: 'The case asked for several rights: name the one notified.',
  rightNotNotified: (right: string) =>
    `Recipients are told of a rectification, erasure or restriction, not of the right ${right}.`,
  recipientUnlisted: (recipient: string) =>
    `The recipient “${recipient}” is not listed in the register of processing: say why it was told.`,
};

export type WorkflowStrings = Widen<typeof en>;

export const de: WorkflowStrings = {
  decisionNeedsReasons: 'Die Entscheidung braucht ihre schriftliche Begründung.',
  complaintAnswerNeedsText: 'Die Antwort braucht ihren Text: was festgestellt und was unternommen wurde.',
  quote: (x) => `„${x}“`,
  identityPending: {
    evidenceAwaited: (askedOn) =>
      `Die am ${askedOn} angeforderten Identitätsnachweise sind nicht eingegangen: Erfassen Sie deren Eingang oder lehnen Sie den Antrag ab, weil die Identität nicht geprüft werden konnte.`,
    checkFailed:
      'Die letzte Identitätsprüfung ist fehlgeschlagen: Prüfen Sie die Identität erneut oder lehnen Sie den Antrag ab, weil die Identität nicht geprüft werden konnte.',
  },

  identityDocumentEmpty: 'Das Identitätsdokument ist leer.',

  dateBeforeReceipt: (date, received) => `Das Datum ${date} liegt vor dem Eingang des Antrags (${received}).`,

  clockStopped: (reference, status) =>
    `Der Vorgang ${reference} hat den Status ${status}: Seine Frist läuft nicht mehr.`,
  caseFinished: (reference, status) =>
    `Der Vorgang ${reference} hat den Status ${status}: Es können keine weiteren Schritte erfasst werden.`,
  needsTriage: (reference) =>
    `Der Vorgang ${reference} muss zuerst gesichtet werden: Bestätigen Sie, dass es sich um einen Antrag handelt, indem Sie seinen Status auf „Eingegangen“ setzen.`,
  identityEvidenceNotAwaited: (reference) => `Im Vorgang ${reference} werden keine Identitätsnachweise erwartet.`,
  clarificationNotAwaited: (reference) => `Im Vorgang ${reference} wird keine Klärung erwartet.`,
  identityEvidenceNotReceived: (reference) =>
    `Im Vorgang ${reference} ist der Eingang der angeforderten Identitätsnachweise nicht erfasst: Erfassen Sie zuerst deren Eingang.`,
  closedCaseNeedsReopen: (reference) => `Der Vorgang ${reference} ist abgeschlossen: Eröffnen Sie ihn zuerst wieder.`,
  isAComplaint: (reference) =>
    `Der Vorgang ${reference} ist eine Beschwerde: Erfassen Sie die Antwort als Antwort auf eine Beschwerde.`,
  isARequest: (reference) =>
    `Der Vorgang ${reference} ist ein Antrag: Erfassen Sie die Antwort als versandte Antwort auf den Antrag.`,

  clarificationQuestionEmpty: 'Die Rückfrage zur Klärung ist leer.',
  feeAmountEmpty: 'Der Betrag der Gebühr ist leer.',
  refusalTextEmpty: 'Der Text mit den Gründen der Ablehnung ist leer.',
  whatWasSentEmpty: 'Die Angabe, was versandt wurde, ist leer.',
  noteEmpty: 'Die Notiz ist leer.',

  notSearched: (reference, systems) =>
    `Der Vorgang ${reference} kann noch nicht beantwortet werden. Nicht durchsucht: ${systems}. Erfassen Sie im Suchprotokoll des Vorgangs jede Suche mit ihrem Ergebnis oder den Grund, aus dem ein System nicht durchsucht wurde.`,
  identityPendingOnCase: (reference, pending) => `Im Vorgang ${reference} ist die Identität nicht geklärt. ${pending}`,
  rightWaitsForIdentity: (reference, right, pending, meanwhile) =>
    `Im Vorgang ${reference} wartet ${right} auf die Identitätsprüfung. ${pending}` +
    (meanwhile === null ? '' : ` In der Zwischenzeit können Sie bereits beantworten: ${meanwhile}.`),
  actionWaitsForIdentity: (reference, right, pending) =>
    `Im Vorgang ${reference} wartet ${right} auf die Identitätsprüfung; daher wird dafür noch nichts unternommen. ${pending}`,

  extensionNeedsReason: 'Eine Fristverlängerung braucht ihren Grund, der der betroffenen Person mitzuteilen ist.',
  noExtensionInLaw: (regime) => `${regime} sieht keine Fristverlängerung vor.`,
  extensionNoticeLate: (dueBy, dated) =>
    `Die Mitteilung der Fristverlängerung war bis ${dueBy} fällig und ist auf den ${dated} datiert: Geben Sie einen Grund an, um sie dennoch zu erfassen.`,
  extensionAlreadyTaken: 'Die Frist wurde in diesem Vorgang bereits verlängert.',

  alreadyAcknowledged: (reference, on) => `Der Eingang des Vorgangs ${reference} wurde bereits am ${on} bestätigt.`,
  noFeeAllowed: (regime, citation) => `${regime} erlaubt keine Gebühr (${citation}).`,
  feeGroundNotAllowed: (ground, regime, allowed, citation) =>
    `${regime} erlaubt keine Gebühr aus dem Grund ${ground}, nur für ${allowed} (${citation}).`,
  feeStillUnpaid: (askedOn) => `Eine am ${askedOn} verlangte Gebühr ist noch nicht bezahlt.`,
  noFeeAwaited: 'In diesem Vorgang wird keine Gebühr erwartet.',
  feePaidBeforeAsked: (date, askedOn) => `Das Datum ${date} liegt vor der Anforderung der Gebühr (${askedOn}).`,
  refusalReasonNotAccepted: (reason, regime, accepted, citation) =>
    `${regime} lässt den Ablehnungsgrund ${reason} nicht zu; zulässig sind ${accepted} (${citation}).`,

  subjectNeedsRelationship: 'Für eine betroffene Person ist ihr Verhältnis zur antragstellenden Person anzugeben.',
  relationshipNeedsSubjectName: 'Zu einem Verhältnis ist der Name der betroffenen Person anzugeben.',
  birthDateNeedsSubject:
    'Ein Geburtsdatum gehört zur betroffenen Person: Geben Sie deren Namen und Verhältnis mit an.',
  takenByNotSpoken: (channel) =>
    `Wer den Antrag aufgenommen hat, wird für telefonische oder persönliche Anträge erfasst, nicht für ${channel}.`,
  emptySubjectNameWithDetails:
    'Ein leerer Name entfernt die betroffene Person; er kann daher nicht mit weiteren Angaben zur betroffenen Person kommen.',
  noSubjectForDetails:
    'Der Vorgang hat keine betroffene Person: Geben Sie deren Namen mit den übrigen Angaben an.',
  birthDateMalformed: (text) => `Das Geburtsdatum der betroffenen Person „${text}“ ist kein Datum (JJJJ-MM-TT).`,
  bornAfterReceipt: (born, received) =>
    `Das Geburtsdatum der betroffenen Person, ${born}, liegt nach dem Eingang des Antrags am ${received}.`,

  mineOnLocalRegister:
    'Ein lokales Register hat einen einzigen Benutzer, dem alle Vorgänge gehören: Die eigenen Vorgänge eines Mitglieds werden in einem Team-Register aufgeführt.',
  searchTextEmpty: 'Der Suchtext ist leer: Geben Sie einen Namen, eine E-Mail-Adresse oder ein Wort ein.',
  searchTextTooLong: (length, max) => `Der Suchtext ist ${length} Zeichen lang; höchstens ${max} werden durchsucht.`,
  searchTextNoWord: (text) => `Der Suchtext „${text}“ enthält keinen Buchstaben und keine Ziffer, nach denen gesucht werden kann.`,

  rightNotAsked: (reference, right, asked) =>
    `Im Vorgang ${reference} wurde ${right} nicht beantragt, sondern ${asked}.`,
  rightsUnanswered: (reference, rights, count) =>
    count === 1
      ? `Im Vorgang ${reference} ist ${rights} nicht beantwortet: Erfassen Sie zuerst die Antwort.`
      : `Im Vorgang ${reference} sind ${rights} nicht beantwortet: Erfassen Sie zuerst die Antwort auf jedes dieser Rechte.`,
  correctionNeedsReason: 'Die Berichtigung einer Antwort braucht den Grund, warum sie falsch war.',
  correctionOnClosedCase: (reference) =>
    `Der Vorgang ${reference} ist abgeschlossen: Eröffnen Sie ihn zuerst wieder, um eine Antwort zu berichtigen.`,
  noAnswerToCorrect: (reference, right) =>
    `Im Vorgang ${reference} hat ${right} keine Antwort, die berichtigt werden könnte: Erfassen Sie stattdessen die Antwort.`,
  nothingToCorrect: (reference, right, outcome, on) =>
    `Im Vorgang ${reference} ist ${right} bereits als ${outcome} am ${on} erfasst: Es gibt nichts zu berichtigen.`,
  alreadyAnswered: (reference, right, on, outcome) =>
    `Im Vorgang ${reference} wurde ${right} bereits am ${on} beantwortet (${outcome}). Ein Recht wird einmal beantwortet: Um die Antwort zu ändern, berichtigen Sie sie und geben Sie den Grund an.`,
  exemptionNotForOutcome: (outcome) =>
    `Eine Ausnahme wird für ein teilweise erfülltes Recht erfasst, nicht für das Ergebnis ${outcome}.`,
  reasonNotForOutcome: (outcome) =>
    `Ein Grund wird für ein abgelehntes oder nicht anwendbares Recht erfasst, nicht für das Ergebnis ${outcome}.`,
  groundNotForOutcome: (outcome) =>
    `Ein Ablehnungsgrund wird für ein abgelehntes Recht erfasst, nicht für das Ergebnis ${outcome}.`,
  refusalNeedsGround: (right, accepted, citation) =>
    `Die Ablehnung von ${right} braucht ihren Grund: ${accepted} (${citation}).`,
  partlyNeedsExemption: (right) =>
    `Ist ${right} teilweise erfüllt, geben Sie in Worten die Ausnahme an, die für den Rest gilt.`,
  notApplicableNeedsReason: (right) => `Ist ${right} nicht anwendbar, geben Sie an, warum.`,
  detailNotForOutcome: (outcome) =>
    `Eine Ausnahme oder ein Grund wird für ein teilweise erfülltes, abgelehntes oder nicht anwendbares Recht erfasst, nicht für das Ergebnis ${outcome}.`,
  answeredByEmpty: 'Die Angabe, wer geantwortet hat, ist leer.',
  nothingDoneForRight: (reference, right, outcome, actions) =>
    `Im Vorgang ${reference} kann ${right} nicht als ${outcome} beantwortet werden: Es ist nicht erfasst, dass dafür etwas getan wurde. Erfassen Sie im Maßnahmenprotokoll des Vorgangs, was getan wurde (${actions}).`,
  notRefusedForIdentity: (right, ground) =>
    `Das Recht ${right} wird nicht mangels Identitätsnachweis abgelehnt: ${ground}.`,
  identityRefusalUnsought: (reference, right) =>
    `Im Vorgang ${reference} setzt die Ablehnung von ${right} mangels Identitätsnachweis voraus, dass Identitätsnachweise angefordert wurden oder eine fehlgeschlagene Identitätsprüfung erfasst ist.`,

  appealNotInLaw: (reference, regime) =>
    `Vorgang ${reference}: Ein Widerspruch beim Verantwortlichen mit eigener Frist besteht nach dem Recht eines US-Bundesstaats; ${regime} sieht keinen vor.`,
  appealWithoutAnswer: (reference) =>
    `Vorgang ${reference}: Ein Widerspruch richtet sich gegen eine Ablehnung oder eine Antwort, und keine ist bisher erfasst.`,
  appealBeforeAnswer: (on, answered) =>
    `Der Widerspruch vom ${on} liegt vor der Antwort, gegen die er sich richtet (${answered}).`,
  appealAlreadyOpen: (reference) => `Im Vorgang ${reference} wartet bereits ein Widerspruch auf seine Entscheidung.`,
  noAppealAwaiting: (reference) => `Im Vorgang ${reference} wartet kein Widerspruch auf eine Entscheidung.`,
  decisionBeforeAppeal: (on, appealed) => `Die Entscheidung vom ${on} liegt vor dem Widerspruch (${appealed}).`,

  complainantNameEmpty: 'Der Name der beschwerdeführenden Person ist leer.',
  complaintBeforeLaw: (received, inForceFrom) =>
    `Die Beschwerde vom ${received} liegt vor dem Inkrafttreten von DPA 2018 s.164A (${inForceFrom}): Erfassen Sie sie stattdessen als Notiz zum Antrag.`,
  complaintBeforeRequest: (received, reference, requestReceived) =>
    `Die Beschwerde vom ${received} liegt vor dem Eingang des Antrags, den sie betrifft (${reference}, eingegangen am ${requestReceived}).`,
  concernsUnknownCase: (reference) =>
    `Es gibt keinen Vorgang ${reference}: Eine Beschwerde nennt einen Antrag dieses Registers.`,
  concernsAComplaint: (reference) => `Der Vorgang ${reference} ist selbst eine Beschwerde, kein Antrag.`,

  rationaleEmpty: 'Die Begründung ist leer: Begründen Sie die Entscheidung in Worten.',
  methodNoneNeedsNotNeeded: (none, notNeeded) => `Die Methode ${none} gehört zum Ergebnis ${notNeeded}.`,
  notNeededNeedsMethodNone: (notNeeded, none) => `Das Ergebnis ${notNeeded} gehört zur Methode ${none}.`,
  comparedMissing: 'Geben Sie an, was womit verglichen wurde.',
  otherMethodNeedsReason: (suggested, reasons, method) =>
    `Die für diesen Antrag vorgeschlagene Methode ist ${suggested} (${reasons}): Geben Sie einen Grund an, warum Sie stattdessen ${method} verwenden.`,
  identityAlreadySettled: (reference, was) =>
    was === null
      ? `Die Identität im Vorgang ${reference} ist bereits geklärt.`
      : `Die Identität im Vorgang ${reference} ist bereits geklärt (${was}).`,

  noActionForRight: (right) =>
    `Das Recht ${right} wird mit dem Suchprotokoll und der Kopie der Daten beantwortet: Dafür wird keine Maßnahme erfasst.`,
  actionNotForRight: (did, right, expected) =>
    `Die Maßnahme ${did} beantwortet das Recht ${right} nicht; es wird beantwortet mit ${expected}.`,
  keptNeedsGround: 'Aufbewahrte Daten brauchen ihre Rechtsgrundlage (zum Beispiel eine gesetzliche Aufbewahrungspflicht).',
  groundOnlyForKept: (did) =>
    `Eine Rechtsgrundlage wird nur für aufbewahrte Daten erfasst, nicht für die Maßnahme ${did}.`,
  rectificationNeedsDetail: 'Eine Berichtigung gibt an, was geändert wurde, von was zu was.',
  doneByEmpty: 'Die Angabe, wer es getan hat, ist leer.',
  recipientEmpty: 'Der Empfänger ist leer.',
  nothingToNotify: (reference) =>
    `Im Vorgang ${reference} wurde weder Berichtigung noch Löschung noch Einschränkung der Verarbeitung beantragt: Es gibt keine Änderung mitzuteilen.`,
  severalRightsToNotify: 'Im Vorgang wurden mehrere Rechte beantragt: Geben Sie das mitgeteilte an.',
  rightNotNotified: (right) =>
    `Empfängern werden eine Berichtigung, eine Löschung oder eine Einschränkung der Verarbeitung mitgeteilt, nicht das Recht ${right}.`,
  recipientUnlisted: (recipient) =>
    `Der Empfänger „${recipient}“ ist nicht im Verzeichnis von Verarbeitungstätigkeiten aufgeführt: Geben Sie an, warum er informiert wurde.`,
};

export const fr: WorkflowStrings = {
  decisionNeedsReasons: 'La décision doit être accompagnée de l’exposé écrit de ses motifs.',
  complaintAnswerNeedsText: 'La réponse doit comporter son texte : ce qui a été constaté et ce qui a été fait.',
  quote: (x) => `« ${x} »`,
  identityPending: {
    evidenceAwaited: (askedOn) =>
      `Les justificatifs d’identité demandés le ${askedOn} ne sont pas arrivés : enregistrez leur réception, ou refusez la demande faute d’avoir pu vérifier l’identité.`,
    checkFailed:
      'La dernière vérification d’identité a échoué : vérifiez à nouveau l’identité, ou refusez la demande faute d’avoir pu vérifier l’identité.',
  },

  identityDocumentEmpty: 'Le justificatif d’identité est vide.',

  dateBeforeReceipt: (date, received) => `La date du ${date} est antérieure à la réception de la demande (${received}).`,

  clockStopped: (reference, status) =>
    `Le dossier ${reference} a le statut ${status} : son délai ne court plus.`,
  caseFinished: (reference, status) =>
    `Le dossier ${reference} a le statut ${status} : aucune autre étape ne peut être enregistrée.`,
  needsTriage: (reference) =>
    `Le dossier ${reference} doit d’abord être trié : confirmez qu’il s’agit d’une demande en passant son statut à « Reçue ».`,
  identityEvidenceNotAwaited: (reference) => `Aucun justificatif d’identité n’est attendu pour le dossier ${reference}.`,
  clarificationNotAwaited: (reference) => `Aucune précision n’est attendue pour le dossier ${reference}.`,
  identityEvidenceNotReceived: (reference) =>
    `Pour le dossier ${reference}, la réception des justificatifs d’identité demandés n’est pas enregistrée : enregistrez-la d’abord.`,
  closedCaseNeedsReopen: (reference) => `Le dossier ${reference} est clos : rouvrez-le d’abord.`,
  isAComplaint: (reference) =>
    `Le dossier ${reference} est une réclamation : enregistrez la réponse comme réponse à une réclamation.`,
  isARequest: (reference) =>
    `Le dossier ${reference} est une demande : enregistrez la réponse comme réponse envoyée à la demande.`,

  clarificationQuestionEmpty: 'La question de précision est vide.',
  feeAmountEmpty: 'Le montant des frais est vide.',
  refusalTextEmpty: 'Le texte donnant les motifs du refus est vide.',
  whatWasSentEmpty: 'L’indication de ce qui a été envoyé est vide.',
  noteEmpty: 'La note est vide.',

  notSearched: (reference, systems) =>
    `Le dossier ${reference} ne peut pas encore recevoir de réponse. Systèmes non consultés : ${systems}. Enregistrez dans le journal des recherches du dossier chaque recherche et son résultat, ou la raison pour laquelle un système n’a pas été consulté.`,
  identityPendingOnCase: (reference, pending) =>
    `Dans le dossier ${reference}, l’identité n’est pas établie. ${pending}`,
  rightWaitsForIdentity: (reference, right, pending, meanwhile) =>
    `Dans le dossier ${reference}, ${right} attend la vérification de l’identité. ${pending}` +
    (meanwhile === null ? '' : ` En attendant, il peut être répondu à ${meanwhile}.`),
  actionWaitsForIdentity: (reference, right, pending) =>
    `Dans le dossier ${reference}, ${right} attend la vérification de l’identité ; rien n’est donc encore fait à ce titre. ${pending}`,

  extensionNeedsReason: 'Une prolongation doit être motivée, et la personne doit en être informée.',
  noExtensionInLaw: (regime) => `Le régime ${regime} ne prévoit pas de prolongation.`,
  extensionNoticeLate: (dueBy, dated) =>
    `L’avis de prolongation devait être donné au plus tard le ${dueBy} et il est daté du ${dated} : indiquez une raison pour l’enregistrer malgré tout.`,
  extensionAlreadyTaken: 'Le délai a déjà été prolongé dans ce dossier.',

  alreadyAcknowledged: (reference, on) => `La réception du dossier ${reference} a déjà été confirmée le ${on}.`,
  noFeeAllowed: (regime, citation) => `Le régime ${regime} n’autorise aucuns frais (${citation}).`,
  feeGroundNotAllowed: (ground, regime, allowed, citation) =>
    `Le régime ${regime} n’autorise pas de frais pour le motif ${ground}, seulement pour ${allowed} (${citation}).`,
  feeStillUnpaid: (askedOn) => `Des frais demandés le ${askedOn} ne sont toujours pas payés.`,
  noFeeAwaited: 'Aucuns frais ne sont attendus dans ce dossier.',
  feePaidBeforeAsked: (date, askedOn) => `La date du ${date} est antérieure à la demande de frais (${askedOn}).`,
  refusalReasonNotAccepted: (reason, regime, accepted, citation) =>
    `Le régime ${regime} n’admet pas le motif ${reason} ; il admet ${accepted} (${citation}).`,

  subjectNeedsRelationship: 'Une personne concernée doit avoir un lien avec le demandeur.',
  relationshipNeedsSubjectName: 'Un lien demande le nom de la personne concernée.',
  birthDateNeedsSubject:
    'Une date de naissance est celle de la personne concernée : indiquez aussi son nom et son lien avec le demandeur.',
  takenByNotSpoken: (channel) =>
    `La personne ayant recueilli la demande est enregistrée pour les demandes faites par téléphone ou en personne, pas pour ${channel}.`,
  emptySubjectNameWithDetails:
    'Un nom vide supprime la personne concernée ; il ne peut donc pas être accompagné d’autres informations sur la personne concernée.',
  noSubjectForDetails:
    'Le dossier n’a pas de personne concernée : indiquez son nom avec les autres informations.',
  birthDateMalformed: (text) => `La date de naissance de la personne concernée « ${text} » n’est pas une date (AAAA-MM-JJ).`,
  bornAfterReceipt: (born, received) =>
    `La date de naissance de la personne concernée, le ${born}, est postérieure à la réception de la demande le ${received}.`,

  mineOnLocalRegister:
    'Un registre local a un seul utilisateur, à qui appartiennent tous les dossiers : les dossiers propres à un membre sont listés dans un registre d’équipe.',
  searchTextEmpty: 'Le texte de recherche est vide : indiquez un nom, une adresse e-mail ou un mot.',
  searchTextTooLong: (length, max) =>
    `Le texte de recherche compte ${length} caractères ; au plus ${max} sont recherchés.`,
  searchTextNoWord: (text) => `Le texte de recherche « ${text} » ne contient ni lettre ni chiffre à rechercher.`,

  rightNotAsked: (reference, right, asked) =>
    `Le dossier ${reference} ne demande pas ${right} : il demande ${asked}.`,
  rightsUnanswered: (reference, rights, count) =>
    count === 1
      ? `Dans le dossier ${reference}, il n’a pas été répondu à ${rights} : enregistrez d’abord la réponse.`
      : `Dans le dossier ${reference}, il n’a pas été répondu à ${rights} : enregistrez d’abord la réponse à chacun.`,
  correctionNeedsReason: 'La correction d’une réponse doit indiquer pourquoi elle était erronée.',
  correctionOnClosedCase: (reference) =>
    `Le dossier ${reference} est clos : rouvrez-le d’abord pour corriger une réponse.`,
  noAnswerToCorrect: (reference, right) =>
    `Dans le dossier ${reference}, ${right} n’a pas de réponse à corriger : enregistrez plutôt sa réponse.`,
  nothingToCorrect: (reference, right, outcome, on) =>
    `Dans le dossier ${reference}, ${right} est déjà enregistré comme ${outcome} le ${on} : il n’y a rien à corriger.`,
  alreadyAnswered: (reference, right, on, outcome) =>
    `Dans le dossier ${reference}, il a déjà été répondu à ${right} le ${on} (${outcome}). Il est répondu une seule fois à un droit : pour modifier la réponse, corrigez-la en indiquant pourquoi.`,
  exemptionNotForOutcome: (outcome) =>
    `Une exception est enregistrée pour un droit satisfait en partie, pas pour le résultat ${outcome}.`,
  reasonNotForOutcome: (outcome) =>
    `Un motif est enregistré pour un droit refusé ou non applicable, pas pour le résultat ${outcome}.`,
  groundNotForOutcome: (outcome) =>
    `Un motif de refus est enregistré pour un droit refusé, pas pour le résultat ${outcome}.`,
  refusalNeedsGround: (right, accepted, citation) =>
    `Refuser ${right} demande son motif : ${accepted} (${citation}).`,
  partlyNeedsExemption: (right) =>
    `Si ${right} est satisfait en partie, indiquez en toutes lettres l’exception qui s’applique au reste.`,
  notApplicableNeedsReason: (right) => `Si ${right} n’est pas applicable, indiquez pourquoi.`,
  detailNotForOutcome: (outcome) =>
    `Une exception ou un motif est enregistré pour un droit satisfait en partie, refusé ou non applicable, pas pour le résultat ${outcome}.`,
  answeredByEmpty: 'L’indication de qui a répondu est vide.',
  nothingDoneForRight: (reference, right, outcome, actions) =>
    `Dans le dossier ${reference}, il ne peut pas être répondu à ${right} comme ${outcome} : rien de ce qui a été fait à ce titre n’est enregistré. Enregistrez dans le journal des actions du dossier ce qui a été fait (${actions}).`,
  notRefusedForIdentity: (right, ground) =>
    `Le droit ${right} n’est pas refusé faute de vérification de l’identité : ${ground}.`,
  identityRefusalUnsought: (reference, right) =>
    `Dans le dossier ${reference}, refuser ${right} faute d’avoir pu vérifier l’identité suppose que des justificatifs d’identité aient été demandés ou qu’une vérification d’identité échouée soit enregistrée.`,

  appealNotInLaw: (reference, regime) =>
    `Dossier ${reference} : un recours auprès du responsable du traitement avec son propre délai relève de la loi d’un État américain ; le régime ${regime} n’en prévoit pas.`,
  appealWithoutAnswer: (reference) =>
    `Dossier ${reference} : un recours porte sur un refus ou une réponse, et aucun n’est encore enregistré.`,
  appealBeforeAnswer: (on, answered) =>
    `Le recours du ${on} est antérieur à la réponse qu’il conteste (${answered}).`,
  appealAlreadyOpen: (reference) => `Dans le dossier ${reference}, un recours attend déjà sa décision.`,
  noAppealAwaiting: (reference) => `Dans le dossier ${reference}, aucun recours n’attend de décision.`,
  decisionBeforeAppeal: (on, appealed) => `La décision du ${on} est antérieure au recours (${appealed}).`,

  complainantNameEmpty: 'Le nom de l’auteur de la réclamation est vide.',
  complaintBeforeLaw: (received, inForceFrom) =>
    `La réclamation du ${received} est antérieure à l’application de DPA 2018 s.164A (${inForceFrom}) : enregistrez-la plutôt comme note sur la demande.`,
  complaintBeforeRequest: (received, reference, requestReceived) =>
    `La réclamation du ${received} est antérieure à la réception de la demande qu’elle concerne (${reference}, reçue le ${requestReceived}).`,
  concernsUnknownCase: (reference) =>
    `Il n’y a pas de dossier ${reference} : une réclamation désigne une demande de ce registre.`,
  concernsAComplaint: (reference) => `Le dossier ${reference} est lui-même une réclamation, pas une demande.`,

  rationaleEmpty: 'La justification est vide : expliquez pourquoi, en toutes lettres.',
  methodNoneNeedsNotNeeded: (none, notNeeded) => `La méthode ${none} va avec le résultat ${notNeeded}.`,
  notNeededNeedsMethodNone: (notNeeded, none) => `Le résultat ${notNeeded} va avec la méthode ${none}.`,
  comparedMissing: 'Indiquez ce qui a été comparé avec quoi.',
  otherMethodNeedsReason: (suggested, reasons, method) =>
    `La méthode suggérée pour cette demande est ${suggested} (${reasons}) : indiquez pourquoi vous utilisez plutôt ${method}.`,
  identityAlreadySettled: (reference, was) =>
    was === null
      ? `L’identité dans le dossier ${reference} est déjà établie.`
      : `L’identité dans le dossier ${reference} est déjà établie (${was}).`,

  noActionForRight: (right) =>
    `Le droit ${right} reçoit sa réponse par le journal des recherches et la copie des données : aucune action n’est enregistrée à ce titre.`,
  actionNotForRight: (did, right, expected) =>
    `L’action ${did} ne répond pas au droit ${right} ; il y est répondu par ${expected}.`,
  keptNeedsGround: 'Des données conservées demandent leur fondement juridique (par exemple une obligation légale de conservation).',
  groundOnlyForKept: (did) =>
    `Un fondement juridique est enregistré seulement pour des données conservées, pas pour l’action ${did}.`,
  rectificationNeedsDetail: 'Une rectification indique ce qui a été modifié, de quoi à quoi.',
  doneByEmpty: 'L’indication de qui l’a fait est vide.',
  recipientEmpty: 'Le destinataire est vide.',
  nothingToNotify: (reference) =>
    `Le dossier ${reference} ne demande ni rectification, ni effacement, ni limitation du traitement : il n’y a aucun changement à notifier.`,
  severalRightsToNotify: 'Le dossier demande plusieurs droits : indiquez celui qui a été notifié.',
  rightNotNotified: (right) =>
    `Les destinataires sont informés d’une rectification, d’un effacement ou d’une limitation du traitement, pas du droit ${right}.`,
  recipientUnlisted: (recipient) =>
    `Le destinataire « ${recipient} » ne figure pas au registre des activités de traitement : indiquez pourquoi il a été informé.`,
};
