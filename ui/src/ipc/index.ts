// What the UI may ask of the Rust side, independent of how it is transported.
// Components depend on `Api`; `api.ts` implements it over Tauri IPC and tests
// pass a fake. The commands and every type they carry are generated from the
// Rust side into `commands.ts` and `bindings/`; only the events and the error
// class are written here.
import type { Commands, ExportProgressDto, ImportCounts, ImportReport } from './commands';
import type { IpcError } from './bindings/IpcError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { IpcSaid } from './bindings/IpcSaid';
import { t } from '../i18n';
import { describeErrorSaid } from '../lib/errorSaid';

export type * from './commands';

/** The events the window follows; each resolves to a function that unsubscribes. */
export interface Events {
  /** Follows imports (started here or by dropping files on the window). */
  onImport(handlers: ImportHandlers): Promise<() => void>;
  /** Follows the exports' progress (`export-progress` events). */
  onExportProgress(handler: (progress: ExportProgressDto) => void): Promise<() => void>;
  /** Follows what members of a team register change (`register-changed`): the
   * references of the cases changed, none when anything may have. */
  onRegisterChanged(handler: (cases: string[]) => void): Promise<() => void>;
}

export type Api = Commands & Events;

/** What an import tells the window while it runs. */
export interface ImportHandlers {
  started: (paths: number) => void;
  progress: (counts: ImportCounts) => void;
  finished: (report: ImportReport) => void;
  refused: (error: ApiError) => void;
}

// Every code once; the compiler complains when Rust adds one this list lacks.
const errorCodes: Record<ErrorCode, true> = {
  'not-found': true,
  'invalid-input': true,
  conflict: true,
  'not-initialised': true,
  'passphrase-needed': true,
  'wrong-passphrase': true,
  storage: true,
  cancelled: true,
  'password-needed': true,
  'wrong-password': true,
  unreachable: true,
  internal: true,
};

/** A failed command: `code` is one of a closed set the UI can branch on. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  /** The input field an invalid-input error is about (`on`, `identity-document-days`…), when one. */
  readonly field: string | undefined;

  /** The facts of the refusal, when the Rust side gives them: `message` is then their wording in the window's language. */
  readonly said: IpcSaid | undefined;

  constructor(code: ErrorCode, message: string, field?: string, said?: IpcSaid) {
    // A `said` this window's describers do not know (a newer Rust side) keeps the English.
    super((said && describeErrorSaid(said, t)) || message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.said = said;
  }

  /** Whatever a command rejected with, as an ApiError (unknown shapes become `internal`). */
  static from(value: unknown): ApiError {
    if (value instanceof ApiError) return value;
    if (isIpcError(value))
      return new ApiError(value.code, value.message, typeof value.field === 'string' ? value.field : undefined, saidOf(value));
    if (typeof value === 'string') {
      const refused = invalidArgument(value);
      if (refused) return refused;
    }
    const message = value instanceof Error ? value.message : String(value);
    return new ApiError('internal', message);
  }
}

/** Tauri's refusal of an argument that did not deserialise into its Rust type
 * (`invalid args \`on\` for command \`acknowledge\`: …`): invalid input in that
 * argument, or in the field the façade's input type names first
 * (`on: invalid date '2026-02-30': no such day`). */
function invalidArgument(text: string): ApiError | null {
  const args = /^invalid args `([^`]+)` for command `[^`]+`: (.*)$/s.exec(text);
  if (!args) return null;
  const [, argument = '', detail = ''] = args;
  const field = /^([a-z_-]+): (.+)$/s.exec(detail);
  if (field?.[1] && field[2]) return new ApiError('invalid-input', field[2], field[1]);
  return new ApiError('invalid-input', `${argument}: ${detail}`, argument);
}

/** The facts an error gives, when they have the shape the describers read (`{ area, said: { kind } }`). */
function saidOf(value: IpcError): IpcSaid | undefined {
  const said: unknown = value.said;
  if (typeof said !== 'object' || said === null) return undefined;
  const s = said as Record<string, unknown>;
  const inner = s.said as Record<string, unknown> | null | undefined;
  return typeof s.area === 'string' && typeof inner === 'object' && inner !== null && typeof inner.kind === 'string'
    ? (said as IpcSaid)
    : undefined;
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && Object.hasOwn(errorCodes, v.code);
}
