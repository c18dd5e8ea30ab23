// Local data end to end: settings survive a reload, a backup downloads, deleting everything
// clears the phone, and restoring the backup brings it all back; bad files change nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

async function saveClinic(page, name, phoneNumber) {
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic name').fill(name);
  await page.getByLabel('Clinic phone').fill(phoneNumber);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
}

test('backup, delete everything, restore: the clinic comes back', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await saveClinic(page, 'Riverside Clinic', '555 010 0199');
  await page.reload();
  await ready(page);
  assert.equal(await page.getByLabel('Clinic name').inputValue(), 'Riverside Clinic', 'kept after reload');

  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup' }).click()]);
  assert.match(download.suggestedFilename(), /^companion-backup-\d{4}-\d{2}-\d{2}\.json$/, 'neutral file name');
  const file = path.join(os.tmpdir(), `sc-backup-${process.pid}.json`);
  await download.saveAs(file);
  const backup = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(backup.app, 'session-companion');

  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.locator('main').getByText('All data was deleted from this phone.').waitFor();
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.getByLabel('Clinic name').inputValue(), '', 'deleted');

  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.locator('main').getByText('Backup restored.').waitFor();
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.getByLabel('Clinic name').inputValue(), 'Riverside Clinic', 'restored');
  // The crisis panel now offers the clinic.
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('link', { name: /Call Riverside Clinic/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file that is not a backup is refused in plain words and changes nothing', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await saveClinic(page, 'Keep Me Clinic', '555 010 0100');
  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  let n = 0;
  for (const [content, message] of [
    ['hello', 'not a backup from this app, or it is damaged'],
    ['{"app":"other-app","schema":1}', 'comes from another app'],
    ['{"app":"session-companion","schema":99,"records":{}}', 'made by a newer version'],
  ]) {
    // A new name each time: picking the same file again fires no change event.
    const bad = path.join(os.tmpdir(), `sc-not-backup-${process.pid}-${n++}.json`);
    fs.writeFileSync(bad, content);
    await page.getByLabel('Choose a backup file').setInputFiles(bad);
    await page.locator('main').getByText(message, { exact: false }).waitFor();
  }
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.getByLabel('Clinic name').inputValue(), 'Keep Me Clinic');
  await context.close();
});

test('settings show a clear message on a bad phone number and keep what was typed', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic phone').fill('call me maybe');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('This does not look like a phone number', { exact: false }).waitFor();
  assert.equal(await page.getByLabel('Clinic phone').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Clinic phone').inputValue(), 'call me maybe');
  await context.close();
});

test('unreadable saved data is kept aside with a banner, and the app still opens', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await page.evaluate(() => {
    localStorage.setItem('sc.meta', '{"schema":1,"app":"session-companion"}');
    localStorage.setItem('sc.v1.moods', '{"schema":1,"app":"session-companion","records":[{"id":"trunc');
  });
  await page.reload();
  await ready(page);
  await page.getByText('Some saved data could not be read').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sc.quarantine.')).length);
  assert.equal(kept, 1);
  await context.close();
});

test('data written by a newer version is shown read-only and never overwritten', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  const newer = '{"schema":99,"app":"session-companion"}';
  await page.evaluate((m) => localStorage.setItem('sc.meta', m), newer);
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.locator('.banners').getByText('saved by a newer version of this app', { exact: false }).waitFor();
  await page.getByLabel('Clinic name').fill('Overwrite attempt');
  await page.getByRole('button', { name: 'Save settings' }).click();
  assert.equal(await page.evaluate(() => localStorage.getItem('sc.meta')), newer);
  assert.equal(await page.evaluate(() => localStorage.getItem('sc.v1.settings')), null);
  await context.close();
});

test('with storage blocked (private mode) the app still works for the visit and says nothing is kept', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.locator('.banners').getByText('This browser is not letting the app save anything').waitFor();
  await page.getByLabel('Clinic name').fill('Visit Only Clinic');
  await page.getByLabel('Clinic phone').fill('555 010 0111');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
  // Kept for the visit: the crisis panel offers the clinic.
  await page.getByRole('button', { name: 'Get help now' }).click();
  await page.getByRole('link', { name: /Call Visit Only Clinic/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
