// What the UI may ask of the Rust side, independent of how it is transported.
// Components depend on `Api`; `api.ts` implements it over Tauri IPC and tests
// pass a fake.
import type { AppInfo } from './bindings/AppInfo';
import type { CaseNextActionDto } from './bindings/CaseNextActionDto';
import type { CasePage } from './bindings/CasePage';
import type { NextActionsDto } from './bindings/NextActionsDto';
import type { FeeRequestDto } from './bindings/FeeRequestDto';
import type { IdentityCheckDto } from './bindings/IdentityCheckDto';
import type { ImportProgressDto } from './bindings/ImportProgressDto';
import type { ImportReportDto } from './bindings/ImportReportDto';
import type { LetterDto } from './bindings/LetterDto';
import type { LetterKindDto } from './bindings/LetterKindDto';
import type { LetterTemplatesDto } from './bindings/LetterTemplatesDto';
import type { MonthStatsDto } from './bindings/MonthStatsDto';
import type { RefusalDto } from './bindings/RefusalDto';
import type { ResponseDto } from './bindings/ResponseDto';
import type { ChannelCode } from './bindings/ChannelCode';
import type { CalendarImportDto } from './bindings/CalendarImportDto';
import type { CalendarImportRequest } from './bindings/CalendarImportRequest';
import type { CalendarSummaryDto } from './bindings/CalendarSummaryDto';
import type { CaseDetail } from './bindings/CaseDetail';
import type { CaseListQuery } from './bindings/CaseListQuery';
import type { CaseSummary } from './bindings/CaseSummary';
import type { DashboardDto } from './bindings/DashboardDto';
import type { DeadlinePolicyDto } from './bindings/DeadlinePolicyDto';
import type { ExtensionDto } from './bindings/ExtensionDto';
import type { HolidayDto } from './bindings/HolidayDto';
import type { IpcError } from './bindings/IpcError';
import type { IpcErrorCode } from './bindings/IpcErrorCode';
import type { NewRequestDto } from './bindings/NewRequestDto';
import type { NoteDto } from './bindings/NoteDto';
import type { OrganisationDto } from './bindings/OrganisationDto';
import type { OutcomeCode } from './bindings/OutcomeCode';
import type { BackupDoneDto } from './bindings/BackupDoneDto';
import type { ExportedFileDto } from './bindings/ExportedFileDto';
import type { ExportKindCode } from './bindings/ExportKindCode';
import type { ExportProgressDto } from './bindings/ExportProgressDto';
import type { BackupReminderDto } from './bindings/BackupReminderDto';
import type { PassphraseStrengthDto } from './bindings/PassphraseStrengthDto';
import type { RetentionRunDto } from './bindings/RetentionRunDto';
import type { RetentionPolicyDto } from './bindings/RetentionPolicyDto';
import type { DemoLoadDto } from './bindings/DemoLoadDto';
import type { RegisterStateCode } from './bindings/RegisterStateCode';
import type { StatusCode } from './bindings/StatusCode';
import type { TimelineEntryDto } from './bindings/TimelineEntryDto';
import type { CaseDataDto } from './bindings/CaseDataDto';
import type { DataFileDto } from './bindings/DataFileDto';
import type { DataImportRequest } from './bindings/DataImportRequest';
import type { RedactionDto } from './bindings/RedactionDto';
import type { RedactionInputDto } from './bindings/RedactionInputDto';
import type { RegisterImportDto } from './bindings/RegisterImportDto';
import type { SearchInputDto } from './bindings/SearchInputDto';
import type { SearchLogDto } from './bindings/SearchLogDto';
import type { SystemDto } from './bindings/SystemDto';
import type { VocabularyTermDto } from './bindings/VocabularyTermDto';

