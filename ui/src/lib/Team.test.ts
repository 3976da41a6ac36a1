// The window on a team register (PostgreSQL): signing in with the member's
// password, who is signed in, "My cases", and what colleagues change
// showing without a reload.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { aCase, fakeApi } from '../test/fakeApi';

const ada = aCase();
const nav = () => screen.getByRole('navigation', { name: 'Main' });

function team(state: 'sign-in' | 'team' = 'sign-in') {
  const api = fakeApi([ada]);
  api.registerState = state;
  api.member = 'alice';
  api.passphrase = 'alice-pw';
  api.templatesInRegister = true;
  return api;
}

describe('a team register', () => {
  it('asks for the member’s password, says when it is wrong, and says who is signed in', async () => {
    const api = team();
    render(App, { api });

    await screen.findByRole('heading', { name: 'Sign in to the team register' });
    expect(screen.getByText(/postgres:\/\/alice@db\.example\.org\/casebook/)).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    const field = screen.getByLabelText('Password');
    expect(field).toHaveFocus();

    await userEvent.type(field, 'guess{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong password. Check it and try again.');
    expect(api.registerState).toBe('sign-in');

    await userEvent.type(screen.getByLabelText('Password'), 'alice-pw{Enter}');
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.getByTestId('team-member')).toHaveTextContent('Team register · signed in as alice');
    // A team register is not the window's to lock: the server signs members in.
    expect(within(nav()).queryByRole('button', { name: /Lock/ })).toBeNull();
  });

  it('lists the member’s own cases under My cases, which a local register does not offer', async () => {
    const api = team('team');
    api.addCase(aCase({ reference: 'CB-2026-0002', requester_name: 'Bob Byte' }));
    api.assignedToMe = ['CB-2026-0002'];
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await screen.findByText('Ada Lovelace');

    await userEvent.click(screen.getByRole('checkbox', { name: 'My cases' }));
    await waitFor(() => expect(screen.queryByText('Ada Lovelace')).toBeNull());
    expect(screen.getByText('Bob Byte')).toBeInTheDocument();
    // A page of the list like any other (paged, with each right's date), asked for the member's own.
    expect(api.queries.at(-1)).toMatchObject({ mine: true, offset: 0 });
  });

  it('reloads the list and the open case when a colleague changes them', async () => {
    const api = team('team');
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await screen.findByText('Ada Lovelace');

    api.addCase(aCase({ reference: 'CB-2026-0003', requester_name: 'Cleo Colleague' }));
    api.registerChanged?.(['CB-2026-0003']);
    await screen.findByText('Cleo Colleague');

    await userEvent.click(screen.getByText('Ada Lovelace'));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    const asked = api.calls.filter(([method]) => method === 'caseDetail').length;
    api.registerChanged?.(['CB-2026-0003']);
    api.registerChanged?.([ada.reference]);
    await waitFor(() => expect(api.calls.filter(([method]) => method === 'caseDetail').length).toBe(asked + 1));
  });

  it('shows the closed cases due for deletion, the retention periods, the team\'s backup reminder and the own letter templates', async () => {
    const api = team('team');
    api.reminder = { last_backup: null, days_since: 40, every_days: 7 };
    api.retentionDue = [
      {
        reference: 'CB-2020-0001',
        received: '2019-12-02',
        closed_on: '2020-02-01',
        outcome: 'fulfilled',
        regime: 'uk-gdpr',
        rights: ['access'],
        retention_months: 24,
        delete_on: '2022-02-01',
        reason: 'closed on 2020-02-01, outcome fulfilled, kept 2 years after closure: due on 2022-02-01',
      },
    ];
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    const notice = await screen.findByTestId('retention-notice');
    expect(notice).toHaveTextContent('1 closed case is past the retention period and due for deletion.');
    // The team's reminder; its backup is encrypted with the passphrase typed here.
    const backup = await screen.findByTestId('backup-notice');
    expect(backup).toHaveTextContent('No backup was ever made of this register, which is 40 days old.');
    await userEvent.type(within(backup).getByLabelText('Passphrase for the backup'), 'correct horse battery');
    api.backupAnswer = {
      path: '/srv/team-backup.db', bytes: 65536, encrypted: true, schema: 16, integrity: 'ok',
      audit: {
        entries: 5, first_broken: null, problem: null, head: 'ab12', live_mismatches: [], unchecked_cases: [],
        checked_cases: 1, encrypted: true, keyed_from: 5, linked_only: 0,
      },
      cases: 1, documents: 0, damaged_documents: [], notes: 0,
    };
    await userEvent.click(within(backup).getByRole('button', { name: 'Back up now…' }));
    expect(api.calls).toContainEqual(['backupNow', 'correct horse battery']);
    expect(await within(backup).findByRole('status')).toHaveTextContent(
      'Backup saved and verified: /srv/team-backup.db (1 case, encrypted with the passphrase given).',
    );

    await userEvent.click(within(nav()).getByRole('button', { name: /Settings/ }));
    expect(await screen.findByTestId('retention-settings')).toBeInTheDocument();
    // The organisation's own letter templates, kept by the register itself (no folder to open).
    expect(await screen.findByTestId('templates-in-register')).toBeInTheDocument();
    expect(screen.queryByTestId('templates-folder')).toBeNull();
  });

  it('opens a team register from Settings, signing in there, and keeps the one open when another cannot be', async () => {
    const api = fakeApi([ada]);
    api.passphrase = 'alice-pw';
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Settings/ }));
    const card = await screen.findByTestId('open-register');
    expect(await within(card).findByTestId('current-register')).toHaveTextContent('This window works on /tmp/casebook-test.db.');

    const field = within(card).getByLabelText('Open another register');
    await userEvent.type(field, 'casebook.db');
    await userEvent.click(within(card).getByRole('button', { name: 'Open' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('“casebook.db” is not a full path');
    expect(api.registerState).toBe('plain');
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(field);
    await userEvent.type(field, 'postgres://alice@db.example.org/casebook');
    await userEvent.click(within(card).getByRole('button', { name: 'Open' }));
    await screen.findByRole('heading', { name: 'Sign in to the team register' });
    await userEvent.type(screen.getByLabelText('Password'), 'alice-pw{Enter}');
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.getByTestId('team-member')).toHaveTextContent('Team register · signed in as alice');
    expect(api.calls).toContainEqual(['openRegister', 'postgres://alice@db.example.org/casebook']);
  });

  it('offers no My cases on a local register', async () => {
    const api = fakeApi([ada]);
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await screen.findByText('Ada Lovelace');
    expect(screen.queryByRole('checkbox', { name: 'My cases' })).toBeNull();
    expect(screen.queryByTestId('team-member')).toBeNull();
  });
});
