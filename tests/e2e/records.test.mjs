// Records the patient and the clinician can trust (issue 20): warning signs are logged only
// when their check-in is saved and can be marked as entered by mistake; backup, delete all,
// restore and backup give the same file; deleting everything leaves nothing of the patient's
// in storage; with the privacy lock on, a backup is encrypted unless the patient says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suite, phone, ready, axe, checkInTo } from './harness.mjs';

const env = suite();

async function axeClean(page, where) {
  const result = await axe(page);
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], problems.join('\n'));
}

/** The clinician summary's warning-sign section, showing every date. */
async function summaryFlags(page) {
  await page.goto(env.server.url('/summary'));
  await ready(page);
  await page.getByRole('button', { name: 'Show all dates' }).first().click();
  // With nothing dated but a plain check-in the summary says so instead of its sections.
  return page.locator('main').textContent();
}

async function download(page, name, file) {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.getByRole('button', { name }).click()]);
  await d.saveAs(file);
  return fs.readFileSync(file, 'utf8');
}

async function storedKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sc.')).sort());
}

test('a mis-tapped warning sign is never logged; a saved one is, and can be marked as a mistake', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  const suicide = page.getByLabel('Thoughts of ending your life or hurting yourself');
  const panel = page.getByRole('alertdialog');
  // Ticked and unticked at once: the panel opens at once, and goes.
  await suicide.check();
  await panel.waitFor();
  await suicide.uncheck();
  await panel.waitFor({ state: 'detached' });
  // A very high reading typed, then cleared.
  const reading = page.getByRole('group', { name: 'Blood pressure (optional)' });
  await checkInTo(page, reading);
  await reading.getByLabel('Upper (systolic)').fill('190');
  await reading.getByLabel('Lower (diastolic)').fill('115');
  await reading.getByLabel('Lower (diastolic)').blur();
  await reading.getByLabel('Upper (systolic)').fill('');
  await reading.getByLabel('Lower (diastolic)').fill('');
  await reading.getByLabel('Lower (diastolic)').blur();
  // Nothing is logged while the check-in is a draft.
  const logged = () => page.evaluate(() => localStorage.getItem('sc.v1.red_flag_events') || '');
  assert.doesNotMatch(await logged(), /suicid|blood_pressure/);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();
  const clean = await summaryFlags(page);
  assert.doesNotMatch(clean, /suicide|blood pressure/i);

  // A draft with a warning sign, never saved: not logged either.
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  await page.getByLabel('Chest pain or pressure').check();
  await panel.waitFor();
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('chest_pain')), null, { timeout: 10000 });
  assert.doesNotMatch(await logged(), /chest_pain/, 'the draft holds it, the log does not');
  assert.doesNotMatch(await summaryFlags(page), /Chest pain/);

  // Saved with the sign: logged with its check-in, and in the summary.
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  if (!(await page.getByLabel('Chest pain or pressure').isChecked())) await page.getByLabel('Chest pain or pressure').check();
  await checkInTo(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();
  assert.match(await summaryFlags(page), /Chest pain/);
  await page.getByRole('link', { name: 'Your warning signs' }).click();
  await page.getByRole('heading', { name: 'Your warning signs', level: 1 }).waitFor();
  const item = page.locator('.flag-log__item');
  assert.equal(await item.count(), 1, 'only the saved sign');
  assert.match(await item.textContent(), /From your check-in of .*Chest pain/);
  await axeClean(page, '/warning-signs');

  // Marked as entered by mistake: kept and marked here, gone from the summary.
  await item.getByRole('button', { name: /entered by mistake/i }).click();
  await item.getByText(/Marked as entered by mistake on/).waitFor();
  await item.getByRole('button', { name: 'It was not a mistake' }).waitFor();
  await axeClean(page, '/warning-signs with a correction');
  const kept = JSON.parse(await logged()).records;
  assert.equal(kept.length, 1);
  assert.deepEqual(kept[0].data.flags, ['chest_pain'], 'the record keeps what was reported');
  assert.ok(kept[0].data.mistake > 0, 'and when it was corrected');
  assert.ok(kept[0].data.check_in, 'and its check-in');
  assert.doesNotMatch(await summaryFlags(page), /Chest pain/);
  // Reached from Sessions too.
  await page.goto(env.server.url('/session'));
  await ready(page);
  await page.getByRole('link', { name: 'Your warning signs' }).click();
  await page.locator('.flag-log__item--mistake').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('backup, delete all, restore with Replace, backup: the same file apart from its export time', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic name').fill('Riverside Clinic');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  await page.getByLabel('A very bad headache').check();
  await checkInTo(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();

  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  await page.getByText('You have not made a backup yet.').waitFor();
  const first = await download(page, 'Download a backup', path.join(os.tmpdir(), `sc-rec-1-${process.pid}.json`));
  await page.getByText(/Last backup:/).waitFor();

  // Delete all: the confirm button is fully above the bottom navigation.
  await page.getByRole('button', { name: 'Delete all data' }).click();
  const yes = page.getByRole('button', { name: 'Yes, delete everything' });
  await yes.waitFor();
  const box = await yes.boundingBox();
  const nav = await page.locator('.bottom-nav').boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box.y >= 0 && box.y + box.height <= Math.min(nav.y, viewport.height), `confirm ${JSON.stringify(box)} clear of nav ${JSON.stringify(nav)}`);
  await yes.click();
  await page.locator('main').getByText(/All data was deleted from this phone\. Removed: .*Check-ins: 1/).waitFor();
  assert.deepEqual(await storedKeys(page), [], 'nothing of the patient is left');
  await page.getByText('You have not made a backup yet.').waitFor();

  await page.getByLabel('Choose a backup file').setInputFiles(path.join(os.tmpdir(), `sc-rec-1-${process.pid}.json`));
  await page.getByRole('button', { name: 'Replace what is here' }).click();
  await page.locator('main').getByText('Backup restored.').waitFor();
  // The restored backup counts, and the size is what storage now holds.
  await page.getByText(/Last backup:/).waitFor();
  const bytes = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('sc.'))
    .reduce((n, k) => n + (k.length + localStorage.getItem(k).length) * 2, 0));
  await page.getByText(`This app uses about ${Math.ceil(bytes / 1024)} KB on this phone.`).waitFor();
  const second = await download(page, 'Download a backup', path.join(os.tmpdir(), `sc-rec-2-${process.pid}.json`));
  const withoutTime = (t) => t.replace(/"exported":"[^"]*"/, '"exported":""');
  assert.equal(withoutTime(second), withoutTime(first));
  assert.match(first, /Riverside Clinic/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('delete all removes set-aside data and the privacy lock, and other tabs drop their copy', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic name').fill('Hillside Clinic');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
  // Unreadable data set aside by a load.
  await page.evaluate(() => localStorage.setItem('sc.v1.moods', '{not json'));
  const other = await context.newPage();
  await other.goto(env.server.url('/settings'));
  await ready(other);
  assert.equal(await other.getByLabel('Clinic name').inputValue(), 'Hillside Clinic');
  assert.ok((await storedKeys(page)).some((k) => k.startsWith('sc.quarantine.')), 'set aside');

  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  await page.getByRole('button', { name: 'Delete all data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.locator('main').getByText(/All data was deleted from this phone\. Removed: .*unreadable data kept aside/).waitFor();
  assert.deepEqual(await storedKeys(page), []);
  // The other tab dropped its copy instead of writing it back.
  await other.waitForFunction(() => [...document.querySelectorAll('input')].every((i) => !i.value.includes('Hillside')));
  await ready(other);
  assert.equal(await other.getByLabel('Clinic name').inputValue(), '');
  assert.deepEqual(await storedKeys(page), [], 'still nothing after the other tab reacted');
  await other.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the lock on, a backup is encrypted unless the patient confirms a readable one', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic name').fill('Lakeside Clinic');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
  await page.goto(env.server.url('/settings/lock'));
  await ready(page);
  await page.getByLabel('New passphrase (at least 8 characters)').fill('blue kettle sings');
  await page.getByLabel('Type it again').fill('blue kettle sings');
  await page.getByRole('button', { name: 'Turn the lock on' }).click();
  await page.locator('main').getByText('The lock is on. Your notes are stored encrypted.').waitFor({ timeout: 20000 });

  // Opening the page afresh locks it: unlock, and the data page shows.
  await page.goto(env.server.url('/settings/data'));
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle sings');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('heading', { name: 'Your data', level: 1 }).waitFor({ timeout: 20000 });
  const protect = page.getByLabel('Protect the backup with a passphrase');
  assert.ok(await protect.isChecked(), 'starts ticked with the lock on');
  await page.getByLabel('Backup passphrase (at least 8 characters)').fill('paper boat');
  await page.getByLabel('Type it again').fill('paper boat');
  const sealed = await download(page, 'Download a backup', path.join(os.tmpdir(), `sc-rec-sealed-${process.pid}.json`));
  assert.ok(!sealed.includes('Lakeside'), 'encrypted');
  assert.equal(JSON.parse(sealed).purpose, 'backup');

  // Unticked: the patient is asked first; Cancel downloads nothing.
  await protect.uncheck();
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await page.getByText('This file will be readable by anyone who gets it.').waitFor();
  await axeClean(page, '/settings/data asking before a readable copy');
  await page.getByRole('button', { name: 'Cancel' }).first().click();
  await page.getByRole('button', { name: 'Download a backup' }).waitFor();
  assert.equal(downloads, 0, 'nothing downloaded without confirming');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  const plain = await download(page, 'Download it readable anyway', path.join(os.tmpdir(), `sc-rec-plain-${process.pid}.json`));
  assert.match(plain, /Lakeside Clinic/, 'readable only after confirming');
  assert.deepEqual(errors, []);
  await context.close();
});
