import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aCase, aDetail, fakeApi } from '../test/fakeApi';
import { ApiError, type CaseDocument } from '../ipc';
import CaseDocuments from './CaseDocuments.svelte';

const pdf: CaseDocument = {
  id: 1,
  sha256: 'a'.repeat(64),
  size: 2_400_000,
  content_type: 'text/plain',
  role: 'attachment',
  file_name: 'payslip.txt',
  added_at: '2026-11-02T10:00:00Z',
  kind: 'pdf',
  viewable: true,
};
const html: CaseDocument = {
  id: 2,
  sha256: 'b'.repeat(64),
  size: 812,
  content_type: 'application/pdf',
  role: 'attachment',
  file_name: 'invoice.pdf',
  added_at: '2026-11-02T10:00:00Z',
  kind: 'markup',
  viewable: false,
};
const email: CaseDocument = {
  id: 3,
  sha256: 'c'.repeat(64),
  size: 4096,
  content_type: 'message/rfc822',
  role: 'evidence',
  file_name: 'request.eml',
  added_at: '2026-11-02T09:00:00Z',
  kind: 'email',
  viewable: false,
};

function setup() {
  const api = fakeApi([aCase()]);
  const documents = [email, pdf, html];
  api.details.set('CB-2026-0001', aDetail({ documents }));
  render(CaseDocuments, { api, reference: 'CB-2026-0001', documents });
  return api;
}

const row = (name: string) => screen.getByText(name).closest('li') as HTMLElement;

describe('CaseDocuments', () => {
  it('lists every stored file with its role, sniffed type, size, date and short hash', () => {
    setup();
    expect(screen.getAllByTestId('document')).toHaveLength(3);
    const p = row('payslip.txt');
    expect(p).toHaveTextContent('Attachment');
    expect(p).toHaveTextContent('PDF');
    expect(p).toHaveTextContent('(declared as text/plain)');
    expect(p).toHaveTextContent(/2(\.|,)3 MB/);
    expect(p).toHaveTextContent('aaaaaaaaaaaa…');
    expect(p.querySelector('code')).toHaveAttribute('title', 'a'.repeat(64));
    expect(within(p).getByRole('button', { name: 'Copy the SHA-256 of payslip.txt' })).toHaveAttribute('title', 'a'.repeat(64));
    expect(row('request.eml')).toHaveTextContent('Original message');
    expect(row('request.eml')).toHaveTextContent('Email');
    expect(row('invoice.pdf')).toHaveTextContent('812 bytes');
  });

  it('offers Open only for viewable files and says why the others are not opened', async () => {
    const api = setup();
    expect(within(row('payslip.txt')).getByRole('button', { name: 'Open payslip.txt in the system viewer' })).toBeEnabled();
    for (const name of ['invoice.pdf', 'request.eml']) {
      expect(within(row(name)).queryByRole('button', { name: /Open/ })).toBeNull();
      expect(within(row(name)).getByRole('button', { name: `Save ${name} as…` })).toBeInTheDocument();
    }
    expect(within(row('invoice.pdf')).getByTestId('not-opened')).toHaveTextContent('HTML can run scripts');
    expect(within(row('request.eml')).getByTestId('not-opened')).toHaveTextContent('mail program');

    await userEvent.click(screen.getByRole('button', { name: 'Open payslip.txt in the system viewer' }));
    expect(api.calls).toContainEqual(['openCaseDocument', 'CB-2026-0001', 'a'.repeat(64)]);
    expect(await screen.findByRole('status')).toHaveTextContent('payslip.txt opened in the system viewer.');
  });

  it('saves a file through the native dialog, shows the path, and nothing when cancelled', async () => {
    const api = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice.pdf as…' }));
    expect(api.calls).toContainEqual(['saveCaseDocument', 'CB-2026-0001', 'b'.repeat(64)]);
    expect(await screen.findByRole('status')).toHaveTextContent('Saved to /home/dpo/invoice.pdf.');

    api.saveDocumentAnswer = false;
    await userEvent.click(screen.getByRole('button', { name: 'Save request.eml as…' }));
    expect(api.calls).toContainEqual(['saveCaseDocument', 'CB-2026-0001', 'c'.repeat(64)]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the error of a failed save or open', async () => {
    const api = setup();
    api.failNext.saveCaseDocument = new ApiError('invalid-input', "cannot write '/mnt/x/invoice.pdf': read-only");
    await userEvent.click(screen.getByRole('button', { name: 'Save invoice.pdf as…' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("cannot write '/mnt/x/invoice.pdf': read-only");
    expect(alert).toHaveAttribute('data-code', 'invalid-input');

    api.failNext.openCaseDocument = new ApiError('internal', 'cannot open the file in the system viewer');
    await userEvent.click(screen.getByRole('button', { name: 'Open payslip.txt in the system viewer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('cannot open the file in the system viewer');
  });

  it('copies the full SHA-256', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Copy the SHA-256 of invoice.pdf' }));
    expect(await navigator.clipboard.readText()).toBe('b'.repeat(64));
    expect(screen.getByRole('status')).toHaveTextContent('SHA-256 copied.');
  });

  it('says when the case has no files', () => {
    render(CaseDocuments, { api: fakeApi([aCase()]), reference: 'CB-2026-0001', documents: [] });
    expect(screen.getByTestId('no-documents')).toHaveTextContent('No files stored on this case yet.');
  });
});
