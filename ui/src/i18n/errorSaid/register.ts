// What the Rust side refuses about cases and their input, the organisation,
// calendars, the register of processing and the team register
// (`RegisterSaid`), in each language. Names, references, file names and the
// reasons other programs give pass through as written; codes and dates arrive
// already worded by the describer (ui/src/lib/errorSaid/register.ts).
import type { Status, Thing } from '../../ipc';
import type { Widen } from '../en';

export const en = {
  notFound: (thing: string, key: string) => `No ${thing} “${key}” was found.`,
  changedSinceRead: (reference: string, by: string, at: string) =>
    `${reference} was changed by ${by} on ${at} since you opened it. Reload it and make your change again.`,
  registerBusy: 'Another program kept the register busy for over a minute. Try again.',
  closedCaseUnchangeable: (reference: string) => `Case ${reference} is closed and can no longer be changed.`,
  caseClosed: (reference: string) => `Case ${reference} is closed.`,
  reopenNeedsReason: 'Re-opening a case needs its reason.',
  reopenNotClosed: (reference: string, status: string) =>
    `Case ${reference} is not closed (its status is “${status}”): only a closed case can be re-opened.`,
  receivedCorrectionNeedsReason: 'A correction of the date received needs its reason.',
  requesterNameEmpty: 'The requester’s name is empty.',
  receivedInFuture: (received: string, today: string) => `The date received, ${received}, is in the future (today is ${today}).`,
  dateInFuture: (date: string, today: string) => `The date ${date} is in the future (today is ${today}).`,
  alreadyClosed: (reference: string) => `Case ${reference} is already closed.`,
  closingBeforeReceived: (on: string, received: string) =>
    `The closing date, ${on}, is before the request was received (${received}).`,
  outcomeOfTheAnswers: (reference: string, derived: string, asked: string) =>
    `Every right of case ${reference} is answered, and the answers make the outcome “${derived}”, not “${asked}”. Close the case without choosing an outcome.`,
  outcomeWithTheAnswersSoFar: (reference: string, derived: string, asked: string) =>
    `With the rights of case ${reference} already answered, the outcome is “${derived}”, not “${asked}”. Answer the rights still open one by one, then close the case without choosing an outcome.`,
  refuseTheRestOneByOne: (reference: string, right: string, outcome: string) =>
    `On case ${reference}, the right “${right}” was answered (${outcome}). Refuse the rights still open one by one, then close the case without choosing an outcome.`,
  closeNeedsResponse: (reference: string, outcome: string, responseSent: string) =>
    `Case ${reference} can be closed as “${outcome}” only once the response is recorded (“${responseSent}”): recording it checks that every relevant system was searched and identity was settled.`,
  closeNeedsRefusal: (reference: string) =>
    `Case ${reference} can be closed as refused only once the refusal is recorded with its ground.`,
  closeNeedsIdentitySought: (reference: string, outcome: string) =>
    `Case ${reference} cannot be closed as “${outcome}”: neither a request for identity evidence nor a failed identity check is on record.`,
  closeDoesNotFit: (reference: string, outcome: string, status: string) =>
    `Case ${reference} cannot be closed as “${outcome}”: that does not fit its status, “${status}”.`,
  statusNotFrom: (reference: string, from: string, to: string) =>
    `Case ${reference} cannot be moved by hand from “${from}” to “${to}”.`,
  statusSetByItsStep: (reference: string, status: string, step: string) =>
    `The status “${status}” of case ${reference} is not set by hand: it is set by its step, which records its facts (${step}).`,
  stepFor: {
    'needs-triage': 'only intake puts a case back to triage',
    received: 'the status “Received”',
    acknowledged: 'acknowledge receipt',
    'awaiting-identity': 'request identity',
    'awaiting-clarification': 'ask for clarification',
    'in-progress': 'the status “In progress”',
    'response-sent': 'record the response sent',
    refused: 'refuse the request with its ground',
    withdrawn: 'mark the request withdrawn',
    closed: 'close the case with an outcome',
  } satisfies Record<Status, string>,
  notOpenedInViewer: (name: string | null, kind: string) =>
    `${name === null ? 'This file' : `“${name}”`} is not opened in the system viewer, for what it is (${kind}): save it instead.`,
  dateNotIso: (input: string) => `“${input}” is not a date written YYYY-MM-DD.`,
  noSuchDay: (input: string) => `“${input}” is not a day of the calendar.`,
  invalidEmail: (email: string) => `“${email}” is not an email address.`,
  unknownCode: (input: string, expected: string) => `“${input}” is not one of the values allowed here (${expected}).`,
  noRights: 'A case needs at least one right.',
  rightTwice: (right: string) => `The right “${right}” is listed twice.`,
  invalidReference: (input: string) => `“${input}” is not a case reference: a reference reads CB-YYYY-NNNN, for example CB-2026-0001.`,
  invalidLocation: (input: string) => `“${input}” is not a location: give an ISO 3166 code such as GB-ENG, DE-BY, FR or US-CA.`,
  unknownCountry: (input: string, country: string) => `In the location “${input}”, “${country}” is not an ISO 3166-1 country code.`,
  invalidLanguage: (input: string) => `“${input}” is not a language: give an ISO 639-1 code such as en or de.`,
  invalidPause: (input: string) => `“${input}” is not a pause: give its first and last days, FROM:TO, e.g. 2026-03-02:2026-03-07.`,
  deadlineInput: (detail: string) => `The deadlines cannot be computed from these dates: ${detail}.`,
  unknownTimeZone: (name: string) => `“${name}” is not a time zone: give an IANA name such as Europe/London.`,
  organisationNameEmpty: 'The organisation’s name is empty.',
  invalidDpoEmail: (email: string) => `The DPO’s email address “${email}” is not an email address.`,
  demoNeedsEmptyRegister: (cases: number, systems: number) =>
    `The demo fills an empty register; this one already holds ${cases} case${cases === 1 ? '' : 's'} and ${systems} system${systems === 1 ? '' : 's'}. Load the demo into a new, empty register.`,
  calendarNotText: (fileName: string, byte: number) => `“${fileName}” is not UTF-8 text (at byte ${byte}).`,
  calendarFormatUnknown: (fileName: string) =>
    `“${fileName}” is neither a gov.uk bank-holidays.json file nor an iCalendar (.ics) file.`,
  icsNeedsCalendar: (fileName: string) => `“${fileName}” is an .ics file: choose the calendar it updates.`,
  unknownCalendar: (id: string) => `There is no calendar “${id}”.`,
  calendarUnreadable: (detail: string) => `The calendar file does not read: ${detail}.`,
  invalidSystemId: (detail: string) => `The system’s identifier is not valid: ${detail}.`,
  systemNotInRegister: (id: string, known: string | null) =>
    known === null
      ? `The register of processing has no system “${id}”: it has no systems yet. Add the system first.`
      : `The register of processing has no system “${id}” (it has: ${known}).`,
  systemAlreadyInRegister: (id: string) => `The system “${id}” is already in the register of processing: edit it instead.`,
  systemIdCannotChange: 'A system’s identifier cannot change (searches and imports refer to it): remove the system and add it again.',
  systemInvalid: (detail: string) => `The system is not valid: ${detail}.`,
  processingFileRefused: (file: string, problem: string) => `The register file “${file}” cannot be imported: ${problem}.`,
  fileNotAFile: 'it is not a file',
  fileTooLarge: (bytes: string, max: string) => `it is ${bytes} bytes, more than a register can be (${max} bytes at most)`,
  fileNotText: (offset: string) => `it is not UTF-8 text (invalid byte at offset ${offset})`,
  searchResultWithoutSearch: 'A system searched has a result; a system not searched has a reason instead, not a result.',
  searchInvalid: (detail: string) => `The search cannot be recorded: ${detail}.`,
  processingRegisterEmpty: 'The register of processing is empty: add the organisation’s systems first.',
  csvNotWritten: (detail: string) => `The CSV could not be written: ${detail}.`,
  anchorFileMissing: (file: string) => `There is no file “${file}”.`,
  anchorFileUnreadable: (file: string, detail: string) => `“${file}” could not be read: ${detail}.`,
  noRegisterYet: (path: string) => `There is no register at “${path}” yet.`,
  registerLocationEmpty: 'Give a register file’s full path or a team register’s postgres://USER@HOST/DATABASE.',
  registerPathNotFull: (path: string) =>
    `“${path}” is not a full path: give the register file’s whole path (from /) or a team register’s postgres://USER@HOST/DATABASE.`,
  registerExists: (path: string) => `“${path}” already exists: it is opened, not created again.`,
  alreadyEncrypted: 'This register is already encrypted.',
  lockNeedsEncryption: 'This register is not encrypted, so locking the window would not protect it: encrypt it first.',
  notOnTeamRegister: (what: string, register: string) =>
    `${what} is not available on a team register yet (${register}); it works on a local register.`,
  assigneeEmpty: 'Say whom to assign the case to.',
  assignOnLocalRegister: (reference: string) =>
    `Case ${reference} is on a local register, which is one person’s: cases are assigned on a team register.`,
  thing: {
    case: 'case',
    'closed-case': 'closed case',
    answer: 'answer of this right',
    calendar: 'calendar',
    correspondence: 'message',
    'data-file': 'data file',
    'data-item': 'data item',
    document: 'document',
    'case-document': 'document of this case',
    draft: 'draft',
    'identity-document': 'identity document',
    'template-copy': 'own copy of the template',
    'own-template': 'own template',
    system: 'system',
    role: 'PostgreSQL role',
  } satisfies Record<Thing, string>,
};

