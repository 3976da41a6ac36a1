// Re-opening a closed case, a US state appeal and its decision, and
// complaints to the controller, on a case's page.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TODAY, aCase, aDetail, fakeApi } from '../test/fakeApi';
import CaseDetail from './CaseDetail.svelte';

function setUp(detail = aDetail()) {
  const api = fakeApi([aCase({ reference: detail.reference })]);
  api.details.set(detail.reference, detail);
  const onOpen = vi.fn();
  render(CaseDetail, {
    api,
    reference: detail.reference,
    previous: null,
    next: null,
    position: null,
    onOpen,
    onBack: vi.fn(),
  });
  return { api, onOpen };
}

const actions = () => screen.getByRole('region', { name: 'Actions' });
const open = async (label: string) => {
  await screen.findByRole('heading', { name: /CB-2026-0001/ });
  await userEvent.click(within(actions()).getByRole('button', { name: label }));
  return screen.getByRole('form', { name: label });
};
const closed = () => aDetail({ status: 'closed', outcome: 'fulfilled', closed_on: '2026-11-10', next_statuses: [] });

describe('re-open', () => {
  it('is offered only on a closed case', async () => {
    setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Re-open' })).toBeNull();
  });

  it('needs its reason, then puts the case back in progress', async () => {
    const { api } = setUp(closed());
    const form = await open('Re-open');
    expect(within(form).getByLabelText('Why the case is re-opened')).toBeRequired();
    await userEvent.type(within(form).getByLabelText('Why the case is re-opened'), 'the person found more data');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('In progress'));
    expect(api.calls).toContainEqual(['reopenCase', 'CB-2026-0001', 'the person found more data']);
    expect(within(actions()).queryByRole('button', { name: 'Re-open' })).toBeNull();
  });
});

describe('appeals (US state laws)', () => {
  const answered = (overrides = {}) =>
    aDetail({ status: 'response-sent', regime: 'us-state', location: 'US-CO', next_statuses: [], ...overrides });

  it('is not offered before an answer, nor under other laws', async () => {
    setUp(aDetail({ status: 'response-sent' }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Record an appeal' })).toBeNull();
  });

  it('records the appeal, then its decision with the outcome and the reasons', async () => {
    const { api } = setUp(answered());
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Record the appeal decision' })).toBeNull();
    const form = await open('Record an appeal');
    expect(within(form).getByLabelText('Appeal received on')).toHaveValue(TODAY);
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls).toContainEqual(['recordAppeal', 'CB-2026-0001', TODAY]));

    const decide = await open('Record the appeal decision');
    const outcome = within(decide).getByLabelText('Decision');
    expect(within(outcome).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([
      'upheld',
      'reversed',
      'partly',
    ]);
    await userEvent.selectOptions(outcome, 'partly');
    await userEvent.click(within(decide).getByRole('button', { name: 'Save' }));
    expect(await within(decide).findByRole('alert')).toHaveTextContent('written explanation');
    await userEvent.type(
      within(decide).getByLabelText('The reasons, as the consumer is told them'),
      'the order history is now included',
    );
    await userEvent.click(within(decide).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.calls).toContainEqual([
        'decideAppeal',
        'CB-2026-0001',
        'partly',
        'the order history is now included',
        TODAY,
      ]),
    );
  });
});

describe('complaints', () => {
  it('opens a complaint about this case for its requester, and offers to open it', async () => {
    const { api, onOpen } = setUp();
    const form = await open('Record a complaint');
    expect(within(form).getByLabelText('Complainant')).toHaveValue('Ada Lovelace');
    await userEvent.type(within(form).getByLabelText('What the person complains about'), 'no answer yet');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    const status = (await screen.findByText('Complaint CB-2026-0002 opened.')).closest('p')!;
    expect(api.calls).toContainEqual([
      'logComplaint',
      {
        requester_name: 'Ada Lovelace',
        requester_emails: ['ada@example.org'],
        channel: 'email',
        received: TODAY,
        concerns: 'CB-2026-0001',
        summary: 'no answer yet',
      },
    ]);
    // This case's page is unchanged.
    expect(screen.getByTestId('status')).toHaveTextContent('Received');
    await userEvent.click(within(status).getByRole('button', { name: 'Open CB-2026-0002' }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0002');
  });

  it('answers a complaint case with its finding and text, and offers no request steps on it', async () => {
    const { api } = setUp(aDetail({ kind: 'complaint', concerns: 'CB-2026-0000', rights: [], right_actions: [] }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Response sent' })).toBeNull();
    expect(within(actions()).queryByRole('button', { name: 'Record a complaint' })).toBeNull();
    // A complaint has no rights asked, so no action log.
    expect(screen.queryByTestId('action-log')).toBeNull();
    const form = await open('Record the answer');
    await userEvent.selectOptions(within(form).getByLabelText('Finding'), 'partly-upheld');
    await userEvent.type(within(form).getByLabelText('What was found and what was done'), 'the reply was late');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Response sent'));
    expect(api.calls).toContainEqual(['answerComplaint', 'CB-2026-0001', 'partly-upheld', 'the reply was late', TODAY]);
  });
});
