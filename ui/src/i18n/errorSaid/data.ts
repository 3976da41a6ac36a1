// What the Rust side refuses about the person's data, packages, evidence,
// documents kept and the register's protection (`DataSaid`), in each language.
// Item identifiers, field names, file and package names, paths and the wrapped
// error's `detail` (another program's words: a CSV, JSON, ZIP or Excel reader's,
// the system's) pass through as written; an outcome arrives already worded
// by ui/src/lib/errorSaid/data.ts, numbers formatted. No sentence names a
// command, flag or environment variable of the CLI.
import type { JsonKind, UnsafePath } from '../../ipc';
import type { Widen } from '../en';

export const en = {
  /** Why a path inside a package is refused, inside a sentence. */
  unsafePath: {
    'empty-name': 'an empty name',
    'control-character': 'a control character in its name',
    absolute: 'an absolute path',
    backslash: 'a backslash in its name (a folder separator on Windows)',
    'leaves-folder': 'a path that leaves the package’s folder (..)',
    'empty-part': 'an empty or “.” part in its path',
  } satisfies Record<UnsafePath, string>,

  alreadyRedacted: (item: string, field: string | null) =>
    field === null ? `Item ${item} is already redacted.` : `Field “${field}” of item ${item} is already redacted.`,
  categoryNotASlug: (input: string) =>
    `The data category “${input}” is not valid: use 1 to 40 lower-case letters, digits and “-”, starting with a letter (e.g. contact, web-analytics).`,
  noCategory: 'Give at least one data category.',
  categoryRepeated: (category: string) => `The data category “${category}” is listed twice.`,
  dataFileUnreadable: (name: string, detail: string) => `The file “${name}” cannot be read: ${detail}.`,
  dataNotAFile: (name: string) => `The path “${name}” is not a file.`,
  dataFileTooLarge: (name: string, mib: string, limit: string) =>
    `The file “${name}” is ${mib} MiB, over the limit of ${limit} MiB: split the export and import the parts.`,
  dataFileNotOpened: (name: string, detail: string) => `The file “${name}” cannot be opened: ${detail}.`,
  dataFileStartInvalid: (name: string, why: string) => `The file “${name}” cannot be imported: ${why}.`,
  dataFileEmpty: (name: string) => `The file “${name}” is empty; nothing was imported.`,
  dataFileFormatUnknown: (name: string) =>
    `The file “${name}” is not a .csv, .json or .xlsx file: name it by its format.`,
  noIdentifiersToMatch: (reference: string) =>
    `Case ${reference} has no email address, name, customer number or telephone number to match the records on.`,
  dataFileUnreadableRecords: (name: string, why: string) =>
    `The file “${name}” cannot be read: ${why}; nothing was imported.`,
  dataRecordNotStored: (name: string, at: string, why: string) =>
    `The file “${name}” was not imported: ${at} could not be stored. ${why} Nothing was imported.`,
  /** A store error given only in its English, as a sentence of `dataRecordNotStored`. */
  storeSaid: (detail: string) => `The register says: ${detail}.`,
  /** Where a record is, as the subject of a sentence (`RecordAt`). */
  recordAt: {
    line: (line: string, record: string) => `the record on line ${line} (record ${record})`,
    row: (row: string, record: string) => `row ${row} (record ${record})`,
    element: (record: string, at: string | null) => (at === null ? `record ${record}` : `record ${record} (${at})`),
  },
  /** Where a JSON reader stood (`TextAt`). */
  textAt: (line: string, column: string) => `line ${line}, column ${column}`,
  /** What a JSON value is, when a record should be an object (`JsonKind`). */
  jsonKind: {
    null: 'an empty value',
    boolean: 'a true/false value',
    number: 'a number',
    string: 'a text',
    array: 'a list',
  } satisfies Record<JsonKind, string>,
  /** Why a system's export does not read (`ExportProblem`), after the sentence's colon. */
  export: {
    cannotOpen: (detail: string) => `it cannot be opened (${detail})`,
    cannotRead: (line: string | null, detail: string) =>
      line === null ? `it cannot be read (${detail})` : `line ${line} cannot be read (${detail})`,
    utf16: 'it is saved as UTF-16 (save it as UTF-8 and import it again)',
    quoteNeverClosed: (line: string) => `a quoted field opened on line ${line} is never closed (a broken quote)`,
    csvNotUtf8: (line: string, field: string) =>
      `field ${field} on line ${line} is not valid UTF-8 (the file is in another encoding, or mixes encodings): save it as UTF-8`,
    fieldCount: (line: string, fields: string, header: string) =>
      `the record on line ${line} has ${fields} fields where the header has ${header} (a broken quote or a stray comma?)`,
    csv: (line: string | null, detail: string) =>
      line === null ? `the CSV reader refuses it (${detail})` : `the CSV reader refuses line ${line} (${detail})`,
    csvNoHeader: 'it is empty (a CSV export starts with a header line)',
    headerTooWide: (columns: string, max: string) => `its header has ${columns} columns (at most ${max})`,
    headerColumnUnnamed: (column: string) => `column ${column} of its header has no name`,
    headerColumnTwice: (column: string) => `the column “${column}” appears twice in its header`,
    csvFieldTooLong: (line: string, record: string, field: string, mib: string) =>
      `the field “${field}” on line ${line} (record ${record}) is longer than ${mib} MiB (a broken quote?)`,
    /** A JSON file's problem, and where the reader stood, when it says. */
    json: (problem: string, at: string | null) => (at === null ? problem : `${problem} (${at})`),
    notAnObject: (record: string, found: string) => `record ${record} is ${found}, not an object`,
    tooManyFields: (record: string, fields: string, max: string) => `record ${record} has ${fields} fields (at most ${max})`,
    fieldTooLong: (record: string, field: string, mib: string) =>
      `the field “${field}” of record ${record} is longer than ${mib} MiB`,
    emptyFieldName: (record: string) => `a field of record ${record} has an empty name`,
    tooManyNames: (record: string, max: string) =>
      `by record ${record}, the file has more than ${max} different field names`,
    notUtf8: (detail: string) => `it is not UTF-8 text, or mixes encodings (the JSON reader says: ${detail})`,
    parser: (detail: string) => `it is not the JSON of an array of objects (the JSON reader says: ${detail})`,
    xlsxNotZip: (detail: string) => `it is not an Excel workbook: its ZIP structure is unreadable (${detail})`,
    xlsxPartUnreadable: (part: string, detail: string) =>
      `it is not an Excel workbook: part ${part} is unreadable (${detail})`,
    xlsxPartTooPacked: (part: string, ratio: string, mib: string) =>
      `its part “${part}” would unpack ${ratio} times over (to ${mib} MiB): it is not a spreadsheet export (a zip bomb?)`,
    xlsxTooLarge: (mib: string, max: string) =>
      `the workbook would unpack to ${mib} MiB (at most ${max} MiB): export the data as CSV`,
    xlsxUnreadable: (detail: string) => `it is not a readable Excel workbook (${detail})`,
    xlsxNoWorksheet: 'the workbook has no worksheet',
    xlsxManyWorksheets: (count: string, sheets: string) =>
      `the workbook has ${count} worksheets (${sheets}): save each as its own file and import them one by one`,
    worksheetUnreadable: (sheet: string, detail: string) => `the worksheet “${sheet}” cannot be read (${detail})`,
    rowHeaderTooWide: (row: string, max: string) => `the header in row ${row} has more than ${max} columns`,
    rowColumnTwice: (row: string, column: string) => `the column “${column}” appears twice in the header in row ${row}`,
    cellNotFinite: (cell: string) => `cell ${cell} holds a number that is not finite`,
    cellDateInvalid: (cell: string) => `cell ${cell} holds a date Excel cannot place in time`,
    cellError: (cell: string, error: string) =>
      `cell ${cell} holds the error ${error}: fix or clear it in Excel and export again`,
    cellWithoutColumn: (cell: string) => `cell ${cell} has a value but its column has no name in the header row`,
    cellTooLong: (cell: string, mib: string) => `cell ${cell} is longer than ${mib} MiB`,
    worksheetEmpty: 'the worksheet is empty (an export starts with a header row)',
  },
  dataFileNoRecords: (name: string) => `The file “${name}” holds no records; nothing was imported.`,
  noRecordMatched: (name: string, identifiers: string, records: string) =>
    `The case’s identifiers (${identifiers}) match none of the ${records} records of “${name}”; nothing was imported.`,
  exemptionNeedsArticle: 'An exemption needs the provision that grants it, e.g. “DPA 2018 Sch. 2 para 2”.',
  articleOnlyForExemption: 'A provision goes only with the reason “exemption”.',
  redactionNeedsNote: 'Withholding data needs a note saying what is withheld.',
  invalidItem: (item: string) => `The item “${item}” is not known: give a record number or file-N.`,
  itemHasNoField: (item: string, field: string, fields: string) =>
    `Item ${item} has no field “${field}” (its fields: ${fields}).`,
  evidencePackNotWritten: (path: string, detail: string) =>
    `The evidence pack cannot be written to “${path}”: ${detail}.`,
  evidencePackNotMade: (detail: string) => `The evidence pack cannot be laid out: ${detail}.`,
  retentionDaysNotANumber: (input: string) => `The number of days “${input}” is not a whole number: give one, e.g. 30.`,
  /** Why a retention period is refused (`PeriodProblem`), after the sentence's colon. */
  period: {
    notAPeriod: (input: string) => `“${input}” is not a period: write it as, e.g., 24m, 2y, 18 months or 2 years`,
    outOfRange: (input: string, maxYears: number) => `“${input}” is not between 1 month and ${maxYears} years`,
  },
  retentionPeriodInvalid: (outcome: string, detail: string) =>
    `The period for “${outcome}” is not valid: ${detail}.`,
  retentionDaysTooMany: (days: string, max: string) =>
    `Identity documents are kept at most ${max} days, not ${days}.`,
  retentionOutcomeUnknown: (input: string) => `The outcome “${input}” is not an outcome of a case.`,
  retentionMonthsInvalid: (months: string, detail: string) => `A retention period of ${months} months is not valid: ${detail}.`,
  passphraseTooShort: (chars: string, min: string) =>
    `The passphrase is too short (${chars} characters; at least ${min}).`,
  lockMinutesTooMany: (minutes: string, max: string) =>
    `A lock after ${minutes} minutes is too long: at most ${max} minutes (0 never locks).`,
  notEncrypted: (path: string) =>
    `The register “${path}” is not encrypted: protect it with a passphrase first.`,
  passphraseUnchanged: 'The new passphrase is the same as the current one.',
  backupFileExists: (path: string) => `The file “${path}” already exists: choose a new file for the backup.`,
  backupNotRecorded: (path: string, detail: string) =>
    `The backup “${path}” was written and verified, but recording it as the last backup failed: ${detail}.`,
  reminderDaysTooMany: (days: string, max: string) =>
    `A reminder every ${days} days is too far apart: at most ${max} days (0 turns it off).`,
  alreadyEncrypted: (path: string) =>
    `The register “${path}” is already encrypted: change its passphrase instead.`,
  restoreTargetExists: (path: string) =>
    `The register “${path}” already exists: choose to replace it (the existing file is kept beside it, renamed).`,
  packageNotWritten: (what: string, detail: string) => `The package’s file “${what}” cannot be written: ${detail}.`,
  packageTargetInvalid: (path: string) => `The destination “${path}” is neither an existing folder nor the name of a .zip file.`,
  packageFolderMissing: (path: string, folder: string) =>
    `The package “${path}” cannot be written: the folder “${folder}” does not exist.`,
  packageTargetExists: (path: string) => `The file “${path}” already exists: choose to replace it, or another name.`,
  packagePasswordTooShort: (min: string) => `The package password needs at least ${min} characters.`,
  packageNoRecords: (reference: string) =>
    `Case ${reference} has no records to export (no data imported, or all of it withheld): if no personal data is held, send the “No data held” letter.`,
  packageNotMoved: (path: string, detail: string, sha256: string) =>
    `The package “${path}” cannot be written: ${detail}. The audit log records the export of a package with SHA-256 ${sha256} that did not reach this name.`,
  packageLanguageInvalid: (detail: string) => `The language of the package’s letter is not valid: ${detail}.`,
  packageReportNotMade: (detail: string) => `The package’s report cannot be laid out: ${detail}.`,
  packageUnreadable: (name: string, detail: string) => `The package “${name}” cannot be read: ${detail}.`,
  packageEntryUnreadable: (name: string, entry: string, detail: string) =>
    `The file “${entry}” of the package “${name}” cannot be read: ${detail}.`,
  packageNameNotText: (name: string, fileName: string) =>
    `The package “${name}” holds a file whose name is not UTF-8 text: ${fileName}.`,
  packageSymlink: (name: string, entry: string) =>
    `The package “${name}” is refused: ${entry} is a symbolic link.`,
  packageTooManyFiles: (name: string, max: string) =>
    `The folder “${name}” holds more than ${max} files: it is not a package (refused before reading).`,
  packageNotRegularFile: (name: string, entry: string) =>
    `The package “${name}” is refused: ${entry} is not a regular file.`,
  packagePasswordNeeded: (name: string) => `The package “${name}” is encrypted: give its password.`,
  packageWrongPassword: (name: string) => `The password of the package “${name}” is wrong.`,
  packageEntryInvalid: (name: string, entry: string, detail: string) =>
    `The file “${entry}” of the package “${name}” cannot be read: ${detail}.`,
  packageNotOpened: (name: string, detail: string) => `The package “${name}” cannot be opened: ${detail}.`,
  packageNotZip: (name: string, detail: string) => `The file “${name}” is not a ZIP package: ${detail}.`,
  zipTooManyEntries: (name: string, entries: string, max: string) =>
    `The file “${name}” has ${entries} entries, more than ${max}: it is not a package (refused before reading).`,
  zipDuplicateNames: (name: string) =>
    `Two entries of “${name}” have the same name (one would hide the other); the package is refused.`,
  zipEntryUnreadable: (name: string, index: string, detail: string) =>
    `Entry ${index} of “${name}” cannot be read: ${detail}.`,
  zipEntryNameNotText: (name: string, index: string) =>
    `The name of entry ${index} of “${name}” is not valid text; the package is refused.`,
  zipEntryUnsafePath: (name: string, entry: string, why: string) =>
    `Entry “${entry}” of “${name}” has ${why}; the package is refused.`,
  zipEntrySymlink: (name: string, entry: string) =>
    `Entry “${entry}” of “${name}” is a symbolic link; the package is refused.`,
  manifestMissing: (name: string) => `The file “${name}” has no manifest.json: it is not a Casebook package.`,
  manifestTooLarge: (name: string, bytes: string, maxMb: string) =>
    `The manifest.json of “${name}” is ${bytes} bytes, more than ${maxMb} MB; refused before reading it.`,
  manifestUnreadable: (name: string, detail: string) => `The manifest.json of “${name}” cannot be read: ${detail}.`,
  manifestOverLimit: (name: string, maxMb: string) =>
    `The manifest.json of “${name}” is more than ${maxMb} MB; refused before reading it.`,
  manifestInvalid: (name: string, detail: string) => `The manifest.json of “${name}” is not valid: ${detail}.`,
};

