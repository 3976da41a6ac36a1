import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError, type DataFile, type DataItem } from '../ipc';
import { aDetail, aSystem, fakeApi } from '../test/fakeApi';
import CaseData from './CaseData.svelte';

const REF = 'CB-2026-0001';

function aFile(overrides: Partial<DataFile> = {}): DataFile {
  return {
    id: 1,
    system: 'crm',
    categories: ['contact'],
    file_name: 'crm-export.csv',
    format: 'csv',
    sha256: 'ab'.repeat(32),
    size: 120,
    columns: ['email', 'name', 'orders'],
    records_read: 30,
    records_kept: 25,
    identifiers: ['ada@example.org'],
    imported_at: '2026-11-12T10:00:00Z',
    imported_by: 'dpo',
    ...overrides,
  };
}

function items(n: number): DataItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    file_id: 1,
    system: 'crm',
    record_no: i + 1,
    line: i + 2,
    fields: { email: 'ada@example.org', orders: i },
    matches: [{ field: 'email', identifier: 'ada@example.org', how: 'email-exact' as const }],
  }));
}

type Fake = ReturnType<typeof fakeApi>;

function setUp(prep: (api: Fake) => void = () => {}, systems = [aSystem(), aSystem({ id: 'billing', name: 'Billing' })]) {
  const api = fakeApi([]);
  api.systems = systems;
  prep(api);
  render(CaseData, { api, detail: aDetail({ reference: REF }) });
  return { api };
}

const section = () => screen.getByRole('region', { name: 'Data' });

