// The only module that talks to Tauri. Every command the Rust side exposes
// (src-tauri/src/lib.rs) is wrapped here once, with its argument names
// (Tauri passes them in camelCase).
import { invoke } from '@tauri-apps/api/core';
import { ApiError, type Api } from './types';

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
};
