// The desktop app on a team register (PostgreSQL, issue #21): run.sh starts a
// server, the DPO (dora) creates the register and the organisation with the
// CLI, and the app opens it as alice, a handler, from CASEBOOK_DB without a
// password, so she signs in. What the DPO does meanwhile on the command line
// shows in her window within seconds (LISTEN/NOTIFY), and what she does in
// the window is recorded as hers.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dashboardCount, goTo, screenshot, settled, shownReferences, withApp } from '../helpers.mjs';

/** The `casebook` CLI on the team register as the DPO; its standard output. */
function dpo(...args) {
  return execFileSync(process.env.CASEBOOK_CLI, ['--db', process.env.E2E_TEAM_DPO, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PGPASSWORD: 'dora-pw' },
  }).trim();
}

const today = new Date().toISOString().slice(0, 10);

/** Logs a request by email received today; its reference. */
function logRequest(name, email) {
  const made = JSON.parse(
    dpo('--json', 'case', 'new', '--requester-name', name, '--requester-email', email, '--channel', 'email',
      '--received', today, '--right', 'access'),
  );
  return made.reference ?? made.case.reference;
}

test('a member signs in, sees a colleague’s cases as they are logged and assigned, and works one as herself', async () => {
  const ada = logRequest('Ada Lovelace', 'ada@example.com');

  await withApp(async (browser) => {
    // No password anywhere: the window asks for it, and says when it is wrong.
    await browser.$('h1=Sign in to the team register').waitForDisplayed({ timeout: 30000 });
    assert.match(await browser.$('section.unlock').getText(), /postgres:\/\/alice@127\.0\.0\.1:\d+\/register/);
    await screenshot(browser, 'team-sign-in');
    const password = await browser.$('#unlock-passphrase');
    await password.setValue('not-her-password');
    await browser.$('button=Sign in').click();
    await browser.$('p=Wrong password. Check it and try again.').waitForDisplayed({ timeout: 15000 });
    await password.setValue('alice-pw');
    await browser.$('button=Sign in').click();

    // Signed in: the dashboard counts the team's cases, and says who she is.
    const badge = await browser.$('[data-testid="team-member"]');
    await badge.waitForDisplayed({ timeout: 20000 });
    assert.equal(await badge.getText(), 'Team register · signed in as alice');
    assert.equal(await browser.$('[data-testid="org-name"]').getText(), 'Acme Ltd');
    assert.equal(await dashboardCount(browser, 'due-soon'), 0);

    // The list, then a case the DPO logs meanwhile appears without a reload.
    await goTo(browser, 'cases');
    await browser.waitUntil(async () => (await shownReferences(browser)).includes(ada), {
      timeout: 15000,
      timeoutMsg: `${ada} is not listed`,
    });
    const bob = logRequest('Bob Byte', 'bob@example.com');
    await browser.waitUntil(async () => (await shownReferences(browser)).includes(bob), {
      timeout: 10000,
      timeoutMsg: `${bob}, logged by a colleague, did not appear in the open list`,
    });

    // My cases: the one the DPO gives her, as soon as it is given.
    await browser.$('[data-testid="my-cases"]').click();
    await browser.waitUntil(async () => (await shownReferences(browser)).length === 0, {
      timeout: 10000,
      timeoutMsg: 'cases assigned to no one were listed as hers',
    });
    dpo('case', 'assign', bob, '--to', 'alice');
    await browser.waitUntil(async () => JSON.stringify(await shownReferences(browser)) === JSON.stringify([bob]), {
      timeout: 10000,
      timeoutMsg: `${bob}, assigned to her, did not appear under My cases`,
    });
    await screenshot(browser, 'team-my-cases');

    // She works it in the window: the step and the note are hers.
    await browser.$(`tbody tr[data-reference="${bob}"] button.open`).click();
    await browser.$('h1#case-title').waitForDisplayed({ timeout: 10000 });
    assert.equal(await browser.$('[data-testid="created-by"]').getText(), 'dora');
    assert.equal(await browser.$('[data-testid="assigned-to"]').getText(), 'alice');
    await browser.$('#note-text').setValue('Called Bob: he wants his order history');
    await browser.$('button=Add note').click();
    await browser.waitUntil(async () => /order history/.test(await browser.$('[data-testid="notes"]').getText()), {
      timeout: 10000,
      timeoutMsg: 'the note did not appear',
    });
    const shown = JSON.parse(dpo('--json', 'case', 'show', bob));
    assert.equal(shown.assigned_to, 'alice');
    const note = shown.notes.find((n) => /order history/.test(n.text));
    assert.equal(note?.author, 'alice');

    // The DPO's step on the case shows on her open page.
    dpo('identity', 'request', bob, '--on', today, '--what', 'a recent utility bill');
    await browser.waitUntil(
      async () => (await browser.$('[data-testid="status"]').getText()) === 'Awaiting identity',
      { timeout: 10000, timeoutMsg: 'the colleague’s step did not show on the open case' },
    );
    await browser.$('h1#case-title').click();
    await settled(browser);
    await screenshot(browser, 'team-case');
  });

  assert.match(dpo('audit', 'verify'), /intact|verified/i);
});

