// Encrypted registers in the real app: one the CLI made with
// CASEBOOK_PASSPHRASE opens only behind the unlock screen (a wrong passphrase
// first), locking drops every case from the page, and a first start creates
// an encrypted register the CLI then cannot read without the passphrase.
// Then the dashboard's housekeeping on an old register: the backup reminder,
// and closed cases past retention reviewed and deleted after confirmation;
// and a plain register encrypted from Settings.
// The register case-list.test.mjs left behind is moved aside meanwhile and
// put back afterwards, for workflow.test.mjs.
import assert from 'node:assert/strict';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { casebook, goTo, screenshot, settled, shownReferences, withApp } from './helpers.mjs';

const db = process.env.CASEBOOK_DB;
const files = () => [db, `${db}-wal`, `${db}-shm`];
const PASSPHRASE = 'correct horse battery staple';

function removeRegister() {
  for (const f of files()) rmSync(f, { force: true });
}

before(() => {
  for (const f of files()) if (existsSync(f)) renameSync(f, `${f}.aside`);
});

after(() => {
  removeRegister();
  delete process.env.CASEBOOK_PASSPHRASE;
  for (const f of files()) if (existsSync(`${f}.aside`)) renameSync(`${f}.aside`, f);
});

/** Types the passphrase on the unlock screen and submits it. */
async function unlockWith(browser, passphrase) {
  const field = await browser.$('#unlock-passphrase');
  await field.waitForEnabled({ timeout: 15000 });
  await field.setValue(passphrase);
  await browser.$('button=Unlock').click();
}

const pageShowsNoCase = async (browser, references, names) => {
  const source = await browser.getPageSource();
  for (const text of [...references, ...names]) assert.ok(!source.includes(text), `the locked page still holds '${text}'`);
};

test('an encrypted register opens behind the unlock screen, and locking drops the cases from the page', async () => {
  removeRegister();
  process.env.CASEBOOK_PASSPHRASE = PASSPHRASE;
  casebook('init', '--name', 'Example Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--time-zone', 'Europe/London');
  const reference = casebook('case', 'new', '--requester-name', 'Hedy Lamarr', '--requester-email', 'hedy@example.org',
    '--channel', 'email', '--received', '2026-11-20', '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG');
  assert.match(reference, /^CB-\d{4}-\d{4}$/);
  delete process.env.CASEBOOK_PASSPHRASE;
  assert.throws(() => casebook('case', 'list'), /encrypted/, 'the CLI needs the passphrase too');

  await withApp(async (browser) => {
    await browser.$('h1=Casebook is locked').waitForDisplayed({ timeout: 15000 });
    await pageShowsNoCase(browser, [reference], ['Hedy Lamarr', 'Example Ltd']);
    assert.equal(await browser.$('nav').isExisting(), false, 'no sidebar while locked');
    await screenshot(browser, 'unlock');

    await unlockWith(browser, 'not the passphrase');
    const alert = await browser.$('[role="alert"]');
    await alert.waitForDisplayed({ timeout: 15000 });
    assert.match(await alert.getText(), /Wrong passphrase/);
    await screenshot(browser, 'unlock-wrong');

    await unlockWith(browser, PASSPHRASE);
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    assert.equal(await browser.$('[data-testid="org-name"]').getText(), 'Example Ltd');
    await goTo(browser, 'cases');
    await browser.waitUntil(async () => (await shownReferences(browser)).includes(reference), {
      timeout: 15000,
      timeoutMsg: 'the unlocked register did not list its case',
    });
    await browser.$(`button*=${reference}`).click();
    await browser.$(`h1*=${reference}`).waitForDisplayed({ timeout: 15000 });

    // The Lock button: the unlock screen, and nothing of the case left in the page.
    await browser.$('[data-testid="lock"]').click();
    await browser.$('h1=Casebook is locked').waitForDisplayed({ timeout: 15000 });
    await settled(browser);
    await pageShowsNoCase(browser, [reference], ['Hedy Lamarr', 'hedy@example.org', 'Example Ltd']);

    await unlockWith(browser, PASSPHRASE);
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    await goTo(browser, 'cases');
    await browser.waitUntil(async () => (await shownReferences(browser)).includes(reference), {
      timeout: 15000,
      timeoutMsg: 'the list did not come back after unlocking',
    });

    // Ctrl+L locks too.
    await browser.keys(['Control', 'l']);
    await browser.$('h1=Casebook is locked').waitForDisplayed({ timeout: 15000 });
    await pageShowsNoCase(browser, [reference], ['Hedy Lamarr']);
  });
});

test('the first start creates an encrypted register with the passphrase chosen twice', async () => {
  removeRegister();
  await withApp(async (browser) => {
    await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 15000 });
    await browser.$('#new-passphrase').setValue('kx7fq2mz');
    const strength = await browser.$('#new-passphrase-strength');
    await browser.waitUntil(async () => /Strength: Weak/.test(await strength.getText()), {
      timeout: 5000,
      timeoutMsg: 'no strength hint for a weak passphrase',
    });
    await browser.$('#new-passphrase').setValue(PASSPHRASE);
    await browser.waitUntil(async () => /Strength: Strong/.test(await strength.getText()), {
      timeout: 5000,
      timeoutMsg: 'no strength hint for a strong passphrase',
    });
    await browser.$('#new-passphrase-repeat').setValue(PASSPHRASE);
    await screenshot(browser, 'welcome-passphrase');
    await browser.$('button=Create encrypted register').click();

    await browser.$('#welcome-name').waitForDisplayed({ timeout: 15000 });
    await browser.$('#welcome-name').setValue('Example Ltd');
    await browser.$('#welcome-dpo-name').setValue('Dee Peo');
    await browser.$('#welcome-dpo-email').setValue('dpo@example.org');
    await browser.$('#welcome-tz').setValue('Europe/London');
    await browser.$('button=Start using Casebook').click();
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    await browser.$('[data-testid="lock"]').waitForDisplayed({ timeout: 5000 });
  });
  assert.throws(() => casebook('case', 'list'), /encrypted/, 'the file on disk is encrypted');
  process.env.CASEBOOK_PASSPHRASE = PASSPHRASE;
  assert.match(casebook('--json', 'init'), /"name": ?"Example Ltd"/, 'the CLI opens it with the passphrase');
  delete process.env.CASEBOOK_PASSPHRASE;
});

