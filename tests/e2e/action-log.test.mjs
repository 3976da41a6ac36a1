// The action log on a case's page, in the real app: on the demo register, an
// open erasure request gets "erased" recorded in a system of the register,
// which the CLI's action log then shows. The register the earlier tests left
// behind is moved aside meanwhile and put back afterwards.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casebook, goTo, loadDemoFromWelcome, registerAside, screenshot, withApp } from './helpers.mjs';

registerAside('log');

test('an erasure recorded in a system from the case page is in the CLI’s action log', async () => {
  await withApp(async (browser) => {
    await loadDemoFromWelcome(browser);

    const open = JSON.parse(casebook('--json', 'case', 'list')).find(
      (c) => c.rights.includes('erasure') && c.status !== 'closed',
    );
    assert.ok(open, 'the demo has an open erasure request');
    await goTo(browser, 'cases');
    await browser.$('#case-search').setValue(open.reference);
    const row = await browser.$(`tbody tr[data-reference="${open.reference}"] button.open`);
    await row.waitForClickable({ timeout: 10000 });
    await row.click();
    // The suite's first case page, on a cold WebKit: give it longer.
    await browser.$('h1#case-title').waitForDisplayed({ timeout: 30000 });

    const form = await browser.$('form[aria-labelledby="record-action-title"]');
    await form.waitForDisplayed({ timeout: 10000 });
    await form.scrollIntoView({ block: 'center' });
    await browser.$('#log-right').selectByAttribute('value', 'erasure');
    await browser.$('#log-did').selectByAttribute('value', 'erased');
    const system = await browser.$('#log-system').getValue();
    await form.$('button=Record').click();
    const table = await browser.$('[data-testid="actions-done"]');
    await table.waitForDisplayed({ timeout: 10000 });
    assert.match(await table.getText(), /Erased/);
    await table.scrollIntoView({ block: 'start' });
    await screenshot(browser, 'case-action-log');

    const log = JSON.parse(casebook('--json', 'case', 'action-log', open.reference));
    assert.ok(
      log.actions.some((a) => a.system === system && a.did === 'erased' && a.right === 'erasure'),
      `the CLI's action log lacks the erasure in ${system}: ${JSON.stringify(log)}`,
    );
  });
});
