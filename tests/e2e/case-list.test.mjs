// The first start and the case list of the real app, on a register the CLI
// fills. The tests run in order on one register (run.sh's $CASEBOOK_DB):
// unreadable, empty (the welcome sets up the organisation), two cases, then a
// demo register.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { casebook, goTo, screenshot, settled, shownReferences, withApp } from './helpers.mjs';

const waitForRows = (browser, count, timeoutMsg) =>
  browser.waitUntil(async () => (await shownReferences(browser)).length === count, { timeout: 15000, timeoutMsg });

test('a register that cannot be opened shows why, and "Try again" opens it once fixed', async () => {
  const db = process.env.CASEBOOK_DB;
  writeFileSync(db, 'not an SQLite database, just some text long enough to look like a header\n');
  await withApp(async (browser) => {
    const alert = await browser.$('[role="alert"]');
    await alert.waitForDisplayed({ timeout: 15000 });
    assert.match(await alert.getText(), /is not a Casebook register \(it is not an SQLite file\)/);
    await screenshot(browser, 'case-list-error');

    rmSync(db);
    await alert.$('button=Try again').click();
    // A new, empty register: the first-start welcome.
    await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 5000 });
  });
});

test('the first start sets up the organisation, then the empty list says how to log a case', async () => {
  await withApp(async (browser) => {
    await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 15000 });
    // No register yet: a passphrase first. The later tests drive this register
    // with the CLI, so it goes without (protect.test.mjs creates encrypted ones).
    await browser.$('#new-passphrase').waitForDisplayed({ timeout: 5000 });
    await browser.$('button=Continue without encryption…').click();
    await browser.$('button=Create an unencrypted register').click();
    await browser.$('#welcome-name').waitForDisplayed({ timeout: 5000 });
    await browser.$('#welcome-name').setValue('Example Ltd');
    await browser.$('#welcome-dpo-name').setValue('Dee Peo');
    await browser.$('#welcome-dpo-email').setValue('dpo@example.org');
    await browser.$('#welcome-tz').setValue('Europe/London');
    await screenshot(browser, 'welcome');
    await browser.$('button=Start using Casebook').click();

    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 5000 });
    assert.equal(await browser.$('[data-testid="org-name"]').getText(), 'Example Ltd');
    assert.match(casebook('--json', 'init'), /"name": ?"Example Ltd"/, 'the CLI sees the profile the welcome saved');

    await goTo(browser, 'cases');
    const empty = await browser.$('[data-testid="empty"]');
    await empty.waitForDisplayed({ timeout: 15000 });
    assert.match(await empty.getText(), /No open cases/);
    assert.match(await empty.getText(), /Log a new request/);
    assert.match(await empty.getText(), /casebook --db ".*casebook\.db" case new/);
    await screenshot(browser, 'case-list-empty');
  });
});

test('the list shows the cases the CLI created and filters as you type', async () => {
  casebook('init', '--name', 'Example Ltd', '--regime', 'uk-gdpr', '--location', 'GB-ENG', '--time-zone', 'Europe/London');
  const ada = casebook('case', 'new', '--requester-name', 'Ada Lovelace', '--requester-email', 'ada@example.org',
    '--channel', 'email', '--received', '2026-11-02', '--right', 'access', '--regime', 'uk-gdpr', '--location', 'GB-ENG');
  const grace = casebook('case', 'new', '--requester-name', 'Grace Hopper', '--requester-email', 'grace@example.org',
    '--channel', 'email', '--received', '2026-11-20', '--right', 'erasure', '--right', 'access',
    '--regime', 'eu-gdpr', '--location', 'DE-BY');
  for (const reference of [ada, grace]) assert.match(reference, /^CB-\d{4}-\d{4}$/, `case new printed ${reference}`);
  casebook('case', 'acknowledge', grace, '--on', '2026-11-21');

  await withApp(async (browser) => {
    await goTo(browser, 'cases');
    await waitForRows(browser, 2, 'the case list never showed two rows');
    // textContent: WebKitWebDriver's visible-text rules skip cells clipped with an ellipsis.
    const table = await browser.execute(() => document.querySelector('table')?.textContent ?? '');
    assert.match(table, /Ada Lovelace/);
    assert.match(table, /Grace Hopper/);
    await screenshot(browser, 'case-list');

    // "/" jumps to the search box from anywhere else.
    await browser.$('h1').click();
    await browser.keys('/');
    assert.equal(await browser.execute(() => document.activeElement?.id), 'case-search');

    await browser.keys('Ada');
    await waitForRows(browser, 1, 'typing "Ada" did not narrow the list to one row');
    await settled(browser);
    assert.deepEqual(await shownReferences(browser), [ada]);
    await screenshot(browser, 'case-list-search');

    await browser.$('#case-search').setValue('nobody by this name');
    await browser.$('[data-testid="no-match"]').waitForDisplayed({ timeout: 5000 });
    await browser.$('button=Clear search and filters').click();
    await waitForRows(browser, 2, 'clearing the search did not bring both rows back');

    await browser.$('#case-status').selectByAttribute('value', 'acknowledged');
    await waitForRows(browser, 1, 'the status filter did not narrow the list');
    assert.deepEqual(await shownReferences(browser), [grace]);
  });
});

test('a register of realistic cases: open ones by default, soonest deadline first', async () => {
  casebook('demo', 'generate', '--cases', '40', '--seed', '7');
  await withApp(async (browser) => {
    await goTo(browser, 'cases');
    await browser.waitUntil(async () => (await shownReferences(browser)).length > 2, {
      timeout: 15000,
      timeoutMsg: 'the demo cases never showed',
    });
    const statuses = await browser.execute(() =>
      [...document.querySelectorAll('tbody tr .status')].map((cell) => cell.textContent),
    );
    for (const finished of ['Closed', 'Response sent', 'Withdrawn', 'Refused']) {
      assert.ok(!statuses.includes(finished), `the open view shows a case that is ${finished}`);
    }
    const badges = await browser.execute(() => document.querySelectorAll('tbody [data-urgency]').length);
    assert.equal(badges, statuses.length, 'an open case has no days-left badge');
    await screenshot(browser, 'case-list-register');

    await browser.$('#case-status').selectByAttribute('value', 'all');
    // The list is virtualised: it counts all 42 and draws the rows in view.
    await browser.waitUntil(async () => (await browser.$('[data-testid="case-count"]').getText()) === '42 cases', {
      timeout: 15000,
      timeoutMsg: '"All cases" did not count the 42 cases',
    });
    assert.equal(await browser.$('table').getAttribute('aria-rowcount'), '43');
    const drawn = (await shownReferences(browser)).length;
    assert.ok(drawn > 5 && drawn <= 42, `${drawn} rows drawn`);

    // Scrolled to the end, the last case is drawn and the first is not.
    const last = JSON.parse(casebook('--json', 'case', 'list', '--sort', 'due')).at(-1)?.reference;
    await browser.execute(() => {
      const scroller = document.querySelector('[data-testid="case-scroller"]');
      scroller.scrollTop = scroller.scrollHeight;
    });
    if (last) {
      await browser.waitUntil(async () => (await shownReferences(browser)).includes(last), {
        timeout: 10000,
        timeoutMsg: `scrolling to the end did not draw ${last}`,
      });
    }
  });
});
