// English strings. A translation is a copy of this file with the same shape
// (`Strings`); the compiler checks every key and every code label is present.
import type { CaseSortKey, ChannelCode, RegimeCode, RightCode, StatusCode } from '../ipc/types';

const en = {
  appName: 'Casebook',
  appTagline: 'Privacy requests',

  caseList: {
    title: 'Cases',
    tableCaption: (sort: CaseSortKey) =>
      sort === 'due'
        ? 'Privacy requests, soonest deadline first'
        : sort === 'received'
          ? 'Privacy requests, most recently received first'
          : 'Privacy requests by reference',
    searchLabel: 'Search',
    searchPlaceholder: 'Name, email or note',
    statusLabel: 'Status',
    statusOpen: 'Open cases',
    statusAll: 'All cases',
    statusGroup: 'By status',
    sortLabel: 'Sort by',
    sort: {
      due: 'Deadline, soonest first',
      received: 'Received, newest first',
      reference: 'Reference',
    } satisfies Record<CaseSortKey, string>,
    columns: {
      reference: 'Reference',
      requester: 'Requester',
      rights: 'Rights',
      status: 'Status',
      regime: 'Regime',
      received: 'Received',
      due: 'Due',
      daysLeft: 'Days left',
    },
    count: (n: number) => (n === 1 ? '1 case' : `${n} cases`),
    moreThan: (n: number) => `First ${n} cases shown; narrow the search to see others`,
    loading: 'Loading cases…',
    noMatchTitle: 'No cases match',
    noMatchBody: 'Try other words or another status.',
    emptyOpenTitle: 'No open cases',
    clearFilters: 'Clear search and filters',
    emptyTitle: 'No cases yet',
    emptyBody:
      'A screen for logging new requests is on its way. Until then, set up the organisation once and create cases with the casebook command-line tool, then come back here:',
    emptyDatabase: (path: string) => `Cases are read from ${path}.`,
    errorTitle: 'The cases could not be loaded',
    retry: 'Try again',
  },

  daysLeft: {
    none: '—',
    today: 'Due today',
    left: (n: number) => (n === 1 ? '1 day' : `${n} days`),
    overdue: (n: number) => (n === 1 ? '1 day overdue' : `${n} days overdue`),
  },

  status: {
    'needs-triage': 'Needs triage',
    received: 'Received',
    acknowledged: 'Acknowledged',
    'awaiting-identity': 'Awaiting identity',
    'awaiting-clarification': 'Awaiting clarification',
    'in-progress': 'In progress',
    'response-sent': 'Response sent',
    closed: 'Closed',
    withdrawn: 'Withdrawn',
    refused: 'Refused',
  } satisfies Record<StatusCode, string>,

  right: {
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    portability: 'Portability',
    objection: 'Objection',
    'withdraw-consent': 'Withdraw consent',
    'automated-decision': 'Automated decision',
    'opt-out-of-sale': 'Opt out of sale',
    'limit-sensitive': 'Limit sensitive data',
    unsubscribe: 'Unsubscribe',
    other: 'Other',
  } satisfies Record<RightCode, string>,

  regime: {
    'uk-gdpr': 'UK GDPR',
    'eu-gdpr': 'EU GDPR',
    ccpa: 'CCPA',
    'us-state': 'US state',
    lgpd: 'LGPD',
    pipeda: 'PIPEDA',
    fadp: 'FADP',
    popia: 'POPIA',
    'au-app': 'Australia APP',
  } satisfies Record<RegimeCode, string>,

  channel: {
    email: 'Email',
    letter: 'Letter',
    phone: 'Phone',
    'web-form': 'Web form',
    'in-person': 'In person',
    other: 'Other',
  } satisfies Record<ChannelCode, string>,
};

export type Strings = typeof en;
export default en;
