// The first-time patient's journey: the welcome (once), "you are here" from their own data,
// and unknown step links landing on the journey start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

function inDays(n) {
  const d = new Date(Date.now() + n * 86400000);
  const pad = (x) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test('the welcome comes once, sets the clinic and next session, and Today marks the step', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), 'Welcome');
  await page.getByLabel('Clinic name').fill('Lakeside Clinic');
  await page.getByLabel('Clinic phone').fill('555 010 0142');
  await page.getByLabel('Date').fill(inDays(2));
  await page.getByLabel('Time').fill('09:30');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('main h1', { hasText: 'Today' }).waitFor();
  await page.locator('#today-step', { hasText: '2. Getting ready' }).waitFor();
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('main h1').first().textContent(), 'Today', 'never again after done');
  await page.goto(env.server.url('/journey'));
  await ready(page);
  const here = page.locator('.journey-list li.here');
  assert.match(await here.textContent(), /Getting ready.*You are here/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('skipping the welcome also ends it; a past session date gets a clear message', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await page.getByLabel('Date').fill(inDays(-3));
  await page.getByLabel('Time').fill('09:30');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('This date and time has already passed').waitFor();
  assert.equal(await page.getByLabel('Date').inputValue(), inDays(-3), 'what was typed is kept');
  await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.locator('main h1', { hasText: 'Today' }).waitFor();
  await page.locator('#today-step', { hasText: '1. The first assessment' }).waitFor();
  await context.close();
});

test('each step links onward and names its sources; an unknown step shows the start', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/journey/the-day'));
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), '3. The day itself');
  await page.getByText('Sources').click();
  await page.getByText('Krystal JH').waitFor();
  await page.getByRole('link', { name: 'Next' }).click();
  await page.locator('main h1', { hasText: '4. During the session' }).waitFor();
  await page.goto(env.server.url('/journey/not-a-step'));
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), 'What to expect');
  await page.getByText('That step does not exist').waitFor();
  await context.close();
});
