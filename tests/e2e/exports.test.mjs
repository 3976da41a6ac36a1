// A case's exports in the real app, on the register case-list.test.mjs left
// behind: on a case holding imported data (set up with the CLI), the data package is exported with a password and the CLI
// verifies it (and refuses it without the password), and the evidence pack
// is saved as a PDF that names the case; the finished progress counts stay
// shown. Then, with 250,000 records more, a package export is cancelled
// midway and leaves no file. The native save dialog takes the
// path queued with window.casebookTestPick (CASEBOOK_TEST_HOOKS=1, run.sh).
// The systems imported here are removed again, so that later tests meet an
// empty register of processing.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { casebook, screenshot, withApp } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const demoRegister = path.join(here, '../../assets/demo/register-of-processing.json');
const loyaltyExport = path.join(here, 'fixtures/loyalty-export.csv');
const PASSWORD = 'amber-lantern-42';

/** `casebook package verify FILE` with `password` (or none) in CASEBOOK_PACKAGE_PASSWORD. */
function verify(file, password) {
  const env = { ...process.env };
  delete env.CASEBOOK_PACKAGE_PASSWORD;
  if (password) env.CASEBOOK_PACKAGE_PASSWORD = password;
  return spawnSync(process.env.CASEBOOK_CLI, ['--db', process.env.CASEBOOK_DB, '--json', 'package', 'verify', file], {
    encoding: 'utf8',
    env,
  });
}

/** Makes the next native dialog take `file`. */
async function pick(browser, file) {
  const answer = await browser.executeAsync((p, done) => {
    window.casebookTestPick(p).then(
      () => done('ok'),
      (e) => done(String(e?.message ?? e)),
    );
  }, file);
  assert.equal(answer, 'ok', `the test hook refused: ${answer}`);
}

/** Waits until the export result panel reports `pattern`; returns its text. */
async function resultMatches(browser, pattern) {
  const panel = await browser.$('[data-testid="export-result"]');
  let text = '';
  await browser.waitUntil(
    async () => {
      text = await panel.getText().catch(() => '');
      return pattern.test(text);
    },
    { timeout: 60000, timeoutMsg: `the export did not report ${pattern}` },
  );
  return text;
}

