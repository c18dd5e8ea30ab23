// Walk the session day with a controlled clock: a Ketamine session planned for Friday
// 4 December 2026 at 09:30 in New York, the clinic's rules "no solid food for 6 h, clear
// liquids until 2 h before". At each moment Today must put that moment's action first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ready, axe } from './harness.mjs';

const env = suite();

const FRIDAY = 'f1a1b2c3d4e5f60718293a4b5c6d7e8f';
const at = (local) => new Date(`${local}:00-05:00`);

/** Stored data: the session planned, the clinic's rules, the welcome done. */
function seedData({ language = 'en', textSize = 'normal', solid = 6, clear = 2, country = 'us' } = {}) {
  const wrap = (records) => ({ app: 'session-companion', schema: 1, records });
  const rec = (id, data) => ({ id, created: 1764000000000, updated: 1764000000000, data });
  return {
    'sc.meta': { app: 'session-companion', schema: 1 },
    'sc.v1.settings': wrap([rec('settings', {
      welcome_done: true, language, text_size: textSize, country,
      fasting_solid_hours: solid, fasting_clear_hours: clear, install_dismissed: true,
    })]),
    'sc.v1.appointments': wrap([rec(FRIDAY, {
      kind: 'ketamine', date: '2026-12-04', time: '09:30', minutes: 60, place: '', notes: '',
    })]),
  };
}

/** A phone in New York whose clock starts at `start` (local time, `YYYY-MM-DDTHH:MM`). */
async function dayPhone(start, seed = {}) {
  const context = await env.browser.newContext({
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, timezoneId: 'America/New_York',
  });
  const errors = [];
  const page = await context.newPage();
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.clock.install({ time: at(start) });
  await page.goto(env.server.url('/privacy'));
  await ready(page);
  await page.evaluate((d) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(d)) localStorage.setItem(k, JSON.stringify(v));
  }, seedData(seed));
  return { context, page, errors };
}

const words = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

/** What Today puts first: the top card's heading and its first action. */
async function first(page) {
  const card = page.locator('main .day-card');
  await card.waitFor();
  const top = await page.evaluate(() => document.querySelector('main h1').nextElementSibling?.className);
  assert.match(top, /day-card/, 'the session-day card comes right under the title');
  return {
    heading: await words(card.locator('h2')),
    action: await words(card.locator('.day-card__act').first()),
  };
}

/** With DAY_SCREENS=folder, a full-page picture of each moment to look at. */
async function snap(page, name) {
  if (!process.env.DAY_SCREENS) return;
  await page.screenshot({ path: `${process.env.DAY_SCREENS}/${name}.png`, fullPage: true });
}

async function today(page, when, name = when) {
  if (when) await page.clock.setSystemTime(at(when));
  await page.goto(env.server.url('/'));
  await ready(page);
  const top = await first(page);
  if (name) await snap(page, `today-${name.replace(/[^0-9a-z]+/gi, '-')}`);
  return top;
}