export type RegisterStrings = Widen<typeof en>;

export const de: RegisterStrings = {
  notFound: (thing, key) => `${thing} „${key}“ wurde nicht gefunden.`,
  changedSinceRead: (reference, by, at) =>
    `${reference} wurde am ${at} von ${by} geändert, nachdem Sie den Vorgang geöffnet hatten. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.`,
  registerBusy: 'Ein anderes Programm hat das Register länger als eine Minute belegt. Versuchen Sie es erneut.',
  closedCaseUnchangeable: (reference) => `Der Vorgang ${reference} ist abgeschlossen und kann nicht mehr geändert werden.`,
  caseClosed: (reference) => `Der Vorgang ${reference} ist abgeschlossen.`,
  reopenNeedsReason: 'Für die Wiedereröffnung eines Vorgangs ist eine Begründung erforderlich.',
  reopenNotClosed: (reference, status) =>
    `Der Vorgang ${reference} ist nicht abgeschlossen (Status „${status}“): Nur ein abgeschlossener Vorgang kann wiedereröffnet werden.`,
  receivedCorrectionNeedsReason: 'Für die Berichtigung des Eingangsdatums ist eine Begründung erforderlich.',
  requesterNameEmpty: 'Der Name der antragstellenden Person ist leer.',
  receivedInFuture: (received, today) => `Das Eingangsdatum ${received} liegt in der Zukunft (heute ist der ${today}).`,
  dateInFuture: (date, today) => `Das Datum ${date} liegt in der Zukunft (heute ist der ${today}).`,
  alreadyClosed: (reference) => `Der Vorgang ${reference} ist bereits abgeschlossen.`,
  closingBeforeReceived: (on, received) => `Das Abschlussdatum ${on} liegt vor dem Eingang des Antrags (${received}).`,
  outcomeOfTheAnswers: (reference, derived, asked) =>
    `Alle Rechte des Vorgangs ${reference} sind beantwortet; aus den Antworten ergibt sich das Ergebnis „${derived}“, nicht „${asked}“. Schließen Sie den Vorgang ab, ohne ein Ergebnis zu wählen.`,
  outcomeWithTheAnswersSoFar: (reference, derived, asked) =>
    `Mit den bereits beantworteten Rechten des Vorgangs ${reference} lautet das Ergebnis „${derived}“, nicht „${asked}“. Beantworten Sie die noch offenen Rechte einzeln und schließen Sie den Vorgang dann ab, ohne ein Ergebnis zu wählen.`,
  refuseTheRestOneByOne: (reference, right, outcome) =>
    `Im Vorgang ${reference} wurde das Recht „${right}“ beantwortet (${outcome}). Lehnen Sie die noch offenen Rechte einzeln ab und schließen Sie den Vorgang dann ab, ohne ein Ergebnis zu wählen.`,
  closeNeedsResponse: (reference, outcome, responseSent) =>
    `Der Vorgang ${reference} kann erst mit dem Ergebnis „${outcome}“ abgeschlossen werden, wenn die Antwort erfasst ist („${responseSent}“): Dabei wird geprüft, ob alle betroffenen Systeme durchsucht und die Identität geklärt wurde.`,
  closeNeedsRefusal: (reference) =>
    `Der Vorgang ${reference} kann erst als abgelehnt abgeschlossen werden, wenn die Ablehnung mit ihrem Grund erfasst ist.`,
  closeNeedsIdentitySought: (reference, outcome) =>
    `Der Vorgang ${reference} kann nicht mit „${outcome}“ abgeschlossen werden: Weder eine Anforderung von Identitätsnachweisen noch eine gescheiterte Identitätsprüfung ist erfasst.`,
  closeDoesNotFit: (reference, outcome, status) =>
    `Der Vorgang ${reference} kann nicht mit „${outcome}“ abgeschlossen werden: Das passt nicht zu seinem Status „${status}“.`,
  statusNotFrom: (reference, from, to) =>
    `Der Vorgang ${reference} kann nicht von Hand von „${from}“ auf „${to}“ gesetzt werden.`,
  statusSetByItsStep: (reference, status, step) =>
    `Der Status „${status}“ des Vorgangs ${reference} wird nicht von Hand gesetzt, sondern durch seinen Schritt, der die Tatsachen erfasst (${step}).`,
  stepFor: {
    'needs-triage': 'nur der Eingang setzt einen Vorgang in die Sichtung zurück',
    received: 'der Status „Eingegangen“',
    acknowledged: 'Eingang bestätigen',
    'awaiting-identity': 'Identitätsnachweis anfordern',
    'awaiting-clarification': 'Rückfrage stellen',
    'in-progress': 'der Status „In Bearbeitung“',
    'response-sent': 'versandte Antwort erfassen',
    refused: 'Antrag mit Begründung ablehnen',
    withdrawn: 'Antrag als zurückgezogen erfassen',
    closed: 'Vorgang mit einem Ergebnis abschließen',
  },
  notOpenedInViewer: (name, kind) =>
    `${name === null ? 'Diese Datei' : `„${name}“`} wird wegen ihrer Art (${kind}) nicht im Anzeigeprogramm des Systems geöffnet: Speichern Sie sie stattdessen.`,
  dateNotIso: (input) => `„${input}“ ist kein Datum im Format JJJJ-MM-TT.`,
  noSuchDay: (input) => `„${input}“ ist kein Kalendertag.`,
  invalidEmail: (email) => `„${email}“ ist keine E-Mail-Adresse.`,
  unknownCode: (input, expected) => `„${input}“ ist hier kein zulässiger Wert (${expected}).`,
  noRights: 'Ein Vorgang braucht mindestens ein Recht.',
  rightTwice: (right) => `Das Recht „${right}“ ist zweimal aufgeführt.`,
  invalidReference: (input) => `„${input}“ ist kein Aktenzeichen: Ein Aktenzeichen lautet CB-JJJJ-NNNN, zum Beispiel CB-2026-0001.`,
  invalidLocation: (input) => `„${input}“ ist kein Ort: Geben Sie einen ISO-3166-Code an, etwa GB-ENG, DE-BY, FR oder US-CA.`,
  unknownCountry: (input, country) => `In der Ortsangabe „${input}“ ist „${country}“ kein Ländercode nach ISO 3166-1.`,
  invalidLanguage: (input) => `„${input}“ ist keine Sprache: Geben Sie einen ISO-639-1-Code an, etwa en oder de.`,
  invalidPause: (input) =>
    `„${input}“ ist keine Unterbrechung: Geben Sie ersten und letzten Tag an, VON:BIS, z. B. 2026-03-02:2026-03-07.`,
  deadlineInput: (detail) => `Aus diesen Daten lassen sich die Fristen nicht berechnen: ${detail}.`,
  unknownTimeZone: (name) => `„${name}“ ist keine Zeitzone: Geben Sie einen IANA-Namen an, etwa Europe/Berlin.`,
  organisationNameEmpty: 'Der Name der Organisation ist leer.',
  invalidDpoEmail: (email) => `Die E-Mail-Adresse des Datenschutzbeauftragten „${email}“ ist keine E-Mail-Adresse.`,
  demoNeedsEmptyRegister: (cases, systems) =>
    `Die Demo füllt ein leeres Register; dieses enthält bereits ${cases} ${cases === 1 ? 'Vorgang' : 'Vorgänge'} und ${systems} ${systems === 1 ? 'System' : 'Systeme'}. Laden Sie die Demo in ein neues, leeres Register.`,
  calendarNotText: (fileName, byte) => `„${fileName}“ ist kein UTF-8-Text (bei Byte ${byte}).`,
  calendarFormatUnknown: (fileName) => `„${fileName}“ ist weder eine gov.uk-Datei bank-holidays.json noch eine iCalendar-Datei (.ics).`,
  icsNeedsCalendar: (fileName) => `„${fileName}“ ist eine .ics-Datei: Wählen Sie den Kalender, den sie aktualisiert.`,
  unknownCalendar: (id) => `Es gibt keinen Kalender „${id}“.`,
  calendarUnreadable: (detail) => `Die Kalenderdatei ist nicht lesbar: ${detail}.`,
  invalidSystemId: (detail) => `Die Kennung des Systems ist ungültig: ${detail}.`,
  systemNotInRegister: (id, known) =>
    known === null
      ? `Das Verzeichnis von Verarbeitungstätigkeiten enthält kein System „${id}“; es enthält noch keine Systeme. Legen Sie das System zuerst an.`
      : `Das Verzeichnis von Verarbeitungstätigkeiten enthält kein System „${id}“ (vorhanden: ${known}).`,
  systemAlreadyInRegister: (id) =>
    `Das System „${id}“ ist bereits im Verzeichnis von Verarbeitungstätigkeiten: Bearbeiten Sie es stattdessen.`,
  systemIdCannotChange:
    'Die Kennung eines Systems kann sich nicht ändern (Suchen und Importe verweisen darauf): Entfernen Sie das System und legen Sie es neu an.',
  systemInvalid: (detail) => `Das System ist ungültig: ${detail}.`,
  processingFileRefused: (file, problem) => `Die Verzeichnisdatei „${file}“ kann nicht importiert werden: ${problem}.`,
  fileNotAFile: 'Es ist keine Datei',
  fileTooLarge: (bytes, max) => `Sie ist ${bytes} Byte groß, mehr als ein Verzeichnis sein kann (höchstens ${max} Byte)`,
  fileNotText: (offset) => `Sie ist kein UTF-8-Text (ungültiges Byte an Position ${offset})`,
  searchResultWithoutSearch:
    'Ein durchsuchtes System hat ein Ergebnis; ein nicht durchsuchtes System hat stattdessen einen Grund, kein Ergebnis.',
  searchInvalid: (detail) => `Die Suche kann nicht erfasst werden: ${detail}.`,
  processingRegisterEmpty:
    'Das Verzeichnis von Verarbeitungstätigkeiten ist leer: Legen Sie zuerst die Systeme der Organisation an.',
  csvNotWritten: (detail) => `Die CSV-Datei konnte nicht geschrieben werden: ${detail}.`,
  anchorFileMissing: (file) => `Es gibt keine Datei „${file}“.`,
  anchorFileUnreadable: (file, detail) => `„${file}“ konnte nicht gelesen werden: ${detail}.`,
  noRegisterYet: (path) => `Unter „${path}“ gibt es noch kein Register.`,
  registerLocationEmpty: 'Geben Sie den vollständigen Pfad einer Registerdatei oder die Adresse eines Team-Registers an (postgres://BENUTZER@HOST/DATENBANK).',
  registerPathNotFull: (path) =>
    `„${path}“ ist kein vollständiger Pfad: Geben Sie den ganzen Pfad der Registerdatei (ab /) oder die Adresse eines Team-Registers an (postgres://BENUTZER@HOST/DATENBANK).`,
  registerExists: (path) => `„${path}“ ist bereits vorhanden: Es wird geöffnet, nicht neu angelegt.`,
  alreadyEncrypted: 'Dieses Register ist bereits verschlüsselt.',
  lockNeedsEncryption:
    'Dieses Register ist nicht verschlüsselt; das Sperren des Fensters würde es nicht schützen. Verschlüsseln Sie es zuerst.',
  notOnTeamRegister: (what, register) =>
    `${what} ist in einem Team-Register noch nicht verfügbar (${register}); es funktioniert in einem lokalen Register.`,
  assigneeEmpty: 'Geben Sie an, wem der Vorgang zugewiesen wird.',
  assignOnLocalRegister: (reference) =>
    `Der Vorgang ${reference} liegt in einem lokalen Register, das einer einzelnen Person gehört: Vorgänge werden in einem Team-Register zugewiesen.`,
  thing: {
    case: 'Der Vorgang',
    'closed-case': 'Der abgeschlossene Vorgang',
    answer: 'Die Antwort zu diesem Recht',
    calendar: 'Der Kalender',
    correspondence: 'Die Nachricht',
    'data-file': 'Die Datendatei',
    'data-item': 'Der Dateneintrag',
    document: 'Das Dokument',
    'case-document': 'Das Dokument dieses Vorgangs',
    draft: 'Der Entwurf',
    'identity-document': 'Das Identitätsdokument',
    'template-copy': 'Die eigene Kopie der Vorlage',
    'own-template': 'Die eigene Vorlage',
    system: 'Das System',
    role: 'Die PostgreSQL-Rolle',
  },
};

