// The Plan screen and Today's due list, on a phone in New York with the clock fixed on
// Saturday 28 November 2026, 10:00: appointments, schedule presets, calendar files, what is due.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { suite, ready, axe, settled } from './harness.mjs';

const env = suite();

const SATURDAY_10AM = new Date('2026-11-28T10:00:00-05:00');

async function plannedPhone({ width = 360, colorScheme = 'light', at = SATURDAY_10AM } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height: 740 }, isMobile: true, hasTouch: true, colorScheme, timezoneId: 'America/New_York',
  });
  await context.clock.setFixedTime(at);
  const errors = [];
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(env.server.url('/plan'));
  await ready(page);
  return { context, page, errors };
}

const rows = (page) => page.locator('main li.appt');
const status = (page) => page.locator('.snackbar');

/** Adds the IV course example from today (six Ketamine sessions, Mon 30 Nov to Fri 11 Dec). */
async function addIvCourse(page) {
  const builder = page.locator('details.fold', { hasText: 'Build a schedule' });
  if (!(await builder.evaluate((d) => d.open))) await builder.locator('summary').click();
  await page.getByRole('button', { name: 'Add these 6 appointments' }).click();
  await status(page).getByText('Added 6 appointments.').waitFor();
  // The page shows where they went: "Coming up", with the first of them, is on screen.
  await page.waitForFunction(() => {
    const heading = document.getElementById('plan-upcoming');
    const first = document.querySelector('main li.appt');
    const box = heading && heading.getBoundingClientRect();
    return box && first && box.top >= 0 && first.getBoundingClientRect().top < innerHeight;
  });
}

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

