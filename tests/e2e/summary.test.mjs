// The clinician summary: a range with nothing in it says so and offers every date; with data
// it lists the session, its after-effects and the scores with a chart, and prints alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

const day = (offset) => {
  const d = new Date(Date.now() + offset * 86400000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

test('summary: empty, then a session with a check-in and a PHQ-9, printable', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/summary'));
  await ready(page);
  await page.getByText('Nothing has been recorded yet.').waitFor();

  // A session half a year ago by nasal spray; a session today with a check-in, and a PHQ-9.
  await page.goto(env.server.url('/session'));
  await ready(page);
  await page.getByLabel('Date', { exact: true }).fill(day(-200));
  await page.getByLabel('Start time').fill('08:00');
  await page.getByLabel('End time').fill('09:00');
  await page.getByLabel('How it was given').selectOption({ label: 'Nasal spray' });
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByText('Session saved.').first().waitFor();
  await page.getByLabel('Date', { exact: true }).fill(day(0));
  await page.getByLabel('Start time').fill('08:00');
  await page.getByLabel('End time').fill('09:00');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByRole('link', { name: 'Check in now' }).first().click();
  await page.locator('main h1').first().waitFor();
  await page.goto(env.server.url('/mood/phq9'));
  await ready(page);
  // Item 9 "Not at all" here: its safety panel has its own test (mood.test.mjs).
  for (let i = 0; i < 9; i++) {
    await page.getByLabel(i < 8 ? 'Several days' : 'Not at all', { exact: true }).check();
    const next = page.getByRole('button', { name: 'Next' });
    if (await next.count()) await next.click();
  }
  await page.getByRole('button', { name: 'Finish and see the score' }).click();

  await page.goto(env.server.url('/summary'));
  await ready(page);
  await page.getByRole('heading', { name: 'Sessions', exact: true }).waitFor();
  // It opens on the last three months, and says there is more.
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), day(-90));
  assert.equal(await page.getByLabel('To', { exact: true }).inputValue(), day(0));
  await page.getByText(/Your records go back to/).waitFor();
  assert.match(await page.locator('table.data').first().textContent(), /IV infusion/);
  assert.doesNotMatch(await page.locator('table.data').first().textContent(), /Nasal spray/);
  const scores = await page.locator('.summary-block', { hasText: 'Questionnaire scores' }).textContent();
  assert.match(scores, /PHQ-9\s*8\s*Mild/, 'score with its band');
  assert.ok(await page.locator('.summary-block svg').count() >= 1, 'a trend chart');
  await page.getByLabel('From', { exact: true }).fill('2001-01-01');
  await page.getByLabel('To', { exact: true }).fill('2001-01-31');
  await page.getByText('Nothing was recorded between these dates.').waitFor();
  await page.getByRole('button', { name: 'Show all dates' }).first().click();
  await page.getByRole('heading', { name: 'Sessions', exact: true }).waitFor();
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), day(-200));
  assert.match(await page.locator('table.data').first().textContent(), /Nasal spray[\s\S]*IV infusion/, 'oldest first');
  assert.equal(await page.getByText(/Your records go back to/).count(), 0);
  await page.getByRole('button', { name: 'Last 3 months' }).click();
  assert.equal(await page.getByLabel('From', { exact: true }).inputValue(), day(-90));
  await page.getByRole('button', { name: 'Show all dates' }).first().click();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.bottom-nav').isVisible(), false, 'no navigation when printed');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});
