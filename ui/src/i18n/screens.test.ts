// Every main screen drawn in German and French: each renders (no function of a
// translation throws on real data) and shows its heading in that language.
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../App.svelte';
import { aCase, fakeApi } from '../test/fakeApi';
import { locales, useLocale, type Locale } from './index';

afterEach(() => useLocale('en'));

describe.each(['de', 'fr'] as Locale[])('the window in %s', (locale) => {
  const t = locales[locale];

  it('walks the dashboard, the cases, a case, a new case, import, the register and settings', async () => {
    useLocale(locale);
    const ada = aCase();
    render(App, { api: fakeApi([ada, aCase({ reference: 'CB-2026-0002', requester_name: 'Grace Hopper', days_left: -2 })]) });
    const nav = () => within(screen.getByRole('navigation', { name: t.nav.label }));

    await screen.findByRole('heading', { level: 1, name: t.dashboard.title });
    await userEvent.click(nav().getByRole('button', { name: new RegExp(t.nav.cases) }));
    await screen.findByRole('heading', { level: 1, name: t.caseList.title });
    await userEvent.click(await screen.findByText(ada.requester_name));
    await screen.findByRole('heading', { name: t.caseDetail.timelineTitle });
    // The case's place and holiday calendar by name, not their codes (GB-ENG, england-and-wales).
    expect(document.body.textContent).toContain(t.places.subdivision['GB-ENG']);
    expect(document.body.textContent).toContain(t.caseDetail.calendar(t.places.calendar['england-and-wales']));
    // The law in force in the app's language, the statute's name as written.
    expect(screen.getByTestId('rules-in-force')).toHaveTextContent(t.lawVersion['uk-gdpr-2026']);
    expect(t.lawVersion['uk-gdpr-2026']).toContain('Data (Use and Access) Act 2025');

    for (const [button, heading] of [
      [t.nav.newCase, t.newCase.title],
      [t.nav.import, t.importing.title],
      [t.nav.register, t.register.title],
      [t.nav.settings, t.settings.title],
    ]) {
      await userEvent.click(nav().getByRole('button', { name: new RegExp(button!) }));
      await screen.findByRole('heading', { level: 1, name: heading });
    }
  });
});
