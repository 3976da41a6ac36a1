// The register of processing and a case's data, in the real app, on the
// register case-list.test.mjs left behind: a register file with a mistake is
// refused naming its JSON path, the demo organisation's register is imported,
// a system is added with the form (DPV terms picked by label) and the register
// exported; then, on a case, a search is recorded while the page shows which
// systems still block the response, a system's CSV export is imported keeping
// the requester's records, and one is withheld and appears in the redaction
// schedule. The CLI checks each step on the same database.
//
// Native dialogs cannot be driven over WebDriver: with CASEBOOK_TEST_HOOKS=1
// (run.sh) the page's window.casebookTestPick(path) makes the next open or
// save dialog of these screens take that path. At the end the systems are
// removed again, so that later tests meet an empty register as before.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { casebook, goTo, screenshot, settled, withApp } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const demoRegister = path.join(here, '../../assets/demo/register-of-processing.json');
const loyaltyExport = path.join(here, 'fixtures/loyalty-export.csv');

/** Makes the next native dialog of the register or data screens take `file`. */
async function pick(browser, file) {
  const answer = await browser.executeAsync((p, done) => {
    window.casebookTestPick(p).then(
      () => done('ok'),
      (e) => done(String(e?.message ?? e)),
    );
  }, file);
  assert.equal(answer, 'ok', `the test hook refused: ${answer}`);
}

