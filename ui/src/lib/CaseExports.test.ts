import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
    expect(result).toHaveTextContent('812 B');
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
});
