import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { locales, useLocale } from '../i18n';
import { ApiError } from '../ipc';
import { aCase, aDetail, aLaw, fakeApi, someDeadlines, someSaid } from '../test/fakeApi';
import CaseDetail from './CaseDetail.svelte';

function setUp(detail = aDetail()) {
  const api = fakeApi([aCase({ reference: detail.reference })]);
  api.details.set(detail.reference, detail);
  const props = {
    api,
    reference: detail.reference,
    previous: null,
    next: null,
    position: null,
    onOpen: vi.fn(),
    onBack: vi.fn(),
  };
  render(CaseDetail, props);
  return { api, props };
}

const actions = () => screen.getByRole('region', { name: 'Actions' });

describe('CaseDetail', () => {
  it('shows the rules in force, the refusal date and an appeal clock where the engine gives them', async () => {
    setUp(
      aDetail({
        deadlines: someDeadlines({
          rules_in_force: aLaw({
            id: 'us-ia',
            name: 'Iowa Consumer Data Protection Act',
            why: 'rules in force: received 2026-11-02, on or after 2025-01-01',
          }),
          refuse_by: '2026-12-17',
          refuse_steps: ['a refusal, with its reasons and the right to complain, is due within the period without the extension (Iowa Code §715D.4)'],
          appeal_due: '2027-03-21',
          appeal_steps: ['appeal received Wed 2027-01-20: the controller decides within 60 days of receiving it (Iowa Code §715D.4)'],
          said: someSaid({
            refuse_steps: [{ kind: 'refusal-without-extension', source: 'Iowa Code §715D.4' }],
            appeal_steps: [{ kind: 'appeal-received', on: '2027-01-20', days: 60, section: 'Iowa Code §715D.4', read: true }],
          }),
        }),
      }),
    );
    const dates = await screen.findByRole('region', { name: 'Dates' });
    expect(within(dates).getByTestId('rules-in-force')).toHaveTextContent('Iowa Consumer Data Protection Act');
    expect(dates.querySelector('[data-date="refuse"]')).toHaveTextContent('Send a refusal by');
    expect(dates.querySelector('[data-date="appeal"]')).toHaveTextContent('Decide the appeal by');
    expect(dates.querySelector('[data-date="appeal-extended"]')).toBeNull();
    // The steps are said from the engine's sentences, in the app's words and dates.
    expect(dates.querySelector('[data-date="appeal"]')).toHaveTextContent(
      /appeal received Wed, .*20.* 2027: the controller decides within 60 days of receiving it \(Iowa Code §715D\.4\)/,
    );
  });

  it('says why each right has its date, or none where the statute does not give the right', async () => {
    setUp(
      aDetail({
        rights: ['rectification', 'withdraw-consent'],
        deadlines: someDeadlines({
          due: '2027-02-23',
          rights: [
            {
              right: 'rectification',
              due: null,
              steps: [],
              said: [
                {
                  kind: 'no-statute',
                  right: 'rectification',
                  law: 'Iowa Consumer Data Protection Act',
                  section: 'Iowa Code §715D.3(1)',
                  given_from: null,
                },
                { kind: 'received', on: '2026-11-25' },
                { kind: 'no-house-target', regime: 'us-state' },
              ],
            },
            {
              right: 'withdraw-consent',
              due: '2027-02-23',
              steps: [],
              said: [
                {
                  kind: 'period-state',
                  right: 'withdraw-consent',
                  days: 90,
                  law: 'Iowa Consumer Data Protection Act',
                  section: 'Iowa Code §715D.3(2)(a)',
                  read: true,
                },
              ],
            },
          ],
        }),
      }),
    );
    const dates = await screen.findByRole('region', { name: 'Dates' });
    const rectification = dates.querySelector('[data-right="rectification"]');
    expect(rectification).toHaveTextContent(
      'Rectification: not a right under the Iowa Consumer Data Protection Act (Iowa Code §715D.3(1)), and no statute sets a date for it',
    );
    expect(rectification).toHaveTextContent('no house target is set');
    expect(dates.querySelector('[data-right="withdraw-consent"]')).toHaveTextContent(
      '90 calendar days from receipt (Iowa Consumer Data Protection Act, Iowa Code §715D.3(2)(a))',
    );
  });

  it('shows the requester, the request and the due date with why', async () => {
    setUp(
      aDetail({
        rights: ['erasure', 'access'],
        requester: {
          name: 'Ada Lovelace',
          emails: ['ada@example.org'],
          postal_address: '12 St James’s Square\nLondon',
          phone: '+44 20 7946 0000',
          customer_ids: ['C-1001'],
          date_of_birth: null,
        },
        deadlines: someDeadlines({
          house_target: '2026-11-30',
          house_target_steps: ['house target: 28 days from Mon 2026-11-02 (an internal goal, not the legal deadline)'],
          notes: ['no holiday data is shipped for PL: only Saturdays and Sundays are skipped, so check the country\'s public holidays by hand'],
          said: someSaid({
            house_target_steps: [{ kind: 'house-target', days: 28, from: '2026-11-02' }],
            notes: [{ kind: 'calendar', note: { kind: 'no-holiday-data', country: 'PL' } }],
          }),
        }),
      }),
    );

    await screen.findByRole('heading', { name: /CB-2026-0001.*Ada Lovelace/ });
    const requester = screen.getByRole('region', { name: 'Requester' });
    expect(requester).toHaveTextContent('ada@example.org');
    expect(requester).toHaveTextContent('+44 20 7946 0000');
    expect(requester).toHaveTextContent('C-1001');
    const request = screen.getByRole('region', { name: 'Request' });
    expect(request).toHaveTextContent('Erasure (primary)');
    expect(request).toHaveTextContent('UK GDPR · England, United Kingdom');

    const dates = screen.getByRole('region', { name: 'Dates' });
    expect(within(dates).getByTestId('due-date')).toHaveTextContent(/2026|Dec/);
    expect(within(dates).getByTestId('clock')).toHaveTextContent('Clock running');
    const why = within(dates).getByTestId('why');
    expect(why).toHaveAttribute('open');
    expect(why).toHaveTextContent(/\+1 month: Wed, .*2.* 2026/);
    expect(dates).toHaveTextContent('House target');
    expect(dates).toHaveTextContent(/house target: 28 days from Mon, .*2.* 2026/);
    expect(dates).toHaveTextContent('Holidays: England and Wales');
    expect(dates).toHaveTextContent('no holiday data is shipped for Poland');
  });

  it('records an identity request: the clock waits and the due date goes', async () => {
    const { api } = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });

    await userEvent.click(within(actions()).getByRole('button', { name: 'Request identity' }));
    const form = screen.getByRole('form', { name: 'Request identity' });
    expect(within(form).getByLabelText('Date')).toHaveValue('2026-11-12');
    expect(within(form).getByLabelText('Date')).toHaveFocus();
    await userEvent.type(within(form).getByLabelText('What was asked for'), 'a utility bill');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByTestId('clock')).toHaveTextContent('Waiting for identity'));
    expect(screen.getByTestId('status')).toHaveTextContent('Awaiting identity');
    expect(screen.getByTestId('due-date')).toHaveTextContent('No due date until the identity evidence arrives');
    expect(api.calls).toContainEqual(['requestIdentity', 'CB-2026-0001', '2026-11-12', 'a utility bill']);
    expect(screen.getByRole('status')).toHaveTextContent('Request identity: recorded.');
    // The next step is offered.
    expect(within(actions()).getByRole('button', { name: 'Identity received' })).toBeInTheDocument();
  });

  it('names what a waiting clock waits for: a UK fee holds it as identity evidence does', async () => {
    for (const [waiting, clock, noDue] of [
      ['fee', 'Waiting for the fee', 'No due date until the fee is paid: the clock starts again then'],
      [
        'evidence-and-fee',
        'Waiting for identity and the fee',
        'No due date until the identity evidence and the fee arrive: the clock starts again then',
      ],
    ] as const) {
      setUp(
        aDetail({
          deadlines: someDeadlines({ due: null, days_left: null, clock: 'waiting-for-identity', waiting_for: waiting }),
        }),
      );
      const dates = await screen.findByRole('region', { name: 'Dates' });
      expect(within(dates).getByTestId('clock')).toHaveTextContent(clock);
      expect(within(dates).getByTestId('due-date')).toHaveTextContent(noDue);
      expect(dates).not.toHaveTextContent('identity evidence arrives:');
      cleanup();
    }
  });

  it("shows the engine's refusal next to the form, and keeps it open", async () => {
    const { api } = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    api.failNext.askClarification = new ApiError('invalid-input', 'the clarification question is empty');

    await userEvent.click(within(actions()).getByRole('button', { name: 'Ask for clarification' }));
    const form = screen.getByRole('form', { name: 'Ask for clarification' });
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    const error = await within(form).findByRole('alert');
    expect(error).toHaveTextContent('the clarification question is empty');
    expect(error).toHaveAttribute('data-code', 'invalid-input');
    expect(screen.getByTestId('status')).toHaveTextContent('Received');
  });

  it('shows a refusal the Rust side gives as facts in the window’s language, its dates written the German way', async () => {
    useLocale('de');
    try {
      const de = locales.de;
      const { api } = setUp();
      await screen.findByRole('heading', { name: /CB-2026-0001/ });
      api.failNext.takeExtension = ApiError.from({
        code: 'invalid-input',
        message: 'the extension notice was due by 2026-11-05 and is dated 2026-11-12: give a reason to record it anyway',
        field: 'override-reason',
        said: { area: 'workflow', said: { kind: 'extension-notice-late', due_by: '2026-11-05', dated: '2026-11-12' } },
      });

      const region = screen.getByRole('region', { name: de.actions.title });
      await userEvent.click(within(region).getByRole('button', { name: de.actions.takeExtension }));
      const form = screen.getByRole('form', { name: de.actions.takeExtension });
      await userEvent.type(within(form).getByLabelText(de.actions.reason), 'umfangreicher Antrag');
      await userEvent.click(within(form).getByRole('button', { name: de.actions.save }));

      const error = await within(form).findByRole('alert');
      expect(error).toHaveTextContent(
        'Die Mitteilung der Fristverlängerung war bis 05.11.2026 fällig und ist auf den 12.11.2026 datiert: Geben Sie einen Grund an, um sie dennoch zu erfassen.',
      );
      expect(error).not.toHaveTextContent('2026-11-05');
    } finally {
      useLocale('en');
    }
  });

  it('asks why when an extension notice is late, and sends the override', async () => {
    const { api } = setUp(aDetail({ deadlines: someDeadlines({ extension_notice_by: '2026-11-05' }) }));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });

    await userEvent.click(within(actions()).getByRole('button', { name: 'Take extension' }));
    const form = screen.getByRole('form', { name: 'Take extension' });
    await userEvent.type(within(form).getByLabelText('Reason (the person must be told)'), 'complex request');
    // Today (12 Nov) is after the notice deadline (5 Nov).
    const override = within(form).getByLabelText('Reason for recording a late notice');
    await userEvent.type(override, 'told by phone on time, letter late');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(api.calls).toContainEqual([
        'takeExtension',
        'CB-2026-0001',
        { reason: 'complex request', notified_on: '2026-11-12', override_reason: 'told by phone on time, letter late' },
      ]),
    );
  });

  it('changes the status to one the workflow allows, and closes with an outcome', async () => {
    const { api } = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });

    await userEvent.click(within(actions()).getByRole('button', { name: 'Change status' }));
    let form = screen.getByRole('form', { name: 'Change status' });
    const options = within(form)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Acknowledged', 'In progress', 'Response sent', 'Withdrawn', 'Refused']);
    await userEvent.selectOptions(within(form).getByLabelText('New status'), 'In progress');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('In progress'));

    await userEvent.click(within(actions()).getByRole('button', { name: 'Close case' }));
    form = screen.getByRole('form', { name: 'Close case' });
    await userEvent.selectOptions(within(form).getByLabelText('Outcome'), 'No data held');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.getByTestId('status')).toHaveTextContent('Closed'));
    expect(api.calls).toContainEqual(['closeCase', 'CB-2026-0001', 'no-data-held', '2026-11-12']);
    expect(screen.getByRole('region', { name: 'Request' })).toHaveTextContent('No data held');
    expect(actions()).toHaveTextContent('This case is closed');
    expect(screen.queryByLabelText('New note')).toBeNull();
  });

  it('adds a note, and says so when it is empty', async () => {
    const { api } = setUp();
    await screen.findByRole('heading', { name: /CB-2026-0001/ });
    const notes = screen.getByRole('region', { name: 'Notes' });

    await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    expect(await within(notes).findByRole('alert')).toHaveTextContent('the note is empty');

    await userEvent.type(within(notes).getByLabelText('New note'), 'Called back about the scan');
    await userEvent.click(within(notes).getByRole('button', { name: 'Add note' }));
    await within(notes).findByText('Called back about the scan');
    expect(within(notes).queryByRole('alert')).toBeNull();
    expect(within(notes).getByLabelText('New note')).toHaveValue('');
    expect(api.calls).toContainEqual(['addNote', 'CB-2026-0001', 'Called back about the scan']);
  });

  it('tells the timeline in words', async () => {
    const api = fakeApi([aCase()]);
    api.timelines.set('CB-2026-0001', [
      { at: '2026-11-02T09:00:00Z', actor: 'dpo', item: { type: 'change', action: 'case.created', changes: [] } },
      {
        at: '2026-11-03T09:00:00Z',
        actor: 'dpo',
        item: {
          type: 'clock',
          kind: 'identity-requested',
          on: '2026-11-03',
          details: { asked_for: 'a utility bill' },
          facts: { asked_for: { type: 'text', text: 'a utility bill' } },
        },
      },
      {
        at: '2026-11-04T09:00:00Z',
        actor: 'dpo',
        item: {
          type: 'change',
          action: 'case.updated',
          changes: [
            {
              field: 'status',
              before: 'received',
              after: 'acknowledged',
              from: { type: 'text', text: 'received' },
              to: { type: 'text', text: 'acknowledged' },
            },
          ],
        },
      },
      { at: '2026-11-05T09:00:00Z', actor: 'dpo', item: { type: 'note', text: 'Called back' } },
      { at: '2026-11-06T09:00:00Z', actor: 'dpo', item: { type: 'change', action: 'data.imported', changes: [] } },
      { at: '2026-11-07T09:00:00Z', actor: 'dpo', item: { type: 'change', action: 'letter.re-sent', changes: [] } },
    ]);
    render(CaseDetail, {
      api,
      reference: 'CB-2026-0001',
      previous: null,
      next: null,
      position: null,
      onOpen: vi.fn(),
      onBack: vi.fn(),
    });

    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    await within(timeline).findByText('Case logged');
    const items = within(timeline).getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => li.getAttribute('data-type'))).toEqual(['change', 'clock', 'change', 'note', 'change', 'change']);
    expect(items[1]).toHaveTextContent('Identity evidence requested');
    expect(items[1]).toHaveTextContent('Asked for: a utility bill');
    expect(items[2]).toHaveTextContent('Status: Received → Acknowledged');
    expect(items[3]).toHaveTextContent('Called back');
    // Audited actions read as words, never as their codes.
    expect(items[4]).toHaveTextContent('Data imported from a system');
    expect(items[5]).toHaveTextContent('Letter re sent');
    expect(items[5]).not.toHaveTextContent('letter.re-sent');
  });

  it('goes to the next and previous case, and back to the list', async () => {
    const api = fakeApi([aCase()]);
    const onOpen = vi.fn();
    const onBack = vi.fn();
    render(CaseDetail, {
      api,
      reference: 'CB-2026-0001',
      previous: 'CB-2026-0007',
      next: 'CB-2026-0009',
      position: { index: 2, total: 3 },
      onOpen,
      onBack,
    });
    await screen.findByRole('heading', { name: /CB-2026-0001/ });

    await userEvent.click(screen.getByRole('button', { name: /Next case/ }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0009');
    await userEvent.click(screen.getByRole('button', { name: /Previous case/ }));
    expect(onOpen).toHaveBeenCalledWith('CB-2026-0007');
    await userEvent.click(screen.getByRole('button', { name: /Back to cases/ }));
    expect(onBack).toHaveBeenCalled();
  });

  it('says when the case cannot be loaded', async () => {
    const api = fakeApi([]);
    render(CaseDetail, {
      api,
      reference: 'CB-2026-0042',
      previous: null,
      next: null,
      position: null,
      onOpen: vi.fn(),
      onBack: vi.fn(),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent("case 'CB-2026-0042' not found");
  });
});
