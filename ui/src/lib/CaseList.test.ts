import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../ipc';
import { aCase, fakeApi } from '../test/fakeApi';
import CaseList from './CaseList.svelte';

const ada = aCase();
const grace = aCase({
  reference: 'CB-2026-0002',
  requester_name: 'Grace Hopper',
  rights: ['erasure', 'objection'],
  status: 'awaiting-identity',
  regime: 'eu-gdpr',
  location: 'DE-BY',
  due: '2026-11-15',
  days_left: 3,
});
const alan = aCase({
  reference: 'CB-2026-0003',
  requester_name: 'Alan Turing',
  status: 'closed',
  due: null,
  days_left: null,
});

function rows() {
  return screen.getAllByRole('row').slice(1); // the header row first
}

describe('CaseList', () => {
  it('shows one row per case with its reference, requester, rights and status', async () => {
    render(CaseList, { api: fakeApi([ada, grace]), debounceMs: 0 });

    await screen.findByText('CB-2026-0001');
    expect(rows()).toHaveLength(2);
    const second = within(rows()[1]!);
    expect(second.getByText('Grace Hopper')).toBeInTheDocument();
    expect(second.getByText('Erasure, Objection')).toBeInTheDocument();
    expect(second.getByText('Awaiting identity')).toBeInTheDocument();
    expect(screen.getByTestId('case-count')).toHaveTextContent('2 cases');
  });

  it("shows how many of a case's rights are answered, while it is open", async () => {
    const answered = aCase({ ...grace, reference: 'CB-2026-0007', rights_answered: ['objection'] });
    render(CaseList, { api: fakeApi([ada, grace, answered]), debounceMs: 0 });
    await screen.findByText('CB-2026-0001');
    const progress = (ref: string) => document.querySelector(`[data-reference="${ref}"] [data-testid="rights-answered"]`);
    expect(progress('CB-2026-0001')).toBeNull();
    expect(progress('CB-2026-0002')).toHaveTextContent('0 of 2 rights answered');
    expect(progress('CB-2026-0007')).toHaveTextContent('1 of 2 rights answered');
  });

  it('lists an answered case whose appeal awaits its decision among the open ones, by the appeal\'s date', async () => {
    const appealed = aCase({
      reference: 'CB-2026-0008',
      requester_name: 'Vera Virginia',
      status: 'refused',
      regime: 'us-state',
      location: 'US-VA',
      due: '2026-10-16',
      appeal_due: '2026-12-19',
      days_left: 18,
    });
    const api = fakeApi([ada, alan, appealed]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0008');
    const row = within(document.querySelector('[data-reference="CB-2026-0008"]') as HTMLElement);
    expect(row.getByTestId('under-appeal')).toHaveTextContent('under appeal');
    expect(row.getByText('Dec 19, 2026')).toBeInTheDocument();
    expect(row.queryByText('Oct 16, 2026')).toBeNull();
    // The open cases: the request still running and the appealed one, not the closed one.
    expect(api.queries.at(-1)).toMatchObject({ open_only: true });
    expect(rows().map((r) => r.getAttribute('data-reference'))).toEqual(['CB-2026-0001', 'CB-2026-0008']);
    expect(document.querySelector('[data-reference="CB-2026-0001"] [data-testid="under-appeal"]')).toBeNull();
  });

  it("shows each right's own date where a case's rights do not share one", async () => {
    const api = fakeApi([ada, grace]);
    api.rightsDue = {
      'CB-2026-0002': [
        { right: 'erasure', due: '2026-11-20', answered: 'fulfilled' },
        { right: 'objection', due: '2026-12-04' },
      ],
    };
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');
    const each = (ref: string) => document.querySelector(`[data-reference="${ref}"] [data-testid="rights-due"]`);
    expect(each('CB-2026-0001')).toBeNull();
    expect(each('CB-2026-0002')).toHaveTextContent('Erasure: fulfilled; Objection due Dec 4, 2026');
    // One line a row: the count beside the days left, each right on hover.
    const hint = document.querySelector('[data-reference="CB-2026-0002"] [data-testid="rights-due-count"]');
    expect(hint).toHaveTextContent('· 2 dates');
    expect(hint).toHaveAttribute('title', 'Erasure: fulfilled; Objection due Dec 4, 2026');
  });

  it('colours the days-left badge by urgency', async () => {
    const soon = aCase({ reference: 'CB-2026-0004', days_left: 7 });
    const overdue = aCase({ reference: 'CB-2026-0005', days_left: -2 });
    const triage = aCase({ reference: 'CB-2026-0006', status: 'needs-triage', due: null, days_left: null });
    render(CaseList, { api: fakeApi([ada, grace, soon, overdue, triage]), debounceMs: 0 });

    await screen.findByText('CB-2026-0001');
    const badge = (ref: string) => document.querySelector(`[data-reference="${ref}"] [data-urgency]`);
    expect(badge('CB-2026-0001')).toHaveAttribute('data-urgency', 'calm');
    expect(badge('CB-2026-0004')).toHaveAttribute('data-urgency', 'soon');
    expect(badge('CB-2026-0002')).toHaveAttribute('data-urgency', 'urgent');
    expect(badge('CB-2026-0005')).toHaveAttribute('data-urgency', 'overdue');
    expect(badge('CB-2026-0005')).toHaveTextContent('2 days overdue');
    expect(badge('CB-2026-0006')).toBeNull();
    expect(document.querySelector('[data-reference="CB-2026-0006"]')).toHaveTextContent('—');
  });

  it('filters as the user types in the labelled search box', async () => {
    const api = fakeApi([ada, grace, alan]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    await userEvent.type(screen.getByLabelText('Search'), 'grace');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByText('Grace Hopper')).toBeInTheDocument();
    expect(api.queries.at(-1)).toMatchObject({ text: 'grace', sort: 'due' });
  });

  it('says when a search matches more cases than the register counts, and lists the first ones', async () => {
    const api = fakeApi([ada, grace, aCase({ reference: 'CB-2026-0004', requester_name: 'Ada Byron' })]);
    api.searchCountCap = 2;
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');
    expect(screen.getByTestId('case-count')).toHaveTextContent('3 cases');

    await userEvent.type(screen.getByLabelText('Search'), 'a');
    await waitFor(() =>
      expect(screen.getByTestId('case-count')).toHaveTextContent(
        'More than 2 cases match: the first 2 are listed. Type more to narrow the search.',
      ),
    );
    expect(rows()).toHaveLength(2);

    await userEvent.type(screen.getByLabelText('Search'), 'da');
    await waitFor(() => expect(screen.getByTestId('case-count')).toHaveTextContent('2 cases'));
    expect(screen.getByTestId('case-count')).not.toHaveTextContent('More than');
  });

  it('shows open cases by default, and every case on request', async () => {
    const api = fakeApi([ada, grace, alan]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');
    expect(rows()).toHaveLength(2);
    expect(api.queries.at(-1)).toMatchObject({ open_only: true });

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'All cases');

    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(api.queries.at(-1)).not.toHaveProperty('open_only');
  });

  it('filters by status', async () => {
    const api = fakeApi([ada, grace, alan]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    await userEvent.selectOptions(screen.getByLabelText('Status'), 'closed');

    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByText('Alan Turing')).toBeInTheDocument();
    expect(api.queries.at(-1)).toMatchObject({ status: 'closed' });
  });

  it('sorts as chosen', async () => {
    const api = fakeApi([ada, grace]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');
    expect(api.queries.at(-1)).toMatchObject({ sort: 'due' });

    await userEvent.selectOptions(screen.getByLabelText('Sort by'), 'Received, newest first');

    await waitFor(() => expect(api.queries.at(-1)).toMatchObject({ sort: 'received' }));
  });

  it('says nothing matches, and clears the filters on request', async () => {
    render(CaseList, { api: fakeApi([ada]), debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    await userEvent.type(screen.getByLabelText('Search'), 'nobody');
    expect(await screen.findByTestId('no-match')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await screen.findByText('CB-2026-0001');
    expect(screen.getByLabelText('Search')).toHaveValue('');
    expect(screen.getByLabelText('Search')).toHaveFocus();
  });

  it('explains how to create a case with the CLI when the register is empty', async () => {
    render(CaseList, { api: fakeApi([], '/home/dpo/casebook.db'), debounceMs: 0 });

    const empty = await screen.findByTestId('empty');
    expect(empty).toHaveTextContent('No open cases');
    expect(empty).toHaveTextContent('casebook --db "/home/dpo/casebook.db" case new \\');
    expect(empty).toHaveTextContent('casebook --db "/home/dpo/casebook.db" init \\');
  });

  it('shows the error message and retries', async () => {
    const api = fakeApi([ada]);
    api.failNextWith = new ApiError('storage', 'database is locked');
    render(CaseList, { api, debounceMs: 0 });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('database is locked');

    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('CB-2026-0001');
  });

  it('focuses the search box when "/" is pressed', async () => {
    render(CaseList, { api: fakeApi([ada]), debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    await userEvent.keyboard('/');
    expect(screen.getByLabelText('Search')).toHaveFocus();
    expect(screen.getByLabelText('Search')).toHaveValue('');
  });

  it('shows only the latest answer when answers arrive out of order', async () => {
    let release: (() => void) | undefined;
    const api = fakeApi([ada, grace]);
    const list = api.listCases.bind(api);
    api.listCases = async (query) => {
      if (query.text === 'a') await new Promise<void>((r) => (release = r));
      return list(query);
    };
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    const search = screen.getByLabelText('Search');
    await userEvent.type(search, 'a');
    await userEvent.type(search, 'da');
    await waitFor(() => expect(rows()).toHaveLength(1));
    release?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(rows()).toHaveLength(1);
    expect(screen.getByText('Ada Lovelace')).toBeInTheDocument();
  });

  describe('with a large register', () => {
    const many = Array.from({ length: 1000 }, (_, n) =>
      aCase({ reference: `CB-2026-${String(n + 1).padStart(4, '0')}`, requester_name: `Person ${n + 1}` }),
    );

    it('puts only the rows in view in the page, and asks for the next page as it scrolls', async () => {
      const api = fakeApi(many.map((c) => ({ ...c })));
      render(CaseList, { api, debounceMs: 0 });
      await screen.findByText('CB-2026-0001');
      expect(screen.getByTestId('case-count')).toHaveTextContent('1000 cases');
      expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '1001');
      const drawn = rows().length;
      expect(drawn).toBeGreaterThan(10);
      expect(drawn).toBeLessThan(60);
      expect(api.queries.at(-1)).toMatchObject({ limit: 100, offset: 0 });

      const scroller = screen.getByTestId('case-scroller');
      scroller.scrollTop = 41 * 450;
      scroller.dispatchEvent(new Event('scroll'));
      await screen.findByText('CB-2026-0451');
      expect(api.queries.some((q) => q.offset === 400)).toBe(true);
      expect(screen.queryByText('CB-2026-0001')).toBeNull();
      expect(rows().length).toBeLessThan(60);
      expect(rows()[0]).toHaveAttribute('aria-rowindex', String(450 - 8 + 2));
    });

    it('walks the rows with j and k, scrolling past the first page', async () => {
      render(CaseList, { api: fakeApi(many.map((c) => ({ ...c }))), debounceMs: 0, onOpen: () => {} });
      await screen.findByText('CB-2026-0001');
      await userEvent.keyboard('j');
      expect(screen.getByRole('button', { name: /Open CB-2026-0001/ })).toHaveFocus();
      await userEvent.keyboard('jj');
      expect(screen.getByRole('button', { name: /Open CB-2026-0003/ })).toHaveFocus();
      await userEvent.keyboard('k');
      expect(screen.getByRole('button', { name: /Open CB-2026-0002/ })).toHaveFocus();
    });
  });

  it('filters by right, law, channel and due date', async () => {
    const api = fakeApi([ada, grace]);
    render(CaseList, { api, debounceMs: 0 });
    await screen.findByText('CB-2026-0001');

    await userEvent.selectOptions(screen.getByLabelText('Right'), 'Erasure');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByText('Grace Hopper')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Law'), 'EU GDPR');
    await userEvent.selectOptions(screen.getByLabelText('Received by'), 'Email');
    await userEvent.selectOptions(screen.getByLabelText('Due'), 'Within 7 days');
    await waitFor(() =>
      expect(api.queries.at(-1)).toMatchObject({ right: 'erasure', regime: 'eu-gdpr', channel: 'email', due_within_days: 7 }),
    );
    expect(screen.getByTestId('case-count')).toHaveTextContent('1 case');

    await userEvent.selectOptions(screen.getByLabelText('Law'), 'UK GDPR');
    expect(await screen.findByTestId('no-match')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(screen.getByLabelText('Right')).toHaveValue('');
  });
});