describe('CaseData', () => {
  it('shows each relevant system searched or not, and that the response is blocked until all are', async () => {
    setUp((api) =>
      api.searches.set(REF, [
        { system: 'crm', searched: true, result: 'found', reason: null, by: 'Priya', on: '2026-11-10', note: '3 orders' },
      ]),
    );
    const log = await screen.findByTestId('search-log');
    const crm = within(log).getByRole('row', { name: /Customer database/ });
    expect(crm).toHaveAttribute('data-state', 'searched');
    expect(crm).toHaveTextContent('Found');
    expect(crm).toHaveTextContent(/Priya, .*2026/);
    expect(crm).toHaveTextContent('3 orders');
    expect(within(log).getByRole('row', { name: /Billing/ })).toHaveAttribute('data-state', 'unsearched');
    expect(screen.getByTestId('respond-blocked')).toHaveTextContent('not searched: Billing');
  });

  it('records a search and one not made, with its reason; then nothing blocks the response', async () => {
    const { api } = setUp();
    expect(await screen.findByTestId('respond-blocked')).toHaveTextContent('Customer database, Billing');
    const form = within(section()).getByRole('form', { name: 'Record a search' });
    await userEvent.selectOptions(within(form).getByLabelText('System'), 'Customer database');
    await userEvent.selectOptions(within(form).getByLabelText('What happened'), 'Searched: nothing found');
    await userEvent.type(within(form).getByLabelText('Note'), 'no account');
    await userEvent.click(within(form).getByRole('button', { name: 'Record search' }));
    await waitFor(() => expect(screen.getByTestId('respond-blocked')).toHaveTextContent('not searched: Billing'));
    expect(api.calls.find((c) => c[0] === 'recordSearch')![2]).toMatchObject({
      system: 'crm',
      not_searched: false,
      result: 'nothing-found',
      reason: null,
      note: 'no account',
    });

    await userEvent.selectOptions(within(form).getByLabelText('System'), 'Billing');
    await userEvent.selectOptions(within(form).getByLabelText('What happened'), 'Not searched');
    await userEvent.click(within(form).getByRole('button', { name: 'Record search' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('say why the system was not searched');
    await userEvent.type(within(form).getByLabelText('Why it was not searched'), 'Not a customer of billing');
    await userEvent.click(within(form).getByRole('button', { name: 'Record search' }));
    expect(await screen.findByTestId('all-searched')).toBeInTheDocument();
    expect(screen.queryByTestId('respond-blocked')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('search-log')).getByRole('row', { name: /Billing/ })).toHaveTextContent(
      'Not a customer of billing',
    );
  });

  it('says when the register has no systems to search', async () => {
    setUp(() => {}, []);
    expect(await screen.findByTestId('no-register')).toBeInTheDocument();
    expect(screen.queryByTestId('respond-blocked')).not.toBeInTheDocument();
  });

  it("imports a system's export with its categories, and shows the refusal of a faulty file", async () => {
    const { api } = setUp();
    const form = await within(section()).findByRole('form', { name: 'Import a system’s export' });
    api.dataFile = new ApiError('invalid-input', '/tmp/crm.csv: line 4: a quoted field is never closed (broken quote); nothing imported');
    await userEvent.selectOptions(within(form).getByLabelText('System'), 'Billing');
    await userEvent.type(within(form).getByLabelText('Data categories'), 'contact, financial');
    await userEvent.click(within(form).getByRole('button', { name: 'Choose a file and import…' }));
    expect(await screen.findByTestId('data-import-error')).toHaveTextContent('line 4: a quoted field is never closed');

    api.dataFile = { file: aFile({ system: 'billing' }), items: items(25) };
    await userEvent.click(within(form).getByRole('button', { name: 'Choose a file and import…' }));
    expect(await screen.findByTestId('data-imported')).toHaveTextContent('Imported crm-export.csv: 25 of 30 records kept.');
    expect(api.calls.filter((c) => c[0] === 'importCaseData').at(-1)![1]).toEqual({
      reference: REF,
      system: 'billing',
      categories: ['contact', 'financial'],
      matchIdentifiers: true,
    });
    expect(screen.queryByTestId('data-import-error')).not.toBeInTheDocument();
  });

  it('lists the records a page at a time, with how each matched', async () => {
    const { api } = setUp((api) => {
      api.dataFiles.set(REF, [aFile()]);
      api.dataItems.set(REF, items(25));
    });
    const list = await screen.findByTestId('data-items');
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(
      'Matched by email = ada@example.org (email, exactly)',
    );
    expect(screen.getByText('Records 1–20 of 25')).toBeInTheDocument();
    const next = screen.getByRole('button', { name: 'Next records' });
    await userEvent.click(next);
    await waitFor(() => expect(screen.getByText('Records 21–25 of 25')).toBeInTheDocument());
    expect(api.calls.filter((c) => c[0] === 'caseData').at(-1)).toEqual(['caseData', REF, 20, 20]);
  });

  it('withholds a field of a record with a reason and a note, and shows it in the schedule', async () => {
    const { api } = setUp((api) => {
      api.dataFiles.set(REF, [aFile()]);
      api.dataItems.set(REF, items(2));
    });
    const list = await screen.findByTestId('data-items');
    const first = within(list).getAllByRole('listitem')[0]!;
    await userEvent.click(within(first).getByRole('button', { name: 'Withhold Customer database, record 1' }));
    const form = within(first).getByRole('form', { name: 'Withhold Customer database, record 1' });
    await userEvent.selectOptions(within(form).getByLabelText('Field'), 'orders');
    await userEvent.selectOptions(within(form).getByLabelText('Reason'), 'Exemption');
    await userEvent.type(within(form).getByLabelText('Article granting the exemption'), 'DPA 2018 Sch. 2 para 2');
    await userEvent.click(within(form).getByRole('button', { name: 'Withhold' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('a redaction needs a note');
    await userEvent.type(within(form).getByLabelText('Note (what is withheld, for the file)'), 'Fraud investigation');
    await userEvent.click(within(form).getByRole('button', { name: 'Withhold' }));

    const schedule = await screen.findByTestId('redaction-schedule');
    expect(schedule).toHaveTextContent('Customer database, item 1, field orders');
    expect(schedule).toHaveTextContent('Exemption (DPA 2018 Sch. 2 para 2)');
    expect(schedule).toHaveTextContent('Fraud investigation');
    expect(api.calls.filter((c) => c[0] === 'redactData').at(-1)![2]).toEqual({
      item: '1',
      field: 'orders',
      reason: 'exemption',
      article: 'DPA 2018 Sch. 2 para 2',
      note: 'Fraud investigation',
    });
    expect(within(first).getByTestId('withheld-field').closest('dd')).toHaveTextContent('0 withheld');
    expect(within(first).queryByTestId('withheld')).not.toBeInTheDocument();
  });
});
