// Textes français : même forme que en.ts (`Strings`), le compilateur vérifie
// chaque clé. Vouvoiement ; termes du RGPD tels que dans sa version française
// officielle (droit d'accès, droit à l'effacement, responsable du traitement,
// personne concernée, autorité de contrôle).
import * as dataSaid from './errorSaid/data';
import * as documentsSaid from './errorSaid/documents';
import * as registerSaid from './errorSaid/register';
import * as shellSaid from './errorSaid/shell';
import * as storeSaid from './errorSaid/store';
import * as workflowSaid from './errorSaid/workflow';
import type { Strings } from './en';

/** French plural: 0 and 1 take the singular. */
const pl = (n: number, one: string, many: string) => (n <= 1 ? one : many);

const fr: Strings = {
  appName: 'Casebook',
  /** The Rust side's refusals given as facts (`ErrorSaid`), by area: see ui/src/lib/errorSaid/. */
  errorSaid: {
    documents: documentsSaid.fr,
    data: dataSaid.fr,
    workflow: workflowSaid.fr,
    register: registerSaid.fr,
    store: storeSaid.fr,
    shell: shellSaid.fr,
  },
  /** The native dialogs' titles and file filters, which the shell shows. */
  dialogs: shellSaid.dialogs.fr,
  appTagline: 'Demandes relatives à la vie privée',

  caseList: {
    title: 'Dossiers',
    rightsAnswered: (answered, total) =>
      `${answered} ${total === 1 ? 'droit traité' : answered > 1 ? 'droits traités' : 'droit traité'} sur ${total}`,
    datesPerRight: (n) => `${n} échéances`,
    underAppeal: 'recours en cours',
    tableCaption: (sort) =>
      sort === 'due'
        ? 'Demandes, échéance la plus proche en premier'
        : sort === 'received'
          ? 'Demandes, les plus récemment reçues en premier'
          : 'Demandes par référence',
    searchLabel: 'Recherche',
    searchPlaceholder: 'Nom, e-mail ou note',
    statusLabel: 'Statut',
    statusOpen: 'Dossiers ouverts',
    statusAll: 'Tous les dossiers',
    statusGroup: 'Par statut',
    sortLabel: 'Trier par',
    sort: {
      due: 'Échéance, la plus proche en premier',
      received: 'Réception, la plus récente en premier',
      reference: 'Référence',
    },
    columns: {
      reference: 'Référence',
      requester: 'Demandeur',
      rights: 'Droits',
      status: 'Statut',
      regime: 'Régime',
      received: 'Reçue le',
      due: 'Échéance',
      daysLeft: 'Jours restants',
    },
    count: (n) => `${n} ${pl(n, 'dossier', 'dossiers')}`,
    countMore: (shown) =>
      `Plus de ${shown} dossiers correspondent : les ${shown} premiers sont affichés. Précisez la recherche pour la restreindre.`,
    rightLabel: 'Droit',
    regimeLabel: 'Loi',
    channelLabel: 'Reçue par',
    dueWithinLabel: 'Échéance',
    any: 'Tous',
    dueWithin: (days) => (days === 0 ? 'En retard ou à échéance aujourd\u2019hui' : `Dans les ${days} jours`),
    loadingRow: 'Chargement…',
    loading: 'Chargement des dossiers…',
    noMatchTitle: 'Aucun dossier ne correspond',
    noMatchBody: 'Essayez d\u2019autres mots ou un autre statut.',
    emptyOpenTitle: 'Aucun dossier ouvert',
    clearFilters: 'Effacer la recherche et les filtres',
    emptyTitle: 'Aucun dossier pour l\u2019instant',
    emptyBody:
      'Enregistrez une demande avec le formulaire de nouveau dossier (touche n), ou avec l\u2019outil en ligne de commande casebook :',
    newCase: 'Enregistrer une nouvelle demande',
    emptyDatabase: (path) => `Les dossiers sont lus depuis ${path}.`,
    open: (reference, name) => `Ouvrir ${reference}, ${name}`,
    errorTitle: 'Les dossiers n\u2019ont pas pu être chargés',
    retry: 'Réessayer',
  },

  nav: {
    label: 'Menu principal',
    dashboard: 'Tableau de bord',
    cases: 'Dossiers',
    newCase: 'Nouveau dossier',
    import: 'Importer',
    register: 'Registre',
    settings: 'Paramètres',
    shortcuts:
      'Clavier : / recherche · n nouveau dossier · j / k dossier suivant et précédent · Échap retour à la liste',
    lock: 'Verrouiller',
    lockShortcut: 'Ctrl+L',
  },

  notices: {
    backupTitle: 'Sauvegarde',
    backupDue: (days, every) =>
      `La dernière sauvegarde date de ${days} jours (le rappel intervient après ${every} jours).`,
    backupNever: (days) => `Aucune sauvegarde n\u2019a jamais été faite de ce registre, qui existe depuis ${days} jours.`,
    backupNow: 'Sauvegarder maintenant…',
    backingUp: 'Sauvegarde en cours…',
    backupDone: (file, cases, encrypted) =>
      `Sauvegarde enregistrée et vérifiée : ${file} (${cases} ${pl(cases, 'dossier', 'dossiers')}, ${encrypted ? 'chiffrée avec la phrase secrète du registre' : 'non chiffrée'}).`,
    backupPassphrase: 'Phrase secrète de la sauvegarde',
    backupPassphraseHint:
      'La sauvegarde d\u2019un registre d\u2019équipe est un fichier chiffré avec cette phrase secrète (8 caractères au moins). Conservez-la : le fichier ne s\u2019ouvre qu\u2019avec elle.',
    backupDoneTeam: (file, cases) =>
      `Sauvegarde enregistrée et vérifiée : ${file} (${cases} ${pl(cases, 'dossier', 'dossiers')}, chiffrée avec la phrase secrète donnée). Chaque membre la voit désormais comme la dernière sauvegarde de l\u2019équipe.`,
    retentionTitle: 'Conservation des dossiers clos',
    retentionDue: (n) =>
      n <= 1
        ? `${n} dossier clos a dépassé la durée de conservation et doit être supprimé.`
        : `${n} dossiers clos ont dépassé la durée de conservation et doivent être supprimés.`,
    review: 'Examiner',
    hideReview: 'Masquer la liste',
    caption: 'Dossiers clos à supprimer',
    columns: { reference: 'Référence', outcome: 'Issue', closed: 'Clos le', due: 'À supprimer le' },
    deleteAll: (n) => `Supprimer ${n} ${pl(n, 'dossier', 'dossiers')}…`,
    confirm: (n) =>
      `Supprimer définitivement ${n} ${pl(n, 'dossier', 'dossiers')} ? Leurs demandes, documents, courriers et notes disparaissent ; le journal d\u2019audit garde une trace de chaque suppression sans données personnelles. Cette action est irréversible (une sauvegarde permet de les restaurer).`,
    confirmYes: (n) => (n === 1 ? 'Oui, le supprimer' : 'Oui, les supprimer'),
    cancel: 'Annuler',
    deleted: (n) => `${n} ${pl(n, 'dossier clos supprimé', 'dossiers clos supprimés')}.`,
  },

  exports: {
    title: 'Dossier de preuves et paquet de données',
    intro:
      'Le dossier de preuves est un PDF du dossier destiné à une autorité de contrôle ou à un tribunal (il est aussi conservé dans le dossier). Le paquet de données est le ZIP des données de la personne, avec son manifeste et son rapport, pour une réponse à une demande d\u2019accès ou de portabilité. Sa lettre d\u2019accompagnement est la réponse d\u2019accès déjà envoyée ; sinon votre brouillon de réponse d\u2019accès non envoyé ou, à défaut, une réponse établie pour l\u2019occasion est enregistré comme envoyé avec le paquet.',
    evidence: 'Enregistrer le dossier de preuves…',
    package: 'Exporter le paquet de données…',
    password: 'Mot de passe du paquet (facultatif)',
    passwordRepeat: 'Répétez le mot de passe',
    passwordHint:
      'Avec un mot de passe, chaque fichier du ZIP est chiffré en AES-256 ; transmettez le mot de passe par un autre canal.',
    mismatch: 'Les deux mots de passe diffèrent.',
    busy: 'En cours…',
    progressLabel: (what) =>
      what === 'evidence' ? 'Progression du dossier de preuves' : 'Progression du paquet de données',
    units: { records: 'enregistrements', files: 'fichiers', sections: 'sections', pages: 'pages' },
    phases: {
      writing: (item) => `écriture de ${item}`,
      finishing: (item) => `finalisation de ${item}`,
      gathering: (item) => `collecte de ${item}`,
      'laying-out': (item) => `mise en page de ${item}`,
      saving: (item) => `écriture de ${item}`,
    },
    done: 'terminé',
    progress: (count, of, unit, doing) => `${count} ${unit} sur ${of} \u2014 ${doing}`,
    cancel: 'Annuler',
    cancelling: 'Annulation…',
    cancelled: (what) =>
      what === 'evidence'
        ? 'Le dossier de preuves a été annulé ; rien n\u2019a été enregistré.'
        : 'L\u2019export du paquet de données a été annulé ; rien n\u2019a été enregistré.',
    saved: (what, encrypted) =>
      what === 'evidence'
        ? 'Dossier de preuves enregistré.'
        : encrypted
          ? 'Paquet de données chiffré enregistré.'
          : 'Paquet de données enregistré.',
    file: 'Fichier',
    sha256: 'SHA-256',
    size: 'Taille',
  },

  signIn: {
    title: 'Connexion au registre d’équipe',
    intro: (register) =>
      `Le registre est partagé sur un serveur PostgreSQL (${register}). Saisissez le mot de passe de votre identifiant pour l’ouvrir ; il reste en mémoire seulement, tant que la fenêtre est ouverte.`,
    password: 'Mot de passe',
    submit: 'Se connecter',
    busy: 'Connexion…',
    wrong: 'Mot de passe incorrect. Vérifiez-le et réessayez.',
    empty: 'Saisissez le mot de passe.',
  },

  team: {
    badge: (member) => `Registre d’équipe · connecté en tant que ${member}`,
    mine: 'Mes dossiers',
  },

  openRegister: {
    title: 'Registre',
    current: (name) => `Cette fenêtre travaille sur ${name}.`,
    label: 'Ouvrir un autre registre',
    hint: 'Le chemin complet d’un fichier de registre, ou l’adresse d’un registre d’équipe : postgres://VOTRE-IDENTIFIANT@SERVEUR/BASE. Votre mot de passe est demandé, jamais conservé. La fenêtre le rouvre au prochain démarrage.',
    open: 'Ouvrir',
    opening: 'Ouverture…',
  },

  unlock: {
    title: 'Casebook est verrouillé',
    intro: 'Le registre est chiffré. Saisissez sa phrase secrète pour l\u2019ouvrir.',
    passphrase: 'Phrase secrète',
    submit: 'Déverrouiller',
    busy: 'Déverrouillage…',
    wrong: 'Phrase secrète incorrecte. Vérifiez-la et réessayez.',
    empty: 'Saisissez la phrase secrète.',
    idleLocked: (minutes) => `Verrouillé après ${minutes} ${pl(minutes, 'minute', 'minutes')} sans activité.`,
  },

  newPassphrase: {
    title: 'Protéger le registre par une phrase secrète',
    intro:
      'Le registre est chiffré sur le disque avec une phrase secrète de votre choix. Personne ne peut l\u2019ouvrir sans elle, et personne ne peut récupérer les données si elle est perdue : conservez-la en lieu sûr.',
    passphrase: 'Phrase secrète',
    repeat: 'Répétez la phrase secrète',
    strength: { weak: 'Faible', fair: 'Moyenne', strong: 'Forte' },
    strengthLabel: 'Robustesse',
    mismatch: 'Les deux phrases secrètes diffèrent.',
    submit: 'Créer un registre chiffré',
    busy: 'Création…',
    plainToggle: 'Continuer sans chiffrement…',
    plainWarning:
      'Sans chiffrement, quiconque peut lire le fichier sur cet ordinateur, ou une copie de celui-ci, peut lire chaque demande, chaque nom et chaque document qu\u2019il contient. Vous pourrez le chiffrer plus tard en ligne de commande (casebook encrypt).',
    plainConfirm: 'Créer un registre non chiffré',
    plainCancel: 'Utiliser finalement une phrase secrète',
    encryptTitle: 'Chiffrer ce registre',
    encryptIntro:
      'Ce registre n\u2019est pas chiffré : quiconque peut lire le fichier peut lire chaque demande qu\u2019il contient. Choisissez une phrase secrète pour le chiffrer ; la fenêtre se verrouille ensuite avec elle. Personne ne peut récupérer les données si la phrase secrète est perdue.',
    encryptSubmit: 'Chiffrer le registre',
  },

  start: {
    loading: 'Ouverture du registre…',
    errorTitle: 'Le registre n\u2019a pas pu être ouvert',
    retry: 'Réessayer',
    upgradedTitle: 'Ce registre a été mis à jour',
    upgraded: (from: number, fromVersion: string | null, to: number, toVersion: string) =>
      `Casebook ${toVersion} a fait passer ce registre du schéma ${from}${fromVersion ? ` (écrit par Casebook ${fromVersion})` : ''} au schéma ${to}, et l\u2019a consigné dans le journal d\u2019audit.`,
    upgradedKept: 'Auparavant, il a conservé une copie vérifiée du registre tel qu\u2019il était, avec le même chiffrement :',
    upgradedDismiss: 'Compris',
    recomputedTitle: 'Certaines échéances ont été recalculées',
    recomputed: (revision, cases) =>
      `Cette version de Casebook calcule certaines dates autrement (règles de délais, révision ${revision})\u00a0: elle a donc recalculé l\u2019échéance de chaque dossier ouvert à l\u2019ouverture de ce registre. Ont changé, chacun consigné dans le journal d\u2019audit\u00a0: ${cases.join(', ')}.`,
    behindTitle: 'Certaines échéances restent à recalculer',
    behind: (stored) =>
      `Cette version de Casebook calcule certaines dates autrement, et les échéances enregistrées dans ce registre d\u2019équipe relèvent d\u2019une révision plus ancienne des règles de délais (révision ${stored}). Seul le DPO peut les mettre à jour\u00a0: la prochaine fois qu\u2019un membre DPO ouvrira le registre, Casebook les recalculera et le consignera dans le journal d\u2019audit.`,
  },

  welcome: {
    title: 'Bienvenue dans Casebook',
    intro:
      'Casebook tient votre registre des demandes relatives à la vie privée dans un seul fichier sur cet ordinateur, calcule chaque délai légal et l\u2019explique, et consigne chaque étape dans un journal inaltérable. Rien n\u2019est envoyé nulle part.',
    setUp: 'Indiquez d\u2019abord qui reçoit les demandes. Vous pourrez le modifier plus tard dans les Paramètres.',
    submit: 'Commencer à utiliser Casebook',
    database: (path) => `Le registre sera conservé dans ${path}.`,
    demoTitle: 'Ou découvrez d\u2019abord',
    demoIntro:
      'Chargez l\u2019organisation de démonstration (Larkspur Software Ltd) avec son registre des activités de traitement et un ensemble de dossiers fictifs, pour essayer Casebook. Utilisez un registre distinct pour les vraies demandes.',
    demoButton: 'Charger l\u2019organisation de démonstration pour découvrir',
    demoBusy: 'Chargement de la démonstration…',
  },

  organisation: {
    title: 'Organisme',
    name: 'Nom de l\u2019organisme',
    dpoName: 'Délégué à la protection des données',
    dpoEmail: 'Adresse e-mail du DPD',
    postalAddress: 'Adresse postale',
    defaultRegime: 'Loi habituelle',
    defaultRegimeHint: 'Les nouveaux dossiers sont traités selon cette loi, sauf si vous en choisissez une autre.',
    defaultLocation: 'Lieu habituel',
    defaultLocationHint: 'Un code ISO 3166 tel que GB-ENG, GB-SCT, DE-BY, FR, IE ou US-CA : il détermine les jours fériés.',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Un nom IANA tel que Europe/Paris : il détermine quel jour on est « aujourd\u2019hui ».',
    verificationProcess: 'Comment vous vérifiez un demandeur',
    verificationProcessHint:
      'Décrit en termes généraux, comme l\u2019exige l\u2019accusé de réception d\u2019une demande d\u2019accès, d\u2019effacement ou de rectification selon le CCPA (11 CCR §7021(a)), dans chaque langue où vous envoyez ce courrier : Casebook le refuse dans une langue sans description. Videz le texte pour retirer une langue.',
    verificationLanguage: (n: number) => `Langue de la description ${n}`,
    verificationIn: (language: string) => `Comment vous vérifiez un demandeur, en ${language}`,
    verificationAddLanguage: 'Ajouter une autre langue',
    save: 'Enregistrer l\u2019organisme',
    saved: 'Organisme enregistré.',
  },

  dashboard: {
    title: 'Tableau de bord',
    rightDue: (right, due) => `${right}\u00a0: échéance le ${due}`,
    rightAnswered: (right, outcome) => `${right}\u00a0: ${outcome}`,
    today: (date) => `Nous sommes le ${date}.`,
    overdue: 'En retard',
    dueSoon: (days) => `Échéance dans les ${days} prochains jours`,
    awaitingIdentity: 'En attente de justificatif d\u2019identité',
    awaitingClarification: 'En attente de précisions',
    attentionTitle: 'À traiter',
    attentionEmpty: 'Rien n\u2019est en retard ni à échéance dans la semaine à venir.',
    byStatusTitle: 'Dossiers par statut',
    total: (n) => `${n} ${pl(n, 'dossier', 'dossiers')} dans le registre`,
    loading: 'Chargement du tableau de bord…',
    errorTitle: 'Le tableau de bord n\u2019a pas pu être chargé',
    emptyTitle: 'Aucun dossier pour l\u2019instant',
    emptyBody: 'Lorsqu\u2019une demande arrive, enregistrez-la avec le formulaire de nouveau dossier.',
    nextTitle: 'Prochaines actions',
    nextEmpty: 'Aucun dossier ne requiert d\u2019action pour le moment.',
    nextMore: (n) => `et ${n} de plus`,
    perMonthTitle: 'Demandes par mois et par droit',
    perMonthCaption: 'Demandes reçues au cours de chacun des 12 derniers mois, par droit principal',
    perMonthEmpty: 'Aucune demande au cours des 12 derniers mois.',
    onTimeTitle: 'Réponses dans les délais',
    onTimeCaption: 'Part des dossiers répondus chaque mois qui l\u2019ont été avant leur échéance',
    onTimeEmpty: 'Aucun dossier n\u2019a reçu de réponse au cours des 12 derniers mois.',
    month: 'Mois',
    onTimeValue: (onTime, answered) => (answered === 0 ? 'aucune réponse' : `${onTime} sur ${answered}`),
    monthBar: (month, total) => `${month} : ${total} ${pl(total, 'demande', 'demandes')}`,
    legend: 'Droits',
  },

  caseDetail: {
    back: 'Retour aux dossiers',
    loading: 'Chargement du dossier…',
    errorTitle: 'Le dossier n\u2019a pas pu être chargé',
    position: (index, total) => `Dossier ${index} sur ${total}`,
    previous: 'Dossier précédent',
    next: 'Dossier suivant',
    requesterTitle: 'Demandeur',
    emails: 'E-mail',
    address: 'Adresse postale',
    phone: 'Téléphone',
    customerIds: 'Identifiants client',
    dataSubject: 'Pour le compte de',
    subjectBorn: (on) => `né(e) le ${on}`,
    subjectChild: 'un enfant',
    subjectCategory: 'Catégorie',
    requestTitle: 'Demande',
    rights: 'Droits',
    primary: 'principal',
    regime: 'Loi',
    location: 'Lieu',
    channel: 'Reçue par',
    received: 'Reçue le',
    language: 'Langue',
    status: 'Statut',
    outcome: 'Issue',
    closedOn: 'Clos le',
    createdBy: 'Enregistré par',
    assignedTo: 'Attribué à',
    none: '—',
    datesTitle: 'Dates',
    due: 'Réponse due le',
    noDue: {
      running: 'Pas d\u2019échéance',
      paused: 'Pas d\u2019échéance tant que le délai est suspendu',
      'waiting-for-identity':
        'Pas d\u2019échéance tant que le justificatif d\u2019identité n\u2019est pas arrivé : le délai recommence alors',
      stopped: 'Le délai est arrêté : le dossier est terminé',
    },
    clock: {
      running: 'Délai en cours',
      paused: 'Délai suspendu',
      'waiting-for-identity': 'En attente de l\u2019identité',
      stopped: 'Délai arrêté',
    },
    noDueWaitingFor: {
      evidence:
        'Pas d\u2019échéance tant que le justificatif d\u2019identité n\u2019est pas arrivé : le délai recommence alors',
      fee: 'Pas d\u2019échéance tant que les frais ne sont pas réglés : le délai recommence alors',
      'evidence-and-fee':
        'Pas d\u2019échéance tant que le justificatif d\u2019identité et les frais ne sont pas arrivés : le délai recommence alors',
    },
    clockWaitingFor: {
      evidence: 'En attente de l\u2019identité',
      fee: 'En attente des frais',
      'evidence-and-fee': 'En attente de l\u2019identité et des frais',
    },
    why: 'Pourquoi cette date',
    extendedDue: 'Échéance prolongée',
    extensionNoticeBy: 'Informer la personne d\u2019une prolongation avant le',
    acknowledgeBy: 'Accuser réception avant le',
    houseTarget: 'Objectif interne',
    refuseBy: 'Envoyer un refus avant le',
    appealDue: 'Statuer sur le recours avant le',
    appealExtendedDue: 'Recours, si prolongé',
    complaintAcknowledgeBy: 'Accuser réception de la réclamation avant le',
    rulesInForce: 'Règles',
    start: 'Le délai court à partir du',
    calendar: (id) => `Jours fériés : ${id}`,
    perRight: 'Échéance de chaque droit',
    warnings: 'À noter',
    notesTitle: 'Notes',
    notesEmpty: 'Aucune note pour l\u2019instant.',
    noteLabel: 'Nouvelle note',
    addNote: 'Ajouter la note',
    timelineTitle: 'Chronologie',
    timelineEmpty: 'Rien n\u2019a encore été consigné.',
  },

  actions: {
    title: 'Actions à mener',
    closedNote:
      'Ce dossier est clos : rouvrez-le (en indiquant le motif) pour consigner d\u2019autres étapes ou courriers.',
    on: 'Date',
    cancel: 'Annuler',
    requestIdentity: 'Demander un justificatif d\u2019identité',
    requestIdentityHint:
      'Selon certaines lois, le délai est suspendu, ou recommence, jusqu\u2019à l\u2019arrivée du justificatif.',
    askedFor: 'Ce qui a été demandé',
    askedForPlaceholder: 'p. ex. une copie d\u2019une facture d\u2019énergie',
    receiveIdentity: 'Justificatif d\u2019identité reçu',
    askClarification: 'Demander des précisions',
    question: 'Question posée',
    answerClarification: 'Précisions reçues',
    takeExtension: 'Prolonger le délai',
    reason: 'Motif (à communiquer à la personne)',
    notifiedOn: 'Personne informée le',
    noticeLate: (by) =>
      `L\u2019information était due au plus tard le ${by}. Pour consigner tout de même la prolongation, indiquez pourquoi :`,
    overrideReason: 'Motif de l\u2019enregistrement d\u2019une information tardive',
    changeStatus: 'Changer le statut',
    newStatus: 'Nouveau statut',
    closeCase: 'Clore le dossier',
    outcomeLabel: 'Issue',
    closedOnLabel: 'Clos le',
    save: 'Enregistrer',
    done: (what) => `${what} : consigné.`,
    acknowledge: 'Accuser réception',
    ackChannel: 'Accusé de réception par',
    requestAuthority: 'Demander une preuve du mandat',
    requestAuthorityHint:
      'Pour une personne agissant pour le compte de la personne concernée : un mandat signé, une procuration, l\u2019autorité parentale.',
    checkIdentity: 'Consigner la vérification d\u2019identité',
    suggested: (method) => `Vérification suggérée : ${method}`,
    suggestedWhy: 'Pourquoi',
    method: 'Méthode utilisée',
    methodSuggestedTag: '(suggérée)',
    identityOutcome: 'Décision',
    compared: 'Ce qui a été comparé avec quoi',
    comparedPlaceholder: 'p. ex. adresse de l\u2019expéditeur et e-mail du compte',
    rationale: 'Motif de la décision',
    methodOverride: 'Pourquoi une autre méthode que celle suggérée',
    requestFee: 'Exiger des frais',
    feeGround: 'Fondement',
    feeAmount: 'Montant (tel qu\u2019indiqué à la personne)',
    feeAmountPlaceholder: 'p. ex. 10 €',
    feeSource: (source) => `Autorisé par ${source}.`,
    feePaid: 'Frais payés',
    refuse: 'Refuser',
    refusalReason: 'Motif',
    refusalText: 'Les motifs en toutes lettres, tels que la personne les lira',
    refusalSource: (source) => `Motifs admis par cette loi : ${source}.`,
    complaintTo: 'Le refus mentionne le droit d\u2019introduire une réclamation auprès de',
    complaintUnknown:
      'Aucune autorité de contrôle n\u2019est connue pour ce lieu : le refus mentionne « l\u2019autorité de contrôle ».',
    withdraw: 'Demande retirée',
    withdrawHow: 'Comment la personne a retiré sa demande (facultatif)',
    withdrawHowPlaceholder: 'p. ex. e-mail du 3 nov.',
    respond: 'Réponse envoyée',
    respondChannel: 'Envoyée par',
    respondWhat: 'Ce qui a été envoyé',
    respondWhatPlaceholder: 'p. ex. copie des données en PDF, lettre d\u2019accompagnement',
    nextTitle: 'Ensuite',
    reopen: 'Rouvrir',
    reopenReason: 'Pourquoi le dossier est rouvert',
    reopenHint: 'Conservé dans le dossier et dans le journal d\u2019audit. Le dossier repasse « en cours ».',
    recordAppeal: 'Consigner un recours',
    appealOn: 'Recours reçu le',
    appealHint: 'La décision est due à la date fixée par la loi de l\u2019État (voir Dates).',
    decideAppeal: 'Consigner la décision sur le recours',
    appealOutcome: 'Décision',
    appealText: 'Les motifs, tels qu\u2019ils sont communiqués au consommateur',
    appealOutcomes: {
      upheld: 'Rejeté (la réponse est maintenue)',
      reversed: 'Décision infirmée',
      partly: 'Décision partiellement infirmée',
    },
    recordComplaint: 'Consigner une réclamation',
    complaintName: 'Auteur de la réclamation',
    complaintReceived: 'Réclamation reçue le',
    complaintChannel: 'Reçue par',
    complaintSummary: 'Objet de la réclamation',
    complaintOpened: (reference) => `Réclamation ${reference} ouverte.`,
    openComplaint: (reference) => `Ouvrir ${reference}`,
    answerComplaint: 'Consigner la réponse',
    complaintOutcome: 'Conclusion',
    complaintText: 'Ce qui a été constaté et ce qui a été fait',
    complaintOutcomes: { upheld: 'Fondée', 'partly-upheld': 'Partiellement fondée', 'not-upheld': 'Non fondée' },
  },

  letters: {
    title: 'Courriers',
    intro:
      'Rédigez un courrier à partir des éléments du dossier : c\u2019est un brouillon à relire, consigné comme correspondance seulement lorsque vous le marquez comme envoyé.',
    kind: 'Courrier',
    language: 'Langue',
    languageCase: 'La langue de la demande (sinon celle de l\u2019organisation, sinon l\u2019anglais)',
    make: 'Rédiger le courrier',
    making: 'Rédaction du courrier…',
    made: (title) => `${title} : brouillon créé. Relisez-le, puis marquez-le comme envoyé ou supprimez-le.`,
    drafts: 'Brouillons à envoyer',
    draftNo: (id) => `Brouillon ${id}`,
    dated: (date) => `daté du ${date}`,
    sentOn: 'Envoyé le',
    sentOnNeeded: 'Indiquez le jour de l\u2019envoi.',
    sentBy: 'Envoyé par',
    channel: {
      email: 'E-mail',
      letter: 'Courrier postal',
      'web-form': 'Formulaire web',
      'in-person': 'En personne',
      phone: 'Téléphone',
      other: 'Autre',
    },
    markSent: 'Marquer comme envoyé',
    discard: 'Supprimer le brouillon',
    sent: (title, on) => `${title} : consigné comme envoyé le ${on}.`,
    discarded: (title) => `${title} : brouillon supprimé.`,
    savePdf: 'Enregistrer le PDF…',
    saveEml: 'Enregistrer comme brouillon d\u2019e-mail…',
    openPdf: 'Ouvrir dans la visionneuse',
    showText: 'Afficher le texte',
    hideText: 'Masquer le texte',
    saved: (path) => `Enregistré dans ${path}.`,
    pages: (n) => `${n} ${pl(n, 'page', 'pages')}`,
    hash: 'SHA-256',
    textOf: (title) => `Texte de ${title}`,
  },

  documents: {
    title: 'Documents',
    intro:
      'Tous les fichiers conservés dans le dossier. Les fichiers sont vérifiés d\u2019après leur contenu, non d\u2019après leur nom : seuls les PDF, les images et le texte brut s\u2019ouvrent dans votre visionneuse ; enregistrez les autres et examinez-les avec prudence.',
    empty: 'Aucun fichier n\u2019est encore conservé dans ce dossier.',
    file: 'Fichier',
    role: 'Nature',
    type: 'Type de fichier',
    size: 'Taille',
    added: 'Ajouté le',
    hash: 'SHA-256',
    actions: 'Actions possibles',
    unnamed: '(sans nom)',
    declared: (type) => `déclaré comme ${type}`,
    copyHash: (name) => `Copier le SHA-256 de ${name}`,
    copy: 'Copier',
    copied: 'SHA-256 copié.',
    save: 'Enregistrer sous…',
    saveOf: (name) => `Enregistrer ${name} sous…`,
    open: 'Ouvrir',
    openOf: (name) => `Ouvrir ${name} dans la visionneuse du système`,
    saved: (path) => `Enregistré dans ${path}.`,
    opened: (name) => `${name} ouvert dans la visionneuse du système.`,
    roles: {
      evidence: 'Message d\u2019origine',
      attachment: 'Pièce jointe',
      scan: 'Courrier numérisé',
      identity: 'Pièce d\u2019identité',
      letter: 'Courrier envoyé',
      'evidence-pack': 'Dossier de preuves',
    },
    kinds: {
      pdf: 'PDF',
      png: 'Image PNG',
      jpeg: 'Image JPEG',
      gif: 'Image GIF',
      webp: 'Image WebP',
      text: 'Texte brut',
      markup: 'HTML ou balisage',
      email: 'E-mail',
      executable: 'Programme ou script',
      archive: 'Archive ou document Office',
      'ole-document': 'Ancien document Office ou message Outlook',
      unknown: 'Non reconnu',
    },
    notOpened: {
      markup: 'Non ouvert : le HTML peut exécuter des scripts et charger du contenu distant.',
      email: 'Non ouvert : un logiciel de messagerie chargerait son contenu distant.',
      executable: 'Non ouvert : il s\u2019agit d\u2019un programme ou d\u2019un script.',
      archive: 'Non ouvert : les archives et les documents Office peuvent contenir des macros ou des programmes.',
      'ole-document': 'Non ouvert : les anciens documents Office peuvent contenir des macros.',
      unknown: 'Non ouvert : son type n\u2019est pas reconnu d\u2019après son contenu.',
    },
  },

  correspondence: {
    title: 'Correspondance',
    empty: 'Aucun message ni courrier pour l\u2019instant.',
    in: 'Reçu',
    out: 'Envoyé',
    untitled: '(sans objet)',
    direction: { in: 'Reçu', out: 'Envoyé' },
    withdrawn: (on, by, reason) => `Retiré le ${on} par ${by} : ${reason}`,
    withdraw: 'Retirer…',
    withdrawReason: 'Pourquoi il est retiré',
    confirmWithdraw: 'Marquer comme retiré',
    cancel: 'Annuler',
  },

  importing: {
    title: 'Importer des e-mails',
    intro:
      'Choisissez des fichiers .eml, .msg ou .mbox, ou déposez-les n\u2019importe où dans cette fenêtre. Chaque message devient un nouveau dossier, ou est classé dans le dossier auquel il répond.',
    pick: 'Choisir des fichiers…',
    running: 'Importation…',
    progress: (done) => `${done} ${pl(done, 'message lu', 'messages lus')}`,
    cancel: 'Annuler l\u2019importation',
    cancelling: 'Annulation…',
    created: 'Nouveaux dossiers',
    filed: 'Réponses classées',
    skipped: 'Déjà importés',
    failed: 'Erreurs',
    finished: 'Importation terminée.',
    cancelled: 'Importation annulée : les messages déjà lus restent importés.',
    resultsTitle: 'Résultats',
    file: 'Fichier',
    message: 'Message',
    outcome: 'Résultat',
    createdRow: (reference) => `Nouveau dossier ${reference}`,
    duplicateOf: (refs) => `doublon possible de ${refs}`,
    filedRow: (reference, reason) => `Classé dans ${reference} (${reason})`,
    skippedRow: (reference, reason) => `Ignoré : ${reason} (${reference})`,
    failedRow: (error) => `Erreur : ${error}`,
    openCase: (reference) => `Ouvrir ${reference}`,
    refused: 'L\u2019importation n\u2019a pas démarré',
    openedTitle: (names) =>
      names.length === 1
        ? `Importer \u00ab\u00a0${names[0]}\u00a0\u00bb comme nouvelle demande ?`
        : `Importer ${names.length} fichiers comme nouvelles demandes ?`,
    openedHint: (names) =>
      `Casebook a été ouvert avec ${names.length === 1 ? 'ce fichier' : names.join(', ')}. Une réponse à un dossier déjà présent dans le registre est classée dans ce dossier.`,
    openedImport: 'Importer',
    openedCancel: 'Annuler',
  },

  timeline: {
    clock: {
      'identity-requested': 'Justificatif d\u2019identité demandé',
      'identity-received': 'Justificatif d\u2019identité reçu',
      'clarification-asked': 'Précisions demandées',
      'clarification-answered': 'Précisions reçues',
      'extension-taken': 'Délai prolongé',
      acknowledged: 'Réception accusée',
      'identity-checked': 'Identité vérifiée',
      'identity-document-deleted': 'Pièce d\u2019identité supprimée (conservation)',
      'fee-requested': 'Frais exigés',
      'fee-paid': 'Frais payés',
      refused: 'Demande refusée',
      withdrawn: 'Demande retirée',
      'response-sent': 'Réponse envoyée',
      'appeal-received': 'Recours reçu',
      'appeal-decided': 'Recours tranché',
      'complaint-answered': 'Réclamation traitée',
    },
    effective: (date) => `avec effet au ${date}`,
    detail: {
      asked_for: 'Demandé',
      question: 'Question posée',
      reason: 'Motif',
      notified_on: 'Personne informée le',
      override_reason: 'Information tardive consignée car',
      method_override: 'Pourquoi une autre méthode que celle suggérée',
      channel: 'Par',
      ground: 'Motif',
      amount: 'Montant',
      text: 'Texte',
      method: 'Méthode',
      suggested_method: 'Méthode suggérée',
      outcome: 'Décision',
      compared: 'Comparé',
      decided_by: 'Décidé par',
      rationale: 'Justification',
      how: 'Comment',
      what: 'Ce qui a été envoyé',
      file: 'Fichier',
      sha256: 'SHA-256',
      size: 'Taille',
      encrypted: 'Chiffré',
      records: 'Enregistrements',
      files: 'Fichiers',
    },
    action: {
      'case.created': 'Dossier enregistré',
      'case.updated': 'Dossier modifié',
      'case.closed': 'Dossier clos',
      'case.received-corrected': 'Date de réception corrigée',
      'data.imported': 'Données importées d\u2019un système',
      'data.redacted': 'Données occultées de la réponse',
      'document.added': 'Document ajouté',
      'document.deleted': 'Document supprimé',
      'package.exported': 'Paquet de données exporté',
      'search.recorded': 'Recherche dans un système consignée',
      'case.reopened': 'Dossier rouvert',
      'note.added': 'Note ajoutée',
      'letter.drafted': 'Courrier rédigé',
      'letter.sent': 'Courrier envoyé',
      'letter.discarded': 'Brouillon supprimé',
      'correspondence.withdrawn': 'Correspondance retirée',
      'right.answered': 'Réponse à un droit consignée',
      'action.recorded': 'Mesure consignée',
      'recipient.notified': 'Destinataire informé',
      'right.corrected': 'Réponse à un droit corrigée',
      'case.deleted': 'Dossier supprimé (conservation)',
    },
    /** Une action journalisée sans libellé propre : son code en toutes lettres. */
    actionWords: (action) => {
      const words = action.replace(/[._-]+/g, ' ').trim();
      return words.charAt(0).toUpperCase() + words.slice(1);
    },
    recomputed: 'Échéance recalculée',
    recomputedFor: {
      'holidays.imported': 'Échéance recalculée\u00a0: calendrier des jours fériés importé',
      'policy.changed': 'Échéance recalculée\u00a0: règles de délais modifiées',
    },
    note: 'Note',
    by: (actor) => `par ${actor}`,
    authorityRequested: 'Justificatif du mandat demandé',
    complaintTo: (authority) => `Droit de réclamation auprès de\u00a0: ${authority}`,
    keptFor: (days, decided) =>
      `Les pièces d\u2019identité sont conservées ${days} jour${days === 1 ? '' : 's'} après la décision sur l\u2019identité (${decided})`,
    keptForUndecided: (days) =>
      `Les pièces d\u2019identité sont conservées ${days} jour${days === 1 ? '' : 's'} après la décision sur l\u2019identité`,
    yes: 'oui',
    no: 'non',
    line: (label, value) => `${label}\u00a0: ${value}`,
    field: {
      status: 'Statut',
      due: 'Échéance',
      regime: 'Loi',
      location: 'Lieu',
      rights: 'Droits',
      channel: 'Reçue par',
      received: 'Reçue le',
      requester: 'Demandeur',
      outcome: 'Issue',
      closed_on: 'Clos le',
      language: 'Langue',
      subject_category: 'Catégorie',
      data_subject: 'Pour le compte de',
      kind: 'Type',
      concerns: 'Concerne',
      received_at: 'Reçue à',
      intake: 'Données d\u2019import',
      name: 'Nom',
      emails: 'Adresses e-mail',
      postal_address: 'Adresse postale',
      phone: 'Téléphone',
      customer_ids: 'Numéros de client',
      date_of_birth: 'Date de naissance',
      relationship: 'Lien',
      birth_date: 'Date de naissance',
      child: 'Enfant',
      right: 'Droit',
      ground: 'Motif',
      detail: 'Exception ou motif',
      by: 'Réponse de',
      on: 'Réponse du',
      reason: 'Motif de la correction',
    },
  },

  newCase: {
    title: 'Nouveau dossier',
    intro: 'Enregistrez une demande arrivée par courrier, par téléphone, par formulaire web ou par e-mail.',
    fromEmail:
      'Une demande par e-mail ? Importez plutôt le message, dont l\u2019original sera conservé comme preuve :',
    requesterTitle: 'Qui fait la demande',
    name: 'Nom',
    emails: 'Adresses e-mail',
    emailsHint: 'Une par ligne.',
    address: 'Adresse postale',
    phone: 'Téléphone',
    customerIds: 'Numéros client ou noms de compte',
    customerIdsHint: 'Un par ligne.',
    requestTitle: 'La demande',
    channel: 'Reçue par',
    received: 'Reçue le',
    rights: 'Droits exercés',
    rightsHint: 'Cochez chaque droit ; le premier coché est le droit principal.',
    order: 'Ordre',
    makePrimary: (right) => `Faire de ${right} le droit principal`,
    moveUp: 'Monter',
    regime: 'Loi',
    regimeDefault: (label) => `Habituelle : ${label}`,
    location: 'Lieu',
    locationHint: (code) => `Code ISO 3166 ; laissez vide pour celui de l\u2019organisme (${code}).`,
    language: 'Langue de la demande',
    languageHint: 'Code ISO 639-1, p. ex. en, de, fr.',
    note: 'Première note',
    submit: 'Enregistrer la demande',
    saving: 'Enregistrement…',
    errorTitle: 'La demande n\u2019a pas été enregistrée',
  },

  settings: {
    title: 'Paramètres',
    policyTitle: 'Règles de délais',
    policyIntro:
      'Un objectif interne est une date interne, en jours calendaires à compter du début, affichée à côté de l\u2019échéance légale ; il ne la remplace jamais.',
    houseTarget: (regime) => `Objectif interne pour ${regime} (jours)`,
    californiaHolidays: 'Compter les jours fériés de l\u2019État de Californie comme jours non ouvrés pour le CCPA',
    savePolicy: 'Enregistrer les règles de délais',
    policySaved: (moved) =>
      moved === 0
        ? 'Règles de délais enregistrées.'
        : `Règles de délais enregistrées ; ${moved} ${pl(moved, 'dossier ouvert a', 'dossiers ouverts ont')} une nouvelle échéance.`,
    calendarsTitle: 'Calendriers des jours fériés',
    calendarsIntro:
      'Les calendriers fournis couvrent les années indiquées ; les autres années sont calculées à partir des règles. Importez un fichier bank-holidays.json plus récent de gov.uk ou un fichier iCalendar (.ics) pour en mettre un à jour.',
    columns: { name: 'Calendrier', id: 'Identifiant', source: 'Source', years: 'Données pour' },
    showHolidays: (name) => `Afficher les jours fériés de ${name}`,
    year: 'Année',
    holidaysOf: (name, year) => `${name}, ${year}`,
    computed: 'calculé à partir des règles',
    importTitle: 'Importer un fichier de calendrier',
    importCalendar: 'Calendrier mis à jour par un fichier .ics',
    importCalendarNone: 'Aucun (un fichier JSON de gov.uk indique le sien)',
    importAdd: 'Ajouter les jours du fichier (fermetures de l\u2019entreprise) au lieu de remplacer les années qu\u2019il couvre',
    importButton: 'Choisir un fichier et importer…',
    imported: (file, moved) =>
      `${file} importé.` +
      (moved > 0 ? ` ${moved} ${pl(moved, 'dossier ouvert a', 'dossiers ouverts ont')} une nouvelle échéance.` : ''),
    loading: 'Chargement des paramètres…',
    lockTitle: 'Verrouillage',
    lockIntro:
      'La fenêtre se verrouille d\u2019elle-même après ce nombre de minutes sans activité du clavier ou de la souris ; la phrase secrète la rouvre. 0 : jamais.',
    lockMinutes: 'Verrouiller après (minutes)',
    saveLock: 'Enregistrer le délai de verrouillage',
    lockInvalid: (text) =>
      `Délai de verrouillage «\u00a0${text}\u00a0» non valable\u00a0: un nombre entier de minutes est attendu (0\u00a0: jamais)`,
    houseTargetInvalid: (text, regime) =>
      `Objectif interne «\u00a0${text}\u00a0» non valable pour ${regime}\u00a0: un nombre entier de jours est attendu`,
    lockSaved: (minutes) =>
      minutes === 0
        ? 'La fenêtre ne se verrouillera pas d\u2019elle-même.'
        : `La fenêtre se verrouille après ${minutes} ${pl(minutes, 'minute', 'minutes')} sans activité.`,
    lockPlain: 'Ce registre n\u2019est pas chiffré : verrouiller la fenêtre ne le protégerait pas.',
    encrypted:
      'Le registre est chiffré. La fenêtre se verrouille désormais après le délai ci-dessous, ou avec Verrouiller (Ctrl+L).',
    languageTitle: 'Langue',
    languageLabel: 'Langue de l\u2019application',
    languageSystem: (name) => `Système (${name})`,
    languageHint:
      'Les dates et les nombres suivent aussi la langue. Ce choix vaut pour cet utilisateur sur cet ordinateur.',
    saveLanguage: 'Enregistrer la langue',
    languageReload: 'L\u2019enregistrement recharge la fenêtre dans la nouvelle langue.',
    aboutTitle: 'À propos de Casebook',
    version: (version) => `Casebook ${version}`,
    registerAt: (path) => `Registre : ${path}`,
  },

  letterTemplates: {
    title: 'Modèles de courrier',
    intro:
      'Les courriers sont rédigés à partir de modèles fournis en anglais, allemand, français, espagnol, italien, néerlandais, portugais et polonais. Pour employer vos propres formulations, personnalisez un modèle : Casebook le copie dans le dossier ci-dessous, où vous le modifiez avec n\u2019importe quel éditeur de texte. Les courriers utilisent ensuite votre copie.',
    introTeam:
      'Les courriers sont rédigés à partir de modèles fournis en anglais, allemand, français, espagnol, italien, néerlandais, portugais et polonais, ou des formulations propres à votre organisation là où elle en a fixé.',
    folder: 'Vos propres modèles sont conservés dans',
    openFolder: 'Ouvrir le dossier',
    loading: 'Vérification des modèles…',
    caption: 'Le modèle utilisé par chaque courrier, par langue',
    kind: 'Courrier',
    closing: 'Formule de politesse et signature (tous les courriers)',
    languageName: { en: 'anglais', de: 'allemand', fr: 'français' },
    builtIn: 'Fourni',
    own: 'Le vôtre',
    setBy: (who, on) => `par ${who} le ${on}`,
    problem: 'Le vôtre : comporte un problème',
    customise: (kind, language) => `Personnaliser « ${kind} » en ${language}`,
    customiseShort: 'Personnaliser',
    open: (kind, language) => `Ouvrir votre « ${kind} » en ${language}`,
    openShort: 'Ouvrir',
    restore: (kind, language) => `Utiliser de nouveau le modèle fourni « ${kind} » en ${language}`,
    restoreShort: 'Utiliser le modèle fourni',
    confirmRestore: (kind, language) =>
      `Utiliser de nouveau le modèle fourni « ${kind} » en ${language} ? Votre copie n\u2019est pas supprimée : elle est renommée en fichier .bak dans le même dossier.`,
    confirmYes: 'Utiliser de nouveau le modèle fourni',
    cancel: 'Annuler',
    customised: (path) => `Votre copie se trouve dans ${path}. Modifiez-la là ; le prochain courrier l\u2019utilisera.`,
    restored: (path) => `Le modèle fourni est de nouveau utilisé. Votre copie a été conservée sous ${path}.`,
    inRegister:
      'Ce registre d’équipe conserve lui-même vos propres modèles. Pour en personnaliser un, choisissez un fichier texte contenant sa rédaction (`casebook letter template show KIND --lang L` en ligne de commande affiche le texte en vigueur comme point de départ) ; Casebook le vérifie avant que les courriers l’utilisent. Seul le DPO peut les modifier.',
    replace: (kind, language) => `Remplacer votre ${kind} en ${language} à partir d’un fichier`,
    replaceShort: 'Remplacer…',
    confirmRestoreInRegister: (kind, language) =>
      `Utiliser de nouveau le modèle fourni ${kind} en ${language} ? Votre texte n’est pas supprimé : le registre le conserve.`,
    keptInRegister: (template) => `Votre modèle ${template} est conservé dans le registre ; le prochain courrier l’utilisera.`,
    problems: (n) =>
      n <= 1
        ? `${n} de vos modèles comporte un problème : les courriers qui l\u2019utilisent ne peuvent pas être rédigés tant qu\u2019il n\u2019est pas corrigé.`
        : `${n} de vos modèles comportent un problème : les courriers qui les utilisent ne peuvent pas être rédigés tant qu\u2019ils ne sont pas corrigés.`,
    variablesHint: 'Les variables utilisables dans un modèle sont listées dans le README (Letter templates).',
  },

  retentionSettings: {
    title: 'Conservation',
    intro:
      'Casebook supprime ce dont il n\u2019a plus besoin : les pièces d\u2019identité une fois la décision sur l\u2019identité suffisamment ancienne, et les dossiers clos après la durée prévue pour leur issue (une trace de suppression sans données personnelles reste dans le journal d\u2019audit).',
    identityDays: 'Conserver les pièces d\u2019identité (jours après la décision sur l\u2019identité)',
    identityDaysHint: 'La trace de la vérification et l\u2019empreinte du document restent dans le dossier.',
    afterClosure: 'Conserver les dossiers clos après leur clôture, selon l\u2019issue',
    periodHint: 'Une durée telle que 2y, 18m, 2 years ou 6 months (de 1 mois à 50 ans).',
    save: 'Enregistrer les durées de conservation',
    saved: 'Durées de conservation enregistrées.',
  },

  register: {
    title: 'Registre des activités de traitement',
    intro:
      'Les systèmes qui contiennent des données à caractère personnel : de qui, lesquelles, pour quelles finalités et sur quelle base juridique, qui les reçoit, combien de temps elles sont conservées et vers quels pays elles sont transférées. Les réponses aux demandes d\u2019accès le citent, et un dossier ne peut recevoir de réponse qu\u2019une fois chaque système pertinent pour le demandeur consulté.',
    loading: 'Chargement du registre…',
    empty: 'Le registre ne contient encore aucun système. Ajoutez-en un, ou importez un fichier de registre.',
    count: (n) => `${n} ${pl(n, 'système', 'systèmes')}`,
    add: 'Ajouter un système',
    import: 'Importer un fichier de registre…',
    export: 'Exporter le registre…',
    imported: (file, n, replaced) =>
      `${file} importé : ${n} ${pl(n, 'système', 'systèmes')} (en remplacement de ${replaced}).`,
    exported: (path) => `Registre enregistré sous ${path}.`,
    importReplaces: 'L\u2019import d\u2019un fichier remplace tout le registre ; un fichier comportant un problème ne change rien.',
    editShort: 'Modifier',
    removeShort: 'Retirer',
    edit: (name) => `Modifier ${name}`,
    remove: (name) => `Retirer ${name}`,
    confirmRemove: (name) =>
      `Retirer ${name} du registre ? Les recherches déjà consignées dans ce système restent dans leurs dossiers.`,
    removed: (name) => `${name} retiré.`,
    saved: (name) => `${name} enregistré.`,
    columns: {
      name: 'Système',
      subjects: 'Données de qui',
      categories: 'Catégories de données',
      purposes: 'Finalités et bases juridiques',
      recipients: 'Destinataires',
      retention: 'Durée de conservation',
      transfers: 'Transferts et garanties',
      sources: 'Sources',
      automated: 'Décisions automatisées',
      actions: 'Actions possibles',
    },
    none: 'Aucun',
    purposeOn: (purpose, basis) => `${purpose} — ${basis}`,
    transferTo: (recipient, country, safeguard) => `${recipient} (${country}) : ${safeguard}`,
    form: {
      addTitle: 'Ajouter un système',
      editTitle: (name) => `Modifier ${name}`,
      id: 'Identifiant court',
      idHint:
        'Lettres minuscules, chiffres et traits d\u2019union (crm, web-analytics) ; les recherches et les imports y font référence, il ne peut donc pas changer.',
      name: 'Nom',
      description: 'Description du système',
      retention: 'Durée de conservation ou critères',
      subjects: 'Données de qui (personnes concernées)',
      categories: 'Catégories de données à caractère personnel',
      sources: 'Provenance des données',
      purposes: 'Finalités et leurs bases juridiques',
      purpose: 'Finalité',
      legalBasis: 'Base juridique',
      addPurpose: 'Ajouter une finalité',
      recipients: 'Destinataires',
      recipientKind: 'Type de destinataire',
      recipientName: 'Qui',
      addRecipient: 'Ajouter un destinataire',
      transfers: 'Transferts vers l\u2019étranger',
      country: 'Pays (code ISO)',
      safeguard: 'Garantie',
      transferRecipient: 'Destinataire',
      addTransfer: 'Ajouter un transfert',
      automated: 'Prise de décision automatisée',
      automatedKind: 'Type',
      automatedDescription: 'Ce qui est décidé',
      automatedLogic: 'Logique sous-jacente',
      automatedConsequences: 'Importance et conséquences',
      addAutomated: 'Ajouter une décision automatisée',
      removeRow: (what, n) => `Retirer ${what.toLowerCase()} ${n}`,
      choose: 'Choisir…',
      own: 'terme personnalisé',
      save: 'Enregistrer le système',
      cancel: 'Annuler',
      problems: 'Le système n\u2019a pas été enregistré :',
    },
  },

  caseData: {
    title: 'Données',
    loading: 'Chargement du journal des recherches…',
    searchTitle: 'Journal des recherches',
    searchIntro:
      'Chaque système du registre susceptible de contenir des données du demandeur, et s\u2019il a été consulté.',
    noRegister:
      'Le registre des activités de traitement ne contient aucun système : aucune recherche n\u2019est donc demandée. Ajoutez les systèmes de l\u2019organisme sous Registre.',
    blocked: (systems) =>
      `La réponse ne peut pas encore être consignée : non consultés : ${systems}. Consignez une recherche dans chacun, ou pourquoi il n\u2019a pas été consulté.`,
    allSearched: 'Chaque système pertinent a une recherche consignée.',
    columns: {
      system: 'Système',
      state: 'Consulté',
      result: 'Résultat ou motif',
      who: 'Qui, quand',
      note: 'Note',
    },
    searched: 'Consulté',
    notSearched: 'Non consulté',
    unsearched: 'Pas encore',
    result: {
      found: 'Trouvé',
      'nothing-found': 'Rien trouvé',
    },
    whoWhen: (by, on) => `${by}, ${on}`,
    recordTitle: 'Consigner une recherche',
    system: 'Système',
    outcome: 'Ce qui s\u2019est passé',
    outcomeFound: 'Consulté : données trouvées',
    outcomeNothing: 'Consulté : rien trouvé',
    outcomeNot: 'Non consulté',
    reason: 'Pourquoi il n\u2019a pas été consulté',
    by: 'Consulté par',
    byHint: 'Laissez vide s\u2019il s\u2019agit de vous.',
    on: 'Le',
    note: 'Note',
    record: 'Consigner la recherche',
    recorded: (system) => `Recherche dans ${system} consignée.`,

    importTitle: 'Importer l\u2019export d\u2019un système',
    importIntro:
      'Un fichier CSV ou JSON qu\u2019un système a exporté au sujet de la personne. Tout le fichier est importé, ou rien si une ligne est défectueuse.',
    importSystem: 'Système',
    importCategories: 'Catégories de données',
    importCategoriesHint: 'Identifiants courts séparés par des virgules, p. ex. contact, financial, online-identifier.',
    importMatch:
      'Ne garder que les enregistrements correspondant à l\u2019e-mail, au nom, au numéro client ou au téléphone du dossier',
    importButton: 'Choisir un fichier et importer…',
    importing: 'Importation…',
    imported: (file, kept, read) => `${file} importé : ${kept} ${pl(kept, 'enregistrement conservé', 'enregistrements conservés')} sur ${read}.`,
    filesTitle: 'Fichiers importés',
    file: (name, system) => `${name} depuis ${system}`,
    fileFacts: (kept, read, categories) =>
      `${kept} ${pl(kept, 'enregistrement conservé', 'enregistrements conservés')} sur ${read} · ${categories}`,
    itemsTitle: 'Enregistrements',
    itemsEmpty: 'Aucun enregistrement importé pour l\u2019instant.',
    itemsCaption: (from, to, total) => `Enregistrements ${from} à ${to} sur ${total}`,
    recordOf: (system, no) => `${system}, enregistrement ${no}`,
    itemId: (id) => `élément ${id}`,
    fieldWithheld: 'occulté',
    matchedBy: 'Correspondance par',
    wholeFile: 'fichier entier conservé',
    previousPage: 'Enregistrements précédents',
    nextPage: 'Enregistrements suivants',
    withheld: 'Occulté',
    redact: 'Occulter…',
    redactTitle: (what) => `Occulter ${what}`,
    redactField: 'Champ',
    redactWholeRecord: 'L\u2019enregistrement entier',
    redactReason: 'Motif',
    redactArticle: 'Article prévoyant l\u2019exception',
    redactNote: 'Note (ce qui est occulté, pour le dossier)',
    redactSave: 'Occulter',
    redactCancel: 'Annuler',
    redacted: 'Occulté ; voir le registre des occultations.',
    scheduleTitle: 'Registre des occultations',
    scheduleEmpty: 'Rien n\u2019est occulté.',
    scheduleColumns: { what: 'Quoi', reason: 'Motif', note: 'Note', who: 'Qui, quand' },
    scheduleRecord: (system, item) => `${system}, élément ${item}`,
    scheduleFile: (system, file) => `${system}, fichier ${file}`,
    scheduleField: (what, field) => `${what}, champ ${field}`,
  },

  redactionReason: {
    'third-party-data': 'Données de tiers',
    'legally-privileged': 'Couvert par le secret professionnel',
    exemption: 'Exception',
    'not-requesters-data': 'Données ne concernant pas le demandeur',
  },

  matchKind: {
    'email-exact': 'e-mail, exact',
    'email-normalised': 'e-mail, normalisé',
    'name-case-insensitive': 'nom, sans tenir compte de la casse',
    'customer-id': 'numéro client',
    'phone-digits': 'téléphone, chiffres',
  },

  identityMethod: {
    none: 'Aucune vérification nécessaire',
    'registered-email': 'La demande provient de l\u2019adresse e-mail connue',
    'account-details': 'Données du compte concordantes',
    'knowledge-questions': 'Questions de sécurité répondues',
    'utility-bill': 'Facture d\u2019énergie ou relevé bancaire',
    'id-document': 'Pièce d\u2019identité vue',
    'signed-authorisation': 'Mandat signé de la personne concernée',
    'power-of-attorney': 'Procuration',
    'parental-responsibility': 'Autorité parentale',
  },

  identityOutcome: {
    verified: 'Vérifiée',
    failed: 'Non vérifiée',
    'not-needed': 'Aucune vérification nécessaire',
  },

  feeGround: {
    'manifestly-unfounded': 'Demande manifestement infondée',
    'manifestly-excessive': 'Demande manifestement excessive (p. ex. répétitive)',
    'further-copies': 'Copies supplémentaires des données',
    'cost-of-access': 'Coût de la communication',
    'disproportionate-effort': 'Effort disproportionné',
  },

  refusalReason: {
    'manifestly-unfounded': 'Manifestement infondée',
    'manifestly-excessive': 'Manifestement excessive',
    exemption: 'Une exception s\u2019applique',
    'identity-not-verified': 'L\u2019identité n\u2019a pas pu être vérifiée',
  },

  nextAction: {
    triage: 'Trier',
    acknowledge: 'Accuser réception',
    'chase-identity': 'Relancer pour le justificatif d\u2019identité',
    'chase-clarification': 'Relancer pour les précisions',
    'chase-fee': 'Relancer pour les frais',
    'check-identity': 'Vérifier l\u2019identité',
    'retry-identity': 'Identité non vérifiée',
    respond: 'Répondre',
    'send-letter': 'Envoyer le courrier',
    'decide-appeal': 'Statuer sur le recours',
    'export-package': 'Exporter le paquet de données',
    close: 'Clore',
  },

  deadlineSaid: {
    list: (items) =>
      items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`,
    addMonths: (months, to) => `+${months} mois\u00a0: ${to}`,
    missingDay: (day) => ` (il n\u2019y a pas de ${day} dans ce mois)`,
    addDays: (days, to) => `+${days} ${days === 1 ? 'jour' : 'jours'}\u00a0: ${to}`,
    addBusinessDays: (days, from, calendar, to) =>
      calendar === null
        ? `+${days} jours ouvrables après le ${from}, hors week-ends\u00a0: ${to}`
        : `+${days} jours ouvrables après le ${from}, hors week-ends et jours fériés (${calendar})\u00a0: ${to}`,
    holiday: (title, day, calendar, source) => `le ${day} est férié, ${title} (${calendar}, ${source})`,
    holidaySource: {
      file: (source) => `d\u2019après ${source}`,
      rules: 'calculé selon les règles\u00a0; aucun fichier de données n\u2019est fourni pour ce calendrier',
      rulesPastData: (year) => `calculé selon les règles\u00a0; aucun fichier de données ne couvre ${year}`,
    },
    holidayMoves: (holiday, next) => `${holiday} → ${next}`,
    skippedHoliday: (holiday) => `non compté\u00a0: ${holiday}`,
    weekend: (day, next) => `le ${day} tombe un week-end → ${next}`,
    workingDay: (day) => `le ${day} est un jour ouvrable`,
    noKnownHoliday: (day, calendar) =>
      `le ${day} n\u2019est ni un week-end ni un jour férié connu (calendrier\u00a0: ${calendar}\u00a0; les jours fériés de ce lieu ne sont pas tous connus, voir la remarque)`,
    due: (on) => `échéance le ${on}`,
    weekendStays: (day, regime) =>
      `le ${day} tombe un week-end\u00a0: selon ${regime}, un délai en jours n\u2019est pas reporté après le week-end, la date reste donc inchangée (le jour ouvrable précédent est le plus sûr)`,
    received: (on) => `reçue le ${on}`,
    rulesInForce: (received, from, law, source) =>
      `règles applicables\u00a0: reçue le ${received}, à partir du ${from}\u00a0: calculé selon ${law} (${source})`,
    rulesBeforeNext: (received, next, nextFrom, law, source) =>
      `règles applicables\u00a0: reçue le ${received}, avant l\u2019entrée en vigueur de ${next} le ${nextFrom}\u00a0: calculé selon ${law} (${source})`,
    notYetInForce: (received, law, from) =>
      `reçue le ${received}, avant l\u2019entrée en vigueur de ${law} le ${from}\u00a0: la loi ne donne à cette demande aucun délai légal, et Casebook n\u2019emprunte pas celui d\u2019une autre`,
    complaintRulesInForce: (received, from) =>
      `règles applicables\u00a0: réclamation reçue le ${received}, à partir du ${from}`,
    identityAwaited: {
      evidence: (asked) =>
        `en attente depuis le ${asked} du justificatif d\u2019identité (ou de la preuve du mandat)\u00a0: le délai repart le jour de sa réception, il n\u2019y a donc pas d\u2019échéance d\u2019ici là`,
      fee: (asked) =>
        `en attente depuis le ${asked} des frais demandés\u00a0: le délai repart le jour de leur paiement, il n\u2019y a donc pas d\u2019échéance d\u2019ici là`,
      'evidence-and-fee': (asked) =>
        `en attente depuis le ${asked} du justificatif d\u2019identité (ou de la preuve du mandat) et des frais\u00a0: le délai repart le jour où le dernier des deux est reçu, il n\u2019y a donc pas d\u2019échéance d\u2019ici là`,
    },
    identityAsked: (asked) => `justificatif d\u2019identité demandé le ${asked}`,
    clockRestarted: (on) => `délai reparti le ${on}, à la réception du justificatif d\u2019identité`,
    identityRunsOn: (asked, regime) =>
      `vérification d\u2019identité demandée le ${asked}\u00a0: selon ${regime}, elle ne suspend ni ne relance le délai`,
    stateRule: (state, rule) => ` (${state}\u00a0: ${rule})`,
    clarificationRunsOn: (asked, regime) =>
      `précisions demandées le ${asked}\u00a0: selon ${regime}, elles ne suspendent pas le délai`,
    goesAheadWithoutIdentity: (right, why) =>
      `${right}\u00a0: traité sans attendre la preuve d\u2019identité (ou de mandat, ou des frais), si bien que les demander ne déplace pas son échéance (motif\u00a0: ${why})`,
    clarificationAccessOnly: (right) =>
      `${right}\u00a0: une demande de précisions ne suspend le délai que pour une demande d\u2019accès au titre de l\u2019art. 15 (UK GDPR art. 12A(5)\u00a0; avant le 5 février 2026, les lignes directrices de l\u2019ICO sur le droit d\u2019accès)\u00a0: le délai de ce droit continue de courir`,
    cause: {
      clarification: 'demande de précisions',
      'identity-verification': 'vérification d\u2019identité',
    },
    pauseBeforeRestart: (causes, from, to) =>
      `${causes} du ${from} au ${to}, avant que le délai ne reparte\u00a0: non comptée`,
    pauseAfterEnd: (causes, from) => `${causes} le ${from}, après la fin du délai\u00a0: non comptée`,
    paused: (days, causes, from, to, end) =>
      `délai suspendu ${days === 1 ? '1 jour' : `${days} jours`} pour ${causes} (du ${from} au ${to}) → ${end}`,
    pausedOpen: (days, causes, from, to, end) =>
      `délai suspendu ${days === 1 ? '1 jour' : `${days} jours`} jusqu\u2019ici pour ${causes} (depuis le ${from}, toujours sans réponse\u00a0; compté jusqu\u2019au ${to}) → ${end}\u00a0; la date recule chaque jour où la réponse se fait attendre`,
    periodCanSpam: (right, days, regime) =>
      `${right}\u00a0: une demande de ne plus recevoir de courriels publicitaires doit être satisfaite dans les ${days} jours ouvrables suivant sa réception selon la loi fédérale CAN-SPAM Act (15 U.S.C. §7704(a)(4)(A)(i)\u00a0; jours ouvrables au sens de 16 C.F.R. §316.2\u00a0: seuls les jours fériés fédéraux comptent), plus tôt que ne le permettrait ${regime}`,
    periodGdprDeactivate: (right, source) =>
      `${right}\u00a0: en substance une demande de limitation du traitement (art. 18), une opposition (art. 21), un effacement (art. 17) ou un retrait du consentement (art. 7(3))\u00a0; pas de délai propre, le délai d\u2019un mois de l\u2019art. 12(3) est donc le plus tard (${source})`,
    periodGdprPreferences: (right, marketingLaw, source) =>
      `${right}\u00a0: un retrait du consentement (art. 7(3)) ou une opposition à la prospection (art. 21(2)–(3))\u00a0; les préférences de prospection doivent être respectées sans tarder (${marketingLaw}), et le délai d\u2019un mois de l\u2019art. 12(3) est le plus tard (${source})`,
    periodGdprMarketing: (right) =>
      `${right}\u00a0: le même délai d\u2019un mois que pour tout droit selon l\u2019art. 12(3) (la prospection doit cesser dès que possible\u00a0; un mois est le plus tard)`,
    periodOneMonth: (right, source) => `${right}\u00a0: un mois à compter de la réception (${source})`,
    periodCcpaStop: (right, days) =>
      `${right}\u00a0: à exécuter dans les ${days} jours ouvrables (11 CCR §7026(f) pour l\u2019opposition à la vente ou au partage, §7027(g) pour la limitation des données sensibles\u00a0; les autres demandes de cessation sont traitées de même)`,
    periodCcpa: (right, days) => `${right}\u00a0: répondre dans les ${days} jours calendaires (11 CCR §7021(b))`,
    periodState: (right, days, law, section) =>
      `${right}\u00a0: ${days} jours calendaires à compter de la réception (${law}, ${section})`,
    periodNoneOfItsOwn: (right, regime, days, source) =>
      `${right}\u00a0: pas de délai propre selon ${regime}\u00a0; les ${days} jours calendaires à compter de la réception que la loi donne à une demande (${source}) sont le plus tard`,
    periodDays: (right, days, source) => `${right}\u00a0: ${days} jours calendaires à compter de la réception (${source})`,
    periodOther: (right, period, source) => `${right}\u00a0: ${period} (${source})`,
    period: {
      months: (n) => `${n} mois`,
      days: (n) => `${n} ${n === 1 ? 'jour' : 'jours'}`,
      'business-days': (n) => `${n} ${n === 1 ? 'jour ouvrable' : 'jours ouvrables'}`,
    },
    noStatute: (right, law, section, givenFrom) =>
      `${right}\u00a0: ce n\u2019est pas un droit selon ${law}${
        section && givenFrom
          ? ` pour une demande reçue avant le ${givenFrom} (${section} le donne à partir de ce jour)`
          : section
            ? ` (${section})`
            : ''
      }, et aucune loi ne fixe de délai\u00a0: toute date n\u2019est que l\u2019objectif interne de l\u2019organisation`,
    noStatuteCanSpam:
      '\u00a0; lorsque le changement met fin à des courriels commerciaux, CAN-SPAM (15 U.S.C. §7704(a)(4)(A)) interdit tout envoi plus de 10 jours ouvrables après la demande\u00a0: enregistrez aussi cette partie comme une désinscription',
    houseTargetOnly: (on) => `objectif interne le ${on} (pas de délai légal)`,
    noHouseTarget: (regime) =>
      `aucun objectif interne n\u2019est fixé pour ${regime}, ce droit n\u2019a donc pas de date (fixez-en un dans les paramètres des délais)`,
    houseTarget: (days, from) =>
      `objectif interne\u00a0: ${days === 1 ? '1 jour' : `${days} jours`} à compter du ${from} (un objectif interne, pas le délai légal)`,
    houseTargetIsDue: (regime) =>
      `selon ${regime}, aucune loi ne fixe de délai pour ces droits\u00a0: l\u2019échéance est l\u2019objectif interne de l\u2019organisation`,
    extensionNotice: (by) =>
      `si le délai est prolongé (demande complexe ou demandes multiples), la personne doit en être informée, avec les motifs, au plus tard le ${by}`,
    extensionMonths: (months, start) =>
      `prolongation\u00a0: ${months} mois à compter du début du délai, le ${start} (et non un mois puis deux de plus)`,
    extensionDays: (days) => `prolongation\u00a0: ${days} jours à compter de la réception`,
    extensionState: (extraDays, days, firstDays, section) =>
      `prolongation\u00a0: une fois, de ${extraDays} jours de plus, à ${days} jours à compter de la réception, avec notification et motif dans les ${firstDays} premiers jours (${section})`,
    noExtension: (regime, recordReason) =>
      `la prolongation a été enregistrée, mais ${regime} ne prévoit pas de prolongation pour ces droits\u00a0: l\u2019échéance reste celle calculée${recordReason ? ' (consignez le motif si la réponse est tardive)' : ''}`,
    lateNotice: (told, by) =>
      `la prolongation a été notifiée le ${told}, après le dernier jour pour la notifier (${by})\u00a0: elle pourrait ne pas être valable`,
    noticeNotRecorded: (by) =>
      `la prolongation a été prise mais le jour où la personne en a été informée n\u2019est pas enregistré\u00a0: elle doit l\u2019être, avec les motifs, au plus tard le ${by}`,
    refusalWithoutExtension: (source) =>
      `un refus, motivé et mentionnant le droit de réclamation, est dû dans le délai sans la prolongation (${source})`,
    refuseBy: (by) => `refuser au plus tard le ${by}`,
    confirmReceipt: (days) => `accuser réception dans les ${days} jours ouvrables (11 CCR §7021(a))`,
    acknowledgeBy: (by) => `accuser réception au plus tard le ${by}`,
    appealReceived: (on, days, section) =>
      `recours reçu le ${on}\u00a0: le responsable du traitement décide dans les ${days} jours suivant sa réception (${section})`,
    appealDue: (on) => `décision sur le recours au plus tard le ${on}`,
    appealExtension: (extraDays, firstDays, to) =>
      `si c\u2019est raisonnablement nécessaire, le délai du recours peut être prolongé de ${extraDays} jours, en informant le consommateur dans les ${firstDays} premiers jours\u00a0: ${to}`,
    unread:
      ' — ce chiffre n\u2019est pas encore vérifié dans le texte même de la loi (il vient d\u2019une source secondaire)\u00a0: à vérifier avant de s\u2019y fier',
    appealAttorneyGeneral:
      'un recours rejeté doit indiquer au consommateur comment se plaindre auprès de l\u2019Attorney General de l\u2019État',
    complaintReceived: (on, days, source) =>
      `réclamation reçue le ${on}\u00a0: en accuser réception dans les ${days} jours (${source}), comptés à partir du lendemain`,
    acknowledgeComplaintBy: (by) =>
      `accuser réception de la réclamation au plus tard le ${by}\u00a0; puis répondre sans retard injustifié`,
    complaintAcknowledged: (on, days) =>
      `réception accusée le ${on}, dans les ${days} jours\u00a0; la réponse doit suivre sans retard injustifié`,
    complaintAcknowledgedLate: (on, by) => `réception accusée le ${on}, après le dernier jour (${by})`,
    record: {
      'personnel-file': 'dossier personnel',
      'payroll-records': 'bulletins de paie',
    },
    employeeRecords: (record, source) =>
      `un salarié californien qui demande son ${record} a ce délai en plus de celui du CCPA\u00a0: ${source}`,
    recordsDue: (record, on) =>
      `${record}\u00a0: échéance le ${on} (jours calendaires\u00a0; non reportée après un week-end)`,
    calendarNote: {
      noHolidayData: (country) =>
        `aucune donnée de jours fériés n\u2019est fournie pour ${country}\u00a0: seuls les samedis et dimanches sont sautés, vérifiez donc vous-même les jours fériés du pays`,
      nationalOnly: (location, country) =>
        `les jours fériés régionaux de ${location} ne sont pas inclus\u00a0: seuls les jours fériés nationaux (${country})`,
      germanyWithoutLand:
        'DE sans Land\u00a0: jours fériés nationaux seulement (indiquez le Land, p. ex. DE-BY, pour ses jours fériés)',
    },
    answeredLate: (right, due) =>
      `chaque droit a reçu sa réponse, ${right} après son échéance\u00a0: l\u2019échéance du dossier est le ${due}`,
    answeredOnTime: (due) =>
      `chaque droit a reçu sa réponse dans son propre délai\u00a0: l\u2019échéance du dossier est le ${due}`,
    openRightsDue: (answered, due, right) =>
      `${answered}\u00a0: réponse donnée\u00a0; l\u2019échéance du dossier est celle des droits encore ouverts, le ${due} (${right})`,
  },

  identitySaid: {
    by: {
      email: 'par e-mail',
      letter: 'par courrier',
      phone: 'par téléphone',
      'web-form': 'via le formulaire web',
      'in-person': 'en personne',
      other: 'par un autre moyen',
    },
    actsForSomeoneElse: (relationship, method) =>
      `le demandeur agit pour le compte d’une autre personne (${relationship.toLowerCase()})\u00a0: demandez la preuve de son pouvoir de représentation (${method.toLowerCase()})\u00a0; cette demande agit sur le délai comme une demande de justificatif d’identité`,
    childByAge: (subject, age, under, source) =>
      `${subject} avait ${age} ans à la réception de la demande, soit moins de ${under} ans (${source})\u00a0: un enfant, pour lequel agit le titulaire de la responsabilité parentale`,
    notChildByAge: (subject, age, under, source) =>
      `${subject} avait ${age} ans à la réception de la demande, soit au moins ${under} ans (${source})\u00a0: cette personne peut exercer elle-même ses droits\u00a0; ne répondez à un parent qu’avec son accord ou si elle ne peut pas agir elle-même`,
    recordedChild: (subject, under, source) =>
      `${subject} est enregistré comme enfant (moins de ${under} ans\u00a0: ${source})\u00a0: le titulaire de la responsabilité parentale agit pour son compte`,
    noCheckNeeded: (right, ground) => `${right}\u00a0: aucune vérification nécessaire\u00a0: ${ground}`,
    disclosesCcpa: (right, by) =>
      `${right} ${by} sous le régime du CCPA\u00a0: des éléments d’information précis exigent un degré de certitude raisonnablement élevé (11 CCR §7062(c))\u00a0: faites concorder trois éléments d’information avec les données enregistrées`,
    disclosesOnline: (right, by) =>
      `${right} ${by}\u00a0: si la demande provient de l’adresse connue, y envoyer la réponse ne divulgue rien à un tiers\u00a0; sinon, faites concorder les données du compte`,
    disclosesSpoken: (right, by) =>
      `${right} ${by}\u00a0: posez uniquement des questions auxquelles seule la personne peut répondre d’après les données enregistrées, sans jamais demander plus que ce qui est détenu`,
    disclosesByLetter: (right) =>
      `${right} par courrier\u00a0: une facture ou un relevé récent rattache la personne à l’adresse postale à laquelle la réponse sera envoyée`,
    inPerson: (right) => `${right} en personne\u00a0: examinez une pièce d’identité (sans en faire de copie)`,
    changesOnline: (right, by) =>
      `${right} ${by}\u00a0: la modification est irréversible\u00a0; faites donc concorder les données du compte en plus de l’adresse`,
    changesSpoken: (right, by) =>
      `${right} ${by}\u00a0: posez uniquement des questions auxquelles seule la personne peut répondre d’après les données enregistrées`,
    erasureByLetter: (right) =>
      `${right} par courrier\u00a0: un effacement est irréversible et un courrier ne prouve rien quant à son expéditeur\u00a0: une pièce d’identité`,
    changesByLetter: (right) =>
      `${right} par courrier\u00a0: une facture ou un relevé récent rattache la personne à l’adresse connue`,
    ground: {
      'ccpa-opt-out':
        'une demande d’opposition à la vente ou au partage n’a pas à être une demande vérifiable du consommateur (11 CCR §7026(d))',
      'ccpa-limit-sensitive':
        'une demande de limitation de l’utilisation des informations personnelles sensibles n’a pas à être une demande vérifiable du consommateur (11 CCR §7027(e))',
      'opt-out':
        'donner suite à une opposition ne fait que mettre fin à une vente, à un partage ou à une publicité ciblée et ne divulgue rien',
      'limit-sensitive': 'y donner suite ne fait que limiter une utilisation de données et ne divulgue rien',
      'marketing-objection':
        'il est donné suite à une opposition à la prospection sans mise en balance (article 21, paragraphe 3, du RGPD et du UK GDPR)\u00a0; y donner suite ne fait que mettre fin à un traitement et ne divulgue rien',
      'withdraw-consent':
        'il doit être aussi simple de retirer que de donner son consentement (article 7, paragraphe 3, du RGPD et du UK GDPR)\u00a0; y donner suite ne fait que mettre fin à un traitement',
      unsubscribe: 'y donner suite ne fait que mettre fin à la prospection et ne divulgue rien',
      'communication-preferences':
        'y donner suite ne modifie que la manière dont la personne est contactée et ne divulgue rien',
      discloses:
        'la demande divulgue les données de la personne\u00a0: elles ne lui sont communiquées qu’une fois son identité établie',
      destroys: 'la demande détruit des données de manière irréversible\u00a0: seulement pour la personne concernée par ces données',
      changes: 'la demande modifie les données de la personne\u00a0: seulement pour la personne concernée par ces données',
      'changes-use':
        'la demande modifie l’utilisation des données de la personne\u00a0: seulement pour la personne concernée par ces données',
      'shuts-out': 'la demande prive la personne de l’accès à son compte\u00a0: seulement pour le titulaire du compte',
      'reviews-decision':
        'la demande porte sur le réexamen d’une décision concernant la personne\u00a0: seulement pour la personne concernée',
      unclassified: 'une demande que Casebook ne peut pas classer attend, par prudence, la vérification d’identité',
    },
    source: {
      gdprDefault:
        'article 8, paragraphe 1, du RGPD\u00a0: 16 ans, l’État membre n’ayant pas fixé d’âge inférieur (ou le pays étant inconnu\u00a0: la lecture la plus stricte)',
      memberState: (country, provision) => `${country}\u00a0: ${provision}`,
      uk: 'Royaume-Uni\u00a0: DPA 2018 s.9 (lu avec l’article 8, paragraphe 1, du UK GDPR)',
      coppa: 'États-Unis\u00a0: COPPA, 15 U.S.C. §6501(1) (est un enfant toute personne de moins de 13 ans)',
      lgpd: 'Brésil\u00a0: LGPD art. 14 combiné avec l’ECA (Lei 8.069/1990) art. 2 (est un enfant toute personne de moins de 12 ans)',
      pipeda: 'Canada\u00a0: lignes directrices du CPVP sur le consentement (consentement parental avant 13 ans)',
      fadp: 'Suisse\u00a0: la nLPD ne fixe aucun âge\u00a0; 16 ans, l’âge le plus élevé prévu par le RGPD, par la lecture la plus stricte',
      popia: 'Afrique du Sud\u00a0: POPIA s.1 (est un enfant toute personne de moins de 18 ans) et s.35',
      auApp: 'Australie\u00a0: OAIC APP Guidelines B.59 (capacité présumée à partir de 15 ans)',
    },
  },

  places: {
    within: (part, country) => `${part}, ${country}`,
    unnamed: (country, code) => `${country} (${code})`,
    subdivision: {
      'GB-ENG': 'Angleterre',
      'GB-WLS': 'pays de Galles',
      'GB-SCT': 'Écosse',
      'GB-NIR': 'Irlande du Nord',
      'DE-BW': 'Bade-Wurtemberg',
      'DE-BY': 'Bavière',
      'DE-BE': 'Berlin',
      'DE-BB': 'Brandebourg',
      'DE-HB': 'Brême',
      'DE-HH': 'Hambourg',
      'DE-HE': 'Hesse',
      'DE-MV': 'Mecklembourg-Poméranie-Occidentale',
      'DE-NI': 'Basse-Saxe',
      'DE-NW': 'Rhénanie-du-Nord-Westphalie',
      'DE-RP': 'Rhénanie-Palatinat',
      'DE-SL': 'Sarre',
      'DE-SN': 'Saxe',
      'DE-ST': 'Saxe-Anhalt',
      'DE-SH': 'Schleswig-Holstein',
      'DE-TH': 'Thuringe',
      'FR-57': 'Moselle',
      'FR-67': 'Bas-Rhin',
      'FR-68': 'Haut-Rhin',
      'US-CA': 'Californie',
      'US-VA': 'Virginie',
    },
    landCalendar: (land) => `Allemagne (${land})`,
    calendar: {
      'england-and-wales': 'Angleterre et pays de Galles',
      scotland: 'Écosse',
      'northern-ireland': 'Irlande du Nord',
      ie: 'Irlande',
      fr: 'France',
      'fr-alsace-moselle': 'France (Alsace-Moselle)',
      de: 'Allemagne (jours fériés nationaux)',
      nl: 'Pays-Bas',
      be: 'Belgique',
      es: 'Espagne (jours fériés nationaux)',
      it: 'Italie',
      at: 'Autriche',
      pl: 'Pologne',
      pt: 'Portugal (jours fériés nationaux)',
      ch: 'Suisse (jours fériés observés dans tous les cantons)',
      us: 'États-Unis (jours fériés fédéraux)',
      'us-ca': 'États-Unis (jours fériés fédéraux et de l’État de Californie)',
    },
  },

  // Statutes as written; the EU Regulation, the Swiss Act and the Canadian Act by their
  // official French names.
  lawVersion: {
    'uk-gdpr-2018': 'UK GDPR et DPA 2018 avant le Data (Use and Access) Act 2025',
    'uk-gdpr-2026': 'UK GDPR tel que modifié par le Data (Use and Access) Act 2025 (art. 12A)',
    'eu-gdpr': 'RGPD (règlement (UE) 2016/679)',
    ccpa: 'California Consumer Privacy Act, tel que modifié par le CPRA, et ses règlements d’application',
    lgpd: 'Lei Geral de Proteção de Dados (Lei 13.709/2018)',
    pipeda: 'Loi sur la protection des renseignements personnels et les documents électroniques (LPRPDE)',
    'fadp-1992': 'loi fédérale sur la protection des données de 1992 (LPD) et son ordonnance (OLPD)',
    'fadp-2023': 'loi fédérale sur la protection des données révisée (nLPD)',
    popia: 'Protection of Personal Information Act 2013, avec la PAIA',
    'au-app': 'Australian Privacy Principles (Privacy Act 1988 Sch. 1)',
    'uk-dpa-164a': 'DPA 2018 s.164A : réclamations auprès des responsables du traitement',
  },

  nextStep: {
    triage: 'déterminer s\u2019il s\u2019agit d\u2019une demande relative aux données personnelles, puis la confirmer ou clore le dossier',
    closeWithdrawn: 'retirée par le demandeur : clore le dossier (issue : retirée)',
    closeRefused: 'refusée : une fois le refus envoyé, clore le dossier (issue : refusée)',
    exportPackage:
      'la réponse à la demande d\u2019accès envoyée indique qu\u2019une copie des données est jointe : exporter le paquet de données et l\u2019envoyer, puis clore le dossier',
    sendRefusal: (title) =>
      `refusée : envoyer le projet \u00ab\u00a0${title}\u00a0\u00bb (ou l\u2019abandonner), puis clore le dossier (issue : refusée)`,
    decideAppeal: (received, due) =>
      `statuer sur le recours du consommateur reçu le ${received}${due ? ` au plus tard le ${due}` : ''} et lui communiquer la décision motivée`,
    closeResponseSent: 'réponse envoyée : clore le dossier avec son issue',
    sendDraft: (title, outcome) =>
      `chaque droit a reçu sa réponse : envoyer le projet \u00ab\u00a0${title}\u00a0\u00bb (ou l\u2019abandonner), puis clore le dossier (issue : ${outcome.toLowerCase()})`,
    closeAnswered: (outcome) => `chaque droit a reçu sa réponse : clore le dossier (issue : ${outcome.toLowerCase()})`,
    acknowledge: (by) => `accuser réception auprès du demandeur au plus tard le ${by}`,
    ago: (days) => (days === 0 ? 'aujourd\u2019hui' : days === 1 ? 'il y a 1 jour' : `il y a ${days} jours`),
    awaiting: {
      identity: (ago, remindOn) =>
        `justificatif d\u2019identité demandé ${ago}, réponse attendue : relancer le demandeur le ${remindOn} s\u2019il n\u2019a pas répondu`,
      clarification: (ago, remindOn) =>
        `précisions demandées ${ago}, réponse attendue : relancer le demandeur le ${remindOn} s\u2019il n\u2019a pas répondu`,
      fee: (ago, remindOn) =>
        `frais demandés ${ago}, paiement attendu (la demande est suspendue jusqu\u2019au paiement) : relancer le demandeur le ${remindOn} s\u2019il n\u2019a pas payé`,
    },
    noAnswer: {
      identity: (ago) =>
        `justificatif d\u2019identité demandé ${ago}, sans réponse : relancer, ou clore comme non vérifiée`,
      clarification: (ago) =>
        `précisions demandées ${ago}, sans réponse : relancer, ou répondre à ce qui peut l\u2019être`,
      fee: (ago) => `frais demandés ${ago}, non payés : relancer (la demande est suspendue jusqu\u2019au paiement)`,
    },
    meanwhile: (rights) =>
      `\u00a0; entre-temps, répondre pour ${rights.map((r) => r.toLowerCase()).join(', ')} : ${rights.length === 1 ? 'ce droit n\u2019attend' : 'ces droits n\u2019attendent'} pas la vérification d\u2019identité`,
    overdue: (days) => `en retard de ${days === 1 ? '1 jour' : `${days} jours`} : `,
    checkIdentity: (method) => `vérifier l\u2019identité (suggestion : ${method.toLowerCase()})`,
    retryIdentity:
      'identité non vérifiée : demander d\u2019autres justificatifs, ou refuser (identité non vérifiée)',
    respond: 'envoyer la réponse',
    respondBy: (due) => `envoyer la réponse au plus tard le ${due}`,
    orExtend: (by) => ` (ou prolonger le délai et en informer la personne au plus tard le ${by})`,
  },

  outcome: {
    fulfilled: 'Satisfaite',
    'partly-fulfilled': 'Partiellement satisfaite',
    'no-data-held': 'Aucune donnée détenue',
    refused: 'Refusée',
    withdrawn: 'Retirée par le demandeur',
    'identity-not-verified': 'Identité non vérifiée',
    'not-a-request': 'Pas une demande relative aux données personnelles',
    duplicate: 'Doublon d\u2019un autre dossier',
  },

  relationship: {
    parent: 'Parent',
    guardian: 'Tuteur',
    solicitor: 'Avocat',
    'authorised-agent': 'Mandataire',
    'power-of-attorney': 'Titulaire d\u2019une procuration',
    other: 'Autre',
  },

  subjectCategory: {
    customer: 'Client',
    prospect: 'Prospect',
    'website-visitor': 'Visiteur du site web',
    employee: 'Salarié',
    'job-applicant': 'Candidat à un emploi',
    other: 'Autre',
  },

  daysLeft: {
    none: '—',
    today: 'Échéance aujourd\u2019hui',
    left: (n) => `${n} ${pl(n, 'jour', 'jours')}`,
    overdue: (n) => `${n} ${pl(n, 'jour', 'jours')} de retard`,
  },

  status: {
    'needs-triage': 'À trier',
    received: 'Reçue',
    acknowledged: 'Réception accusée',
    'awaiting-identity': 'En attente de justificatif d\u2019identité',
    'awaiting-clarification': 'En attente de précisions',
    'in-progress': 'En cours',
    'response-sent': 'Réponse envoyée',
    closed: 'Close',
    withdrawn: 'Retirée',
    refused: 'Refusée',
  },

  did: {
    erased: 'Effacé',
    anonymised: 'Anonymisé',
    kept: 'Conservé (fondement juridique)',
    rectified: 'Rectifié',
    restricted: 'Traitement limité',
    suppressed: 'Ajouté à la liste d\u2019opposition à la prospection',
    'account-deactivated': 'Compte désactivé',
    'preferences-changed': 'Préférences modifiées',
  },

  people: {
    edit: 'Modifier le demandeur et la personne concernée',
    formTitle: 'Le demandeur et la personne concernée',
    intro: 'Comme `casebook case update` les définit après l\u2019import. La personne concernée est celle dont il s\u2019agit des données, lorsque le demandeur agit pour quelqu\u2019un d\u2019autre.',
    requesterName: 'Nom du demandeur',
    emails: 'Adresses e-mail (une par ligne)',
    address: 'Adresse postale',
    phone: 'Numéro de téléphone',
    customerIds: 'Numéros de client, noms de compte ou matricules (un par ligne)',
    actsFor: 'Le demandeur agit pour quelqu\u2019un d\u2019autre (la personne concernée)',
    subjectName: 'Nom de la personne concernée',
    relationship: 'Lien du demandeur avec elle',
    birthDate: 'Date de naissance de la personne concernée',
    child: 'Un enfant n\u2019ayant pas l\u2019âge du consentement numérique (date de naissance inconnue)',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Enregistré.',
  },

  rightAnswers: {
    title: 'Chaque droit',
    loading: 'Chargement des droits…',
    right: 'Droit',
    due: 'Échéance',
    state: 'Réponse',
    answered: (outcome, on, by) => `${outcome} le ${on} par ${by}`,
    waits: 'Ouvert : en attente de l\u2019identité',
    open: 'Ouvert',
    goesAhead: 'Ouvert : traité sans vérification d\u2019identité',
    formTitle: 'Répondre à un droit',
    outcomeLabel: 'Issue',
    outcome: {
      fulfilled: 'Satisfait',
      partly: 'Partiellement satisfait',
      refused: 'Refusé',
      'not-applicable': 'Sans objet',
      'no-data': 'Aucune donnée détenue',
    },
    exemption: 'L\u2019exception qui s\u2019applique au reste',
    ground: 'Motif de refus',
    reason: 'Pourquoi (en toutes lettres)',
    on: 'Date',
    record: 'Consigner la réponse',
    actions: 'Opérations',
    correct: 'Corriger',
    correctLabel: (right) => `Corriger la réponse\u00a0: ${right}`,
    correctTitle: (right) => `Corriger la réponse\u00a0: ${right}`,
    correctIntro: 'La réponse consignée jusqu\u2019ici reste dans l\u2019historique du droit, avec la raison de la correction\u00a0; la correction est journalisée.',
    correction: 'Pourquoi la réponse consignée était erronée',
    recordCorrection: 'Consigner la correction',
    cancel: 'Annuler',
    corrected: (on, by, was, reason) => `Corrigé le ${on} par ${by}\u00a0: auparavant ${was} (${reason})`,
  },
  actionLog: {
    title: 'Journal des mesures',
    loading: 'Chargement du journal des mesures…',
    intro:
      'Ce qui a été fait dans chaque système du registre pour chaque droit exercé, et les destinataires qui en ont été informés. Les courriers de confirmation reprennent ces éléments et rien d\u2019autre.',
    empty: 'Rien n\u2019a encore été consigné.',
    doneTitle: 'Ce qui a été fait',
    right: 'Droit',
    system: 'Système',
    action: 'Ce qui a été fait',
    groundOrDetail: 'Fondement / détail',
    whoWhen: 'Qui, quand',
    byOn: (by, on) => `${by}, ${on}`,
    on: 'Date',
    ground: 'Fondement juridique de la conservation des données',
    groundPlaceholder: 'p. ex. obligation de conservation comptable de 10 ans (Code de commerce, art. L123-22)',
    detail: 'Ce qui a été modifié, de quoi à quoi',
    detailPlaceholder: 'p. ex. adresse postale : 1 rue Ancienne → 2 rue Nouvelle',
    recordTitle: 'Consigner ce qui a été fait',
    record: 'Consigner',
    recorded: (what, system) => `${what} dans ${system} : consigné.`,
    noSystems:
      'Le registre des activités de traitement ne contient encore aucun système : ajoutez-les d\u2019abord sous Registre.',
    toldTitle: 'Destinataires informés',
    toldOf: (right, by, on) => `informé de la demande de ${right.toLowerCase()} par ${by}, ${on}.`,
    unlistedBecause: (why) => `Absent du registre : ${why}`,
    toldFormTitle: 'Consigner un destinataire informé',
    toldIntro:
      'Les destinataires des données sont informés de toute rectification, de tout effacement ou de toute limitation du traitement (art. 19).',
    recipient: 'Destinataire',
    reason: 'Pourquoi ce destinataire a été informé',
    unlistedHint:
      'Ce destinataire ne figure pas au registre des activités de traitement : indiquez pourquoi il a été informé.',
    recordTold: 'Consigner',
    told: (who) => `${who} : consigné comme informé.`,
  },

  right: {
    access: 'Accès',
    rectification: 'Rectification',
    erasure: 'Effacement',
    restriction: 'Limitation du traitement',
    portability: 'Portabilité',
    objection: 'Opposition',
    'withdraw-consent': 'Retrait du consentement',
    'automated-decision': 'Décision automatisée',
    'opt-out-of-sale': 'Opposition à la vente',
    'limit-sensitive': 'Limitation des données sensibles',
    unsubscribe: 'Désabonnement',
    'deactivate-account': 'Désactivation du compte',
    'communication-preferences': 'Préférences de communication',
    other: 'Autre',
  },

  regime: {
    'uk-gdpr': 'RGPD britannique',
    'eu-gdpr': 'RGPD (UE)',
    ccpa: 'CCPA',
    'us-state': 'État américain',
    lgpd: 'LGPD',
    pipeda: 'LPRPDE',
    fadp: 'LPD (Suisse)',
    popia: 'POPIA',
    'au-app': 'APP (Australie)',
  },

  channel: {
    email: 'E-mail',
    letter: 'Courrier',
    phone: 'Téléphone',
    'web-form': 'Formulaire web',
    'in-person': 'En personne',
    other: 'Autre',
  },
};

export default fr;
