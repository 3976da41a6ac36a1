// What the Rust side refuses about letters, drafts, their templates and posted
// letters (`DocumentsSaid`), in each language. Paths, references, file names,
// system ids and the wrapped error's `detail` pass through as written; codes
// (rights, outcomes, letter kinds) and dates arrive already worded by
// ui/src/lib/errorSaid/documents.ts. No sentence names a command of the CLI.
import type { LetterKind } from '../../ipc';
import type { Widen } from '../en';

export const en = {
  /** What a letter needs recorded first (`MissingFact`); the window's words for where to record it. */
  needs: {
    identityRequest: 'This letter needs the identity request recorded first, with what was asked for (Identity: request evidence).',
    clarificationQuestion: 'This letter needs the clarification question recorded first (Ask for clarification).',
    extension: 'This letter needs the extension taken first, with its reason (Take the extension).',
    noFeeInLaw: (law: string, provision: string) =>
      `No fee may be asked under ${law} (${provision}): there is no fee request to make.`,
    noExtensionInLaw: (law: string) => `${law} sets no extension of its period: there is no extension to tell the person about.`,
    fee: 'A fee request states the fee request recorded on the case: record the fee request, with its ground and amount, first (Ask for a fee).',
    refusalReason: 'A refusal needs its reason written out: record the refusal with its text first.',
    complaintAnswer: 'The complaint outcome letter states the recorded answer, its outcome and reasons: record the answer to the complaint first.',
    appealDecision: 'The appeal decision letter states the recorded decision, its outcome and reasons: record the appeal’s decision first.',
    erasureDone: 'An erasure confirmation states what was erased, anonymised or kept in each system, and nothing is recorded yet: record it in the action log first.',
    rectificationDone: 'A rectification confirmation states what was corrected in each system, and nothing is recorded yet: record it in the action log first.',
    rightNotAsked: (letter: string, right: string, reference: string, rights: string) =>
      `The letter “${letter}” answers a request for the right “${right}”, and case ${reference} does not ask for it (its rights: ${rights}).`,
    actionsDone: (letter: string, done: string, reference: string) =>
      `The letter “${letter}” states what was done in each system, and nothing of the kind (${done}) is recorded on case ${reference}: record it in the action log first.`,
    verificationProcess: (provision: string, language: string, recorded: string) =>
      `This acknowledgement must describe in general how you verify a requester (${provision}), and the organisation profile does not say how in ${language}, the letter\u2019s language: add it under Settings → Organisation${recorded ? `, or make the letter in ${recorded}` : ''}.`,
    processingRecord: (absent: string) =>
      `The access response states the record of processing, and these parts of it are not recorded: ${absent}. Complete the register of processing first.`,
    part: {
      purposes: 'purposes',
      data_categories: 'categories of data',
      recipients: 'recipients',
      retention: 'retention',
      sources: 'sources',
      automated_decisions: 'automated decisions',
      transfers: 'transfers',
    } as Record<string, string>,
    or: 'or',
  },
  /** A letter's kind inside a sentence. */
  letter: {
    acknowledgement: 'Acknowledgement',
    'id-request': 'Request for identification',
    'authority-request': 'Request for proof of authority',
    clarification: 'Request for clarification',
    extension: 'Extension notice',
    'fee-request': 'Fee request',
    'access-response': 'Access response',
    'erasure-confirmation': 'Erasure confirmation',
    'rectification-confirmation': 'Rectification confirmation',
    'restriction-confirmation': 'Restriction confirmation',
    'objection-confirmation': 'Objection confirmation',
    'opt-out-confirmation': 'Opt-out confirmation',
    refusal: 'Refusal',
    'no-data': 'No data held',
    'id-reminder': 'Identification reminder',
    'complaint-acknowledgement': 'Complaint acknowledgement',
    'complaint-outcome': 'Complaint outcome',
    'appeal-decision': 'Appeal decision',
    'account-deactivation-confirmation': 'Account deactivation confirmation',
    'preferences-confirmation': 'Communication preferences confirmation',
  } satisfies Record<LetterKind, string>,
  /** A recorded answer inside a sentence: `why` is a refusal ground or the answer's words, when there is one. */
  answered: (right: string, outcome: string, why: string | null, on: string) =>
    `${right} is answered as “${outcome}”${why === null ? '' : ` (${why})`} on ${on}`,
  noRight: 'no right',
  /** A right and its recorded outcome, in a list. */
  rightAnswered: (right: string, outcome: string) => `${right}: ${outcome}`,

  logoNotAFile: (path: string) => `The logo “${path}” is not a file.`,
  logoUnreadable: (path: string, detail: string) => `The logo “${path}” cannot be read: ${detail}.`,
  letterNotMade: (detail: string) => `The letter cannot be made: ${detail}.`,
  noLetterTemplate: (language: string, letter: string, available: string) =>
    `There is no template for the letter “${letter}” in ${language} (templates exist in: ${available}). Choose one of those languages, or write your own template in ${language}.`,
  logoNotAnImage: (detail: string) => `The logo of the letter settings is not an image a letter can print; the image reader says: ${detail}.`,
  letterTemplateRefused: (name: string, why: string) => `The template “${name}” does not make the letter: ${why}.`,
  ownTemplateRefused: (name: string, why: string, bareCase: boolean) =>
    `The template “${name}” was not kept, as it does not make a letter${bareCase ? ' for a case with no email, postal address or representative (check for those with {% if … %} first)' : ''}: ${why}. Nothing was changed.`,
  templateTooLarge: (template: string, kib: number, maxKib: number) =>
    `The template “${template}” is ${kib} KiB; your own template may be at most ${maxKib} KiB.`,
  exportBesideOtherTemplate: (register: string, path: string) =>
    `The folder of “${register}” already holds the own letter template “${path}”, which the team register does not have (or not with that text): a register exported there would make its letters from it. Export into another folder, or move that file away. Nothing was written.`,
  /** Why a template does not make a letter (`TemplateProblem`), after a colon; the engine's words as it wrote them. */
  templateProblem: {
    engine: (line: string | null, detail: string) =>
      line === null ? `the template engine says: ${detail}` : `on line ${line}, the template engine says: ${detail}`,
    tooLong: (kib: string, max: string) => `it produced ${kib} KiB of text (a letter is at most ${max} KiB)`,
    noTitle: 'its first line, the letter’s title, is empty',
  },
  /** An own template's fault, in Settings → Letter templates (`TemplateFault`). */
  templateFault: (name: string, why: string, bareCase: boolean) =>
    `The template “${name}” does not make a letter: ${why}.` +
    (bareCase ? ' This happens for a case with no email address, postal address or representative: check with {% if … %} that a fact is there first.' : ''),
  letterDoesNotFitCase: (letter: string, reference: string, complaint: boolean) =>
    `The letter “${letter}” does not fit case ${reference}, which is ${complaint ? 'a complaint' : 'a request'}.`,
  letterAnswersOtherRights: (letter: string, answers: string, reference: string, asked: string) =>
    `The letter “${letter}” answers ${answers}, and case ${reference} asked for ${asked}.`,
  closedCaseNoLetter: (reference: string) =>
    `Case ${reference} is closed: no letter is recorded on a closed case. Re-open the case first.`,
  appealDecisionNotRecorded: (reference: string) =>
    `The appeal decision letter states the recorded decision, and case ${reference} has none: record the appeal’s decision and its text first.`,
  complaintOutcomeNotRecorded: (reference: string) =>
    `The complaint outcome letter states the recorded answer, and case ${reference} has none: record the answer to the complaint and its text first.`,
  accessResponseUnsearched: (reference: string, systems: string) =>
    `The access response states what the searches found, and case ${reference} has systems not searched yet: ${systems}. Record the result of each search first.`,
  accessResponseNothingFound: (reference: string) =>
    `The access response states the data found, and no search on case ${reference} found any: send the “No data held” letter instead.`,
  noDataButAnswered: (reference: string, answered: string) =>
    `Case ${reference}: ${answered}. The “No data held” letter would say that no data is held; the access response states what was found.`,
  noDataUnsearched: (reference: string, systems: string) =>
    `The “No data held” letter states that the searches found nothing, and case ${reference} has systems not searched yet: ${systems}. Record the result of each search first.`,
  noDataButFound: (reference: string, systems: string) =>
    `Case ${reference}: the search of ${systems} found the person’s data, so the “No data held” letter would say otherwise; the access response states what was found.`,
  refusalButNoneRefused: (reference: string, answers: string) =>
    `Case ${reference}: no right is answered as refused (${answers}); a refusal letter would say otherwise.`,
  letterContradictsAnswer: (reference: string, answered: string, letter: string, instead: string | null) =>
    `Case ${reference}: ${answered}. The letter “${letter}” would say otherwise${instead === null ? '' : `; the letter “${instead}” states it`}.`,
  refusalNotRecorded: (reference: string) =>
    `Case ${reference}: the refusal letter states that the request is refused, and no refusal is recorded. Record the refusal of the request, or a right’s answer as refused, first.`,
  rightsUnanswered: (reference: string, letter: string, open: string, count: number) =>
    `Case ${reference}: the letter “${letter}” states the answer to ${open}, and ${count === 1 ? 'it has' : 'they have'} no recorded answer. Record ${count === 1 ? 'the answer' : 'an answer to each'} first.`,
  emlNotWritten: (detail: string) => `No email draft could be made: the mail builder says: ${detail}.`,
  emlNoDpoEmail:
    'No email draft: the organisation profile has no DPO email address to send it from. Add one to the profile.',
  emlNoRequesterEmail: (reference: string) => `No email draft: case ${reference} has no email address for the requester.`,
  recipientsNotRecorded: (letter: string) =>
    `The letter “${letter}” names only the recipients recorded as told: record each recipient told in the action log instead.`,
  fontsFolderUnreadable: (path: string, detail: string) => `The fonts folder “${path}” cannot be read: ${detail}.`,
  fontUnreadable: (path: string, detail: string) => `The font “${path}” cannot be read: ${detail}.`,
  unknownChannel: (input: string) =>
    `The way of sending “${input}” is not known: choose email, post, phone, web form, in person or other.`,
  invalidDraft: (input: string) => `The draft “${input}” is not known: give its number, as the list of drafts shows it.`,
  draftAlreadySent: (draft: number, reference: string, correspondence: number) =>
    `Draft ${draft} of case ${reference} was already sent (correspondence ${correspondence}).`,
  draftDiscarded: (draft: number, reference: string) =>
    `Draft ${draft} of case ${reference} was discarded: make the letter again.`,
  sentBeforeDraft: (date: string, draft: number, letterDate: string) =>
    `The date ${date} is before draft ${draft} was made (the letter is dated ${letterDate}).`,
  draftNoLongerMade: (draft: number, reference: string, detail: string) =>
    `Draft ${draft} of case ${reference} can no longer be made from the record (${detail}): discard it and make the letter again.`,
  draftNoLongerMadeBecause: (draft: number, reference: string, because: string) =>
    `Draft ${draft} of case ${reference} can no longer be made from the record: discard it and make the letter again. ${because}`,
  caseChangedSinceDraft: (reference: string, draft: number) =>
    `Case ${reference} changed since draft ${draft} was made, and the letter would now read differently: discard the draft and make the letter again.`,
  invalidCorrespondence: (input: string) => `The letter “${input}” is not known: give its number, as the correspondence lists it.`,
  withdrawalReasonEmpty: 'The reason is empty: say why the letter is withdrawn.',
  correspondenceNotSent: (correspondence: number, reference: string) =>
    `Correspondence ${correspondence} of case ${reference} was received, not sent: only a letter sent can be withdrawn.`,
  closedCaseNoWithdrawal: (reference: string) => `Case ${reference} is closed: re-open the case first.`,
  alreadyWithdrawn: (correspondence: number, reference: string, on: string, reason: string) =>
    `Correspondence ${correspondence} of case ${reference} was already withdrawn on ${on} (${reason}).`,
  sentBeforeLetterDate: (date: string, today: string) =>
    `The date ${date} is before the letter’s date (${today}): a letter made today was not sent earlier.`,
  unknownTemplateKind: (input: string) => `The kind of letter “${input}” has no template.`,
  invalidTemplateLanguage: (input: string) =>
    `The language “${input}” is not valid: give a two-letter ISO 639-1 code such as en or de.`,
  templatesFolderUnreadable: (path: string, detail: string) =>
    `The templates folder “${path}” cannot be read: ${detail}.`,
  folderNotCreated: (path: string, detail: string) => `The folder “${path}” cannot be created: ${detail}.`,
  noBuiltInTemplate: (language: string, file: string, shipped: string) =>
    `There is no built-in template in “${language}” to copy (built-in languages: ${shipped}); write your own ${language}/${file}.txt in the templates folder.`,
  ownTemplateExists: (language: string, file: string, path: string) =>
    `There is already an own copy of ${language}/${file}.txt (“${path}”): edit it, or go back to the built-in template first.`,
  fileNotCreated: (path: string, detail: string) => `The file “${path}” cannot be created: ${detail}.`,
  fileNotWritten: (path: string, detail: string) => `The file “${path}” cannot be written: ${detail}.`,
  noBuiltInToGoBackTo: (language: string, file: string, path: string) =>
    `There is no built-in template of ${file} in “${language}” to go back to: move or delete “${path}” yourself.`,
  noTemplateInLanguage: (language: string, file: string, shipped: string) =>
    `There is no template of ${file} in “${language}”, built-in or your own (built-in languages: ${shipped}). Keep one of your own first.`,
  noBuiltInToGoBackToInRegister: (language: string, file: string) =>
    `There is no built-in template of ${file} in “${language}” to go back to: replace your own with another text instead.`,
  fileUnreadable: (path: string, detail: string) => `The file “${path}” cannot be read: ${detail}.`,
  fileNotRenamed: (from: string, to: string, detail: string) =>
    `The file “${from}” cannot be renamed to “${to}”: ${detail}.`,
  scanTooLarge: (fileName: string, limitMb: string) => `The scan “${fileName}” is larger than ${limitMb} MB.`,
  scanNotPdfOrImage: (fileName: string) => `The scan “${fileName}” is not a PDF, PNG or JPEG file.`,
  postedLetterNoRight: 'No right is recognised in the letter’s text: choose the rights it asks for.',
  postedLetterEmpty: 'A letter needs its text or a scan of it.',
  postmarkAfterReceipt: (postmark: string, received: string) =>
    `The postmark ${postmark} is after the day the letter was received (${received}).`,
};

