// Each right on a case's page: its own date and state, and the form that
// answers one right, with the façade's refusals shown on their fields.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../ipc';
import { aDetail, fakeApi } from '../test/fakeApi';
import RightAnswers from './RightAnswers.svelte';

const REF = 'CB-2026-0001';

function setUp(overrides: Partial<CaseView> = {}) {
  const api = fakeApi([]);
  const detail = aDetail({ rights: ['opt-out-of-sale', 'erasure'], status: 'awaiting-identity', ...overrides });
  api.details.set(REF, detail);
  let updated: CaseView | null = null;
  render(RightAnswers, { api, detail, onAnswered: (d: CaseView) => (updated = d) });
  return { api, answered: () => updated };
}

describe('each right', () => {
  it('shows which right waits for identity and which goes ahead', async () => {
    setUp();
    const table = await screen.findByTestId('right-status');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Open: goes ahead without identity verification'),
      expect.stringContaining('Open: waits for identity'),
    ]);
  });

  it('answers the opt-out while the erasure waits, and refuses partly without its exemption on its field', async () => {
    const { api, answered } = setUp();
    const form = await screen.findByRole('form', { name: 'Answer a right' });
    expect(within(form).getByLabelText('Right')).toHaveValue('opt-out-of-sale');
    await userEvent.selectOptions(within(form).getByLabelText('Outcome'), 'partly');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the answer' }));
    expect(await within(form).findByText(/needs the exemption that applies to the rest/)).toHaveAttribute(
      'data-field-error',
      'exemption',
    );
    await userEvent.selectOptions(within(form).getByLabelText('Outcome'), 'fulfilled');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the answer' }));
    const table = await screen.findByTestId('right-status');
    expect(await within(table).findByText(/Fulfilled on .* by dpo/)).toBeInTheDocument();
    expect(answered()?.reference).toBe(REF);
    expect(api.calls.filter((c) => c[0] === 'answerRight').at(-1)?.[2]).toMatchObject({
      right: 'opt-out-of-sale',
      outcome: 'fulfilled',
      exemption: null,
      ground: null,
    });
    // Only the erasure is left to answer; the façade's refusal is shown on the form.
    expect(within(form).getByLabelText('Right')).toHaveValue('erasure');
    await userEvent.click(within(form).getByRole('button', { name: 'Record the answer' }));
    expect(await within(form).findByTestId('right-answer-error')).toHaveTextContent('erasure waits for identity');
  });

  it('shows no form once the case is closed', async () => {
    setUp({ status: 'closed', refusal_reasons: ['exemption'] });
    await screen.findByTestId('right-status');
    expect(screen.queryByRole('form', { name: 'Answer a right' })).toBeNull();
  });
});
