// An in-memory stand-in for the Rust side, for component tests. It keeps just
// enough state for a screen to be driven end to end: what a step does to a
// case's status and clock mirrors the façade, without its rules.
import {
  ApiError,
  type ActionLog,
  type Right,
  type Api,
  type CalendarSummary,
  type CaseNextAction,
  type CaseQuery,
  type CaseSummary,
  type CaseView,
  type Channel,
  type Dashboard,
  type DeadlinePolicy,
  type Deadlines,
  type DeadlinesSaid,
  type Holiday,
  type ImportHandlers,
  type LawInForce,
  type LetterDraft,
  type TemplateFault,
  type MadeLetter,
  type MonthStats,
  type NewRequest,
  type RightAnswer,
  type RightDue,
  type AnswerCorrection,
  type DataSubject,
  type WithdrawnLetter,
  type Organisation,
  type BackupCheck,
  type ExportedFile,
  type ExportProgressDto,
  type BackupReminder,
  type ClosedCaseRetention,
  type RetentionForm,
  type Outcome,
  type RegisterState,
  type Status,
  type TimelineEntry,
  type DataFile,
  type DataItem,
  type Redaction,
  type SearchLog,
  type SearchRecord,
  type System,
  type SystemInput,
  type VocabularyTerm,
} from '../ipc';

export const TODAY = '2026-11-12';
/** Where the fake keeps the organisation's own templates. */
export const TEMPLATES = '/home/dpo/.local/share/casebook/templates';

export interface FakeApi extends Api {
  queries: CaseQuery[];
  /** Every call but listCases/appInfo, in order: `[method, ...args]`. */
  calls: unknown[][];
  /** Fails the next listCases. */
  failNextWith?: ApiError;
  /** Fails the next call of the named method. */
  failNext: Partial<Record<keyof Api, ApiError>>;
  details: Map<string, CaseView>;
  timelines: Map<string, TimelineEntry[]>;
  org: Organisation | null;
  policy: DeadlinePolicy;
  calendars: CalendarSummary[];
  /** The import's event handlers, once the window subscribed. */
  importHandlers: ImportHandlers | null;
  /** The names of the files the app was "started with" (openedFiles). */
  openedNames: string[];
  /** What pickAndImport answers: false means the user cancelled the dialog. */
  pickAnswer: boolean;
  months: MonthStats[];
  next: CaseNextAction[];
  /** What importCalendar returns: null means the user cancelled the dialog. */
  importAnswer: Awaited<ReturnType<Api['importCalendar']>>;
  /** The native dialogs' words the window last sent (`setDialogWords`). */
  dialogWords: Parameters<Api['setDialogWords']>[0] | null;
  dashboardAnswer?: Dashboard;
  /** The register of processing. */
  systems: System[];
  /** Search records by case reference, oldest first. */
  searches: Map<string, SearchRecord[]>;
  /** Action logs by case reference. */
  actionLogs: Map<string, ActionLog>;
  /** What importProcessingRegister / importCaseData read: null means the user cancelled the dialog. */
  registerFile: { file: string; systems: System[] } | ApiError | null;
  /** What exportProcessingRegister writes to: null means the user cancelled. */
  registerExportAnswer: string | null;
  dataFile: { file: DataFile; items: DataItem[] } | ApiError | null;
  dataFiles: Map<string, DataFile[]>;
  dataItems: Map<string, DataItem[]>;
  redactions: Map<string, Redaction[]>;
  /** Where the register stands; 'locked' makes every other call fail with passphrase-needed. */
  registerState: RegisterState;
  /** The passphrase that unlocks the fake register. */
  passphrase: string;
  lockMinutes: number;
  reminder: BackupReminder | null;
  /** What backupNow answers: null means the user cancelled the dialog. */
  backupAnswer: BackupCheck | null;
  /** Each right's own date, by reference, as listPage gives it for the cases on the page. */
  rightsDue: Record<string, RightDue[]>;
  /** The most matches listPage counts for a text search (the Rust side's SEARCH_COUNT_CAP). */
  searchCountCap: number;
  retentionDue: ClosedCaseRetention[];
  /** What the export dialogs answer: null means the user cancelled. */
  exportAnswer: ExportedFile | null;
  /** Whether saveCaseDocument's dialog picks a path (false: the user cancelled). */
  saveDocumentAnswer: boolean;
  /** When true, an export waits for `finishExport()` (or a cancel, which fails it with `cancelled`). */
  holdExports: boolean;
  finishExport: (() => void) | null;
  /** The window's progress handler: a test sends `export-progress` events through it. */
  exportProgress: ((progress: ExportProgressDto) => void) | null;
  /** The member signed in to a team register (registerState 'team' or 'sign-in'), else null. */
  member: string | null;
  /** The window's handler of `register-changed`: a test tells it what colleagues changed. */
  registerChanged: ((cases: string[]) => void) | null;
  /** The references of the cases assigned to the member signed in ("My cases" lists them). */
  assignedToMe: string[];
  /** A case a colleague logged meanwhile (as on a team register). */
  addCase(c: CaseSummary): void;
  /** The organisation's own templates by `lang/kind`, each with its problem (null: it works): the
   * English only, or the template's fault as facts (its English then made from them). */
  ownTemplates: Map<string, string | TemplateFault | null>;
  /** Whether the register keeps own templates itself (a team register: no folder). */
  templatesInRegister: boolean;
  /** Each case's letter drafts, and its letters marked withdrawn. */
  drafts: Map<string, LetterDraft[]>;
  withdrawn: Map<string, WithdrawnLetter[]>;
  /** The retention setting as the façade stores it: days, and months by outcome. */
  retention: { identityDocumentDays: number; afterClosureMonths: Record<string, number> };
}

/** A slice of the DPV vocabulary, enough for the register form. */
export const VOCABULARY: VocabularyTerm[] = [
  { id: 'dpv:Customer', label: 'Customers', kind: 'data-subject' },
  { id: 'dpv:Employee', label: 'Employees', kind: 'data-subject' },
  { id: 'dpv-pd:EmailAddress', label: 'Email address', kind: 'personal-data' },
  { id: 'dpv-pd:Name', label: 'Full name', kind: 'personal-data' },
  { id: 'dpv:ServiceProvision', label: 'Providing the service', kind: 'purpose' },
  { id: 'dpv:Contract', label: 'Performance of a contract', kind: 'legal-basis' },
  { id: 'dpv:LegitimateInterest', label: 'Legitimate interests', kind: 'legal-basis' },
  { id: 'dpv:DataProcessor', label: 'Processors acting for us', kind: 'recipient' },
  { id: 'dpv:StandardContractualClauses', label: 'Standard contractual clauses', kind: 'safeguard' },
  { id: 'dpv:DataSubject', label: 'The person themselves', kind: 'source' },
  { id: 'dpv:Profiling', label: 'Profiling', kind: 'automated-decision' },
];

export function aSystem(overrides: Partial<System> = {}): System {
  return {
    id: 'crm',
    name: 'Customer database',
    description: 'Customer accounts and orders',
    data_subjects: [{ id: 'dpv:Customer', label: 'Customers' }],
    personal_data: [{ id: 'dpv-pd:EmailAddress', label: 'Email address' }],
    purposes: [
      {
        purpose: { id: 'dpv:ServiceProvision', label: 'Providing the service' },
        legal_basis: { id: 'dpv:Contract', label: 'Performance of a contract' },
      },
    ],
    recipients: [{ kind: { id: 'dpv:DataProcessor', label: 'Processors acting for us' }, name: 'Cloud host' }],
    retention: '6 years after the account closes',
    transfers: [
      {
        country: 'US',
        recipient: 'Cloud host',
        safeguard: { id: 'dpv:StandardContractualClauses', label: 'Standard contractual clauses' },
      },
    ],
    sources: [{ id: 'dpv:DataSubject', label: 'The person themselves' }],
    automated_decisions: [],
    ...overrides,
  };
}

const finished: Status[] = ['response-sent', 'closed', 'withdrawn', 'refused'];

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    name: 'Example Ltd',
    postal_address: '1 High Street, London',
    dpo_name: 'Dee Peo',
    dpo_email: 'dpo@example.org',
    default_regime: 'uk-gdpr',
    default_location: 'GB-ENG',
    time_zone: 'Europe/London',
    verification_process: {},
    ...overrides,
  };
}