export type DocumentsStrings = Widen<typeof en>;

export const de: DocumentsStrings = {
  needs: {
    identityRequest: 'Für dieses Schreiben muss zuerst die Anforderung des Identitätsnachweises erfasst werden, mit dem, was angefordert wurde (Identität: Nachweis anfordern).',
    clarificationQuestion: 'Für dieses Schreiben muss zuerst die Rückfrage erfasst werden (Um Präzisierung bitten).',
    extension: 'Für dieses Schreiben muss zuerst die Fristverlängerung mit ihrer Begründung erfasst werden (Frist verlängern).',
    noFeeInLaw: (law, provision) =>
      `Nach ${law} darf keine Gebühr verlangt werden (${provision}): Es gibt keine Gebührenanforderung zu schreiben.`,
    noExtensionInLaw: (law) => `${law} sieht keine Verlängerung der Frist vor: Es gibt keine Verlängerung, über die die Person zu informieren wäre.`,
    fee: 'Eine Gebührenanforderung gibt die auf dem Fall erfasste Gebührenanforderung wieder: Erfassen Sie sie zuerst mit Grund und Betrag (Entgelt verlangen).',
    refusalReason: 'Eine Ablehnung braucht ihre ausformulierte Begründung: Erfassen Sie zuerst die Ablehnung mit ihrem Text.',
    complaintAnswer: 'Das Schreiben zum Ergebnis der Beschwerde gibt die erfasste Antwort, ihr Ergebnis und ihre Gründe wieder: Erfassen Sie zuerst die Antwort auf die Beschwerde.',
    appealDecision: 'Das Schreiben zur Widerspruchsentscheidung gibt die erfasste Entscheidung, ihr Ergebnis und ihre Gründe wieder: Erfassen Sie zuerst die Entscheidung.',
    erasureDone: 'Eine Löschbestätigung gibt an, was in jedem System gelöscht, anonymisiert oder aufbewahrt wurde, und noch ist nichts erfasst: Erfassen Sie es zuerst im Maßnahmenprotokoll.',
    rectificationDone: 'Eine Berichtigungsbestätigung gibt an, was in jedem System berichtigt wurde, und noch ist nichts erfasst: Erfassen Sie es zuerst im Maßnahmenprotokoll.',
    rightNotAsked: (letter, right, reference, rights) =>
      `Das Schreiben „${letter}“ beantwortet einen Antrag zum Recht „${right}“, und der Vorgang ${reference} betrifft es nicht (seine Rechte: ${rights}).`,
    actionsDone: (letter, done, reference) =>
      `Das Schreiben „${letter}“ gibt an, was in jedem System getan wurde, und im Vorgang ${reference} ist nichts dieser Art (${done}) erfasst: Erfassen Sie es zuerst im Maßnahmenprotokoll.`,
    verificationProcess: (provision, language, recorded) =>
      `Diese Eingangsbestätigung muss allgemein beschreiben, wie Sie Antragsteller überprüfen (${provision}), und das Organisationsprofil sagt dazu nichts auf ${language}, der Sprache des Schreibens: Ergänzen Sie es unter Einstellungen → Organisation${recorded ? ` oder erstellen Sie das Schreiben auf ${recorded}` : ''}.`,
    processingRecord: (absent) =>
      `Die Auskunft gibt das Verzeichnis von Verarbeitungstätigkeiten wieder, und diese Angaben sind nicht erfasst: ${absent}. Vervollständigen Sie zuerst das Verzeichnis.`,
    part: {
      purposes: 'Zwecke',
      data_categories: 'Datenkategorien',
      recipients: 'Empfänger',
      retention: 'Speicherdauer',
      sources: 'Herkunft',
      automated_decisions: 'automatisierte Entscheidungen',
      transfers: 'Übermittlungen',
    },
    or: 'oder',
  },
  letter: {
    acknowledgement: 'Eingangsbestätigung',
    'id-request': 'Anforderung eines Identitätsnachweises',
    'authority-request': 'Anforderung eines Vollmachtsnachweises',
    clarification: 'Bitte um Präzisierung',
    extension: 'Mitteilung der Fristverlängerung',
    'fee-request': 'Gebührenanforderung',
    'access-response': 'Auskunftserteilung',
    'erasure-confirmation': 'Bestätigung der Löschung',
    'rectification-confirmation': 'Bestätigung der Berichtigung',
    'restriction-confirmation': 'Bestätigung der Einschränkung der Verarbeitung',
    'objection-confirmation': 'Bestätigung des Widerspruchs',
    'opt-out-confirmation': 'Bestätigung des Widerspruchs gegen den Verkauf',
    refusal: 'Ablehnung',
    'no-data': 'Negativauskunft',
    'id-reminder': 'Erinnerung an den Identitätsnachweis',
    'complaint-acknowledgement': 'Eingangsbestätigung der Beschwerde',
    'complaint-outcome': 'Antwort auf die Beschwerde',
    'appeal-decision': 'Entscheidung über den Einspruch',
    'account-deactivation-confirmation': 'Bestätigung der Kontodeaktivierung',
    'preferences-confirmation': 'Bestätigung der Kommunikationseinstellungen',
  },
  answered: (right, outcome, why, on) =>
    `Für das Recht „${right}“ ist am ${on} die Antwort „${outcome}“${why === null ? '' : ` (${why})`} erfasst`,
  noRight: 'kein Recht',
  rightAnswered: (right, outcome) => `${right} – ${outcome}`,

  logoNotAFile: (path) => `Das Logo „${path}“ ist keine Datei.`,
  logoUnreadable: (path, detail) => `Das Logo „${path}“ kann nicht gelesen werden: ${detail}.`,
  letterNotMade: (detail) => `Das Schreiben kann nicht erstellt werden: ${detail}.`,
  noLetterTemplate: (language, letter, available) =>
    `Für das Schreiben „${letter}“ gibt es keine Vorlage auf ${language} (Vorlagen gibt es auf: ${available}). Wählen Sie eine dieser Sprachen oder legen Sie eine eigene Vorlage auf ${language} an.`,
  logoNotAnImage: (detail) => `Das Logo der Briefeinstellungen ist kein Bild, das ein Schreiben drucken kann; das Bildmodul meldet: ${detail}.`,
  letterTemplateRefused: (name, why) => `Mit der Vorlage „${name}“ kann das Schreiben nicht erstellt werden: ${why}.`,
  ownTemplateRefused: (name, why, bareCase) =>
    `Die Vorlage „${name}“ wurde nicht übernommen, weil mit ihr kein Schreiben erstellt werden kann${bareCase ? ' für einen Fall ohne E-Mail-Adresse, Postanschrift oder Vertretung (prüfen Sie diese zuerst mit {% if … %})' : ''}: ${why}. Es wurde nichts geändert.`,
  templateTooLarge: (template, kib, maxKib) =>
    `Die Vorlage „${template}“ ist ${kib} KiB groß; eine eigene Vorlage darf höchstens ${maxKib} KiB groß sein.`,
  exportBesideOtherTemplate: (register, path) =>
    `Im Ordner von „${register}“ liegt bereits die eigene Briefvorlage „${path}“, die das Team-Register nicht (oder nicht mit diesem Text) hat: Ein dorthin exportiertes Register würde seine Schreiben damit erstellen. Exportieren Sie in einen anderen Ordner oder verschieben Sie diese Datei. Es wurde nichts geschrieben.`,
  templateProblem: {
    engine: (line, detail) =>
      line === null ? `die Vorlagen-Engine meldet: ${detail}` : `in Zeile ${line} meldet die Vorlagen-Engine: ${detail}`,
    tooLong: (kib, max) => `sie ergibt ${kib} KiB Text (ein Schreiben hat höchstens ${max} KiB)`,
    noTitle: 'ihre erste Zeile, der Titel des Schreibens, ist leer',
  },
  templateFault: (name, why, bareCase) =>
    `Mit der Vorlage „${name}“ kann kein Schreiben erstellt werden: ${why}.` +
    (bareCase ? ' Das geschieht bei einem Vorgang ohne E-Mail-Adresse, Postanschrift oder Vertretung: Prüfen Sie zuerst mit {% if … %}, ob eine Angabe vorhanden ist.' : ''),
  letterDoesNotFitCase: (letter, reference, complaint) =>
    `Das Schreiben „${letter}“ passt nicht zum Vorgang ${reference}, der ${complaint ? 'eine Beschwerde' : 'ein Antrag'} ist.`,
  letterAnswersOtherRights: (letter, answers, reference, asked) =>
    `Das Schreiben „${letter}“ beantwortet ${answers}, und im Vorgang ${reference} wurde ${asked} geltend gemacht.`,
  closedCaseNoLetter: (reference) =>
    `Der Vorgang ${reference} ist abgeschlossen: Zu einem abgeschlossenen Vorgang wird kein Schreiben erfasst. Eröffnen Sie den Vorgang zuerst wieder.`,
  appealDecisionNotRecorded: (reference) =>
    `Das Schreiben zur Entscheidung über den Einspruch gibt die erfasste Entscheidung wieder, und im Vorgang ${reference} ist keine erfasst: Erfassen Sie zuerst die Entscheidung und ihren Text.`,
  complaintOutcomeNotRecorded: (reference) =>
    `Die Antwort auf die Beschwerde gibt die erfasste Antwort wieder, und im Vorgang ${reference} ist keine erfasst: Erfassen Sie zuerst die Antwort auf die Beschwerde und ihren Text.`,
  accessResponseUnsearched: (reference, systems) =>
    `Die Auskunftserteilung gibt wieder, was die Suchen ergeben haben, und im Vorgang ${reference} sind noch nicht alle Systeme durchsucht: ${systems}. Erfassen Sie zuerst das Ergebnis jeder Suche.`,
  accessResponseNothingFound: (reference) =>
    `Die Auskunftserteilung nennt die gefundenen Daten, und keine Suche im Vorgang ${reference} hat Daten gefunden: Senden Sie stattdessen die Negativauskunft.`,
  noDataButAnswered: (reference, answered) =>
    `Vorgang ${reference}: ${answered}. Die Negativauskunft würde besagen, dass keine Daten vorhanden sind; was gefunden wurde, gibt die Auskunftserteilung wieder.`,
  noDataUnsearched: (reference, systems) =>
    `Die Negativauskunft besagt, dass die Suchen nichts ergeben haben, und im Vorgang ${reference} sind noch nicht alle Systeme durchsucht: ${systems}. Erfassen Sie zuerst das Ergebnis jeder Suche.`,
  noDataButFound: (reference, systems) =>
    `Vorgang ${reference}: Die Suche in ${systems} hat Daten der Person gefunden, die Negativauskunft würde also etwas anderes besagen; was gefunden wurde, gibt die Auskunftserteilung wieder.`,
  refusalButNoneRefused: (reference, answers) =>
    `Vorgang ${reference}: Kein Recht ist als abgelehnt beantwortet (${answers}); ein Ablehnungsschreiben würde etwas anderes besagen.`,
  letterContradictsAnswer: (reference, answered, letter, instead) =>
    `Vorgang ${reference}: ${answered}. Das Schreiben „${letter}“ würde etwas anderes besagen${instead === null ? '' : `; dies gibt das Schreiben „${instead}“ wieder`}.`,
  refusalNotRecorded: (reference) =>
    `Vorgang ${reference}: Das Ablehnungsschreiben besagt, dass der Antrag abgelehnt wird, und es ist keine Ablehnung erfasst. Erfassen Sie zuerst die Ablehnung des Antrags oder die Antwort auf ein Recht als abgelehnt.`,
  rightsUnanswered: (reference, letter, open, count) =>
    `Vorgang ${reference}: Das Schreiben „${letter}“ gibt die Antwort auf ${open} wieder, und dafür ist noch keine Antwort erfasst. Erfassen Sie zuerst ${count === 1 ? 'die Antwort' : 'die Antwort auf jedes Recht'}.`,
  emlNotWritten: (detail) => `Es konnte kein E-Mail-Entwurf erstellt werden, das E-Mail-Modul meldet: ${detail}.`,
  emlNoDpoEmail:
    'Kein E-Mail-Entwurf: Das Organisationsprofil enthält keine E-Mail-Adresse des Datenschutzbeauftragten als Absender. Ergänzen Sie sie im Profil.',
  emlNoRequesterEmail: (reference) =>
    `Kein E-Mail-Entwurf: Im Vorgang ${reference} ist keine E-Mail-Adresse der antragstellenden Person erfasst.`,
  recipientsNotRecorded: (letter) =>
    `Das Schreiben „${letter}“ nennt nur die Empfänger, deren Benachrichtigung erfasst ist: Erfassen Sie stattdessen jeden benachrichtigten Empfänger im Maßnahmenprotokoll.`,
  fontsFolderUnreadable: (path, detail) => `Der Schriftenordner „${path}“ kann nicht gelesen werden: ${detail}.`,
  fontUnreadable: (path, detail) => `Die Schrift „${path}“ kann nicht gelesen werden: ${detail}.`,
  unknownChannel: (input) =>
    `Der Versandweg „${input}“ ist unbekannt: Wählen Sie E-Mail, Post, Telefon, Webformular, persönlich oder Sonstiges.`,
  invalidDraft: (input) => `Der Entwurf „${input}“ ist unbekannt: Geben Sie seine Nummer an, wie sie die Liste der Entwürfe zeigt.`,
  draftAlreadySent: (draft, reference, correspondence) =>
    `Der Entwurf ${draft} des Vorgangs ${reference} wurde bereits versandt (Schriftwechsel ${correspondence}).`,
  draftDiscarded: (draft, reference) =>
    `Der Entwurf ${draft} des Vorgangs ${reference} wurde verworfen: Erstellen Sie das Schreiben erneut.`,
  sentBeforeDraft: (date, draft, letterDate) =>
    `Das Datum ${date} liegt vor der Erstellung des Entwurfs ${draft} (das Schreiben ist auf den ${letterDate} datiert).`,
  draftNoLongerMade: (draft, reference, detail) =>
    `Der Entwurf ${draft} des Vorgangs ${reference} lässt sich aus den erfassten Angaben nicht mehr erstellen (${detail}): Verwerfen Sie ihn und erstellen Sie das Schreiben erneut.`,
  draftNoLongerMadeBecause: (draft, reference, because) =>
    `Der Entwurf ${draft} des Vorgangs ${reference} lässt sich aus den erfassten Angaben nicht mehr erstellen: Verwerfen Sie ihn und erstellen Sie das Schreiben erneut. ${because}`,
  caseChangedSinceDraft: (reference, draft) =>
    `Der Vorgang ${reference} wurde seit der Erstellung des Entwurfs ${draft} geändert, und das Schreiben würde jetzt anders lauten: Verwerfen Sie den Entwurf und erstellen Sie das Schreiben erneut.`,
  invalidCorrespondence: (input) => `Das Schriftstück „${input}“ ist unbekannt: Geben Sie seine Nummer an, wie sie der Schriftwechsel zeigt.`,
  withdrawalReasonEmpty: 'Die Begründung ist leer: Geben Sie an, warum das Schreiben zurückgezogen wird.',
  correspondenceNotSent: (correspondence, reference) =>
    `Das Schriftstück ${correspondence} des Vorgangs ${reference} wurde empfangen, nicht versandt: Nur ein versandtes Schreiben kann zurückgezogen werden.`,
  closedCaseNoWithdrawal: (reference) =>
    `Der Vorgang ${reference} ist abgeschlossen: Eröffnen Sie den Vorgang zuerst wieder.`,
  alreadyWithdrawn: (correspondence, reference, on, reason) =>
    `Das Schriftstück ${correspondence} des Vorgangs ${reference} wurde bereits am ${on} zurückgezogen (${reason}).`,
  sentBeforeLetterDate: (date, today) =>
    `Das Datum ${date} liegt vor dem Datum des Schreibens (${today}): Ein heute erstelltes Schreiben kann nicht früher versandt worden sein.`,
  unknownTemplateKind: (input) => `Für die Art von Schreiben „${input}“ gibt es keine Vorlage.`,
  invalidTemplateLanguage: (input) =>
    `Die Sprache „${input}“ ist ungültig: Geben Sie einen zweibuchstabigen ISO-639-1-Code an, etwa en oder de.`,
  templatesFolderUnreadable: (path, detail) =>
    `Der Vorlagenordner „${path}“ kann nicht gelesen werden: ${detail}.`,
  folderNotCreated: (path, detail) => `Der Ordner „${path}“ kann nicht angelegt werden: ${detail}.`,
  noBuiltInTemplate: (language, file, shipped) =>
    `Es gibt keine mitgelieferte Vorlage in „${language}“ zum Kopieren (mitgelieferte Sprachen: ${shipped}); legen Sie eine eigene ${language}/${file}.txt im Vorlagenordner an.`,
  ownTemplateExists: (language, file, path) =>
    `Es gibt bereits eine eigene Fassung von ${language}/${file}.txt („${path}“): Bearbeiten Sie diese oder kehren Sie zuerst zur mitgelieferten Vorlage zurück.`,
  fileNotCreated: (path, detail) => `Die Datei „${path}“ kann nicht angelegt werden: ${detail}.`,
  fileNotWritten: (path, detail) => `Die Datei „${path}“ kann nicht geschrieben werden: ${detail}.`,
  noBuiltInToGoBackTo: (language, file, path) =>
    `Es gibt keine mitgelieferte Vorlage ${file} in „${language}“, zu der zurückgekehrt werden könnte: Verschieben oder löschen Sie „${path}“ selbst.`,
  noTemplateInLanguage: (language, file, shipped) =>
    `Es gibt keine Vorlage ${file} in „${language}“, weder mitgeliefert noch eigene (mitgelieferte Sprachen: ${shipped}). Legen Sie zuerst eine eigene an.`,
  noBuiltInToGoBackToInRegister: (language, file) =>
    `Es gibt keine mitgelieferte Vorlage ${file} in „${language}“, zu der zurückgekehrt werden könnte: Ersetzen Sie Ihre eigene stattdessen durch einen anderen Text.`,
  fileUnreadable: (path, detail) => `Die Datei „${path}“ kann nicht gelesen werden: ${detail}.`,
  fileNotRenamed: (from, to, detail) =>
    `Die Datei „${from}“ kann nicht in „${to}“ umbenannt werden: ${detail}.`,
  scanTooLarge: (fileName, limitMb) => `Der Scan „${fileName}“ ist größer als ${limitMb} MB.`,
  scanNotPdfOrImage: (fileName) => `Der Scan „${fileName}“ ist keine PDF-, PNG- oder JPEG-Datei.`,
  postedLetterNoRight: 'Im Text des Briefs wird kein Recht erkannt: Wählen Sie die geltend gemachten Rechte aus.',
  postedLetterEmpty: 'Ein Brief benötigt seinen Text oder einen Scan davon.',
  postmarkAfterReceipt: (postmark, received) =>
    `Der Poststempel vom ${postmark} liegt nach dem Eingang des Briefs (${received}).`,
};

