import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useLocale } from '../i18n';
import { ApiError } from '../ipc';
import { anOrganisation, fakeApi } from '../test/fakeApi';
import Settings from './Settings.svelte';

function setUp() {
  const api = fakeApi([]);
  const onOrganisationSaved = vi.fn();
  render(Settings, { api, organisation: anOrganisation(), onOrganisationSaved });
  return { api, onOrganisationSaved };
}

describe('Settings', () => {
  it('edits the organisation profile', async () => {
    const { api, onOrganisationSaved } = setUp();
    const org = screen.getByRole('region', { name: 'Organisation' });
    expect(within(org).getByLabelText('Organisation name')).toHaveValue('Example Ltd');

    await userEvent.clear(within(org).getByLabelText('Organisation name'));
    await userEvent.type(within(org).getByLabelText('Organisation name'), 'Example Group plc');
    await userEvent.selectOptions(within(org).getByLabelText('Usual law'), 'EU GDPR');
    await userEvent.clear(within(org).getByLabelText('Usual location'));
    await userEvent.type(within(org).getByLabelText('Usual location'), 'IE');
    await userEvent.click(within(org).getByRole('button', { name: 'Save organisation' }));

    await waitFor(() => expect(onOrganisationSaved).toHaveBeenCalled());
    expect(api.org).toMatchObject({ name: 'Example Group plc', default_regime: 'eu-gdpr', default_location: 'IE' });
    expect(within(org).getByRole('status')).toHaveTextContent('Organisation saved.');
  });

  it('records how the organisation verifies a requester in each letter language, which a CCPA acknowledgement states', async () => {
    const { api } = setUp();
    const org = screen.getByRole('region', { name: 'Organisation' });
    const english = within(org).getByLabelText('How you verify a requester, in English');
    expect(english).toHaveValue('');
    expect(english).toHaveAccessibleDescription(/11 CCR §7021\(a\).*in each language/);
    const save = () => userEvent.click(within(org).getByRole('button', { name: 'Save organisation' }));
    const lastSaved = () => api.calls.filter(([name]) => name === 'setOrganisation').at(-1)?.[1];
    const words = 'We match your email address with your account';
    await userEvent.type(english, `  ${words}  `);
    // A second language takes the first one the acknowledgement can go out
    // in (its templates': German, English, French here) that no other
    // description has.
    await userEvent.click(within(org).getByRole('button', { name: 'Add another language' }));
    const second = within(org).getByLabelText('Language of description 2');
    expect([...second.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['German', 'French']);
    await userEvent.type(within(org).getByLabelText('How you verify a requester, in German'), 'Wir vergleichen');
    await save();
    await waitFor(() => expect(within(org).getByRole('status')).toHaveTextContent('Organisation saved.'));
    expect(lastSaved()).toMatchObject({ verification_process: { en: words, de: 'Wir vergleichen' } });
    expect(api.org?.verification_process).toEqual({ en: words, de: 'Wir vergleichen' });

    // Emptied, a language's words are forgotten; moved to another language, the old one is cleared.
    await userEvent.clear(within(org).getByLabelText('How you verify a requester, in German'));
    await save();
    await waitFor(() => expect(api.org?.verification_process).toEqual({ en: words }));
    expect(within(org).queryByLabelText('How you verify a requester, in German')).toBeNull();
    await userEvent.selectOptions(within(org).getByLabelText('Language of description 1'), 'French');
    await save();
    await waitFor(() => expect(api.org?.verification_process).toEqual({ fr: words }));
    expect(lastSaved()).toMatchObject({ verification_process: { en: '', fr: words } });
  });

  it('shows why the profile was refused', async () => {
    const { api } = setUp();
    api.failNext.setOrganisation = new ApiError('invalid-input', "unknown time zone 'Mars/Olympus'");
    const org = screen.getByRole('region', { name: 'Organisation' });
    await userEvent.click(within(org).getByRole('button', { name: 'Save organisation' }));
    expect(await within(org).findByRole('alert')).toHaveTextContent("unknown time zone 'Mars/Olympus'");
  });

  it('sets a house target per regime and the California holidays', async () => {
    const { api } = setUp();
    const uk = await screen.findByLabelText('House target for UK GDPR (days)');
    expect(uk).toHaveValue('28');

    await userEvent.clear(uk);
    await userEvent.type(uk, '25');
    await userEvent.type(screen.getByLabelText('House target for CCPA (days)'), '30');
    await userEvent.click(screen.getByRole('checkbox', { name: /California state holidays/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save deadline policy' }));

    await waitFor(() =>
      expect(api.policy).toEqual({
        house_target_days: { 'uk-gdpr': 25, ccpa: 30 },
        california_state_holidays: true,
      }),
    );
    expect(await screen.findByText('Deadline policy saved; 1 open case got a new due date.')).toBeInTheDocument();
  });

  it('refuses a house target that is not a number of days', async () => {
    const { api } = setUp();
    await userEvent.type(await screen.findByLabelText('House target for LGPD (days)'), 'soon');
    await userEvent.click(screen.getByRole('button', { name: 'Save deadline policy' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("invalid house target 'soon' for LGPD");
    expect(api.calls.some((c) => c[0] === 'setDeadlinePolicy')).toBe(false);
  });

  it('lists the calendars and shows the holidays of one year', async () => {
    const { api } = setUp();
    await userEvent.click(await screen.findByRole('button', { name: 'Show holidays of Scotland' }));

    const holidays = await screen.findByTestId('holidays');
    expect(holidays).toHaveTextContent(`Scotland, ${new Date().getFullYear()}`);
    await within(holidays).findByText(/Christmas Day/);
    const year = within(holidays).getByLabelText('Year');
    await userEvent.clear(year);
    await userEvent.type(year, '2031');
    year.blur();
    await waitFor(() => expect(api.calls).toContainEqual(['calendarHolidays', 'scotland', 2031]));
    await waitFor(() => expect(holidays).toHaveTextContent('computed from rules'));
  });

  it('imports a calendar file through the native dialog, and shows a bad file’s error', async () => {
    const { api } = setUp();
    await userEvent.selectOptions(await screen.findByLabelText('Calendar an .ics file updates'), 'Scotland');
    await userEvent.click(screen.getByRole('checkbox', { name: /company closures/ }));
    api.importAnswer = { file_name: 'closures.ics', calendars: [], cases_recomputed: ['CB-2026-0003'] };
    await userEvent.click(screen.getByRole('button', { name: 'Choose a file and import…' }));

    expect(await screen.findByText('Imported closures.ics. 1 open case got a new due date.')).toBeInTheDocument();
    expect(api.calls).toContainEqual(['importCalendar', { calendarId: 'scotland', add: true }]);

    api.failNext.importCalendar = new ApiError('invalid-input', "error parsing calendar 'bad.ics': line 3: no DTSTART");
    await userEvent.click(screen.getByRole('button', { name: 'Choose a file and import…' }));
    expect(await screen.findByTestId('import-error')).toHaveTextContent("'bad.ics': line 3");
  });

  it('is drawn in German, its dates and calendars’ names too, and offers the language of the app', async () => {
    useLocale('de');
    try {
      setUp();
      expect(screen.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
      const language = screen.getByRole('region', { name: 'Sprache' });
      expect(within(language).getByLabelText('Sprache der App')).toHaveValue('system');
      expect(await screen.findByLabelText('Interne Zielfrist für UK-DSGVO (Tage)')).toHaveValue('28');
      await userEvent.click(screen.getByRole('button', { name: 'Feiertage von Schottland anzeigen' }));
      const holidays = await screen.findByTestId('holidays');
      const year = new Date().getFullYear();
      expect(await within(holidays).findByText(`25.12.${year}`)).toBeInTheDocument();
    } finally {
      useLocale('en');
    }
  });

  it('says which version of Casebook this is and where its register is', async () => {
    setUp();
    const about = screen.getByRole('region', { name: 'About Casebook' });
    expect(await within(about).findByTestId('app-version')).toHaveTextContent('Casebook 0.1.0');
    expect(about).toHaveTextContent('Register: /tmp/casebook-test.db');
  });
});
