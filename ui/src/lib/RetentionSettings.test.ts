import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../test/fakeApi';
import RetentionSettings from './RetentionSettings.svelte';

async function setUp() {
  const api = fakeApi([]);
  render(RetentionSettings, { api });
  const section = screen.getByRole('region', { name: 'Retention' });
  await within(section).findByLabelText('Keep identity documents (days after the identity decision)');
  return { api, section };
}

describe('RetentionSettings', () => {
  it('shows the periods in words and saves what is typed', async () => {
    const { api, section } = await setUp();
    const days = within(section).getByLabelText('Keep identity documents (days after the identity decision)');
    expect(days).toHaveValue('30');
    const refused = within(section).getByLabelText('Refused');
    expect(refused).toHaveValue('2 years');
    expect(within(section).getByLabelText('Duplicate of another case')).toHaveValue('6 months');

    await userEvent.clear(days);
    await userEvent.type(days, '45');
    await userEvent.clear(refused);
    await userEvent.type(refused, '36m');
    await userEvent.click(within(section).getByRole('button', { name: 'Save retention periods' }));

    expect(await within(section).findByRole('status')).toHaveTextContent('Retention periods saved.');
    expect(api.retention.identityDocumentDays).toBe(45);
    expect(api.retention.afterClosureMonths.refused).toBe(36);
    expect(refused).toHaveValue('3 years');
  });

  it('shows each refusal on its field', async () => {
    const { api, section } = await setUp();
    const withdrawn = within(section).getByLabelText('Withdrawn by the requester');
    await userEvent.clear(withdrawn);
    await userEvent.type(withdrawn, 'forever');
    await userEvent.click(within(section).getByRole('button', { name: 'Save retention periods' }));
    const error = await within(section).findByRole('alert');
    expect(error).toHaveAttribute('data-field-error', 'withdrawn');
    expect(error).toHaveTextContent("the period for withdrawn: invalid period 'forever'");
    expect(withdrawn).toHaveAttribute('aria-invalid', 'true');
    expect(withdrawn).toHaveAccessibleDescription(/invalid period 'forever'/);
    expect(api.retention.afterClosureMonths.withdrawn).toBe(24);

    await userEvent.clear(withdrawn);
    await userEvent.type(withdrawn, '1y');
    const days = within(section).getByLabelText('Keep identity documents (days after the identity decision)');
    await userEvent.clear(days);
    await userEvent.type(days, 'a month');
    await userEvent.click(within(section).getByRole('button', { name: 'Save retention periods' }));
    const daysError = await within(section).findByRole('alert');
    expect(daysError).toHaveAttribute('data-field-error', 'days');
    expect(daysError).toHaveTextContent("'a month' is not a number of days");
    expect(withdrawn).not.toHaveAttribute('aria-invalid');
    expect(api.retention.identityDocumentDays).toBe(30);
  });
});
