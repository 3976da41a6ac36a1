// The app in German: the language chosen in Settings (saved in the window's
// storage) names the screens and words a case's next step in German, from the
// facts the Rust side gives, not from the CLI's English sentence. The demo
// register is made aside, as action-log.test.mjs does; the choice is taken
// back afterwards so that the other tests find the app in English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casebook, goTo, loadDemoFromWelcome, registerAside, screenshot, withApp } from './helpers.mjs';

registerAside('de');

// Words of the next step's English sentences (NextStep's Display in Rust).
const english = /\b(send|identity|check|suggested|respond|response|requester|close|answer|remind|overdue)\b/i;

test('in German, the screens and a case’s next step are German', async () => {
  await withApp(async (browser) => {
    await loadDemoFromWelcome(browser);
    try {
      // What Settings saves when German is chosen (ui/src/i18n/index.ts); the window reloads.
      await browser.execute(() => localStorage.setItem('casebook.locale', 'de'));
      await browser.refresh();
      await browser.$('h1=Übersicht').waitForDisplayed({ timeout: 30000 });

      const [next] = JSON.parse(casebook('--json', 'next'));
      assert.ok(next?.step, 'the demo has a case with a next step, and it carries its facts');
      await goTo(browser, 'cases');
      await browser.$('#case-search').setValue(next.reference);
      const row = await browser.$(`tbody tr[data-reference="${next.reference}"] button.open`);
      await row.waitForClickable({ timeout: 10000 });
      await row.click();
      const said = await browser.$('[data-testid="next-action"]');
      await said.waitForDisplayed({ timeout: 10000 });
      const text = await said.getText();
      assert.match(text, /^Als Nächstes:/, text);
      assert.doesNotMatch(text, english, `English left in the German next step: ${text}`);
      assert.notEqual(text.replace(/^Als Nächstes:\s*/, ''), next.text, 'the CLI’s English sentence was shown');
      await screenshot(browser, 'case-german');
    } finally {
      await browser.execute(() => localStorage.removeItem('casebook.locale'));
    }
  });
});