export type { AppInfo } from './bindings/AppInfo';
export type { ActionKindCode } from './bindings/ActionKindCode';
export type { AuthorityDto } from './bindings/AuthorityDto';
export type { CaseNextActionDto } from './bindings/CaseNextActionDto';
export type { CasePage } from './bindings/CasePage';
export type { NextActionsDto } from './bindings/NextActionsDto';
export type { CorrespondenceDto } from './bindings/CorrespondenceDto';
export type { DocumentDto } from './bindings/DocumentDto';
export type { FileKindCode } from './bindings/FileKindCode';
export type { FeeGroundCode } from './bindings/FeeGroundCode';
export type { FeeRequestDto } from './bindings/FeeRequestDto';
export type { IdentityCheckDto } from './bindings/IdentityCheckDto';
export type { IdentityMethodCode } from './bindings/IdentityMethodCode';
export type { IdentityOutcomeCode } from './bindings/IdentityOutcomeCode';
export type { IdentitySuggestionDto } from './bindings/IdentitySuggestionDto';
export type { ImportOutcomeDto } from './bindings/ImportOutcomeDto';
export type { ImportProgressDto } from './bindings/ImportProgressDto';
export type { ImportReportDto } from './bindings/ImportReportDto';
export type { ImportResultDto } from './bindings/ImportResultDto';
export type { LetterDto } from './bindings/LetterDto';
export type { LetterKindDto } from './bindings/LetterKindDto';
export type { LetterTemplateDto } from './bindings/LetterTemplateDto';
export type { LetterTemplatesDto } from './bindings/LetterTemplatesDto';
export type { MonthStatsDto } from './bindings/MonthStatsDto';
export type { NextActionDto } from './bindings/NextActionDto';
export type { RefusalDto } from './bindings/RefusalDto';
export type { RefusalReasonCode } from './bindings/RefusalReasonCode';
export type { ResponseDto } from './bindings/ResponseDto';
export type { RightCountDto } from './bindings/RightCountDto';
export type { CalendarImportDto } from './bindings/CalendarImportDto';
export type { ClosurePeriodDto } from './bindings/ClosurePeriodDto';
export type { RetentionPolicyDto } from './bindings/RetentionPolicyDto';
export type { DemoLoadDto } from './bindings/DemoLoadDto';
export type { CalendarImportRequest } from './bindings/CalendarImportRequest';
export type { CalendarSummaryDto } from './bindings/CalendarSummaryDto';
export type { CaseDetail } from './bindings/CaseDetail';
export type { CaseListQuery } from './bindings/CaseListQuery';
export type { CaseSortKey } from './bindings/CaseSortKey';
export type { CaseSummary } from './bindings/CaseSummary';
export type { ChannelCode } from './bindings/ChannelCode';
export type { ClockCode } from './bindings/ClockCode';
export type { DashboardDto } from './bindings/DashboardDto';
export type { DeadlinePolicyDto } from './bindings/DeadlinePolicyDto';
export type { DeadlinesDto } from './bindings/DeadlinesDto';
export type { ExtensionDto } from './bindings/ExtensionDto';
export type { HolidayDto } from './bindings/HolidayDto';
export type { IpcErrorCode } from './bindings/IpcErrorCode';
export type { NewRequestDto } from './bindings/NewRequestDto';
export type { NoteDto } from './bindings/NoteDto';
export type { OrganisationDto } from './bindings/OrganisationDto';
export type { OutcomeCode } from './bindings/OutcomeCode';
export type { BackupDoneDto } from './bindings/BackupDoneDto';
export type { ExportedFileDto } from './bindings/ExportedFileDto';
export type { ExportKindCode } from './bindings/ExportKindCode';
export type { ExportPhaseCode } from './bindings/ExportPhaseCode';
export type { ExportProgressDto } from './bindings/ExportProgressDto';
export type { ProgressUnitCode } from './bindings/ProgressUnitCode';
export type { BackupReminderDto } from './bindings/BackupReminderDto';
export type { RetentionDueDto } from './bindings/RetentionDueDto';
export type { RetentionRunDto } from './bindings/RetentionRunDto';
export type { PassphraseStrengthCode } from './bindings/PassphraseStrengthCode';
export type { PassphraseStrengthDto } from './bindings/PassphraseStrengthDto';
export type { RegisterStateCode } from './bindings/RegisterStateCode';
export type { RegimeCode } from './bindings/RegimeCode';
export type { RelationshipCode } from './bindings/RelationshipCode';
export type { RightCode } from './bindings/RightCode';
export type { StatusCode } from './bindings/StatusCode';
export type { SubjectCategoryCode } from './bindings/SubjectCategoryCode';
export type { TimelineEntryDto } from './bindings/TimelineEntryDto';
export type { TimelineItemDto } from './bindings/TimelineItemDto';
export type { AutomatedDecisionDto } from './bindings/AutomatedDecisionDto';
export type { CaseDataDto } from './bindings/CaseDataDto';
export type { DataFileDto } from './bindings/DataFileDto';
export type { DataImportRequest } from './bindings/DataImportRequest';
export type { DataItemDto } from './bindings/DataItemDto';
export type { MatchKindCode } from './bindings/MatchKindCode';
export type { PurposeBasisDto } from './bindings/PurposeBasisDto';
export type { RecipientDto } from './bindings/RecipientDto';
export type { RedactionDto } from './bindings/RedactionDto';
export type { RedactionInputDto } from './bindings/RedactionInputDto';
export type { RedactionReasonCode } from './bindings/RedactionReasonCode';
export type { RegisterImportDto } from './bindings/RegisterImportDto';
export type { SearchInputDto } from './bindings/SearchInputDto';
export type { SearchLogDto } from './bindings/SearchLogDto';
export type { SearchRecordDto } from './bindings/SearchRecordDto';
export type { SearchResultCode } from './bindings/SearchResultCode';
export type { SystemDto } from './bindings/SystemDto';
export type { TermDto } from './bindings/TermDto';
export type { TermKindCode } from './bindings/TermKindCode';
export type { TransferDto } from './bindings/TransferDto';
export type { VocabularyTermDto } from './bindings/VocabularyTermDto';

