// What the desktop shell itself refuses or fails at: the register's slot,
// the native dialogs and the system viewer (`ShellSaid`), in each language;
// and the native dialogs' titles and file filters (`Dialog`), which the
// window sends to the shell once its strings are loaded.
import type { Dialog, DialogWords } from '../../ipc';
import type { Widen } from '../en';

export const en = {
  queryStopped: (detail: string) => `The work stopped unexpectedly: ${detail}.`,
  viewerCopyNotWritten: (path: string, detail: string) => `The copy for the viewer, “${path}”, could not be written: ${detail}.`,
  viewerNotOpened: (path: string, detail: string) => `“${path}” could not be opened in the system viewer: ${detail}.`,
  notOpened: (path: string, detail: string) => `“${path}” could not be opened: ${detail}.`,
  onlyLetters: 'Only letters are opened in the system viewer here.',
  noEmailDraft: (draft: number, reference: string) => `Draft ${draft} of ${reference} has no email version.`,
  noLocalPath: (detail: string) => `The chosen file is not on this computer’s file system: ${detail}.`,
  fileNotWritten: (path: string, detail: string) => `“${path}” could not be written: ${detail}.`,
  fileNotRead: (fileName: string, detail: string) => `“${fileName}” could not be read: ${detail}.`,
  notSerialised: (detail: string) => `The register of processing could not be written out: ${detail}.`,
  passphraseEmpty: 'The passphrase is empty.',
  importRunning: 'An import is already running: wait for it or cancel it.',
  exportRunning: { package: 'A data package export is already running: wait for it or cancel it.', evidence: 'An evidence pack is already being made: wait for it or cancel it.' },
  testHooksOff: 'Test hooks are off (start the app with CASEBOOK_TEST_HOOKS=1).',
};

export type ShellStrings = Widen<typeof en>;

export const de: ShellStrings = {
  queryStopped: (detail) => `Die Verarbeitung wurde unerwartet beendet: ${detail}.`,
  viewerCopyNotWritten: (path, detail) => `Die Kopie für das Anzeigeprogramm, „${path}“, konnte nicht geschrieben werden: ${detail}.`,
  viewerNotOpened: (path, detail) => `„${path}“ konnte nicht im Anzeigeprogramm des Systems geöffnet werden: ${detail}.`,
  notOpened: (path, detail) => `„${path}“ konnte nicht geöffnet werden: ${detail}.`,
  onlyLetters: 'Hier werden nur Schreiben im Anzeigeprogramm des Systems geöffnet.',
  noEmailDraft: (draft, reference) => `Entwurf ${draft} zu ${reference} hat keine E-Mail-Fassung.`,
  noLocalPath: (detail) => `Die gewählte Datei liegt nicht im Dateisystem dieses Computers: ${detail}.`,
  fileNotWritten: (path, detail) => `„${path}“ konnte nicht geschrieben werden: ${detail}.`,
  fileNotRead: (fileName, detail) => `„${fileName}“ konnte nicht gelesen werden: ${detail}.`,
  notSerialised: (detail) => `Das Verzeichnis von Verarbeitungstätigkeiten konnte nicht ausgegeben werden: ${detail}.`,
  passphraseEmpty: 'Die Passphrase ist leer.',
  importRunning: 'Es läuft bereits ein Import: Warten Sie ihn ab oder brechen Sie ihn ab.',
  exportRunning: {
    package: 'Es wird bereits ein Datenpaket exportiert: Warten Sie den Export ab oder brechen Sie ihn ab.',
    evidence: 'Es wird bereits ein Nachweispaket erstellt: Warten Sie es ab oder brechen Sie es ab.',
  },
  testHooksOff: 'Die Testschnittstellen sind aus (starten Sie die App mit CASEBOOK_TEST_HOOKS=1).',
};

export const fr: ShellStrings = {
  queryStopped: (detail) => `Le traitement s’est arrêté de façon inattendue : ${detail}.`,
  viewerCopyNotWritten: (path, detail) => `La copie destinée à la visionneuse, « ${path} », n’a pas pu être écrite : ${detail}.`,
  viewerNotOpened: (path, detail) => `« ${path} » n’a pas pu être ouvert dans la visionneuse du système : ${detail}.`,
  notOpened: (path, detail) => `« ${path} » n’a pas pu être ouvert : ${detail}.`,
  onlyLetters: 'Seuls les courriers s’ouvrent ici dans la visionneuse du système.',
  noEmailDraft: (draft, reference) => `Le brouillon ${draft} du dossier ${reference} n’a pas de version courriel.`,
  noLocalPath: (detail) => `Le fichier choisi ne se trouve pas dans le système de fichiers de cet ordinateur : ${detail}.`,
  fileNotWritten: (path, detail) => `« ${path} » n’a pas pu être écrit : ${detail}.`,
  fileNotRead: (fileName, detail) => `« ${fileName} » n’a pas pu être lu : ${detail}.`,
  notSerialised: (detail) => `Le registre des activités de traitement n’a pas pu être produit : ${detail}.`,
  passphraseEmpty: 'La phrase secrète est vide.',
  importRunning: 'Une importation est déjà en cours : attendez sa fin ou annulez-la.',
  exportRunning: {
    package: 'Un export de paquet de données est déjà en cours : attendez sa fin ou annulez-le.',
    evidence: 'Un dossier de preuves est déjà en préparation : attendez sa fin ou annulez-le.',
  },
  testHooksOff: 'Les accès de test sont désactivés (lancez l’application avec CASEBOOK_TEST_HOOKS=1).',
};

