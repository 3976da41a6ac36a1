// An email comes in and is worked in the real app, on the register
// case-list.test.mjs left behind: import it (through the test hook, because
// WebDriver cannot drive the native file dialog), open the new case, read its
// due date and why, save its attachments from the Documents section, record
// an identity check, make a letter, and find the case by searching the list. Screenshots of each main screen on the way.
//
// The hook: run.sh starts the app with CASEBOOK_TEST_HOOKS=1, which lets the
// page call window.casebookTestImport([paths]); the same import then runs as
// for files picked in the dialog or dropped on the window. Without the
// variable the Rust command refuses.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { assertExplains, casebook, goTo, makeLetter, screenshot, settled, shownReferences, withApp } from './helpers.mjs';

// A small real PDF, attached as the requester's payslip.
const payslip = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n' +
    'trailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);
// HTML dressed up as a PDF: the app must not open it in a viewer.
const disguised = Buffer.from('<!DOCTYPE html><html><body><script>alert("x")</script></body></html>\n');

const b64 = (bytes) => bytes.toString('base64').replace(/.{1,76}/g, '$&\n');

const email = `From: Rosalind Franklin <rosalind.franklin@example.org>
To: privacy@example.org
Subject: Subject access request
Date: Mon, 23 Nov 2026 09:15:00 +0000
Message-ID: <sar-rosalind-e2e@example.org>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="sar-boundary"

--sar-boundary
Content-Type: text/plain; charset=utf-8

Dear Sir or Madam,

Under Article 15 of the UK GDPR I would like a copy of all the personal data
you hold about me, the purposes of the processing and who you have shared it with.
My latest payslip is attached so you can find my records.

Kind regards,
Rosalind Franklin

--sar-boundary
Content-Type: application/pdf; name="payslip.pdf"
Content-Disposition: attachment; filename="payslip.pdf"
Content-Transfer-Encoding: base64

${b64(payslip)}
--sar-boundary
Content-Type: application/pdf; name="invoice.pdf"
Content-Disposition: attachment; filename="invoice.pdf"
Content-Transfer-Encoding: base64

${b64(disguised)}
--sar-boundary--
`;

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('an email becomes a case: its dates, an identity check, a letter, and the search finds it', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-mail-'));
  const file = path.join(dir, 'request.eml');
  writeFileSync(file, email);

  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    await goTo(browser, 'import');
    await browser.$('h1=Import emails').waitForDisplayed({ timeout: 5000 });

    const hooked = await browser.executeAsync((paths, done) => {
      window.casebookTestImport(paths).then(
        () => done('ok'),
        (e) => done(String(e?.message ?? e)),
      );
    }, [file]);
    assert.equal(hooked, 'ok', `the test hook refused: ${hooked}`);

    const created = await browser.$('[data-testid="import-results"] tr[data-outcome="created"]');
    await created.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the import did not report a new case' });
    const row = await created.getText();
    assert.match(row, /request\.eml/);
    const reference = row.match(/CB-\d{4}-\d{4}/)?.[0];
    assert.ok(reference, `the result names the new case: ${row}`);
    assert.equal(await browser.$('[data-count="created"] dd').getText(), '1');
    await screenshot(browser, 'import');

    // The case page: its due date, and why, as the CLI computes them.
    await created.$('button').click();
    const title = await browser.$('h1#case-title');
    await browser.waitUntil(async () => (await title.getText()).includes('Rosalind Franklin'), {
      timeout: 10000,
      timeoutMsg: 'the imported case did not open',
    });
    const shown = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.equal(shown.rights[0], 'access', 'intake classified the request as access');
    const due = await browser.$('[data-testid="due-date"]').getText();
    const [y, , d] = shown.due.split('-').map(Number);
    assert.match(due, new RegExp(`\\b${d}\\b.*${y}|${y}.*\\b${d}\\b`), `the due date shown (${due}) is not ${shown.due}`);
    await assertExplains(browser, shown.deadlines.steps);
    const correspondence = await browser.$('[data-testid="correspondence"]').getText();
    assert.match(correspondence, /Subject access request/);

    // The Documents section: the original email and both attachments, each
    // by what its bytes are. Save as… writes the stored bytes unchanged.
    const documents = await browser.$('section[aria-labelledby="documents-title"]');
    await documents.scrollIntoView();
    const listed = await browser.$$('[data-testid="document"]');
    assert.equal(listed.length, 3, 'the email and its two attachments are listed');
    const docRow = async (sha) => browser.$(`[data-testid="document"][data-sha256="${sha}"]`);
    const pdfRow = await docRow(sha256(payslip));
    assert.equal(await pdfRow.getAttribute('data-kind'), 'pdf');
    assert.match(await pdfRow.getText(), /payslip\.pdf[\s\S]*Attachment[\s\S]*PDF/);
    assert.ok(await pdfRow.$('button=Open').isExisting(), 'a real PDF may be opened');
    const htmlRow = await docRow(sha256(disguised));
    assert.equal(await htmlRow.getAttribute('data-kind'), 'markup');
    assert.equal(await htmlRow.$('button=Open').isExisting(), false, 'HTML named .pdf gets no Open button');
    assert.match(await htmlRow.getText(), /declared as application\/pdf[\s\S]*Not opened: HTML can run scripts/);
    const emailRow = await browser.$('[data-testid="document"][data-kind="email"]');
    assert.match(await emailRow.getText(), /Original message/);
    const shownDocs = JSON.parse(casebook('--json', 'case', 'show', reference)).documents;
    for (const [bytes, name] of [[payslip, 'payslip.pdf'], [disguised, 'invoice.pdf']]) {
      const target = path.join(dir, `saved-${name}`);
      await browser.executeAsync((p, done) => {
        window.casebookTestPick(p).then(() => done('ok'), (e) => done(String(e?.message ?? e)));
      }, target);
      await (await docRow(sha256(bytes))).$('button=Save as…').click();
      await browser.waitUntil(async () => (await browser.$('[data-testid="document-status"]').getText().catch(() => '')).includes(target), {
        timeout: 10000,
        timeoutMsg: `${name} was not saved to ${target}`,
      });
      assert.ok(existsSync(target));
      assert.equal(sha256(readFileSync(target)), sha256(bytes), `${name} saved byte for byte`);
      assert.ok(shownDocs.some((d) => d.sha256 === sha256(bytes)), `the CLI lists ${name} with the same hash`);
    }
    await screenshot(browser, 'case-documents');

    // An identity check with the suggested method.
    await browser.$('button[data-action="check-identity"]').click();
    const suggested = await browser.$('#action-form [data-testid="suggested-method"]').getText();
    const suggestion = casebook('identity', 'suggest', reference);
    assert.ok(suggested.length > 0 && /Suggested check/.test(suggested), suggested);
    assert.match(suggestion, /Suggested:/);
    await browser.$('#action-compared').setValue('sender address vs. the email on the customer account');
    await browser.$('#action-text').setValue('the request came from the address we hold');
    await screenshot(browser, 'identity-check');
    await browser.$('#action-form button[type="submit"]').click();
    await browser.waitUntil(async () => (await browser.$('[data-testid="status"]').getText()) === 'In progress', {
      timeout: 10000,
      timeoutMsg: 'the identity check was not recorded',
    });
    const checked = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.equal(checked.status, 'in-progress');
    assert.ok(
      checked.timeline.some((e) => e.item?.kind === 'identity-checked' || JSON.stringify(e).includes('identity-checked')),
      'the CLI sees the identity check',
    );

    // A letter: a draft to review (not yet correspondence), then marked as sent.
    await makeLetter(browser, 'acknowledgement');
    const made = await browser.$('[data-testid="letter-made"]');
    await made.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the letter was not made' });
    const hash = (await made.getText()).match(/[0-9a-f]{64}/)?.[0];
    assert.ok(hash, 'the letter shows its SHA-256');
    const drafted = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.ok(
      drafted.drafts.some((d) => d.state === 'draft' && d.sha256 === hash),
      'the CLI sees the draft with the same hash',
    );
    assert.ok(!drafted.correspondence.some((m) => m.sha256 === hash), 'a draft is not correspondence');
    const draft = await browser.$('[data-testid="letter-draft"]');
    await draft.waitForDisplayed({ timeout: 10000, timeoutMsg: 'the draft is not offered for sending' });
    await draft.$('button=Mark as sent').click();
    await browser.waitUntil(async () => (await browser.$('[data-testid="correspondence"]').getText()).includes(hash), {
      timeout: 10000,
      timeoutMsg: 'the letter sent did not appear in the correspondence',
    });
    const after = JSON.parse(casebook('--json', 'case', 'show', reference));
    assert.ok(
      after.correspondence.some((m) => m.direction === 'out' && m.sha256 === hash),
      'the CLI sees the letter sent with the same hash',
    );
    await made.$('button=Show text').click();
    await browser.$('#letter-text').waitForDisplayed({ timeout: 5000 });
    assert.match(await browser.$('#letter-text').getText(), /Rosalind Franklin/);
    await screenshot(browser, 'letter');
    await browser.execute(() => document.querySelector('main')?.scrollTo(0, 0));
    await screenshot(browser, 'case-detail-imported');

    // The list finds it as you type.
    await goTo(browser, 'cases');
    await browser.$('#case-search').setValue('Rosalind');
    await browser.waitUntil(
      async () => {
        const refs = await shownReferences(browser);
        return refs.length === 1 && refs[0] === reference;
      },
      { timeout: 10000, timeoutMsg: 'searching "Rosalind" did not find the imported case alone' },
    );
    await settled(browser);
    await screenshot(browser, 'case-list-found');

    await goTo(browser, 'dashboard');
    await browser.$('[data-testid="next-actions"]').waitForDisplayed({ timeout: 20000 });
    await browser.$('[data-testid="per-month-chart"]').scrollIntoView({ block: 'center' });
    await screenshot(browser, 'dashboard-charts');
  });
});

test('the import hook is refused for paths that are not emails, by file', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebook-e2e-mail-'));
  const file = path.join(dir, 'notes.txt');
  writeFileSync(file, 'just some notes, not an email\n');
  await withApp(async (browser) => {
    await browser.$('h1=Dashboard').waitForDisplayed({ timeout: 15000 });
    await browser.execute((paths) => window.casebookTestImport(paths), [file]);
    // The window brings up the import screen by itself when an import starts.
    const failed = await browser.$('[data-testid="import-results"] tr[data-outcome="failed"]');
    await failed.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the failure was not listed' });
    const text = await failed.getText();
    assert.match(text, /notes\.txt/);
    assert.match(text, /not an email/);
  });
});