/** The sentences of a case's dates, each list empty but the due date's (received, +1 month, due). */
/** The façade's merge of verification words: each language given is set, or forgotten when blank. */
function worded(base: Organisation['verification_process'], given: Record<string, string>): Organisation['verification_process'] {
  const words = { ...base };
  for (const [language, text] of Object.entries(given)) {
    if (text.trim()) words[language.toLowerCase()] = text.trim();
    else delete words[language.toLowerCase()];
  }
  return words;
}

export function someSaid(overrides: Partial<DeadlinesSaid> = {}): DeadlinesSaid {
  return {
    steps: [
      { kind: 'received', on: '2026-11-02' },
      { kind: 'add-months', months: 1, to: '2026-12-02', missing_day: null },
      { kind: 'working-day', day: '2026-12-02' },
      { kind: 'due', on: '2026-12-02' },
    ],
    extension_steps: [],
    acknowledge_steps: [],
    house_target_steps: [],
    notes: [],
    refuse_steps: [],
    appeal_steps: [],
    complaint_steps: [],
    ...overrides,
  };
}

export function someDeadlines(overrides: Partial<Deadlines> = {}): Deadlines {
  return {
    regime: 'uk-gdpr',
    due: '2026-12-02',
    steps: ['received Mon 2026-11-02', '+1 month: Wed 2026-12-02', 'Wed 2026-12-02 is a working day', 'due Wed 2026-12-02'],
    extended_due: null,
    extension_notice_by: '2026-12-02',
    extension_steps: [],
    acknowledge_by: null,
    acknowledge_steps: [],
    house_target: null,
    house_target_steps: [],
    clock: 'running',
    waiting_for: null,
    start: '2026-11-02',
    days_left: 20,
    calendar: 'england-and-wales',
    rights: [{ right: 'access', due: '2026-12-02', steps: [], said: [] }],
    notes: [],
    refuse_by: null,
    refuse_steps: [],
    rules_in_force: aLaw(),
    appeal_due: null,
    appeal_extended_due: null,
    appeal_steps: [],
    complaint_acknowledge_by: null,
    complaint_steps: [],
    related: [],
    said: someSaid(),
    ...overrides,
  };
}

/** The version of a law the dates come from (UK GDPR as amended, by default). */
export function aLaw(overrides: Partial<LawInForce> = {}): LawInForce {
  return {
    id: 'uk-gdpr-2026',
    name: 'UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A)',
    in_force_from: '2026-02-05',
    in_force_until: null,
    source: 'Data (Use and Access) Act 2025, s. 76',
    why: 'rules in force: received 2026-11-02, on or after 2026-02-05: computed under UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A) (Data (Use and Access) Act 2025, s. 76)',
    said: {
      kind: 'rules-in-force',
      received: '2026-11-02',
      from: '2026-02-05',
      law: { id: 'uk-gdpr-2026', name: 'UK GDPR as amended by the Data (Use and Access) Act 2025 (Art. 12A)' },
      source: 'Data (Use and Access) Act 2025, s. 76',
    },
    ...overrides,
  };
}

export function aDetail(overrides: Partial<CaseView> = {}): CaseView {
  return {
    id: 1,
    reference: 'CB-2026-0001',
    kind: 'request',
    concerns: null,
    status: 'received',
    rights: ['access'],
    regime: 'uk-gdpr',
    location: 'GB-ENG',
    channel: 'email',
    received: '2026-11-02',
    received_at: null,
    requester: { name: 'Ada Lovelace', emails: ['ada@example.org'], postal_address: null, phone: null, customer_ids: [], date_of_birth: null },
    data_subject: null,
    subject_category: null,
    language: null,
    outcome: null,
    closed_on: null,
    due: '2026-12-02',
    appeal_due: null,
    extended_due: null,
    days_left: 20,
    clock: 'running',
    deadlines: someDeadlines(),
    acknowledged: false,
    fee_awaited: false,
    next_action: {
      action: 'acknowledge',
      by: '2026-11-05',
      text: 'confirm receipt to the requester by 2026-11-05',
      step: { kind: 'acknowledge', by: '2026-11-05' },
    },
    intake: null,
    notes: [],
    timeline: [],
    documents: [],
    document_kinds: {},
    correspondence: [],
    search_log: { subject_category: null, systems: [], unsearched: [], history: [] },
    action_log: { actions: [], notifications: [] },
    right_status: [],
    drafts: [],
    withdrawn: [],
    created_by: null,
    assigned_to: null,
    created_at: '2026-11-02T09:00:00Z',
    updated_at: '2026-11-02T09:00:00Z',
    today: TODAY,
    next_statuses: ['acknowledged', 'in-progress', 'response-sent', 'withdrawn', 'refused'],
    identity_suggestion: {
      method: 'registered-email',
      needs_check: true,
      reasons: [
        'Access by email: if it came from the address on file, sending the answer there discloses nothing to anyone new; otherwise match account details',
      ],
      said: [{ kind: 'discloses-online', right: 'access', channel: 'email' }],
    },
    fee_grounds: ['manifestly-unfounded', 'manifestly-excessive', 'further-copies'],
    fee_source: 'UK GDPR Art. 12(5)(a), Art. 15(3)',
    refusal_reasons: ['manifestly-unfounded', 'manifestly-excessive', 'exemption', 'identity-not-verified'],
    refusal_source: 'UK GDPR Art. 12(2), 12(5)(b)',
    complaint_authority: {
      name: "Information Commissioner's Office",
      address: 'Wycliffe House\nWater Lane\nWilmslow SK9 5AF',
      website: 'https://ico.org.uk/make-a-complaint/',
      the: true,
    },
    right_actions: [{ right: 'access', actions: [], notified: false }],
    appeal_outcomes: ['upheld', 'reversed', 'partly'],
    complaint_outcomes: ['upheld', 'partly-upheld', 'not-upheld'],
    ...overrides,
  };
}

/** A system from the façade's input: the fields given, the others `base`'s (or empty). */
function systemOf(input: SystemInput, base: System = aSystem({ id: '', name: '', description: '', retention: '' })): System {
  return structuredClone({
    id: input.id ?? base.id,
    name: input.name ?? base.name,
    description: input.description ?? base.description,
    data_subjects: input.data_subjects ?? base.data_subjects,
    personal_data: input.personal_data ?? base.personal_data,
    purposes: input.purposes ?? base.purposes,
    recipients: input.recipients ?? base.recipients,
    retention: input.retention ?? base.retention,
    transfers: input.transfers ?? base.transfers,
    sources: input.sources ?? base.sources,
    automated_decisions: input.automated_decisions ?? base.automated_decisions,
  });
}

function detailOf(summary: CaseSummary): CaseView {
  return aDetail({
    reference: summary.reference,
    status: summary.status,
    rights: summary.rights,
    regime: summary.regime,
    location: summary.location,
    channel: summary.channel,
    received: summary.received,
    requester: { name: summary.requester_name, emails: [], postal_address: null, phone: null, customer_ids: [], date_of_birth: null },
    due: summary.due,
    days_left: summary.days_left,
    deadlines: someDeadlines({ due: summary.due, days_left: summary.days_left }),
  });
}