test('Settings open another register in the window: the DPO signs in there, and a bad address leaves the open one open', async () => {
  // The DPO keeps an own template on the command line; the window shows it as the team's, with who set it.
  const wording = join(mkdtempSync(join(tmpdir(), 'casebook-team-template-')), 'no-data.txt');
  writeFileSync(wording, dpo('letter', 'template', 'show', 'no-data', '--lang', 'en').replace('\n\n', '\n\nAcme answers every request within a week.\n\n'));
  dpo('letter', 'template', 'customise', 'no-data', '--lang', 'en', '--from', wording);
  await withApp(async (browser) => {
    await browser.$('h1=Sign in to the team register').waitForDisplayed({ timeout: 30000 });
    await browser.$('#unlock-passphrase').setValue('alice-pw');
    await browser.$('button=Sign in').click();
    await browser.$('[data-testid="team-member"]').waitForDisplayed({ timeout: 20000 });

    await goTo(browser, 'settings');
    const card = await browser.$('[data-testid="open-register"]');
    await card.waitForDisplayed({ timeout: 10000 });
    assert.match(await card.$('[data-testid="current-register"]').getText(), /postgres:\/\/alice@127\.0\.0\.1:\d+\/register/);
    const field = await browser.$('#other-register');
    await field.setValue('register.db');
    await card.$('button=Open').click();
    const error = await browser.$('#other-register-error');
    await error.waitForDisplayed({ timeout: 10000 });
    assert.match(await error.getText(), /is not a full path/);
    assert.equal(await browser.$('[data-testid="team-member"]').getText(), 'Team register · signed in as alice');

    // The DPO's login on the same server: her password is asked for, then she works there.
    const dora = process.env.E2E_TEAM_DPO;
    await field.setValue(dora);
    await screenshot(browser, 'team-open-register');
    await card.$('button=Open').click();
    await browser.$('h1=Sign in to the team register').waitForDisplayed({ timeout: 20000 });
    assert.match(await browser.$('section.unlock').getText(), /postgres:\/\/dora@127\.0\.0\.1:\d+\/register/);
    await browser.$('#unlock-passphrase').setValue('dora-pw');
    await browser.$('button=Sign in').click();
    const badge = await browser.$('[data-testid="team-member"]');
    await browser.waitUntil(async () => (await badge.getText()) === 'Team register · signed in as dora', {
      timeout: 20000,
      timeoutMsg: 'the window did not sign in to the DPO’s login',
    });
    // Retention is offered on a team register (the DPO's to run).
    await goTo(browser, 'settings');
    await browser.$('[data-testid="retention-settings"]').waitForDisplayed({ timeout: 10000 });
    // The team's own templates: kept in the register, with who set them.
    await browser.$('[data-testid="templates-in-register"]').waitForDisplayed({ timeout: 15000 });
    const cell = await browser.$('[data-testid="letter-templates"] tr[data-kind="no-data"] td[data-language="en"]');
    assert.match(await cell.getText(), /^Your own\s+set by dora on /);
    await (await browser.$('#settings-templates-title')).scrollIntoView({ block: 'start' });
    await browser.execute(() => {
      const wrap = document.querySelector('[data-testid="letter-templates"] .table-wrap');
      const row = document.querySelector('[data-testid="letter-templates"] tr[data-kind="no-data"]');
      if (wrap && row) wrap.scrollTop = row.offsetTop - 40;
    });
    await settled(browser);
    await screenshot(browser, 'team-settings-templates');
  });
});
