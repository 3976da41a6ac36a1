import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aCase, fakeApi } from '../test/fakeApi';
import CaseExports from './CaseExports.svelte';

const answer = {
  file: '/home/dpo/CB-2026-0001-package.zip',
  sha256: 'a'.repeat(64),
  size: 2_400_000,
  encrypted: false,
};

describe('CaseExports', () => {
  it('saves the evidence pack and shows the file, its SHA-256 and size; a cancelled dialog shows nothing', async () => {
    const api = fakeApi([aCase()]);
    render(CaseExports, { api, reference: 'CB-2026-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Save evidence pack…' }));
    expect(api.calls).toContainEqual(['saveEvidencePack', 'CB-2026-0001']);
    expect(screen.queryByTestId('export-result')).toBeNull();

    api.exportAnswer = { ...answer, file: '/home/dpo/CB-2026-0001-evidence-pack.pdf', size: 812 };
    await userEvent.click(screen.getByRole('button', { name: 'Save evidence pack…' }));
    const result = await screen.findByTestId('export-result');
    expect(result).toHaveTextContent('Evidence pack saved.');
    expect(result).toHaveTextContent('/home/dpo/CB-2026-0001-evidence-pack.pdf');
    expect(result).toHaveTextContent('a'.repeat(64));
    expect(result).toHaveTextContent('812 bytes');
  });

  it('exports the package with a password typed twice, and says when they differ or it is too short', async () => {
    const api = fakeApi([aCase()]);
    api.exportAnswer = answer;
    render(CaseExports, { api, reference: 'CB-2026-0001' });

    await userEvent.type(screen.getByLabelText('Package password (optional)'), 'short');
    await userEvent.type(screen.getByLabelText('Repeat the password'), 'shorter');
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passwords differ.');
    expect(api.calls.some((c) => c[0] === 'exportPackage')).toBe(false);

    await userEvent.clear(screen.getByLabelText('Repeat the password'));
    await userEvent.type(screen.getByLabelText('Repeat the password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('at least 10 characters');

    for (const label of ['Package password (optional)', 'Repeat the password']) {
      await userEvent.clear(screen.getByLabelText(label));
      await userEvent.type(screen.getByLabelText(label), 'long enough secret');
    }
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    const result = await screen.findByTestId('export-result');
    expect(result).toHaveTextContent('Encrypted data package saved.');
    expect(within(result).getByText('2.3 MB')).toBeInTheDocument();
    expect(api.calls).toContainEqual(['exportPackage', 'CB-2026-0001', 'long enough secret']);
    expect(screen.getByLabelText('Package password (optional)')).toHaveValue('');
  });

  it('exports without a password when none is given', async () => {
    const api = fakeApi([aCase()]);
    api.exportAnswer = answer;
    render(CaseExports, { api, reference: 'CB-2026-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    expect(await screen.findByTestId('export-result')).toHaveTextContent('Data package saved.');
    expect(api.calls).toContainEqual(['exportPackage', 'CB-2026-0001', null]);
  });

  it('tells the page once an export is saved (the package records its cover letter), not when the dialog is cancelled', async () => {
    const api = fakeApi([aCase()]);
    const onExported = vi.fn();
    render(CaseExports, { api, reference: 'CB-2026-0001', onExported });
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    expect(api.calls).toContainEqual(['exportPackage', 'CB-2026-0001', null]);
    expect(onExported).not.toHaveBeenCalled();
    api.exportAnswer = answer;
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    await screen.findByTestId('export-result');
    expect(onExported).toHaveBeenCalledExactlyOnceWith('package');
  });
});

describe('CaseExports progress and cancel', () => {
  const writing = {
    kind: 'package' as const,
    phase: 'writing' as const,
    item: 'data/crm.json',
    count: 1234,
    of: 5000,
    unit: 'records' as const,
    done: 1300,
    total: 10010,
  };

  it('shows a progress bar with counts while the package is written, then the result', async () => {
    const api = fakeApi([aCase()]);
    api.exportAnswer = answer;
    api.holdExports = true;
    render(CaseExports, { api, reference: 'CB-2026-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    const bar = await screen.findByRole('progressbar', { name: 'Data package progress' });
    // The Cancel button takes the focus from the disabled export button.
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    api.exportProgress?.(writing);
    // An evidence pack's events are not this export's.
    api.exportProgress?.({ ...writing, kind: 'evidence', count: 3, of: 8, unit: 'sections' });
    const panel = screen.getByTestId('export-progress');
    await vi.waitFor(() => expect(panel).toHaveTextContent('1,234 of 5,000 records \u2014 writing data/crm.json'));
    expect(bar).toHaveAttribute('value', '1300');
    expect(bar).toHaveAttribute('max', '10010');

    api.exportProgress?.({ ...writing, phase: 'finishing', item: 'package.zip', count: 9, of: 9, unit: 'files', done: 10010 });
    api.finishExport?.();
    expect(await screen.findByTestId('export-result')).toHaveTextContent('Data package saved.');
    expect(screen.getByTestId('export-progress')).toHaveTextContent('9 of 9 files \u2014 done');
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('cancels the running export: the command is called and the window says nothing was saved', async () => {
    const api = fakeApi([aCase()]);
    api.exportAnswer = answer;
    api.holdExports = true;
    render(CaseExports, { api, reference: 'CB-2026-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    api.exportProgress?.(writing);
    await userEvent.keyboard('{Enter}');
    expect(api.calls).toContainEqual(['cancelExport', 'package']);
    expect(await screen.findByTestId('export-cancelled')).toHaveTextContent(
      'The data package export was cancelled; nothing was saved.',
    );
    expect(screen.queryByTestId('export-progress')).toBeNull();
    expect(screen.queryByTestId('export-result')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Export data package…' })).toBeEnabled();
  });

  it('shows the evidence pack stages and cancels it as its own kind', async () => {
    const api = fakeApi([aCase()]);
    api.exportAnswer = answer;
    api.holdExports = true;
    render(CaseExports, { api, reference: 'CB-2026-0001' });
    await userEvent.click(screen.getByRole('button', { name: 'Save evidence pack…' }));
    api.exportProgress?.({ ...writing, kind: 'evidence', phase: 'laying-out', item: 'Timeline', count: 4, of: 8, unit: 'sections' });
    await vi.waitFor(() =>
      expect(screen.getByTestId('export-progress')).toHaveTextContent('4 of 8 sections \u2014 laying out Timeline'),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(api.calls).toContainEqual(['cancelExport', 'evidence']);
    expect(await screen.findByTestId('export-cancelled')).toHaveTextContent('The evidence pack was cancelled');
  });
});
