import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../ipc';
import { aSystem, fakeApi } from '../test/fakeApi';
import Register from './Register.svelte';

function setUp(systems = [aSystem()]) {
  const api = fakeApi([]);
  api.systems = systems;
  render(Register, { api });
  return { api };
}

describe('Register of processing', () => {
  it('lists each system with its categories, purposes, legal bases, transfers and retention', async () => {
    setUp();
    const crm = await screen.findByRole('listitem');
    expect(within(crm).getByRole('heading', { name: /Customer database/ })).toHaveTextContent('crm');
    expect(crm).toHaveTextContent('Customers');
    expect(crm).toHaveTextContent('Email address');
    expect(crm).toHaveTextContent('Providing the service — Performance of a contract');
    expect(crm).toHaveTextContent('Processors acting for us: Cloud host');
    expect(crm).toHaveTextContent('Cloud host (US): Standard contractual clauses');
    expect(crm).toHaveTextContent('6 years after the account closes');
    expect(crm).toHaveTextContent('The person themselves');
    expect(screen.getByText('1 system')).toBeInTheDocument();
  });

  it('adds a system picked from the DPV vocabulary, sending the ids', async () => {
    const { api } = setUp([]);
    expect(await screen.findByTestId('register-empty')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Add a system' }));
    const form = screen.getByRole('form', { name: 'Add a system' });
    await userEvent.type(within(form).getByLabelText('Slug'), 'billing');
    await userEvent.type(within(form).getByLabelText('Name'), 'Billing');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Customers' }));
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Full name' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add a purpose' }));
    await userEvent.selectOptions(within(form).getByLabelText('Purpose'), 'Providing the service');
    await userEvent.selectOptions(within(form).getByLabelText('Legal basis'), 'Legitimate interests');
    await userEvent.type(within(form).getByLabelText('Retention period or criteria'), 'Six years');
    await userEvent.click(within(form).getByRole('button', { name: 'Save system' }));

    await waitFor(() => expect(screen.getByTestId('register-status')).toHaveTextContent('Billing saved.'));
    const [, sent] = api.calls.find((c) => c[0] === 'addProcessingSystem')!;
    expect(sent).toMatchObject({
      id: 'billing',
      data_subjects: [{ id: 'dpv:Customer', label: 'Customers' }],
      personal_data: [{ id: 'dpv-pd:Name', label: 'Full name' }],
      purposes: [{ purpose: { id: 'dpv:ServiceProvision' }, legal_basis: { id: 'dpv:LegitimateInterest' } }],
      retention: 'Six years',
    });
    expect(await screen.findByRole('heading', { name: /Billing/ })).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it("shows the façade's problems on the fields they name", async () => {
    setUp([]);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a system' }));
    const form = screen.getByRole('form', { name: 'Add a system' });
    await userEvent.type(within(form).getByLabelText('Slug'), 'billing');
    await userEvent.click(within(form).getByRole('button', { name: 'Add a purpose' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save system' }));

    const name = within(form).getByLabelText('Name');
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('name: is empty');
    const purposes = within(form).getByRole('group', { name: 'Purposes and their legal bases' });
    expect(purposes).toHaveAccessibleDescription('purposes #1 (legal_basis): is missing');
    expect(within(form).getByRole('alert')).toHaveTextContent('The system was not saved');
  });

  it('puts each problem on the control of the field it names, by the field key', async () => {
    const { api } = setUp();
    const keys: [string, string][] = [
      ['data-subjects', 'Whose data (data subjects)'],
      ['personal-data', 'Personal data categories'],
      ['sources', 'Where the data comes from'],
      ['recipients', 'Recipients'],
      ['transfers', 'Transfers abroad'],
      ['automated-decisions', 'Automated decision-making'],
    ];
    const problems = keys.map(([key], i) => `${key} #${i + 1}: problem ${i + 1}`);
    api.failNext.editProcessingSystem = new ApiError('invalid-input', [...problems, 'something else'].join('; '), 'data-subjects');
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Customer database' }));
    const form = screen.getByRole('form', { name: 'Edit Customer database' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save system' }));
    for (const [i, [, legend]] of keys.entries()) {
      const group = await within(form).findByRole('group', { name: legend });
      expect(group).toHaveAccessibleDescription(problems[i]);
    }
    expect(within(form).getByRole('alert')).toHaveTextContent('something else');
  });

  it('shows that a slug already in the register is taken, on the slug', async () => {
    setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'Add a system' }));
    const form = screen.getByRole('form', { name: 'Add a system' });
    await userEvent.type(within(form).getByLabelText('Slug'), 'crm');
    await userEvent.type(within(form).getByLabelText('Name'), 'CRM again');
    await userEvent.click(within(form).getByRole('button', { name: 'Save system' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Slug')).toHaveAccessibleDescription(/already in the register/),
    );
  });

  it('edits a system, keeping its slug and an own term the vocabulary lacks', async () => {
    const own = { id: 'acme:Reseller', label: 'Resellers' };
    const { api } = setUp([aSystem({ data_subjects: [{ id: 'dpv:Customer', label: 'Customers' }, own] })]);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Customer database' }));
    const form = screen.getByRole('form', { name: 'Edit Customer database' });
    expect(within(form).getByLabelText('Slug')).toHaveAttribute('readonly');
    expect(within(form).getByRole('checkbox', { name: /Resellers/ })).toBeChecked();
    const name = within(form).getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'CRM');
    await userEvent.click(within(form).getByRole('button', { name: 'Save system' }));

    await waitFor(() => expect(api.systems[0]!.name).toBe('CRM'));
    const [, id, sent] = api.calls.find((c) => c[0] === 'editProcessingSystem')!;
    expect(id).toBe('crm');
    expect((sent as { data_subjects: unknown }).data_subjects).toEqual([{ id: 'dpv:Customer', label: 'Customers' }, own]);
  });

  it('removes a system after confirming', async () => {
    const { api } = setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Customer database' }));
    expect(api.calls.some((c) => c[0] === 'removeProcessingSystem')).toBe(false);
    await userEvent.click(screen.getByTestId('confirm-remove'));
    await waitFor(() => expect(api.systems).toEqual([]));
    expect(await screen.findByTestId('register-empty')).toBeInTheDocument();
  });

  it('imports a register file, and shows a refused one with its JSON path', async () => {
    const { api } = setUp();
    api.registerFile = new ApiError(
      'invalid-input',
      "register file '/tmp/r.json': systems[1].purposes[0].legal_basis: unknown legal basis 'dpv:Contrat'",
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Import a register file…' }));
    expect(await screen.findByTestId('register-error')).toHaveTextContent('systems[1].purposes[0].legal_basis');
    expect(api.systems).toHaveLength(1);

    api.registerFile = { file: 'register.json', systems: [aSystem({ id: 'hr', name: 'HR records' }), aSystem()] };
    await userEvent.click(screen.getByRole('button', { name: 'Import a register file…' }));
    expect(await screen.findByTestId('register-status')).toHaveTextContent(
      'Imported register.json: 2 systems (replacing 1).',
    );
    expect(screen.queryByTestId('register-error')).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: /HR records/ })).toBeInTheDocument();
  });

  it('exports the register where the save dialog says; a cancelled dialog says nothing', async () => {
    const { api } = setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'Export the register…' }));
    expect(await screen.findByTestId('register-status')).toHaveTextContent(
      'Register saved as /home/dpo/register-of-processing.json.',
    );
    api.registerExportAnswer = null;
    await userEvent.click(screen.getByRole('button', { name: 'Export the register…' }));
    await waitFor(() => expect(api.calls.filter((c) => c[0] === 'exportProcessingRegister')).toHaveLength(2));
    expect(screen.queryByTestId('register-status')).not.toBeInTheDocument();
  });
});