export const fr: RegisterStrings = {
  notFound: (thing, key) => `${thing} « ${key} » est introuvable.`,
  changedSinceRead: (reference, by, at) =>
    `${reference} a été modifié par ${by} le ${at}, après que vous l’avez ouvert. Rechargez-le et refaites votre modification.`,
  registerBusy: 'Un autre programme a occupé le registre pendant plus d’une minute. Réessayez.',
  closedCaseUnchangeable: (reference) => `Le dossier ${reference} est clos et ne peut plus être modifié.`,
  caseClosed: (reference) => `Le dossier ${reference} est clos.`,
  reopenNeedsReason: 'La réouverture d’un dossier doit être motivée.',
  reopenNotClosed: (reference, status) =>
    `Le dossier ${reference} n’est pas clos (statut « ${status} ») : seul un dossier clos peut être rouvert.`,
  receivedCorrectionNeedsReason: 'La correction de la date de réception doit être motivée.',
  requesterNameEmpty: 'Le nom du demandeur est vide.',
  receivedInFuture: (received, today) => `La date de réception, ${received}, est dans le futur (nous sommes le ${today}).`,
  dateInFuture: (date, today) => `La date du ${date} est dans le futur (nous sommes le ${today}).`,
  alreadyClosed: (reference) => `Le dossier ${reference} est déjà clos.`,
  closingBeforeReceived: (on, received) => `La date de clôture, ${on}, précède la réception de la demande (${received}).`,
  outcomeOfTheAnswers: (reference, derived, asked) =>
    `Tous les droits du dossier ${reference} ont reçu une réponse, et ces réponses donnent l’issue « ${derived} », non « ${asked} ». Clôturez le dossier sans choisir d’issue.`,
  outcomeWithTheAnswersSoFar: (reference, derived, asked) =>
    `Avec les droits du dossier ${reference} déjà traités, l’issue est « ${derived} », non « ${asked} ». Répondez un par un aux droits encore ouverts, puis clôturez le dossier sans choisir d’issue.`,
  refuseTheRestOneByOne: (reference, right, outcome) =>
    `Dans le dossier ${reference}, le droit « ${right} » a reçu une réponse (${outcome}). Refusez un par un les droits encore ouverts, puis clôturez le dossier sans choisir d’issue.`,
  closeNeedsResponse: (reference, outcome, responseSent) =>
    `Le dossier ${reference} ne peut être clôturé avec l’issue « ${outcome} » qu’une fois la réponse enregistrée (« ${responseSent} ») : cet enregistrement vérifie que chaque système concerné a été consulté et que l’identité a été établie.`,
  closeNeedsRefusal: (reference) =>
    `Le dossier ${reference} ne peut être clôturé comme refusé qu’une fois le refus enregistré avec son motif.`,
  closeNeedsIdentitySought: (reference, outcome) =>
    `Le dossier ${reference} ne peut pas être clôturé avec l’issue « ${outcome} » : aucune demande de justificatif d’identité ni aucune vérification d’identité échouée n’est enregistrée.`,
  closeDoesNotFit: (reference, outcome, status) =>
    `Le dossier ${reference} ne peut pas être clôturé avec l’issue « ${outcome} » : elle ne correspond pas à son statut, « ${status} ».`,
  statusNotFrom: (reference, from, to) =>
    `Le dossier ${reference} ne peut pas passer à la main de « ${from} » à « ${to} ».`,
  statusSetByItsStep: (reference, status, step) =>
    `Le statut « ${status} » du dossier ${reference} ne se fixe pas à la main : il résulte de son étape, qui en enregistre les faits (${step}).`,
  stepFor: {
    'needs-triage': 'seule la réception remet un dossier à trier',
    received: 'le statut « Reçue »',
    acknowledged: 'accuser réception',
    'awaiting-identity': 'demander un justificatif d’identité',
    'awaiting-clarification': 'demander des précisions',
    'in-progress': 'le statut « En cours »',
    'response-sent': 'enregistrer la réponse envoyée',
    refused: 'refuser la demande avec son motif',
    withdrawn: 'enregistrer le retrait de la demande',
    closed: 'clôturer le dossier avec une issue',
  },
  notOpenedInViewer: (name, kind) =>
    `${name === null ? 'Ce fichier' : `« ${name} »`} n’est pas ouvert dans la visionneuse du système, en raison de sa nature (${kind}) : enregistrez-le plutôt.`,
  dateNotIso: (input) => `« ${input} » n’est pas une date au format AAAA-MM-JJ.`,
  noSuchDay: (input) => `« ${input} » n’est pas un jour du calendrier.`,
  invalidEmail: (email) => `« ${email} » n’est pas une adresse électronique.`,
  unknownCode: (input, expected) => `« ${input} » n’est pas une valeur admise ici (${expected}).`,
  noRights: 'Un dossier doit porter sur au moins un droit.',
  rightTwice: (right) => `Le droit « ${right} » figure deux fois.`,
  invalidReference: (input) => `« ${input} » n’est pas une référence de dossier : une référence s’écrit CB-AAAA-NNNN, par exemple CB-2026-0001.`,
  invalidLocation: (input) => `« ${input} » n’est pas un lieu : indiquez un code ISO 3166 tel que GB-ENG, DE-BY, FR ou US-CA.`,
  unknownCountry: (input, country) => `Dans le lieu « ${input} », « ${country} » n’est pas un code de pays ISO 3166-1.`,
  invalidLanguage: (input) => `« ${input} » n’est pas une langue : indiquez un code ISO 639-1 tel que fr ou en.`,
  invalidPause: (input) =>
    `« ${input} » n’est pas une suspension : indiquez son premier et son dernier jour, DU:AU, par exemple 2026-03-02:2026-03-07.`,
  deadlineInput: (detail) => `Les délais ne peuvent pas être calculés à partir de ces dates : ${detail}.`,
  unknownTimeZone: (name) => `« ${name} » n’est pas un fuseau horaire : indiquez un nom IANA tel que Europe/Paris.`,
  organisationNameEmpty: 'Le nom de l’organisme est vide.',
  invalidDpoEmail: (email) => `L’adresse électronique du délégué à la protection des données, « ${email} », n’est pas valide.`,
  demoNeedsEmptyRegister: (cases, systems) =>
    `La démonstration remplit un registre vide ; celui-ci contient déjà ${cases} dossier${cases > 1 ? 's' : ''} et ${systems} système${systems > 1 ? 's' : ''}. Chargez la démonstration dans un nouveau registre vide.`,
  calendarNotText: (fileName, byte) => `« ${fileName} » n’est pas un texte UTF-8 (à l’octet ${byte}).`,
  calendarFormatUnknown: (fileName) =>
    `« ${fileName} » n’est ni un fichier bank-holidays.json de gov.uk ni un fichier iCalendar (.ics).`,
  icsNeedsCalendar: (fileName) => `« ${fileName} » est un fichier .ics : choisissez le calendrier qu’il met à jour.`,
  unknownCalendar: (id) => `Il n’existe pas de calendrier « ${id} ».`,
  calendarUnreadable: (detail) => `Le fichier de calendrier est illisible : ${detail}.`,
  invalidSystemId: (detail) => `L’identifiant du système n’est pas valide : ${detail}.`,
  systemNotInRegister: (id, known) =>
    known === null
      ? `Le registre des activités de traitement ne contient pas de système « ${id} » ; il ne contient encore aucun système. Ajoutez d’abord le système.`
      : `Le registre des activités de traitement ne contient pas de système « ${id} » (il contient : ${known}).`,
  systemAlreadyInRegister: (id) =>
    `Le système « ${id} » figure déjà dans le registre des activités de traitement : modifiez-le plutôt.`,
  systemIdCannotChange:
    'L’identifiant d’un système ne peut pas changer (les recherches et les imports y renvoient) : supprimez le système et ajoutez-le de nouveau.',
  systemInvalid: (detail) => `Le système n’est pas valide : ${detail}.`,
  processingFileRefused: (file, problem) => `Le fichier de registre « ${file} » ne peut pas être importé : ${problem}.`,
  fileNotAFile: 'ce n’est pas un fichier',
  fileTooLarge: (bytes, max) => `il fait ${bytes} octets, plus qu’un registre ne peut en faire (${max} octets au plus)`,
  fileNotText: (offset) => `ce n’est pas un texte UTF-8 (octet invalide à la position ${offset})`,
  searchResultWithoutSearch:
    'Un système consulté a un résultat ; un système non consulté a un motif à la place, pas un résultat.',
  searchInvalid: (detail) => `La recherche ne peut pas être enregistrée : ${detail}.`,
  processingRegisterEmpty: 'Le registre des activités de traitement est vide : ajoutez d’abord les systèmes de l’organisme.',
  csvNotWritten: (detail) => `Le fichier CSV n’a pas pu être écrit : ${detail}.`,
  anchorFileMissing: (file) => `Il n’existe pas de fichier « ${file} ».`,
  anchorFileUnreadable: (file, detail) => `« ${file} » n’a pas pu être lu : ${detail}.`,
  noRegisterYet: (path) => `Il n’y a pas encore de registre à l’emplacement « ${path} ».`,
  registerLocationEmpty: 'Indiquez le chemin complet d’un fichier de registre ou l’adresse d’un registre d’équipe (postgres://UTILISATEUR@HÔTE/BASE).',
  registerPathNotFull: (path) =>
    `« ${path} » n’est pas un chemin complet : indiquez le chemin entier du fichier de registre (depuis /) ou l’adresse d’un registre d’équipe (postgres://UTILISATEUR@HÔTE/BASE).`,
  registerExists: (path) => `« ${path} » existe déjà : il est ouvert, pas créé de nouveau.`,
  alreadyEncrypted: 'Ce registre est déjà chiffré.',
  lockNeedsEncryption: 'Ce registre n’est pas chiffré : verrouiller la fenêtre ne le protégerait pas. Chiffrez-le d’abord.',
  notOnTeamRegister: (what, register) =>
    `${what} n’est pas encore disponible sur un registre d’équipe (${register}) ; cela fonctionne sur un registre local.`,
  assigneeEmpty: 'Indiquez à qui attribuer le dossier.',
  assignOnLocalRegister: (reference) =>
    `Le dossier ${reference} se trouve dans un registre local, qui appartient à une seule personne : les dossiers s’attribuent dans un registre d’équipe.`,
  thing: {
    case: 'Le dossier',
    'closed-case': 'Le dossier clos',
    answer: 'La réponse à ce droit',
    calendar: 'Le calendrier',
    correspondence: 'Le message',
    'data-file': 'Le fichier de données',
    'data-item': 'L’élément de données',
    document: 'Le document',
    'case-document': 'Le document de ce dossier',
    draft: 'Le brouillon',
    'identity-document': 'Le justificatif d’identité',
    'template-copy': 'La copie personnelle du modèle',
    'own-template': 'Le modèle personnel',
    system: 'Le système',
    role: 'Le rôle PostgreSQL',
  },
};
