// The clinician summary: a range with nothing in it says so and offers every date; with data
// it lists the session, its after-effects and the scores with a chart, and prints alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

test('summary: empty, then a session with a check-in and a PHQ-9, printable', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/summary'));
  await ready(page);
  await page.getByText('Nothing has been recorded yet.').waitFor();

  // A session today with a check-in, and a PHQ-9.
  await page.goto(env.server.url('/session'));
  await ready(page);
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
  assert.match(await page.locator('table.data').first().textContent(), /IV infusion/);
  const scores = await page.locator('.summary-block', { hasText: 'Questionnaire scores' }).textContent();
  assert.match(scores, /PHQ-9\s*8\s*Mild/, 'score with its band');
  assert.ok(await page.locator('.summary-block svg').count() >= 1, 'a trend chart');
  await page.getByLabel('From', { exact: true }).fill('2001-01-01');
  await page.getByLabel('To', { exact: true }).fill('2001-01-31');
  await page.getByText('Nothing was recorded between these dates.').waitFor();
  await page.getByRole('button', { name: 'Show all dates' }).first().click();
  await page.getByRole('heading', { name: 'Sessions', exact: true }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.bottom-nav').isVisible(), false, 'no navigation when printed');
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});
