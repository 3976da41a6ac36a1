import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../ipc';
import { fakeApi } from '../test/fakeApi';
import Import from './Import.svelte';
import { ImportState } from './importState.svelte';

function setUp() {
  const api = fakeApi([]);
  const job = new ImportState();
  api.onImport({
    started: () => job.started(),
    progress: (c) => job.progress(c),
    finished: (r) => job.finished(r),
    refused: (e) => job.refused(e),
  });
  const onOpen = vi.fn();
  render(Import, { api, job, onOpen });
  return { api, job, onOpen };
}

const counts = { done: 0, created: 0, filed: 0, skipped: 0, failed: 0, file: '' };

describe('Import', () => {
  it('picks files, shows the counts while it runs, cancels, and lists what became of each message', async () => {
    const { api, onOpen } = setUp();
    expect(screen.getByRole('heading', { name: 'Import emails' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Choose files…' }));
    expect(api.calls).toContainEqual(['pickAndImport']);

    const progress = await screen.findByTestId('import-progress');
    expect(within(progress).getByLabelText('Importing…')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Choose files…' })).toBeDisabled();

    api.importHandlers!.progress({ ...counts, done: 120, created: 100, filed: 15, skipped: 3, failed: 2, file: 'inbox.mbox' });
    await waitFor(() => expect(within(progress).getByRole('status')).toHaveTextContent('120 messages read'));
    expect(progress.querySelector('[data-count="created"] dd')).toHaveTextContent('100');
    expect(progress.querySelector('[data-count="failed"] dd')).toHaveTextContent('2');

    await userEvent.click(within(progress).getByRole('button', { name: 'Cancel import' }));
    expect(api.calls).toContainEqual(['cancelImport']);
    expect(within(progress).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();

    api.importHandlers!.finished({
      counts: { ...counts, done: 121, created: 101, filed: 15, skipped: 3, failed: 2, file: 'inbox.mbox' },
      cancelled: true,
      outcomes: [
        {
          file: 'inbox.mbox',
          message: 7,
          outcome: 'created',
          reference: 'CB-2026-0042',
          status: 'received',
          rights: ['access'],
          regime: 'uk-gdpr',
          due: '2026-12-12',
          language: 'en',
          duplicate_of: ['CB-2026-0003'],
        },
        { file: 'reply.eml', message: null, outcome: 'filed', reference: 'CB-2026-0003', reason: 'In-Reply-To' },
        { file: 'inbox.mbox', message: 9, outcome: 'failed', error: 'no From header' },
      ],
    });
    await waitFor(() => expect(within(progress).getByRole('status')).toHaveTextContent('Import cancelled'));
    expect(within(progress).queryByRole('button', { name: /Cancel/ })).toBeNull();

    const rows = within(screen.getByTestId('import-results')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/inbox\.mbox7New case CB-2026-0042 — possible duplicate of CB-2026-0003/),
      expect.stringMatching(/reply\.eml—Filed on CB-2026-0003 \(In-Reply-To\)/),
      expect.stringMatching(/inbox\.mbox9Error: no From header/),
    ]);
    await userEvent.click(within(rows[0]!).getByRole('button', { name: 'Open CB-2026-0042' }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0042', ['CB-2026-0042']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { api } = setUp();
    api.pickAnswer = false;
    await userEvent.click(screen.getByRole('button', { name: 'Choose files…' }));
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('says why an import did not start', async () => {
    const { api } = setUp();
    api.importHandlers!.refused(new ApiError('conflict', 'an import is already running: wait for it or cancel it'));
    expect(await screen.findByTestId('import-refused')).toHaveTextContent('an import is already running');
  });
});
