// The requester and the data subject set after import, on the case page:
// the same façade call as `case update --requester-* --subject-*`, its
// refusals shown on the field they name.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CaseView } from '../ipc';
import { aDetail, fakeApi } from '../test/fakeApi';
import CasePeople from './CasePeople.svelte';

const REF = 'CB-2026-0001';

function setUp(overrides: Partial<CaseView> = {}) {
  const api = fakeApi([]);
  const detail = aDetail(overrides);
  api.details.set(REF, detail);
  let updated: CaseView | null = null;
  render(CasePeople, { api, detail, onChanged: (d: CaseView) => (updated = d) });
  return { api, changed: () => updated };
}

describe('the people of a case', () => {
  it('records a parent acting for a child, with the date of birth', async () => {
    const { api, changed } = setUp();
    await userEvent.click(screen.getByRole('button', { name: 'Edit the requester and data subject' }));
    const form = screen.getByRole('form', { name: 'The requester and the data subject' });
    expect(within(form).getByLabelText('Requester’s name')).toHaveValue('Ada Lovelace');
    await userEvent.type(within(form).getByLabelText('Postal address'), '1 High Street, Leeds');
    await userEvent.type(within(form).getByLabelText('Telephone number'), '+44 113 496 0000');
    await userEvent.type(within(form).getByLabelText(/Customer numbers/), 'C-1001{enter}  {enter}ada.l');
    await userEvent.click(within(form).getByLabelText('The requester acts for someone else (the data subject)'));
    await userEvent.type(within(form).getByLabelText('Data subject’s name'), 'Tom Lovelace');
    // No birth date after the request is offered.
    expect(within(form).getByLabelText('Data subject’s date of birth')).toHaveAttribute('max', '2026-11-02');
    await fireEvent.input(within(form).getByLabelText('Data subject’s date of birth'), { target: { value: '2016-05-04' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit the requester and data subject' });
    expect(api.calls.filter((c) => c[0] === 'updatePeople').at(-1)).toEqual([
      'updatePeople',
      REF,
      {
        requester_name: 'Ada Lovelace',
        requester_emails: ['ada@example.org'],
        requester_address: '1 High Street, Leeds',
        requester_phone: '+44 113 496 0000',
        customer_ids: ['C-1001', 'ada.l'],
        subject_name: 'Tom Lovelace',
        subject_relationship: 'parent',
        subject_birth_date: '2016-05-04',
        subject_child: false,
      },
    ]);
    expect(changed()?.data_subject).toMatchObject({ name: 'Tom Lovelace', relationship: 'parent', birth_date: '2016-05-04' });
    expect(changed()?.requester).toMatchObject({ phone: '+44 113 496 0000', customer_ids: ['C-1001', 'ada.l'] });
  });

  it('removes the data subject with an empty name and nothing else', async () => {
    const { api } = setUp({ data_subject: { name: 'Tom', relationship: 'guardian', birth_date: null, child: true } });
    await userEvent.click(screen.getByRole('button', { name: 'Edit the requester and data subject' }));
    const form = screen.getByRole('form', { name: 'The requester and the data subject' });
    expect(within(form).getByLabelText('Requester’s relationship to them')).toHaveValue('guardian');
    expect(within(form).getByLabelText(/A child below the age of digital consent/)).toBeChecked();
    await userEvent.click(within(form).getByLabelText('The requester acts for someone else (the data subject)'));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByRole('button', { name: 'Edit the requester and data subject' });
    expect(api.calls.filter((c) => c[0] === 'updatePeople').at(-1)?.[2]).toMatchObject({
      subject_name: '',
      subject_relationship: null,
      subject_birth_date: null,
      subject_child: null,
    });
  });

  it('shows a refusal without a field under the form', async () => {
    setUp();
    await userEvent.click(screen.getByRole('button', { name: 'Edit the requester and data subject' }));
    const form = screen.getByRole('form', { name: 'The requester and the data subject' });
    await userEvent.clear(within(form).getByLabelText('Email addresses (one per line)'));
    await userEvent.type(within(form).getByLabelText('Email addresses (one per line)'), 'not-an-address');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByTestId('people-error')).toHaveTextContent("invalid email address 'not-an-address'");
  });
});
