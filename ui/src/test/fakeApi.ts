// An in-memory stand-in for the Rust side, for component tests.
import { ApiError, type Api, type CaseListQuery, type CaseSummary } from '../ipc/types';

export interface FakeApi extends Api {
  queries: CaseListQuery[];
  failNextWith?: ApiError;
}

export function fakeApi(cases: CaseSummary[], databasePath = '/tmp/casebook-test.db'): FakeApi {
  const fake: FakeApi = {
    queries: [],
    async listCases(query) {
      fake.queries.push(query);
      if (fake.failNextWith) {
        const e = fake.failNextWith;
        fake.failNextWith = undefined;
        throw { code: e.code, message: e.message };
      }
      const words = query.text?.toLowerCase();
      const finished = ['response-sent', 'closed', 'withdrawn', 'refused'];
      return cases
        .filter((c) => !query.openOnly || !finished.includes(c.status))
        .filter((c) => !query.status || c.status === query.status)
        .filter((c) => !words || c.requesterName.toLowerCase().includes(words))
        .slice(0, query.limit ?? Infinity);
    },
    async appInfo() {
      return { version: '0.1.0', databasePath };
    },
  };
  return fake;
}

export function aCase(overrides: Partial<CaseSummary> = {}): CaseSummary {
  return {
    reference: 'CB-2026-0001',
    status: 'received',
    rights: ['access'],
    regime: 'uk-gdpr',
    location: 'GB-ENG',
    channel: 'email',
    received: '2026-11-02',
    requesterName: 'Ada Lovelace',
    due: '2026-12-02',
    daysLeft: 20,
    ...overrides,
  };
}
