// The workflow steps beyond the clock, and letters, on a case's page.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../ipc';
import { TODAY, aCase, aDetail, fakeApi } from '../test/fakeApi';
import CaseDetail from './CaseDetail.svelte';
import { formatDate } from './format';

function setUp(detail = aDetail()) {
  const api = fakeApi([aCase({ reference: detail.reference })]);
  api.details.set(detail.reference, detail);
  render(CaseDetail, {
    api,
    reference: detail.reference,
    previous: null,
    next: null,
    position: null,
    onOpen: vi.fn(),
    onBack: vi.fn(),
  });
  return api;
}

const actions = () => screen.getByRole('region', { name: 'Actions' });
const open = async (label: string) => {
  await screen.findByRole('heading', { name: /CB-2026-0001/ });
  await userEvent.click(within(actions()).getByRole('button', { name: label }));
  return screen.getByRole('form', { name: label });
};

describe('case steps', () => {
  it('shows what the case needs next', async () => {
    setUp();
    // Said from the step's facts in the app's language, with the date as the app formats it.
    expect(await screen.findByTestId('next-action')).toHaveTextContent(
      `confirm receipt to the requester by ${formatDate('2026-11-05')}`,
    );
  });

  it('acknowledges receipt by the request’s channel, dated today, and then offers it no more', async () => {
    const api = setUp();
    const form = await open('Acknowledge receipt');
    expect(within(form).getByLabelText('Date')).toHaveValue(TODAY);
    expect(within(form).getByLabelText('Acknowledged by')).toHaveValue('email');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Acknowledged'));
    expect(api.calls).toContainEqual(['acknowledge', 'CB-2026-0001', TODAY, 'email']);
    expect(within(actions()).queryByRole('button', { name: 'Acknowledge receipt' })).toBeNull();
  });

  it('records an identity check with the suggested method, and asks why when another is used', async () => {
    const api = setUp();
    const form = await open('Record identity check');
    expect(within(form).getByTestId('suggested-method')).toHaveTextContent(
      'Suggested check: Request came from the email address on file',
    );
    expect(within(form).getByTestId('suggested-method')).toHaveTextContent('from the address on file');
    expect(within(form).getByLabelText('Method used')).toHaveValue('registered-email');
    expect(within(form).queryByLabelText('Why another method than the suggested one')).toBeNull();

    await userEvent.selectOptions(within(form).getByLabelText('Method used'), 'id-document');
    const why = within(form).getByLabelText('Why another method than the suggested one');
    await userEvent.type(within(form).getByLabelText('What was compared with what'), 'passport vs. name on file');
    await userEvent.type(within(form).getByLabelText('Why this decision'), 'name and photo match');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    // The fake refuses another method without a reason, as the façade does.
    expect(await within(form).findByRole('alert')).toHaveTextContent("the suggested method is 'registered-email'");
    expect(within(form).getByLabelText('Why this decision')).toHaveValue('name and photo match');

    await userEvent.type(why, 'the email address is not on file');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('In progress'));
    const [, , check] = api.calls.filter((c) => c[0] === 'checkIdentity').at(-1)!;
    expect(check).toEqual({
      method: 'id-document',
      outcome: 'verified',
      compared: 'passport vs. name on file',
      rationale: 'name and photo match',
      on: TODAY,
      override_reason: 'the email address is not on file',
    });
  });

  it('asks for a fee on a ground the law allows, then records it paid', async () => {
    const api = setUp();
    const form = await open('Ask for a fee');
    const grounds = within(form).getAllByRole('option').map((o) => o.textContent);
    expect(grounds).toEqual([
      'Manifestly unfounded request',
      'Manifestly excessive (e.g. repetitive) request',
      'Further copies of the data',
    ]);
    expect(form).toHaveTextContent('Allowed by UK GDPR Art. 12(5)(a)');
    await userEvent.selectOptions(within(form).getByLabelText('Ground'), 'Further copies of the data');
    await userEvent.type(within(form).getByLabelText('Amount (as written to the person)'), '£10');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await within(actions()).findByRole('button', { name: 'Fee paid' });
    expect(api.calls).toContainEqual(['requestFee', 'CB-2026-0001', { on: TODAY, ground: 'further-copies', amount: '£10' }]);
    expect(within(actions()).queryByRole('button', { name: 'Ask for a fee' })).toBeNull();

    await userEvent.click(within(actions()).getByRole('button', { name: 'Fee paid' }));
    await userEvent.click(within(screen.getByRole('form', { name: 'Fee paid' })).getByRole('button', { name: 'Save' }));
    await within(actions()).findByRole('button', { name: 'Ask for a fee' });
  });

  it('offers no fee where the law makes requests free', async () => {
    setUp(aDetail({ regime: 'lgpd', fee_grounds: [], fee_source: 'LGPD Art. 18 §5' }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Ask for a fee' })).toBeNull();
  });

  it('refuses with a reason, naming the authority to complain to, and shows the engine’s refusal', async () => {
    const api = setUp();
    const form = await open('Refuse');
    expect(within(form).getByTestId('complaint-authority')).toHaveTextContent("Information Commissioner's Office");
    expect(within(form).getByTestId('complaint-authority')).toHaveTextContent('Wilmslow');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent("the refusal's reasons in words");

    await userEvent.selectOptions(within(form).getByLabelText('Reason'), 'Manifestly excessive');
    await userEvent.type(
      within(form).getByLabelText('The reasons in words, as the person will read them'),
      'the fourth identical request this month',
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Refused'));
    expect(api.calls).toContainEqual([
      'refuse',
      'CB-2026-0001',
      { on: TODAY, reason: 'manifestly-excessive', text: 'the fourth identical request this month' },
    ]);
  });

  it('says when no authority is known for the location', async () => {
    setUp(aDetail({ complaint_authority: null }));
    const form = await open('Refuse');
    expect(within(form).getByTestId('complaint-authority')).toHaveTextContent('No supervisory authority is known');
  });

  it('records the response and the withdrawal with their details', async () => {
    const api = setUp();
    let form = await open('Response sent');
    await userEvent.selectOptions(within(form).getByLabelText('Sent by'), 'Letter');
    await userEvent.type(within(form).getByLabelText('What was sent'), 'copy of the data');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Response sent'));
    expect(api.calls).toContainEqual(['respond', 'CB-2026-0001', { on: TODAY, channel: 'letter', what: 'copy of the data' }]);
    expect(within(actions()).queryByRole('button', { name: 'Request withdrawn' })).toBeNull();

    const other = setUp(aDetail({ reference: 'CB-2026-0002' }));
    await screen.findByRole('heading', { name: /CB-2026-0002/ });
    const second = screen.getAllByRole('region', { name: 'Actions' })[1]!;
    await userEvent.click(within(second).getByRole('button', { name: 'Request withdrawn' }));
    form = screen.getByRole('form', { name: 'Request withdrawn' });
    await userEvent.type(within(form).getByLabelText('How the person withdrew (optional)'), 'email of 3 Nov');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(other.calls).toContainEqual(['withdraw', 'CB-2026-0002', TODAY, 'email of 3 Nov']));
  });

  it('asks for proof of authority only when someone acts for the data subject', async () => {
    setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(within(actions()).queryByRole('button', { name: 'Request proof of authority' })).toBeNull();
  });

  it('asks an agent for proof of authority', async () => {
    const api = setUp(aDetail({ data_subject: { name: 'Tom Lovelace', relationship: 'parent' } }));
    const form = await open('Request proof of authority');
    await userEvent.type(within(form).getByLabelText('What was asked for'), 'birth certificate');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Awaiting identity'));
    expect(api.calls).toContainEqual(['requestAuthority', 'CB-2026-0001', TODAY, 'birth certificate']);
  });
});

describe('letters', () => {
  const letters = () => screen.getByRole('region', { name: 'Letters' });

  it('a package export sends the access-response draft with it: the page shows it sent, not still to send', async () => {
    const api = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('acknowledgement'));
    await userEvent.selectOptions(within(letters()).getByLabelText('Letter'), 'access-response');
    await userEvent.click(within(letters()).getByRole('button', { name: 'Make letter' }));
    expect(await within(letters()).findByTestId('letter-draft')).toHaveTextContent('Access response');
    const correspondence = screen.getByRole('region', { name: 'Correspondence' });
    expect(within(correspondence).queryByText(/Access response/)).toBeNull();

    api.exportAnswer = { file: '/home/dpo/CB-2026-0001-data-package.zip', sha256: 'c'.repeat(64), size: 4096, encrypted: false };
    await userEvent.click(screen.getByRole('button', { name: 'Export data package…' }));
    await screen.findByTestId('export-result');
    await waitFor(() => expect(within(letters()).queryByTestId('letter-draft')).toBeNull());
    expect(await within(correspondence).findByText(/Access response/)).toBeInTheDocument();
  });

  it('offers a closed case with an appeal only the letter deciding it', async () => {
    const base = aDetail();
    const appealed = aDetail({
      status: 'closed',
      regime: 'us-state',
      deadlines: { ...base.deadlines, appeal_due: '2026-12-27' },
    });
    setUp(appealed);
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('appeal-decision'));
    const offered = within(within(letters()).getByLabelText('Letter'))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(offered).toEqual(['appeal-decision']);
  });

  it('shows no letters on a closed case with no appeal', async () => {
    setUp(aDetail({ status: 'closed' }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    expect(screen.queryByRole('region', { name: 'Letters' })).toBeNull();
  });

  it('makes a letter as a draft to review, saves its PDF and email draft, then marks it as sent', async () => {
    const api = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('acknowledgement'));
    await userEvent.selectOptions(within(letters()).getByLabelText('Language'), 'de');
    await userEvent.click(within(letters()).getByRole('button', { name: 'Make letter' }));

    const made = await within(letters()).findByTestId('letter-made');
    expect(made).toHaveTextContent('Acknowledgement of your request');
    expect(made).toHaveTextContent('abab');
    expect(api.calls).toContainEqual(['makeLetter', 'CB-2026-0001', 'acknowledgement', 'de']);
    expect(within(letters()).getByTestId('letter-status')).toHaveTextContent('draft made');

    // A draft is not correspondence.
    const correspondence = screen.getByRole('region', { name: 'Correspondence' });
    expect(within(correspondence).queryByText('Acknowledgement of your request')).toBeNull();

    await userEvent.click(within(made).getByRole('button', { name: 'Save PDF…' }));
    expect(await within(letters()).findByTestId('letter-status')).toHaveTextContent('Saved to /home/dpo/CB-2026-0001.pdf');
    await userEvent.click(within(made).getByRole('button', { name: 'Save as email draft…' }));
    await waitFor(() =>
      expect(within(letters()).getByTestId('letter-status')).toHaveTextContent('Saved to /home/dpo/CB-2026-0001.eml'),
    );
    await userEvent.click(within(made).getByRole('button', { name: 'Open in viewer' }));
    expect(api.calls).toContainEqual(['saveDraft', 'CB-2026-0001', 1, false]);
    expect(api.calls).toContainEqual(['openDraftPdf', 'CB-2026-0001', 1]);
    expect(api.calls).toContainEqual(['saveDraft', 'CB-2026-0001', 1, true]);

    await userEvent.click(within(made).getByRole('button', { name: 'Show text' }));
    expect(within(made).getByLabelText('Text of Acknowledgement of your request')).toHaveTextContent('Dear Ada Lovelace');

    // Mark as sent: no date or a date in the future is refused and shown; today by post is recorded.
    const draft = await within(letters()).findByTestId('letter-draft');
    const date = within(draft).getByLabelText('Sent on');
    await userEvent.clear(date);
    await userEvent.click(within(draft).getByRole('button', { name: 'Mark as sent' }));
    expect(await within(letters()).findByTestId('letter-error')).toHaveTextContent('Give the day it was sent.');
    expect(api.calls.some((c) => c[0] === 'sendLetter')).toBe(false);
    await userEvent.type(date, '2026-12-01');
    await userEvent.click(within(draft).getByRole('button', { name: 'Mark as sent' }));
    expect(await within(letters()).findByTestId('letter-error')).toHaveTextContent('is in the future');
    await userEvent.clear(date);
    await userEvent.type(date, TODAY);
    await userEvent.selectOptions(within(draft).getByLabelText('Sent by'), 'letter');
    await userEvent.click(within(draft).getByRole('button', { name: 'Mark as sent' }));
    await waitFor(() => expect(within(letters()).queryByTestId('letter-draft')).toBeNull());
    expect(api.calls).toContainEqual(['sendLetter', 'CB-2026-0001', 1, TODAY, 'letter']);
    await within(correspondence).findByText('Acknowledgement of your request');
    expect(correspondence).toHaveTextContent(`SHA-256 ${'ab'.repeat(31)}00`);

    // Withdrawn with a reason: still listed, marked.
    await userEvent.click(within(correspondence).getByRole('button', { name: 'Withdraw…' }));
    await userEvent.click(within(correspondence).getByRole('button', { name: 'Mark withdrawn' }));
    expect(await within(correspondence).findByRole('alert')).toHaveTextContent('the reason is empty');
    await userEvent.type(within(correspondence).getByLabelText('Why it is withdrawn'), 'wrong address');
    await userEvent.click(within(correspondence).getByRole('button', { name: 'Mark withdrawn' }));
    expect(await within(correspondence).findByTestId('withdrawn')).toHaveTextContent('wrong address');
    expect(within(correspondence).getByText('Acknowledgement of your request')).toBeInTheDocument();
  });

  it('discards a draft: it is never sent', async () => {
    const api = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('acknowledgement'));
    await userEvent.click(within(letters()).getByRole('button', { name: 'Make letter' }));
    const draft = await within(letters()).findByTestId('letter-draft');
    await userEvent.click(within(draft).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(within(letters()).queryByTestId('letter-draft')).toBeNull());
    expect(api.calls).toContainEqual(['discardDraft', 'CB-2026-0001', 1]);
    expect(within(letters()).getByTestId('letter-status')).toHaveTextContent('draft discarded');
    const correspondence = screen.getByRole('region', { name: 'Correspondence' });
    expect(within(correspondence).queryByText('Acknowledgement of your request')).toBeNull();
  });

  it('offers no draft without an email address, and says why', async () => {
    setUp(aDetail({ requester: { name: 'Ada', emails: [], postal_address: '1 Road', phone: null, customer_ids: [], date_of_birth: null } }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('acknowledgement'));
    await userEvent.click(within(letters()).getByRole('button', { name: 'Make letter' }));
    const made = await within(letters()).findByTestId('letter-made');
    expect(within(made).queryByRole('button', { name: 'Save as email draft…' })).toBeNull();
    expect(made).toHaveTextContent('No email draft: case CB-2026-0001 has no email address');
  });

  it('shows why a letter could not be made', async () => {
    const api = setUp();
    api.failNext.makeLetter = new ApiError('invalid-input', 'the record of processing has no purposes');
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    await waitFor(() => expect(within(letters()).getByLabelText('Letter')).toHaveValue('acknowledgement'));
    await userEvent.click(within(letters()).getByRole('button', { name: 'Make letter' }));
    const error = await within(letters()).findByTestId('letter-error');
    expect(error).toHaveTextContent('the record of processing has no purposes');
    expect(error).toHaveAttribute('data-code', 'invalid-input');
  });
});
