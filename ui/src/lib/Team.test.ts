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
    const mine = aCase({ reference: 'CB-2026-0002', requester_name: 'Bob Byte' });
    api.myCasesAnswer = [mine];
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await screen.findByText('Ada Lovelace');

    await userEvent.click(screen.getByRole('checkbox', { name: 'My cases' }));
    await screen.findByText('Bob Byte');
    expect(screen.queryByText('Ada Lovelace')).toBeNull();
    expect(api.calls.some(([method]) => method === 'myCases')).toBe(true);
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
