// The installed app over a register the previous release made (run by
// tests/dist/run.sh, make test-dist, after it installed the previous release's
// .deb, made a register with it, and installed this one over it): the app is
// the first of the new version to open that register, upgrades it, and says
// so once, naming where it kept the register as it was.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { goTo, screenshot, withApp } from './helpers.mjs';

const need = (name) => {
  const v = process.env[name];
  assert.ok(v, `${name} is not set: run through tests/dist/run.sh`);
  return v;
};
const register = path.join(os.homedir(), '.local/share/casebook/casebook.db');

test('the first start after the upgrade upgrades the register, says so, and shows its case', async () => {
  const [from, to, fromVersion, version] = ['PREVIOUS_SCHEMA', 'SCHEMA_NOW', 'PREVIOUS_VERSION', 'DIST_VERSION'].map(need);
  assert.ok(existsSync(register), `${register} (made by Casebook ${fromVersion}) is missing`);
  await withApp(async (browser) => {
    const notice = await browser.$('[data-testid="register-upgraded"]');
    await notice.waitForDisplayed({ timeout: 30000, timeoutMsg: 'the app did not say it upgraded the register' });
    const said = await notice.getText();
    assert.ok(
      said.includes(`Casebook ${version} brought this register up from schema ${from} (written by Casebook ${fromVersion}) to schema ${to}`),
      said,
    );
    const kept = await notice.$('[data-testid="upgrade-backup"]').getText();
    assert.equal(path.dirname(kept), path.dirname(register), `the copy ${kept} is not beside the register`);
    assert.ok(path.basename(kept).startsWith(`casebook.schema-${from}.`), kept);
    assert.ok(existsSync(kept), `${kept} does not exist`);
    await screenshot(browser, 'installed-upgraded');
    await notice.$('button=OK').click();
    await goTo(browser, 'cases');
    await browser.$('td*=Jürgen Müller').waitForDisplayed({ timeout: 15000, timeoutMsg: 'the case the previous release stored is not listed' });
  });
});

test('the next start says nothing more of it', async () => {
  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 30000 });
    // The notice would come a moment after the dashboard (the window asks once
    // it is ready): give it that moment, as the first start did, before looking.
    await browser.pause(3000);
    assert.equal(await browser.$('[data-testid="register-upgraded"]').isExisting(), false);
  });
});
