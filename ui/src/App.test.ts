import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from './App.svelte';
import { ApiError } from './ipc';
import { aCase, fakeApi } from './test/fakeApi';

const ada = aCase();
const grace = aCase({ reference: 'CB-2026-0002', requester_name: 'Grace Hopper', days_left: 3, due: '2026-11-15' });
const alan = aCase({ reference: 'CB-2026-0003', requester_name: 'Alan Turing', days_left: 30, due: '2026-12-12' });

const nav = (name: string) => within(screen.getByRole('navigation', { name: 'Main' })).getByRole('button', { name: new RegExp(name) });

describe('App', () => {
  it('welcomes a first start and sets up the organisation before anything else', async () => {
    const api = fakeApi([]);
    api.org = null;
    render(App, { api });

    await screen.findByRole('heading', { name: 'Welcome to Casebook' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    await userEvent.type(screen.getByLabelText('Organisation name'), 'Acme Ltd');
    await userEvent.click(screen.getByRole('button', { name: 'Start using Casebook' }));

    await screen.findByRole('heading', { name: 'Dashboard' });
    expect((api as { org: { name: string } | null }).org?.name).toBe('Acme Ltd');
    expect(screen.getByTestId('org-name')).toHaveTextContent('Acme Ltd');
  });

  it('says once that it upgraded a register an older Casebook wrote, and where the copy is kept', async () => {
    const api = fakeApi([ada]);
    const upgraded = {
      from_schema: 14,
      to_schema: 15,
      from_version: '0.1.0',
      to_version: '0.1.1',
      backup: '/home/dpo/.local/share/casebook/casebook.schema-14.20261205T101500Z.db',
    };
    api.appInfo = async () => ({
      version: '0.1.1',
      databasePath: '/home/dpo/.local/share/casebook/casebook.db',
      member: null,
      upgraded,
      datesRecomputed: null,
      datesBehind: null,
    });
    render(App, { api });

    const notice = await screen.findByTestId('register-upgraded');
    expect(notice).toHaveTextContent('This register was upgraded');
    expect(notice).toHaveTextContent('Casebook 0.1.1 brought this register up from schema 14 (written by Casebook 0.1.0) to schema 15');
    expect(within(notice).getByTestId('upgrade-backup')).toHaveTextContent(upgraded.backup);
    await userEvent.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('register-upgraded')).toBeNull();
    await userEvent.click(nav('Cases'));
    await userEvent.click(nav('Dashboard'));
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.queryByTestId('register-upgraded')).toBeNull();
  });

  it('says once which open cases’ due dates it recomputed under this version’s deadline rules', async () => {
    const api = fakeApi([ada]);
    const datesRecomputed = { revision: 1, recomputed: ['CB-2026-0002', 'CB-2026-0007'] };
    api.appInfo = async () => ({
      version: '0.1.1',
      databasePath: '/tmp/c.db',
      member: null,
      upgraded: null,
      datesRecomputed,
      datesBehind: null,
    });
    render(App, { api });

    const notice = await screen.findByTestId('dates-recomputed');
    expect(notice).toHaveTextContent('Some due dates were recomputed');
    expect(notice).toHaveTextContent('(deadline rules revision 1)');
    expect(notice).toHaveTextContent('These moved, each recorded in the audit log: CB-2026-0002, CB-2026-0007.');
    expect(screen.queryByTestId('register-upgraded')).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('dates-recomputed')).toBeNull();
  });

  it('tells a team member who is not the DPO that the stored due dates are of older rules, for the DPO to bring up', async () => {
    const api = fakeApi([ada]);
    api.appInfo = async () => ({
      version: '0.1.1',
      databasePath: 'postgres://hana@db.example/register',
      member: 'hana',
      upgraded: null,
      datesRecomputed: null,
      datesBehind: 0,
    });
    render(App, { api });

    const notice = await screen.findByTestId('dates-behind');
    expect(notice).toHaveTextContent('Some due dates are still to be recomputed');
    expect(notice).toHaveTextContent('of an older revision of the deadline rules (revision 0)');
    expect(notice).toHaveTextContent('the next time a DPO member opens the register, Casebook recomputes them');
    expect(screen.queryByTestId('dates-recomputed')).toBeNull();
    await userEvent.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByTestId('dates-behind')).toBeNull();
  });

  it('says nothing of an upgrade when there was none', async () => {
    const api = fakeApi([ada]);
    const appInfo = api.appInfo;
    let answered = false;
    api.appInfo = async () => {
      const info = await appInfo();
      answered = true;
      return info;
    };
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    // Asked, and its answer (no upgrade) taken in, before looking.
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((r) => setTimeout(r, 0));
    expect(screen.queryByTestId('register-upgraded')).toBeNull();
    expect(screen.queryByTestId('dates-recomputed')).toBeNull();
  });

  it('says why the register cannot be opened, and tries again', async () => {
    const api = fakeApi([ada]);
    api.failNext.organisation = new ApiError('storage', "'x.db' is not a Casebook database");
    render(App, { api });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not a Casebook database');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Dashboard' });
  });

  it('opens another register when the one it starts on cannot be opened', async () => {
    const api = fakeApi([ada]);
    api.failNext.organisation = new ApiError('unreachable', 'cannot reach the PostgreSQL server at db.example.org:5432');
    render(App, { api });

    expect(await screen.findByRole('alert')).toHaveTextContent('cannot reach the PostgreSQL server');
    const card = screen.getByTestId('open-register');
    await userEvent.type(within(card).getByLabelText('Open another register'), '/home/dpo/casebook.db');
    await userEvent.click(within(card).getByRole('button', { name: 'Open' }));
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(api.calls).toContainEqual(['openRegister', '/home/dpo/casebook.db']);
  });

  it('moves between screens with the sidebar, which marks the current one', async () => {
    render(App, { api: fakeApi([ada]) });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(nav('Dashboard')).toHaveAttribute('aria-current', 'page');

    await userEvent.click(nav('Cases'));
    await screen.findByRole('heading', { name: 'Cases' });
    expect(nav('Cases')).toHaveAttribute('aria-current', 'page');
    expect(nav('Dashboard')).not.toHaveAttribute('aria-current');

    await userEvent.click(nav('Settings'));
    await screen.findByRole('heading', { name: 'Settings' });
  });

  it('opens a case from the list by click or Enter, and walks the list with j and k', async () => {
    render(App, { api: fakeApi([ada, grace, alan]) });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(nav('Cases'));
    await screen.findByText('Grace Hopper');

    // Enter on the reference's button.
    screen.getByRole('button', { name: 'Open CB-2026-0002, Grace Hopper' }).focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: /CB-2026-0002/ });
    expect(screen.getByTestId('position')).toHaveTextContent('Case 2 of 3');

    await userEvent.keyboard('j');
    await screen.findByRole('heading', { name: /CB-2026-0003/ });
    await userEvent.keyboard('k');
    await userEvent.keyboard('k');
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(screen.getByRole('button', { name: /Previous case/ })).toBeDisabled();

    await userEvent.keyboard('{Escape}');
    await screen.findByRole('heading', { name: 'Cases' });

    // A click anywhere on a row opens it too.
    await userEvent.click(await screen.findByText('Alan Turing'));
    await screen.findByRole('heading', { name: /CB-2026-0003/ });
  });

  it("opens the list of cases awaiting identity from the dashboard's tile", async () => {
    const waiting = aCase({ reference: 'CB-2026-0004', requester_name: 'Waiting Walt', status: 'awaiting-identity' });
    const api = fakeApi([ada, waiting]);
    render(App, { api });
    const tile = await screen.findByRole('button', { name: /Awaiting identity/ });

    await userEvent.click(tile);

    await screen.findByText('Waiting Walt');
    expect(screen.queryByText('Ada Lovelace')).toBeNull();
    expect(screen.getByLabelText('Status')).toHaveValue('awaiting-identity');
    expect(api.queries.at(-1)).toMatchObject({ status: 'awaiting-identity' });
  });

  it('has shortcuts: n for a new case, / for the search box', async () => {
    render(App, { api: fakeApi([ada]) });
    await screen.findByRole('heading', { name: 'Dashboard' });

    await userEvent.keyboard('n');
    await screen.findByRole('heading', { name: 'New case' });
    await userEvent.click(screen.getByRole('heading', { name: 'New case' }));

    await userEvent.keyboard('/');
    await waitFor(() => expect(screen.getByLabelText('Search')).toHaveFocus());
    // Typing in a field is never taken for a shortcut.
    await userEvent.keyboard('n');
    expect(screen.getByLabelText('Search')).toHaveValue('n');
    expect(screen.queryByRole('heading', { name: 'New case' })).toBeNull();
  });

  it('opens the new case once it is logged', async () => {
    const api = fakeApi([ada]);
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(nav('New case'));
    await userEvent.type(await screen.findByLabelText('Name'), 'Mary Somerville');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Erasure' }));
    await userEvent.click(screen.getByRole('button', { name: 'Log request' }));

    await screen.findByRole('heading', { name: /CB-2026-0002.*Mary Somerville/ });
  });

  it('brings up the import screen when files dropped on the window start an import, and keeps its results', async () => {
    const api = fakeApi([ada]);
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await waitFor(() => expect(api.importHandlers).not.toBeNull());

    api.importHandlers!.started(2);
    await screen.findByRole('heading', { name: 'Import emails' });
    expect(nav('Import')).toHaveAttribute('aria-current', 'page');
    api.importHandlers!.finished({
      counts: { done: 1, created: 1, filed: 0, skipped: 0, failed: 0, file: 'a.eml' },
      cancelled: false,
      outcomes: [
        {
          file: 'a.eml',
          message: null,
          outcome: 'created',
          reference: 'CB-2026-0009',
          status: 'received',
          rights: ['access'],
          regime: 'uk-gdpr',
          due: null,
          language: null,
          duplicate_of: [],
        },
      ],
    });
    await screen.findByText(/New case CB-2026-0009/);

    await userEvent.click(nav('Dashboard'));
    await userEvent.click(nav('Import'));
    expect(await screen.findByText(/New case CB-2026-0009/)).toBeInTheDocument();
  });

  it('asks before importing a file the app was opened with, and imports it only on Import', async () => {
    const api = fakeApi([ada]);
    api.org = null;
    api.openedNames = ['request.eml'];
    render(App, { api });

    // Not while the welcome sets the register up: once it is open.
    await screen.findByRole('heading', { name: 'Welcome to Casebook' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await userEvent.type(screen.getByLabelText('Organisation name'), 'Acme Ltd');
    await userEvent.click(screen.getByRole('button', { name: 'Start using Casebook' }));
    await waitFor(() => expect(api.importHandlers).not.toBeNull());

    const ask = await screen.findByRole('alertdialog', { name: 'Import \u201crequest.eml\u201d as a new request?' });
    expect(api.calls.some(([m]) => m === 'answerOpenedFiles')).toBe(false);
    expect(within(ask).getByRole('button', { name: 'Import' })).toHaveFocus();
    await userEvent.click(within(ask).getByRole('button', { name: 'Import' }));

    expect(api.calls).toContainEqual(['answerOpenedFiles', true]);
    await screen.findByRole('heading', { name: 'Import emails' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('forgets the files the app was opened with on Cancel', async () => {
    const api = fakeApi([ada]);
    api.openedNames = ['a.msg', 'b.eml'];
    render(App, { api });

    const ask = await screen.findByRole('alertdialog', { name: 'Import 2 files as new requests?' });
    expect(ask).toHaveTextContent('a.msg, b.eml');
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));

    expect(api.calls).toContainEqual(['answerOpenedFiles', false]);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
  });

  it('shows why the import of an opened file did not start', async () => {
    const api = fakeApi([ada]);
    api.openedNames = ['a.eml'];
    api.failNext.answerOpenedFiles = new ApiError('conflict', 'an import is already running: wait for it or cancel it');
    render(App, { api });

    const ask = await screen.findByRole('alertdialog');
    await userEvent.click(within(ask).getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Import emails' });
    expect(await screen.findByText(/an import is already running/)).toBeInTheDocument();
  });
});