test('an appointment is checked, saved, edited, and deleted with undo', async () => {
  const { context, page, errors } = await plannedPhone();
  await page.getByRole('button', { name: 'Add an appointment' }).click();
  const form = page.getByRole('form', { name: 'Add an appointment' });
  await form.getByLabel('Date', { exact: true }).fill('2026-12-01');
  await form.getByLabel('Time', { exact: true }).fill('10:00');
  await form.getByLabel('Length in minutes').fill('0');
  await form.getByRole('button', { name: 'Save appointment' }).click();
  await form.getByText('The length must be at least 1 minute.').waitFor();
  assert.equal(await rows(page).count(), 0, 'nothing saved');
  await form.getByLabel('Length in minutes').fill('45');
  await form.getByLabel('Place (optional)').fill('Lakeside Clinic');
  await form.getByRole('button', { name: 'Save appointment' }).click();
  await status(page).getByText('Appointment saved.').waitFor();
  assert.match(await rows(page).first().innerText(), /Ketamine session\s+Tue, Dec 1 at 10:00 AM · 45 min\s+Lakeside Clinic/);

  await rows(page).first().getByRole('button', { name: /^Edit Ketamine session/ }).click();
  const edit = page.getByRole('form', { name: 'Edit appointment' });
  await edit.getByLabel('Type').selectOption({ label: 'Follow-up visit' });
  await edit.getByRole('button', { name: 'Save appointment' }).click();
  await rows(page).first().locator('.appt-kind', { hasText: 'Follow-up visit' }).waitFor();

  await rows(page).first().getByRole('button', { name: /^Delete/ }).click();
  await status(page).getByText('Appointment deleted.').waitFor();
  assert.equal(await rows(page).count(), 0);
  await status(page).getByRole('button', { name: 'Undo' }).click();
  await rows(page).first().locator('.appt-kind', { hasText: 'Follow-up visit' }).waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await rows(page).count(), 1, 'kept after a reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a schedule preset previews every date and adds them together; bad input adds nothing', async () => {
  const { context, page, errors } = await plannedPhone();
  await page.getByText('Examples: your clinic\'s schedule comes first.').waitFor();
  const dates = page.locator('ol.dates li');
  assert.equal(await dates.count(), 6);
  assert.equal(await dates.first().innerText(), 'Mon, Nov 30 at 9:00 AM · Ketamine session');
  assert.equal(await dates.last().innerText(), 'Fri, Dec 11 at 9:00 AM · Ketamine session');

  await page.getByLabel(/^Esketamine example/).check();
  // From Saturday, Mon/Thu: the first session is a Monday, so weeks 5-8 and after are Mondays.
  assert.equal(await dates.count(), 16, 'weeks 1-8 and four maintenance sessions');
  assert.equal(await dates.last().innerText(), 'Mon, Mar 15, 2027 at 9:00 AM · Maintenance session');

  await page.getByLabel('Repeating appointment').check();
  const problem = page.locator('.danger-note');
  const cases = [
    [async () => page.getByLabel('Number of appointments', { exact: true }).fill('500'), 'That would be more than 200 appointments.'],
    [async () => page.getByLabel('Number of appointments', { exact: true }).fill('0'), 'These choices give no dates.'],
    [async () => page.getByLabel('First date').fill('2026-11-27'), 'A new schedule cannot start before today.'],
    [async () => {
      await page.getByLabel('First date').fill('2026-11-28');
      await page.getByLabel('On a date').check();
      await page.getByLabel('Last date').fill('2026-11-20');
    }, 'The last date is before the first date.'],
    [async () => {
      await page.getByLabel('Last date').fill('2026-12-31');
      await page.getByLabel('Saturday').uncheck();
    }, 'Choose at least one day of the week.'],
  ];
  for (const [act, message] of cases) {
    await act();
    assert.match(await problem.innerText(), new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.equal(await page.getByRole('button', { name: /^Add these/ }).count(), 0, `${message}: nothing to add`);
  }
  assert.equal(await rows(page).count(), 0, 'nothing was generated half-way');

  await page.getByLabel(/^IV course example/).check();
  await page.getByRole('button', { name: 'Add these 6 appointments' }).click();
  assert.equal(await rows(page).count(), 6);
  await status(page).getByRole('button', { name: 'Undo' }).click();
  assert.equal(await rows(page).count(), 0, 'undo removes the whole schedule');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a proposed date on a public holiday says so, in the patient\'s country', async () => {
  const { context, page, errors } = await plannedPhone();
  const dates = page.locator('ol.dates li');
  // An IV course from Monday 21 December: Mon, Wed and Fri for two weeks.
  await page.getByLabel('First date').fill('2026-12-21');
  assert.equal(await dates.count(), 6);
  assert.equal(await dates.nth(2).innerText(), 'Fri, Dec 25 at 9:00 AM · Ketamine session\nChristmas Day is a public holiday: check your clinic is open that day.');
  assert.match(await dates.nth(5).innerText(), /^Fri, Jan 1, 2027 .*\nNew Year's Day is a public holiday/);
  assert.equal(await page.locator('.schedule-builder__holiday').count(), 2, 'only those two');
  // A US patient is told of Thanksgiving (the Esketamine example meets on Mondays and Thursdays).
  await page.getByLabel(/^Esketamine example/).check();
  await page.getByLabel('First date').fill('2027-11-22');
  assert.match(await page.locator('ol.dates').innerText(), /Thu, Nov 25, 2027 .*\nThanksgiving is a public holiday/);
  // In the UK: no Thanksgiving, and Boxing Day (a Saturday in 2026) is kept on Monday 28.
  await page.evaluate(() => {
    const rec = { id: 'settings', created: 1764000000000, updated: 1764000000000, data: { welcome_done: true, country: 'uk', install_dismissed: true } };
    localStorage.setItem('sc.meta', JSON.stringify({ app: 'session-companion', schema: 1 }));
    localStorage.setItem('sc.v1.settings', JSON.stringify({ app: 'session-companion', schema: 1, records: [rec] }));
  });
  await page.reload();
  await ready(page);
  await page.getByLabel('First date').fill('2026-12-21');
  assert.equal(await dates.nth(3).innerText(), 'Mon 28 Dec at 09:00 · Ketamine session\nThe day off for Boxing Day, a public holiday: check your clinic is open that day.');
  assert.equal(await page.locator('.schedule-builder__holiday').count(), 3, 'Christmas Day, Boxing Day and New Year\'s Day');
  await page.getByLabel(/^Esketamine example/).check();
  await page.getByLabel('First date').fill('2027-11-22');
  assert.match(await page.locator('ol.dates').innerText(), /Thu 25 Nov 2027/);
  assert.doesNotMatch(await page.locator('ol.dates').innerText(), /Thanksgiving/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('calendar files: all or one appointment, reminders, check-in prompts, neutral titles', async () => {
  const { context, page } = await plannedPhone();
  await page.getByText('This app cannot remind you while it is closed').waitFor();
  await addIvCourse(page);
  const all = await download(page, () => page.getByRole('button', { name: 'Add all to my calendar (.ics)' }).click());
  assert.equal(all.name, 'companion-plan.ics');
  assert.match(all.text, /^BEGIN:VCALENDAR\r\n/);
  assert.equal(all.text.match(/BEGIN:VEVENT/g).length, 12, 'six sessions and six check-in prompts');
  // 09:00 in New York in winter is 14:00 UTC; the check-in prompt is 2 h after the 60-min session.
  assert.match(all.text, /DTSTART:20261130T140000Z\r\nDTEND:20261130T150000Z\r\nSUMMARY:Ketamine session/);
  assert.match(all.text, /DTSTART:20261130T170000Z\r\nDTEND:20261130T171500Z\r\nSUMMARY:Check-in: how are you feeling\?/);
  assert.match(all.text, /TRIGGER:-P1D/);
  assert.match(all.text, /TRIGGER:-PT2H/);

  const one = await download(page, () => rows(page).first().getByRole('button', { name: /^Add to calendar/ }).click());
  assert.equal(one.name, 'companion-plan.ics');
  assert.equal(one.text.match(/BEGIN:VEVENT/g).length, 2);

  await page.getByLabel(/^Neutral titles/).check();
  const neutral = await download(page, () => page.getByRole('button', { name: 'Add all to my calendar (.ics)' }).click());
  assert.doesNotMatch(neutral.text, /Ketamine|Check-in/);
  assert.match(neutral.text, /SUMMARY:Appointment/);
  // The choice is remembered.
  await page.reload();
  await ready(page);
  assert.ok(await page.getByLabel(/^Neutral titles/).isChecked(), 'still ticked after a reload');
  await context.close();
});

test('Today shows the next appointment with a countdown, what is due with links, and a missed session', async () => {
  const { context, page, errors } = await plannedPhone();
  await addIvCourse(page);
  await page.goto(env.server.url('/'));
  await ready(page);
  await page.getByRole('button', { name: 'Skip for now' }).click();
  const due = page.locator('section.due');
  // The next session is shown once, on the readiness card with its countdown and checklist
  // link; the due list does not repeat it.
  const readiness = page.locator('.readiness-card');
  await readiness.getByText('Mon, Nov 30 at 9:00 AM (in 1 day 23 h)').waitFor();
  assert.equal(await readiness.getByRole('link', { name: 'Open your checklist' }).getAttribute('href'), '/prepare');
  assert.equal(await due.getByText(/Ketamine session|Get ready for your session/).count(), 0);
  const link = (text) => due.getByRole('link', { name: text }).getAttribute('href');
  assert.equal(await link('Questionnaire: PHQ-9 (mood)'), '/mood/phq9');
  assert.equal(await link('Save a backup: you have none yet'), '/settings/data');

  // Tuesday noon: Monday's session passed with no record.
  await context.clock.setFixedTime(new Date('2026-12-01T12:00:00-05:00'));
  await page.reload();
  await ready(page);
  // Asked at the top, once: "Did Monday's session happen?", yes records it.
  const asked = page.locator('.day-card');
  await asked.getByRole('heading', { name: "Did Monday's session happen?" }).waitFor();
  assert.equal(await asked.getByRole('link', { name: 'Yes: record it' }).getAttribute('href'), '/session');
  assert.equal(await due.getByText(/is not recorded/).count(), 0);
  await readiness.getByText('Wed, Dec 2 at 9:00 AM', { exact: false }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the filled Plan screen is axe-clean in ${colorScheme} mode`, async () => {
    const { context, page } = await plannedPhone({ colorScheme });
    await addIvCourse(page);
    await page.locator('details.fold', { hasText: 'Build a schedule' }).locator('summary').click();
    await rows(page).first().getByRole('button', { name: /^Edit/ }).click();
    const result = await axe(page);
    const problems = result.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await context.close();
  });
}

test('the filled Plan screen fits 320 px with 44 px targets', async () => {
  const { context, page } = await plannedPhone({ width: 320 });
  await addIvCourse(page);
  await page.locator('details.fold', { hasText: 'Build a schedule' }).locator('summary').click();
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  const small = await page.evaluate(() => [...document.querySelectorAll('main button, main a[href], main input, main select, main summary')]
    .map((el) => ['checkbox', 'radio'].includes(el.type) ? el.closest('label') || el : el)
    .map((el) => [el, el.getBoundingClientRect()])
    .filter(([, r]) => r.width > 0 && (r.width < 44 || r.height < 44))
    .map(([el, r]) => `${el.tagName} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`));
  assert.deepEqual(small, []);
  await context.close();
});

test('a closed fold is built when first opened and keeps what was typed when closed again', async () => {
  const { context, page, errors } = await plannedPhone();
  await addIvCourse(page);
  await page.reload();
  await ready(page);
  // With appointments ahead, the schedule builder starts closed, and not yet built.
  const builder = page.locator('details.fold', { hasText: 'Build a schedule' });
  assert.equal(await builder.evaluate((d) => d.open), false);
  assert.equal(await builder.getByLabel('First date').count(), 0);
  await builder.locator('summary').click();
  await builder.getByLabel('First date').fill('2027-03-01');
  await builder.locator('summary').click();
  assert.equal(await builder.evaluate((d) => d.open), false);
  await builder.locator('summary').click();
  assert.equal(await builder.getByLabel('First date').inputValue(), '2027-03-01');
  assert.deepEqual(errors, []);
  await context.close();
});
