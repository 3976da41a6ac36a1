import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../ipc';
import { aCase, fakeApi } from '../test/fakeApi';
import Dashboard from './Dashboard.svelte';

const cases = [
  aCase({ reference: 'CB-2026-0001', requester_name: 'Late Larry', days_left: -2, due: '2026-11-10' }),
  aCase({ reference: 'CB-2026-0002', requester_name: 'Soon Sue', days_left: 3, due: '2026-11-15' }),
  aCase({ reference: 'CB-2026-0003', requester_name: 'Waiting Walt', status: 'awaiting-identity', due: null, days_left: null }),
  aCase({ reference: 'CB-2026-0004', requester_name: 'Asked Ann', status: 'awaiting-clarification', days_left: 25 }),
  aCase({ reference: 'CB-2026-0005', requester_name: 'Done Dan', status: 'closed', due: null, days_left: null }),
];

describe('Dashboard', () => {
  it('counts what is late, what is near and what waits', async () => {
    render(Dashboard, { api: fakeApi(cases), onOpen: vi.fn(), onNewCase: vi.fn() });

    expect(await screen.findByTestId('count-overdue')).toHaveTextContent('1 Overdue');
    expect(screen.getByTestId('count-due-soon')).toHaveTextContent('1 Due in the next 7 days');
    expect(screen.getByTestId('count-awaiting-identity')).toHaveTextContent('1');
    expect(screen.getByTestId('count-awaiting-clarification')).toHaveTextContent('1');
    expect(screen.getByTestId('total')).toHaveTextContent('5 cases in the register');
    const received = document.querySelector('[data-status="received"]')!;
    expect(received).toHaveTextContent(/Received\s*2/);
    expect(document.querySelector('[data-status="closed"]')).toHaveTextContent(/Closed\s*1/);
  });

  it('lists the pressing cases, overdue first, and opens one', async () => {
    const onOpen = vi.fn();
    render(Dashboard, { api: fakeApi(cases), onOpen, onNewCase: vi.fn() });

    const list = await screen.findByRole('heading', { name: 'Needs attention' });
    const card = list.parentElement!;
    const refs = [...card.querySelectorAll('[data-reference]')].map((li) => li.getAttribute('data-reference'));
    expect(refs).toEqual(['CB-2026-0001', 'CB-2026-0002']);
    expect(within(card).getByText('2 days overdue')).toBeInTheDocument();

    await userEvent.click(within(card).getByRole('button', { name: 'Open CB-2026-0002, Soon Sue' }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0002', ['CB-2026-0001', 'CB-2026-0002']);
  });

  it('invites to log the first request on an empty register', async () => {
    const onNewCase = vi.fn();
    render(Dashboard, { api: fakeApi([]), onOpen: vi.fn(), onNewCase });

    const empty = await screen.findByTestId('dashboard-empty');
    await userEvent.click(within(empty).getByRole('button', { name: 'Log a new request' }));
    expect(onNewCase).toHaveBeenCalled();
  });

  it('shows an error and retries', async () => {
    const api = fakeApi(cases);
    api.failNext.dashboard = new ApiError('storage', 'database is locked');
    render(Dashboard, { api, onOpen: vi.fn(), onNewCase: vi.fn() });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('database is locked');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByTestId('count-overdue');
  });

  it('lists the next actions and draws requests per month by right and the on-time rate', async () => {
    const api = fakeApi([aCase()]);
    api.next = [
      {
        reference: 'CB-2026-0001',
        status: 'received',
        regime: 'uk-gdpr',
        requester_name: 'Ada Lovelace',
        due: '2026-12-02',
        action: 'acknowledge',
        by: '2026-11-05',
        text: 'confirm receipt to the requester by 2026-11-05',
        step: { kind: 'acknowledge', by: '2026-11-05' },
      },
      {
        reference: 'CB-2026-0002',
        status: 'in-progress',
        regime: 'ccpa',
        requester_name: 'Cal Doe',
        due: '2027-01-05',
        rights_due: [
          { right: 'opt-out-of-sale', due: '2026-12-11', answered: 'fulfilled' },
          // Open: the JSON leaves `answered` out, as it leaves out an empty `rights_due` (above's first case).
          { right: 'erasure', due: '2027-01-05' },
        ],
        action: 'respond',
        by: '2027-01-05',
        text: 'send the response by 2027-01-05',
        step: { kind: 'respond', due: '2027-01-05', overdue_days: null, extension_notice_by: null },
      },
    ];
    api.months = Array.from({ length: 12 }, (_, i) => ({
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      by_right:
        i === 10
          ? [
              ['access' as const, 3] as ['access', number],
              ['erasure' as const, 1] as ['erasure', number],
            ]
          : [],
      answered: i === 10 ? 4 : 0,
      on_time: i === 10 ? 3 : 0,
    }));
    const onOpen = vi.fn();
    render(Dashboard, { api, onOpen, onNewCase: vi.fn() });

    const next = await screen.findByTestId('next-actions');
    expect(next).toHaveTextContent('Ada Lovelace');
    expect(next).toHaveTextContent('Acknowledge receipt');
    await userEvent.click(within(next).getByRole('button', { name: /Open CB-2026-0001/ }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0001', ['CB-2026-0001', 'CB-2026-0002']);
    // Each right's own date and answer, where they differ.
    const rights = within(next).getAllByTestId('rights-due');
    expect(rights).toHaveLength(1);
    expect(rights[0]).toHaveTextContent(/1 of 2 rights answered: Opt out of sale: fulfilled; Erasure due .*2027/);

    const perMonth = await screen.findByTestId('per-month-chart');
    const november = perMonth.querySelector('[data-month="2026-11"]')!;
    expect([...november.querySelectorAll('rect')].map((r) => r.getAttribute('data-right'))).toEqual(['access', 'erasure']);
    const [access, erasure] = [...november.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height')));
    expect(access).toBeCloseTo(3 * erasure!, 5);
    expect(perMonth.querySelector('[data-month="2026-10"] rect')).toBeNull();
    expect(screen.getByRole('list', { name: 'Rights' })).toHaveTextContent('AccessErasure');

    const onTime = screen.getByTestId('on-time-chart');
    const bar = onTime.querySelector('rect[data-month="2026-11"]')!;
    expect(bar).toHaveClass('low');
    expect(onTime).toHaveTextContent('75%');
    expect(screen.getByRole('region', { name: 'Answered on time' })).toHaveTextContent('3 of 4');
    // The charts draw with attributes and classes only: the CSP forbids inline styles.
    expect(document.querySelectorAll('svg[style], svg [style]').length).toBe(0);
  });

  it('says when there is nothing to chart', async () => {
    const api = fakeApi([aCase()]);
    api.months = [{ month: '2026-11', by_right: [], answered: 0, on_time: 0 }];
    render(Dashboard, { api, onOpen: vi.fn(), onNewCase: vi.fn() });
    expect(await screen.findByText('No requests in the last 12 months.')).toBeInTheDocument();
    expect(screen.getByText('No case was answered in the last 12 months.')).toBeInTheDocument();
    expect(await screen.findByText('No case needs anything right now.')).toBeInTheDocument();
  });
});
