// The after-effect check-in, one short step at a time: "Are you OK right now?" (a red flag
// opens the escalation panel at once), the feelings a few per screen, then the rest and Save.
// Back and Next keep every answer; a skipped feeling is "not rated" in the clinician summary;
// the confirmation names the next check-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, axe } from './harness.mjs';

const env = suite();

async function axeClean(page, where) {
  // From the top, as the screen opens (a target half under the bottom bar reads as too small).
  await page.evaluate(() => window.scrollTo(0, 0));
  const result = await axe(page);
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], problems.join('\n'));
}

const progress = (page) => page.locator('#check-in-steps-progress').textContent();
const headingFocused = (page, n) => page.waitForFunction((n) => document.activeElement?.id === 'check-in-step'
  && document.querySelector('#check-in-steps-progress')?.textContent === `Step ${n} of 5`, n);

async function next(page, n) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await headingFocused(page, n);
}

async function back(page, n) {
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await headingFocused(page, n);
}

test('check-in steps: in order, Back keeps answers, a red flag escalates at once, skipped is not rated, the next check-in named', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  // Noon on a fixed day (no session crossing midnight whenever the test runs).
  await page.clock.install({ time: new Date('2026-06-10T12:00:00') });
  await page.goto(env.server.url('/session'));
  await ready(page);
  // A session that ended 10 minutes ago: this is the "right after" check-in, the next is 1 hour after.
  await page.getByLabel('Date', { exact: true }).fill('2026-06-10');
  await page.getByLabel('Start time').fill('10:50');
  await page.getByLabel('End time').fill('11:50');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.locator('main').getByText('Session saved.').waitFor();
  await page.locator('.session-list').getByRole('link', { name: /Check in now/ }).click();

  // 1. Are you OK right now? A red flag opens the panel at once, on this step.
  await page.getByRole('heading', { name: 'Are you OK right now?' }).waitFor();
  assert.equal(await progress(page), 'Step 1 of 5');
  assert.equal(await page.getByRole('button', { name: 'Back', exact: true }).count(), 0, 'no Back on the first step');
  assert.equal(await page.getByRole('radiogroup').count(), 0, 'no feelings on the first step');
  const headache = page.getByLabel('A very bad headache');
  await headache.check();
  const panel = page.getByRole('alertdialog');
  await panel.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'escalation');
  assert.match(await panel.getByRole('heading').textContent(), /Call your clinic now/);
  await headache.uncheck();
  await panel.waitFor({ state: 'detached' });
  await axeClean(page, '/check-in step 1');

  // 2.-4. The feelings, a few per screen; Next and Back keep every answer.
  await next(page, 2);
  assert.equal(await page.getByRole('heading', { name: 'How strong is each feeling now?' }).count(), 1);
  const groups = page.getByRole('radiogroup');
  assert.ok((await groups.count()) >= 3 && (await groups.count()) <= 4, 'a few feelings per screen');
  const detached = page.getByRole('radiogroup', { name: 'Feeling detached or far away' });
  await detached.getByLabel('4', { exact: true }).check();
  await page.getByText(/fades within about 2 hours/).first().waitFor();
  for (const button of ['Back', 'Next']) {
    const box = await page.getByRole('button', { name: button, exact: true }).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${button} is thumb-sized`);
  }
  await axeClean(page, '/check-in step 2');
  await next(page, 3);
  const dizzy = page.getByRole('radiogroup', { name: 'Dizzy' });
  await dizzy.getByLabel('2', { exact: true }).check();
  await back(page, 2);
  assert.ok(await detached.getByLabel('4', { exact: true }).isChecked(), 'Back keeps the answer');
  await next(page, 3);
  assert.ok(await dizzy.getByLabel('2', { exact: true }).isChecked(), 'Next keeps the answer');
  // Step 4 skipped whole: its feelings stay not answered.
  await next(page, 4);
  await page.getByRole('radiogroup', { name: 'Headache' }).waitFor();

  // 5. The rest, then Save.
  await next(page, 5);
  await page.getByRole('heading', { name: 'Last step: anything else, then save' }).waitFor();
  assert.equal(await page.getByText('Check-in saved.').count(), 0, 'Next onto the last step never saves');
  assert.equal(await page.getByLabel('Which check-in is this?').locator('option:checked').textContent(), 'Right after the session');
  await page.getByLabel('Notes (optional)').fill('Calm, a little dizzy');
  await back(page, 4);
  await next(page, 5);
  assert.equal(await page.getByLabel('Notes (optional)').inputValue(), 'Calm, a little dizzy', 'typed notes kept');
  await axeClean(page, '/check-in step 5');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  const saved = page.locator('#check-in-saved');
  await saved.getByText('Check-in saved.').waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'check-in-saved');
  assert.match(await saved.textContent(), /Next check-in: 1 hour after, at 12:50 PM\./, "in the US patient's 12-hour clock");
  await axeClean(page, '/check-in saved');

  // The clinician summary: rated ones with their peak, skipped ones "not rated".
  await page.goto(env.server.url('/summary'));
  await ready(page);
  const row = (name) => page.locator('.summary-block tr', { has: page.getByRole('rowheader', { name, exact: true }) });
  await row('Headache').waitFor();
  const peak = (name) => row(name).locator('td').first().textContent();
  assert.equal(await peak('Headache'), 'not rated', 'skipped: not rated, never 0');
  assert.equal(await peak('Sick to the stomach'), 'not rated');
  assert.equal(await peak('Dizzy'), '2');
  assert.equal(await peak('Feeling detached'), '4');
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('a check-in not after a session: the steps survive a reload, and a ticked red flag can still be saved', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  await page.getByLabel('Chest pain or pressure').check();
  await page.getByRole('alertdialog').waitFor();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await headingFocused(page, 2);
  await page.getByRole('radiogroup', { name: 'Sleepy' }).getByLabel('3', { exact: true }).check();
  await page.waitForFunction(() => (localStorage.getItem('sc.v1.checkins') || '').includes('drowsiness'));
  await page.reload();
  await ready(page);
  await page.getByText('Your answers are back').waitFor();
  assert.ok(await page.getByLabel('Chest pain or pressure').isChecked());
  for (let n = 2; n <= 5; n++) await next(page, n);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();
  await page.getByText('No other check-in is planned for now. You can check in again at any time.').waitFor();
  await page.waitForFunction(() => (localStorage.getItem('sc.v1.red_flag_events') || '').includes('chest_pain'));
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});
