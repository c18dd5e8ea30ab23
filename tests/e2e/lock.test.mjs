// The privacy lock end to end: nothing readable in storage while locked, the locked screen
// shows nothing about the patient, wrong passphrases wait longer, locking by itself, turning
// the lock off, and encrypted backups (wrong passphrase, edited or cut-off files change nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, phone, ready } from './harness.mjs';

const env = suite();
const here = path.dirname(fileURLToPath(import.meta.url));
/** A stored data set with every kind of record (the schema fixture). */
const FIXTURE = JSON.parse(fs.readFileSync(path.join(here, '../fixtures/schema-1.json'), 'utf8'));
const PASS = 'blue kettle sings';
/** Words from the fixture that must never be readable in storage while locked. */
const SECRETS = ['Colours were bright', 'Riverside Clinic', 'Headache easing', 'Felt floaty'];

async function seed(page, data = FIXTURE) {
  await page.goto(env.server.url('/privacy'));
  await ready(page);
  await page.evaluate((d) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, JSON.stringify(v));
  }, data);
}

async function storageText(page) {
  return page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`).join('\n'));
}

async function turnOn(page) {
  await page.goto(env.server.url('/settings/lock'));
  await ready(page);
  await page.getByLabel('New passphrase (at least 8 characters)').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.locator('main').getByText('The lock is on. Your notes are stored encrypted.').waitFor({ timeout: 20000 });
}

async function unlock(page, pass = PASS) {
  await page.getByLabel('Passphrase', { exact: true }).fill(pass);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('with the lock on, storage holds no readable record and the locked screen shows nothing personal', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await seed(page);
  // Bad input first: too short, then two different passphrases; nothing changes.
  await page.goto(env.server.url('/settings/lock'));
  await ready(page);
  await page.getByLabel('New passphrase (at least 8 characters)').fill('short');
  await page.getByLabel('Type it again').fill('short');
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.locator('main').getByText('The passphrase needs at least 8 characters.').waitFor();
  await page.getByLabel('New passphrase (at least 8 characters)').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS + 'x');
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.locator('main').getByText('The two passphrases are not the same.').waitFor();
  assert.match(await storageText(page), /Colours were bright/, 'still stored as before');
  assert.ok(await page.locator('main').getByText(/only way back in is to delete all data/).isVisible(), 'the no-recovery warning is shown');

  await turnOn(page);
  const stored = await storageText(page);
  for (const s of SECRETS) assert.ok(!stored.includes(s), `"${s}" is not readable in storage`);
  assert.ok(!/sc\.v1\./.test(stored), 'no readable record keys left');
  const envelope = JSON.parse(await page.evaluate(() => localStorage.getItem('sc.lock')));
  assert.equal(envelope.encrypted, 1);
  assert.equal(envelope.iterations, 600000);
  assert.equal(Buffer.from(envelope.salt, 'base64url').length, 16);
  assert.equal(Buffer.from(envelope.iv, 'base64url').length, 12);

  // Still unlocked in this tab (a page load would lock, so move within the app): the data
  // shows, and a save re-encrypts with a new IV.
  await page.getByRole('link', { name: 'Data & settings' }).click();
  await page.locator('main h1').filter({ hasText: 'Settings' }).waitFor();
  assert.equal(await page.getByLabel('Clinic name').inputValue(), 'Riverside Clinic');
  await page.getByLabel('Clinic name').fill('Harbour Lights Clinic');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
  await page.waitForFunction((iv) => JSON.parse(localStorage.getItem('sc.lock')).iv !== iv, envelope.iv);
  assert.ok(!(await storageText(page)).includes('Harbour Lights'), 'the new entry is encrypted too');

  // A reload opens on the locked screen: a neutral name, the field, help and the guide.
  await page.reload();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
  assert.equal(await page.locator('main h1').innerText(), 'Companion');
  assert.equal(await page.title(), 'Companion');
  const body = await page.locator('body').innerText();
  for (const s of [...SECRETS, 'Harbour Lights']) assert.ok(!body.includes(s), `"${s}" not on the locked screen`);
  assert.equal(await page.locator('nav.bottom-nav').count(), 0, 'no navigation into records');
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('link', { name: /988/ }).first().waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Guide for a support person' }).click();
  await page.locator('main h1').filter({ hasNotText: 'Companion' }).waitFor();
  await page.goto(env.server.url('/journal'));
  await page.getByLabel('Passphrase', { exact: true }).waitFor();

  // Wrong passphrases: a plain message, then a wait; what was typed stays in the field.
  await unlock(page, 'wrong passphrase');
  await page.locator('main').getByText('That passphrase did not open your notes.').waitFor({ timeout: 20000 });
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).inputValue(), 'wrong passphrase');
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('button', { name: 'Unlock' }).waitFor({ state: 'visible' });
    await page.waitForFunction(() => !document.body.innerText.includes('Opening…'));
  }
  await page.locator('main').getByText(/Too many tries\. You can try again in \d+ seconds\./).waitFor({ timeout: 20000 });
  assert.ok(await page.getByRole('button', { name: 'Unlock' }).isDisabled(), 'waiting: cannot try');
  // The wait survives a reload.
  await page.reload();
  await page.locator('main').getByText(/Too many tries/).waitFor();
  await page.getByRole('button', { name: 'Unlock' }).isEnabled();
  await page.waitForFunction(() => !document.querySelector('button[type=submit]').disabled, null, { timeout: 15000 });
  await unlock(page);
  await page.locator('main h1').filter({ hasText: 'Journal' }).waitFor({ timeout: 20000 });
  assert.ok((await page.locator('main').innerText()).includes('Colours were bright'), 'the data is back');

  // Lock now, from the top bar.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await page.getByLabel('Passphrase', { exact: true }).waitFor();
  assert.ok(!(await page.locator('body').innerText()).includes('Colours were bright'));

  // Turning the lock off needs the passphrase, then everything is readable again.
  await unlock(page);
  await page.locator('main h1').filter({ hasText: 'Journal' }).waitFor({ timeout: 20000 });
  await page.goto(env.server.url('/settings/lock'));
  await unlock(page);
  await page.locator('main h1').filter({ hasText: 'Privacy lock' }).waitFor({ timeout: 20000 });
  await page.getByLabel('Your passphrase').fill('not it at all');
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.locator('main').getByText('That passphrase did not open your notes.').waitFor({ timeout: 20000 });
  assert.ok(await page.evaluate(() => !!localStorage.getItem('sc.lock')), 'still locked after a wrong passphrase');
  await page.getByLabel('Your passphrase').fill(PASS);
  await page.getByRole('button', { name: 'Turn the lock off' }).click();
  await page.locator('main').getByText('The lock is off.').first().waitFor({ timeout: 20000 });
  const after = await storageText(page);
  assert.ok(after.includes('Colours were bright') && after.includes('Harbour Lights'), 'readable again, nothing lost');
  assert.ok(!after.includes('sc.lock'), 'no lock keys left');
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).count(), 0, 'opens without a passphrase');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when storage refuses the encrypted copy, the lock stays off and nothing changes', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await seed(page);
  const before = await storageText(page);
  await page.goto(env.server.url('/settings/lock'));
  await ready(page);
  // A full phone: the one write that would turn the lock on is refused.
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === 'sc.lock') throw new DOMException('full', 'QuotaExceededError');
      return set.call(this, k, v);
    };
  });
  await page.getByLabel('New passphrase (at least 8 characters)').fill(PASS);
  await page.getByLabel('Type it again').fill(PASS);
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.locator('main').getByText(/could not be turned on, so your notes are stored as before.*storage for the app is full/).waitFor({ timeout: 20000 });
  assert.equal(await storageText(page), before, 'storage exactly as it was');
  assert.ok(await page.locator('main').getByText('The lock is off.').isVisible());
  await context.close();
});

test('the lock locks by itself in the background and after idle time', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await seed(page);
  await turnOn(page);
  // Background: the page is hidden (another app in front).
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.getByLabel('Passphrase', { exact: true }).waitFor({ state: 'attached' });
  // Back in front: the browser says so (the screen was covered while hidden).
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await unlock(page);
  await page.locator('main h1').filter({ hasText: 'Privacy lock' }).waitFor({ timeout: 20000 });
  // The phone's file picker covers the app while a backup is chosen: that does not lock it.
  await page.evaluate(() => history.pushState(null, '', '/settings/data'));
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
  await page.locator('main h1').filter({ hasText: 'Your data' }).waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('label[for="d-import"]').click(),
  ]);
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(500);
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).count(), 0, 'not locked by the file picker');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  assert.ok(chooser);
  await page.evaluate(() => history.pushState(null, '', '/settings/lock'));
  await page.evaluate(() => window.dispatchEvent(new PopStateEvent('popstate')));
  await page.locator('main h1').filter({ hasText: 'Privacy lock' }).waitFor();
  // Idle: choose 1 minute and turn background locking off; nothing happens before a minute.
  await page.getByLabel('Lock after this long without use').selectOption('1');
  await page.getByLabel('Lock when I switch to another app').uncheck();
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  // Move the app's clock on (it checks every 5 s): 40 s idle is not enough, 70 s is.
  const skip = (ms) => page.evaluate((ms) => {
    const real = Date.now.bind(Date);
    Date.now = () => real() + ms;
  }, ms);
  await skip(40_000);
  await page.waitForTimeout(6_000);
  assert.equal(await page.getByLabel('Passphrase', { exact: true }).count(), 0, 'not locked yet');
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { value: false, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await skip(30_000);
  await page.getByLabel('Passphrase', { exact: true }).waitFor({ timeout: 10_000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('an encrypted backup needs its passphrase; a changed or cut-off file imports nothing', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await seed(page);
  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  await page.getByLabel('Protect the backup with a passphrase').check();
  await page.getByLabel('Backup passphrase (at least 8 characters)').fill('paper boat');
  await page.getByLabel('Type it again').fill('paper boats');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await page.locator('main').getByText('The two passphrases are not the same.').waitFor();
  await page.getByLabel('Type it again').fill('paper boat');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 20000 }),
    page.getByRole('button', { name: 'Download a backup' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^companion-backup-\d{4}-\d{2}-\d{2}\.json$/, 'neutral name');
  const file = path.join(os.tmpdir(), `sc-sealed-${process.pid}.json`);
  await download.saveAs(file);
  const text = fs.readFileSync(file, 'utf8');
  for (const s of SECRETS) assert.ok(!text.includes(s), `"${s}" is not readable in the file`);
  const sealed = JSON.parse(text);
  assert.equal(sealed.purpose, 'backup');

  const choose = page.getByLabel('Choose a backup file');
  // Cut off: refused as damaged.
  const cut = path.join(os.tmpdir(), `sc-cut-${process.pid}.json`);
  fs.writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
  await choose.setInputFiles(cut);
  await page.locator('main').getByText('This protected backup is damaged or incomplete').waitFor();
  // Edited: one character of the ciphertext changed; AES-GCM refuses it.
  const edited = path.join(os.tmpdir(), `sc-edited-${process.pid}.json`);
  const flip = sealed.data[40] === 'A' ? 'B' : 'A';
  fs.writeFileSync(edited, JSON.stringify({ ...sealed, data: sealed.data.slice(0, 40) + flip + sealed.data.slice(41) }));
  await choose.setInputFiles(edited);
  await page.getByLabel('Passphrase', { exact: true }).fill('paper boat');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.locator('main').getByText('That passphrase did not open the backup, or the file was changed').waitFor({ timeout: 20000 });
  // The real file with a wrong passphrase, then the right one.
  await choose.setInputFiles(file);
  await page.getByLabel('Passphrase', { exact: true }).fill('paper plane');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.locator('main').getByText('That passphrase did not open the backup').waitFor({ timeout: 20000 });
  const before = await storageText(page);
  assert.ok(before.includes('Riverside Clinic'), 'nothing changed by the failed tries');
  await page.getByLabel('Passphrase', { exact: true }).fill('paper boat');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.getByRole('button', { name: 'Replace what is here' }).click({ timeout: 20000 });
  await page.locator('main').getByText('Backup restored.').waitFor();
  assert.ok((await storageText(page)).includes('Colours were bright'));
  for (const f of [file, cut, edited]) fs.rmSync(f, { force: true });
  assert.deepEqual(errors, []);
  await context.close();
});

/** Text a hostile clinic name or note could carry. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1"></svg>',
  "javascript:window.__xss=1",
  '{{7*7}} ${7*7} <b>bold</b>',
];
/** Every free-text field of the stored records. */
const FREE_TEXT = new Set(['clinic_name', 'clinic_note', 'clinic_phone', 'emergency_number', 'other_history', 'concerns',
  'questions', 'name', 'dose', 'when', 'notes', 'taken_home_by', 'word', 'text', 'place', 'support_name', 'support_phone',
  'extra_checklist_items']);

function poison(value, key, n = { i: 0 }) {
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'string' && FREE_TEXT.has(key) ? PAYLOADS[n.i++ % PAYLOADS.length] : poison(v, key, n)));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, n)]));
  }
  if (typeof value === 'string' && FREE_TEXT.has(key)) return PAYLOADS[n.i++ % PAYLOADS.length];
  return value;
}

test('script and HTML typed into any field shows as text on every screen and in print', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  const data = poison(FIXTURE);
  assert.ok(JSON.stringify(data).includes('onerror'), 'payloads placed');
  await seed(page, data);
  const sessions = data['sc.v1.sessions'].records.map((r) => r.id);
  const routes = ['/', '/prepare', '/prepare/assessment', '/session', '/journal', '/mood', '/plan', '/support',
    '/support/hand-over', '/support/card', '/settings', '/settings/data', '/summary', '/privacy', '/journey',
    ...sessions.map((id) => `/session/${id}`), ...sessions.map((id) => `/check-in/${id}`)];
  let shownAsText = 0;
  for (const route of routes) {
    for (const media of ['screen', 'print']) {
      await page.emulateMedia({ media });
      await page.goto(env.server.url(route));
      await ready(page);
      const injected = await page.evaluate(() => ({
        ran: window.__xss,
        elements: document.querySelectorAll('main img[src="x"], main script, main svg[onload], main b, main [onerror]').length,
        text: document.body.innerText,
      }));
      assert.equal(injected.ran, undefined, `${route} (${media}): no payload ran`);
      assert.equal(injected.elements, 0, `${route} (${media}): no payload became an element`);
      if (injected.text.includes('<img src=x') || injected.text.includes('<script>')) shownAsText++;
    }
  }
  assert.ok(shownAsText >= 6, `payloads were shown as plain text (${shownAsText} screens)`);
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, [], 'no script errors and no blocked inline code');
  await context.close();
});
