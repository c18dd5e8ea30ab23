// The support person's guide: hand-over mode shows no patient records, and a shared card
// carries only what the patient ticked, opening on the support person's own phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

test('a shared card opens the guide on another phone with only what was ticked', async () => {
  const patient = await phone(env.browser, { origin: env.server.origin });
  const page = patient.page;
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel('Clinic name').fill('Harbor Clinic');
  await page.getByLabel('Clinic phone').fill('555 010 0177');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();

  await page.goto(env.server.url('/support/card'));
  await ready(page);
  const url = () => page.locator('.support-card .url').textContent();
  assert.equal(await url(), env.server.url('/support#c=us'), 'only the country by default');
  await page.getByLabel('My first name').check();
  await page.getByLabel('First name', { exact: true }).fill('Ana');
  await page.getByLabel("My clinic's name and phone number").check();
  const shared = await url();
  assert.equal(shared, env.server.url('/support#name=Ana&clinic=555%20010%200177&cn=Harbor%20Clinic&c=us'));
  assert.equal(await page.getByRole('img', { name: /QR code/ }).count(), 1);

  const helper = await phone(env.browser, { origin: env.server.origin });
  await helper.page.goto(shared);
  await ready(helper.page);
  await helper.page.getByText('You are helping Ana today.').waitFor();
  const hrefs = await helper.page.locator('main a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('tel:5550100177'), 'the ticked clinic phone is one tap away');
  assert.ok(hrefs.includes('tel:911') && hrefs.includes('tel:988'));
  await helper.context.close();
  await patient.context.close();
});

test('hand-over mode shows the guide alone, with the clinic filled in and no navigation', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/support'));
  await ready(page);
  await page.getByRole('link', { name: 'Hand the phone over' }).click();
  await page.waitForURL(env.server.url('/support/hand-over'));
  assert.equal(await page.locator('.bottom-nav').count(), 0, 'no way into the records');
  await page.getByText('The clinic\'s number has not been added yet.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Get help now' }).count(), 1, 'help stays one tap away');
  await context.close();
});
