// Deutsche Texte: dieselbe Form wie en.ts (`Strings`), der Compiler prüft jeden
// Schlüssel. Förmliche Anrede („Sie“); DSGVO-Begriffe wie in der amtlichen
// deutschen Fassung (Auskunftsrecht, Recht auf Löschung, Verantwortlicher,
// betroffene Person, Aufsichtsbehörde).
import * as dataSaid from './errorSaid/data';
import * as documentsSaid from './errorSaid/documents';
import * as registerSaid from './errorSaid/register';
import * as shellSaid from './errorSaid/shell';
import * as storeSaid from './errorSaid/store';
import * as workflowSaid from './errorSaid/workflow';
import type { Strings } from './en';

const de: Strings = {
  appName: 'Casebook',
  /** The Rust side's refusals given as facts (`ErrorSaid`), by area: see ui/src/lib/errorSaid/. */
  errorSaid: {
    documents: documentsSaid.de,
    data: dataSaid.de,
    workflow: workflowSaid.de,
    register: registerSaid.de,
    store: storeSaid.de,
    shell: shellSaid.de,
  },
  /** The native dialogs' titles and file filters, which the shell shows. */
  dialogs: shellSaid.dialogs.de,
  appTagline: 'Datenschutzanfragen',

  caseList: {
    title: 'Vorgänge',
    rightsAnswered: (answered, total) => `${answered} von ${total} ${total === 1 ? 'Recht' : 'Rechten'} beantwortet`,
    datesPerRight: (n) => `${n} Fristen`,
    underAppeal: 'Widerspruch offen',
    tableCaption: (sort) =>
      sort === 'due'
        ? 'Datenschutzanfragen, nächste Frist zuerst'
        : sort === 'received'
          ? 'Datenschutzanfragen, zuletzt eingegangene zuerst'
          : 'Datenschutzanfragen nach Aktenzeichen',
    searchLabel: 'Suche',
    searchPlaceholder: 'Name, E-Mail oder Notiz',
    statusLabel: 'Status',
    statusOpen: 'Offene Vorgänge',
    statusAll: 'Alle Vorgänge',
    statusGroup: 'Nach Status',
    sortLabel: 'Sortieren nach',
    sort: {
      due: 'Frist, nächste zuerst',
      received: 'Eingang, neueste zuerst',
      reference: 'Aktenzeichen',
    },
    columns: {
      reference: 'Aktenzeichen',
      requester: 'Antragsteller',
      rights: 'Rechte',
      status: 'Status',
      regime: 'Rechtsrahmen',
      received: 'Eingang',
      due: 'Fällig',
      daysLeft: 'Verbleibende Tage',
    },
    count: (n) => (n === 1 ? '1 Vorgang' : `${n} Vorgänge`),
    countMore: (shown) =>
      `Mehr als ${shown} Vorgänge passen: Die ersten ${shown} werden angezeigt. Geben Sie mehr ein, um die Suche einzugrenzen.`,
    rightLabel: 'Recht',
    regimeLabel: 'Gesetz',
    channelLabel: 'Eingegangen per',
    dueWithinLabel: 'Fällig',
    any: 'Alle',
    dueWithin: (days) => (days === 0 ? 'Überfällig oder heute fällig' : `Innerhalb von ${days} Tagen`),
    loadingRow: 'Wird geladen …',
    loading: 'Vorgänge werden geladen …',
    noMatchTitle: 'Keine passenden Vorgänge',
    noMatchBody: 'Versuchen Sie andere Suchbegriffe oder einen anderen Status.',
    emptyOpenTitle: 'Keine offenen Vorgänge',
    clearFilters: 'Suche und Filter zurücksetzen',
    emptyTitle: 'Noch keine Vorgänge',
    emptyBody:
      'Erfassen Sie einen Antrag mit dem Formular „Neuer Vorgang“ (Taste n) oder mit dem Kommandozeilenwerkzeug casebook:',
    newCase: 'Neuen Antrag erfassen',
    emptyDatabase: (path) => `Die Vorgänge werden aus ${path} gelesen.`,
    open: (reference, name) => `${reference} öffnen, ${name}`,
    errorTitle: 'Die Vorgänge konnten nicht geladen werden',
    retry: 'Erneut versuchen',
  },

  nav: {
    label: 'Hauptmenü',
    dashboard: 'Übersicht',
    cases: 'Vorgänge',
    newCase: 'Neuer Vorgang',
    import: 'Importieren',
    register: 'Verzeichnis',
    settings: 'Einstellungen',
    shortcuts:
      'Tastatur: / Suche · n neuer Vorgang · j / k nächster und vorheriger Vorgang · Esc zurück zur Liste',
    lock: 'Sperren',
    lockShortcut: 'Strg+L',
  },

  notices: {
    backupTitle: 'Sicherung',
    backupDue: (days, every) =>
      `Die letzte Sicherung ist ${days} Tage alt (die Erinnerung erfolgt nach ${every} Tagen).`,
    backupNever: (days) => `Von diesem Register, das ${days} Tage alt ist, wurde noch nie eine Sicherung erstellt.`,
    backupNow: 'Jetzt sichern …',
    backingUp: 'Sicherung läuft …',
    backupDone: (file, cases, encrypted) =>
      `Sicherung gespeichert und geprüft: ${file} (${cases === 1 ? '1 Vorgang' : `${cases} Vorgänge`}, ${encrypted ? 'mit der Passphrase des Registers verschlüsselt' : 'nicht verschlüsselt'}).`,
    backupPassphrase: 'Passphrase für die Sicherung',
    backupPassphraseHint:
      'Die Sicherung eines Team-Registers ist eine mit dieser Passphrase verschlüsselte Datei (mindestens 8 Zeichen). Bewahren Sie sie auf: Nur mit ihr lässt sich die Datei öffnen.',
    backupDoneTeam: (file, cases) =>
      `Sicherung gespeichert und geprüft: ${file} (${cases === 1 ? '1 Vorgang' : `${cases} Vorgänge`}, mit der angegebenen Passphrase verschlüsselt). Alle Mitglieder sehen sie nun als letzte Sicherung des Teams.`,
    retentionTitle: 'Aufbewahrung abgeschlossener Vorgänge',
    retentionDue: (n) =>
      n === 1
        ? '1 abgeschlossener Vorgang hat die Aufbewahrungsfrist überschritten und ist zur Löschung fällig.'
        : `${n} abgeschlossene Vorgänge haben die Aufbewahrungsfrist überschritten und sind zur Löschung fällig.`,
    review: 'Prüfen',
    hideReview: 'Liste ausblenden',
    caption: 'Zur Löschung fällige abgeschlossene Vorgänge',
    columns: { reference: 'Aktenzeichen', outcome: 'Ergebnis', closed: 'Abgeschlossen', due: 'Löschung fällig' },
    deleteAll: (n) => (n === 1 ? '1 Vorgang löschen …' : `${n} Vorgänge löschen …`),
    confirm: (n) =>
      `${n === 1 ? '1 Vorgang' : `${n} Vorgänge`} endgültig löschen? Anträge, Dokumente, Schreiben und Notizen werden gelöscht; das Prüfprotokoll vermerkt jede Löschung ohne personenbezogene Daten. Dies kann nicht rückgängig gemacht werden (eine Sicherung kann sie wiederherstellen).`,
    confirmYes: (n) => (n === 1 ? 'Ja, löschen' : 'Ja, alle löschen'),
    cancel: 'Abbrechen',
    deleted: (n) => (n === 1 ? '1 abgeschlossener Vorgang gelöscht.' : `${n} abgeschlossene Vorgänge gelöscht.`),
  },

  exports: {
    title: 'Nachweismappe und Datenpaket',
    intro:
      'Die Nachweismappe ist ein PDF des Vorgangs für eine Aufsichtsbehörde oder ein Gericht (sie wird auch beim Vorgang abgelegt). Das Datenpaket ist das ZIP mit den Daten der Person samt Manifest und Bericht, für eine Antwort auf ein Auskunfts- oder Übertragbarkeitsersuchen. Sein Begleitschreiben ist die bereits versandte Auskunft; sonst wird Ihr noch nicht versandter Entwurf der Auskunft oder, ohne ihn, eine dafür erstellte Auskunft als mit dem Paket versandt vermerkt.',
    evidence: 'Nachweismappe speichern …',
    package: 'Datenpaket exportieren …',
    password: 'Passwort für das Paket (optional)',
    passwordRepeat: 'Passwort wiederholen',
    passwordHint:
      'Mit Passwort wird jede Datei im ZIP mit AES-256 verschlüsselt; übermitteln Sie das Passwort auf einem anderen Weg.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    busy: 'In Arbeit …',
    progressLabel: (what) => (what === 'evidence' ? 'Fortschritt der Nachweismappe' : 'Fortschritt des Datenpakets'),
    units: { records: 'Datensätze', files: 'Dateien', sections: 'Abschnitte', pages: 'Seiten' },
    phases: {
      writing: (item) => `${item} wird geschrieben`,
      finishing: (item) => `${item} wird abgeschlossen`,
      gathering: (item) => `${item} wird gesammelt`,
      'laying-out': (item) => `${item} wird gesetzt`,
      saving: (item) => `${item} wird geschrieben`,
    },
    done: 'fertig',
    progress: (count, of, unit, doing) => `${count} von ${of} ${unit} \u2014 ${doing}`,
    cancel: 'Abbrechen',
    cancelling: 'Wird abgebrochen …',
    cancelled: (what) =>
      what === 'evidence'
        ? 'Die Nachweismappe wurde abgebrochen; es wurde nichts gespeichert.'
        : 'Der Export des Datenpakets wurde abgebrochen; es wurde nichts gespeichert.',
    saved: (what, encrypted) =>
      what === 'evidence'
        ? 'Nachweismappe gespeichert.'
        : encrypted
          ? 'Verschlüsseltes Datenpaket gespeichert.'
          : 'Datenpaket gespeichert.',
    file: 'Datei',
    sha256: 'SHA-256',
    size: 'Größe',
  },

  signIn: {
    title: 'Am Team-Register anmelden',
    intro: (register) =>
      `Das Register liegt auf einem PostgreSQL-Server (${register}). Geben Sie das Passwort Ihrer Anmeldung ein, um es zu öffnen; es wird nur im Arbeitsspeicher gehalten, solange das Fenster offen ist.`,
    password: 'Passwort',
    submit: 'Anmelden',
    busy: 'Anmeldung läuft…',
    wrong: 'Falsches Passwort. Bitte prüfen und erneut versuchen.',
    empty: 'Geben Sie das Passwort ein.',
  },

  team: {
    badge: (member) => `Team-Register · angemeldet als ${member}`,
    mine: 'Meine Fälle',
  },

  openRegister: {
    title: 'Geöffnetes Register',
    current: (name) => `Dieses Fenster arbeitet mit ${name}.`,
    label: 'Anderes Register öffnen',
    hint: 'Der vollständige Pfad einer Registerdatei oder die Adresse eines Team-Registers: postgres://IHR-LOGIN@SERVER/DATENBANK. Ihr Passwort wird abgefragt, nie gespeichert. Das Fenster öffnet es beim nächsten Start wieder.',
    open: 'Öffnen',
    opening: 'Wird geöffnet …',
  },

  unlock: {
    title: 'Casebook ist gesperrt',
    intro: 'Das Register ist verschlüsselt. Geben Sie die Passphrase ein, um es zu öffnen.',
    passphrase: 'Passphrase',
    submit: 'Entsperren',
    busy: 'Wird entsperrt …',
    wrong: 'Falsche Passphrase. Prüfen Sie sie und versuchen Sie es erneut.',
    empty: 'Geben Sie die Passphrase ein.',
    idleLocked: (minutes) =>
      `Nach ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} ohne Eingabe gesperrt.`,
  },

  newPassphrase: {
    title: 'Register mit einer Passphrase schützen',
    intro:
      'Das Register wird auf dem Datenträger mit einer von Ihnen gewählten Passphrase verschlüsselt. Ohne die Passphrase kann niemand es öffnen, und niemand kann die Daten wiederherstellen, wenn sie verloren geht: Bewahren Sie sie sicher auf.',
    passphrase: 'Passphrase',
    repeat: 'Passphrase wiederholen',
    strength: { weak: 'Schwach', fair: 'Mittel', strong: 'Stark' },
    strengthLabel: 'Stärke',
    mismatch: 'Die beiden Passphrasen stimmen nicht überein.',
    submit: 'Verschlüsseltes Register anlegen',
    busy: 'Wird angelegt …',
    plainToggle: 'Ohne Verschlüsselung fortfahren …',
    plainWarning:
      'Ohne Verschlüsselung kann jeder, der die Datei auf diesem Computer oder eine Kopie davon lesen kann, jeden Antrag, jeden Namen und jedes Dokument darin lesen. Sie können das Register später über die Kommandozeile verschlüsseln (casebook encrypt).',
    plainConfirm: 'Unverschlüsseltes Register anlegen',
    plainCancel: 'Doch eine Passphrase verwenden',
    encryptTitle: 'Dieses Register verschlüsseln',
    encryptIntro:
      'Dieses Register ist nicht verschlüsselt: Jeder, der die Datei lesen kann, kann jeden Antrag darin lesen. Wählen Sie eine Passphrase, um es zu verschlüsseln; das Fenster wird dann damit gesperrt. Geht die Passphrase verloren, kann niemand die Daten wiederherstellen.',
    encryptSubmit: 'Register verschlüsseln',
  },

  start: {
    loading: 'Register wird geöffnet …',
    errorTitle: 'Das Register konnte nicht geöffnet werden',
    retry: 'Erneut versuchen',
    upgradedTitle: 'Dieses Register wurde aktualisiert',
    upgraded: (from: number, fromVersion: string | null, to: number, toVersion: string) =>
      `Casebook ${toVersion} hat dieses Register von Schema ${from}${fromVersion ? ` (geschrieben von Casebook ${fromVersion})` : ''} auf Schema ${to} gebracht und dies im Prüfprotokoll vermerkt.`,
    upgradedKept: 'Vorher hat es eine geprüfte Kopie des Registers im bisherigen Stand angelegt, mit derselben Verschlüsselung:',
    upgradedDismiss: 'Verstanden',
    recomputedTitle: 'Einige Fristen wurden neu berechnet',
    recomputed: (revision, cases) =>
      `Diese Version von Casebook berechnet manche Fristen anders (Fristenregeln, Stand ${revision}) und hat deshalb beim Öffnen dieses Registers die Frist jedes offenen Falls neu berechnet. Geändert haben sich, jeweils im Prüfprotokoll vermerkt: ${cases.join(', ')}.`,
    behindTitle: 'Einige Fristen sind noch neu zu berechnen',
    behind: (stored) =>
      `Diese Version von Casebook berechnet manche Fristen anders, und die in diesem Team-Register gespeicherten Fristen beruhen auf einem älteren Stand der Fristenregeln (Stand ${stored}). Nur der oder die Datenschutzbeauftragte darf sie aktualisieren: Sobald ein DSB-Mitglied das Register das nächste Mal öffnet, berechnet Casebook sie neu und vermerkt das im Prüfprotokoll.`,
  },

  welcome: {
    title: 'Willkommen bei Casebook',
    intro:
      'Casebook führt Ihr Register der Datenschutzanfragen in einer einzigen Datei auf diesem Computer, berechnet jede gesetzliche Frist und erläutert sie und hält jeden Schritt in einem manipulationssicheren Protokoll fest. Es wird nichts versendet.',
    setUp: 'Geben Sie zuerst an, wer die Anträge erhält. Sie können dies später in den Einstellungen ändern.',
    submit: 'Casebook verwenden',
    database: (path) => `Das Register wird in ${path} gespeichert.`,
    demoTitle: 'Oder erst einmal ausprobieren',
    demoIntro:
      'Laden Sie die Demo-Organisation (Larkspur Software Ltd) mit ihrem Verarbeitungsverzeichnis und einer Reihe erfundener Vorgänge, um Casebook auszuprobieren. Verwenden Sie für echte Anträge ein eigenes Register.',
    demoButton: 'Demo-Organisation zum Ausprobieren laden',
    demoBusy: 'Demo wird geladen …',
  },

  organisation: {
    title: 'Organisation',
    name: 'Name der Organisation',
    dpoName: 'Datenschutzbeauftragte(r)',
    dpoEmail: 'E-Mail-Adresse des/der Datenschutzbeauftragten',
    postalAddress: 'Postanschrift',
    defaultRegime: 'Übliches Gesetz',
    defaultRegimeHint: 'Neue Vorgänge werden nach diesem Gesetz bearbeitet, sofern Sie kein anderes wählen.',
    defaultLocation: 'Üblicher Standort',
    defaultLocationHint: 'Ein ISO-3166-Code wie GB-ENG, GB-SCT, DE-BY, FR, IE oder US-CA: Er bestimmt die Feiertage.',
    timeZone: 'Zeitzone',
    timeZoneHint: 'Ein IANA-Name wie Europe/Berlin: Er legt fest, welcher Tag „heute“ ist.',
    verificationProcess: 'Wie Sie Antragsteller überprüfen',
    verificationProcessHint:
      'In allgemeinen Worten beschrieben, wie es die Eingangsbestätigung eines Auskunfts-, Lösch- oder Berichtigungsantrags nach dem CCPA verlangt (11 CCR §7021(a)), in jeder Sprache, in der Sie dieses Schreiben versenden: In einer Sprache ohne Beschreibung erstellt Casebook es nicht. Leeren Sie den Text, um eine Sprache zu entfernen.',
    verificationLanguage: (n: number) => `Sprache der Beschreibung ${n}`,
    verificationIn: (language: string) => `Wie Sie Antragsteller überprüfen, auf ${language}`,
    verificationAddLanguage: 'Weitere Sprache hinzufügen',
    save: 'Organisation speichern',
    saved: 'Organisation gespeichert.',
  },

  dashboard: {
    title: 'Übersicht',
    rightDue: (right, due) => `${right} fällig am ${due}`,
    rightAnswered: (right, outcome) => `${right}: ${outcome}`,
    today: (date) => `Heute ist der ${date}.`,
    overdue: 'Überfällig',
    dueSoon: (days) => `Fällig in den nächsten ${days} Tagen`,
    awaitingIdentity: 'Identitätsnachweis ausstehend',
    awaitingClarification: 'Rückfrage ausstehend',
    attentionTitle: 'Handlungsbedarf',
    attentionEmpty: 'Nichts ist überfällig oder in der kommenden Woche fällig.',
    byStatusTitle: 'Vorgänge nach Status',
    total: (n) => (n === 1 ? '1 Vorgang im Register' : `${n} Vorgänge im Register`),
    loading: 'Übersicht wird geladen …',
    errorTitle: 'Die Übersicht konnte nicht geladen werden',
    emptyTitle: 'Noch keine Vorgänge',
    emptyBody: 'Wenn ein Antrag eingeht, erfassen Sie ihn mit dem Formular „Neuer Vorgang“.',
    nextTitle: 'Nächste Schritte',
    nextEmpty: 'Derzeit erfordert kein Vorgang etwas.',
    nextMore: (n) => `und ${n} weitere`,
    perMonthTitle: 'Anträge pro Monat nach Recht',
    perMonthCaption: 'In jedem der letzten 12 Monate eingegangene Anträge, nach vorrangigem Recht',
    perMonthEmpty: 'Keine Anträge in den letzten 12 Monaten.',
    onTimeTitle: 'Fristgerecht beantwortet',
    onTimeCaption: 'Anteil der in jedem Monat beantworteten Vorgänge, die bis zu ihrer Frist beantwortet wurden',
    onTimeEmpty: 'In den letzten 12 Monaten wurde kein Vorgang beantwortet.',
    month: 'Monat',
    onTimeValue: (onTime, answered) => (answered === 0 ? 'keiner beantwortet' : `${onTime} von ${answered}`),
    monthBar: (month, total) => `${month}: ${total === 1 ? '1 Antrag' : `${total} Anträge`}`,
    legend: 'Rechte',
  },

  caseDetail: {
    back: 'Zurück zu den Vorgängen',
    loading: 'Vorgang wird geladen …',
    errorTitle: 'Der Vorgang konnte nicht geladen werden',
    position: (index, total) => `Vorgang ${index} von ${total}`,
    previous: 'Vorheriger Vorgang',
    next: 'Nächster Vorgang',
    requesterTitle: 'Antragsteller',
    emails: 'E-Mail',
    address: 'Postanschrift',
    phone: 'Telefon',
    customerIds: 'Kundenkennungen',
    dataSubject: 'Im Namen von',
    subjectBorn: (on) => `geboren am ${on}`,
    subjectChild: 'ein Kind',
    subjectCategory: 'Kategorie',
    requestTitle: 'Antrag',
    rights: 'Rechte',
    primary: 'vorrangig',
    regime: 'Gesetz',
    location: 'Standort',
    channel: 'Eingegangen per',
    received: 'Eingegangen am',
    language: 'Sprache',
    status: 'Status',
    outcome: 'Ergebnis',
    closedOn: 'Abgeschlossen am',
    createdBy: 'Erfasst von',
    assignedTo: 'Zugewiesen an',
    none: '—',
    datesTitle: 'Daten und Fristen',
    due: 'Antwort fällig',
    noDue: {
      running: 'Keine Frist',
      paused: 'Keine Frist, solange die Frist ruht',
      'waiting-for-identity': 'Keine Frist, bis der Identitätsnachweis eingeht: Dann beginnt die Frist erneut',
      stopped: 'Die Frist ist beendet: Der Vorgang ist erledigt',
    },
    clock: {
      running: 'Frist läuft',
      paused: 'Frist ruht',
      'waiting-for-identity': 'Warten auf Identitätsnachweis',
      stopped: 'Frist beendet',
    },
    noDueWaitingFor: {
      evidence: 'Keine Frist, bis der Identitätsnachweis eingeht: Dann beginnt die Frist erneut',
      fee: 'Keine Frist, bis das Entgelt bezahlt ist: Dann beginnt die Frist erneut',
      'evidence-and-fee':
        'Keine Frist, bis der Identitätsnachweis und das Entgelt eingehen: Dann beginnt die Frist erneut',
    },
    clockWaitingFor: {
      evidence: 'Warten auf Identitätsnachweis',
      fee: 'Warten auf das Entgelt',
      'evidence-and-fee': 'Warten auf Identitätsnachweis und Entgelt',
    },
    why: 'Warum dieses Datum',
    extendedDue: 'Verlängerte Frist',
    extensionNoticeBy: 'Die Person über eine Verlängerung informieren bis',
    acknowledgeBy: 'Eingang bestätigen bis',
    houseTarget: 'Interne Zielfrist',
    refuseBy: 'Ablehnung senden bis',
    appealDue: 'Über den Widerspruch entscheiden bis',
    appealExtendedDue: 'Widerspruch, falls verlängert',
    complaintAcknowledgeBy: 'Beschwerde bestätigen bis',
    rulesInForce: 'Regeln',
    start: 'Frist läuft ab',
    calendar: (name) => `Feiertage: ${name}`,
    perRight: 'Frist jedes Rechts',
    warnings: 'Bitte beachten',
    notesTitle: 'Notizen',
    notesEmpty: 'Noch keine Notizen.',
    noteLabel: 'Neue Notiz',
    addNote: 'Notiz hinzufügen',
    timelineTitle: 'Verlauf',
    timelineEmpty: 'Noch nichts erfasst.',
  },

  actions: {
    title: 'Aktionen',
    closedNote:
      'Dieser Vorgang ist abgeschlossen: Öffnen Sie ihn (mit Begründung) erneut, um weitere Schritte oder Schreiben zu erfassen.',
    on: 'Datum',
    cancel: 'Abbrechen',
    requestIdentity: 'Identitätsnachweis anfordern',
    requestIdentityHint: 'Nach manchen Gesetzen ruht die Frist oder beginnt neu, bis der Nachweis eingeht.',
    askedFor: 'Was angefordert wurde',
    askedForPlaceholder: 'z. B. Kopie einer Versorgerrechnung',
    receiveIdentity: 'Identitätsnachweis erhalten',
    askClarification: 'Rückfrage stellen',
    question: 'Frage',
    answerClarification: 'Rückfrage beantwortet',
    takeExtension: 'Frist verlängern',
    reason: 'Grund (der Person mitzuteilen)',
    notifiedOn: 'Person informiert am',
    noticeLate: (by) => `Die Mitteilung war bis ${by} fällig. Um die Verlängerung dennoch zu erfassen, begründen Sie dies:`,
    overrideReason: 'Grund für das Erfassen einer verspäteten Mitteilung',
    changeStatus: 'Status ändern',
    newStatus: 'Neuer Status',
    closeCase: 'Vorgang abschließen',
    outcomeLabel: 'Ergebnis',
    closedOnLabel: 'Abgeschlossen am',
    save: 'Speichern',
    done: (what) => `${what}: erfasst.`,
    acknowledge: 'Eingang bestätigen',
    ackChannel: 'Bestätigt per',
    requestAuthority: 'Vertretungsnachweis anfordern',
    requestAuthorityHint:
      'Bei Personen, die für die betroffene Person handeln: eine unterschriebene Vollmacht, eine Vorsorgevollmacht, die elterliche Sorge.',
    checkIdentity: 'Identitätsprüfung erfassen',
    suggested: (method) => `Vorgeschlagene Prüfung: ${method}`,
    suggestedWhy: 'Warum',
    method: 'Verwendete Methode',
    methodSuggestedTag: '(vorgeschlagen)',
    identityOutcome: 'Entscheidung',
    compared: 'Was womit verglichen wurde',
    comparedPlaceholder: 'z. B. Absenderadresse mit der E-Mail-Adresse des Kontos',
    rationale: 'Begründung der Entscheidung',
    methodOverride: 'Warum eine andere als die vorgeschlagene Methode',
    requestFee: 'Entgelt verlangen',
    feeGround: 'Grund',
    feeAmount: 'Betrag (wie der Person mitgeteilt)',
    feeAmountPlaceholder: 'z. B. 10 €',
    feeSource: (source) => `Zulässig nach ${source}.`,
    feePaid: 'Entgelt bezahlt',
    refuse: 'Ablehnen',
    refusalReason: 'Grund',
    refusalText: 'Die Gründe in Worten, wie die Person sie lesen wird',
    refusalSource: (source) => `Gründe, die dieses Gesetz anerkennt: ${source}.`,
    complaintTo: 'Die Ablehnung nennt das Recht auf Beschwerde bei',
    complaintUnknown:
      'Für diesen Standort ist keine Aufsichtsbehörde bekannt: Die Ablehnung nennt „die Aufsichtsbehörde“.',
    withdraw: 'Antrag zurückgezogen',
    withdrawHow: 'Wie die Person den Antrag zurückgezogen hat (optional)',
    withdrawHowPlaceholder: 'z. B. E-Mail vom 3. Nov.',
    respond: 'Antwort gesendet',
    respondChannel: 'Gesendet per',
    respondWhat: 'Was gesendet wurde',
    respondWhatPlaceholder: 'z. B. Kopie der Daten als PDF, Anschreiben',
    nextTitle: 'Als Nächstes',
    reopen: 'Wieder öffnen',
    reopenReason: 'Warum der Vorgang wieder geöffnet wird',
    reopenHint: 'Wird beim Vorgang und im Prüfprotokoll festgehalten. Der Vorgang wird wieder „in Bearbeitung“.',
    recordAppeal: 'Widerspruch erfassen',
    appealOn: 'Widerspruch eingegangen am',
    appealHint: 'Die Entscheidung ist bis zu dem Datum fällig, das das Gesetz des Bundesstaats vorgibt (siehe Daten und Fristen).',
    decideAppeal: 'Entscheidung über den Widerspruch erfassen',
    appealOutcome: 'Entscheidung',
    appealText: 'Die Gründe, wie sie der Verbraucherin oder dem Verbraucher mitgeteilt werden',
    appealOutcomes: {
      upheld: 'Zurückgewiesen (die Antwort bleibt bestehen)',
      reversed: 'Abgeholfen',
      partly: 'Teilweise abgeholfen',
    },
    recordComplaint: 'Beschwerde erfassen',
    complaintName: 'Beschwerdeführer',
    complaintReceived: 'Beschwerde eingegangen am',
    complaintChannel: 'Eingegangen per',
    complaintSummary: 'Worüber sich die Person beschwert',
    complaintOpened: (reference) => `Beschwerde ${reference} angelegt.`,
    openComplaint: (reference) => `${reference} öffnen`,
    answerComplaint: 'Antwort erfassen',
    complaintOutcome: 'Ergebnis',
    complaintText: 'Was festgestellt und was unternommen wurde',
    complaintOutcomes: { upheld: 'Begründet', 'partly-upheld': 'Teilweise begründet', 'not-upheld': 'Unbegründet' },
  },

  letters: {
    title: 'Schreiben',
    intro:
      'Erstellen Sie ein Schreiben aus den Angaben des Vorgangs: Es ist ein Entwurf zur Prüfung und wird erst als Korrespondenz erfasst, wenn Sie es als gesendet markieren.',
    kind: 'Schreiben',
    language: 'Sprache',
    languageCase: 'Sprache der Anfrage (sonst die der Organisation, sonst Englisch)',
    make: 'Schreiben erstellen',
    making: 'Schreiben wird erstellt …',
    made: (title) => `${title}: Entwurf erstellt. Prüfen Sie ihn und markieren Sie ihn dann als gesendet oder verwerfen Sie ihn.`,
    drafts: 'Zu sendende Entwürfe',
    draftNo: (id) => `Entwurf ${id}`,
    dated: (date) => `vom ${date}`,
    sentOn: 'Gesendet am',
    sentOnNeeded: 'Geben Sie den Tag an, an dem es gesendet wurde.',
    sentBy: 'Gesendet per',
    channel: {
      email: 'E-Mail',
      letter: 'Post',
      'web-form': 'Webformular',
      'in-person': 'Persönlich',
      phone: 'Telefon',
      other: 'Sonstiges',
    },
    markSent: 'Als gesendet markieren',
    discard: 'Verwerfen',
    sent: (title, on) => `${title}: als am ${on} gesendet erfasst.`,
    discarded: (title) => `${title}: Entwurf verworfen.`,
    savePdf: 'PDF speichern …',
    saveEml: 'Als E-Mail-Entwurf speichern …',
    openPdf: 'Im Betrachter öffnen',
    showText: 'Text anzeigen',
    hideText: 'Text ausblenden',
    saved: (path) => `Gespeichert unter ${path}.`,
    pages: (n) => (n === 1 ? '1 Seite' : `${n} Seiten`),
    hash: 'SHA-256',
    textOf: (title) => `Text von ${title}`,
  },

  documents: {
    title: 'Dokumente',
    intro:
      'Alle beim Vorgang gespeicherten Dateien. Dateien werden anhand ihres Inhalts geprüft, nicht anhand ihres Namens: Nur PDFs, Bilder und reiner Text werden in Ihrem Betrachter geöffnet; speichern Sie die übrigen und prüfen Sie sie sorgfältig.',
    empty: 'Bei diesem Vorgang sind noch keine Dateien gespeichert.',
    file: 'Datei',
    role: 'Was es ist',
    type: 'Typ',
    size: 'Größe',
    added: 'Hinzugefügt',
    hash: 'SHA-256',
    actions: 'Aktionen',
    unnamed: '(ohne Namen)',
    declared: (type) => `angegeben als ${type}`,
    copyHash: (name) => `SHA-256 von ${name} kopieren`,
    copy: 'Kopieren',
    copied: 'SHA-256 kopiert.',
    save: 'Speichern unter …',
    saveOf: (name) => `${name} speichern unter …`,
    open: 'Öffnen',
    openOf: (name) => `${name} im Systembetrachter öffnen`,
    saved: (path) => `Gespeichert unter ${path}.`,
    opened: (name) => `${name} im Systembetrachter geöffnet.`,
    roles: {
      evidence: 'Ursprüngliche Nachricht',
      attachment: 'Anhang',
      scan: 'Eingescannter Brief',
      identity: 'Ausweisdokument',
      letter: 'Gesendetes Schreiben',
      'evidence-pack': 'Nachweismappe',
    },
    kinds: {
      pdf: 'PDF',
      png: 'PNG-Bild',
      jpeg: 'JPEG-Bild',
      gif: 'GIF-Bild',
      webp: 'WebP-Bild',
      text: 'Reiner Text',
      markup: 'HTML oder Auszeichnungssprache',
      email: 'E-Mail',
      executable: 'Programm oder Skript',
      archive: 'Archiv oder Office-Dokument',
      'ole-document': 'Älteres Office-Dokument oder Outlook-Nachricht',
      unknown: 'Nicht erkannt',
    },
    notOpened: {
      markup: 'Nicht geöffnet: HTML kann Skripte ausführen und externe Inhalte laden.',
      email: 'Nicht geöffnet: Ein E-Mail-Programm würde externe Inhalte laden.',
      executable: 'Nicht geöffnet: Es handelt sich um ein Programm oder Skript.',
      archive: 'Nicht geöffnet: Archive und Office-Dokumente können Makros oder Programme enthalten.',
      'ole-document': 'Nicht geöffnet: Ältere Office-Dokumente können Makros enthalten.',
      unknown: 'Nicht geöffnet: Der Typ ist anhand des Inhalts nicht erkennbar.',
    },
  },

  correspondence: {
    title: 'Korrespondenz',
    empty: 'Noch keine Nachrichten oder Schreiben.',
    in: 'Eingang',
    out: 'Ausgang',
    untitled: '(kein Betreff)',
    direction: { in: 'Empfangen', out: 'Gesendet' },
    withdrawn: (on, by, reason) => `Am ${on} von ${by} zurückgezogen: ${reason}`,
    withdraw: 'Zurückziehen …',
    withdrawReason: 'Warum es zurückgezogen wird',
    confirmWithdraw: 'Als zurückgezogen markieren',
    cancel: 'Abbrechen',
  },

  importing: {
    title: 'E-Mails importieren',
    intro:
      'Wählen Sie .eml-, .msg- oder .mbox-Dateien aus oder ziehen Sie sie an eine beliebige Stelle dieses Fensters. Jede Nachricht wird ein neuer Vorgang oder wird dem Vorgang zugeordnet, auf den sie antwortet.',
    pick: 'Dateien auswählen …',
    running: 'Import läuft …',
    progress: (done) => (done === 1 ? '1 Nachricht gelesen' : `${done} Nachrichten gelesen`),
    cancel: 'Import abbrechen',
    cancelling: 'Wird abgebrochen …',
    created: 'Neue Vorgänge',
    filed: 'Zugeordnete Antworten',
    skipped: 'Bereits importiert',
    failed: 'Fehler',
    finished: 'Import abgeschlossen.',
    cancelled: 'Import abgebrochen: Die bereits gelesenen Nachrichten bleiben importiert.',
    resultsTitle: 'Ergebnisse',
    file: 'Datei',
    message: 'Nachricht',
    outcome: 'Ergebnis',
    createdRow: (reference) => `Neuer Vorgang ${reference}`,
    duplicateOf: (refs) => `mögliches Duplikat von ${refs}`,
    filedRow: (reference, reason) => `Zugeordnet zu ${reference} (${reason})`,
    skippedRow: (reference, reason) => `Übersprungen: ${reason} (${reference})`,
    failedRow: (error) => `Fehler: ${error}`,
    openCase: (reference) => `${reference} öffnen`,
    refused: 'Der Import wurde nicht gestartet',
    openedTitle: (names) =>
      names.length === 1
        ? `\u201e${names[0]}\u201c als neuen Antrag importieren?`
        : `${names.length} Dateien als neue Anträge importieren?`,
    openedHint: (names) =>
      `Casebook wurde mit ${names.length === 1 ? 'dieser Datei' : names.join(', ')} geöffnet. Eine Antwort auf einen Vorgang, der bereits im Register ist, wird stattdessen diesem Vorgang zugeordnet.`,
    openedImport: 'Importieren',
    openedCancel: 'Abbrechen',
  },

  timeline: {
    clock: {
      'identity-requested': 'Identitätsnachweis angefordert',
      'identity-received': 'Identitätsnachweis erhalten',
      'clarification-asked': 'Rückfrage gestellt',
      'clarification-answered': 'Rückfrage beantwortet',
      'extension-taken': 'Frist verlängert',
      acknowledged: 'Eingang bestätigt',
      'identity-checked': 'Identität geprüft',
      'identity-document-deleted': 'Ausweisdokument gelöscht (Aufbewahrung)',
      'fee-requested': 'Entgelt verlangt',
      'fee-paid': 'Entgelt bezahlt',
      refused: 'Antrag abgelehnt',
      withdrawn: 'Antrag zurückgezogen',
      'response-sent': 'Antwort gesendet',
      'appeal-received': 'Widerspruch eingegangen',
      'appeal-decided': 'Über Widerspruch entschieden',
      'complaint-answered': 'Beschwerde beantwortet',
    },
    effective: (date) => `wirksam ab ${date}`,
    detail: {
      asked_for: 'Angefordert',
      question: 'Frage',
      reason: 'Grund',
      notified_on: 'Person informiert am',
      override_reason: 'Verspätete Mitteilung erfasst, weil',
      method_override: 'Warum eine andere als die vorgeschlagene Methode',
      channel: 'Per',
      ground: 'Grund',
      amount: 'Betrag',
      text: 'Wortlaut',
      method: 'Methode',
      suggested_method: 'Vorgeschlagene Methode',
      outcome: 'Entscheidung',
      compared: 'Abgeglichen',
      decided_by: 'Entschieden von',
      rationale: 'Begründung',
      how: 'Wie',
      what: 'Was gesendet wurde',
      file: 'Datei',
      sha256: 'SHA-256',
      size: 'Größe',
      encrypted: 'Verschlüsselt',
      records: 'Datensätze',
      files: 'Dateien',
    },
    action: {
      'case.created': 'Vorgang erfasst',
      'case.updated': 'Vorgang geändert',
      'case.closed': 'Vorgang abgeschlossen',
      'case.received-corrected': 'Eingangsdatum berichtigt',
      'data.imported': 'Daten aus einem System importiert',
      'data.redacted': 'Daten von der Antwort zurückgehalten',
      'document.added': 'Dokument hinzugefügt',
      'document.deleted': 'Dokument gelöscht',
      'package.exported': 'Datenpaket exportiert',
      'search.recorded': 'Systemsuche erfasst',
      'case.reopened': 'Vorgang wieder geöffnet',
      'note.added': 'Notiz hinzugefügt',
      'letter.drafted': 'Schreiben entworfen',
      'letter.sent': 'Schreiben gesendet',
      'letter.discarded': 'Entwurf verworfen',
      'correspondence.withdrawn': 'Korrespondenz zurückgezogen',
      'right.answered': 'Recht beantwortet',
      'action.recorded': 'Maßnahme erfasst',
      'recipient.notified': 'Empfänger informiert',
      'right.corrected': 'Antwort auf ein Recht berichtigt',
      'case.deleted': 'Vorgang gelöscht (Aufbewahrung)',
    },
    /** Eine protokollierte Aktion ohne eigene Bezeichnung: ihr Code in Worten. */
    actionWords: (action) => {
      const words = action.replace(/[._-]+/g, ' ').trim();
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
    recomputed: 'Frist neu berechnet',
    recomputedFor: {
      'holidays.imported': 'Frist neu berechnet: Feiertagskalender importiert',
      'policy.changed': 'Frist neu berechnet: Fristenregeln geändert',
    },
    note: 'Notiz',
    by: (actor) => `von ${actor}`,
    authorityRequested: 'Vollmachtsnachweis angefordert',
    complaintTo: (authority) => `Beschwerderecht bei: ${authority}`,
    keptFor: (days, decided) =>
      `Identitätsnachweise werden ${days} ${days === 1 ? 'Tag' : 'Tage'} nach der Identitätsentscheidung (${decided}) aufbewahrt`,
    keptForUndecided: (days) =>
      `Identitätsnachweise werden ${days} ${days === 1 ? 'Tag' : 'Tage'} nach der Identitätsentscheidung aufbewahrt`,
    yes: 'ja',
    no: 'nein',
    line: (label, value) => `${label}: ${value}`,
    field: {
      status: 'Status',
      due: 'Fällig',
      regime: 'Gesetz',
      location: 'Standort',
      rights: 'Rechte',
      channel: 'Eingegangen per',
      received: 'Eingegangen am',
      requester: 'Antragsteller',
      outcome: 'Ergebnis',
      closed_on: 'Abgeschlossen am',
      language: 'Sprache',
      subject_category: 'Kategorie',
      data_subject: 'Im Namen von',
      kind: 'Art',
      concerns: 'Betrifft',
      received_at: 'Eingegangen um',
      intake: 'Importangaben',
      name: 'Name',
      emails: 'E-Mail-Adressen',
      postal_address: 'Postanschrift',
      phone: 'Telefon',
      customer_ids: 'Kundennummern',
      date_of_birth: 'Geburtsdatum',
      relationship: 'Beziehung',
      birth_date: 'Geburtsdatum',
      child: 'Kind',
      right: 'Recht',
      ground: 'Grund',
      detail: 'Ausnahme oder Begründung',
      by: 'Beantwortet von',
      on: 'Beantwortet am',
      reason: 'Grund der Berichtigung',
    },
  },

  newCase: {
    title: 'Neuer Vorgang',
    intro: 'Erfassen Sie einen Antrag, der per Brief, Telefon, Webformular oder E-Mail eingegangen ist.',
    fromEmail: 'Ein Antrag per E-Mail? Importieren Sie stattdessen die Nachricht, damit das Original als Nachweis erhalten bleibt:',
    requesterTitle: 'Wer den Antrag stellt',
    name: 'Name',
    emails: 'E-Mail-Adressen',
    emailsHint: 'Eine pro Zeile.',
    address: 'Postanschrift',
    phone: 'Telefon',
    customerIds: 'Kundennummern oder Kontonamen',
    customerIdsHint: 'Eine pro Zeile.',
    requestTitle: 'Der Antrag',
    channel: 'Eingegangen per',
    received: 'Eingegangen am',
    rights: 'Geltend gemachte Rechte',
    rightsHint: 'Kreuzen Sie jedes Recht an; das zuerst angekreuzte ist das vorrangige Recht.',
    order: 'Reihenfolge',
    makePrimary: (right) => `${right} zum vorrangigen Recht machen`,
    moveUp: 'Nach oben',
    regime: 'Gesetz',
    regimeDefault: (label) => `Üblich: ${label}`,
    location: 'Standort',
    locationHint: (code) => `ISO-3166-Code; leer lassen für den der Organisation (${code}).`,
    language: 'Sprache des Antrags',
    languageHint: 'ISO-639-1-Code, z. B. en, de, fr.',
    note: 'Erste Notiz',
    submit: 'Antrag erfassen',
    saving: 'Wird erfasst …',
    errorTitle: 'Der Antrag wurde nicht erfasst',
  },

  settings: {
    title: 'Einstellungen',
    policyTitle: 'Fristenregeln',
    policyIntro:
      'Eine interne Zielfrist ist ein internes Datum in Kalendertagen ab Fristbeginn, das neben der gesetzlichen Frist angezeigt wird; sie ersetzt diese nie.',
    houseTarget: (regime) => `Interne Zielfrist für ${regime} (Tage)`,
    californiaHolidays: 'Kalifornische Feiertage beim CCPA nicht als Werktage zählen',
    savePolicy: 'Fristenregeln speichern',
    policySaved: (moved) =>
      moved === 0
        ? 'Fristenregeln gespeichert.'
        : `Fristenregeln gespeichert; ${moved === 1 ? '1 offener Vorgang hat' : `${moved} offene Vorgänge haben`} eine neue Frist.`,
    calendarsTitle: 'Feiertagskalender',
    calendarsIntro:
      'Die mitgelieferten Kalender decken die aufgeführten Jahre ab; andere Jahre werden aus den Regeln berechnet. Importieren Sie eine neuere bank-holidays.json von gov.uk oder eine iCalendar-Datei (.ics), um einen Kalender zu aktualisieren.',
    columns: { name: 'Kalender', id: 'Kennung', source: 'Quelle', years: 'Daten für' },
    showHolidays: (name) => `Feiertage von ${name} anzeigen`,
    year: 'Jahr',
    holidaysOf: (name, year) => `${name}, ${year}`,
    computed: 'aus Regeln berechnet',
    importTitle: 'Kalenderdatei importieren',
    importCalendar: 'Kalender, den eine .ics-Datei aktualisiert',
    importCalendarNone: 'Keiner (eine JSON-Datei von gov.uk nennt ihren eigenen)',
    importAdd: 'Die Tage der Datei (Betriebsschließungen) hinzufügen, statt die abgedeckten Jahre zu ersetzen',
    importButton: 'Datei auswählen und importieren …',
    imported: (file, moved) =>
      `${file} importiert.` +
      (moved > 0 ? ` ${moved === 1 ? '1 offener Vorgang hat' : `${moved} offene Vorgänge haben`} eine neue Frist.` : ''),
    loading: 'Einstellungen werden geladen …',
    lockTitle: 'Sperren',
    lockIntro:
      'Das Fenster sperrt sich nach so vielen Minuten ohne Tastatur- oder Mauseingabe; die Passphrase entsperrt es wieder. 0 sperrt nie.',
    lockMinutes: 'Sperren nach (Minuten)',
    saveLock: 'Sperrzeit speichern',
    lockInvalid: (text) => `Ungültige Sperrzeit „${text}“: Erwartet wird eine ganze Zahl von Minuten (0 sperrt nie)`,
    houseTargetInvalid: (text, regime) =>
      `Ungültige interne Zielfrist „${text}“ für ${regime}: Erwartet wird eine ganze Zahl von Tagen`,
    lockSaved: (minutes) =>
      minutes === 0
        ? 'Das Fenster sperrt sich nicht selbst.'
        : `Das Fenster sperrt sich nach ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} ohne Eingabe.`,
    lockPlain: 'Dieses Register ist nicht verschlüsselt, daher würde das Sperren des Fensters es nicht schützen.',
    encrypted:
      'Das Register ist verschlüsselt. Das Fenster sperrt sich jetzt nach der unten angegebenen Zeit oder mit „Sperren“ (Strg+L).',
    languageTitle: 'Sprache',
    languageLabel: 'Sprache der App',
    languageSystem: (name) => `System (${name})`,
    languageHint:
      'Datums- und Zahlenformate folgen ebenfalls der Sprache. Die Auswahl gilt für diesen Benutzer auf diesem Computer.',
    saveLanguage: 'Sprache speichern',
    languageReload: 'Beim Speichern wird das Fenster in der neuen Sprache neu geladen.',
    aboutTitle: 'Über Casebook',
    version: (version) => `Casebook ${version}`,
    registerAt: (path) => `Registerdatei: ${path}`,
  },

  letterTemplates: {
    title: 'Briefvorlagen',
    intro:
      'Schreiben werden aus mitgelieferten Vorlagen auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Niederländisch, Portugiesisch und Polnisch erstellt. Für eigene Formulierungen passen Sie eine Vorlage an: Casebook kopiert sie in den unten genannten Ordner, wo Sie sie mit einem beliebigen Texteditor bearbeiten. Ab dann verwenden Schreiben Ihre Kopie.',
    introTeam:
      'Schreiben werden aus mitgelieferten Vorlagen auf Englisch, Deutsch, Französisch, Spanisch, Italienisch, Niederländisch, Portugiesisch und Polnisch erstellt, oder mit den eigenen Formulierungen Ihrer Organisation, wo sie welche festgelegt hat.',
    folder: 'Ihre eigenen Vorlagen liegen in',
    openFolder: 'Ordner öffnen',
    loading: 'Vorlagen werden geprüft …',
    caption: 'Welche Vorlage jedes Schreiben verwendet, nach Sprache',
    kind: 'Schreiben',
    closing: 'Grußformel und Unterschrift (alle Schreiben)',
    languageName: { en: 'Englisch', de: 'Deutsch', fr: 'Französisch' },
    builtIn: 'Mitgeliefert',
    own: 'Eigene',
    setBy: (who, on) => `von ${who} am ${on}`,
    problem: 'Eigene: fehlerhaft',
    customise: (kind, language) => `${kind} auf ${language} anpassen`,
    customiseShort: 'Anpassen',
    open: (kind, language) => `Ihr eigenes Schreiben „${kind}“ auf ${language} öffnen`,
    openShort: 'Öffnen',
    restore: (kind, language) => `Wieder die mitgelieferte Vorlage „${kind}“ auf ${language} verwenden`,
    restoreShort: 'Mitgelieferte verwenden',
    confirmRestore: (kind, language) =>
      `Wieder die mitgelieferte Vorlage „${kind}“ auf ${language} verwenden? Ihre Kopie wird nicht gelöscht: Sie wird im selben Ordner in eine .bak-Datei umbenannt.`,
    confirmYes: 'Wieder die mitgelieferte verwenden',
    cancel: 'Abbrechen',
    customised: (path) => `Ihre eigene Kopie liegt unter ${path}. Bearbeiten Sie sie dort; das nächste Schreiben verwendet sie.`,
    restored: (path) => `Die mitgelieferte Vorlage wird wieder verwendet. Ihre Kopie wurde als ${path} aufbewahrt.`,
    inRegister:
      'Dieses Team-Register bewahrt Ihre eigenen Vorlagen selbst auf. Um eine anzupassen, wählen Sie eine Textdatei mit ihrem Wortlaut (`casebook letter template show KIND --lang L` in der Befehlszeile gibt den geltenden Text als Ausgangspunkt aus); Casebook prüft sie, bevor Schreiben sie verwenden. Nur die oder der Datenschutzbeauftragte darf sie ändern.',
    replace: (kind, language) => `${kind} auf ${language} aus einer Datei ersetzen`,
    replaceShort: 'Ersetzen…',
    confirmRestoreInRegister: (kind, language) =>
      `Wieder die mitgelieferte Vorlage ${kind} auf ${language} verwenden? Ihr Text wird nicht gelöscht: das Register bewahrt ihn auf.`,
    keptInRegister: (template) => `Ihre Vorlage ${template} ist im Register gespeichert; das nächste Schreiben verwendet sie.`,
    problems: (n) =>
      n === 1
        ? '1 Ihrer Vorlagen ist fehlerhaft: Schreiben, die sie verwenden, können erst erstellt werden, wenn sie korrigiert ist.'
        : `${n} Ihrer Vorlagen sind fehlerhaft: Schreiben, die sie verwenden, können erst erstellt werden, wenn sie korrigiert sind.`,
    variablesHint: 'Die Variablen, die eine Vorlage verwenden kann, sind in der README aufgeführt (Letter templates).',
  },

  retentionSettings: {
    title: 'Aufbewahrung',
    intro:
      'Casebook löscht, was es nicht mehr benötigt: Ausweisdokumente, sobald die Identitätsentscheidung alt genug ist, und abgeschlossene Vorgänge nach der für ihr Ergebnis geltenden Frist (ein Löschvermerk ohne personenbezogene Daten bleibt im Prüfprotokoll).',
    identityDays: 'Ausweisdokumente aufbewahren (Tage nach der Identitätsentscheidung)',
    identityDaysHint: 'Der Prüfvermerk und der Hash des Dokuments bleiben beim Vorgang.',
    afterClosure: 'Abgeschlossene Vorgänge nach dem Abschluss aufbewahren, nach Ergebnis',
    periodHint: 'Ein Zeitraum wie 2y, 18m, 2 years oder 6 months (1 Monat bis 50 Jahre).',
    save: 'Aufbewahrungsfristen speichern',
    saved: 'Aufbewahrungsfristen gespeichert.',
  },

  register: {
    title: 'Verzeichnis von Verarbeitungstätigkeiten',
    intro:
      'Die Systeme, die personenbezogene Daten enthalten: wessen Daten, welche, wozu und auf welcher Rechtsgrundlage, wer sie erhält, wie lange sie gespeichert werden und wohin sie ins Ausland gehen. Auskunftsantworten zitieren es, und ein Vorgang kann erst beantwortet werden, wenn jedes für den Antragsteller relevante System durchsucht wurde.',
    loading: 'Verzeichnis wird geladen …',
    empty: 'Das Verzeichnis enthält noch keine Systeme. Fügen Sie eines hinzu oder importieren Sie eine Verzeichnisdatei.',
    count: (n) => (n === 1 ? '1 System' : `${n} Systeme`),
    add: 'System hinzufügen',
    import: 'Verzeichnisdatei importieren …',
    export: 'Verzeichnis exportieren …',
    imported: (file, n, replaced) =>
      `${file} importiert: ${n === 1 ? '1 System' : `${n} Systeme`} (ersetzt ${replaced}).`,
    exported: (path) => `Verzeichnis gespeichert als ${path}.`,
    importReplaces:
      'Der Import einer Datei ersetzt das gesamte Verzeichnis; eine fehlerhafte Datei ändert nichts.',
    editShort: 'Bearbeiten',
    removeShort: 'Entfernen',
    edit: (name) => `${name} bearbeiten`,
    remove: (name) => `${name} entfernen`,
    confirmRemove: (name) =>
      `${name} aus dem Verzeichnis entfernen? Bereits darin protokollierte Suchen bleiben bei ihren Vorgängen.`,
    removed: (name) => `${name} entfernt.`,
    saved: (name) => `${name} gespeichert.`,
    columns: {
      name: 'System',
      subjects: 'Wessen Daten',
      categories: 'Datenkategorien',
      purposes: 'Zwecke und Rechtsgrundlagen',
      recipients: 'Empfänger',
      retention: 'Speicherdauer',
      transfers: 'Übermittlungen und Garantien',
      sources: 'Herkunft',
      automated: 'Automatisierte Entscheidungen',
      actions: 'Aktionen',
    },
    none: 'Keine',
    purposeOn: (purpose, basis) => `${purpose} — ${basis}`,
    transferTo: (recipient, country, safeguard) => `${recipient} (${country}): ${safeguard}`,
    form: {
      addTitle: 'System hinzufügen',
      editTitle: (name) => `${name} bearbeiten`,
      id: 'Kurzname',
      idHint:
        'Kleinbuchstaben, Ziffern und Bindestriche (crm, web-analytics); Suchen und Importe verweisen darauf, daher kann er nicht geändert werden.',
      name: 'Name',
      description: 'Beschreibung',
      retention: 'Speicherdauer oder Kriterien',
      subjects: 'Wessen Daten (betroffene Personen)',
      categories: 'Kategorien personenbezogener Daten',
      sources: 'Woher die Daten stammen',
      purposes: 'Zwecke und ihre Rechtsgrundlagen',
      purpose: 'Zweck',
      legalBasis: 'Rechtsgrundlage',
      addPurpose: 'Zweck hinzufügen',
      recipients: 'Empfänger',
      recipientKind: 'Art des Empfängers',
      recipientName: 'Wer',
      addRecipient: 'Empfänger hinzufügen',
      transfers: 'Übermittlungen ins Ausland',
      country: 'Land (ISO-Code)',
      safeguard: 'Garantie',
      transferRecipient: 'Empfänger',
      addTransfer: 'Übermittlung hinzufügen',
      automated: 'Automatisierte Entscheidungsfindung',
      automatedKind: 'Art',
      automatedDescription: 'Was entschieden wird',
      automatedLogic: 'Involvierte Logik',
      automatedConsequences: 'Tragweite und Auswirkungen',
      addAutomated: 'Automatisierte Entscheidung hinzufügen',
      removeRow: (what, n) => `${what} ${n} entfernen`,
      choose: 'Auswählen …',
      own: 'eigener Begriff',
      save: 'System speichern',
      cancel: 'Abbrechen',
      problems: 'Das System wurde nicht gespeichert:',
    },
  },

  caseData: {
    title: 'Daten',
    loading: 'Suchprotokoll wird geladen …',
    searchTitle: 'Suchprotokoll',
    searchIntro:
      'Jedes System des Verzeichnisses, das Daten des Antragstellers enthalten kann, und ob es durchsucht wurde.',
    noRegister:
      'Das Verzeichnis von Verarbeitungstätigkeiten enthält keine Systeme, daher werden keine Suchen verlangt. Fügen Sie die Systeme der Organisation unter „Verzeichnis“ hinzu.',
    blocked: (systems) =>
      `Die Antwort kann noch nicht erfasst werden: nicht durchsucht: ${systems}. Erfassen Sie für jedes eine Suche oder den Grund, warum es nicht durchsucht wurde.`,
    allSearched: 'Für jedes relevante System ist eine Suche erfasst.',
    columns: {
      system: 'System',
      state: 'Durchsucht',
      result: 'Ergebnis oder Grund',
      who: 'Wer, wann',
      note: 'Notiz',
    },
    searched: 'Durchsucht',
    notSearched: 'Nicht durchsucht',
    unsearched: 'Noch nicht',
    result: {
      found: 'Gefunden',
      'nothing-found': 'Nichts gefunden',
    },
    whoWhen: (by, on) => `${by}, ${on}`,
    recordTitle: 'Suche erfassen',
    system: 'System',
    outcome: 'Was geschah',
    outcomeFound: 'Durchsucht: Daten gefunden',
    outcomeNothing: 'Durchsucht: nichts gefunden',
    outcomeNot: 'Nicht durchsucht',
    reason: 'Warum es nicht durchsucht wurde',
    by: 'Durchsucht von',
    byHint: 'Leer lassen, wenn Sie selbst gesucht haben.',
    on: 'Am',
    note: 'Notiz',
    record: 'Suche erfassen',
    recorded: (system) => `Suche in ${system} erfasst.`,

    importTitle: 'Export eines Systems importieren',
    importIntro:
      'Eine CSV- oder JSON-Datei, die ein System über die Person exportiert hat. Die gesamte Datei wird importiert, oder nichts, wenn eine Zeile fehlerhaft ist.',
    importSystem: 'System',
    importCategories: 'Datenkategorien',
    importCategoriesHint: 'Kurznamen durch Kommas getrennt, z. B. contact, financial, online-identifier.',
    importMatch:
      'Nur die Datensätze behalten, die zur E-Mail-Adresse, zum Namen, zur Kundennummer oder zur Telefonnummer des Vorgangs passen',
    importButton: 'Datei auswählen und importieren …',
    importing: 'Import läuft …',
    imported: (file, kept, read) => `${file} importiert: ${kept} von ${read} Datensätzen behalten.`,
    filesTitle: 'Importierte Dateien',
    file: (name, system) => `${name} aus ${system}`,
    fileFacts: (kept, read, categories) => `${kept} von ${read} Datensätzen behalten · ${categories}`,
    itemsTitle: 'Datensätze',
    itemsEmpty: 'Noch keine Datensätze importiert.',
    itemsCaption: (from, to, total) => `Datensätze ${from}–${to} von ${total}`,
    recordOf: (system, no) => `${system}, Datensatz ${no}`,
    itemId: (id) => `Eintrag ${id}`,
    fieldWithheld: 'zurückgehalten',
    matchedBy: 'Zugeordnet über',
    wholeFile: 'ganze Datei behalten',
    previousPage: 'Vorherige Datensätze',
    nextPage: 'Nächste Datensätze',
    withheld: 'Zurückgehalten',
    redact: 'Zurückhalten …',
    redactTitle: (what) => `${what} zurückhalten`,
    redactField: 'Feld',
    redactWholeRecord: 'Der ganze Datensatz',
    redactReason: 'Grund',
    redactArticle: 'Artikel, der die Ausnahme vorsieht',
    redactNote: 'Notiz (was zurückgehalten wird, für die Akte)',
    redactSave: 'Zurückhalten',
    redactCancel: 'Abbrechen',
    redacted: 'Zurückgehalten; siehe Schwärzungsverzeichnis.',
    scheduleTitle: 'Schwärzungsverzeichnis',
    scheduleEmpty: 'Nichts zurückgehalten.',
    scheduleColumns: { what: 'Was', reason: 'Grund', note: 'Notiz', who: 'Wer, wann' },
    scheduleRecord: (system, item) => `${system}, Eintrag ${item}`,
    scheduleFile: (system, file) => `${system}, Datei ${file}`,
    scheduleField: (what, field) => `${what}, Feld ${field}`,
  },

  redactionReason: {
    'third-party-data': 'Daten Dritter',
    'legally-privileged': 'Berufsgeheimnis (anwaltlich geschützt)',
    exemption: 'Ausnahme',
    'not-requesters-data': 'Keine Daten des Antragstellers',
  },

  matchKind: {
    'email-exact': 'E-Mail, exakt',
    'email-normalised': 'E-Mail, normalisiert',
    'name-case-insensitive': 'Name, ohne Groß-/Kleinschreibung',
    'customer-id': 'Kundennummer',
    'phone-digits': 'Telefon, Ziffern',
  },

  identityMethod: {
    none: 'Keine Prüfung nötig',
    'registered-email': 'Antrag kam von der hinterlegten E-Mail-Adresse',
    'account-details': 'Kontodaten stimmen überein',
    'knowledge-questions': 'Sicherheitsfragen beantwortet',
    'utility-bill': 'Versorgerrechnung oder Kontoauszug',
    'id-document': 'Ausweisdokument eingesehen',
    'signed-authorisation': 'Unterschriebene Vollmacht der betroffenen Person',
    'power-of-attorney': 'Vorsorgevollmacht',
    'parental-responsibility': 'Elterliche Sorge',
  },

  identityOutcome: {
    verified: 'Bestätigt',
    failed: 'Nicht bestätigt',
    'not-needed': 'Keine Prüfung nötig',
  },

  feeGround: {
    'manifestly-unfounded': 'Offenkundig unbegründeter Antrag',
    'manifestly-excessive': 'Exzessiver (z. B. häufig wiederholter) Antrag',
    'further-copies': 'Weitere Kopien der Daten',
    'cost-of-access': 'Kosten der Auskunftserteilung',
    'disproportionate-effort': 'Unverhältnismäßiger Aufwand',
  },

  refusalReason: {
    'manifestly-unfounded': 'Offenkundig unbegründet',
    'manifestly-excessive': 'Exzessiv',
    exemption: 'Eine Ausnahme greift',
    'identity-not-verified': 'Identität konnte nicht bestätigt werden',
  },

  nextAction: {
    triage: 'Sichten',
    acknowledge: 'Eingang bestätigen',
    'chase-identity': 'Identitätsnachweis nachfordern',
    'chase-clarification': 'Rückfrage nachfassen',
    'chase-fee': 'Entgelt anmahnen',
    'check-identity': 'Identität prüfen',
    'retry-identity': 'Identität nicht bestätigt',
    respond: 'Antworten',
    'send-letter': 'Schreiben versenden',
    'decide-appeal': 'Über den Widerspruch entscheiden',
    'export-package': 'Datenpaket exportieren',
    close: 'Abschließen',
  },

  deadlineSaid: {
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`,
    addMonths: (months, to) => `+${months} ${months === 1 ? 'Monat' : 'Monate'}: ${to}`,
    missingDay: (day) => ` (einen ${day}. gibt es in diesem Monat nicht)`,
    addDays: (days, to) => `+${days} ${days === 1 ? 'Tag' : 'Tage'}: ${to}`,
    addBusinessDays: (days, from, calendar, to) =>
      calendar === null
        ? `+${days} Arbeitstage nach dem ${from}, ohne Wochenenden: ${to}`
        : `+${days} Arbeitstage nach dem ${from}, ohne Wochenenden und Feiertage (${calendar}): ${to}`,
    holiday: (title, day, calendar, source) => `${day} ist ein Feiertag, ${title} (${calendar}, ${source})`,
    holidaySource: {
      file: (source) => `laut ${source}`,
      rules: 'nach Regeln berechnet; für diesen Kalender wird keine Datendatei mitgeliefert',
      rulesPastData: (year) => `nach Regeln berechnet; keine Datendatei deckt ${year} ab`,
    },
    holidayMoves: (holiday, next) => `${holiday} → ${next}`,
    skippedHoliday: (holiday) => `nicht mitgezählt: ${holiday}`,
    weekend: (day, next) => `${day} fällt auf ein Wochenende → ${next}`,
    workingDay: (day) => `${day} ist ein Arbeitstag`,
    noKnownHoliday: (day, calendar) =>
      `${day} ist kein Wochenendtag und kein für ${calendar} bekannter Feiertag (dort sind nicht alle Feiertage bekannt: siehe Hinweis)`,
    due: (on) => `Frist endet am ${on}`,
    weekendStays: (day, regime) =>
      `${day} fällt auf ein Wochenende: Nach ${regime} verschiebt sich eine Tagesfrist nicht vom Wochenende, das Datum bleibt also (der Arbeitstag davor ist der sichere)`,
    received: (on) => `eingegangen am ${on}`,
    rulesInForce: (received, from, law, source) =>
      `geltende Regeln: eingegangen am ${received}, am oder nach dem ${from}: berechnet nach ${law} (${source})`,
    rulesBeforeNext: (received, next, nextFrom, law, source) =>
      `geltende Regeln: eingegangen am ${received}, bevor ${next} am ${nextFrom} in Kraft trat: berechnet nach ${law} (${source})`,
    notYetInForce: (received, law, from) =>
      `eingegangen am ${received}, bevor ${law} am ${from} in Kraft trat: Das Gesetz gibt diesem Antrag keine gesetzliche Frist, und Casebook übernimmt keine Frist eines anderen Gesetzes`,
    complaintRulesInForce: (received, from) =>
      `geltende Regeln: Beschwerde eingegangen am ${received}, am oder nach dem ${from}`,
    identityAwaited: {
      evidence: (asked) =>
        `seit ${asked} wird auf den Identitätsnachweis (oder Vollmachtsnachweis) gewartet: Die Frist beginnt an dem Tag neu, an dem er eingeht, bis dahin gibt es keine Frist`,
      fee: (asked) =>
        `seit ${asked} wird auf das angeforderte Entgelt gewartet: Die Frist beginnt an dem Tag neu, an dem es gezahlt wird, bis dahin gibt es keine Frist`,
      'evidence-and-fee': (asked) =>
        `seit ${asked} wird auf den Identitätsnachweis (oder Vollmachtsnachweis) und das Entgelt gewartet: Die Frist beginnt an dem Tag neu, an dem das Letzte davon eingeht, bis dahin gibt es keine Frist`,
    },
    identityAsked: (asked) => `Identitätsnachweis angefordert am ${asked}`,
    clockRestarted: (on) => `Frist neu begonnen am ${on}, als der Identitätsnachweis einging`,
    identityRunsOn: (asked, regime) =>
      `Identitätsprüfung angefordert am ${asked}: Nach ${regime} hemmt sie die Frist nicht und setzt sie auch nicht neu in Gang`,
    stateRule: (state, rule) => ` (${state}: ${rule})`,
    clarificationRunsOn: (asked, regime) =>
      `Rückfrage gestellt am ${asked}: Nach ${regime} hält sie die Frist nicht an`,
    goesAheadWithoutIdentity: (right, why) =>
      `${right}: wird bearbeitet, während ein Identitätsnachweis (oder ein Vollmachtsnachweis oder eine Gebühr) aussteht; die Bitte darum verschiebt seine Frist daher nicht (Grund: ${why})`,
    clarificationAccessOnly: (right) =>
      `${right}: Eine Rückfrage hält die Frist nur bei einem Auskunftsantrag nach Art. 15 an (UK GDPR Art. 12A(5); vor dem 5. Februar 2026 die Auskunftsleitlinien des ICO): Die Frist dieses Rechts läuft weiter`,
    cause: {
      clarification: 'Rückfrage',
      'identity-verification': 'Identitätsprüfung',
    },
    pauseBeforeRestart: (causes, from, to) =>
      `${causes} vom ${from} bis ${to} lag vor dem Neubeginn der Frist: nicht mitgezählt`,
    pauseAfterEnd: (causes, from) => `${causes} am ${from}, nach Ablauf der Frist: nicht mitgezählt`,
    paused: (days, causes, from, to, end) =>
      `${days === 1 ? '1 Tag' : `${days} Tage`} angehalten für ${causes} (${from} bis ${to}) → ${end}`,
    pausedOpen: (days, causes, from, to, end) =>
      `bisher ${days === 1 ? '1 Tag' : `${days} Tage`} angehalten für ${causes} (seit ${from}, noch unbeantwortet; gezählt bis ${to}) → ${end}; das Datum verschiebt sich mit jedem Tag, an dem die Antwort aussteht`,
    periodCanSpam: (right, days, regime) =>
      `${right}: Ein Antrag, keine Werbe-E-Mails mehr zu senden, ist nach dem US-Bundesgesetz CAN-SPAM Act innerhalb von ${days} Arbeitstagen nach Eingang zu erfüllen (15 U.S.C. §7704(a)(4)(A)(i); Arbeitstage im Sinne von 16 C.F.R. §316.2: nur Bundesfeiertage), früher als nach ${regime}`,
    periodGdprDeactivate: (right, source) =>
      `${right}: der Sache nach ein Antrag auf Einschränkung der Verarbeitung (Art. 18), ein Widerspruch (Art. 21), eine Löschung (Art. 17) oder ein Widerruf der Einwilligung (Art. 7(3)); keine eigene Frist, daher gilt spätestens die Monatsfrist des Art. 12(3) (${source})`,
    periodGdprPreferences: (right, marketingLaw, source) =>
      `${right}: ein Widerruf der Einwilligung (Art. 7(3)) oder ein Widerspruch gegen Direktwerbung (Art. 21(2)–(3)); Werbepräferenzen sind umgehend zu beachten (${marketingLaw}), spätestens gilt die Monatsfrist des Art. 12(3) (${source})`,
    periodGdprMarketing: (right) =>
      `${right}: dieselbe Monatsfrist wie für jedes Recht nach Art. 12(3) (Direktwerbung ist so bald wie möglich einzustellen; ein Monat ist das Späteste)`,
    periodOneMonth: (right, source) => `${right}: ein Monat ab Eingang (${source})`,
    periodCcpaStop: (right, days) =>
      `${right}: innerhalb von ${days} Arbeitstagen umzusetzen (11 CCR §7026(f) für den Widerspruch gegen Verkauf oder Weitergabe, §7027(g) für die Beschränkung sensibler Daten; andere Anträge, etwas zu unterlassen, werden gleich behandelt)`,
    periodCcpa: (right, days) => `${right}: Antwort innerhalb von ${days} Kalendertagen (11 CCR §7021(b))`,
    periodState: (right, days, law, section) => `${right}: ${days} Kalendertage ab Eingang (${law}, ${section})`,
    periodNoneOfItsOwn: (right, regime, days, source) =>
      `${right}: keine eigene Frist nach ${regime}; spätestens gelten die ${days} Kalendertage ab Eingang, die das Gesetz einem Antrag gibt (${source})`,
    periodDays: (right, days, source) => `${right}: ${days} Kalendertage ab Eingang (${source})`,
    periodOther: (right, period, source) => `${right}: ${period} (${source})`,
    period: {
      months: (n) => `${n} ${n === 1 ? 'Monat' : 'Monate'}`,
      days: (n) => `${n} ${n === 1 ? 'Tag' : 'Tage'}`,
      'business-days': (n) => `${n} ${n === 1 ? 'Arbeitstag' : 'Arbeitstage'}`,
    },
    noStatute: (right, law, section, givenFrom) =>
      `${right}: kein Recht nach ${law}${
        section && givenFrom
          ? ` für eine vor dem ${givenFrom} eingegangene Anfrage (${section} gibt es ab diesem Tag)`
          : section
            ? ` (${section})`
            : ''
      }, und kein Gesetz setzt dafür eine Frist: Jedes Datum ist nur die interne Zielfrist der Organisation`,
    noStatuteCanSpam:
      '; soweit die Änderung kommerzielle E-Mails beendet, verbietet CAN-SPAM (15 U.S.C. §7704(a)(4)(A)) den Versand später als 10 Arbeitstage nach dem Antrag: Erfassen Sie diesen Teil zusätzlich als Abmeldung',
    houseTargetOnly: (on) => `interne Zielfrist ${on} (keine gesetzliche Frist)`,
    noHouseTarget: (regime) =>
      `für ${regime} ist keine interne Zielfrist festgelegt, daher hat dieses Recht kein Datum (legen Sie eine in den Fristeinstellungen fest)`,
    houseTarget: (days, from) =>
      `interne Zielfrist: ${days === 1 ? '1 Tag' : `${days} Tage`} ab ${from} (ein internes Ziel, nicht die gesetzliche Frist)`,
    houseTargetIsDue: (regime) =>
      `nach ${regime} setzt kein Gesetz eine Frist für diese Rechte: Die Frist ist die interne Zielfrist der Organisation`,
    extensionNotice: (by) =>
      `wird die Frist verlängert (ein komplexer Antrag oder mehrere Anträge), ist die Person bis ${by} mit Begründung darüber zu informieren`,
    extensionMonths: (months, start) =>
      `Verlängerung: ${months} Monate ab Fristbeginn am ${start} (nicht ein Monat und dann zwei weitere)`,
    extensionDays: (days) => `Verlängerung: ${days} Tage ab Eingang`,
    extensionState: (extraDays, days, firstDays, section) =>
      `Verlängerung: einmal um ${extraDays} weitere Tage, auf ${days} Tage ab Eingang, mit Mitteilung und Begründung innerhalb der ersten ${firstDays} Tage (${section})`,
    noExtension: (regime, recordReason) =>
      `die Verlängerung wurde erfasst, aber ${regime} kennt für diese Rechte keine Verlängerung: Die Frist bleibt wie berechnet${recordReason ? ' (halten Sie den Grund fest, falls die Antwort verspätet ist)' : ''}`,
    lateNotice: (told, by) =>
      `die Verlängerung wurde am ${told} mitgeteilt, nach dem letzten Tag für die Mitteilung (${by}): Sie ist möglicherweise unwirksam`,
    noticeNotRecorded: (by) =>
      `die Verlängerung wurde in Anspruch genommen, aber der Tag der Mitteilung an die Person ist nicht erfasst: Sie ist bis ${by} mit Begründung zu informieren`,
    refusalWithoutExtension: (source) =>
      `eine Ablehnung mit Begründung und Hinweis auf das Beschwerderecht ist innerhalb der Frist ohne Verlängerung fällig (${source})`,
    refuseBy: (by) => `Ablehnung bis ${by}`,
    confirmReceipt: (days) => `Eingang innerhalb von ${days} Arbeitstagen bestätigen (11 CCR §7021(a))`,
    acknowledgeBy: (by) => `Eingang bestätigen bis ${by}`,
    appealReceived: (on, days, section) =>
      `Widerspruch eingegangen am ${on}: Der Verantwortliche entscheidet innerhalb von ${days} Tagen nach Eingang (${section})`,
    appealDue: (on) => `Entscheidung über den Widerspruch bis ${on}`,
    appealExtension: (extraDays, firstDays, to) =>
      `wenn vernünftigerweise erforderlich, kann die Frist für den Widerspruch um ${extraDays} weitere Tage verlängert werden, mit Mitteilung an den Verbraucher innerhalb der ersten ${firstDays} Tage: ${to}`,
    unread:
      ' — diese Zahl ist noch nicht am Wortlaut des Gesetzes selbst geprüft (sie stammt aus einer Sekundärquelle): vor der Verwendung prüfen',
    appealAttorneyGeneral:
      'ein abgelehnter Widerspruch muss dem Verbraucher mitteilen, wie er sich beim Attorney General des Bundesstaats beschweren kann',
    complaintReceived: (on, days, source) =>
      `Beschwerde eingegangen am ${on}: innerhalb von ${days} Tagen nach Eingang bestätigen (${source}), gezählt ab dem Folgetag`,
    acknowledgeComplaintBy: (by) => `Beschwerde bis ${by} bestätigen; dann ohne unangemessene Verzögerung antworten`,
    complaintAcknowledged: (on, days) =>
      `bestätigt am ${on}, innerhalb der ${days} Tage; die Antwort ist ohne unangemessene Verzögerung fällig`,
    complaintAcknowledgedLate: (on, by) => `bestätigt am ${on}, nach dem letzten Tag (${by})`,
    record: {
      'personnel-file': 'Personalakte',
      'payroll-records': 'Lohnabrechnungen',
    },
    employeeRecords: (record, source) =>
      `für einen kalifornischen Beschäftigten, der Einsicht in seine ${record} verlangt, läuft diese Frist neben der des CCPA: ${source}`,
    recordsDue: (record, on) => `${record}: Frist bis ${on} (Kalendertage; nicht vom Wochenende verschoben)`,
    calendarNote: {
      noHolidayData: (country) =>
        `für ${country} werden keine Feiertagsdaten mitgeliefert: Nur Samstage und Sonntage werden übersprungen, prüfen Sie die gesetzlichen Feiertage des Landes daher selbst`,
      nationalOnly: (location, country) =>
        `regionale Feiertage von ${location} sind nicht enthalten: nur die landesweiten Feiertage von ${country}`,
      germanyWithoutLand:
        'DE ohne Bundesland: nur bundesweite Feiertage (geben Sie das Bundesland an, z. B. DE-BY, um seine Feiertage zu berücksichtigen)',
    },
    answeredLate: (right, due) =>
      `alle Rechte sind beantwortet, ${right} nach seiner Frist: Die Frist des Vorgangs ist der ${due}`,
    answeredOnTime: (due) =>
      `alle Rechte sind beantwortet, jedes innerhalb seiner Frist: Die Frist des Vorgangs ist der ${due}`,
    openRightsDue: (answered, due, right) =>
      `${answered} beantwortet: Der Vorgang ist fällig, wenn es die noch offenen Rechte sind, am ${due} (${right})`,
  },

  identitySaid: {
    by: {
      email: 'per E-Mail',
      letter: 'per Brief',
      phone: 'per Telefon',
      'web-form': 'über das Webformular',
      'in-person': 'persönlich',
      other: 'auf anderem Weg',
    },
    actsForSomeoneElse: (relationship, method) =>
      `Die antragstellende Person handelt für eine andere Person (${relationship}): Fordern Sie einen Nachweis ihrer Vertretungsbefugnis an (${method}); diese Anforderung wirkt sich auf die Frist aus wie die Anforderung eines Identitätsnachweises`,
    childByAge: (subject, age, under, source) =>
      `${subject} war bei Eingang des Antrags ${age} Jahre alt, also jünger als ${under} (${source}): ein Kind, für das der Träger der elterlichen Verantwortung handelt`,
    notChildByAge: (subject, age, under, source) =>
      `${subject} war bei Eingang des Antrags ${age} Jahre alt, also nicht jünger als ${under} (${source}): Die Person kann ihre Rechte selbst ausüben; antworten Sie einem Elternteil nur mit ihrer Zustimmung oder wenn sie selbst nicht handeln kann`,
    recordedChild: (subject, under, source) =>
      `${subject} ist als Kind erfasst (jünger als ${under}: ${source}): Der Träger der elterlichen Verantwortung handelt für das Kind`,
    noCheckNeeded: (right, ground) => `${right}: Keine Prüfung nötig: ${ground}`,
    disclosesCcpa: (right, by) =>
      `${right} ${by} nach dem CCPA: Für konkrete Einzelinformationen ist ein hinreichend hoher Grad an Gewissheit nötig (11 CCR §7062(c)): Gleichen Sie drei Angaben mit den gespeicherten Daten ab`,
    disclosesOnline: (right, by) =>
      `${right} ${by}: Kam der Antrag von der hinterlegten Adresse, legt eine Antwort an diese Adresse niemandem Neuem etwas offen; andernfalls gleichen Sie die Kontodaten ab`,
    disclosesSpoken: (right, by) =>
      `${right} ${by}: Stellen Sie nur Fragen, die allein die Person anhand der gespeicherten Daten beantworten kann, und fragen Sie nie mehr ab, als gespeichert ist`,
    disclosesByLetter: (right) =>
      `${right} per Brief: Eine aktuelle Rechnung oder ein Kontoauszug verbindet die Person mit der Postanschrift, an die die Antwort geht`,
    inPerson: (right) => `${right} persönlich: Sehen Sie ein Ausweisdokument ein (fertigen Sie keine Kopie an)`,
    changesOnline: (right, by) =>
      `${right} ${by}: Die Änderung lässt sich nicht rückgängig machen; gleichen Sie daher neben der Adresse auch die Kontodaten ab`,
    changesSpoken: (right, by) =>
      `${right} ${by}: Stellen Sie nur Fragen, die allein die Person anhand der gespeicherten Daten beantworten kann`,
    erasureByLetter: (right) =>
      `${right} per Brief: Eine Löschung lässt sich nicht rückgängig machen, und ein Brief beweist nichts über seinen Absender: ein Ausweisdokument`,
    changesByLetter: (right) =>
      `${right} per Brief: Eine aktuelle Rechnung oder ein Kontoauszug verbindet die Person mit der hinterlegten Anschrift`,
    ground: {
      'ccpa-opt-out':
        'Ein Antrag auf Widerspruch gegen Verkauf oder Weitergabe muss kein überprüfbarer Verbraucherantrag sein (11 CCR §7026(d))',
      'ccpa-limit-sensitive':
        'Ein Antrag auf Einschränkung der Verwendung sensibler personenbezogener Informationen muss kein überprüfbarer Verbraucherantrag sein (11 CCR §7027(e))',
      'opt-out': 'Ein Widerspruch beendet nur einen Verkauf, eine Weitergabe oder gezielte Werbung und legt nichts offen',
      'limit-sensitive': 'Seine Umsetzung schränkt nur eine Verwendung von Daten ein und legt nichts offen',
      'marketing-objection':
        'Einem Widerspruch gegen Direktwerbung wird ohne Abwägung entsprochen (Art. 21 Abs. 3 DSGVO und UK GDPR); seine Umsetzung beendet nur eine Verarbeitung und legt nichts offen',
      'withdraw-consent':
        'Der Widerruf der Einwilligung muss so einfach sein wie ihre Erteilung (Art. 7 Abs. 3 DSGVO und UK GDPR); seine Umsetzung beendet nur eine Verarbeitung',
      unsubscribe: 'Seine Umsetzung beendet nur Werbung und legt nichts offen',
      'communication-preferences': 'Seine Umsetzung ändert nur, wie die Person kontaktiert wird, und legt nichts offen',
      discloses: 'Der Antrag legt die Daten der Person offen: Sie erhält sie erst, wenn ihre Identität geklärt ist',
      destroys: 'Der Antrag vernichtet Daten unwiderruflich: nur für die Person, um deren Daten es geht',
      changes: 'Der Antrag ändert die Daten der Person: nur für die Person, um deren Daten es geht',
      'changes-use': 'Der Antrag ändert, wie die Daten der Person verwendet werden: nur für die Person, um deren Daten es geht',
      'shuts-out': 'Der Antrag sperrt die Person aus ihrem Konto aus: nur für die Person, der das Konto gehört',
      'reviews-decision': 'Der Antrag betrifft die Überprüfung einer Entscheidung über die Person: nur für die betroffene Person selbst',
      unclassified: 'Ein Antrag, den Casebook nicht einordnen kann, wartet zur Sicherheit auf die Identitätsprüfung',
    },
    source: {
      gdprDefault:
        'Art. 8 Abs. 1 DSGVO: 16, da der Mitgliedstaat kein niedrigeres Alter festgelegt hat (oder das Land nicht bekannt ist: die strengste Auslegung)',
      memberState: (country, provision) => `${country}: ${provision}`,
      uk: 'Vereinigtes Königreich: DPA 2018 s.9 (in Verbindung mit Art. 8 Abs. 1 UK GDPR)',
      coppa: 'Vereinigte Staaten: COPPA, 15 U.S.C. §6501(1) (Kind ist, wer jünger als 13 ist)',
      lgpd: 'Brasilien: LGPD Art. 14 in Verbindung mit ECA (Lei 8.069/1990) Art. 2 (Kind ist, wer jünger als 12 ist)',
      pipeda: 'Kanada: Leitlinien des OPC zur Einwilligung (Einwilligung der Eltern unter 13 Jahren)',
      fadp: 'Schweiz: Das revDSG legt kein Alter fest; 16, das höchste Alter nach der DSGVO, als strengste Auslegung',
      popia: 'Südafrika: POPIA s.1 (Kind ist, wer jünger als 18 ist) und s.35',
      auApp: 'Australien: OAIC APP Guidelines B.59 (Einsichtsfähigkeit wird ab 15 Jahren vermutet)',
    },
  },

  places: {
    within: (part, country) => `${part}, ${country}`,
    unnamed: (country, code) => `${country} (${code})`,
    subdivision: {
      'GB-ENG': 'England',
      'GB-WLS': 'Wales',
      'GB-SCT': 'Schottland',
      'GB-NIR': 'Nordirland',
      'DE-BW': 'Baden-Württemberg',
      'DE-BY': 'Bayern',
      'DE-BE': 'Berlin',
      'DE-BB': 'Brandenburg',
      'DE-HB': 'Bremen',
      'DE-HH': 'Hamburg',
      'DE-HE': 'Hessen',
      'DE-MV': 'Mecklenburg-Vorpommern',
      'DE-NI': 'Niedersachsen',
      'DE-NW': 'Nordrhein-Westfalen',
      'DE-RP': 'Rheinland-Pfalz',
      'DE-SL': 'Saarland',
      'DE-SN': 'Sachsen',
      'DE-ST': 'Sachsen-Anhalt',
      'DE-SH': 'Schleswig-Holstein',
      'DE-TH': 'Thüringen',
      'FR-57': 'Moselle',
      'FR-67': 'Bas-Rhin',
      'FR-68': 'Haut-Rhin',
      'US-CA': 'Kalifornien',
      'US-VA': 'Virginia',
    },
    landCalendar: (land) => `Deutschland (${land})`,
    calendar: {
      'england-and-wales': 'England und Wales',
      scotland: 'Schottland',
      'northern-ireland': 'Nordirland',
      ie: 'Irland',
      fr: 'Frankreich',
      'fr-alsace-moselle': 'Frankreich (Elsass-Mosel)',
      de: 'Deutschland (bundesweite Feiertage)',
      nl: 'Niederlande',
      be: 'Belgien',
      es: 'Spanien (landesweite Feiertage)',
      it: 'Italien',
      at: 'Österreich',
      pl: 'Polen',
      pt: 'Portugal (landesweite Feiertage)',
      ch: 'Schweiz (in allen Kantonen geltende Feiertage)',
      us: 'Vereinigte Staaten (Bundesfeiertage)',
      'us-ca': 'Vereinigte Staaten (Bundesfeiertage und Feiertage Kaliforniens)',
    },
  },

  // Statutes as written; the EU Regulation and the Swiss Act by their official German names.
  lawVersion: {
    'uk-gdpr-2018': 'UK GDPR und DPA 2018 vor dem Data (Use and Access) Act 2025',
    'uk-gdpr-2026': 'UK GDPR in der Fassung des Data (Use and Access) Act 2025 (Art. 12A)',
    'eu-gdpr': 'DSGVO (Verordnung (EU) 2016/679)',
    ccpa: 'California Consumer Privacy Act in der Fassung des CPRA, mit den Ausführungsvorschriften',
    lgpd: 'Lei Geral de Proteção de Dados (Lei 13.709/2018)',
    pipeda: 'Personal Information Protection and Electronic Documents Act',
    'fadp-1992': 'Bundesgesetz über den Datenschutz von 1992 (DSG) und seine Verordnung (VDSG)',
    'fadp-2023': 'revidiertes Bundesgesetz über den Datenschutz (revDSG)',
    popia: 'Protection of Personal Information Act 2013, mit dem PAIA',
    'au-app': 'Australian Privacy Principles (Privacy Act 1988 Sch. 1)',
    'uk-dpa-164a': 'DPA 2018 s.164A: Beschwerden an Verantwortliche',
  },

  nextStep: {
    triage: 'prüfen, ob es sich um einen Datenschutzantrag handelt, und ihn dann bestätigen oder den Vorgang abschließen',
    closeWithdrawn: 'vom Antragsteller zurückgezogen: Vorgang abschließen (Ergebnis: zurückgezogen)',
    closeRefused: 'abgelehnt: sobald die Ablehnung versandt ist, Vorgang abschließen (Ergebnis: abgelehnt)',
    exportPackage:
      'die versandte Auskunftserteilung sagt, dass eine Kopie der Daten beiliegt: das Datenpaket exportieren und versenden, dann den Vorgang abschließen',
    sendRefusal: (title) =>
      `abgelehnt: den Entwurf \u201e${title}\u201c versenden (oder verwerfen), dann den Vorgang abschließen (Ergebnis: abgelehnt)`,
    decideAppeal: (received, due) =>
      `über den am ${received} eingegangenen Widerspruch des Verbrauchers${due ? ` bis ${due}` : ''} entscheiden und ihm die Entscheidung mit Begründung mitteilen`,
    closeResponseSent: 'Antwort versandt: Vorgang mit seinem Ergebnis abschließen',
    sendDraft: (title, outcome) =>
      `alle Rechte sind beantwortet: den Entwurf \u201e${title}\u201c versenden (oder verwerfen), dann den Vorgang abschließen (Ergebnis: ${outcome})`,
    closeAnswered: (outcome) => `alle Rechte sind beantwortet: Vorgang abschließen (Ergebnis: ${outcome})`,
    acknowledge: (by) => `dem Antragsteller den Eingang bis ${by} bestätigen`,
    ago: (days) => (days === 0 ? 'heute' : days === 1 ? 'vor 1 Tag' : `vor ${days} Tagen`),
    awaiting: {
      identity: (ago, remindOn) =>
        `Identitätsnachweis ${ago} angefordert, Antwort ausstehend: den Antragsteller am ${remindOn} erinnern, falls keine eingegangen ist`,
      clarification: (ago, remindOn) =>
        `Rückfrage ${ago} gestellt, Antwort ausstehend: den Antragsteller am ${remindOn} erinnern, falls keine eingegangen ist`,
      fee: (ago, remindOn) =>
        `Entgelt ${ago} verlangt, Zahlung ausstehend (der Antrag ruht bis zur Zahlung): den Antragsteller am ${remindOn} erinnern, falls sie nicht eingegangen ist`,
    },
    noAnswer: {
      identity: (ago) =>
        `Identitätsnachweis ${ago} angefordert, keine Antwort: erinnern oder als nicht bestätigt abschließen`,
      clarification: (ago) =>
        `Rückfrage ${ago} gestellt, keine Antwort: erinnern oder beantworten, was sich beantworten lässt`,
      fee: (ago) => `Entgelt ${ago} verlangt, nicht gezahlt: erinnern (der Antrag ruht bis zur Zahlung)`,
    },
    meanwhile: (rights) =>
      `; inzwischen ${rights.join(', ')} beantworten: ${rights.length === 1 ? 'dieses Recht wartet' : 'diese Rechte warten'} nicht auf die Identitätsprüfung`,
    overdue: (days) => `seit ${days === 1 ? '1 Tag' : `${days} Tagen`} überfällig: `,
    checkIdentity: (method) => `Identität prüfen (vorgeschlagen: ${method})`,
    retryIdentity:
      'Identität nicht bestätigt: andere Nachweise anfordern oder ablehnen (Identität nicht bestätigt)',
    respond: 'die Antwort versenden',
    respondBy: (due) => `die Antwort bis ${due} versenden`,
    orExtend: (by) => ` (oder die Frist verlängern und die Person bis ${by} darüber informieren)`,
  },

  outcome: {
    fulfilled: 'Erfüllt',
    'partly-fulfilled': 'Teilweise erfüllt',
    'no-data-held': 'Keine Daten vorhanden',
    refused: 'Abgelehnt',
    withdrawn: 'Vom Antragsteller zurückgezogen',
    'identity-not-verified': 'Identität nicht bestätigt',
    'not-a-request': 'Kein Datenschutzantrag',
    duplicate: 'Duplikat eines anderen Vorgangs',
  },

  relationship: {
    parent: 'Elternteil',
    guardian: 'Vormund',
    solicitor: 'Rechtsanwalt',
    'authorised-agent': 'Bevollmächtigter Vertreter',
    'power-of-attorney': 'Inhaber einer Vorsorgevollmacht',
    other: 'Sonstige',
  },

  subjectCategory: {
    customer: 'Kunde',
    prospect: 'Interessent',
    'website-visitor': 'Website-Besucher',
    employee: 'Beschäftigter',
    'job-applicant': 'Bewerber',
    other: 'Sonstige',
  },

  daysLeft: {
    none: '—',
    today: 'Heute fällig',
    left: (n) => (n === 1 ? '1 Tag' : `${n} Tage`),
    overdue: (n) => (n === 1 ? '1 Tag überfällig' : `${n} Tage überfällig`),
  },

  status: {
    'needs-triage': 'Zu sichten',
    received: 'Eingegangen',
    acknowledged: 'Bestätigt',
    'awaiting-identity': 'Identitätsnachweis ausstehend',
    'awaiting-clarification': 'Rückfrage ausstehend',
    'in-progress': 'In Bearbeitung',
    'response-sent': 'Antwort gesendet',
    closed: 'Abgeschlossen',
    withdrawn: 'Zurückgezogen',
    refused: 'Abgelehnt',
  },

  did: {
    erased: 'Gelöscht',
    anonymised: 'Anonymisiert',
    kept: 'Aufbewahrt (Rechtsgrundlage)',
    rectified: 'Berichtigt',
    restricted: 'Eingeschränkt',
    suppressed: 'Auf die Werbesperrliste gesetzt',
    'account-deactivated': 'Konto deaktiviert',
    'preferences-changed': 'Einstellungen geändert',
  },

  people: {
    edit: 'Antragsteller und betroffene Person bearbeiten',
    formTitle: 'Antragsteller und betroffene Person',
    intro: 'Wie `casebook case update` sie nach dem Import setzt. Die betroffene Person ist die Person, um deren Daten es geht, wenn der Antragsteller für jemand anderen handelt.',
    requesterName: 'Name des Antragstellers',
    emails: 'E-Mail-Adressen (eine pro Zeile)',
    address: 'Postanschrift',
    phone: 'Telefonnummer',
    customerIds: 'Kundennummern, Kontonamen oder Personalnummern (eine pro Zeile)',
    actsFor: 'Der Antragsteller handelt für jemand anderen (die betroffene Person)',
    subjectName: 'Name der betroffenen Person',
    relationship: 'Beziehung des Antragstellers zu ihr',
    birthDate: 'Geburtsdatum der betroffenen Person',
    child: 'Ein Kind unter dem Alter der digitalen Einwilligung (Geburtsdatum unbekannt)',
    save: 'Speichern',
    cancel: 'Abbrechen',
    saved: 'Gespeichert.',
  },

  rightAnswers: {
    title: 'Jedes Recht',
    loading: 'Rechte werden geladen …',
    right: 'Recht',
    due: 'Fällig',
    state: 'Antwort',
    answered: (outcome, on, by) => `${outcome} am ${on} von ${by}`,
    waits: 'Offen: wartet auf Identitätsnachweis',
    open: 'Offen',
    goesAhead: 'Offen: wird ohne Identitätsprüfung bearbeitet',
    formTitle: 'Ein Recht beantworten',
    outcomeLabel: 'Ergebnis',
    outcome: {
      fulfilled: 'Erfüllt',
      partly: 'Teilweise erfüllt',
      refused: 'Abgelehnt',
      'not-applicable': 'Nicht anwendbar',
      'no-data': 'Keine Daten vorhanden',
    },
    exemption: 'Die Ausnahme, die für den Rest gilt',
    ground: 'Ablehnungsgrund',
    reason: 'Warum (in Worten)',
    on: 'Datum',
    record: 'Antwort erfassen',
    actions: 'Aktionen',
    correct: 'Berichtigen',
    correctLabel: (right) => `Antwort zu ${right} berichtigen`,
    correctTitle: (right) => `Antwort zu ${right} berichtigen`,
    correctIntro: 'Die bisher erfasste Antwort bleibt mit dem Grund der Berichtigung im Verlauf des Rechts; die Berichtigung wird protokolliert.',
    correction: 'Warum die erfasste Antwort falsch war',
    recordCorrection: 'Berichtigung erfassen',
    cancel: 'Abbrechen',
    corrected: (on, by, was, reason) => `Berichtigt am ${on} von ${by}: vorher ${was} (${reason})`,
  },
  actionLog: {
    title: 'Maßnahmenprotokoll',
    loading: 'Maßnahmenprotokoll wird geladen …',
    intro:
      'Was in jedem System des Verzeichnisses für jedes geltend gemachte Recht getan wurde, und welche Empfänger darüber informiert wurden. Bestätigungsschreiben nennen diese Einträge und nichts anderes.',
    empty: 'Noch nichts erfasst.',
    doneTitle: 'Was getan wurde',
    right: 'Recht',
    system: 'System',
    action: 'Was getan wurde',
    groundOrDetail: 'Grund / Einzelheiten',
    whoWhen: 'Wer, wann',
    byOn: (by, on) => `${by}, ${on}`,
    on: 'Datum',
    ground: 'Rechtsgrundlage für die Aufbewahrung der Daten',
    groundPlaceholder: 'z. B. 10-jährige steuerliche Aufbewahrungspflicht (§ 147 AO)',
    detail: 'Was geändert wurde, von was zu was',
    detailPlaceholder: 'z. B. Postanschrift: Altstraße 1 → Neuer Weg 2',
    recordTitle: 'Erfassen, was getan wurde',
    record: 'Erfassen',
    recorded: (what, system) => `${what} in ${system}: erfasst.`,
    noSystems:
      'Das Verzeichnis von Verarbeitungstätigkeiten enthält noch keine Systeme: Fügen Sie sie zuerst unter „Verzeichnis“ hinzu.',
    toldTitle: 'Informierte Empfänger',
    toldOf: (right, by, on) => `über „${right}“ informiert von ${by}, ${on}.`,
    unlistedBecause: (why) => `Nicht im Verzeichnis: ${why}`,
    toldFormTitle: 'Informierten Empfänger erfassen',
    toldIntro:
      'Empfänger der Daten werden über eine Berichtigung, Löschung oder Einschränkung der Verarbeitung informiert (Art. 19).',
    recipient: 'Empfänger',
    reason: 'Warum dieser Empfänger informiert wurde',
    unlistedHint: 'Dieser Empfänger steht nicht im Verzeichnis von Verarbeitungstätigkeiten: Begründen Sie, warum er informiert wurde.',
    recordTold: 'Erfassen',
    told: (who) => `${who}: als informiert erfasst.`,
  },

  right: {
    access: 'Auskunft',
    rectification: 'Berichtigung',
    erasure: 'Löschung',
    restriction: 'Einschränkung der Verarbeitung',
    portability: 'Datenübertragbarkeit',
    objection: 'Widerspruch',
    'withdraw-consent': 'Widerruf der Einwilligung',
    'automated-decision': 'Automatisierte Entscheidung',
    'opt-out-of-sale': 'Widerspruch gegen den Verkauf',
    'limit-sensitive': 'Einschränkung sensibler Daten',
    unsubscribe: 'Abmeldung',
    'deactivate-account': 'Konto deaktivieren',
    'communication-preferences': 'Kommunikationseinstellungen',
    other: 'Sonstiges',
  },

  regime: {
    'uk-gdpr': 'UK-DSGVO',
    'eu-gdpr': 'EU-DSGVO',
    ccpa: 'CCPA',
    'us-state': 'US-Bundesstaat',
    lgpd: 'LGPD',
    pipeda: 'PIPEDA',
    fadp: 'DSG (Schweiz)',
    popia: 'POPIA',
    'au-app': 'Australien APP',
  },

  channel: {
    email: 'E-Mail',
    letter: 'Brief',
    phone: 'Telefon',
    'web-form': 'Webformular',
    'in-person': 'Persönlich',
    other: 'Sonstiges',
  },
};

export default de;
