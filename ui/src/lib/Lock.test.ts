// The unlock screen, creating an encrypted register on first start, locking
// (button, Ctrl+L, idle time) and the lock setting, through the whole window.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../App.svelte';
import { aCase, fakeApi } from '../test/fakeApi';

const ada = aCase();
const nav = () => screen.getByRole('navigation', { name: 'Main' });

function encrypted(state: 'locked' | 'unlocked' = 'locked') {
  const api = fakeApi([ada]);
  api.registerState = state;
  return api;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('unlocking', () => {
  it('shows only the passphrase on an encrypted register; a wrong one says so and the right one opens it', async () => {
    const api = encrypted();
    render(App, { api });

    await screen.findByRole('heading', { name: 'Casebook is locked' });
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
    expect(screen.queryByTestId('org-name')).toBeNull();
    const field = screen.getByLabelText('Passphrase');
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('type', 'password');

    await userEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter the passphrase.');

    await userEvent.type(field, 'not the one{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong passphrase');
    await waitFor(() => expect(screen.getByLabelText('Passphrase')).toHaveValue(''));
    expect(api.registerState).toBe('locked');

    await userEvent.type(screen.getByLabelText('Passphrase'), 'correct horse battery{Enter}');
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(screen.getByTestId('org-name')).toHaveTextContent('Example Ltd');
  });
});

describe('locking', () => {
  it('the Lock button closes the register and drops the open case; unlocking brings the list back', async () => {
    const api = encrypted('unlocked');
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await userEvent.click(await screen.findByText('Ada Lovelace'));
    await screen.findByRole('heading', { name: /CB-2026-0001/ });

    await userEvent.click(screen.getByRole('button', { name: /Lock/ }));
    await screen.findByRole('heading', { name: 'Casebook is locked' });
    expect(api.calls).toContainEqual(['lock']);
    expect(api.registerState).toBe('locked');
    expect(document.body.innerHTML).not.toContain('CB-2026-0001');
    expect(document.body.innerHTML).not.toContain('Ada Lovelace');
    expect(document.body.innerHTML).not.toContain('Example Ltd');

    await userEvent.type(screen.getByLabelText('Passphrase'), 'correct horse battery{Enter}');
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await screen.findByText('Ada Lovelace');
  });

  it('Ctrl+L locks even from a text field', async () => {
    const api = encrypted('unlocked');
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Cases/ }));
    await userEvent.click(await screen.findByLabelText('Search'));
    await userEvent.keyboard('{Control>}l{/Control}');
    await screen.findByRole('heading', { name: 'Casebook is locked' });
  });

  it('a plain register has no Lock button; Settings says why and encrypts it, after which it locks', async () => {
    const api = fakeApi([ada]);
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(within(nav()).queryByRole('button', { name: /Lock/ })).toBeNull();
    await userEvent.keyboard('{Control>}l{/Control}');
    expect(api.calls).not.toContainEqual(['lock']);
    await userEvent.click(within(nav()).getByRole('button', { name: /Settings/ }));
    const card = await screen.findByTestId('lock-settings');
    expect(card).toHaveTextContent('This register is not encrypted');
    expect(screen.queryByLabelText('Lock after (minutes)')).toBeNull();
    expect(within(card).queryByRole('button', { name: /without encryption/ })).toBeNull();

    await userEvent.type(within(card).getByLabelText('Passphrase'), 'correct horse battery staple');
    await userEvent.type(within(card).getByLabelText('Repeat the passphrase'), 'correct horse battery staple');
    await userEvent.click(within(card).getByRole('button', { name: 'Encrypt the register' }));
    expect(await within(card).findByText(/The register is encrypted\./)).toBeInTheDocument();
    expect(api.calls).toContainEqual(['encryptRegister']);
    expect(await screen.findByLabelText('Lock after (minutes)')).toHaveValue('10');
    await userEvent.click(within(nav()).getByRole('button', { name: /Lock/ }));
    await screen.findByRole('heading', { name: 'Casebook is locked' });
  });

  it('locks itself after the idle timeout, which input postpones', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const api = encrypted('unlocked');
    api.lockMinutes = 1;
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await waitFor(() => expect(api.calls).toContainEqual(['lockTimeout']));

    vi.advanceTimersByTime(45_000);
    await fireEvent.pointerMove(window);
    vi.advanceTimersByTime(45_000);
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(api.registerState).toBe('unlocked');

    vi.advanceTimersByTime(20_000);
    await screen.findByRole('heading', { name: 'Casebook is locked' });
    expect(screen.getByRole('status')).toHaveTextContent('Locked after 1 minute without input.');
  });

  it('never locks itself with a timeout of 0', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const api = encrypted('unlocked');
    api.lockMinutes = 0;
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    vi.advanceTimersByTime(8 * 60 * 60_000);
    await Promise.resolve();
    expect(screen.getByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(api.calls).not.toContainEqual(['lock']);
  });

  it('Settings saves the lock timeout and refuses what is not a number of minutes', async () => {
    const api = encrypted('unlocked');
    render(App, { api });
    await screen.findByRole('heading', { name: 'Dashboard' });
    await userEvent.click(within(nav()).getByRole('button', { name: /Settings/ }));
    const field = await screen.findByLabelText('Lock after (minutes)');
    await waitFor(() => expect(field).toHaveValue('10'));

    await userEvent.clear(field);
    await userEvent.type(field, 'soon');
    await userEvent.click(screen.getByRole('button', { name: 'Save lock timeout' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("invalid lock timeout 'soon'");

    await userEvent.clear(field);
    await userEvent.type(field, '500');
    await userEvent.click(screen.getByRole('button', { name: 'Save lock timeout' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('at most 480');

    await userEvent.clear(field);
    await userEvent.type(field, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Save lock timeout' }));
    expect(await screen.findByText('The window locks after 5 minutes without input.')).toBeInTheDocument();
    expect(api.lockMinutes).toBe(5);
  });
});

describe('first start on a missing register', () => {
  function missing() {
    const api = fakeApi([]);
    api.registerState = 'missing';
    api.org = null;
    return api;
  }

  it('asks for a passphrase twice with a strength hint and creates an encrypted register', async () => {
    const api = missing();
    render(App, { api });
    await screen.findByRole('heading', { name: 'Welcome to Casebook' });
    expect(screen.queryByLabelText('Organisation name')).toBeNull();

    const first = screen.getByLabelText('Passphrase');
    await userEvent.type(first, 'short');
    await waitFor(() => expect(screen.getByText(/Strength: Weak/)).toBeInTheDocument());
    await userEvent.type(screen.getByLabelText('Repeat the passphrase'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create encrypted register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the passphrase is too short (5 characters; at least 8)');

    await userEvent.clear(first);
    await userEvent.type(first, 'correct horse battery staple');
    await waitFor(() => expect(screen.getByText(/Strength: Strong/)).toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Create encrypted register' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The two passphrases differ.');
    expect(api.registerState).toBe('missing');

    const repeat = screen.getByLabelText('Repeat the passphrase');
    await userEvent.clear(repeat);
    await userEvent.type(repeat, 'correct horse battery staple');
    await userEvent.click(screen.getByRole('button', { name: 'Create encrypted register' }));

    await userEvent.type(await screen.findByLabelText('Organisation name'), 'Acme Ltd');
    expect(api.calls).toContainEqual(['createRegister', 'encrypted']);
    await userEvent.click(screen.getByRole('button', { name: 'Start using Casebook' }));
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(within(nav()).getByRole('button', { name: /Lock/ })).toBeInTheDocument();
  });

  it('creates a plain register only when the user explicitly goes without, after a warning', async () => {
    const api = missing();
    render(App, { api });
    await screen.findByRole('heading', { name: 'Welcome to Casebook' });
    await userEvent.click(screen.getByRole('button', { name: 'Continue without encryption…' }));
    expect(screen.getByText(/anyone who can read the file/)).toBeInTheDocument();
    expect(api.calls).not.toContainEqual(['createRegister', 'plain']);

    await userEvent.click(screen.getByRole('button', { name: 'Use a passphrase after all' }));
    expect(screen.getByRole('button', { name: 'Create encrypted register' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue without encryption…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create an unencrypted register' }));

    await userEvent.type(await screen.findByLabelText('Organisation name'), 'Acme Ltd');
    expect(api.calls).toContainEqual(['createRegister', 'plain']);
    await userEvent.click(screen.getByRole('button', { name: 'Start using Casebook' }));
    await screen.findByRole('heading', { name: 'Dashboard' });
    expect(within(nav()).queryByRole('button', { name: /Lock/ })).toBeNull();
  });
});