export function fakeApi(cases: CaseSummary[], databasePath = '/tmp/casebook-test.db'): FakeApi {
  let noteId = 0;

  function fail(method: keyof Api) {
    if (fake.registerState === 'locked') throw { code: 'passphrase-needed', message: "'x.db' is encrypted: a passphrase is needed" };
    if (fake.registerState === 'sign-in')
      throw { code: 'password-needed', message: `PostgreSQL on db.example.org:5432 asks for a password for role '${fake.member}'` };
    const e = fake.failNext[method];
    if (e) {
      delete fake.failNext[method];
      throw { code: e.code, message: e.message };
    }
  }

  let cancelHeld: (() => void) | null = null;
  /** Waits while `holdExports` is on: until `finishExport()`, or a cancel (which fails like the app's). */
  function held(): Promise<void> {
    if (!fake.holdExports) return Promise.resolve();
    return new Promise((resolve, reject) => {
      fake.finishExport = () => {
        fake.finishExport = cancelHeld = null;
        resolve();
      };
      cancelHeld = () => {
        fake.finishExport = cancelHeld = null;
        reject({ code: 'cancelled', message: 'cancelled: nothing was saved' });
      };
    });
  }

  function detail(reference: string): CaseView {
    let d = fake.details.get(reference);
    if (!d) {
      const summary = cases.find((c) => c.reference === reference);
      if (!summary) throw { code: 'not-found', message: `case '${reference}' not found` };
      d = detailOf(summary);
      fake.details.set(reference, d);
    }
    return d;
  }

  /** A draft recorded as sent on `on` by `channel`: correspondence out with its PDF, as the store does. */
  function markSent(d: CaseView, found: LetterDraft, on: string, channel: Channel) {
    const id = d.correspondence.length + 1;
    d.correspondence.push({
      id,
      direction: 'out',
      channel,
      at: `${on}T12:00:00Z`,
      subject: found.title,
      body_text: null,
      message_id: null,
      sha256: found.sha256,
    });
    d.documents.push({
      id: d.documents.length + 1,
      sha256: found.sha256,
      size: 2048,
      content_type: 'application/pdf',
      role: 'letter',
      file_name: found.file_name,
      added_at: `${on}T12:00:00Z`,
      kind: 'pdf',
      viewable: true,
    });
    Object.assign(found, { state: 'sent', closed_at: `${TODAY}T10:00:00Z`, closed_by: 'dpo', correspondence_id: id });
    return { draft: structuredClone(found), correspondence_id: id, sent_on: on, channel };
  }

  function matching(query: CaseQuery): CaseSummary[] {
    const words = query.text?.toLowerCase();
    if (query.mine && fake.registerState !== 'team')
      throw { code: 'invalid-input', message: '"my cases" needs a team register: a local register has one user' };
    return cases
      .filter((c) => !query.mine || fake.assignedToMe.includes(c.reference))
      .filter((c) => !query.open_only || !finished.includes(c.status) || c.appeal_due !== null)
      .filter((c) => !query.status || c.status === query.status)
      .filter((c) => !query.right || c.rights.includes(query.right))
      .filter((c) => !query.regime || c.regime === query.regime)
      .filter((c) => !query.channel || c.channel === query.channel)
      .filter((c) => query.due_within_days === undefined || (c.days_left !== null && c.days_left <= query.due_within_days))
      .filter((c) => !words || c.requester_name.toLowerCase().includes(words));
  }

  function change(method: keyof Api, args: unknown[], reference: string, edit: (d: CaseView) => void) {
    fake.calls.push([method, reference, ...args]);
    fail(method);
    const d = structuredClone(detail(reference));
    edit(d);
    fake.details.set(reference, d);
    const summary = cases.find((c) => c.reference === reference);
    if (summary) {
      const next_due = d.appeal_due ?? (finished.includes(d.status) ? null : d.due);
      Object.assign(summary, { status: d.status, due: d.due, next_due, days_left: d.days_left, appeal_due: d.appeal_due });
    }
    return Promise.resolve(structuredClone(d));
  }

  function describeMonths(months: number): string {
    if (months % 12 === 0) return months === 12 ? '1 year' : `${months / 12} years`;
    return months === 1 ? '1 month' : `${months} months`;
  }
  function retentionDto(): RetentionForm {
    return {
      identity_document_days: String(fake.retention.identityDocumentDays),
      after_closure: Object.entries(fake.retention.afterClosureMonths).map(([outcome, months]) => ({
        outcome: outcome as Outcome,
        period: describeMonths(months),
      })),
    };
  }

  // Each right's answer per case (`answerRight`), as the façade keeps them.
  const rightAnswers = new Map<string, RightAnswer[]>();
  // The earlier answers each correction kept (`correctRightAnswer`).
  const rightCorrections = new Map<string, AnswerCorrection[]>();
  /** The rights that go ahead without identity (the engine's table, `verification_rule`). */
  const goAhead: Right[] = [
    'opt-out-of-sale',
    'limit-sensitive',
    'objection',
    'withdraw-consent',
    'unsubscribe',
    'communication-preferences',
  ];

  const fake: FakeApi = {
    queries: [],
    calls: [],
    failNext: {},
    details: new Map(),
    timelines: new Map(),
    org: anOrganisation(),
    policy: { house_target_days: { 'uk-gdpr': 28 }, california_state_holidays: false },
    calendars: [
      { id: 'england-and-wales', name: 'England and Wales', source: 'uk-bank-holidays.json', data_years: '2019–2028' },
      { id: 'scotland', name: 'Scotland', source: 'uk-bank-holidays.json', data_years: '2019–2028' },
    ],
    importAnswer: null,
    dialogWords: null,
    importHandlers: null,
    openedNames: [],
    pickAnswer: true,
    months: [],
    next: [],
    systems: [],
    searches: new Map(),
    actionLogs: new Map(),
    drafts: new Map(),
    withdrawn: new Map(),
    registerFile: null,
    registerExportAnswer: '/home/dpo/register-of-processing.json',
    dataFile: null,
    dataFiles: new Map(),
    dataItems: new Map(),
    redactions: new Map(),
    registerState: 'plain',
    passphrase: 'correct horse battery',
    lockMinutes: 10,
    reminder: null,
    backupAnswer: null,
    rightsDue: {},
    searchCountCap: 500,
    retentionDue: [],
    exportAnswer: null,
    saveDocumentAnswer: true,
    holdExports: false,
    finishExport: null,
    exportProgress: null,
    member: null,
    registerChanged: null,
    assignedToMe: [],
    addCase(c) {
      cases.push(c);
    },
    ownTemplates: new Map(),
    templatesInRegister: false,
    retention: {
      identityDocumentDays: 30,
      afterClosureMonths: Object.fromEntries(
        (['duplicate', 'fulfilled', 'identity-not-verified', 'no-data-held', 'not-a-request', 'partly-fulfilled', 'refused', 'withdrawn'] as const).map(
          (o) => [o, o === 'duplicate' || o === 'not-a-request' ? 6 : 24],
        ),
      ),
    },

    async listCases(query) {
      fake.queries.push(query);
      fail('listCases');
      if (fake.failNextWith) {
        const e = fake.failNextWith;
        fake.failNextWith = undefined;
        throw { code: e.code, message: e.message };
      }
      const offset = query.offset ?? 0;
      return matching(query).slice(offset, offset + (query.limit ?? Infinity));
    },
    async appInfo() {
      return {
        version: '0.1.0',
        databasePath: fake.member ? `postgres://${fake.member}@db.example.org/casebook` : databasePath,
        member: fake.registerState === 'team' ? fake.member : null,
        upgraded: null,
        datesRecomputed: null,
        datesBehind: null,
      };
    },
    async today() {
      return TODAY;
    },
    async dashboard() {
      fake.calls.push(['dashboard']);
      fail('dashboard');
      if (fake.dashboardAnswer) return fake.dashboardAnswer;
      const open = cases.filter((c) => !finished.includes(c.status));
      const count = (s: Status) => cases.filter((c) => c.status === s).length;
      const statuses: Status[] = [
        'needs-triage',
        'received',
        'acknowledged',
        'awaiting-identity',
        'awaiting-clarification',
        'in-progress',
        'response-sent',
        'closed',
        'withdrawn',
        'refused',
      ];
      const attention = open.filter((c) => c.days_left !== null && c.days_left <= 7);
      return {
        today: TODAY,
        overdue: open.filter((c) => c.days_left !== null && c.days_left < 0).length,
        due_soon: open.filter((c) => c.days_left !== null && c.days_left >= 0 && c.days_left <= 7).length,
        due_soon_days: 7,
        awaiting_identity: count('awaiting-identity'),
        awaiting_clarification: count('awaiting-clarification'),
        by_status: statuses.map((status) => ({ status, count: count(status) })),
        total: cases.length,
        attention: attention.sort((a, b) => (a.days_left ?? 0) - (b.days_left ?? 0)),
      };
    },

    async caseDetail(reference) {
      fake.calls.push(['caseDetail', reference]);
      fail('caseDetail');
      return structuredClone(detail(reference));
    },
    async caseTimeline(reference) {
      fail('caseTimeline');
      return structuredClone(fake.timelines.get(reference) ?? []);
    },
    async logRequest(request: NewRequest) {
      fake.calls.push(['logRequest', request]);
      fail('logRequest');
      const reference = `CB-2026-${String(cases.length + 1).padStart(4, '0')}`;
      const d = aDetail({
        reference,
        requester: {
          name: request.requester_name,
          emails: request.requester_emails,
          postal_address: request.requester_address ?? null,
          phone: request.requester_phone ?? null,
          customer_ids: request.customer_ids,
          date_of_birth: null,
        },
        rights: request.rights,
        received: request.received,
        channel: request.channel ?? 'email',
        regime: request.regime ?? fake.org?.default_regime ?? 'uk-gdpr',
        location: request.location ?? fake.org?.default_location ?? 'GB-ENG',
        notes: request.note ? [{ id: ++noteId, at: '2026-11-12T09:00:00Z', author: 'dpo', text: request.note }] : [],
      });
      fake.details.set(reference, d);
      cases.push({
        reference,
        status: d.status,
        rights: d.rights,
        regime: d.regime,
        location: d.location,
        channel: d.channel,
        received: d.received,
        requester_name: d.requester.name,
        due: d.due,
        next_due: d.due,
        days_left: d.days_left,
        outcome: null,
        closed_on: null,
        rights_answered: [],
        appeal_due: null,
      });
      return structuredClone(d);
    },
    async addNote(reference, text) {
      fake.calls.push(['addNote', reference, text]);
      fail('addNote');
      if (!text.trim()) throw { code: 'invalid-input', message: 'the note is empty' };
      const note = { id: ++noteId, at: '2026-11-12T10:30:00Z', author: 'dpo', text: text.trim() };
      detail(reference).notes.push(note);
      return note;
    },
    requestIdentity: (reference, on, what) =>
      change('requestIdentity', [on, what], reference, (d) => {
        d.status = 'awaiting-identity';
        d.due = null;
        d.days_left = null;
        d.deadlines = someDeadlines({
          due: null,
          days_left: null,
          clock: 'waiting-for-identity',
          waiting_for: 'evidence',
          steps: [],
          said: someSaid({ steps: [] }),
        });
      }),
    receiveIdentity: (reference, on) =>
      change('receiveIdentity', [on], reference, (d) => {
        d.status = 'in-progress';
        d.deadlines = someDeadlines({ clock: 'running', start: on });
        d.due = d.deadlines.due;
        d.days_left = d.deadlines.days_left;
      }),
    askClarification: (reference, on, question) =>
      change('askClarification', [on, question], reference, (d) => {
        d.status = 'awaiting-clarification';
        d.deadlines.clock = 'paused';
      }),
    answerClarification: (reference, on) =>
      change('answerClarification', [on], reference, (d) => {
        d.status = 'in-progress';
        d.deadlines.clock = 'running';
      }),
    takeExtension: (reference, extension) =>
      change('takeExtension', [extension], reference, (d) => {
        d.deadlines.extended_due = '2027-02-02';
        d.due = '2027-02-02';
      }),
    updateStatus: (reference, status) =>
      change('updateStatus', [status], reference, (d) => {
        d.status = status;
      }),
    closeCase: (reference, outcome, on) =>
      change('closeCase', [outcome, on], reference, (d) => {
        d.status = 'closed';
        d.outcome = outcome;
        d.closed_on = on;
        d.next_statuses = [];
        d.deadlines.clock = 'stopped';
      }),

    async organisation() {
      fail('organisation');
      return fake.org ? structuredClone(fake.org) : null;
    },
    async setOrganisation(organisation) {
      fake.calls.push(['setOrganisation', organisation]);
      fail('setOrganisation');
      const name = organisation.name?.trim();
      if (!name) throw { code: 'invalid-input', message: "the organisation's name is empty" };
      const base = fake.org ?? anOrganisation();
      fake.org = {
        name,
        postal_address: organisation.postal_address ?? base.postal_address,
        dpo_name: organisation.dpo_name ?? base.dpo_name,
        dpo_email: organisation.dpo_email ?? base.dpo_email,
        default_regime: (organisation.default_regime as Organisation['default_regime'] | null) ?? base.default_regime,
        default_location: organisation.default_location ?? base.default_location,
        time_zone: organisation.time_zone ?? base.time_zone,
        verification_process: worded(base.verification_process, organisation.verification_process ?? {}),
      };
      return structuredClone(fake.org);
    },
    async deadlinePolicy() {
      fail('deadlinePolicy');
      return structuredClone(fake.policy);
    },
    async setDeadlinePolicy(policy) {
      fake.calls.push(['setDeadlinePolicy', policy]);
      fail('setDeadlinePolicy');
      fake.policy = structuredClone(policy);
      return ['CB-2026-0001'];
    },
    async listCalendars() {
      fail('listCalendars');
      return structuredClone(fake.calendars);
    },
    async calendarHolidays(id, year): Promise<Holiday[]> {
      fake.calls.push(['calendarHolidays', id, year]);
      fail('calendarHolidays');
      return [
        { date: `${year}-01-01`, title: "New Year's Day", computed: false, provenance: 'data' },
        { date: `${year}-12-25`, title: 'Christmas Day', computed: year > 2028, provenance: 'rules' },
      ];
    },
    async importCalendar(request) {
      fake.calls.push(['importCalendar', request]);
      fail('importCalendar');
      return fake.importAnswer;
    },

    async listPage(query) {
      fail('listPage');
      // Through listCases, so a test that replaces it (answers out of order) sees the list's queries.
      const cases = await this.listCases(query);
      const rights_due = Object.fromEntries(
        cases.filter((c) => fake.rightsDue[c.reference]).map((c) => [c.reference, structuredClone(fake.rightsDue[c.reference]!)]),
      );
      // A text search counts up to the cap, as the register does.
      const all = matching(query).length;
      const more = Boolean(query.text?.trim()) && all > fake.searchCountCap;
      return { total: more ? fake.searchCountCap : all, more, cases: more ? cases.slice(0, fake.searchCountCap) : cases, rights_due };
    },
    async monthlyStats() {
      fail('monthlyStats');
      return structuredClone(fake.months);
    },
    async nextActions(limit) {
      fail('nextActions');
      return { actions: structuredClone(fake.next.slice(0, limit)), total: fake.next.length };
    },

    acknowledge: (reference, on, channel) =>
      change('acknowledge', [on, channel], reference, (d) => {
        if (d.acknowledged) throw { code: 'conflict', message: `case ${reference} was already acknowledged` };
        d.acknowledged = true;
        if (d.status === 'received') d.status = 'acknowledged';
      }),
    requestAuthority: (reference, on, what) =>
      change('requestAuthority', [on, what], reference, (d) => {
        d.status = 'awaiting-identity';
      }),
    checkIdentity: (reference, check) =>
      change('checkIdentity', [check], reference, (d) => {
        if (check.method !== d.identity_suggestion.method && !check.override_reason)
          throw { code: 'invalid-input', message: `the suggested method is '${d.identity_suggestion.method}'` };
        if (!check.rationale.trim()) throw { code: 'invalid-input', message: 'the rationale is empty' };
        if (check.outcome !== 'failed' && ['received', 'acknowledged'].includes(d.status)) d.status = 'in-progress';
      }),
    requestFee: (reference, fee) =>
      change('requestFee', [fee], reference, (d) => {
        if (!fee.amount.trim()) throw { code: 'invalid-input', message: 'the amount (--amount) is empty' };
        d.fee_awaited = true;
      }),
    receiveFee: (reference, on) =>
      change('receiveFee', [on], reference, (d) => {
        d.fee_awaited = false;
      }),
    refuse: (reference, refusal) =>
      change('refuse', [refusal], reference, (d) => {
        if (!refusal.text.trim()) throw { code: 'invalid-input', message: "the refusal's reasons in words (--text) is empty" };
        d.status = 'refused';
        d.deadlines.clock = 'stopped';
      }),
    withdraw: (reference, on, how) =>
      change('withdraw', [on, how], reference, (d) => {
        d.status = 'withdrawn';
        d.deadlines.clock = 'stopped';
      }),
    respond: (reference, response) =>
      change('respond', [response], reference, (d) => {
        if (!response.what.trim()) throw { code: 'invalid-input', message: 'what was sent (--what) is empty' };
        d.status = 'response-sent';
        d.deadlines.clock = 'stopped';
      }),

    async letterKinds() {
      return [
        { code: 'acknowledgement', label: 'Acknowledgement of receipt', languages: ['de', 'en', 'fr'] },
        { code: 'id-request', label: 'Request for identification', languages: ['en'] },
        { code: 'appeal-decision', label: 'Decision on a consumer\u2019s appeal', languages: ['en'] },
        { code: 'access-response', label: 'Access response', languages: ['en'] },
      ];
    },
    async makeLetter(reference, kind, language) {
      fake.calls.push(['makeLetter', reference, kind, language]);
      fail('makeLetter');
      const d = detail(reference);
      const letter: MadeLetter = {
        reference,
        draft: (fake.drafts.get(reference)?.length ?? 0) + 1,
        kind,
        language: language ?? 'en',
        title:
          kind === 'acknowledgement'
            ? 'Acknowledgement of your request'
            : kind === 'access-response'
              ? 'Access response'
              : 'Identity evidence',
        file_name: `${reference}-${kind}.pdf`,
        pages: 1,
        sha256: `${'ab'.repeat(31)}${String(d.correspondence.length).padStart(2, '0')}`,
        message_id: null,
        sources: [],
        text: `Dear ${d.requester.name},\n\nWe received your request.`,
        eml_available: d.requester.emails.length > 0,
        eml_unavailable: d.requester.emails.length > 0 ? null : `no .eml draft: case ${reference} has no email address for the requester`,
        eml_missing: d.requester.emails.length > 0 ? null : { kind: 'no-requester-email', reference },
      };
      const drafts = fake.drafts.get(reference) ?? [];
      drafts.push({
        id: drafts.length + 1,
        kind,
        language: letter.language,
        title: letter.title,
        file_name: letter.file_name,
        letter_date: TODAY,
        made_at: `${TODAY}T10:00:00Z`,
        made_by: 'dpo',
        sha256: letter.sha256,
        has_eml: letter.eml_available,
        state: 'draft',
        closed_at: null,
        closed_by: null,
        correspondence_id: null,
      });
      fake.drafts.set(reference, drafts);
      return letter;
    },
    async letterDrafts(reference) {
      fail('letterDrafts');
      return structuredClone(fake.drafts.get(reference) ?? []);
    },
    async openDraftPdf(reference, draft) {
      fake.calls.push(['openDraftPdf', reference, draft]);
      fail('openDraftPdf');
    },
    async saveDraft(reference, draft, eml) {
      fake.calls.push(['saveDraft', reference, draft, eml]);
      fail('saveDraft');
      return `/home/dpo/${reference}.${eml ? 'eml' : 'pdf'}`;
    },
    async sendLetter(reference, draft, on, channel) {
      fake.calls.push(['sendLetter', reference, draft, on, channel]);
      fail('sendLetter');
      const d = detail(reference);
      const found = (fake.drafts.get(reference) ?? []).find((x) => x.id === draft);
      if (!found) throw new ApiError('not-found', `draft '${draft}' not found`);
      if (found.state !== 'draft') throw new ApiError('conflict', `draft ${draft} was already sent`);
      if (on > TODAY) throw new ApiError('invalid-input', `the date ${on} is in the future (today is ${TODAY})`, 'on');
      return markSent(d, found, on, channel);
    },
    async discardDraft(reference, draft) {
      fake.calls.push(['discardDraft', reference, draft]);
      fail('discardDraft');
      const found = (fake.drafts.get(reference) ?? []).find((x) => x.id === draft);
      if (!found || found.state !== 'draft') throw new ApiError('conflict', `draft ${draft} is not a draft to discard`);
      Object.assign(found, { state: 'discarded', closed_at: `${TODAY}T10:00:00Z`, closed_by: 'dpo' });
      return structuredClone(found);
    },
    async withdrawnLetters(reference) {
      fail('withdrawnLetters');
      return structuredClone(fake.withdrawn.get(reference) ?? []);
    },
    async withdrawLetter(reference, correspondence, reason) {
      fake.calls.push(['withdrawLetter', reference, correspondence, reason]);
      fail('withdrawLetter');
      if (!reason.trim()) throw new ApiError('invalid-input', 'the reason is empty: say why the letter is withdrawn', 'reason');
      const w: WithdrawnLetter = { correspondence_id: correspondence, reason: reason.trim(), by: 'dpo', at: `${TODAY}T10:00:00Z` };
      fake.withdrawn.set(reference, [...(fake.withdrawn.get(reference) ?? []), w]);
      return w;
    },
    async openLetterPdf(reference, sha256) {
      fake.calls.push(['openLetterPdf', reference, sha256]);
      fail('openLetterPdf');
    },
    async letterTemplates() {
      fail('letterTemplates');
      const kinds: [string, string][] = [
        ['acknowledgement', 'Acknowledgement of the request, with its due date'],
        ['no-data', 'No personal data held'],
        ['_closing', 'Closing and signature of every letter'],
      ];
      const templates = ['en', 'de', 'fr'].flatMap((language) =>
        kinds.map(([kind, label]) => {
          const key = `${language}/${kind}`;
          const customised = fake.ownTemplates.has(key);
          const own = customised && !fake.templatesInRegister ? `${TEMPLATES}/${key}.txt` : null;
          const [set_by, set_at] = customised && fake.templatesInRegister ? ['dora', `${TODAY}T10:00:00Z`] : [null, null];
          const said = fake.ownTemplates.get(key) ?? null;
          const fault = said !== null && typeof said === 'object' ? said : null;
          const problem = fault ? `template ${fault.name}: ${fault.problem.kind}` : (said as string | null);
          return { kind, label, language, built_in: true, customised, own, set_by, set_at, problem, fault };
        }),
      );
      return fake.templatesInRegister
        ? { folder: null, stored: 'team register', templates }
        : { folder: TEMPLATES, stored: 'folder', templates };
    },
    async customiseTemplateFromFile(kind, language) {
      fake.calls.push(['customiseTemplateFromFile', kind, language]);
      fail('customiseTemplateFromFile');
      const key = `${language}/${kind}`;
      const replaced = fake.ownTemplates.has(key);
      fake.ownTemplates.set(key, null);
      const row = fake.ownTemplates.size + 1;
      return {
        template: `${key}.txt`,
        path: null,
        stored: `team register, letter template #${row}`,
        kept_as: replaced ? `team register, letter template #${row - 1}` : null,
      };
    },
    async customiseTemplate(kind, language) {
      fake.calls.push(['customiseTemplate', kind, language]);
      fail('customiseTemplate');
      const key = `${language}/${kind}`;
      if (fake.ownTemplates.has(key))
        throw { code: 'conflict', message: `there is already an own copy of ${key}.txt ('${TEMPLATES}/${key}.txt')` };
      fake.ownTemplates.set(key, null);
      return `${TEMPLATES}/${key}.txt`;
    },
    async restoreBuiltinTemplate(kind, language) {
      fake.calls.push(['restoreBuiltinTemplate', kind, language]);
      fail('restoreBuiltinTemplate');
      const key = `${language}/${kind}`;
      if (!fake.ownTemplates.delete(key)) throw { code: 'not-found', message: `own template '${key}.txt' not found` };
      return `${TEMPLATES}/${key}.txt.20261112T100000Z.bak`;
    },
    async openTemplatesFolder() {
      fake.calls.push(['openTemplatesFolder']);
      fail('openTemplatesFolder');
    },
    async openOwnTemplate(kind, language) {
      fake.calls.push(['openOwnTemplate', kind, language]);
      fail('openOwnTemplate');
    },
    async saveCaseDocument(reference, sha256) {
      fake.calls.push(['saveCaseDocument', reference, sha256]);
      fail('saveCaseDocument');
      const doc = detail(reference).documents.find((d) => d.sha256 === sha256);
      if (!doc) throw { code: 'not-found', message: `document of this case '${sha256}' not found` };
      return fake.saveDocumentAnswer ? `/home/dpo/${doc.file_name ?? sha256}` : null;
    },
    async openCaseDocument(reference, sha256) {
      fake.calls.push(['openCaseDocument', reference, sha256]);
      fail('openCaseDocument');
      const doc = detail(reference).documents.find((d) => d.sha256 === sha256);
      if (!doc) throw { code: 'not-found', message: `document of this case '${sha256}' not found` };
      if (!doc.viewable) throw { code: 'invalid-input', message: `'${doc.file_name}' is not opened in the system viewer` };
    },

    async pickAndImport() {
      fake.calls.push(['pickAndImport']);
      fail('pickAndImport');
      if (fake.pickAnswer) fake.importHandlers?.started(1);
      return fake.pickAnswer;
    },
    async setDialogWords(words) {
      fake.dialogWords = words;
    },
    async registerStatus() {
      return fake.registerState;
    },
    async openRegister(location) {
      fake.calls.push(['openRegister', location]);
      fail('openRegister');
      const where = location.trim();
      const team = /^postgres(?:ql)?:\/\/([^:@/]+)@/.exec(where);
      if (!where)
        throw { code: 'invalid-input', message: "give a register file's full path or a team register's postgres://USER@HOST/DATABASE", said: { area: 'register', said: { kind: 'register-location-empty' } } };
      if (!team && !where.startsWith('/'))
        throw { code: 'invalid-input', message: `'${where}' is not a full path`, said: { area: 'register', said: { kind: 'register-path-not-full', path: where } } };
      if (team) {
        fake.member = team[1]!;
        fake.registerState = 'sign-in';
      } else {
        fake.member = null;
        databasePath = where;
        fake.registerState = 'plain';
      }
      return fake.registerState;
    },
    async unlock(passphrase) {
      fake.calls.push(['unlock']);
      if (fake.registerState === 'sign-in') {
        if (passphrase !== fake.passphrase)
          throw { code: 'wrong-password', message: `wrong password for PostgreSQL role '${fake.member}' on db.example.org:5432` };
        fake.registerState = 'team';
        return;
      }
      if (passphrase !== fake.passphrase) throw { code: 'wrong-passphrase', message: "wrong passphrase for 'x.db'" };
      fake.registerState = 'unlocked';
    },
    async createRegister(passphrase) {
      fake.calls.push(['createRegister', passphrase === null ? 'plain' : 'encrypted']);
      if (fake.registerState !== 'missing') throw { code: 'conflict', message: "'x.db' already exists" };
      if (passphrase !== null && [...passphrase].length < 8)
        throw { code: 'invalid-input', message: `the passphrase is too short (${[...passphrase].length} characters; at least 8)` };
      if (passphrase !== null) fake.passphrase = passphrase;
      fake.registerState = passphrase === null ? 'plain' : 'unlocked';
    },
    // Not the façade's estimate: just enough to tell the three hints apart.
    async passphraseStrength(passphrase) {
      const n = [...passphrase].length;
      if (n < 12) return { strength: 'weak', hint: 'easy to guess' };
      if (n < 20) return { strength: 'fair', hint: 'could be longer' };
      return { strength: 'strong', hint: 'hard to guess' };
    },
    async encryptRegister(passphrase) {
      fake.calls.push(['encryptRegister']);
      if (fake.registerState !== 'plain') throw { code: 'conflict', message: 'this register is already encrypted' };
      if ([...passphrase].length < 8)
        throw { code: 'invalid-input', message: `the passphrase is too short (${[...passphrase].length} characters; at least 8)` };
      fake.passphrase = passphrase;
      fake.registerState = 'unlocked';
    },
    async lock() {
      fake.calls.push(['lock']);
      if (fake.registerState === 'plain') throw { code: 'conflict', message: 'this register is not encrypted' };
      fake.registerState = 'locked';
    },
    async lockTimeout() {
      fake.calls.push(['lockTimeout']);
      fail('lockTimeout');
      return fake.lockMinutes;
    },
    async setLockTimeout(minutes) {
      fake.calls.push(['setLockTimeout', minutes]);
      fail('setLockTimeout');
      if (minutes > 480) throw { code: 'invalid-input', message: `invalid lock timeout ${minutes} minutes (at most 480; 0 never locks)` };
      fake.lockMinutes = minutes;
      return minutes;
    },
    async backupReminder() {
      fake.calls.push(['backupReminder']);
      fail('backupReminder');
      return structuredClone(fake.reminder);
    },
    async backupNow(passphrase: string | null) {
      fake.calls.push(['backupNow', passphrase]);
      fail('backupNow');
      if (fake.backupAnswer) fake.reminder = null;
      return structuredClone(fake.backupAnswer);
    },
    async closedCaseRetention() {
      fail('closedCaseRetention');
      return { due: structuredClone(fake.retentionDue), kept: 1, next_due: null, audit_entries_kept: 0 };
    },
    async deleteDueCases() {
      fake.calls.push(['deleteDueCases']);
      fail('deleteDueCases');
      const due = fake.retentionDue;
      fake.retentionDue = [];
      return { due, kept: 1, next_due: null, audit_entries_kept: 0 };
    },
    async saveEvidencePack(reference) {
      fake.calls.push(['saveEvidencePack', reference]);
      fail('saveEvidencePack');
      await held();
      return fake.exportAnswer && { ...fake.exportAnswer, encrypted: false };
    },
    async exportPackage(reference, password) {
      fake.calls.push(['exportPackage', reference, password]);
      fail('exportPackage');
      if (password !== null && [...password].length < 10)
        throw { code: 'invalid-input', message: 'the package password needs at least 10 characters' };
      await held();
      // As the store does: the case's unsent access-response draft goes as the cover letter, recorded as sent.
      const cover = (fake.drafts.get(reference) ?? []).find((x) => x.state === 'draft' && x.kind === 'access-response');
      if (fake.exportAnswer && cover) markSent(detail(reference), cover, TODAY, 'letter');
      return fake.exportAnswer && { ...fake.exportAnswer, encrypted: password !== null };
    },
    async retentionPolicy() {
      fail('retentionPolicy');
      return retentionDto();
    },
    async setRetentionPolicy(policy) {
      fake.calls.push(['setRetentionPolicy', structuredClone(policy)]);
      fail('setRetentionPolicy');
      const days = policy.identity_document_days.trim();
      if (!/^\d+$/.test(days))
        throw {
          code: 'invalid-input',
          field: 'identity-document-days',
          message: `'${days}' is not a number of days: expected a whole number, e.g. 30`,
        };
      if (Number(days) > 3650)
        throw {
          code: 'invalid-input',
          field: 'identity-document-days',
          message: `identity documents are kept at most 3650 days, not ${days}`,
        };
      const months: Record<string, number> = {};
      for (const { outcome, period } of policy.after_closure) {
        const m = /^(\d+)\s*(m|months?|y|years?)$/.exec(period.trim().toLowerCase());
        const n = m ? Number(m[1]) * (m[2]?.startsWith('y') ? 12 : 1) : 0;
        if (!m || n < 1 || n > 600)
          throw {
            code: 'invalid-input',
            field: `after-closure.${outcome}`,
            message: `the period for ${outcome}: invalid period '${period}': expected e.g. 24m, 2y, 18 months, 2 years`,
          };
        months[outcome] = n;
      }
      fake.retention = { identityDocumentDays: Number(days), afterClosureMonths: months };
      return retentionDto();
    },
    async loadDemoOrganisation() {
      fake.calls.push(['loadDemoOrganisation']);
      fail('loadDemoOrganisation');
      if (cases.length > 0 || fake.systems.length > 0)
        throw {
          code: 'conflict',
          message: `the demo fills an empty register; this one already has ${cases.length} cases and ${fake.systems.length} systems (load the demo into a new, empty register)`,
        };
      fake.org = { ...anOrganisation(), name: 'Larkspur Software Ltd' };
      return { organisation: 'Larkspur Software Ltd', systems: 7, cases: ['CB-2026-0001', 'CB-2026-0002'], synthetic: 0 };
    },
    async cancelExport(kind) {
      fake.calls.push(['cancelExport', kind]);
      cancelHeld?.();
    },
    async onRegisterChanged(handler) {
      fake.registerChanged = handler;
      return () => {
        if (fake.registerChanged === handler) fake.registerChanged = null;
      };
    },
    async onExportProgress(handler) {
      fake.exportProgress = handler;
      return () => {
        if (fake.exportProgress === handler) fake.exportProgress = null;
      };
    },
    async cancelImport() {
      fake.calls.push(['cancelImport']);
    },
    async openedFiles() {
      return [...fake.openedNames];
    },
    async answerOpenedFiles(importThem) {
      fake.calls.push(['answerOpenedFiles', importThem]);
      fail('answerOpenedFiles');
      const count = fake.openedNames.length;
      fake.openedNames = [];
      if (importThem) fake.importHandlers?.started(count);
    },
    async onImport(handlers) {
      fake.importHandlers = handlers;
      return () => {
        if (fake.importHandlers === handlers) fake.importHandlers = null;
      };
    },

    async processingVocabulary() {
      return structuredClone(VOCABULARY);
    },
    async processingSystems() {
      fail('processingSystems');
      return structuredClone(fake.systems);
    },
    async addProcessingSystem(input) {
      fake.calls.push(['addProcessingSystem', structuredClone(input)]);
      fail('addProcessingSystem');
      const system = systemOf(input);
      const problems = [];
      if (!system.name.trim()) problems.push('name: is empty');
      if (system.purposes.some((p) => !p.legal_basis.id)) problems.push('purposes #1 (legal_basis): is missing');
      if (problems.length) throw { code: 'invalid-input', message: problems.join('; ') };
      if (fake.systems.some((x) => x.id === system.id))
        throw { code: 'conflict', message: `system '${system.id}' is already in the register (use \`processing edit\`)` };
      fake.systems.push(system);
      return structuredClone(system);
    },
    async editProcessingSystem(id, input) {
      fake.calls.push(['editProcessingSystem', id, structuredClone(input)]);
      fail('editProcessingSystem');
      const i = fake.systems.findIndex((x) => x.id === id);
      if (i < 0) throw { code: 'invalid-input', message: `system '${id}' is not in the register of processing` };
      fake.systems[i] = systemOf({ ...input, id }, fake.systems[i]);
      return structuredClone(fake.systems[i]);
    },
    async removeProcessingSystem(id) {
      fake.calls.push(['removeProcessingSystem', id]);
      fail('removeProcessingSystem');
      const found = fake.systems.find((x) => x.id === id);
      if (!found) throw { code: 'invalid-input', message: `system '${id}' is not in the register of processing` };
      fake.systems = fake.systems.filter((x) => x.id !== id);
      return found;
    },
    async importProcessingRegister() {
      fake.calls.push(['importProcessingRegister']);
      const answer = fake.registerFile;
      if (answer instanceof ApiError) throw { code: answer.code, message: answer.message };
      if (!answer) return null;
      const replaced = fake.systems.length;
      fake.systems = structuredClone(answer.systems);
      return { file: answer.file, replaced, systems: structuredClone(answer.systems) };
    },
    async exportProcessingRegister() {
      fake.calls.push(['exportProcessingRegister']);
      return fake.registerExportAnswer;
    },
    async actionLog(reference) {
      fail('actionLog');
      return structuredClone(actionLogOf(reference));
    },
    async recordAction(reference, action) {
      fake.calls.push(['recordAction', reference, structuredClone(action)]);
      fail('recordAction');
      const d = detail(reference);
      const allowed = d.right_actions.find((r) => r.right === action.right);
      if (!allowed) throw { code: 'invalid-input', field: 'right', message: `case ${reference} did not ask for ${action.right}` };
      if (!allowed.actions.includes(action.did))
        throw { code: 'invalid-input', field: 'did', message: `'${action.did}' does not answer ${action.right}` };
      if (action.did === 'kept' && !action.ground?.trim())
        throw { code: 'invalid-input', message: 'data kept needs its legal ground' };
      if (action.on && action.on > TODAY)
        throw { code: 'invalid-input', field: 'date', message: `the date ${action.on} is in the future (today is ${TODAY})` };
      if (action.on && action.on < d.received)
        throw { code: 'invalid-input', field: 'date', message: `the date ${action.on} is before the request was received (${d.received})` };
      actionLogOf(reference).actions.push({
        right: action.right,
        system: action.system,
        did: action.did,
        ground: action.ground ?? null,
        detail: action.detail ?? null,
        by: 'dpo',
        on: action.on ?? TODAY,
      });
      return structuredClone(actionLogOf(reference));
    },
    async rightStatus(reference) {
      fail('rightStatus');
      const d = detail(reference);
      const answers = rightAnswers.get(reference) ?? [];
      return d.rights.map((right) => {
        const answer = answers.find((a) => a.right === right) ?? null;
        const needs = !goAhead.includes(right);
        return {
          right,
          due: d.due,
          needs_identity: needs,
          why: needs ? 'it discloses or changes data' : 'acting on it only stops processing',
          ground: needs ? ('discloses' as const) : ('unsubscribe' as const),
          waits_for_identity: needs && answer === null && d.status === 'awaiting-identity',
          answer: structuredClone(answer),
          corrections: structuredClone((rightCorrections.get(reference) ?? []).filter((k) => k.earlier.right === right)),
        };
      });
    },
    async answerRight(reference, input) {
      fake.calls.push(['answerRight', reference, structuredClone(input)]);
      fail('answerRight');
      const d = detail(reference);
      const right = input.right;
      if (!d.rights.includes(right))
        throw { code: 'invalid-input', field: 'right', message: `case ${reference} did not ask for ${input.right}` };
      const answers = rightAnswers.get(reference) ?? [];
      if (answers.some((a) => a.right === right))
        throw { code: 'conflict', message: `case ${reference}: ${right} was already answered; a right is answered once` };
      if (!goAhead.includes(right) && d.status === 'awaiting-identity' && input.outcome !== 'refused')
        throw { code: 'conflict', message: `case ${reference}: ${right} waits for identity` };
      if (input.outcome === 'partly' && !input.exemption?.trim())
        throw {
          code: 'invalid-input',
          field: 'exemption',
          message: `${right} partly fulfilled needs the exemption that applies to the rest, in words`,
        };
      if (input.outcome === 'refused' && !input.ground)
        throw { code: 'invalid-input', field: 'ground', message: `refusing ${right} needs its ground` };
      answers.push({
        right,
        outcome: input.outcome,
        ground: input.ground ?? null,
        detail: input.exemption ?? input.reason ?? null,
        by: 'dpo',
        on: input.on ?? TODAY,
      });
      rightAnswers.set(reference, answers);
      return structuredClone(d);
    },
    async correctRightAnswer(reference, input, reason) {
      fake.calls.push(['correctRightAnswer', reference, structuredClone(input), reason]);
      fail('correctRightAnswer');
      const d = detail(reference);
      if (d.status === 'closed') throw { code: 'conflict', message: `case ${reference} is closed: re-open it first` };
      if (!reason.trim())
        throw { code: 'invalid-input', field: 'correct', message: 'correcting an answer needs the reason why it was wrong' };
      const answers = rightAnswers.get(reference) ?? [];
      const i = answers.findIndex((a) => a.right === input.right);
      if (i < 0) throw { code: 'conflict', message: `case ${reference}: ${input.right} has no answer to correct` };
      if (input.outcome === 'partly' && !input.exemption?.trim())
        throw {
          code: 'invalid-input',
          field: 'exemption',
          message: `${input.right} partly fulfilled needs the exemption that applies to the rest, in words`,
        };
      const earlier = answers[i]!;
      const kept = rightCorrections.get(reference) ?? [];
      kept.push({ earlier: structuredClone(earlier), reason: reason.trim(), by: 'dpo', on: TODAY });
      rightCorrections.set(reference, kept);
      answers[i] = {
        right: earlier.right,
        outcome: input.outcome,
        ground: input.ground ?? null,
        detail: input.exemption ?? input.reason ?? null,
        by: 'dpo',
        on: input.on ?? earlier.on,
      };
      return structuredClone(d);
    },
    async updatePeople(reference, update) {
      fake.calls.push(['updatePeople', reference, structuredClone(update)]);
      fail('updatePeople');
      const d = detail(reference);
      if (d.status === 'closed') throw { code: 'conflict', message: `case ${reference} is closed and can no longer be changed` };
      if (update.subject_birth_date && update.subject_birth_date > d.received)
        throw {
          code: 'invalid-input',
          field: 'subject-birth-date',
          message: `the subject's birth date ${update.subject_birth_date} is after the request was received on ${d.received}`,
        };
      if (update.requester_name !== null && update.requester_name !== undefined) {
        if (!update.requester_name.trim()) throw { code: 'invalid-input', message: "the requester's name is empty" };
        d.requester.name = update.requester_name.trim();
      }
      if (update.requester_emails) {
        const bad = update.requester_emails.find((e) => !e.includes('@'));
        if (bad) throw { code: 'invalid-input', message: `invalid email address '${bad}'` };
        d.requester.emails = update.requester_emails;
      }
      if (update.requester_address !== null && update.requester_address !== undefined)
        d.requester.postal_address = update.requester_address.trim() || null;
      if (update.requester_phone !== null && update.requester_phone !== undefined)
        d.requester.phone = update.requester_phone.trim() || null;
      if (update.customer_ids) d.requester.customer_ids = update.customer_ids.map((c) => c.trim()).filter((c) => c !== '');
      if (update.subject_name !== null && update.subject_name !== undefined) {
        const name = update.subject_name.trim();
        if (!name) d.data_subject = null;
        else if (!d.data_subject && !update.subject_relationship)
          throw {
            code: 'invalid-input',
            field: 'subject-relationship',
            message: 'a data subject needs a relationship to the requester',
          };
        else
          d.data_subject = {
            ...(d.data_subject ?? { birth_date: null, child: false }),
            name,
            relationship: update.subject_relationship ?? d.data_subject!.relationship,
          } as DataSubject;
      }
      if (d.data_subject && update.subject_birth_date !== null && update.subject_birth_date !== undefined)
        d.data_subject.birth_date = update.subject_birth_date || null;
      if (d.data_subject && update.subject_child !== null && update.subject_child !== undefined)
        d.data_subject.child = update.subject_child;
      return structuredClone(d);
    },
    async recordNotification(reference, notification) {
      fake.calls.push(['recordNotification', reference, structuredClone(notification)]);
      fail('recordNotification');
      const recipient = notification.recipient.trim();
      if (!recipient) throw { code: 'invalid-input', field: 'recipient', message: 'the recipient is empty' };
      const listed = fake.systems.some((s) => s.recipients.some((r) => r.name.toLowerCase() === recipient.toLowerCase()));
      if (!listed && !notification.reason?.trim())
        throw {
          code: 'invalid-input',
          field: 'reason',
          message: `'${recipient}' is not a recipient in the register of processing: say why it was told`,
        };
      const right = notification.right ?? detail(reference).right_actions.find((r) => r.notified)?.right ?? 'erasure';
      actionLogOf(reference).notifications.push({
        right,
        recipient,
        unlisted_reason: listed ? null : (notification.reason ?? null),
        by: 'dpo',
        on: notification.on ?? TODAY,
      });
      return {
        log: structuredClone(actionLogOf(reference)),
        warning: listed
          ? null
          : `'${recipient}' is not a recipient in the register of processing; recorded with the reason given`,
      };
    },
    reopenCase: (reference, reason) =>
      change('reopenCase', [reason], reference, (d) => {
        if (!reason.trim()) throw { code: 'invalid-input', field: 'reason', message: 're-opening a case needs its reason' };
        if (d.status !== 'closed') throw { code: 'conflict', message: `case ${reference} is not closed` };
        d.status = 'in-progress';
        d.outcome = null;
        d.closed_on = null;
        d.deadlines.clock = 'running';
      }),
    recordAppeal: (reference, on) =>
      change('recordAppeal', [on], reference, (d) => {
        if (d.regime !== 'us-state')
          throw { code: 'conflict', message: `case ${reference}: an appeal to the controller with its own clock is a US state law's` };
        d.deadlines.appeal_due = '2026-12-27';
      }),
    decideAppeal: (reference, outcome, text, on) =>
      change('decideAppeal', [outcome, text, on], reference, (d) => {
        if (!text.trim())
          throw { code: 'invalid-input', field: 'text', message: 'the decision needs its written explanation of the reasons' };
        if (d.deadlines.appeal_due === null) throw { code: 'conflict', message: `case ${reference}: no appeal is awaiting a decision` };
      }),
    async logComplaint(complaint) {
      fake.calls.push(['logComplaint', structuredClone(complaint)]);
      fail('logComplaint');
      if (!complaint.requester_name.trim())
        throw { code: 'invalid-input', field: 'requester-name', message: "the complainant's name is empty" };
      const reference = `CB-2026-${String(cases.length + 1).padStart(4, '0')}`;
      const d = aDetail({
        reference,
        kind: 'complaint',
        concerns: complaint.concerns,
        rights: [],
        right_actions: [],
        received: complaint.received,
        channel: complaint.channel,
        requester: { name: complaint.requester_name, emails: complaint.requester_emails, postal_address: null, phone: null, customer_ids: [], date_of_birth: null },
      });
      fake.details.set(reference, d);
      cases.push({
        reference,
        status: d.status,
        rights: d.rights,
        regime: d.regime,
        location: d.location,
        channel: d.channel,
        received: d.received,
        requester_name: d.requester.name,
        due: d.due,
        next_due: d.due,
        days_left: d.days_left,
        outcome: null,
        closed_on: null,
        rights_answered: [],
        appeal_due: null,
      });
      return structuredClone(d);
    },
    answerComplaint: (reference, outcome, text, on) =>
      change('answerComplaint', [outcome, text, on], reference, (d) => {
        if (d.kind !== 'complaint') throw { code: 'conflict', message: `case ${reference}: a request is answered with \`case respond\`` };
        if (!text.trim())
          throw { code: 'invalid-input', field: 'text', message: 'the answer needs its text: what was found and what was done' };
        d.status = 'response-sent';
        d.deadlines.clock = 'stopped';
      }),
    async searchLog(reference) {
      fail('searchLog');
      return searchLogOf(reference);
    },
    async recordSearch(reference, search) {
      fake.calls.push(['recordSearch', reference, structuredClone(search)]);
      fail('recordSearch');
      if (search.not_searched && !search.reason?.trim())
        throw { code: 'invalid-input', message: 'say why the system was not searched (--reason)' };
      const record: SearchRecord = {
        system: search.system,
        searched: !search.not_searched,
        result: search.result,
        reason: search.reason,
        by: search.by ?? 'dpo',
        on: search.on ?? TODAY,
        note: search.note,
      };
      fake.searches.set(reference, [...(fake.searches.get(reference) ?? []), record]);
      return searchLogOf(reference);
    },
    async importCaseData(request) {
      fake.calls.push(['importCaseData', structuredClone(request)]);
      const answer = fake.dataFile;
      if (answer instanceof ApiError) throw { code: answer.code, message: answer.message };
      if (!answer) return null;
      const ref = request.reference;
      fake.dataFiles.set(ref, [...(fake.dataFiles.get(ref) ?? []), structuredClone(answer.file)]);
      fake.dataItems.set(ref, [...(fake.dataItems.get(ref) ?? []), ...structuredClone(answer.items)]);
      return structuredClone(answer.file);
    },
    async caseData(reference, limit, offset) {
      fake.calls.push(['caseData', reference, limit, offset]);
      fail('caseData');
      const files = fake.dataFiles.get(reference) ?? [];
      return {
        reference,
        files: structuredClone(files),
        items: structuredClone((fake.dataItems.get(reference) ?? []).slice(offset, offset + limit)),
        redactions: structuredClone(fake.redactions.get(reference) ?? []),
      };
    },
    async redactData(redaction) {
      const { reference, ...asked } = redaction;
      fake.calls.push(['redactData', reference, structuredClone(asked)]);
      fail('redactData');
      if (!redaction.note.trim())
        throw { code: 'invalid-input', message: 'a redaction needs a note saying what is withheld' };
      const item = (fake.dataItems.get(reference) ?? []).find((i) => String(i.id) === redaction.item);
      if (!item) throw { code: 'not-found', message: `data item '${redaction.item} on case ${reference}' not found` };
      const list = fake.redactions.get(reference) ?? [];
      const made: Redaction = {
        id: list.length + 1,
        file_id: item.file_id,
        system: item.system,
        item_id: item.id,
        field: redaction.field,
        reason: redaction.reason,
        article: redaction.article,
        note: redaction.note,
        at: '2026-11-12T10:00:00Z',
        actor: 'dpo',
      };
      fake.redactions.set(reference, [...list, made]);
      return made;
    },
  };

  function actionLogOf(reference: string): ActionLog {
    let log = fake.actionLogs.get(reference);
    if (!log) {
      log = { actions: [], notifications: [] };
      fake.actionLogs.set(reference, log);
    }
    return log;
  }

  function searchLogOf(reference: string): SearchLog {
    const history = structuredClone(fake.searches.get(reference) ?? []);
    const systems = fake.systems.map((x) => ({
      system: x.id,
      name: x.name,
      latest: [...history].reverse().find((r) => r.system === x.id) ?? null,
    }));
    return {
      subject_category: 'customer',
      systems,
      unsearched: systems.filter((x) => !x.latest).map((x) => x.system),
      history,
    };
  }
  return fake;
}

export function aCase(overrides: Partial<CaseSummary> = {}): CaseSummary {
  const summary: CaseSummary = {
    reference: 'CB-2026-0001',
    status: 'received',
    rights: ['access'],
    regime: 'uk-gdpr',
    location: 'GB-ENG',
    channel: 'email',
    received: '2026-11-02',
    requester_name: 'Ada Lovelace',
    due: '2026-12-02',
    next_due: null,
    days_left: 20,
    outcome: null,
    closed_on: null,
    rights_answered: [],
    appeal_due: null,
    ...overrides,
  };
  // As the façade gives it: the appeal's date once answered, else the case's own while open.
  const next_due =
    overrides.next_due !== undefined
      ? overrides.next_due
      : (summary.appeal_due ?? (finished.includes(summary.status) ? null : summary.due));
  return { ...summary, next_due };
}
