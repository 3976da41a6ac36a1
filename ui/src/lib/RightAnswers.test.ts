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

  it('corrects a recorded answer with why it was wrong, keeping the earlier one in its history', async () => {
    const { api, answered } = setUp({ status: 'in-progress' });
    const form = await screen.findByRole('form', { name: 'Answer a right' });
    await userEvent.click(within(form).getByRole('button', { name: 'Record the answer' }));
    const table = await screen.findByTestId('right-status');
    await within(table).findByText(/Fulfilled on .* by dpo/);
    await userEvent.click(within(table).getByRole('button', { name: 'Correct the answer to Opt out of sale' }));
    const fix = await screen.findByRole('form', { name: /Correct the answer to/ });
    expect(within(fix).getByLabelText('Right')).toBeDisabled();
    expect(within(fix).getByLabelText('Outcome')).toHaveValue('fulfilled');
    // No reason: refused on its field.
    await userEvent.selectOptions(within(fix).getByLabelText('Outcome'), 'no-data');
    await userEvent.click(within(fix).getByRole('button', { name: 'Record the correction' }));
    expect(await within(fix).findByText(/needs the reason why it was wrong/)).toHaveAttribute('data-field-error', 'correct');
    await userEvent.type(within(fix).getByLabelText('Why the recorded answer was wrong'), 'no record was found after all');
    await userEvent.click(within(fix).getByRole('button', { name: 'Record the correction' }));
    expect(await within(table).findByText(/No data held on .* by dpo/)).toBeInTheDocument();
    expect(within(table).getByTestId('right-correction')).toHaveTextContent(
      /Corrected on .* by dpo: was fulfilled on .* by dpo \(no record was found after all\)/,
    );
    expect(api.calls.filter((c) => c[0] === 'correctRightAnswer').at(-1)).toEqual([
      'correctRightAnswer',
      REF,
      expect.objectContaining({ right: 'opt-out-of-sale', outcome: 'no-data' }),
      'no record was found after all',
    ]);
    expect(answered()?.reference).toBe(REF);
    // Back to answering the right still open.
    expect(screen.getByRole('form', { name: 'Answer a right' })).toBeInTheDocument();
  });

  it('offers no correction on a closed case', async () => {
    setUp({ status: 'closed', refusal_reasons: ['exemption'] });
    const table = await screen.findByTestId('right-status');
    expect(within(table).queryByRole('button', { name: /Correct the answer/ })).toBeNull();
  });
});