test('an old register: the dashboard reminds of a backup and deletes closed cases past retention once confirmed', async () => {
  removeRegister();
  // Made in 2020 (CASEBOOK_NOW fixes the CLI's clock), closed that year: past the two years kept after closure.
  process.env.CASEBOOK_NOW = '2020-01-02';
  let old;
  try {
    casebook('init', '--no-passphrase', '--name', 'Example Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG',
      '--time-zone', 'Europe/London');
    old = casebook('case', 'new', '--requester-name', 'Old Requester', '--channel', 'email', '--received', '2020-01-02',
      '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG');
    process.env.CASEBOOK_NOW = '2020-03-01';
    // An answered outcome needs the response recorded first (no register of processing: no searches).
    casebook('case', 'respond', old, '--channel', 'email', '--what', 'copy of the data', '--on', '2020-01-31');
    casebook('case', 'close', old, '--outcome', 'fulfilled', '--on', '2020-02-01');
  } finally {
    delete process.env.CASEBOOK_NOW;
  }
  const open = casebook('case', 'new', '--requester-name', 'Current Requester', '--channel', 'email',
    '--received', '2026-11-20', '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG');

  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    const backup = await browser.$('[data-testid="backup-notice"]');
    await backup.waitForDisplayed({ timeout: 15000 });
    assert.match(await backup.getText(), /No backup was ever made of this register/);
    assert.ok(await backup.$('button=Back up now…').isClickable());

    const retention = await browser.$('[data-testid="retention-notice"]');
    await retention.waitForDisplayed({ timeout: 15000 });
    assert.match(await retention.getText(), /1 closed case is past the retention period/);
    await retention.$('button=Review').click();
    const row = await retention.$(`tr[data-due="${old}"]`);
    await row.waitForDisplayed({ timeout: 5000 });
    assert.match(await row.getText(), /Fulfilled/);
    assert.equal(await retention.$(`tr[data-due="${open}"]`).isExisting(), false, 'an open case is never due');
    await retention.$('button=Delete 1 case…').click();
    await retention.$('button=Yes, delete it').waitForDisplayed({ timeout: 5000 });
    await screenshot(browser, 'dashboard-notices');
    await retention.$('button=Yes, delete it').click();
    await browser.waitUntil(async () => /Deleted 1 closed case\./.test(await retention.getText()), {
      timeout: 15000,
      timeoutMsg: 'the deletion was not confirmed',
    });

    // The case page offers the evidence pack and the data package (saved through the native
    // dialog, which WebDriver cannot drive: the component tests cover the rest).
    await goTo(browser, 'cases');
    await browser.$(`button*=${open}`).click();
    const exports = await browser.$('section[aria-labelledby="exports-title"]');
    await exports.waitForDisplayed({ timeout: 15000 });
    assert.ok(await exports.$('button=Save evidence pack…').isEnabled());
    assert.ok(await exports.$('button=Export data package…').isEnabled());
    assert.ok(await exports.$('#package-password').isExisting());
    await exports.scrollIntoView();
    await screenshot(browser, 'case-exports');
  });
  assert.throws(() => casebook('case', 'show', old), /not found/, 'the case past retention is gone');
  assert.match(casebook('case', 'show', open), /Current Requester/, 'the open case stays');
});

test('Settings encrypt a plain register, which then locks and unlocks with the new passphrase', async () => {
  removeRegister();
  casebook('init', '--no-passphrase', '--name', 'Example Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG',
    '--time-zone', 'Europe/London');
  const reference = casebook('case', 'new', '--requester-name', 'Plain Person', '--channel', 'email',
    '--received', '2026-11-20', '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG');

  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    assert.equal(await browser.$('[data-testid="lock"]').isExisting(), false, 'a plain register has no Lock button');
    await goTo(browser, 'settings');
    const card = await browser.$('[data-testid="lock-settings"]');
    await card.waitForDisplayed({ timeout: 15000 });
    await card.$('#encrypt-passphrase').setValue(PASSPHRASE);
    await card.$('#encrypt-passphrase-repeat').setValue(PASSPHRASE);
    await card.scrollIntoView();
    await screenshot(browser, 'settings-encrypt');
    await card.$('button=Encrypt the register').click();
    await card.$('#lock-minutes').waitForDisplayed({ timeout: 30000 });
    assert.match(await card.getText(), /The register is encrypted\./);

    await browser.$('[data-testid="lock"]').click();
    await browser.$('h1=Casebook is locked').waitForDisplayed({ timeout: 15000 });
    await unlockWith(browser, PASSPHRASE);
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
  });
  assert.throws(() => casebook('case', 'list'), /encrypted/, 'the file on disk is encrypted now');
  process.env.CASEBOOK_PASSPHRASE = PASSPHRASE;
  assert.match(casebook('case', 'show', reference), /Plain Person/, 'with every case in it');
  delete process.env.CASEBOOK_PASSPHRASE;
});