export type DataStrings = Widen<typeof en>;

export const de: DataStrings = {
  unsafePath: {
    'empty-name': 'einen leeren Namen',
    'control-character': 'ein Steuerzeichen im Namen',
    absolute: 'einen absoluten Pfad',
    backslash: 'einen umgekehrten Schrägstrich im Namen (ein Ordnertrenner unter Windows)',
    'leaves-folder': 'einen Pfad, der den Ordner des Pakets verlässt (..)',
    'empty-part': 'einen leeren oder „.“-Teil im Pfad',
  },

  alreadyRedacted: (item, field) =>
    field === null ? `Der Eintrag ${item} ist bereits geschwärzt.` : `Das Feld „${field}“ des Eintrags ${item} ist bereits geschwärzt.`,
  categoryNotASlug: (input) =>
    `Die Datenkategorie „${input}“ ist ungültig: Verwenden Sie 1 bis 40 Kleinbuchstaben, Ziffern und „-“, beginnend mit einem Buchstaben (z. B. kontakt, web-analyse).`,
  noCategory: 'Geben Sie mindestens eine Datenkategorie an.',
  categoryRepeated: (category) => `Die Datenkategorie „${category}“ ist doppelt angegeben.`,
  dataFileUnreadable: (name, detail) => `Die Datei „${name}“ kann nicht gelesen werden: ${detail}.`,
  dataNotAFile: (name) => `Der Pfad „${name}“ ist keine Datei.`,
  dataFileTooLarge: (name, mib, limit) =>
    `Die Datei „${name}“ ist ${mib} MiB groß und überschreitet die Grenze von ${limit} MiB: Teilen Sie den Export auf und importieren Sie die Teile.`,
  dataFileNotOpened: (name, detail) => `Die Datei „${name}“ kann nicht geöffnet werden: ${detail}.`,
  dataFileStartInvalid: (name, why) => `Die Datei „${name}“ kann nicht importiert werden: ${why}.`,
  dataFileEmpty: (name) => `Die Datei „${name}“ ist leer; es wurde nichts importiert.`,
  dataFileFormatUnknown: (name) =>
    `Die Datei „${name}“ ist keine .csv-, .json- oder .xlsx-Datei: Benennen Sie sie nach ihrem Format.`,
  noIdentifiersToMatch: (reference) =>
    `Im Vorgang ${reference} ist weder E-Mail-Adresse, Name, Kundennummer noch Telefonnummer erfasst, anhand derer die Datensätze zugeordnet werden könnten.`,
  dataFileUnreadableRecords: (name, why) =>
    `Die Datei „${name}“ kann nicht gelesen werden: ${why}; es wurde nichts importiert.`,
  dataRecordNotStored: (name, at, why) =>
    `Die Datei „${name}“ wurde nicht importiert: ${at} konnte nicht gespeichert werden. ${why} Es wurde nichts importiert.`,
  storeSaid: (detail) => `Das Register meldet: ${detail}.`,
  recordAt: {
    line: (line, record) => `der Datensatz in Zeile ${line} (Datensatz ${record})`,
    row: (row, record) => `Zeile ${row} (Datensatz ${record})`,
    element: (record, at) => (at === null ? `Datensatz ${record}` : `Datensatz ${record} (${at})`),
  },
  textAt: (line, column) => `Zeile ${line}, Spalte ${column}`,
  jsonKind: {
    null: 'ein leerer Wert',
    boolean: 'ein Wahrheitswert',
    number: 'eine Zahl',
    string: 'ein Text',
    array: 'eine Liste',
  },
  export: {
    cannotOpen: (detail) => `sie lässt sich nicht öffnen (${detail})`,
    cannotRead: (line, detail) =>
      line === null ? `sie lässt sich nicht lesen (${detail})` : `Zeile ${line} lässt sich nicht lesen (${detail})`,
    utf16: 'sie ist als UTF-16 gespeichert (speichern Sie sie als UTF-8 und importieren Sie sie erneut)',
    quoteNeverClosed: (line) => `ein in Zeile ${line} begonnenes Feld in Anführungszeichen wird nie geschlossen (ein fehlendes Anführungszeichen)`,
    csvNotUtf8: (line, field) =>
      `Feld ${field} in Zeile ${line} ist kein gültiges UTF-8 (die Datei hat eine andere Kodierung oder mischt Kodierungen); speichern Sie sie als UTF-8`,
    fieldCount: (line, fields, header) =>
      `der Datensatz in Zeile ${line} hat ${fields} Felder, die Kopfzeile aber ${header} (ein fehlendes Anführungszeichen oder ein überzähliges Komma?)`,
    csv: (line, detail) =>
      line === null ? `der CSV-Leser weist sie zurück (${detail})` : `der CSV-Leser weist Zeile ${line} zurück (${detail})`,
    csvNoHeader: 'sie ist leer (ein CSV-Export beginnt mit einer Kopfzeile)',
    headerTooWide: (columns, max) => `ihre Kopfzeile hat ${columns} Spalten (höchstens ${max})`,
    headerColumnUnnamed: (column) => `Spalte ${column} ihrer Kopfzeile hat keinen Namen`,
    headerColumnTwice: (column) => `die Spalte „${column}“ steht zweimal in ihrer Kopfzeile`,
    csvFieldTooLong: (line, record, field, mib) =>
      `das Feld „${field}“ in Zeile ${line} (Datensatz ${record}) ist länger als ${mib} MiB (ein fehlendes Anführungszeichen?)`,
    json: (problem, at) => (at === null ? problem : `${problem} (bei ${at})`),
    notAnObject: (record, found) => `Datensatz ${record} ist ${found}, kein Objekt`,
    tooManyFields: (record, fields, max) => `Datensatz ${record} hat ${fields} Felder (höchstens ${max})`,
    fieldTooLong: (record, field, mib) => `das Feld „${field}“ von Datensatz ${record} ist länger als ${mib} MiB`,
    emptyFieldName: (record) => `ein Feld von Datensatz ${record} hat einen leeren Namen`,
    tooManyNames: (record, max) => `bis Datensatz ${record} hat die Datei mehr als ${max} verschiedene Feldnamen`,
    notUtf8: (detail) => `sie ist kein UTF-8-Text oder mischt Kodierungen (der JSON-Leser meldet: ${detail})`,
    parser: (detail) => `sie ist nicht das JSON einer Liste von Objekten (der JSON-Leser meldet: ${detail})`,
    xlsxNotZip: (detail) => `sie ist keine Excel-Arbeitsmappe: ihre ZIP-Struktur ist nicht lesbar (${detail})`,
    xlsxPartUnreadable: (part, detail) => `sie ist keine Excel-Arbeitsmappe: Teil ${part} ist nicht lesbar (${detail})`,
    xlsxPartTooPacked: (part, ratio, mib) =>
      `ihr Teil „${part}“ würde sich auf das ${ratio}-Fache entpacken (auf ${mib} MiB): sie ist kein Tabellenexport (eine ZIP-Bombe?)`,
    xlsxTooLarge: (mib, max) =>
      `die Arbeitsmappe würde sich auf ${mib} MiB entpacken (höchstens ${max} MiB); exportieren Sie die Daten als CSV`,
    xlsxUnreadable: (detail) => `sie ist keine lesbare Excel-Arbeitsmappe (${detail})`,
    xlsxNoWorksheet: 'die Arbeitsmappe hat kein Tabellenblatt',
    xlsxManyWorksheets: (count, sheets) =>
      `die Arbeitsmappe hat ${count} Tabellenblätter (${sheets}); speichern Sie jedes als eigene Datei und importieren Sie sie einzeln`,
    worksheetUnreadable: (sheet, detail) => `das Tabellenblatt „${sheet}“ lässt sich nicht lesen (${detail})`,
    rowHeaderTooWide: (row, max) => `die Kopfzeile in Zeile ${row} hat mehr als ${max} Spalten`,
    rowColumnTwice: (row, column) => `die Spalte „${column}“ steht zweimal in der Kopfzeile in Zeile ${row}`,
    cellNotFinite: (cell) => `Zelle ${cell} enthält eine Zahl, die nicht endlich ist`,
    cellDateInvalid: (cell) => `Zelle ${cell} enthält ein Datum, das Excel keinem Zeitpunkt zuordnen kann`,
    cellError: (cell, error) =>
      `Zelle ${cell} enthält den Fehler ${error}; beheben oder leeren Sie ihn in Excel und exportieren Sie erneut`,
    cellWithoutColumn: (cell) => `Zelle ${cell} hat einen Wert, aber ihre Spalte hat in der Kopfzeile keinen Namen`,
    cellTooLong: (cell, mib) => `Zelle ${cell} ist länger als ${mib} MiB`,
    worksheetEmpty: 'das Tabellenblatt ist leer (ein Export beginnt mit einer Kopfzeile)',
  },
  dataFileNoRecords: (name) => `Die Datei „${name}“ enthält keine Datensätze; es wurde nichts importiert.`,
  noRecordMatched: (name, identifiers, records) =>
    `Die Kennungen des Vorgangs (${identifiers}) passen zu keinem der ${records} Datensätze von „${name}“; es wurde nichts importiert.`,
  exemptionNeedsArticle: 'Eine Ausnahme benötigt die Vorschrift, die sie gewährt, z. B. „§ 34 BDSG“.',
  articleOnlyForExemption: 'Eine Vorschrift gehört nur zum Grund „Ausnahme“.',
  redactionNeedsNote: 'Das Zurückhalten von Daten benötigt eine Notiz, was zurückgehalten wird.',
  invalidItem: (item) => `Der Eintrag „${item}“ ist unbekannt: Geben Sie eine Datensatznummer oder file-N an.`,
  itemHasNoField: (item, field, fields) => `Der Eintrag ${item} hat kein Feld „${field}“ (seine Felder: ${fields}).`,
  evidencePackNotWritten: (path, detail) =>
    `Die Nachweismappe kann nicht nach „${path}“ geschrieben werden: ${detail}.`,
  evidencePackNotMade: (detail) => `Die Nachweismappe kann nicht gesetzt werden: ${detail}.`,
  retentionDaysNotANumber: (input) => `Die Anzahl der Tage „${input}“ ist keine ganze Zahl: Geben Sie eine an, z. B. 30.`,
  period: {
    notAPeriod: (input) => `„${input}“ ist keine Frist; schreiben Sie z. B. 24m, 2y, 18 months oder 2 years`,
    outOfRange: (input, maxYears) => `„${input}“ liegt nicht zwischen 1 Monat und ${maxYears} Jahren`,
  },
  retentionPeriodInvalid: (outcome, detail) => `Die Frist für „${outcome}“ ist ungültig: ${detail}.`,
  retentionDaysTooMany: (days, max) =>
    `Identitätsdokumente werden höchstens ${max} Tage aufbewahrt, nicht ${days}.`,
  retentionOutcomeUnknown: (input) => `Das Ergebnis „${input}“ ist kein Ergebnis eines Vorgangs.`,
  retentionMonthsInvalid: (months, detail) => `Eine Aufbewahrungsfrist von ${months} Monaten ist ungültig: ${detail}.`,
  passphraseTooShort: (chars, min) => `Die Passphrase ist zu kurz (${chars} Zeichen; mindestens ${min}).`,
  lockMinutesTooMany: (minutes, max) =>
    `Eine Sperre nach ${minutes} Minuten ist zu lang: höchstens ${max} Minuten (0 sperrt nie).`,
  notEncrypted: (path) =>
    `Das Register „${path}“ ist nicht verschlüsselt: Schützen Sie es zuerst mit einer Passphrase.`,
  passphraseUnchanged: 'Die neue Passphrase ist dieselbe wie die bisherige.',
  backupFileExists: (path) => `Die Datei „${path}“ existiert bereits: Wählen Sie eine neue Datei für die Sicherung.`,
  backupNotRecorded: (path, detail) =>
    `Die Sicherung „${path}“ wurde geschrieben und geprüft, aber sie konnte nicht als letzte Sicherung vermerkt werden: ${detail}.`,
  reminderDaysTooMany: (days, max) =>
    `Eine Erinnerung alle ${days} Tage ist zu selten: höchstens alle ${max} Tage (0 schaltet sie ab).`,
  alreadyEncrypted: (path) =>
    `Das Register „${path}“ ist bereits verschlüsselt: Ändern Sie stattdessen seine Passphrase.`,
  restoreTargetExists: (path) =>
    `Das Register „${path}“ existiert bereits: Wählen Sie, es zu ersetzen (die bisherige Datei wird umbenannt daneben aufbewahrt).`,
  packageNotWritten: (what, detail) => `Die Datei „${what}“ des Pakets kann nicht geschrieben werden: ${detail}.`,
  packageTargetInvalid: (path) => `Das Ziel „${path}“ ist weder ein vorhandener Ordner noch der Name einer .zip-Datei.`,
  packageFolderMissing: (path, folder) =>
    `Das Paket „${path}“ kann nicht geschrieben werden: Der Ordner „${folder}“ existiert nicht.`,
  packageTargetExists: (path) =>
    `Die Datei „${path}“ existiert bereits: Wählen Sie, sie zu ersetzen, oder einen anderen Namen.`,
  packagePasswordTooShort: (min) => `Das Passwort des Pakets muss mindestens ${min} Zeichen haben.`,
  packageNoRecords: (reference) =>
    `Der Vorgang ${reference} hat keine Datensätze zum Exportieren (keine Daten importiert oder alle zurückgehalten): Wenn keine personenbezogenen Daten vorhanden sind, senden Sie die Negativauskunft.`,
  packageNotMoved: (path, detail, sha256) =>
    `Das Paket „${path}“ kann nicht geschrieben werden: ${detail}. Das Prüfprotokoll vermerkt den Export eines Pakets mit SHA-256 ${sha256}, das diesen Namen nicht erreicht hat.`,
  packageLanguageInvalid: (detail) => `Die Sprache des Schreibens im Paket ist ungültig: ${detail}.`,
  packageReportNotMade: (detail) => `Der Bericht des Pakets kann nicht gesetzt werden: ${detail}.`,
  packageUnreadable: (name, detail) => `Das Paket „${name}“ kann nicht gelesen werden: ${detail}.`,
  packageEntryUnreadable: (name, entry, detail) =>
    `Die Datei „${entry}“ des Pakets „${name}“ kann nicht gelesen werden: ${detail}.`,
  packageNameNotText: (name, fileName) =>
    `Das Paket „${name}“ enthält eine Datei, deren Name kein UTF-8-Text ist: ${fileName}.`,
  packageSymlink: (name, entry) => `Das Paket „${name}“ wird abgelehnt: ${entry} ist ein symbolischer Link.`,
  packageTooManyFiles: (name, max) =>
    `Der Ordner „${name}“ enthält mehr als ${max} Dateien: Er ist kein Paket (vor dem Lesen abgelehnt).`,
  packageNotRegularFile: (name, entry) => `Das Paket „${name}“ wird abgelehnt: ${entry} ist keine reguläre Datei.`,
  packagePasswordNeeded: (name) => `Das Paket „${name}“ ist verschlüsselt: Geben Sie sein Passwort an.`,
  packageWrongPassword: (name) => `Das Passwort des Pakets „${name}“ ist falsch.`,
  packageEntryInvalid: (name, entry, detail) =>
    `Die Datei „${entry}“ des Pakets „${name}“ kann nicht gelesen werden: ${detail}.`,
  packageNotOpened: (name, detail) => `Das Paket „${name}“ kann nicht geöffnet werden: ${detail}.`,
  packageNotZip: (name, detail) => `Die Datei „${name}“ ist kein ZIP-Paket: ${detail}.`,
  zipTooManyEntries: (name, entries, max) =>
    `Die Datei „${name}“ hat ${entries} Einträge, mehr als ${max}: Sie ist kein Paket (vor dem Lesen abgelehnt).`,
  zipDuplicateNames: (name) =>
    `Zwei Einträge von „${name}“ haben denselben Namen (einer würde den anderen verdecken); das Paket wird abgelehnt.`,
  zipEntryUnreadable: (name, index, detail) => `Der Eintrag ${index} von „${name}“ kann nicht gelesen werden: ${detail}.`,
  zipEntryNameNotText: (name, index) =>
    `Der Name des Eintrags ${index} von „${name}“ ist kein gültiger Text; das Paket wird abgelehnt.`,
  zipEntryUnsafePath: (name, entry, why) =>
    `Der Eintrag „${entry}“ von „${name}“ hat ${why}; das Paket wird abgelehnt.`,
  zipEntrySymlink: (name, entry) =>
    `Der Eintrag „${entry}“ von „${name}“ ist ein symbolischer Link; das Paket wird abgelehnt.`,
  manifestMissing: (name) => `Die Datei „${name}“ hat keine manifest.json: Sie ist kein Casebook-Paket.`,
  manifestTooLarge: (name, bytes, maxMb) =>
    `Die manifest.json von „${name}“ ist ${bytes} Byte groß, mehr als ${maxMb} MB; vor dem Lesen abgelehnt.`,
  manifestUnreadable: (name, detail) => `Die manifest.json von „${name}“ kann nicht gelesen werden: ${detail}.`,
  manifestOverLimit: (name, maxMb) =>
    `Die manifest.json von „${name}“ ist größer als ${maxMb} MB; vor dem Lesen abgelehnt.`,
  manifestInvalid: (name, detail) => `Die manifest.json von „${name}“ ist ungültig: ${detail}.`,
};

