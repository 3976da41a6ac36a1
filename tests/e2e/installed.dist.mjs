// The installed package as a user meets it (run by tests/dist/run.sh, make
// test-dist, never by make test): the app and the CLI from /usr/bin, on the
// default register under a temporary $HOME, without test hooks.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { goTo, screenshot, withApp } from './helpers.mjs';

const version = process.env.DIST_VERSION;
const cli = process.env.CASEBOOK_CLI;
const register = path.join(os.homedir(), '.local/share/casebook/casebook.db');

const casebook = (...args) => execFileSync(cli, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

test('the environment is the installed one', () => {
  assert.ok(version, 'DIST_VERSION is not set: run through tests/dist/run.sh');
  assert.equal(process.env.CASEBOOK_DB, undefined, 'the installed app must use its default register');
  assert.ok(!existsSync(register), `${register} exists before the first start`);
});

test('the first start shows the welcome, which names the register under ~/.local/share', async () => {
  await withApp(async (browser) => {
    await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 30000 });
    const page = await browser.$('main').getText();
    assert.ok(page.includes(register), `the welcome does not name ${register}:\n${page}`);
    await screenshot(browser, 'installed-welcome');
  });
});

test('casebook init sets the register up; the app opens it and shows its version in Settings', async () => {
  casebook('init', '--name', 'Installed Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--time-zone', 'Europe/London');
  assert.ok(existsSync(register), `casebook init did not make ${register}`);
  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 30000 });
    assert.equal(await browser.$('[data-testid="org-name"]').getText(), 'Installed Ltd');
    await goTo(browser, 'settings');
    const shown = await browser.$('[data-testid="app-version"]');
    await shown.waitForDisplayed({ timeout: 10000 });
    assert.equal(await shown.getText(), `Casebook ${version}`);
  });
});

test('an email opened with Casebook is imported after asking', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebook-dist-mail-'));
  const file = path.join(dir, 'request.eml');
  writeFileSync(
    file,
    [
      'From: Ada Lovelace <ada@example.org>',
      'To: privacy@example.org',
      'Subject: Subject access request',
      'Date: Mon, 23 Nov 2026 09:15:00 +0000',
      'Message-ID: <sar-installed@example.org>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Under Article 15 of the UK GDPR please send me a copy of my personal data.',
      '',
    ].join('\r\n'),
  );
  // As the desktop's "Open with Casebook" starts it: `casebook-desktop FILE`.
  await withApp(
    async (browser) => {
      const ask = await browser.$('[data-testid="opened-files"]');
      await ask.waitForDisplayed({ timeout: 30000, timeoutMsg: 'the app did not ask about the file it was opened with' });
      assert.match(await ask.getText(), /Import \u201crequest\.eml\u201d as a new request\?/);
      assert.equal(JSON.parse(casebook('--json', 'case', 'list')).length, 0, 'imported before the user said so');
      await screenshot(browser, 'installed-open-with');
      await ask.$('button=Import').click();
      const created = await browser.$('[data-testid="import-results"] tr[data-outcome="created"]');
      await created.waitForDisplayed({ timeout: 30000, timeoutMsg: 'the import did not report a new case' });
    },
    { args: [file] },
  );
  const cases = JSON.parse(casebook('--json', 'case', 'list'));
  assert.equal(cases.length, 1);
  assert.match(JSON.stringify(cases[0]), /Ada Lovelace/);
});
