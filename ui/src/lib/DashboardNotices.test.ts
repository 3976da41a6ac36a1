import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLocale } from '../i18n';
import { ApiError } from '../ipc';
import { aCase, fakeApi } from '../test/fakeApi';
import Dashboard from './Dashboard.svelte';

const show = (api: ReturnType<typeof fakeApi>) => render(Dashboard, { api, onOpen: () => {}, onNewCase: () => {} });

describe('the dashboard notices', () => {
  it('shows nothing when no backup is due and no closed case is past retention', async () => {
    const api = fakeApi([aCase({ days_left: -2, due: '2026-11-10' })]);
    show(api);
    await screen.findByRole('heading', { name: 'Dashboard' });
    // Once the dashboard has its data, the notices have had their answers too.
    await screen.findByText('Ada Lovelace');
    expect(screen.queryByTestId('backup-notice')).toBeNull();
    expect(screen.queryByTestId('retention-notice')).toBeNull();
  });

  it('reminds of a due backup and backs up through the save dialog', async () => {
    const api = fakeApi([aCase()]);
    api.reminder = { last_backup: '2026-11-01T09:00:00Z', days_since: 11, every_days: 7 };
    show(api);
    const notice = await screen.findByTestId('backup-notice');
    expect(notice).toHaveTextContent('The last backup is 11 days old (the reminder comes after 7 days).');

    // Cancelling the dialog changes nothing.
    await userEvent.click(within(notice).getByRole('button', { name: 'Back up now…' }));
    expect(api.calls).toContainEqual(['backupNow', null]);
    expect(within(notice).queryByLabelText('Passphrase for the backup')).toBeNull();
    expect(within(notice).getByRole('button', { name: 'Back up now…' })).toBeEnabled();

    const audit = {
      entries: 12, first_broken: null, problem: null, head: 'ab12', live_mismatches: [], unchecked_cases: [],
      checked_cases: 3, encrypted: true, keyed_from: 1, linked_only: 0,
    };
    api.backupAnswer = {
      path: '/media/usb/casebook-backup-2026-11-12.db', bytes: 65536, encrypted: true, schema: 14, integrity: 'ok',
      audit, cases: 3, documents: 4, damaged_documents: [], notes: 2,
    };
    await userEvent.click(within(notice).getByRole('button', { name: 'Back up now…' }));
    expect(await within(notice).findByRole('status')).toHaveTextContent(
      'Backup saved and verified: /media/usb/casebook-backup-2026-11-12.db (3 cases, encrypted',
    );
    expect(within(notice).queryByRole('button', { name: 'Back up now…' })).toBeNull();
  });

  it('says a register was never backed up, and shows why a backup failed', async () => {
    const api = fakeApi([]);
    api.reminder = { last_backup: null, days_since: 9, every_days: 7 };
    show(api);
    const notice = await screen.findByTestId('backup-notice');
    expect(notice).toHaveTextContent('No backup was ever made of this register, which is 9 days old.');
    api.failNext.backupNow = new ApiError('conflict', "'/tmp/b.db' already exists: choose a new file for the backup");
    await userEvent.click(within(notice).getByRole('button', { name: 'Back up now…' }));
    expect(await within(notice).findByRole('alert')).toHaveTextContent('already exists');
  });

  it('shows why a backup failed in German when the refusal comes as facts', async () => {
    useLocale('de');
    try {
      const api = fakeApi([]);
      api.reminder = { last_backup: null, days_since: 9, every_days: 7 };
      show(api);
      const notice = await screen.findByTestId('backup-notice');
      api.failNext.backupNow = ApiError.from({
        code: 'conflict',
        message: "'/tmp/b.db' already exists: choose a new file for the backup",
        said: { area: 'data', said: { kind: 'backup-file-exists', path: '/tmp/b.db' } },
      });
      await userEvent.click(within(notice).getByRole('button', { name: 'Jetzt sichern …' }));
      expect(await within(notice).findByRole('alert')).toHaveTextContent(
        'Die Datei „/tmp/b.db“ existiert bereits: Wählen Sie eine neue Datei für die Sicherung.',
      );
    } finally {
      useLocale('en');
    }
  });

  it('lists the closed cases due for deletion and deletes them only after confirmation', async () => {
    const api = fakeApi([aCase()]);
    api.retentionDue = [
      {
        reference: 'CB-2020-0001',
        received: '2019-12-02',
        closed_on: '2020-02-01',
        outcome: 'fulfilled',
        regime: 'uk-gdpr',
        rights: ['access'],
        retention_months: 36,
        delete_on: '2023-02-01',
        reason: 'closed on 2020-02-01, outcome fulfilled, kept 3 years after closure: due on 2023-02-01',
      },
      {
        reference: 'CB-2020-0002',
        received: '2019-12-02',
        closed_on: '2020-03-01',
        outcome: 'refused',
        regime: 'uk-gdpr',
        rights: ['access'],
        retention_months: 36,
        delete_on: '2023-03-01',
        reason: 'closed on 2020-03-01, outcome refused, kept 3 years after closure: due on 2023-03-01',
      },
    ];
    show(api);
    const notice = await screen.findByTestId('retention-notice');
    expect(notice).toHaveTextContent('2 closed cases are past the retention period and due for deletion.');
    expect(within(notice).queryByRole('table')).toBeNull();

    await userEvent.click(within(notice).getByRole('button', { name: 'Review' }));
    const rows = within(within(notice).getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('CB-2020-0001');
    expect(rows[1]).toHaveTextContent('Fulfilled');
    expect(rows[2]).toHaveTextContent('Refused');

    await userEvent.click(within(notice).getByRole('button', { name: 'Delete 2 cases…' }));
    expect(within(notice).getByText(/for good/)).toBeInTheDocument();
    await userEvent.click(within(notice).getByRole('button', { name: 'Cancel' }));
    expect(api.calls).not.toContainEqual(['deleteDueCases']);

    await userEvent.click(within(notice).getByRole('button', { name: 'Delete 2 cases…' }));
    await userEvent.click(within(notice).getByRole('button', { name: 'Yes, delete them' }));
    expect(await within(notice).findByRole('status')).toHaveTextContent('Deleted 2 closed cases.');
    expect(api.calls).toContainEqual(['deleteDueCases']);
    expect(within(notice).queryByRole('table')).toBeNull();
  });
});
