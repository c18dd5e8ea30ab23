// Who to call, on every path that shows people to call (issue 18), for a US patient, a UK
// patient and an "Other"-country patient with only a clinic phone saved (who must still see a
// number to call): a check-in red flag, PHQ-9 item 9, the support guide, the shared card on a
// fresh phone, the locked screen and hand-over. Then Today's follow-up card after a crisis
// answer, shown and dismissed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, skipWelcome, checkInTo } from './harness.mjs';

const env = suite();
const PASS = 'blue kettle sings';

const PATIENTS = [
  {
    who: 'US',
    country: 'us',
    clinicName: 'Harbor Clinic',
    clinicPhone: '555 010 0177',
    clinic: 'tel:5550100177',
    emergency: 'tel:911',
    crisis: 'tel:988',
    never: ['tel:999'],
  },
  {
    who: 'UK',
    country: 'uk',
    clinicName: 'Riverside Clinic',
    clinicPhone: '020 7946 0000',
    clinic: 'tel:02079460000',
    emergency: 'tel:999',
    crisis: 'tel:116123',
    never: ['tel:911', 'tel:988', 'sms:988'],
  },
  {
    who: 'Other (clinic phone only)',
    country: 'other',
    clinicName: '',
    clinicPhone: '600 111 222',
    clinic: 'tel:600111222',
    // No country number known and none saved: 112 works from most mobile phones.
    emergency: 'tel:112',
    crisis: null,
    never: ['tel:911', 'tel:988', 'tel:999'],
  },
];

async function hrefs(scope) {
  return scope.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
}

/** Saves the patient's country and clinic through Settings, as a patient would. */
async function setUp(page, p) {
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByLabel(/^Country/).selectOption(p.country);
  await page.getByLabel('Clinic name').fill(p.clinicName);
  await page.getByLabel('Clinic phone').fill(p.clinicPhone);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.locator('main').getByText('Settings saved.').waitFor();
}

/** The people every crisis list must hold for this patient. */
function assertCrisisList(list, p, where) {
  assert.ok(list.length > 0, `${where}: never empty`);
  assert.ok(list.includes(p.emergency), `${where}: the emergency number ${p.emergency} in ${list}`);
  assert.ok(list.includes(p.clinic), `${where}: the clinic ${p.clinic} in ${list}`);
  if (p.crisis) assert.ok(list.includes(p.crisis), `${where}: the crisis line ${p.crisis} in ${list}`);
  for (const n of p.never) assert.ok(!list.includes(n), `${where}: no ${n} for a ${p.who} patient`);
}