test('the day as it goes: evening before, fasting, in session, an hour after, the next day', async () => {
  const { context, page, errors } = await dayPhone('2026-12-03T20:00');

  let top = await today(page, null, 'evening-before');
  assert.equal(top.heading, 'Tomorrow: your session at 9:30 AM');
  assert.match(top.action, /^6 things left on your checklist Open your checklist$/);
  const card = await words(page.locator('.day-card'));
  assert.match(card, /Stop eating at 3:30 AM tomorrow \(in 7 h 30 min\)/);
  // The next session is on the card: it is not repeated below, nor its checklist link.
  assert.equal(await page.getByText('Getting ready', { exact: true }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Open your checklist' }).count(), 1);
  assert.equal(await page.locator('section.due').getByText(/Next: Ketamine session/).count(), 0);
  assert.equal(await page.locator('section.due').getByText(/Get ready for your session/).count(), 0);
  const axeResult = await axe(page);
  assert.deepEqual(axeResult.violations.map((v) => v.id), [], 'axe on the evening before');

  top = await today(page, '2026-12-04T07:00');
  assert.equal(top.heading, 'Fasting for your session at 9:30 AM');
  assert.equal(top.action, 'Stop clear liquids at 7:30 AM (in 30 min)');
  assert.equal(await page.getByText('Record your session').count(), 0, 'not "Record your session" 2.5 h early');

  top = await today(page, '2026-12-04T08:20');
  assert.equal(top.heading, 'Time to leave for the clinic');
  assert.equal(top.action, 'Arrive at the clinic by 9:15 AM (in 55 min)');

  top = await today(page, '2026-12-04T09:45');
  assert.equal(top.heading, 'Your session is under way');
  assert.match(top.action, /Open the support person's guide/);

  // An hour after the session's end (10:30), nothing recorded yet: record it first, and the
  // form has the planned date and time filled in.
  top = await today(page, '2026-12-04T11:35');
  assert.equal(top.heading, 'The first hours after your session');
  assert.match(top.action, /Record your session$/);
  assert.equal(await page.getByText('Have a session coming up?').count(), 0, 'not "Getting ready" again');
  await page.locator('.day-card').getByRole('link', { name: 'Record your session' }).click();
  await page.locator('main h1').waitFor();
  assert.equal(await page.inputValue('#s-date'), '2026-12-04');
  assert.equal(await page.inputValue('#s-start'), '09:30');
  await page.fill('#s-end', '10:30');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByText('Session saved', { exact: false }).first().waitFor();

  top = await today(page);
  assert.equal(top.heading, 'The first hours after your session');
  assert.equal(top.action, 'Check-in due: 1 hour after your session Check in now');
  assert.equal(await page.locator('section.due').getByText(/Check-in: 1 hour after/).count(), 0, 'the check-in is not listed twice');

  // The clock runs on: at 12:31 the 2-hour check-in is due without reloading.
  await page.clock.fastForward('55:00');
  await page.locator('.day-card').getByText('Check-in due: 2 hours after your session').waitFor();

  top = await today(page, '2026-12-05T10:00');
  assert.equal(top.heading, 'The day after your session');
  assert.equal(top.action, 'Check-in due: the next morning Check in now');
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('a planned session never recorded: "Did Friday\'s session happen?" with yes and no', async () => {
  const { context, page, errors } = await dayPhone('2026-12-05T10:00');
  const top = await today(page);
  assert.equal(top.heading, "Did Friday's session happen?");
  assert.match(top.action, /Your plan has a session on Fri, Dec 4 that is not recorded\./);
  const card = page.locator('.day-card');
  assert.equal(await card.getByRole('link', { name: 'No: it was missed or moved' }).getAttribute('href'), '/plan');
  assert.equal(await page.locator('section.due').getByText(/is not recorded/).count(), 0, 'asked once');
  await card.getByRole('link', { name: 'Yes: record it' }).click();
  await page.locator('#s-start').waitFor();
  assert.equal(await page.inputValue('#s-date'), '2026-12-04');
  assert.equal(await page.inputValue('#s-start'), '09:30');
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('at 07:00 with only a clear-liquid rule, the top says when to stop clear liquids', async () => {
  const { context, page } = await dayPhone('2026-12-04T07:00', { solid: null, clear: 2 });
  const top = await today(page);
  assert.equal(top.heading, 'Today: your session at 9:30 AM');
  assert.equal(top.action, 'Stop clear liquids at 7:30 AM (in 30 min)');
  await context.close();
});

test('English in the UK keeps the 24-hour clock and the day before the month', async () => {
  const { context, page } = await dayPhone('2026-12-03T20:00', { country: 'uk' });
  const top = await today(page);
  assert.equal(top.heading, 'Tomorrow: your session at 09:30');
  assert.match(await words(page.locator('.day-card')), /Stop eating at 03:30 tomorrow \(in 7 h 30 min\)/);
  await page.clock.setSystemTime(at('2026-12-02T20:00'));
  await page.goto(env.server.url('/prepare'));
  await ready(page);
  assert.match(await words(page.locator('.checklist')), /No solid food after 03:30 on Fri 4 Dec/);
  await context.close();
});

test('Spanish at Larger text: fasting comes first and the card fits the phone', async () => {
  const { context, page, errors } = await dayPhone('2026-12-04T07:00', { language: 'es', textSize: 'larger' });
  const top = await today(page);
  assert.equal(top.heading, 'En ayunas para su sesión de las 09:30');
  assert.equal(top.action, 'Deje los líquidos claros a las 07:30 (en 30 min)');
  const box = await page.locator('.day-card__act--first').boundingBox();
  assert.ok(box && box.y + box.height <= 740, `the first action is on the first screen (bottom at ${box?.y + box?.height})`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('Prepare: the checklist first, each time with its day; "no alcohol" is ticked only once it applies', async () => {
  const { context, page, errors } = await dayPhone('2026-12-02T20:00');
  await page.goto(env.server.url('/prepare'));
  await ready(page);
  const order = await page.$$eval('main h2', (hs) => hs.map((h) => h.textContent));
  assert.deepEqual(order, ['Your checklist', 'Your support person', "Your clinic's instructions"]);
  const list = page.locator('.checklist');
  assert.match(await words(list), /No solid food after 3:30 AM on Fri, Dec 4/);
  assert.match(await words(list), /From 9:30 AM tomorrow\./, 'not "None since" for a time still ahead');
  const alcohol = page.getByLabel('No alcohol or recreational drugs');
  assert.ok(await alcohol.isDisabled(), 'cannot be ticked two days early');
  await page.getByText('You can tick this from 9:30 AM tomorrow.').waitFor();
  // The support person's form is in its own card, not inside a checklist item.
  assert.equal(await page.locator('.checklist #support-name').count(), 0);
  await page.locator('.support-card #support-name').waitFor();
  await snap(page, 'prepare-two-days-before');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 3500, `Prepare is ${height}px tall`);

  await page.clock.setSystemTime(at('2026-12-03T09:30'));
  await page.reload();
  await ready(page);
  assert.ok(await page.getByLabel('No alcohol or recreational drugs').isEnabled(), 'from 24 h before it can be ticked');
  assert.match(await words(page.locator('.checklist')), /None since 9:30 AM\./);
  await page.getByLabel('No alcohol or recreational drugs').check();
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});
