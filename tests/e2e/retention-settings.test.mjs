// Settings → Retention in the real app: a period the façade refuses is shown
// on its field and changes nothing; valid periods (typed as 45 days, 3y and
// 9 months) are stored as `casebook retention show --json` then reports.
// The defaults are put back afterwards for the tests that follow.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casebook, goTo, screenshot, withApp } from './helpers.mjs';

const policy = () => JSON.parse(casebook('--json', 'retention', 'show')).policy;

/** Waits until `selector` shows text matching `pattern`; returns the text. */
async function textMatches(browser, selector, pattern) {
  const el = await browser.$(selector);
  let text = '';
  await browser.waitUntil(
    async () => {
      text = await el.getText().catch(() => '');
      return pattern.test(text);
    },
    { timeout: 15000, timeoutMsg: `${selector} did not show ${pattern}` },
  );
  return text;
}

test('retention periods changed in Settings, as the CLI reads them', async () => {
  const before = policy();
  try {
    await withApp(async (browser) => {
      await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
      await goTo(browser, 'settings');
      const days = await browser.$('#retention-days');
      await days.waitForDisplayed({ timeout: 15000 });
      assert.equal(await days.getValue(), String(before.identity_document_days));
      const refused = await browser.$('#retention-refused');
      await refused.scrollIntoView({ block: 'center' });
      const save = await browser.$('button=Save retention periods');

      // A period the façade cannot read is shown on its field; nothing is stored.
      await refused.setValue('forever');
      await save.click();
      await textMatches(browser, '[data-field-error="refused"]', /the period for refused: invalid period 'forever'/);
      assert.equal(await refused.getAttribute('aria-invalid'), 'true');
      assert.deepEqual(policy(), before);

      await days.setValue('45');
      await refused.setValue('3y');
      const duplicate = await browser.$('#retention-duplicate');
      await duplicate.setValue('9 months');
      await save.click();
      await textMatches(browser, '[data-testid="retention-settings"] [role="status"]', /Retention periods saved/);
      assert.equal(await refused.getValue(), '3 years');
      const after = policy();
      assert.equal(after.identity_document_days, 45);
      assert.equal(after.after_closure_months.refused, 36);
      assert.equal(after.after_closure_months.duplicate, 9);
      assert.equal(after.after_closure_months.fulfilled, before.after_closure_months.fulfilled);
      await (await browser.$('#settings-retention-title')).scrollIntoView({ block: 'start' });
      await screenshot(browser, 'settings-retention');
    });
  } finally {
    const rules = Object.entries(before.after_closure_months).flatMap(([o, m]) => ['--after-closure', `${o}=${m}m`]);
    casebook('retention', 'set', '--identity-document-days', String(before.identity_document_days), ...rules);
  }
});
