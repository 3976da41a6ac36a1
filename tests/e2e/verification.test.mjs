// A CCPA acknowledgement in the real app: 11 CCR §7021(a) has it describe in
// general how the business verifies the consumer. On a new register of a
// Californian business whose profile says nothing of it, the case page
// refuses the letter and says where to record it; recorded in Settings →
// Organisation (in English, the letter's language), the letter is made, and
// the CLI reads the same profile. The
// register the earlier tests left behind is moved aside meanwhile.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { casebook, goTo, makeLetter, registerAside, screenshot, withApp } from './helpers.mjs';

registerAside('ccpa');

test('a CCPA acknowledgement is refused until Settings records how requesters are verified, then made', async () => {
  casebook('init', '--no-passphrase', '--name', 'Golden Gate Goods Inc', '--dpo-email', 'privacy@ggg.example',
    '--regime', 'ccpa', '--location', 'US-CA', '--time-zone', 'America/Los_Angeles');
  const reference = casebook('case', 'new', '--requester-name', 'Carla Díaz', '--requester-email', 'carla@example.org',
    '--channel', 'email', '--received', '2026-11-30', '--right', 'access').trim();
  assert.match(reference, /^CB-\d{4}-\d{4}$/);

  const openCase = async (browser) => {
    await goTo(browser, 'cases');
    await browser.$('#case-search').setValue(reference);
    const row = await browser.$(`tbody tr[data-reference="${reference}"] button.open`);
    await row.waitForClickable({ timeout: 15000 });
    await row.click();
    await browser.$('h1#case-title').waitForDisplayed({ timeout: 30000 });
    return makeLetter(browser, 'acknowledgement');
  };

  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    await openCase(browser);
    const refused = await browser.$('[data-testid="letter-error"]');
    await refused.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the letter was not refused' });
    assert.match(
      await refused.getText(),
      /must describe in general how you verify a requester \(11 CCR §7021\(a\)\).*Settings → Organisation/,
    );
    await refused.scrollIntoView({ block: 'center' });
    await screenshot(browser, 'letter-needs-verification');
    assert.equal(JSON.parse(casebook('--json', 'case', 'show', reference)).drafts.length, 0, 'nothing was drafted');

    await goTo(browser, 'settings');
    const words = 'We match your email address and last order number with your account';
    const field = await browser.$('#settings-org-verification');
    await field.scrollIntoView({ block: 'center' });
    await field.setValue(words);
    await screenshot(browser, 'settings-verification');
    await browser.$('section[aria-labelledby="settings-org-title"]').$('button=Save organisation').click();
    await browser.$('section[aria-labelledby="settings-org-title"] [role="status"]').waitForDisplayed({ timeout: 10000 });

    await openCase(browser);
    const made = await browser.$('[data-testid="letter-made"]');
    await made.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the letter was not made' });
    const shown = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.equal(shown.drafts.length, 1, 'the acknowledgement is drafted');
    const profile = JSON.parse(casebook('--json', 'init'));
    assert.deepEqual(profile.organisation.verification_process, { en: words });
  });
});
