// A DPO's day in the real app, on the register case-list.test.mjs left behind
// (an organisation and a demo register): the dashboard, logging a request with
// the new-case form, its dates with their reasons, an identity request that
// stops the clock, a note, and the dashboard counting the new wait.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertExplains, casebook, dashboardCount, goTo, screenshot, settled, withApp } from './helpers.mjs';

test('log a request, read its dates, ask for identity, add a note, and see the dashboard count it', async () => {
  await withApp(async (browser) => {
    // The dashboard is the first screen.
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    const waitingBefore = await dashboardCount(browser, 'awaiting-identity');
    const overdue = await dashboardCount(browser, 'overdue');
    const listed = JSON.parse(casebook('--json', 'case', 'list', '--status', 'awaiting-identity'));
    assert.equal(waitingBefore, listed.length, 'the dashboard and the CLI disagree on cases awaiting identity');
    assert.ok(overdue >= 0);
    await screenshot(browser, 'dashboard');

    // "n" opens the new-case form from anywhere but a text field.
    await browser.$('h1').click();
    await browser.keys('n');
    await browser.$('h1=New case').waitForDisplayed({ timeout: 5000 });
    const received = await browser.$('#new-received');
    await browser.waitUntil(async () => /^\d{4}-\d{2}-\d{2}$/.test(await received.getValue()), {
      timeout: 5000,
      timeoutMsg: 'the received date did not default to today',
    });

    // A refusal is shown next to the form: no right ticked.
    await browser.$('#new-name').setValue('Mary Somerville');
    await browser.$('button=Log request').click();
    const refusal = await browser.$('[data-testid="new-case-error"]');
    await refusal.waitForDisplayed({ timeout: 5000 });
    assert.match(await refusal.getText(), /at least one right/);

    await browser.$('#new-emails').setValue('mary@example.org');
    await browser.$('input[type="checkbox"][value="access"]').click();
    await browser.$('input[type="checkbox"][value="rectification"]').click();
    await browser.$('#new-note').setValue('Asked by email for a copy of her data');
    await screenshot(browser, 'new-case');
    await browser.$('button=Log request').click();

    // The new case opens, with its due date and why.
    const title = await browser.$('h1#case-title');
    await browser.waitUntil(async () => /Mary Somerville/.test(await title.getText()), {
      timeout: 10000,
      timeoutMsg: 'the new case did not open',
    });
    const reference = (await title.getText()).match(/CB-\d{4}-\d{4}/)?.[0];
    assert.ok(reference, 'the case page names its reference');
    const shown = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.equal(shown.requester.name, 'Mary Somerville');
    assert.ok(shown.due, 'a UK GDPR case has a due date');

    const due = await browser.$('[data-testid="due-date"]').getText();
    const [y, m, d] = shown.due.split('-').map(Number);
    assert.match(due, new RegExp(`${y}`), `the due date shown (${due}) is not ${shown.due}`);
    assert.match(due, new RegExp(`\\b${d}\\b`), `the due date shown (${due}) is not ${shown.due}`);
    assert.ok(m >= 1 && m <= 12);
    const why = await browser.$('[data-testid="why"]').getText();
    assert.match(why, /Why this date/);
    await assertExplains(browser, shown.deadlines.steps);
    assert.equal(await browser.$('[data-testid="clock"]').getAttribute('data-clock'), 'running');
    assert.match(await browser.$('[data-testid="notes"]').getText(), /Asked by email for a copy/);
    await screenshot(browser, 'case-detail');

    // Ask for identity: under the UK GDPR the clock waits for the evidence.
    await browser.$('button[data-action="request-identity"]').click();
    await browser.$('#action-text').setValue('a recent utility bill');
    await browser.$('#action-form button[type="submit"]').click();
    await browser.waitUntil(
      async () => (await browser.$('[data-testid="clock"]').getAttribute('data-clock')) === 'waiting-for-identity',
      { timeout: 10000, timeoutMsg: 'the clock did not change to waiting for identity' },
    );
    assert.equal(await browser.$('[data-testid="status"]').getText(), 'Awaiting identity');
    assert.match(await browser.$('[data-testid="due-date"]').getText(), /No due date until the identity evidence arrives/);
    assert.ok(await browser.$('button[data-action="receive-identity"]').isDisplayed());

    // A note, at the bottom of the page.
    await browser.$('#note-text').setValue('Called her back: the bill is in the post');
    await browser.$('button=Add note').click();
    await browser.waitUntil(async () => /the bill is in the post/.test(await browser.$('[data-testid="notes"]').getText()), {
      timeout: 5000,
      timeoutMsg: 'the note did not appear',
    });

    // The timeline tells all of it.
    const timeline = browser.$('section[aria-labelledby="timeline-title"]');
    await browser.waitUntil(async () => /the bill is in the post/.test(await timeline.getText()), {
      timeout: 5000,
      timeoutMsg: 'the timeline did not show the note',
    });
    const told = await timeline.getText();
    assert.match(told, /Case logged/);
    assert.match(told, /Identity evidence requested/);
    assert.match(told, /Asked for: a recent utility bill/);
    await browser.$('h1#case-title').click();
    await settled(browser);
    await screenshot(browser, 'case-detail-waiting');

    const after = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.equal(after.status, 'awaiting-identity');
    assert.equal(after.notes.length, 2);

    // Back on the dashboard, one more case waits for identity.
    await goTo(browser, 'dashboard');
    await browser.waitUntil(async () => (await dashboardCount(browser, 'awaiting-identity')) === waitingBefore + 1, {
      timeout: 5000,
      timeoutMsg: 'the dashboard did not count the new wait for identity',
    });
    assert.equal(await dashboardCount(browser, 'overdue'), overdue);
  });
});

