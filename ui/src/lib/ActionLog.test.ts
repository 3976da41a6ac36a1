// The action log on a case's page: what was done per system and right, and
// the recipients told, with the façade's refusals shown on their fields.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../ipc';
import { TODAY, aDetail, aSystem, fakeApi } from '../test/fakeApi';
import ActionLog from './ActionLog.svelte';

const REF = 'CB-2026-0001';

function erasure(overrides: Partial<CaseView> = {}) {
  return aDetail({
    rights: ['erasure', 'access'],
    right_actions: [
      { right: 'erasure', actions: ['erased', 'anonymised', 'kept', 'account-deactivated'], notified: true },
      { right: 'access', actions: [], notified: false },
    ],
    ...overrides,
  });
}

function setUp(detail = erasure()) {
  const api = fakeApi([]);
  api.details.set(REF, detail);
  api.systems = [aSystem(), aSystem({ id: 'billing', name: 'Billing', recipients: [] })];
  render(ActionLog, { api, detail });
  return api;
}

const form = (name: string) => screen.getByRole('form', { name });

describe('action log', () => {
  it('offers only the rights that take an action, and the actions the engine allows for the right', async () => {
    setUp();
    const f = await screen.findByRole('form', { name: 'Record what was done' });
    const right = within(f).getByLabelText('Right');
    expect(within(right).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['erasure']);
    const did = within(f).getByLabelText('What was done');
    expect(within(did).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual([
      'erased',
      'anonymised',
      'kept',
      'account-deactivated',
    ]);
    expect(within(f).getByLabelText('System')).toHaveValue('crm');
    expect(within(f).queryByLabelText('Legal ground for keeping the data')).toBeNull();
  });

  it('records data kept with its ground, and lists it with who and when', async () => {
    const api = setUp();
    await screen.findByRole('form', { name: 'Record what was done' });
    const f = form('Record what was done');
    await userEvent.selectOptions(within(f).getByLabelText('System'), 'billing');
    await userEvent.selectOptions(within(f).getByLabelText('What was done'), 'kept');
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    // The fake refuses data kept without a ground, as the engine does.
    expect(await within(f).findByTestId('action-log-error')).toHaveTextContent('needs its legal ground');

    await userEvent.type(within(f).getByLabelText('Legal ground for keeping the data'), 'tax retention duty');
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    expect(await within(f).findByRole('status')).toHaveTextContent('Kept (legal ground) in Billing: recorded.');
    expect(api.calls).toContainEqual([
      'recordAction',
      REF,
      { system: 'billing', right: 'erasure', did: 'kept', ground: 'tax retention duty', on: TODAY },
    ]);
    const row = within(screen.getByTestId('actions-done')).getAllByRole('row')[1];
    expect(row).toHaveTextContent('Erasure');
    expect(row).toHaveTextContent('Billing');
    expect(row).toHaveTextContent('tax retention duty');
    expect(row).toHaveTextContent('dpo');
  });

  it('shows a date refused by the façade under the date field', async () => {
    setUp();
    await screen.findByRole('form', { name: 'Record what was done' });
    const f = form('Record what was done');
    const date = within(f).getByLabelText('Date');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-10-01');
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(f.querySelector('[data-field-error="date"]')).toHaveTextContent('is before the request was received (2026-11-02)'));
    expect(within(f).getByLabelText('Date')).toHaveAttribute('aria-invalid', 'true');
  });

  it('asks why an unlisted recipient was told, and shows the façade’s warning', async () => {
    const api = setUp();
    const f = await screen.findByRole('form', { name: 'Record a recipient told' });
    await userEvent.type(within(f).getByLabelText('Recipient'), 'Cloud host');
    expect(within(f).queryByLabelText('Why this recipient was told')).toBeNull();
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    expect(await screen.findByTestId('recipients-told')).toHaveTextContent('Cloud host');
    expect(within(f).queryByTestId('notify-warning')).toBeNull();

    await userEvent.type(within(f).getByLabelText('Recipient'), 'Old agency');
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    // Refused without a reason: shown on the reason's field.
    await waitFor(() =>
      expect(f.querySelector('[data-field-error="reason"]')).toHaveTextContent('is not a recipient in the register'),
    );
    await userEvent.type(within(f).getByLabelText('Why this recipient was told'), 'it received the list in 2025');
    await userEvent.click(within(f).getByRole('button', { name: 'Record' }));
    expect(await within(f).findByTestId('notify-warning')).toHaveTextContent(
      "'Old agency' is not a recipient in the register of processing",
    );
    expect(screen.getByTestId('recipients-told')).toHaveTextContent('Not in the register: it received the list in 2025');
    expect(api.calls.filter((c) => c[0] === 'recordNotification').at(-1)).toEqual([
      'recordNotification',
      REF,
      { recipient: 'Old agency', right: 'erasure', reason: 'it received the list in 2025', on: TODAY },
    ]);
  });

  it('offers no forms on a case whose rights take no action', async () => {
    setUp(aDetail());
    expect(await screen.findByTestId('no-actions')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
