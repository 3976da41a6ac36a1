import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useLocale } from '../i18n';
import { ApiError } from '../ipc';
import { TEMPLATES, fakeApi } from '../test/fakeApi';
import LetterTemplates from './LetterTemplates.svelte';

async function setUp(prepare?: (api: ReturnType<typeof fakeApi>) => void) {
  const api = fakeApi([]);
  prepare?.(api);
  render(LetterTemplates, { api });
  const section = screen.getByRole('region', { name: 'Letter templates' });
  await within(section).findByRole('table', { name: 'Which template each letter uses, by language' });
  return { api, section };
}

const row = (section: HTMLElement, kind: string) => section.querySelector(`tr[data-kind="${kind}"]`) as HTMLElement;
const cellOf = (section: HTMLElement, kind: string, lang: string) =>
  row(section, kind).querySelector(`td[data-language="${lang}"]`) as HTMLElement;

describe('LetterTemplates', () => {
  it('shows the folder and every kind by language, built-in until customised', async () => {
    const { api, section } = await setUp();
    expect(within(section).getByTestId('templates-folder')).toHaveTextContent(TEMPLATES);
    const header = within(section).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Letter', 'English', 'German', 'French']);
    expect(within(row(section, '_closing')).getByRole('rowheader')).toHaveTextContent('Closing and signature (every letter)');
    expect(cellOf(section, 'no-data', 'de')).toHaveTextContent('Built-in');

    await userEvent.click(within(section).getByRole('button', { name: 'Customise No personal data held in German' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(`Your own copy is at ${TEMPLATES}/de/no-data.txt.`);
    expect(api.calls).toContainEqual(['customiseTemplate', 'no-data', 'de']);
    expect(cellOf(section, 'no-data', 'de')).toHaveTextContent('Your own');
    expect(cellOf(section, 'no-data', 'en')).toHaveTextContent('Built-in');

    await userEvent.click(within(section).getByRole('button', { name: 'Open your No personal data held in German' }));
    expect(api.calls).toContainEqual(['openOwnTemplate', 'no-data', 'de']);
    await userEvent.click(within(section).getByRole('button', { name: 'Open folder' }));
    expect(api.calls).toContainEqual(['openTemplatesFolder']);
  });

  it('shows an own copy that cannot make a letter, with its file and line', async () => {
    const { section } = await setUp((api) => {
      api.ownTemplates.set('en/acknowledgement', "template en/acknowledgement.txt: line 3: undefined value (in en/acknowledgement.txt:3)");
      api.ownTemplates.set('fr/_closing', null);
    });
    expect(within(section).getByTestId('template-problems')).toHaveTextContent('1 of your templates has a problem');
    const bad = cellOf(section, 'acknowledgement', 'en');
    expect(bad).toHaveTextContent('Your own: has a problem');
    expect(within(bad).getByTestId('template-problem')).toHaveTextContent('template en/acknowledgement.txt: line 3');
    expect(cellOf(section, '_closing', 'fr')).toHaveTextContent('Your own');
    expect(cellOf(section, '_closing', 'fr')).not.toHaveTextContent('problem');
  });

  it('words a template’s fault in the window’s language, the template engine’s words as written', async () => {
    useLocale('de');
    try {
      const api = fakeApi([]);
      api.ownTemplates.set('en/acknowledgement', {
        name: 'en/acknowledgement.txt',
        problem: { kind: 'engine', line: 3, detail: 'undefined value (in en/acknowledgement.txt:3)' },
        bare_case: true,
      });
      render(LetterTemplates, { api });
      const section = screen.getByRole('region', { name: 'Briefvorlagen' });
      await within(section).findByRole('table', { name: 'Welche Vorlage jedes Schreiben verwendet, nach Sprache' });
      const bad = within(cellOf(section, 'acknowledgement', 'en')).getByTestId('template-problem');
      expect(bad).toHaveTextContent(
        'Mit der Vorlage „en/acknowledgement.txt“ kann kein Schreiben erstellt werden: in Zeile 3 meldet die Vorlagen-Engine: undefined value (in en/acknowledgement.txt:3).',
      );
      expect(bad).toHaveTextContent('ohne E-Mail-Adresse, Postanschrift oder Vertretung');
    } finally {
      useLocale('en');
    }
  });

  it('asks before going back to the built-in template, and says where the copy was kept', async () => {
    const { api, section } = await setUp((api) => api.ownTemplates.set('fr/no-data', null));
    const name = 'Use the built-in No personal data held in French again';
    await userEvent.click(within(section).getByRole('button', { name }));
    const confirm = within(section).getByRole('group', { name: /Your copy is not deleted/ });
    expect(within(confirm).getByRole('button', { name: 'Use built-in again' })).toHaveFocus();
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(api.calls).not.toContainEqual(['restoreBuiltinTemplate', 'no-data', 'fr']);
    expect(api.ownTemplates.has('fr/no-data')).toBe(true);

    await userEvent.click(within(section).getByRole('button', { name }));
    await userEvent.click(within(section).getByRole('button', { name: 'Use built-in again' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      `The built-in template is used again. Your copy was kept as ${TEMPLATES}/fr/no-data.txt.20261112T100000Z.bak.`,
    );
    expect(api.ownTemplates.has('fr/no-data')).toBe(false);
    expect(cellOf(section, 'no-data', 'fr')).toHaveTextContent('Built-in');
  });

  it('shows a refusal from the Rust side', async () => {
    const { api, section } = await setUp();
    api.failNext.customiseTemplate = new ApiError('invalid-input', "cannot create the folder '/ro/templates/en': Permission denied");
    await userEvent.click(within(section).getByRole('button', { name: 'Customise Acknowledgement of the request, with its due date in English' }));
    expect(await within(section).findByTestId('template-error')).toHaveTextContent("cannot create the folder '/ro/templates/en'");
    expect(cellOf(section, 'acknowledgement', 'en')).toHaveTextContent('Built-in');
  });

  it('shows a refusal given as facts in German, not the English it came with', async () => {
    useLocale('de');
    try {
      const api = fakeApi([]);
      render(LetterTemplates, { api });
      const section = screen.getByRole('region', { name: 'Briefvorlagen' });
      await within(section).findByRole('table', { name: 'Welche Vorlage jedes Schreiben verwendet, nach Sprache' });
      api.failNext.customiseTemplate = ApiError.from({
        code: 'invalid-input',
        message: "cannot create the folder '/ro/templates/de': Permission denied (os error 13)",
        said: {
          area: 'documents',
          said: { kind: 'folder-not-created', path: '/ro/templates/de', detail: 'Permission denied (os error 13)' },
        },
      });
      await userEvent.click(within(row(section, 'acknowledgement')).getByRole('button', { name: /auf Deutsch anpassen$/ }));
      expect(await within(section).findByTestId('template-error')).toHaveTextContent(
        'Der Ordner „/ro/templates/de“ kann nicht angelegt werden: Permission denied (os error 13).',
      );
      expect(cellOf(section, 'acknowledgement', 'de')).toHaveTextContent('Mitgeliefert');
    } finally {
      useLocale('en');
    }
  });

  it('on a team register picks a text file instead of a folder, and says the register keeps the text', async () => {
    const { api, section } = await setUp((api) => {
      api.templatesInRegister = true;
    });
    expect(within(section).queryByTestId('templates-folder')).toBeNull();
    expect(within(section).queryByRole('button', { name: 'Open folder' })).toBeNull();
    expect(within(section).getByTestId('templates-in-register')).toHaveTextContent('This team register keeps your own templates itself');
    // No folder is spoken of: the register keeps them.
    expect(section).not.toHaveTextContent('folder below');
    expect(section).toHaveTextContent('or from your organisation’s own wording where it has set one');

    await userEvent.click(within(section).getByRole('button', { name: 'Customise No personal data held in German' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('Your template de/no-data.txt is kept in the register');
    expect(api.calls).toContainEqual(['customiseTemplateFromFile', 'no-data', 'de']);
    expect(api.calls).not.toContainEqual(['customiseTemplate', 'no-data', 'de']);
    const cell = cellOf(section, 'no-data', 'de');
    expect(cell).toHaveTextContent('Your own');
    // Who set it, and when: the register records both.
    expect(within(cell).getByTestId('template-set-by').textContent).toMatch(/^set by dora on \D*12\D*2026$/);
    // No file to open: it is replaced from another file, or the built-in one used again.
    expect(within(cell).queryByRole('button', { name: /^Open/ })).toBeNull();
    await userEvent.click(within(cell).getByRole('button', { name: 'Replace your No personal data held in German from a file' }));
    expect(api.calls.filter((c) => c[0] === 'customiseTemplateFromFile')).toHaveLength(2);
    await userEvent.click(within(cell).getByRole('button', { name: 'Use the built-in No personal data held in German again' }));
    expect(within(section).getByRole('group')).toHaveTextContent('Your text is not deleted: the register keeps it.');
  });
});
