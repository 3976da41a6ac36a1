// What the Rust side refuses about the person's data, packages, evidence,
// documents kept and the register's protection (`DataSaid`), in each language.
// Item identifiers, field names, file and package names, paths and the wrapped
// error's `detail` pass through as written; an outcome arrives already worded
// by ui/src/lib/errorSaid/data.ts, numbers formatted. No sentence names a
// command, flag or environment variable of the CLI.
import type { UnsafePath } from '../../ipc';
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
  dataFileStartInvalid: (name: string, detail: string) => `The file “${name}” cannot be imported: ${detail}.`,
  dataFileEmpty: (name: string) => `The file “${name}” is empty; nothing was imported.`,
  dataFileFormatUnknown: (name: string) =>
    `The file “${name}” is not a .csv, .json or .xlsx file: name it by its format.`,
  noIdentifiersToMatch: (reference: string) =>
    `Case ${reference} has no email address, name, customer number or telephone number to match the records on.`,
  dataFileUnreadableRecords: (name: string, detail: string) =>
    `The file “${name}” cannot be read (${detail}); nothing was imported.`,
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
  dataFileStartInvalid: (name, detail) => `Die Datei „${name}“ kann nicht importiert werden: ${detail}.`,
  dataFileEmpty: (name) => `Die Datei „${name}“ ist leer; es wurde nichts importiert.`,
  dataFileFormatUnknown: (name) =>
    `Die Datei „${name}“ ist keine .csv-, .json- oder .xlsx-Datei: Benennen Sie sie nach ihrem Format.`,
  noIdentifiersToMatch: (reference) =>
    `Im Vorgang ${reference} ist weder E-Mail-Adresse, Name, Kundennummer noch Telefonnummer erfasst, anhand derer die Datensätze zugeordnet werden könnten.`,
  dataFileUnreadableRecords: (name, detail) =>
    `Die Datei „${name}“ kann nicht gelesen werden (${detail}); es wurde nichts importiert.`,
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
  dataFileStartInvalid: (name, detail) => `Le fichier « ${name} » ne peut pas être importé : ${detail}.`,
  dataFileEmpty: (name) => `Le fichier « ${name} » est vide ; rien n’a été importé.`,
  dataFileFormatUnknown: (name) =>
    `Le fichier « ${name} » n’est pas un fichier .csv, .json ou .xlsx : nommez-le d’après son format.`,
  noIdentifiersToMatch: (reference) =>
    `Le dossier ${reference} n’a ni adresse e-mail, ni nom, ni numéro de client, ni numéro de téléphone pour rapprocher les enregistrements.`,
  dataFileUnreadableRecords: (name, detail) =>
    `Le fichier « ${name} » ne peut pas être lu (${detail}) ; rien n’a été importé.`,
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
