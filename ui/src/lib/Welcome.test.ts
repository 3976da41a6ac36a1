import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { aCase, aSystem, fakeApi } from '../test/fakeApi';
import Welcome from './Welcome.svelte';

describe('Welcome', () => {
  it('loads the demo organisation into an empty register and goes on with its profile', async () => {
    const api = fakeApi([]);
    api.org = null;
    const onDone = vi.fn();
    render(Welcome, { api, onDone });
    const button = await screen.findByRole('button', { name: 'Load the demo organisation to explore' });
    await userEvent.click(button);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.calls).toContainEqual(['loadDemoOrganisation']);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ name: 'Larkspur Software Ltd' });
  });

  it('does not offer the demo on a register that holds cases or systems', async () => {
    for (const api of [fakeApi([aCase()]), (() => { const a = fakeApi([]); a.systems = [aSystem()]; return a; })()]) {
      api.org = null;
      const { unmount } = render(Welcome, { api, onDone: vi.fn() });
      await screen.findByLabelText('Organisation name');
      await new Promise((r) => setTimeout(r, 50)); // the emptiness check has answered
      expect(screen.queryByRole('button', { name: 'Load the demo organisation to explore' })).toBeNull();
      unmount();
    }
  });

  it('asks how requesters are verified only of a business whose usual law is the CCPA', async () => {
    const api = fakeApi([]);
    api.org = null;
    render(Welcome, { api, onDone: vi.fn() });
    await screen.findByLabelText('Organisation name');
    expect(screen.queryByLabelText('How you verify a requester, in English')).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText('Usual law'), 'CCPA');
    expect(screen.getByLabelText('How you verify a requester, in English')).toHaveAccessibleDescription(/11 CCR §7021\(a\)/);
  });

  it('shows the refusal when the demo cannot be loaded', async () => {
    const api = fakeApi([]);
    api.org = null;
    const onDone = vi.fn();
    render(Welcome, { api, onDone });
    api.systems = [aSystem()];
    await userEvent.click(await screen.findByRole('button', { name: 'Load the demo organisation to explore' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the demo fills an empty register; this one already has 0 cases and 1 systems');
    expect(onDone).not.toHaveBeenCalled();
  });
});