export const fr: DataStrings = {
  unsafePath: {
    'empty-name': 'un nom vide',
    'control-character': 'un caractère de contrôle dans son nom',
    absolute: 'un chemin absolu',
    backslash: 'une barre oblique inverse dans son nom (un séparateur de dossiers sous Windows)',
    'leaves-folder': 'un chemin qui sort du dossier du paquet (..)',
    'empty-part': 'une partie vide ou « . » dans son chemin',
  },

  alreadyRedacted: (item, field) =>
    field === null ? `L’élément ${item} est déjà occulté.` : `Le champ « ${field} » de l’élément ${item} est déjà occulté.`,
  categoryNotASlug: (input) =>
    `La catégorie de données « ${input} » n’est pas valide : utilisez 1 à 40 lettres minuscules, chiffres et « - », en commençant par une lettre (par exemple contact, web-analytics).`,
  noCategory: 'Indiquez au moins une catégorie de données.',
  categoryRepeated: (category) => `La catégorie de données « ${category} » est indiquée deux fois.`,
  dataFileUnreadable: (name, detail) => `Le fichier « ${name} » ne peut pas être lu : ${detail}.`,
  dataNotAFile: (name) => `Le chemin « ${name} » n’est pas un fichier.`,
  dataFileTooLarge: (name, mib, limit) =>
    `Le fichier « ${name} » fait ${mib} Mio, au-delà de la limite de ${limit} Mio : découpez l’export et importez-en les parties.`,
  dataFileNotOpened: (name, detail) => `Le fichier « ${name} » ne peut pas être ouvert : ${detail}.`,
  dataFileStartInvalid: (name, why) => `Le fichier « ${name} » ne peut pas être importé : ${why}.`,
  dataFileEmpty: (name) => `Le fichier « ${name} » est vide ; rien n’a été importé.`,
  dataFileFormatUnknown: (name) =>
    `Le fichier « ${name} » n’est pas un fichier .csv, .json ou .xlsx : nommez-le d’après son format.`,
  noIdentifiersToMatch: (reference) =>
    `Le dossier ${reference} n’a ni adresse e-mail, ni nom, ni numéro de client, ni numéro de téléphone pour rapprocher les enregistrements.`,
  dataFileUnreadableRecords: (name, why) =>
    `Le fichier « ${name} » ne peut pas être lu : ${why} ; rien n’a été importé.`,
  dataRecordNotStored: (name, at, why) =>
    `Le fichier « ${name} » n’a pas été importé : ${at} n’a pas pu être enregistré. ${why} Rien n’a été importé.`,
  storeSaid: (detail) => `Le registre indique : ${detail}.`,
  recordAt: {
    line: (line, record) => `l’enregistrement de la ligne ${line} (enregistrement ${record})`,
    row: (row, record) => `la ligne ${row} (enregistrement ${record})`,
    element: (record, at) => (at === null ? `l’enregistrement ${record}` : `l’enregistrement ${record} (${at})`),
  },
  textAt: (line, column) => `ligne ${line}, colonne ${column}`,
  jsonKind: {
    null: 'une valeur vide',
    boolean: 'un booléen',
    number: 'un nombre',
    string: 'un texte',
    array: 'une liste',
  },
  export: {
    cannotOpen: (detail) => `il ne peut pas être ouvert (${detail})`,
    cannotRead: (line, detail) =>
      line === null ? `il ne peut pas être lu (${detail})` : `la ligne ${line} ne peut pas être lue (${detail})`,
    utf16: 'il est enregistré en UTF-16 (enregistrez-le en UTF-8 et importez-le de nouveau)',
    quoteNeverClosed: (line) => `un champ entre guillemets ouvert à la ligne ${line} n’est jamais fermé (un guillemet manquant)`,
    csvNotUtf8: (line, field) =>
      `le champ ${field} de la ligne ${line} n’est pas en UTF-8 valide (le fichier est dans un autre encodage, ou mélange les encodages) : enregistrez-le en UTF-8`,
    fieldCount: (line, fields, header) =>
      `l’enregistrement de la ligne ${line} a ${fields} champs alors que l’en-tête en a ${header} (un guillemet manquant ou une virgule en trop ?)`,
    csv: (line, detail) =>
      line === null ? `le lecteur CSV le refuse (${detail})` : `le lecteur CSV refuse la ligne ${line} (${detail})`,
    csvNoHeader: 'il est vide (un export CSV commence par une ligne d’en-tête)',
    headerTooWide: (columns, max) => `son en-tête a ${columns} colonnes (au plus ${max})`,
    headerColumnUnnamed: (column) => `la colonne ${column} de son en-tête n’a pas de nom`,
    headerColumnTwice: (column) => `la colonne « ${column} » figure deux fois dans son en-tête`,
    csvFieldTooLong: (line, record, field, mib) =>
      `le champ « ${field} » de la ligne ${line} (enregistrement ${record}) dépasse ${mib} Mio (un guillemet manquant ?)`,
    json: (problem, at) => (at === null ? problem : `${problem} (à la ${at})`),
    notAnObject: (record, found) => `l’enregistrement ${record} est ${found}, pas un objet`,
    tooManyFields: (record, fields, max) => `l’enregistrement ${record} a ${fields} champs (au plus ${max})`,
    fieldTooLong: (record, field, mib) => `le champ « ${field} » de l’enregistrement ${record} dépasse ${mib} Mio`,
    emptyFieldName: (record) => `un champ de l’enregistrement ${record} a un nom vide`,
    tooManyNames: (record, max) => `à l’enregistrement ${record}, le fichier a plus de ${max} noms de champ différents`,
    notUtf8: (detail) => `il n’est pas en UTF-8, ou mélange les encodages (le lecteur JSON indique : ${detail})`,
    parser: (detail) => `il n’est pas le JSON d’une liste d’objets (le lecteur JSON indique : ${detail})`,
    xlsxNotZip: (detail) => `il n’est pas un classeur Excel : sa structure ZIP est illisible (${detail})`,
    xlsxPartUnreadable: (part, detail) => `il n’est pas un classeur Excel : la partie ${part} est illisible (${detail})`,
    xlsxPartTooPacked: (part, ratio, mib) =>
      `sa partie « ${part} » se décompresserait ${ratio} fois (à ${mib} Mio) : ce n’est pas un export de tableur (une bombe ZIP ?)`,
    xlsxTooLarge: (mib, max) =>
      `le classeur se décompresserait à ${mib} Mio (au plus ${max} Mio) : exportez les données en CSV`,
    xlsxUnreadable: (detail) => `il n’est pas un classeur Excel lisible (${detail})`,
    xlsxNoWorksheet: 'le classeur n’a aucune feuille de calcul',
    xlsxManyWorksheets: (count, sheets) =>
      `le classeur a ${count} feuilles de calcul (${sheets}) : enregistrez chacune dans son propre fichier et importez-les une par une`,
    worksheetUnreadable: (sheet, detail) => `la feuille « ${sheet} » ne peut pas être lue (${detail})`,
    rowHeaderTooWide: (row, max) => `l’en-tête de la ligne ${row} a plus de ${max} colonnes`,
    rowColumnTwice: (row, column) => `la colonne « ${column} » figure deux fois dans l’en-tête de la ligne ${row}`,
    cellNotFinite: (cell) => `la cellule ${cell} contient un nombre qui n’est pas fini`,
    cellDateInvalid: (cell) => `la cellule ${cell} contient une date qu’Excel ne sait pas situer dans le temps`,
    cellError: (cell, error) =>
      `la cellule ${cell} contient l’erreur ${error} : corrigez-la ou videz-la dans Excel et exportez de nouveau`,
    cellWithoutColumn: (cell) => `la cellule ${cell} a une valeur mais sa colonne n’a pas de nom dans la ligne d’en-tête`,
    cellTooLong: (cell, mib) => `la cellule ${cell} dépasse ${mib} Mio`,
    worksheetEmpty: 'la feuille est vide (un export commence par une ligne d’en-tête)',
  },
  dataFileNoRecords: (name) => `Le fichier « ${name} » ne contient aucun enregistrement ; rien n’a été importé.`,
  noRecordMatched: (name, identifiers, records) =>
    `Les identifiants du dossier (${identifiers}) ne correspondent à aucun des ${records} enregistrements de « ${name} » ; rien n’a été importé.`,
  exemptionNeedsArticle: 'Une exception requiert la disposition qui l’accorde, par exemple « art. 23 RGPD ».',
  articleOnlyForExemption: 'Une disposition ne va qu’avec le motif « exception ».',
  redactionNeedsNote: 'Retenir des données requiert une note indiquant ce qui est retenu.',
  invalidItem: (item) => `L’élément « ${item} » est inconnu : indiquez un numéro d’enregistrement ou file-N.`,
  itemHasNoField: (item, field, fields) => `L’élément ${item} n’a pas de champ « ${field} » (ses champs : ${fields}).`,
  evidencePackNotWritten: (path, detail) =>
    `Le dossier de preuves ne peut pas être écrit dans « ${path} » : ${detail}.`,
  evidencePackNotMade: (detail) => `Le dossier de preuves ne peut pas être mis en page : ${detail}.`,
  retentionDaysNotANumber: (input) => `Le nombre de jours « ${input} » n’est pas un nombre entier : indiquez-en un, par exemple 30.`,
  period: {
    notAPeriod: (input) => `« ${input} » n’est pas une durée ; écrivez par exemple 24m, 2y, 18 months ou 2 years`,
    outOfRange: (input, maxYears) => `« ${input} » n’est pas compris entre 1 mois et ${maxYears} ans`,
  },
  retentionPeriodInvalid: (outcome, detail) => `La durée pour « ${outcome} » n’est pas valide : ${detail}.`,
  retentionDaysTooMany: (days, max) =>
    `Les justificatifs d’identité sont conservés au plus ${max} jours, pas ${days}.`,
  retentionOutcomeUnknown: (input) => `L’issue « ${input} » n’est pas une issue de dossier.`,
  retentionMonthsInvalid: (months, detail) => `Une durée de conservation de ${months} mois n’est pas valide : ${detail}.`,
  passphraseTooShort: (chars, min) => `La phrase secrète est trop courte (${chars} caractères ; au moins ${min}).`,
  lockMinutesTooMany: (minutes, max) =>
    `Un verrouillage après ${minutes} minutes est trop long : au plus ${max} minutes (0 ne verrouille jamais).`,
  notEncrypted: (path) =>
    `Le registre « ${path} » n’est pas chiffré : protégez-le d’abord par une phrase secrète.`,
  passphraseUnchanged: 'La nouvelle phrase secrète est identique à l’actuelle.',
  backupFileExists: (path) => `Le fichier « ${path} » existe déjà : choisissez un nouveau fichier pour la sauvegarde.`,
  backupNotRecorded: (path, detail) =>
    `La sauvegarde « ${path} » a été écrite et vérifiée, mais son enregistrement comme dernière sauvegarde a échoué : ${detail}.`,
  reminderDaysTooMany: (days, max) =>
    `Un rappel tous les ${days} jours est trop espacé : au plus ${max} jours (0 le désactive).`,
  alreadyEncrypted: (path) =>
    `Le registre « ${path} » est déjà chiffré : changez plutôt sa phrase secrète.`,
  restoreTargetExists: (path) =>
    `Le registre « ${path} » existe déjà : choisissez de le remplacer (le fichier existant est conservé à côté, renommé).`,
  packageNotWritten: (what, detail) => `Le fichier « ${what} » du paquet ne peut pas être écrit : ${detail}.`,
  packageTargetInvalid: (path) => `La destination « ${path} » n’est ni un dossier existant ni le nom d’un fichier .zip.`,
  packageFolderMissing: (path, folder) =>
    `Le paquet « ${path} » ne peut pas être écrit : le dossier « ${folder} » n’existe pas.`,
  packageTargetExists: (path) => `Le fichier « ${path} » existe déjà : choisissez de le remplacer, ou un autre nom.`,
  packagePasswordTooShort: (min) => `Le mot de passe du paquet doit comporter au moins ${min} caractères.`,
  packageNoRecords: (reference) =>
    `Le dossier ${reference} n’a aucun enregistrement à exporter (aucune donnée importée, ou toutes retenues) : si aucune donnée personnelle n’est détenue, envoyez le courrier d’absence de données.`,
  packageNotMoved: (path, detail, sha256) =>
    `Le paquet « ${path} » ne peut pas être écrit : ${detail}. Le journal d’audit enregistre l’export d’un paquet de SHA-256 ${sha256} qui n’a pas atteint ce nom.`,
  packageLanguageInvalid: (detail) => `La langue du courrier du paquet n’est pas valide : ${detail}.`,
  packageReportNotMade: (detail) => `Le rapport du paquet ne peut pas être mis en page : ${detail}.`,
  packageUnreadable: (name, detail) => `Le paquet « ${name} » ne peut pas être lu : ${detail}.`,
  packageEntryUnreadable: (name, entry, detail) =>
    `Le fichier « ${entry} » du paquet « ${name} » ne peut pas être lu : ${detail}.`,
  packageNameNotText: (name, fileName) =>
    `Le paquet « ${name} » contient un fichier dont le nom n’est pas du texte UTF-8 : ${fileName}.`,
  packageSymlink: (name, entry) => `Le paquet « ${name} » est refusé : ${entry} est un lien symbolique.`,
  packageTooManyFiles: (name, max) =>
    `Le dossier « ${name} » contient plus de ${max} fichiers : ce n’est pas un paquet (refusé avant lecture).`,
  packageNotRegularFile: (name, entry) => `Le paquet « ${name} » est refusé : ${entry} n’est pas un fichier ordinaire.`,
  packagePasswordNeeded: (name) => `Le paquet « ${name} » est chiffré : indiquez son mot de passe.`,
  packageWrongPassword: (name) => `Le mot de passe du paquet « ${name} » est erroné.`,
  packageEntryInvalid: (name, entry, detail) =>
    `Le fichier « ${entry} » du paquet « ${name} » ne peut pas être lu : ${detail}.`,
  packageNotOpened: (name, detail) => `Le paquet « ${name} » ne peut pas être ouvert : ${detail}.`,
  packageNotZip: (name, detail) => `Le fichier « ${name} » n’est pas un paquet ZIP : ${detail}.`,
  zipTooManyEntries: (name, entries, max) =>
    `Le fichier « ${name} » a ${entries} entrées, plus de ${max} : ce n’est pas un paquet (refusé avant lecture).`,
  zipDuplicateNames: (name) =>
    `Deux entrées de « ${name} » portent le même nom (l’une masquerait l’autre) ; le paquet est refusé.`,
  zipEntryUnreadable: (name, index, detail) => `L’entrée ${index} de « ${name} » ne peut pas être lue : ${detail}.`,
  zipEntryNameNotText: (name, index) =>
    `Le nom de l’entrée ${index} de « ${name} » n’est pas un texte valide ; le paquet est refusé.`,
  zipEntryUnsafePath: (name, entry, why) =>
    `L’entrée « ${entry} » de « ${name} » a ${why} ; le paquet est refusé.`,
  zipEntrySymlink: (name, entry) =>
    `L’entrée « ${entry} » de « ${name} » est un lien symbolique ; le paquet est refusé.`,
  manifestMissing: (name) => `Le fichier « ${name} » n’a pas de manifest.json : ce n’est pas un paquet Casebook.`,
  manifestTooLarge: (name, bytes, maxMb) =>
    `Le manifest.json de « ${name} » fait ${bytes} octets, plus de ${maxMb} Mo ; refusé avant lecture.`,
  manifestUnreadable: (name, detail) => `Le manifest.json de « ${name} » ne peut pas être lu : ${detail}.`,
  manifestOverLimit: (name, maxMb) =>
    `Le manifest.json de « ${name} » dépasse ${maxMb} Mo ; refusé avant lecture.`,
  manifestInvalid: (name, detail) => `Le manifest.json de « ${name} » n’est pas valide : ${detail}.`,
};
