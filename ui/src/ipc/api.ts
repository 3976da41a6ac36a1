// The only module that talks to Tauri. Every command the Rust side exposes
// (src-tauri/src/lib.rs) is wrapped here once, with its argument names.
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
};