test('a data package with a password and an evidence pack, saved from the case page', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-exports-'));
  const zip = path.join(dir, 'package.zip');
  const pdf = path.join(dir, 'evidence.pdf');

  const reference = casebook('case', 'new', '--requester-name', 'Kit Marlowe', '--requester-email',
    'kit.marlowe@example.org', '--channel', 'email', '--received', new Date(Date.now() - 5 * 864e5).toISOString().slice(0, 10),
    '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--subject-category', 'customer');
  assert.match(reference, /^CB-\d{4}-\d{4}$/, `case new printed ${reference}`);
  casebook('processing', 'import', demoRegister);
  assert.match(casebook('data', 'import', '--system', 'accounts', '--categories', 'contact', '--match', reference, loyaltyExport),
    /2 of 3 records kept/);
  // The package's cover letter states what the searches found: every system that concerns a customer is searched.
  for (const [system, result] of [['accounts', 'found'], ['billing', 'found'], ['support', 'nothing-found'],
    ['marketing', 'nothing-found'], ['email', 'nothing-found']]) {
    casebook('case', 'searched', reference, '--system', system, '--result', result);
  }
  // ... and the recorded answer to the right it answers.
  casebook('case', 'answer', reference, '--right', 'access', '--outcome', 'fulfilled');

  try {
    await withApp(async (browser) => {
      await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
      const nav = await browser.$('nav [data-nav="cases"]');
      await nav.waitForClickable({ timeout: 15000 });
      await nav.click();
      const open = await browser.$(`tr[data-reference="${reference}"] button`);
      await open.waitForClickable({ timeout: 15000 });
      await open.click();

      // Two different passwords are refused before anything is asked.
      const button = await browser.$('button=Export data package…');
      await button.scrollIntoView();
      await browser.$('#package-password').setValue(PASSWORD);
      await browser.$('#package-password-repeat').setValue(`${PASSWORD}x`);
      await button.click();
      await browser.$('p.error=The two passwords differ.').waitForDisplayed({ timeout: 5000 });
      assert.equal(existsSync(zip), false);

      // The encrypted package: the CLI verifies it with the password, and not without.
      await browser.$('#package-password-repeat').setValue(PASSWORD);
      await pick(browser, zip);
      await button.click();
      const packageText = await resultMatches(browser, /Encrypted data package saved/);
      // The finished progress: one system, so 7 files (README, schema, JSON, CSV, report, letter, manifest).
      const progress = await browser.$('[data-testid="export-progress"]');
      await browser.waitUntil(async () => /7 of 7 files \u2014 done/.test(await progress.getText()), {
        timeout: 10000,
        timeoutMsg: 'the finished package export does not show 7 of 7 files',
      });
      assert.equal(await browser.$('[data-testid="export-progress"] progress').getAttribute('value'),
        await browser.$('[data-testid="export-progress"] progress').getAttribute('max'));
      assert.ok(packageText.includes(zip), `the result does not name ${zip}: ${packageText}`);
      const checked = verify(zip, PASSWORD);
      assert.equal(checked.status, 0, `package verify failed: ${checked.stderr}`);
      const report = JSON.parse(checked.stdout);
      assert.equal(report.case_reference, reference);
      assert.equal(report.problem, null);
      assert.ok(report.files_checked > 0);
      const sha = execFileSync('sha256sum', [zip], { encoding: 'utf8' }).split(' ')[0];
      assert.ok(packageText.includes(sha), 'the result does not show the file\u2019s SHA-256');
      const locked = verify(zip, null);
      assert.notEqual(locked.status, 0);
      assert.match(locked.stderr, /the package is encrypted/);

      // The evidence pack: a PDF that names the case.
      await pick(browser, pdf);
      await browser.$('button=Save evidence pack…').click();
      const evidenceText = await resultMatches(browser, /Evidence pack saved/);
      assert.ok(evidenceText.includes(pdf), `the result does not name ${pdf}: ${evidenceText}`);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-');
      const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      assert.ok(text.includes(reference), `the evidence pack does not name ${reference}`);

      await (await browser.$('[data-testid="export-result"]')).scrollIntoView({ block: 'center' });
      await screenshot(browser, 'case-exports');

      // A long export, cancelled midway: nothing at the chosen path, no temporary file.
      const big = path.join(dir, 'billing.csv');
      const rows = ['member_id,email,name,points'];
      for (let i = 0; i < 250000; i++) rows.push(`B-${i},person${i}@example.org,Person ${i},${i % 5000}`);
      writeFileSync(big, `${rows.join('\n')}\n`);
      assert.match(casebook('data', 'import', '--system', 'billing', '--categories', 'contact', reference, big),
        /250000 of 250000 records kept/);
      const cancelled = path.join(dir, 'cancelled.zip');
      const before = readdirSync(dir).sort();
      await pick(browser, cancelled);
      await browser.$('button=Export data package…').click();
      const running = await browser.$('[data-testid="export-progress"]');
      let shown = '';
      await browser.waitUntil(
        async () => {
          shown = await running.getText().catch(() => '');
          // In the user's locale: 250,000 or 250000 (WebKit under Xvfb has no locale).
          return /of 250[,.\u00a0\u202f]?000 records \u2014 writing data\/billing/.test(shown);
        },
        { timeout: 30000, interval: 100, timeoutMsg: 'the export did not show its records written' },
      ).catch((e) => {
        throw new Error(`${e.message}; it showed: ${shown}`);
      });
      await running.scrollIntoView({ block: 'center' });
      await screenshot(browser, 'case-exports-progress');
      await browser.$('button=Cancel').click();
      await browser.$('[data-testid="export-cancelled"]').waitForDisplayed({ timeout: 30000 });
      assert.match(await browser.$('[data-testid="export-cancelled"]').getText(), /cancelled; nothing was saved/);
      assert.equal(existsSync(cancelled), false, 'a cancelled export left its file');
      assert.deepEqual(readdirSync(dir).sort(), before, 'a cancelled export left a file behind');
    });
  } finally {
    for (const s of JSON.parse(casebook('--json', 'processing', 'list'))) casebook('processing', 'remove', s.id);
  }
});
