// What the UI may ask of the Rust side, independent of how it is transported.
// Components depend on `Api`; `api.ts` implements it over Tauri IPC and tests
// pass a fake.
import type { AppInfo } from './bindings/AppInfo';
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
import type { StatusCode } from './bindings/StatusCode';
import type { TimelineEntryDto } from './bindings/TimelineEntryDto';

export type { AppInfo } from './bindings/AppInfo';
export type { CalendarImportDto } from './bindings/CalendarImportDto';
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
export type { RegimeCode } from './bindings/RegimeCode';
export type { RelationshipCode } from './bindings/RelationshipCode';
export type { RightCode } from './bindings/RightCode';
export type { StatusCode } from './bindings/StatusCode';
export type { SubjectCategoryCode } from './bindings/SubjectCategoryCode';
export type { TimelineEntryDto } from './bindings/TimelineEntryDto';
export type { TimelineItemDto } from './bindings/TimelineItemDto';

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
}

// Every code once; the compiler complains when Rust adds one this list lacks.
const errorCodes: Record<IpcErrorCode, true> = {
  'not-found': true,
  'invalid-input': true,
  conflict: true,
  'not-initialised': true,
  storage: true,
  internal: true,
};

/** A failed command: `code` is one of a closed set the UI can branch on. */
export class ApiError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
  }

  /** Whatever a command rejected with, as an ApiError (unknown shapes become `internal`). */
  static from(value: unknown): ApiError {
    if (value instanceof ApiError) return value;
    if (isIpcError(value)) return new ApiError(value.code, value.message);
    const message = value instanceof Error ? value.message : String(value);
    return new ApiError('internal', message);
  }
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && Object.hasOwn(errorCodes, v.code);
}
