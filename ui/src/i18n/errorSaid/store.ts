// What the Rust side says when a register cannot be opened, read or written
// (`StoreSaid`), in each language. Paths and the reasons the system or the
// database engine gives pass through as written.
import type { Widen } from '../en';

export const en = {
  missing: (path: string) => `There is no register at “${path}”.`,
  notADatabase: (path: string) => `“${path}” is not a Casebook register (it is not an SQLite file).`,
  newerSchema: (path: string, madeBy: string | null, found: number, known: number, version: string) =>
    `“${path}” was made by a newer Casebook${madeBy === null ? '' : ` (${madeBy})`}: its schema is ${found}, and this Casebook ${version} knows schemas up to ${known}. Install the newer version to open it.`,
  upgradeBackup: (path: string, to: number, problem: string) =>
    `“${path}” could not be backed up before its upgrade to schema ${to}, so nothing was changed: ${problem}.`,
  corrupt: (detail: string) => `Stored data is damaged: ${detail}.`,
  database: (detail: string) => `The database reported an error: ${detail}.`,
  folder: (path: string, detail: string) => `The folder for “${path}” could not be created: ${detail}.`,
  io: (path: string, detail: string) => `“${path}” could not be read or written: ${detail}.`,
  emptyPassphrase: 'The passphrase is empty.',
  wrongPassphrase: (path: string) => `The passphrase does not open “${path}”.`,
  passphraseNeeded: (path: string) => `“${path}” is encrypted: its passphrase is needed.`,
  notEncrypted: (path: string) => `“${path}” is not encrypted.`,
  alreadyEncrypted: (path: string) => `“${path}” is already encrypted.`,
  inUse: (path: string) => `“${path}” is in use by another program. Close it and try again.`,
  exists: (path: string) => `“${path}” already exists.`,
  unverified: (path: string, problem: string) => `“${path}” does not pass its check: ${problem}.`,
};

export type StoreStrings = Widen<typeof en>;

export const de: StoreStrings = {
  missing: (path) => `Unter „${path}“ gibt es kein Register.`,
  notADatabase: (path) => `„${path}“ ist kein Casebook-Register (keine SQLite-Datei).`,
  newerSchema: (path, madeBy, found, known, version) =>
    `„${path}“ wurde mit einem neueren Casebook erstellt${madeBy === null ? '' : ` (${madeBy})`}: Sein Schema ist ${found}, dieses Casebook ${version} kennt Schemata bis ${known}. Installieren Sie die neuere Version, um es zu öffnen.`,
  upgradeBackup: (path, to, problem) =>
    `Von „${path}“ konnte vor der Aktualisierung auf Schema ${to} keine Sicherung angelegt werden; es wurde nichts geändert: ${problem}.`,
  corrupt: (detail) => `Gespeicherte Daten sind beschädigt: ${detail}.`,
  database: (detail) => `Die Datenbank meldet einen Fehler: ${detail}.`,
  folder: (path, detail) => `Der Ordner für „${path}“ konnte nicht angelegt werden: ${detail}.`,
  io: (path, detail) => `„${path}“ konnte nicht gelesen oder geschrieben werden: ${detail}.`,
  emptyPassphrase: 'Die Passphrase ist leer.',
  wrongPassphrase: (path) => `Die Passphrase öffnet „${path}“ nicht.`,
  passphraseNeeded: (path) => `„${path}“ ist verschlüsselt: Die Passphrase wird benötigt.`,
  notEncrypted: (path) => `„${path}“ ist nicht verschlüsselt.`,
  alreadyEncrypted: (path) => `„${path}“ ist bereits verschlüsselt.`,
  inUse: (path) => `„${path}“ wird von einem anderen Programm verwendet. Schließen Sie es und versuchen Sie es erneut.`,
  exists: (path) => `„${path}“ ist bereits vorhanden.`,
  unverified: (path, problem) => `„${path}“ besteht die Prüfung nicht: ${problem}.`,
};

export const fr: StoreStrings = {
  missing: (path) => `Il n’y a pas de registre à l’emplacement « ${path} ».`,
  notADatabase: (path) => `« ${path} » n’est pas un registre Casebook (ce n’est pas un fichier SQLite).`,
  newerSchema: (path, madeBy, found, known, version) =>
    `« ${path} » a été créé par une version plus récente de Casebook${madeBy === null ? '' : ` (${madeBy})`} : son schéma est ${found}, et ce Casebook ${version} connaît les schémas jusqu’à ${known}. Installez la version plus récente pour l’ouvrir.`,
  upgradeBackup: (path, to, problem) =>
    `« ${path} » n’a pas pu être sauvegardé avant sa mise à niveau vers le schéma ${to} ; rien n’a été modifié : ${problem}.`,
  corrupt: (detail) => `Des données enregistrées sont endommagées : ${detail}.`,
  database: (detail) => `La base de données signale une erreur : ${detail}.`,
  folder: (path, detail) => `Le dossier de « ${path} » n’a pas pu être créé : ${detail}.`,
  io: (path, detail) => `« ${path} » n’a pas pu être lu ou écrit : ${detail}.`,
  emptyPassphrase: 'La phrase secrète est vide.',
  wrongPassphrase: (path) => `La phrase secrète n’ouvre pas « ${path} ».`,
  passphraseNeeded: (path) => `« ${path} » est chiffré : sa phrase secrète est nécessaire.`,
  notEncrypted: (path) => `« ${path} » n’est pas chiffré.`,
  alreadyEncrypted: (path) => `« ${path} » est déjà chiffré.`,
  inUse: (path) => `« ${path} » est utilisé par un autre programme. Fermez-le et réessayez.`,
  exists: (path) => `« ${path} » existe déjà.`,
  unverified: (path, problem) => `« ${path} » ne passe pas sa vérification : ${problem}.`,
};
