// The only module that talks to Tauri. Every command the Rust side exposes
// (src-tauri/src/lib.rs) is wrapped here once, with its argument names
// (Tauri passes them in camelCase).
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import {
  ApiError,
  type Api,
  type ExportProgressDto,
  type ImportHandlers,
  type ImportProgressDto,
  type ImportReportDto,
} from './types';

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw ApiError.from(e);
  }
}

export const api: Api = {
  listCases: (query) => call('list_cases', { query }),
  appInfo: () => call('app_info'),
  today: () => call('today'),
  dashboard: () => call('dashboard'),

  caseDetail: (reference) => call('case_detail', { reference }),
  caseTimeline: (reference) => call('case_timeline', { reference }),
  logRequest: (request) => call('log_request', { request }),
  addNote: (reference, text) => call('add_note', { reference, text }),
  requestIdentity: (reference, on, what) => call('request_identity', { reference, on, what }),
  receiveIdentity: (reference, on) => call('receive_identity', { reference, on }),
  askClarification: (reference, on, question) => call('ask_clarification', { reference, on, question }),
  answerClarification: (reference, on) => call('answer_clarification', { reference, on }),
  takeExtension: (reference, extension) => call('take_extension', { reference, extension }),
  updateStatus: (reference, status) => call('update_status', { reference, status }),
  closeCase: (reference, outcome, on) => call('close_case', { reference, outcome, on }),

  organisation: () => call('organisation'),
  setOrganisation: (organisation) => call('set_organisation', { organisation }),
  deadlinePolicy: () => call('deadline_policy'),
  setDeadlinePolicy: (policy) => call('set_deadline_policy', { policy }),
  listCalendars: () => call('list_calendars'),
  calendarHolidays: (id, year) => call('calendar_holidays', { id, year }),
  importCalendar: (request) => call('import_calendar', { request }),

  listPage: (query) => call('list_page', { query }),
  monthlyStats: () => call('monthly_stats'),
  nextActions: (limit) => call('next_actions', { limit }),

  acknowledge: (reference, on, channel) => call('acknowledge', { reference, on, channel }),
  requestAuthority: (reference, on, what) => call('request_authority', { reference, on, what }),
  checkIdentity: (reference, check) => call('check_identity', { reference, check }),
  requestFee: (reference, fee) => call('request_fee', { reference, fee }),
  receiveFee: (reference, on) => call('receive_fee', { reference, on }),
  refuse: (reference, refusal) => call('refuse', { reference, refusal }),
  withdraw: (reference, on, how) => call('withdraw', { reference, on, how }),
  respond: (reference, response) => call('respond', { reference, response }),

  letterKinds: () => call('letter_kinds'),
  makeLetter: (reference, kind, language) => call('make_letter', { reference, kind, language }),
  saveLetterPdf: (reference, sha256) => call('save_letter_pdf', { reference, sha256 }),
  saveLetterEml: (reference, sha256) => call('save_letter_eml', { reference, sha256 }),
  openLetterPdf: (reference, sha256) => call('open_letter_pdf', { reference, sha256 }),
  letterTemplates: () => call('letter_templates'),
  customiseTemplate: (kind, language) => call('customise_template', { kind, language }),
  restoreBuiltinTemplate: (kind, language) => call('restore_builtin_template', { kind, language }),
  openTemplatesFolder: () => call('open_templates_folder'),
  openOwnTemplate: (kind, language) => call('open_own_template', { kind, language }),
  saveCaseDocument: (reference, sha256) => call('save_case_document', { reference, sha256 }),
  openCaseDocument: (reference, sha256) => call('open_case_document', { reference, sha256 }),

  pickAndImport: () => call('pick_and_import'),
  cancelImport: () => call('cancel_import'),
  onImport: (handlers) => followImports(handlers),

  processingVocabulary: () => call('processing_vocabulary'),
  processingSystems: () => call('processing_systems'),
  addProcessingSystem: (system) => call('add_processing_system', { system }),
  editProcessingSystem: (id, system) => call('edit_processing_system', { id, system }),
  removeProcessingSystem: (id) => call('remove_processing_system', { id }),
  importProcessingRegister: () => call('import_processing_register'),
  exportProcessingRegister: () => call('export_processing_register'),
  searchLog: (reference) => call('search_log', { reference }),
  recordSearch: (reference, search) => call('record_search', { reference, search }),
  importCaseData: (request) => call('import_case_data', { request }),
  caseData: (reference, limit, offset) => call('case_data', { reference, limit, offset }),
  redactData: (reference, redaction) => call('redact_data', { reference, redaction }),
  registerStatus: () => call('register_status'),
  unlock: (passphrase) => call('unlock', { passphrase }),
  createRegister: (passphrase) => call('create_register', { passphrase }),
  passphraseStrength: (passphrase) => call('passphrase_strength', { passphrase }),
  lock: () => call('lock'),
  lockTimeout: () => call('lock_timeout'),
  setLockTimeout: (minutes) => call('set_lock_timeout', { minutes }),
  encryptRegister: (passphrase) => call('encrypt_register', { passphrase }),
  backupReminder: () => call('backup_reminder'),
  backupNow: () => call('backup_now'),
  closedCaseRetention: () => call('closed_case_retention'),
  deleteDueCases: () => call('delete_due_cases'),
  saveEvidencePack: (reference) => call('save_evidence_pack', { reference }),
  exportPackage: (reference, password) => call('export_package', { reference, password }),
  cancelExport: (kind) => call('cancel_export', { kind }),
  onExportProgress: (handler) => listen<ExportProgressDto>('export-progress', (e) => handler(e.payload)),
  retentionPolicy: () => call('retention_policy'),
  setRetentionPolicy: (policy) => call('set_retention_policy', { policy }),
  loadDemoOrganisation: () => call('load_demo_organisation'),
};

/** Subscribes to the import's events; resolves to one function that unsubscribes from all. */
async function followImports(h: ImportHandlers): Promise<() => void> {
  const stops = await Promise.all([
    listen<number>('import-started', (e) => h.started(e.payload)),
    listen<ImportProgressDto>('import-progress', (e) => h.progress(e.payload)),
    listen<ImportReportDto>('import-finished', (e) => h.finished(e.payload)),
    listen<unknown>('import-refused', (e) => h.refused(ApiError.from(e.payload))),
  ]);
  return () => stops.forEach((stop) => stop());
}

/** For the end-to-end tests (the native dialog cannot be driven over WebDriver):
 * `window.casebookTestImport(paths)` imports files by path. The Rust command
 * refuses unless the app was started with CASEBOOK_TEST_HOOKS=1. */
export function installTestHooks(): void {
  (window as unknown as { casebookTestImport: (paths: string[]) => Promise<void> }).casebookTestImport = (paths) =>
    call('import_test_paths', { paths });
  // The next open or save dialog of the register, data and case export screens takes `path`.
  (window as unknown as { casebookTestPick: (path: string) => Promise<void> }).casebookTestPick = (path) =>
    call('queue_test_path', { path });
}
