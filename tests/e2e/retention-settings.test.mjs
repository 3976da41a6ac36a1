// Settings → Retention in the real app: a period the façade refuses is shown
// on its field and changes nothing; valid periods (typed as 45 days, 3y and
// 9 months) are stored as `casebook retention show --json` then reports.
// The defaults are put back afterwards for the tests that follow.
// In the same session, Settings → Letter templates: an own copy with a typo
// (written beforehand, as an editor would) shows its file and line; one
// template is customised (the file appears in the data folder) and the broken
// one put aside after confirming (kept as a .bak file).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
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

test('retention periods and letter templates changed in Settings, as the CLI and the data folder show them', async () => {
  const before = policy();
  const templates = path.join(path.dirname(process.env.CASEBOOK_DB), 'templates');
  const broken = path.join(templates, 'de', 'acknowledgement.txt');
  fs.mkdirSync(path.dirname(broken), { recursive: true });
  fs.writeFileSync(broken, 'Eingangsbestätigung\n\nSehr geehrte(r) {{ requester.nmae }},\n');
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
      await textMatches(browser, '[data-field-error="refused"]', /The period for “Refused” is not valid: “forever” is not a period/);
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

      // Letter templates: the broken own copy names its file and line.
      const card = await browser.$('[data-testid="letter-templates"]');
      await card.$('table').waitForDisplayed({ timeout: 15000 });
      assert.equal(await card.$('[data-testid="templates-folder"]').getText(), templates);
      await textMatches(browser, '[data-testid="letter-templates"] tr[data-kind="acknowledgement"] td[data-language="de"]', /Your own: has a problem[\s\S]*The template “de\/acknowledgement\.txt” does not make a letter: on line 3, the template engine says/);
      const customise = await card.$('button[aria-label="Customise Acknowledgement of the request, with its due date in English"]');
      await customise.scrollIntoView({ block: 'center' });
      await customise.click();
      await textMatches(browser, '[data-testid="letter-templates"] [role="status"]', /Your own copy is at .*en\/acknowledgement\.txt/);
      const own = path.join(templates, 'en', 'acknowledgement.txt');
      assert.ok(fs.readFileSync(own, 'utf8').includes('{{ salutation }}'), 'the built-in template was copied');
      await textMatches(browser, '[data-testid="letter-templates"] tr[data-kind="acknowledgement"] td[data-language="en"]', /^Your own/);
      const listed = JSON.parse(casebook('--json', 'letter', 'templates')).templates;
      assert.equal(listed.find((r) => r.kind === 'acknowledgement' && r.language === 'en').own, own);
      await browser.execute(() => {
        document.querySelector('[data-testid="letter-templates"] .table-wrap').scrollTop = 0;
      });
      await (await browser.$('#settings-templates-title')).scrollIntoView({ block: 'start' });
      await screenshot(browser, 'settings-templates');

      // Back to the built-in acknowledgement, after confirming: the broken copy is kept aside.
      const restore = await card.$('button[aria-label="Use the built-in Acknowledgement of the request, with its due date in German again"]');
      await restore.scrollIntoView({ block: 'center' });
      await restore.click();
      await (await card.$('button=Use built-in again')).click();
      await textMatches(browser, '[data-testid="letter-templates"] [role="status"]', /The built-in template is used again\. Your copy was kept as .*acknowledgement\.txt\.\d{8}T\d{6}Z\.bak/);
      assert.ok(!fs.existsSync(broken));
      assert.equal(fs.readdirSync(path.dirname(broken)).filter((f) => f.startsWith('acknowledgement.txt.') && f.endsWith('.bak')).length, 1);
      assert.equal(await card.$('[data-testid="template-problems"]').isExisting(), false);
    });
  } finally {
    fs.rmSync(templates, { recursive: true, force: true });
    const rules = Object.entries(before.after_closure_months).flatMap(([o, m]) => ['--after-closure', `${o}=${m}m`]);
    casebook('retention', 'set', '--identity-document-days', String(before.identity_document_days), ...rules);
  }
});
