// First start with the demo: on a new (plain) register the welcome offers the
// demo organisation; loading it sets up the profile, the register of
// processing and the demo cases, which the CLI then lists. The register the
// earlier tests left behind is moved aside meanwhile and put back afterwards.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { casebook, registerAside, screenshot, withApp } from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const demoCases = JSON.parse(readFileSync(path.join(here, '../../assets/demo/cases.json'), 'utf8'));
registerAside('demo');

test('the welcome loads the demo organisation into a new register', async () => {
  await withApp(async (browser) => {
    await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 15000 });
    await browser.$('button=Continue without encryption…').click();
    await browser.$('button=Create an unencrypted register').click();
    const load = await browser.$('button=Load the demo organisation to explore');
    await load.waitForClickable({ timeout: 15000 });
    await load.scrollIntoView({ block: 'center' });
    await screenshot(browser, 'welcome-demo');
    await load.click();
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 60000 });
    assert.equal(await browser.$('[data-testid="org-name"]').getText(), 'Larkspur Software Ltd');
  });
  assert.equal(JSON.parse(casebook('--json', 'processing', 'list')).length, 7);
  assert.equal(JSON.parse(casebook('--json', 'case', 'list')).length, demoCases.length, 'the demo cases are not all in the register');
});