export interface Api {
  listCases(query: CaseListQuery): Promise<CaseSummary[]>;
  appInfo(): Promise<AppInfo>;
  /** The organisation's civil date, `YYYY-MM-DD`. */
  today(): Promise<string>;
  dashboard(): Promise<DashboardDto>;

  caseDetail(reference: string): Promise<CaseDetail>;
  caseTimeline(reference: string): Promise<TimelineEntryDto[]>;
  logRequest(request: NewRequestDto): Promise<CaseDetail>;
  addNote(reference: string, text: string): Promise<NoteDto>;
  requestIdentity(reference: string, on: string, what: string | null): Promise<CaseDetail>;
  receiveIdentity(reference: string, on: string): Promise<CaseDetail>;
  askClarification(reference: string, on: string, question: string): Promise<CaseDetail>;
  answerClarification(reference: string, on: string): Promise<CaseDetail>;
  takeExtension(reference: string, extension: ExtensionDto): Promise<CaseDetail>;
  updateStatus(reference: string, status: StatusCode): Promise<CaseDetail>;
  closeCase(reference: string, outcome: OutcomeCode, on: string | null): Promise<CaseDetail>;

  /** Null on a register that has never been set up (first start). */
  organisation(): Promise<OrganisationDto | null>;
  setOrganisation(organisation: OrganisationDto): Promise<OrganisationDto>;
  deadlinePolicy(): Promise<DeadlinePolicyDto>;
  /** Returns the open cases whose due date moved. */
  setDeadlinePolicy(policy: DeadlinePolicyDto): Promise<string[]>;
  listCalendars(): Promise<CalendarSummaryDto[]>;
  calendarHolidays(id: string, year: number): Promise<HolidayDto[]>;
  /** Opens the native file dialog; null when the user cancels. */
  importCalendar(request: CalendarImportRequest): Promise<CalendarImportDto | null>;

  /** How many cases the query matches, its limit and offset aside. */
  /** A page of the list and how many cases match in all (one call per keystroke). */
  listPage(query: CaseListQuery): Promise<CasePage>;
  monthlyStats(): Promise<MonthStatsDto[]>;
  /** The first `limit` next actions, soonest first, and how many there are. */
  nextActions(limit: number): Promise<NextActionsDto>;