export const fr: DocumentsStrings = {
  needs: {
    identityRequest: 'Ce courrier suppose d’abord d’enregistrer la demande de justificatif d’identité, avec ce qui a été demandé (Identité : demander un justificatif).',
    clarificationQuestion: 'Ce courrier suppose d’abord d’enregistrer la question de précision (Demander des précisions).',
    extension: 'Ce courrier suppose d’abord d’enregistrer la prolongation du délai, avec son motif (Prolonger le délai).',
    noFeeInLaw: (law, provision) =>
      `Aucuns frais ne peuvent être demandés selon ${law} (${provision}) : il n’y a pas de demande de frais à rédiger.`,
    noExtensionInLaw: (law) => `${law} ne prévoit aucune prolongation du délai : il n’y a pas de prolongation dont informer la personne.`,
    fee: 'Une demande de frais reprend la demande de frais enregistrée sur le dossier : enregistrez-la d’abord avec son motif et son montant (Exiger des frais).',
    refusalReason: 'Un refus doit être motivé par écrit : enregistrez d’abord le refus avec son texte.',
    complaintAnswer: 'Le courrier sur l’issue de la réclamation reprend la réponse enregistrée, son issue et ses motifs : enregistrez d’abord la réponse à la réclamation.',
    appealDecision: 'Le courrier de décision sur le recours reprend la décision enregistrée, son issue et ses motifs : enregistrez d’abord la décision.',
    erasureDone: 'Une confirmation d’effacement indique ce qui a été effacé, anonymisé ou conservé dans chaque système, et rien n’est encore enregistré : enregistrez-le d’abord dans le journal des actions.',
    rectificationDone: 'Une confirmation de rectification indique ce qui a été corrigé dans chaque système, et rien n’est encore enregistré : enregistrez-le d’abord dans le journal des actions.',
    rightNotAsked: (letter, right, reference, rights) =>
      `Le courrier « ${letter} » répond à une demande portant sur le droit « ${right} », et le dossier ${reference} n’en comporte pas (ses droits : ${rights}).`,
    actionsDone: (letter, done, reference) =>
      `Le courrier « ${letter} » indique ce qui a été fait dans chaque système, et rien de tel (${done}) n’est enregistré dans le dossier ${reference} : enregistrez-le d’abord dans le journal des actions.`,
    verificationProcess: (provision, language, recorded) =>
      `Cet accusé de réception doit décrire en termes généraux comment vous vérifiez un demandeur (${provision}), et le profil de l\u2019organisme ne le dit pas en ${language}, la langue du courrier : ajoutez-le dans Paramètres → Organisme${recorded ? `, ou faites le courrier en ${recorded}` : ''}.`,
    processingRecord: (absent) =>
      `La réponse à la demande d’accès reprend le registre des activités de traitement, et ces éléments n’y sont pas enregistrés : ${absent}. Complétez d’abord le registre.`,
    part: {
      purposes: 'finalités',
      data_categories: 'catégories de données',
      recipients: 'destinataires',
      retention: 'durée de conservation',
      sources: 'origine des données',
      automated_decisions: 'décisions automatisées',
      transfers: 'transferts',
    },
    or: 'ou',
  },
  letter: {
    acknowledgement: 'Accusé de réception',
    'id-request': 'Demande de justificatif d’identité',
    'authority-request': 'Demande de preuve du mandat',
    clarification: 'Demande de précisions',
    extension: 'Notification de prolongation du délai',
    'fee-request': 'Demande de frais',
    'access-response': 'Réponse à la demande d’accès',
    'erasure-confirmation': 'Confirmation de l’effacement',
    'rectification-confirmation': 'Confirmation de la rectification',
    'restriction-confirmation': 'Confirmation de la limitation du traitement',
    'objection-confirmation': 'Confirmation de l’opposition',
    'opt-out-confirmation': 'Confirmation de l’opposition à la vente',
    refusal: 'Refus',
    'no-data': 'Absence de données',
    'id-reminder': 'Rappel du justificatif d’identité',
    'complaint-acknowledgement': 'Accusé de réception de la réclamation',
    'complaint-outcome': 'Réponse à la réclamation',
    'appeal-decision': 'Décision sur le recours',
    'account-deactivation-confirmation': 'Confirmation de la désactivation du compte',
    'preferences-confirmation': 'Confirmation des préférences de communication',
  },
  answered: (right, outcome, why, on) =>
    `la réponse « ${outcome} »${why === null ? '' : ` (${why})`} est enregistrée pour le droit « ${right} » le ${on}`,
  noRight: 'aucun droit',
  rightAnswered: (right, outcome) => `${right} : ${outcome}`,

  logoNotAFile: (path) => `Le logo « ${path} » n’est pas un fichier.`,
  logoUnreadable: (path, detail) => `Le logo « ${path} » ne peut pas être lu : ${detail}.`,
  letterNotMade: (detail) => `Le courrier ne peut pas être établi : ${detail}.`,
  noLetterTemplate: (language, letter, available) =>
    `Il n’existe pas de modèle du courrier « ${letter} » en ${language} (des modèles existent en : ${available}). Choisissez l’une de ces langues, ou rédigez votre propre modèle en ${language}.`,
  logoNotAnImage: (detail) => `Le logo des paramètres des courriers n’est pas une image qu’un courrier peut imprimer ; le lecteur d’images indique : ${detail}.`,
  letterTemplateRefused: (name, why) => `Le modèle « ${name} » ne permet pas d’établir le courrier : ${why}.`,
  ownTemplateRefused: (name, why, bareCase) =>
    `Le modèle « ${name} » n’a pas été retenu, car il ne permet pas d’établir un courrier${bareCase ? ' pour un dossier sans adresse électronique, adresse postale ni représentant (vérifiez-les d’abord avec {% if … %})' : ''} : ${why}. Rien n’a été modifié.`,
  templateTooLarge: (template, kib, maxKib) =>
    `Le modèle « ${template} » fait ${kib} Kio ; votre propre modèle ne peut dépasser ${maxKib} Kio.`,
  exportBesideOtherTemplate: (register, path) =>
    `Le dossier de « ${register} » contient déjà le modèle de courrier propre « ${path} », que le registre d’équipe n’a pas (ou pas avec ce texte) : un registre exporté là établirait ses courriers avec lui. Exportez dans un autre dossier, ou déplacez ce fichier. Rien n’a été écrit.`,
  templateProblem: {
    engine: (line, detail) =>
      line === null ? `le moteur de modèles indique : ${detail}` : `à la ligne ${line}, le moteur de modèles indique : ${detail}`,
    tooLong: (kib, max) => `il produit ${kib} Kio de texte (un courrier fait au plus ${max} Kio)`,
    noTitle: 'sa première ligne, le titre du courrier, est vide',
  },
  templateFault: (name, why, bareCase) =>
    `Le modèle « ${name} » ne permet pas d’établir un courrier : ${why}.` +
    (bareCase ? ' Cela se produit pour un dossier sans adresse e-mail, adresse postale ni représentant : vérifiez d’abord avec {% if … %} qu’une donnée est présente.' : ''),
  letterDoesNotFitCase: (letter, reference, complaint) =>
    `Le courrier « ${letter} » ne convient pas au dossier ${reference}, qui est ${complaint ? 'une réclamation' : 'une demande'}.`,
  letterAnswersOtherRights: (letter, answers, reference, asked) =>
    `Le courrier « ${letter} » répond à : ${answers} ; le dossier ${reference} porte sur : ${asked}.`,
  closedCaseNoLetter: (reference) =>
    `Le dossier ${reference} est clos : aucun courrier n’est enregistré sur un dossier clos. Rouvrez d’abord le dossier.`,
  appealDecisionNotRecorded: (reference) =>
    `Le courrier de décision sur le recours reprend la décision enregistrée, et le dossier ${reference} n’en a aucune : enregistrez d’abord la décision et son texte.`,
  complaintOutcomeNotRecorded: (reference) =>
    `La réponse à la réclamation reprend la réponse enregistrée, et le dossier ${reference} n’en a aucune : enregistrez d’abord la réponse à la réclamation et son texte.`,
  accessResponseUnsearched: (reference, systems) =>
    `La réponse à la demande d’accès reprend le résultat des recherches, et le dossier ${reference} a des systèmes pas encore examinés : ${systems}. Enregistrez d’abord le résultat de chaque recherche.`,
  accessResponseNothingFound: (reference) =>
    `La réponse à la demande d’accès indique les données trouvées, et aucune recherche du dossier ${reference} n’en a trouvé : envoyez plutôt le courrier d’absence de données.`,
  noDataButAnswered: (reference, answered) =>
    `Dossier ${reference} : ${answered}. Le courrier d’absence de données dirait qu’aucune donnée n’est détenue ; la réponse à la demande d’accès indique ce qui a été trouvé.`,
  noDataUnsearched: (reference, systems) =>
    `Le courrier d’absence de données indique que les recherches n’ont rien trouvé, et le dossier ${reference} a des systèmes pas encore examinés : ${systems}. Enregistrez d’abord le résultat de chaque recherche.`,
  noDataButFound: (reference, systems) =>
    `Dossier ${reference} : la recherche dans ${systems} a trouvé des données de la personne, le courrier d’absence de données dirait donc le contraire ; la réponse à la demande d’accès indique ce qui a été trouvé.`,
  refusalButNoneRefused: (reference, answers) =>
    `Dossier ${reference} : aucun droit n’a reçu une réponse de refus (${answers}) ; un courrier de refus dirait le contraire.`,
  letterContradictsAnswer: (reference, answered, letter, instead) =>
    `Dossier ${reference} : ${answered}. Le courrier « ${letter} » dirait le contraire${instead === null ? '' : ` ; c’est le courrier « ${instead} » qui l’indique`}.`,
  refusalNotRecorded: (reference) =>
    `Dossier ${reference} : le courrier de refus indique que la demande est refusée, et aucun refus n’est enregistré. Enregistrez d’abord le refus de la demande, ou la réponse de refus à un droit.`,
  rightsUnanswered: (reference, letter, open, count) =>
    `Dossier ${reference} : le courrier « ${letter} » reprend la réponse à : ${open}, et aucune réponse n’est encore enregistrée. Enregistrez d’abord ${count === 1 ? 'la réponse' : 'la réponse à chaque droit'}.`,
  emlNotWritten: (detail) => `Aucun brouillon d’e-mail n’a pu être établi, le module d’e-mail indique : ${detail}.`,
  emlNoDpoEmail:
    'Pas de brouillon d’e-mail : le profil de l’organisation n’a pas d’adresse e-mail du délégué à la protection des données pour l’envoyer. Ajoutez-en une au profil.',
  emlNoRequesterEmail: (reference) =>
    `Pas de brouillon d’e-mail : le dossier ${reference} n’a pas d’adresse e-mail du demandeur.`,
  recipientsNotRecorded: (letter) =>
    `Le courrier « ${letter} » ne nomme que les destinataires dont l’information est enregistrée : enregistrez plutôt chaque destinataire informé dans le journal des actions.`,
  fontsFolderUnreadable: (path, detail) => `Le dossier des polices « ${path} » ne peut pas être lu : ${detail}.`,
  fontUnreadable: (path, detail) => `La police « ${path} » ne peut pas être lue : ${detail}.`,
  unknownChannel: (input) =>
    `Le mode d’envoi « ${input} » est inconnu : choisissez e-mail, courrier postal, téléphone, formulaire web, en personne ou autre.`,
  invalidDraft: (input) => `Le brouillon « ${input} » est inconnu : indiquez son numéro, tel que la liste des brouillons l’affiche.`,
  draftAlreadySent: (draft, reference, correspondence) =>
    `Le brouillon ${draft} du dossier ${reference} a déjà été envoyé (correspondance ${correspondence}).`,
  draftDiscarded: (draft, reference) =>
    `Le brouillon ${draft} du dossier ${reference} a été écarté : établissez à nouveau le courrier.`,
  sentBeforeDraft: (date, draft, letterDate) =>
    `La date du ${date} est antérieure à l’établissement du brouillon ${draft} (le courrier est daté du ${letterDate}).`,
  draftNoLongerMade: (draft, reference, detail) =>
    `Le brouillon ${draft} du dossier ${reference} ne peut plus être établi à partir du dossier (${detail}) : écartez-le et établissez à nouveau le courrier.`,
  draftNoLongerMadeBecause: (draft, reference, because) =>
    `Le brouillon ${draft} du dossier ${reference} ne peut plus être établi à partir du dossier : écartez-le et établissez à nouveau le courrier. ${because}`,
  caseChangedSinceDraft: (reference, draft) =>
    `Le dossier ${reference} a changé depuis l’établissement du brouillon ${draft}, et le courrier serait désormais différent : écartez le brouillon et établissez à nouveau le courrier.`,
  invalidCorrespondence: (input) => `Le courrier « ${input} » est inconnu : indiquez son numéro, tel que la correspondance l’affiche.`,
  withdrawalReasonEmpty: 'Le motif est vide : indiquez pourquoi le courrier est retiré.',
  correspondenceNotSent: (correspondence, reference) =>
    `La correspondance ${correspondence} du dossier ${reference} a été reçue, non envoyée : seul un courrier envoyé peut être retiré.`,
  closedCaseNoWithdrawal: (reference) => `Le dossier ${reference} est clos : rouvrez d’abord le dossier.`,
  alreadyWithdrawn: (correspondence, reference, on, reason) =>
    `La correspondance ${correspondence} du dossier ${reference} a déjà été retirée le ${on} (${reason}).`,
  sentBeforeLetterDate: (date, today) =>
    `La date du ${date} est antérieure à la date du courrier (${today}) : un courrier établi aujourd’hui n’a pas pu être envoyé plus tôt.`,
  unknownTemplateKind: (input) => `Le type de courrier « ${input} » n’a pas de modèle.`,
  invalidTemplateLanguage: (input) =>
    `La langue « ${input} » n’est pas valide : indiquez un code ISO 639-1 à deux lettres, par exemple en ou de.`,
  templatesFolderUnreadable: (path, detail) =>
    `Le dossier des modèles « ${path} » ne peut pas être lu : ${detail}.`,
  folderNotCreated: (path, detail) => `Le dossier « ${path} » ne peut pas être créé : ${detail}.`,
  noBuiltInTemplate: (language, file, shipped) =>
    `Il n’y a pas de modèle fourni en « ${language} » à copier (langues fournies : ${shipped}) ; rédigez votre propre ${language}/${file}.txt dans le dossier des modèles.`,
  ownTemplateExists: (language, file, path) =>
    `Il existe déjà une copie propre de ${language}/${file}.txt (« ${path} ») : modifiez-la, ou revenez d’abord au modèle fourni.`,
  fileNotCreated: (path, detail) => `Le fichier « ${path} » ne peut pas être créé : ${detail}.`,
  fileNotWritten: (path, detail) => `Le fichier « ${path} » ne peut pas être écrit : ${detail}.`,
  noBuiltInToGoBackTo: (language, file, path) =>
    `Il n’y a pas de modèle fourni ${file} en « ${language} » auquel revenir : déplacez ou supprimez vous-même « ${path} ».`,
  noTemplateInLanguage: (language, file, shipped) =>
    `Il n’y a pas de modèle ${file} en « ${language} », ni fourni ni propre (langues fournies : ${shipped}). Conservez d’abord un modèle propre.`,
  noBuiltInToGoBackToInRegister: (language, file) =>
    `Il n’y a pas de modèle fourni ${file} en « ${language} » auquel revenir : remplacez plutôt le vôtre par un autre texte.`,
  fileUnreadable: (path, detail) => `Le fichier « ${path} » ne peut pas être lu : ${detail}.`,
  fileNotRenamed: (from, to, detail) =>
    `Le fichier « ${from} » ne peut pas être renommé en « ${to} » : ${detail}.`,
  scanTooLarge: (fileName, limitMb) => `Le scan « ${fileName} » dépasse ${limitMb} Mo.`,
  scanNotPdfOrImage: (fileName) => `Le scan « ${fileName} » n’est pas un fichier PDF, PNG ou JPEG.`,
  postedLetterNoRight:
    'Aucun droit n’est reconnu dans le texte du courrier : choisissez les droits qu’il exerce.',
  postedLetterEmpty: 'Un courrier doit avoir son texte ou un scan.',
  postmarkAfterReceipt: (postmark, received) =>
    `Le cachet de la poste du ${postmark} est postérieur au jour de réception du courrier (${received}).`,
};
