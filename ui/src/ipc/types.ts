// What the UI may ask of the Rust side, independent of how it is transported.
// Components depend on `Api`; `api.ts` implements it over Tauri IPC and tests
// pass a fake.
import type { AppInfo } from './bindings/AppInfo';
import type { CaseListQuery } from './bindings/CaseListQuery';
import type { CaseSummary } from './bindings/CaseSummary';
import type { IpcError } from './bindings/IpcError';
import type { IpcErrorCode } from './bindings/IpcErrorCode';

export type { AppInfo } from './bindings/AppInfo';
export type { CaseListQuery } from './bindings/CaseListQuery';
export type { CaseSortKey } from './bindings/CaseSortKey';
export type { CaseSummary } from './bindings/CaseSummary';
export type { ChannelCode } from './bindings/ChannelCode';
export type { IpcErrorCode } from './bindings/IpcErrorCode';
export type { RegimeCode } from './bindings/RegimeCode';
export type { RightCode } from './bindings/RightCode';
export type { StatusCode } from './bindings/StatusCode';

export interface Api {
  listCases(query: CaseListQuery): Promise<CaseSummary[]>;
  appInfo(): Promise<AppInfo>;
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