  acknowledge(reference: string, on: string, channel: ChannelCode): Promise<CaseDetail>;
  requestAuthority(reference: string, on: string, what: string | null): Promise<CaseDetail>;
  checkIdentity(reference: string, check: IdentityCheckDto): Promise<CaseDetail>;
  requestFee(reference: string, fee: FeeRequestDto): Promise<CaseDetail>;
  receiveFee(reference: string, on: string): Promise<CaseDetail>;
  refuse(reference: string, refusal: RefusalDto): Promise<CaseDetail>;
  withdraw(reference: string, on: string, how: string | null): Promise<CaseDetail>;
  respond(reference: string, response: ResponseDto): Promise<CaseDetail>;

  letterKinds(): Promise<LetterKindDto[]>;
  /** Makes a letter and records it on the case; `language` null: the case's (or English). */
  makeLetter(reference: string, kind: string, language: string | null): Promise<LetterDto>;
  /** Native save dialog, file written in Rust; the path chosen, or null when cancelled. */
  saveLetterPdf(reference: string, sha256: string): Promise<string | null>;
  saveLetterEml(reference: string, sha256: string): Promise<string | null>;
  openLetterPdf(reference: string, sha256: string): Promise<void>;
  /** Every letter kind (and `_closing`) per language: built-in or the organisation's own copy, and its problem. */
  letterTemplates(): Promise<LetterTemplatesDto>;
  /** Copies the built-in template into the templates folder; the copy's path. */
  customiseTemplate(kind: string, language: string): Promise<string>;
  /** Uses the built-in template again; where the own copy was kept (renamed, not deleted). */
  restoreBuiltinTemplate(kind: string, language: string): Promise<string>;
  /** Opens the templates folder in the system's file manager. */
  openTemplatesFolder(): Promise<void>;
  /** Opens the own copy of a template in the system's editor. */
  openOwnTemplate(kind: string, language: string): Promise<void>;
  /** Saves a stored file of a case, byte for byte (native save dialog); the path, or null when cancelled. */
  saveCaseDocument(reference: string, sha256: string): Promise<string | null>;
  /** Opens a stored file in the system viewer; refused unless its bytes are PDF, an image or plain text. */
  openCaseDocument(reference: string, sha256: string): Promise<void>;

  /** Native open dialog, then the import starts in Rust; false when the dialog was cancelled. */
  pickAndImport(): Promise<boolean>;
  cancelImport(): Promise<void>;
  /** Follows imports (started here or by dropping files on the window); returns the unsubscribe. */
  onImport(handlers: ImportHandlers): Promise<() => void>;

  /** The DPV terms the register's pickers offer. */
  processingVocabulary(): Promise<VocabularyTermDto[]>;
  processingSystems(): Promise<SystemDto[]>;
  addProcessingSystem(system: SystemDto): Promise<SystemDto>;
  /** Replaces every field of system `id` with the form's. */
  editProcessingSystem(id: string, system: SystemDto): Promise<SystemDto>;
  removeProcessingSystem(id: string): Promise<SystemDto>;
  /** Native open dialog, then the whole register is replaced (or nothing); null when cancelled. */
  importProcessingRegister(): Promise<RegisterImportDto | null>;
  /** Native save dialog; the path written, or null when cancelled. */
  exportProcessingRegister(): Promise<string | null>;
  searchLog(reference: string): Promise<SearchLogDto>;
  recordSearch(reference: string, search: SearchInputDto): Promise<SearchLogDto>;
  /** Native open dialog, then the export is imported onto the case (or nothing); null when cancelled. */
  importCaseData(request: DataImportRequest): Promise<DataFileDto | null>;
  caseData(reference: string, limit: number, offset: number): Promise<CaseDataDto>;
  redactData(reference: string, redaction: RedactionInputDto): Promise<RedactionDto>;
  /** Missing (first start), plain, locked (encrypted, waiting for its passphrase) or unlocked. */
  registerStatus(): Promise<RegisterStateCode>;
  /** Opens the encrypted register; rejects with `wrong-passphrase` when it does not fit. */
  unlock(passphrase: string): Promise<void>;
  /** First start: creates the register, encrypted with the passphrase, or plain with null. */
  createRegister(passphrase: string | null): Promise<void>;
  passphraseStrength(passphrase: string): Promise<PassphraseStrengthDto>;
  /** Closes the encrypted register (its key wiped); commands then get `passphrase-needed`. */
  lock(): Promise<void>;
  /** Minutes without input before the window locks itself; 0 never. */
  lockTimeout(): Promise<number>;
  setLockTimeout(minutes: number): Promise<number>;
  /** Encrypts the open plain register with a new passphrase, then reopens it. */
  encryptRegister(passphrase: string): Promise<void>;

