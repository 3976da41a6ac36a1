// The case list of the real app, on a register the CLI fills.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { casebook, screenshot, settled, shownReferences, startApp } from './helpers.mjs';

let browser;
after(async () => {
  await browser?.deleteSession().catch(() => {});
});

test('an empty register explains how to create a case', async () => {
  browser = await startApp();
  const empty = await browser.$('[data-testid="empty"]');
  await empty.waitForDisplayed({ timeout: 15000 });
  assert.match(await empty.getText(), /No cases yet/);
  assert.match(await empty.getText(), /casebook --db ".*casebook\.db" case new/);
  await screenshot(browser, 'case-list-empty');
  await browser.deleteSession();
  browser = undefined;
});

test('the list shows the cases the CLI created and filters as you type', async () => {
  const common = ['--channel', 'email', '--right', 'access'];
  casebook('case', 'new', '--requester-name', 'Ada Lovelace', '--requester-email', 'ada@example.org',
    '--received', '2026-11-02', '--regime', 'uk-gdpr', '--location', 'GB-ENG', ...common);
  casebook('case', 'new', '--requester-name', 'Grace Hopper', '--requester-email', 'grace@example.org',
    '--received', '2026-11-20', '--right', 'erasure', '--regime', 'eu-gdpr', '--location', 'DE-BY', ...common);

  browser = await startApp();
  await browser.waitUntil(async () => (await shownReferences(browser)).length === 2, {
    timeout: 15000,
    timeoutMsg: 'the case list never showed two rows',
  });
  const text = await browser.$('table').getText();
  assert.match(text, /Ada Lovelace/);
  assert.match(text, /Grace Hopper/);
  await screenshot(browser, 'case-list');

  const search = await browser.$('#case-search');
  await search.setValue('Ada');
  await browser.waitUntil(async () => (await shownReferences(browser)).length === 1, {
    timeout: 5000,
    timeoutMsg: 'typing "Ada" did not narrow the list to one row',
  });
  await settled(browser);
  assert.match(await browser.$('tbody').getText(), /Ada Lovelace/);
  assert.doesNotMatch(await browser.$('tbody').getText(), /Grace Hopper/);
  await screenshot(browser, 'case-list-search');

  await search.setValue('nobody-by-this-name');
  await browser.$('[data-testid="no-match"]').waitForDisplayed({ timeout: 5000 });
});