/** The native dialogs' titles and file filters, by language (`t.dialogs`). */
export const dialogs: Record<'en' | 'de' | 'fr', Record<Dialog, DialogWords>> = {
  en: {
    'import-emails': { title: 'Import emails', filter: 'Emails (.eml, .msg, .mbox)' },
    'import-data': { title: 'Import a system’s export', filter: 'Export (.csv, .json)' },
    'import-processing': { title: 'Import a register of processing', filter: 'Register of processing (.json)' },
    'export-processing': { title: 'Export the register of processing', filter: 'Register of processing (.json)' },
    'import-calendar': { title: 'Import a holiday calendar', filter: 'gov.uk bank-holidays.json or iCalendar (.ics)' },
    'import-template': { title: 'Choose your template’s text', filter: 'Template text (.txt)' },
    'save-file': { title: 'Save the file as', filter: 'File' },
    'save-letter-pdf': { title: 'Save the letter as PDF', filter: 'PDF' },
    'save-letter-email': { title: 'Save the letter as an email draft', filter: 'Email' },
    'save-evidence': { title: 'Save the evidence pack', filter: 'PDF' },
    'save-package': { title: 'Save the data package', filter: 'ZIP' },
    'save-backup': { title: 'Save a backup of the register', filter: 'Casebook backup' },
  },
  de: {
    'import-emails': { title: 'E-Mails importieren', filter: 'E-Mails (.eml, .msg, .mbox)' },
    'import-data': { title: 'Export eines Systems importieren', filter: 'Export (.csv, .json)' },
    'import-processing': { title: 'Verzeichnis von Verarbeitungstätigkeiten importieren', filter: 'Verzeichnis (.json)' },
    'export-processing': { title: 'Verzeichnis von Verarbeitungstätigkeiten exportieren', filter: 'Verzeichnis (.json)' },
    'import-calendar': { title: 'Feiertagskalender importieren', filter: 'gov.uk bank-holidays.json oder iCalendar (.ics)' },
    'import-template': { title: 'Text Ihrer Vorlage wählen', filter: 'Vorlagentext (.txt)' },
    'save-file': { title: 'Datei speichern unter', filter: 'Datei' },
    'save-letter-pdf': { title: 'Schreiben als PDF speichern', filter: 'PDF' },
    'save-letter-email': { title: 'Schreiben als E-Mail-Entwurf speichern', filter: 'E-Mail' },
    'save-evidence': { title: 'Nachweispaket speichern', filter: 'PDF' },
    'save-package': { title: 'Datenpaket speichern', filter: 'ZIP' },
    'save-backup': { title: 'Sicherung des Registers speichern', filter: 'Casebook-Sicherung' },
  },
  fr: {
    'import-emails': { title: 'Importer des courriels', filter: 'Courriels (.eml, .msg, .mbox)' },
    'import-data': { title: 'Importer l’export d’un système', filter: 'Export (.csv, .json)' },
    'import-processing': { title: 'Importer un registre des activités de traitement', filter: 'Registre (.json)' },
    'export-processing': { title: 'Exporter le registre des activités de traitement', filter: 'Registre (.json)' },
    'import-calendar': { title: 'Importer un calendrier des jours fériés', filter: 'gov.uk bank-holidays.json ou iCalendar (.ics)' },
    'import-template': { title: 'Choisir le texte de votre modèle', filter: 'Texte du modèle (.txt)' },
    'save-file': { title: 'Enregistrer le fichier sous', filter: 'Fichier' },
    'save-letter-pdf': { title: 'Enregistrer le courrier en PDF', filter: 'PDF' },
    'save-letter-email': { title: 'Enregistrer le courrier comme brouillon de courriel', filter: 'Courriel' },
    'save-evidence': { title: 'Enregistrer le dossier de preuves', filter: 'PDF' },
    'save-package': { title: 'Enregistrer le paquet de données', filter: 'ZIP' },
    'save-backup': { title: 'Enregistrer une sauvegarde du registre', filter: 'Sauvegarde Casebook' },
  },
};