test('the case list opens a case with Enter and walks the list with j and k', async () => {
  await withApp(async (browser) => {
    await goTo(browser, 'cases');
    await browser.waitUntil(async () => (await browser.$$('tbody button.open')).length > 2, {
      timeout: 15000,
      timeoutMsg: 'the case list did not show the cases',
    });
    const refs = await browser.execute(() =>
      [...document.querySelectorAll('tbody tr[data-reference]')].map((r) => r.getAttribute('data-reference')),
    );
    await browser.$('h1').click();
    await browser.keys('j'); // focus the first row
    await browser.keys('j'); // then the second
    await browser.keys('Enter');
    const title = await browser.$('h1#case-title');
    await browser.waitUntil(async () => (await title.getText()).includes(refs[1]), {
      timeout: 10000,
      timeoutMsg: `Enter on the second row did not open ${refs[1]}`,
    });
    // The list is virtualised: the position counts the rows loaded, not the rows drawn.
    assert.match(await browser.$('[data-testid="position"]').getText(), /Case 2 of \d+/);

    await browser.keys('j');
    await browser.waitUntil(async () => (await title.getText()).includes(refs[2]), {
      timeout: 10000,
      timeoutMsg: 'j did not open the next case',
    });
    await browser.keys('k');
    await browser.waitUntil(async () => (await title.getText()).includes(refs[1]), {
      timeout: 10000,
      timeoutMsg: 'k did not open the previous case',
    });
    await browser.keys('Escape');
    await browser.$('h1=Cases').waitForDisplayed({ timeout: 5000 });
  });
});

test('settings show the organisation, the deadline policy and the holiday calendars', async () => {
  await withApp(async (browser) => {
    await goTo(browser, 'settings');
    await browser.$('h1=Settings').waitForDisplayed({ timeout: 5000 });
    assert.equal(await browser.$('#settings-org-name').getValue(), 'Example Ltd');

    await browser.$('#target-uk-gdpr').waitForDisplayed({ timeout: 10000 });
    await browser.$('#target-uk-gdpr').setValue('28');
    await browser.$('button=Save deadline policy').click();
    await browser.$('span*=Deadline policy saved').waitForDisplayed({ timeout: 10000 });
    assert.match(casebook('--json', 'settings', 'deadlines'), /"uk-gdpr": ?28/);

    const scotland = await browser.$('button[aria-label="Show holidays of Scotland"]');
    if (await scotland.isExisting()) {
      await scotland.click();
      await browser.$('[data-testid="holidays"] li').waitForDisplayed({ timeout: 5000 });
    }
    await browser.execute(() => document.querySelector('main')?.scrollTo(0, 0));
    await screenshot(browser, 'settings');
  });
});

test("the list shows each right's own date where a case's rights do not share one", async () => {
  // A CCPA opt-out of sale (15 business days) beside a deletion (45 days).
  const sam = casebook('case', 'new', '--requester-name', 'Sam Mixedrights', '--requester-email', 'sam@example.org',
    '--channel', 'email', '--received', '2026-11-20', '--right', 'opt-out-of-sale', '--right', 'erasure',
    '--regime', 'ccpa', '--location', 'US-CA');
  const each = JSON.parse(casebook('--json', 'case', 'show', sam)).right_status.map((r) => r.due);
  assert.equal(new Set(each).size, 2, `the two rights share a date: ${each}`);
  await withApp(async (browser) => {
    await goTo(browser, 'cases');
    await browser.$('#case-search').setValue('Mixedrights');
    const line = await browser.$(`[data-reference="${sam}"] [data-testid="rights-due"]`);
    await line.waitForExist({ timeout: 15000, timeoutMsg: "the row never showed each right's date" });
    // textContent: the cell is clipped with an ellipsis.
    const text = await browser.execute((el) => el.textContent, line);
    assert.match(text, /due .+; .*Erasure due /, text);
    await screenshot(browser, 'case-list-rights-due');
  });
});
