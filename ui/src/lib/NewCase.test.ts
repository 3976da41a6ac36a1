import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../ipc';
import { anOrganisation, fakeApi } from '../test/fakeApi';
import NewCase from './NewCase.svelte';

describe('NewCase', () => {
  it('logs a request with every field, rights in the order chosen', async () => {
    const api = fakeApi([]);
    const onCreated = vi.fn();
    render(NewCase, { api, organisation: anOrganisation(), onCreated });

    await waitFor(() => expect(screen.getByLabelText('Received on')).toHaveValue('2026-11-12'));
    await userEvent.type(screen.getByLabelText('Name'), 'Jürgen Müller');
    await userEvent.type(screen.getByLabelText('Email addresses'), 'jm@example.de{Enter}j.mueller@example.com');
    await userEvent.type(screen.getByLabelText('Phone'), '+49 89 1234');
    await userEvent.type(screen.getByLabelText('Customer numbers or account names'), 'K-778');
    await userEvent.type(screen.getByLabelText('Postal address'), 'Marienplatz 1, München');
    await userEvent.selectOptions(screen.getByLabelText('Received by'), 'Letter');
    await userEvent.clear(screen.getByLabelText('Received on'));
    await userEvent.type(screen.getByLabelText('Received on'), '2026-11-02');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Access' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Erasure' }));
    // Erasure is what the letter is mostly about: make it the primary right.
    await userEvent.click(screen.getByRole('button', { name: 'Make Erasure the primary right' }));
    expect(screen.getByTestId('rights-order')).toHaveTextContent(/Erasure\s*\(primary\)\s*Access/);
    await userEvent.selectOptions(screen.getByLabelText('Law'), 'EU GDPR');
    await userEvent.type(screen.getByLabelText('Location'), 'DE-BY');
    await userEvent.type(screen.getByLabelText('Language of the request'), 'de');
    await userEvent.type(screen.getByLabelText('First note'), 'Letter scanned on arrival');
    await userEvent.click(screen.getByRole('button', { name: 'Log request' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(api.calls[0]).toEqual([
      'logRequest',
      {
        requester_name: 'Jürgen Müller',
        requester_emails: ['jm@example.de', 'j.mueller@example.com'],
        requester_address: 'Marienplatz 1, München',
        requester_phone: '+49 89 1234',
        customer_ids: ['K-778'],
        channel: 'letter',
        received: '2026-11-02',
        rights: ['erasure', 'access'],
        regime: 'eu-gdpr',
        location: 'DE-BY',
        language: 'de',
        note: 'Letter scanned on arrival',
      },
    ]);
    expect(onCreated.mock.calls[0]![0].reference).toBe('CB-2026-0001');
  });

  it("leaves law and location to the organisation's defaults, and says which", async () => {
    const api = fakeApi([]);
    render(NewCase, { api, organisation: anOrganisation({ default_regime: 'ccpa', default_location: 'US-CA' }), onCreated: vi.fn() });

    expect(screen.getByLabelText('Law')).toHaveDisplayValue('Usual: CCPA');
    expect(screen.getByText("ISO 3166 code; leave empty for the organisation's (US-CA).")).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Opt out of sale' }));
    await userEvent.click(screen.getByRole('button', { name: 'Log request' }));

    await waitFor(() => expect(api.calls).toHaveLength(1));
    const request = api.calls[0]![1] as Record<string, unknown>;
    expect(request).not.toHaveProperty('regime');
    expect(request).not.toHaveProperty('location');
  });

  it("shows the façade's refusal next to the form and keeps what was typed", async () => {
    const api = fakeApi([]);
    api.failNext.logRequest = new ApiError('invalid-input', "invalid email address 'ada@'");
    const onCreated = vi.fn();
    render(NewCase, { api, organisation: anOrganisation(), onCreated });

    await userEvent.type(screen.getByLabelText('Name'), 'Ada');
    await userEvent.type(screen.getByLabelText('Email addresses'), 'ada@');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Access' }));
    await userEvent.click(screen.getByRole('button', { name: 'Log request' }));

    const error = await screen.findByRole('alert');
    expect(error).toHaveTextContent("The request was not logged: invalid email address 'ada@'");
    await waitFor(() => expect(error).toHaveFocus());
    expect(screen.getByLabelText('Name')).toHaveValue('Ada');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('has a place for intake to plug in', async () => {
    const { createRawSnippet } = await import('svelte');
    const intake = createRawSnippet(() => ({ render: () => '<div data-testid="intake-zone">drop here</div>' }));
    render(NewCase, { api: fakeApi([]), organisation: anOrganisation(), onCreated: vi.fn(), intake });
    expect(screen.getByTestId('intake-zone')).toBeInTheDocument();
    expect(within(document.body).queryByRole('button', { name: /import|drop/i })).toBeNull();
  });
});
