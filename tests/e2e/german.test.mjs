// The app in German: the language chosen in Settings (saved in the window's
// storage) names the screens and words a case's next step, its "why this
// date" and its timeline in German, from the facts the Rust side gives, not
// from the CLI's English sentences. The demo register is made aside, as action-log.test.mjs does; the choice is taken
// back afterwards so that the other tests find the app in English.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casebook, goTo, loadDemoFromWelcome, registerAside, screenshot, withApp } from './helpers.mjs';

registerAside('de');

// Words of the next step's English sentences (NextStep's Display in Rust).
const english = /\b(send|identity|check|suggested|respond|response|requester|close|answer|remind|overdue)\b/i;
// Words of the timeline as the CLI prints it (codes, detail keys, English labels).
const englishTimeline =
  /\b(case\.created|search\.recorded|acknowledged|received|requested|effective|channel|email|web-form|note|by|asked_for|updated|recorded)\b/i;
// Words of the deadline engine's English sentences (deadline::Said's Display in Rust).
const englishWhy = /\b(received|due|month|months|days?|weekend|working|holiday|paused|clock|rules in force|computed under|extension|from receipt)\b/;

test('in German, the screens and a case’s next step, dates and timeline are German', async () => {
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

      // "Why this date": the engine's steps, said in German with German dates.
      const shown = JSON.parse(casebook('--json', 'case', 'show', next.reference));
      const englishSteps = shown.deadlines?.steps ?? [];
      assert.ok(englishSteps.length > 0, 'the case has its date explained');
      const why = await browser.$('[data-testid="why"]');
      await why.waitForDisplayed({ timeout: 10000 });
      const whyText = await why.getText();
      assert.match(whyText, /^Warum dieses Datum/, whyText);
      const lines = [];
      for (const li of await why.$$('li')) lines.push(await li.getText());
      assert.equal(lines.length, englishSteps.length, 'one German line a step of the engine');
      for (const [i, line] of lines.entries()) {
        assert.doesNotMatch(line, englishWhy, `English left in the German explanation: ${line}`);
        assert.notEqual(line, englishSteps[i], 'the CLI’s English step was shown');
      }
      assert.ok(
        lines.some((line) => /^eingegangen am /.test(line)),
        `the day of receipt is said in German: ${lines.join(' | ')}`,
      );
      await screenshot(browser, 'case-german');

      // The timeline: each entry's heading and details in German, a clock step
      // with its date in the German form; what the DPO wrote (notes) as written.
      const entries = shown.timeline ?? [];
      assert.ok(entries.some((e) => e.item.type === 'clock'), 'the demo case has a clock step on its timeline');
      const timeline = await browser.$('[data-testid="timeline"]');
      await timeline.waitForExist({ timeout: 10000 });
      await timeline.scrollIntoView();
      const told = await browser.execute(() =>
        [...document.querySelectorAll('[data-testid="timeline"] > li')].map((li) => ({
          type: li.getAttribute('data-type'),
          what: li.querySelector('.what')?.textContent ?? '',
          details: [...li.querySelectorAll('.details li')].map((d) => d.textContent ?? ''),
          by: li.querySelector('.meta span')?.textContent ?? '',
        })),
      );
      assert.equal(told.length, entries.length, 'one entry a thing recorded');
      for (const [i, entry] of told.entries()) {
        const words = [entry.what, ...entry.details, entry.by.replace(/dpo/, '')].join(' | ');
        assert.doesNotMatch(words, englishTimeline, `English left in the German timeline: ${words}`);
        const item = entries[i].item;
        assert.equal(entry.type, item.type);
        if (item.type === 'clock') {
          const [y, m, d] = item.on.split('-');
          assert.ok(entry.what.includes(`${d}.${m}.${y}`), `the step's date in the German form: ${entry.what}`);
          assert.match(entry.what, /\(wirksam ab /, entry.what);
        }
      }
      assert.ok(
        told.some((e) => e.type === 'change' && e.what === 'Vorgang erfasst'),
        `the case's creation said in German: ${told.map((e) => e.what).join(' | ')}`,
      );
      assert.ok(
        told.some((e) => e.details.some((d) => /^Per: (E-Mail|Webformular)$/.test(d))),
        `the acknowledgement's channel said in German: ${JSON.stringify(told)}`,
      );
      await screenshot(browser, 'case-timeline-german');

      // A refusal: the façade's facts worded in German by the window, not the CLI's English.
      await goTo(browser, 'new');
      await browser.$('h1=Neuer Vorgang').waitForDisplayed({ timeout: 5000 });
      await browser.$('#new-name').setValue('Anna Beispiel');
      await browser.$('button=Antrag erfassen').click();
      const refusal = await browser.$('[data-testid="new-case-error"]');
      await refusal.waitForDisplayed({ timeout: 5000 });
      assert.match(await refusal.getText(), /Ein Vorgang braucht mindestens ein Recht\./);
      await browser.$('input[type="checkbox"][value="access"]').click();
      await browser.$('#new-emails').setValue('anna@');
      await browser.$('button=Antrag erfassen').click();
      await browser.waitUntil(async () => /„anna@“ ist keine E-Mail-Adresse\./.test(await refusal.getText()), {
        timeout: 5000,
        timeoutMsg: `the bad address was not refused in German: ${await refusal.getText()}`,
      });
      assert.doesNotMatch(await refusal.getText(), /invalid email address|at least one right/);
      await screenshot(browser, 'new-case-refused-german');
    } finally {
      await browser.execute(() => localStorage.removeItem('casebook.locale'));
    }
  });
});