for (const p of PATIENTS) {
  test(`${p.who}: check-in red flags list the crisis line, the emergency number and the clinic`, async () => {
    const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
    await setUp(page, p);
    await page.goto(env.server.url('/check-in/now'));
    await ready(page);
    await page.getByLabel('Thoughts of ending your life or hurting yourself').check();
    const panel = page.getByRole('alertdialog');
    await panel.waitFor();
    const crisis = await hrefs(panel);
    assertCrisisList(crisis, p, 'suicidal thoughts');
    if (p.crisis) assert.equal(crisis[0], p.crisis, 'the crisis line first');
    // A clinic-level flag as well keeps everyone (the union at the highest level).
    await page.getByLabel('A very bad headache').check();
    assert.deepEqual(await hrefs(panel), crisis);
    // Chest pain: the emergency number first, and the clinic is still there.
    await page.getByLabel('Chest pain or pressure').check();
    await page.waitForFunction((e) => document.querySelector('#escalation a[href^="tel:"]')?.getAttribute('href') === e, p.emergency);
    assertCrisisList(await hrefs(panel), p, 'chest pain with suicidal thoughts');
    if (!p.crisis) await panel.getByText("Your country's emergency number is not saved yet.").waitFor();
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`${p.who}: PHQ-9 item 9 lists the crisis line, the emergency number and the clinic`, async () => {
    const { context, page } = await phone(env.browser, { origin: env.server.origin });
    await setUp(page, p);
    await page.goto(env.server.url('/mood/phq9'));
    await ready(page);
    for (let i = 0; i < 8; i++) {
      await page.getByLabel('Not at all', { exact: true }).check();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByLabel('Several days', { exact: true }).check();
    const panel = page.getByRole('alertdialog', { name: 'About your answer to question 9' });
    await panel.waitFor();
    assertCrisisList(await hrefs(panel), p, 'item 9');
    await context.close();
  });

  test(`${p.who}: the support guide puts who to call first, above the fold`, async () => {
    const { context, page } = await phone(env.browser, { origin: env.server.origin });
    await setUp(page, p);
    await page.goto(env.server.url('/support'));
    await ready(page);
    const who = page.locator('.guide-who');
    const list = await hrefs(who);
    assertCrisisList(list, p, 'the guide');
    assert.equal(list[0], p.emergency, 'the emergency number first');
    const first = await who.locator('a[href^="tel:"]').first().boundingBox();
    assert.ok(first.y + first.height <= 740, `the first number is above the fold at 360x740 (${first.y + first.height})`);
    if (p.clinicName) await who.getByRole('link', { name: new RegExp(`Call ${p.clinicName}: ${p.clinicPhone}`) }).waitFor();
    // Who needs the emergency number, not the clinic.
    await page.getByText(/Call the emergency number if they cannot be woken or are very hard to wake, breathe slowly or shallowly, have blue or grey lips, have a seizure/).waitFor();
    await context.close();
  });

  test(`${p.who}: the shared card opens a stand-alone guide with the same people on a fresh phone`, async () => {
    const patient = await phone(env.browser, { origin: env.server.origin });
    await setUp(patient.page, p);
    await patient.page.goto(env.server.url('/support'));
    await ready(patient.page);
    const own = await hrefs(patient.page.locator('.guide-who'));
    await patient.page.goto(env.server.url('/support/card'));
    await ready(patient.page);
    await patient.page.getByLabel("My clinic's name and phone number").check();
    const url = await patient.page.locator('.support-card .url').textContent();
    assert.match(url, new RegExp(`c=${p.country}`), 'the link carries the country');
    // The printed card lists the same people.
    assert.deepEqual(await hrefs(patient.page.locator('.support-card')), own);

    const helper = await phone(env.browser, { origin: env.server.origin });
    await helper.page.goto(url);
    await ready(helper.page);
    const who = helper.page.locator('.guide-who');
    await who.locator('a').first().waitFor();
    assert.deepEqual(await hrefs(who), own, 'the same people as on the patient\'s phone');
    if (p.clinicName) await who.getByRole('link', { name: `Call ${p.clinicName}: ${p.clinicPhone}` }).waitFor();
    else await who.getByRole('link', { name: `Call the clinic: ${p.clinicPhone}` }).waitFor();
    // It stands alone: no tabs, no settings, no hand-over, no sharing.
    assert.equal(await helper.page.locator('.bottom-nav').count(), 0, 'no patient tabs');
    assert.equal(await helper.page.getByRole('link', { name: 'Settings' }).count(), 0, 'no settings');
    assert.equal(await helper.page.getByRole('link', { name: 'Hand the phone over' }).count(), 0);
    assert.equal(await helper.page.getByRole('link', { name: 'Share this guide' }).count(), 0);
    // "Get help now" on the helper's phone gives the card's numbers too.
    await helper.page.getByRole('button', { name: 'Get help now' }).click();
    const dialog = helper.page.getByRole('dialog', { name: 'Get help now' });
    await dialog.waitFor();
    assertCrisisList(await hrefs(dialog), p, 'help on the helper\'s phone');
    await helper.context.close();
    await patient.context.close();
  });

  test(`${p.who}: the locked screen lists the country's numbers`, async () => {
    const { context, page } = await phone(env.browser, { origin: env.server.origin });
    await setUp(page, p);
    await page.goto(env.server.url('/settings/lock'));
    await ready(page);
    await page.getByLabel('New passphrase (at least 8 characters)').fill(PASS);
    await page.getByLabel('Type it again').fill(PASS);
    await page.getByRole('button', { name: 'Turn the lock on' }).click();
    await page.locator('main').getByText('The lock is on. Your notes are stored encrypted.').waitFor({ timeout: 30000 });
    await page.reload();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    const list = await hrefs(page.locator('main'));
    assert.ok(list.length > 0, 'a number to call while locked');
    assert.equal(list[0], p.emergency, 'the emergency number first');
    if (p.crisis) assert.ok(list.includes(p.crisis), `${p.crisis} while locked`);
    for (const n of p.never) assert.ok(!list.includes(n), `no ${n} while locked`);
    assert.ok(!(await page.locator('body').innerText()).includes(p.clinicPhone), 'nothing saved by the patient shows');
    await context.close();
  });

  test(`${p.who}: hand-over lists the same people`, async () => {
    const { context, page } = await phone(env.browser, { origin: env.server.origin });
    await setUp(page, p);
    await page.goto(env.server.url('/support/hand-over'));
    await ready(page);
    const list = await hrefs(page.locator('.guide-who'));
    assertCrisisList(list, p, 'hand-over');
    assert.equal(list[0], p.emergency);
    await context.close();
  });
}

test('after a crisis answer Today asks "Are you safe right now?" until dismissed', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  assert.equal(await page.locator('.safety-follow-up').count(), 0, 'no card before any answer');
  await setUp(page, PATIENTS[0]);

  // A saved check-in with thoughts of ending one's life.
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  await page.getByLabel('Thoughts of ending your life or hurting yourself').check();
  await page.getByRole('group', { name: 'Do you have a plan or intent to act on them?' }).getByLabel('No').check();
  await checkInTo(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();

  await page.goto(env.server.url('/'));
  await ready(page);
  const card = page.locator('.safety-follow-up');
  await card.waitFor();
  assert.match(await card.textContent(), /You told us about thoughts of ending your life on .+\. Are you safe right now\?/);
  assertCrisisList(await hrefs(card), PATIENTS[0], 'the follow-up card');
  await card.getByRole('button', { name: "I'm safe / I've talked to someone" }).click();
  await card.waitFor({ state: 'detached' });
  // Remembered.
  await page.reload();
  await ready(page);
  await page.locator('main h1', { hasText: 'Today' }).waitFor();
  assert.equal(await page.locator('.safety-follow-up').count(), 0, 'dismissed stays dismissed');

  // A new answer (PHQ-9 item 9) brings it back, worded for the questionnaire.
  await page.goto(env.server.url('/mood/phq9'));
  await ready(page);
  for (let i = 0; i < 8; i++) {
    await page.getByLabel('Not at all', { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByLabel('Several days', { exact: true }).check();
  await page.getByRole('button', { name: 'I have read this' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish and see the score' }).click();
  await page.locator('.result-card__total').waitFor();
  await page.goto(env.server.url('/'));
  await ready(page);
  await card.waitFor();
  assert.match(await card.textContent(), /thoughts of being better off dead or of hurting yourself/);
  assert.deepEqual(errors, []);
  await context.close();
});