  /** The reminder when a backup is due, else null. */
  backupReminder(): Promise<BackupReminderDto | null>;
  /** Native save dialog, then a verified backup there; null when cancelled. */
  backupNow(): Promise<BackupDoneDto | null>;
  /** The closed cases due for deletion today (nothing is deleted). */
  closedCaseRetention(): Promise<RetentionRunDto>;
  /** Deletes the closed cases due today; returns them. */
  deleteDueCases(): Promise<RetentionRunDto>;
  /** Native save dialog, then the case's evidence pack (PDF) there; null when cancelled. */
  saveEvidencePack(reference: string): Promise<ExportedFileDto | null>;
  /** Native save dialog, then the case's data package (ZIP; encrypted with the password when given); null when cancelled. */
  exportPackage(reference: string, password: string | null): Promise<ExportedFileDto | null>;
  /** Stops the running export of `kind`: it then fails with the code `cancelled`, having saved nothing. */
  cancelExport(kind: ExportKindCode): Promise<void>;
  /** Follows the exports' progress (`export-progress` events); resolves to a function that unsubscribes. */
  onExportProgress(handler: (progress: ExportProgressDto) => void): Promise<() => void>;
  /** The retention periods: identity documents after the decision, closed cases per outcome. */
  retentionPolicy(): Promise<RetentionPolicyDto>;
  /** Saves them; an invalid value is refused naming its field (`identity-document-days`, `after-closure.OUTCOME`). */
  setRetentionPolicy(policy: RetentionPolicyDto): Promise<RetentionPolicyDto>;
  /** Fills an empty register with the demo organisation, its systems and cases (refused on a non-empty one). */
  loadDemoOrganisation(): Promise<DemoLoadDto>;
}

/** What an import tells the window while it runs. */
export interface ImportHandlers {
  started: (paths: number) => void;
  progress: (counts: ImportProgressDto) => void;
  finished: (report: ImportReportDto) => void;
  refused: (error: ApiError) => void;
}

// Every code once; the compiler complains when Rust adds one this list lacks.
const errorCodes: Record<IpcErrorCode, true> = {
  'not-found': true,
  'invalid-input': true,
  conflict: true,
  'not-initialised': true,
  'passphrase-needed': true,
  'wrong-passphrase': true,
  storage: true,
  cancelled: true,
  internal: true,
};

/** A failed command: `code` is one of a closed set the UI can branch on. */
export class ApiError extends Error {
  readonly code: IpcErrorCode;
  /** The input field an invalid-input error is about (`on`, `identity-document-days`…), when one. */
  readonly field: string | undefined;

  constructor(code: IpcErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
  }

  /** Whatever a command rejected with, as an ApiError (unknown shapes become `internal`). */
  static from(value: unknown): ApiError {
    if (value instanceof ApiError) return value;
    if (isIpcError(value)) return new ApiError(value.code, value.message, typeof value.field === 'string' ? value.field : undefined);
    const message = value instanceof Error ? value.message : String(value);
    return new ApiError('internal', message);
  }
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && Object.hasOwn(errorCodes, v.code);
}
