// The app in German and French: a screen drawn in the chosen language, and the
// setting that chooses it. (A stub Api: these screens need only a few answers.)
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '../i18n';
import type { Api } from '../ipc';
import LanguageSettings from './LanguageSettings.svelte';
import Welcome from './Welcome.svelte';

function stubApi(): Api {
  return {
    listPage: async () => ({ total: 0, more: false }),
    processingSystems: async () => [],
    letterKinds: async () => [],
    appInfo: async () => ({ version: '0.1.0', databasePath: '/home/dpo/casebook.db', upgraded: null }),
  } as unknown as Api;
}

afterEach(() => {
  useLocale('en');
  localStorage.clear();
});

describe('the app in another language', () => {
  it('draws the welcome screen in German', async () => {
    useLocale('de');
    render(Welcome, { api: stubApi(), onDone: vi.fn() });
    expect(screen.getByRole('heading', { name: 'Willkommen bei Casebook' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name der Organisation')).toBeInTheDocument();
    expect(await screen.findByText('Das Register wird in /home/dpo/casebook.db gespeichert.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Casebook verwenden' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });

  it('draws the welcome screen in French', () => {
    useLocale('fr');
    render(Welcome, { api: stubApi(), onDone: vi.fn() });
    expect(screen.getByRole('heading', { name: 'Bienvenue dans Casebook' })).toBeInTheDocument();
    expect(screen.getByLabelText('Nom de l\u2019organisme')).toBeInTheDocument();
  });
});

describe('LanguageSettings', () => {
  it('offers the system\u2019s language and each language by its own name', () => {
    render(LanguageSettings, { reload: vi.fn() });
    const select = screen.getByLabelText('Language of the app');
    expect(select).toHaveValue('system');
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['System (English)', 'English', 'Deutsch', 'Français']);
  });

  it('saves the chosen language for this user and reloads the window in it', async () => {
    const reload = vi.fn();
    render(LanguageSettings, { reload });
    await userEvent.selectOptions(screen.getByLabelText('Language of the app'), 'Deutsch');
    expect(reload).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save language' }));
    expect(localStorage.getItem('casebook.locale')).toBe('de');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('shows the saved choice, and System forgets it', async () => {
    localStorage.setItem('casebook.locale', 'fr');
    useLocale('fr');
    const reload = vi.fn();
    render(LanguageSettings, { reload });
    const select = screen.getByLabelText('Langue de l\u2019application');
    expect(select).toHaveValue('fr');
    await userEvent.selectOptions(select, 'system');
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer la langue' }));
    expect(localStorage.getItem('casebook.locale')).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
