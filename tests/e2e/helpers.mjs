// Shared by the end-to-end tests: the CLI, app sessions and screenshots.
// run.sh sets the environment these read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import path from 'node:path';
import { remote } from 'webdriverio';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through tests/e2e/run.sh`);
  return value;
};

/** Runs the `casebook` CLI on the test register and returns its standard output. */
export function casebook(...args) {
  return execFileSync(env('CASEBOOK_CLI'), ['--db', env('CASEBOOK_DB'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Starts the app (it opens $CASEBOOK_DB), with `args` on its command line,
 * and returns a WebDriver session on its window. */
export async function startApp({ args = [] } = {}) {
  return remote({
    hostname: '127.0.0.1',
    port: Number(env('E2E_PORT')),
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      'tauri:options': { application: env('CASEBOOK_APP'), args },
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
    },
  });
}

/** Runs `steps` against a fresh start of the app, and always closes it afterwards. */
export async function withApp(steps, options) {
  const browser = await startApp(options);
  try {
    await steps(browser);
  } finally {
    await browser.deleteSession().catch(() => {});
  }
}

/** Waits until the page has painted its latest DOM changes. */
export async function settled(browser) {
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/** Saves a screenshot of the window as artifacts/<name>.png (<name>-dark.png
 * under GTK_THEME=…:dark), once painting has settled. */
export async function screenshot(browser, name) {
  await settled(browser);
  const theme = /:dark$/i.test(process.env.GTK_THEME ?? '') ? '-dark' : '';
  const file = path.join(env('E2E_ARTIFACTS'), `${name}${theme}.png`);
  await browser.saveScreenshot(file);
  return file;
}

/** The references of the rows the case list shows, in order. */
export async function shownReferences(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll('tbody tr[data-reference]')].map((row) => row.getAttribute('data-reference')),
  );
}

/** Goes to a main screen through the sidebar: 'dashboard', 'cases', 'new', 'import' or 'settings'. */
export async function goTo(browser, section) {
  const button = await browser.$(`nav [data-nav="${section}"]`);
  await button.waitForClickable({ timeout: 15000 });
  await button.click();
  await browser.waitUntil(async () => (await button.getAttribute('aria-current')) === 'page', {
    timeout: 5000,
    timeoutMsg: `the ${section} screen did not open`,
  });
}

/** On a case page: asks its Letters section for a letter of `kind` (once the
 * kinds have loaded); returns the section, where the letter or its refusal shows. */
export async function makeLetter(browser, kind) {
  const letters = await browser.$('section[aria-labelledby="letters-title"]');
  await letters.scrollIntoView();
  await browser.waitUntil(async () => (await browser.$('#letter-kind').getValue()) !== '', {
    timeout: 10000,
    timeoutMsg: 'the letter kinds did not load',
  });
  await browser.$('#letter-kind').selectByAttribute('value', kind);
  await letters.$('button=Make letter').click();
  return letters;
}

/** The number on one of the dashboard's tiles ('overdue', 'due-soon', 'awaiting-identity'…). */
export async function dashboardCount(browser, tile) {
  const el = await browser.$(`[data-testid="count-${tile}"] .number`);
  await el.waitForDisplayed({ timeout: 15000 });
  return Number(await el.getText());
}

/** For a test file that starts from a new register: moves the register the
 * earlier files left (with its -wal and -shm) aside before its tests, and after
 * them runs `cleanUp`, removes what they made and puts the register back. */
export function registerAside(tag, cleanUp = () => {}) {
  const db = env('CASEBOOK_DB');
  const files = [db, `${db}-wal`, `${db}-shm`];
  before(() => {
    for (const f of files) if (existsSync(f)) renameSync(f, `${f}.${tag}-aside`);
  });
  after(() => {
    cleanUp();
    for (const f of files) rmSync(f, { force: true });
    for (const f of files) if (existsSync(`${f}.${tag}-aside`)) renameSync(`${f}.${tag}-aside`, f);
  });
}

/** On a new register: the welcome creates it unencrypted and loads the demo organisation; waits for the dashboard. */
export async function loadDemoFromWelcome(browser) {
  await browser.$('h1=Welcome to Casebook').waitForDisplayed({ timeout: 15000 });
  await browser.$('button=Continue without encryption…').click();
  await browser.$('button=Create an unencrypted register').click();
  const load = await browser.$('button=Load the demo organisation to explore');
  await load.waitForClickable({ timeout: 15000 });
  await load.click();
  await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 60000 });
}

/**
 * "Why this date" explains the engine's steps (`case show --json`'s
 * `deadlines.steps`, the CLI's English): one line a step, each naming the
 * dates of its step (day and year; the app words the dates in its locale).
 */
export async function assertExplains(browser, steps) {
  const why = await browser.$('[data-testid="why"]');
  await why.waitForDisplayed({ timeout: 10000 });
  const lines = [];
  for (const li of await why.$$('li')) lines.push(await li.getText());
  assert.equal(lines.length, steps.length, `one line a step:\n${lines.join('\n')}\nvs\n${steps.join('\n')}`);
  for (const [i, step] of steps.entries()) {
    for (const [, y, , d] of step.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
      const day = String(Number(d));
      assert.ok(
        lines[i].includes(y) && new RegExp(`\\b${day}\\b`).test(lines[i]),
        `the line "${lines[i]}" does not name the date of "${step}"`,
      );
    }
  }
  return lines;
}