/** Waits until `el` shows text matching `pattern`; returns the text. */
async function textMatches(el, pattern, timeoutMsg) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const text = await el.getText().catch(() => '');
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`${timeoutMsg}: ${text}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

test('the register of processing, a search, an export imported and an item withheld', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-register-'));
  const broken = path.join(dir, 'broken-register.json');
  const demo = JSON.parse(readFileSync(demoRegister, 'utf8'));
  const typo = structuredClone(demo);
  typo.systems[1].purposes[0].legal_basis = 'dpv:Contrat';
  writeFileSync(broken, JSON.stringify(typo));
  const exported = path.join(dir, 'exported-register.json');

  const reference = casebook('case', 'new', '--requester-name', 'Kit Marlowe', '--requester-email',
    'kit.marlowe@example.org', '--channel', 'email', '--received', new Date(Date.now() - 3 * 864e5).toISOString().slice(0, 10),
    '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--subject-category', 'customer');
  assert.match(reference, /^CB-\d{4}-\d{4}$/, `case new printed ${reference}`);

  try {
    await withApp(async (browser) => {
      await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
      await goTo(browser, 'register');
      await browser.$('h1=Register of processing').waitForDisplayed({ timeout: 5000 });

      // A register file with one wrong term changes nothing, and says where the mistake is.
      await pick(browser, broken);
      await browser.$('button=Import a register file…').click();
      const error = await browser.$('[data-testid="register-error"]');
      await textMatches(error, /systems\[1\]\.purposes\[0\]\.legal_basis/, 'the refusal does not name the JSON path');
      assert.equal(JSON.parse(casebook('--json', 'processing', 'list')).length, 0, 'a refused file changed the register');

      // The demo organisation's register, all of it.
      await pick(browser, demoRegister);
      await browser.$('button=Import a register file…').click();
      await textMatches(await browser.$('[data-testid="register-status"]'), /Imported register-of-processing\.json: 7 systems/, 'the import did not report');
      await browser.$('li[data-system="billing"]').waitForDisplayed({ timeout: 5000 });
      assert.equal((await browser.$('[data-testid="register-error"]').isExisting()), false);

      // A new system with the form: terms are picked by their labels, ids are stored.
      await browser.$('button=Add a system').click();
      await browser.$('#sys-id').setValue('loyalty');
      await browser.$('#sys-name').setValue('Loyalty programme');
      await browser.$('#sys-description').setValue('Points and visits of loyalty-card members');
      await browser.$('input[type="checkbox"][value="dpv:Customer"]').click();
      await browser.$('input[type="checkbox"][value="dpv-pd:EmailAddress"]').click();
      await browser.$('button=Add a purpose').click();
      await browser.$('#sys-purpose-0').selectByAttribute('value', 'dpv:Marketing');
      await browser.$('#sys-basis-0').selectByAttribute('value', 'dpv:Consent');
      await browser.$('#sys-retention').setValue('Two years after the last visit');
      // Saved without a source: the façade's refusal is shown on that field.
      await browser.$('button=Save system').click();
      await textMatches(await browser.$('[data-field-error="sources"]'), /sources: is empty/, 'the missing source is not shown on its field');
      await browser.$('input[type="checkbox"][value="dpv:DataSubjectDataSource"]').click();
      await screenshot(browser, 'register-form');
      await browser.$('button=Save system').click();
      await textMatches(await browser.$('[data-testid="register-status"]'), /Loyalty programme saved/, 'the new system was not saved');
      const loyalty = JSON.parse(casebook('--json', 'processing', 'show', 'loyalty'));
      assert.deepEqual(loyalty.data_subjects.map((t) => t.id), ['dpv:Customer']);
      assert.deepEqual(loyalty.purposes.map((p) => [p.purpose.id, p.legal_basis.id]), [['dpv:Marketing', 'dpv:Consent']]);
      await browser.$('li[data-system="loyalty"]').scrollIntoView();
      await screenshot(browser, 'register');

      // Export through the save dialog: the documented JSON document, all eight systems.
      await pick(browser, exported);
      await browser.$('button=Export the register…').click();
      await textMatches(await browser.$('[data-testid="register-status"]'), /Register saved as/, 'the export did not report');
      assert.ok(existsSync(exported), 'the export wrote no file');
      assert.equal(JSON.parse(readFileSync(exported, 'utf8')).systems.length, 8);

      // The case: every system relevant to a customer is still unsearched, so no response yet.
      await goTo(browser, 'cases');
      const open = await browser.$(`tr[data-reference="${reference}"] button`);
      await open.waitForClickable({ timeout: 15000 });
      await open.click();
      const blocked = await browser.$('[data-testid="respond-blocked"]');
      await textMatches(blocked, /Loyalty programme/, 'the page does not say the loyalty programme blocks the response');

      await browser.$('#search-system').selectByAttribute('value', 'loyalty');
      await browser.$('#search-outcome').selectByAttribute('value', 'found');
      await browser.$('#search-note').setValue('Member L-0001 and a second card');
      await browser.$('button=Record search').click();
      const row = await browser.$('[data-testid="search-log"] tr[data-system="loyalty"]');
      await browser.waitUntil(async () => (await row.getAttribute('data-state')) === 'searched', {
        timeout: 10000,
        timeoutMsg: 'the search was not recorded',
      });
      assert.doesNotMatch(await blocked.getText(), /Loyalty programme/);
      const log = JSON.parse(casebook('--json', 'case', 'search-log', reference));
      const latest = log.systems.find((s) => s.system === 'loyalty').latest;
      assert.equal(latest.result, 'found');
      assert.ok(log.unsearched.length > 0 && !log.unsearched.includes('loyalty'));

      // The loyalty programme's CSV export: only the requester's two records are kept.
      await browser.$('#data-system').selectByAttribute('value', 'loyalty');
      await browser.$('#data-categories').setValue('contact, loyalty');
      await pick(browser, loyaltyExport);
      await browser.$('button=Choose a file and import…').click();
      await textMatches(await browser.$('[data-testid="data-imported"]'), /2 of 3 records kept/, 'the export was not imported');
      const items = await browser.$$('[data-testid="data-items"] li[data-item]');
      assert.equal(items.length, 2);
      assert.match(await items[0].getText(), /Matched by email = kit\.marlowe@example\.org/);

      // Withhold the points of the first record, with a reason and a note.
      await items[0].$('button.redact').click();
      await browser.$('#redact-field').selectByAttribute('value', 'points');
      await browser.$('#redact-reason').selectByAttribute('value', 'third-party-data');
      await browser.$('#redact-note').setValue('Points pooled with a partner card');
      await browser.$('button=Withhold').click();
      const schedule = await browser.$('[data-testid="redaction-schedule"]');
      await textMatches(schedule, /field points/, 'the redaction is not in the schedule');
      assert.match(await schedule.getText(), /Third-party data/);
      assert.match(await items[0].$('[data-testid="withheld-field"]').parentElement().getText(), /^1200 withheld$/);
      const fromCli = JSON.parse(casebook('--json', 'data', 'schedule', reference));
      assert.equal(fromCli.length, 1);
      assert.equal(fromCli[0].field, 'points');
      assert.equal(fromCli[0].reason, 'third-party-data');

      await browser.$('#data-title').scrollIntoView();
      await settled(browser);
      await screenshot(browser, 'case-data');
      await browser.$('#data-items-title').scrollIntoView();
      await screenshot(browser, 'case-data-records');
    });
  } finally {
    for (const s of JSON.parse(casebook('--json', 'processing', 'list'))) casebook('processing', 'remove', s.id);
  }
});
