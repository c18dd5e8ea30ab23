// The Prepare flow as a patient meets it: enter the next session, the clinic's instructions and
// the support person (bad input first), tick the checklist until it says Ready, see it on Today;
// then the assessment notes with a medicine to ask about, undo a delete, and print the summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, skipWelcome, axe } from './harness.mjs';

const env = suite();


async function axeClean(page, where) {
  const result = await axe(page);
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], problems.join('\n'));
}

/** `YYYY-MM-DD` for a day `days` from today, in the browser's own time zone. */
const localDate = (page, days) => page.evaluate((n) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}, days);

const text = async (locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

test('checklist from the next session and the clinic\'s own times, with bad input refused', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  assert.match(await text(page.locator('.readiness-card')), /Have a session coming up\?/);

  await page.goto(env.server.url('/prepare'));
  await ready(page);
  // A session in the past is refused on its field and nothing is created.
  await page.fill('#next-session-date', await localDate(page, -1));
  await page.fill('#next-session-time', '09:00');
  await page.getByRole('button', { name: 'Add session' }).click();
  await page.locator('#next-session-date[aria-invalid="true"]').waitFor();
  assert.match(await text(page.locator('#next-session-date-error')), /already passed/);
  assert.equal(await page.locator('#checklist-title').count(), 0);

  await page.fill('#next-session-date', await localDate(page, 2));
  await page.fill('#next-session-time', '07:30');
  await page.getByRole('button', { name: 'Add session' }).click();
  await page.locator('#checklist-title').waitFor();
  assert.match(await text(page.locator('.readiness')), /at 7:30 AM \(in (1 day|2 days)/);
  assert.match(await text(page.locator('main')), /fasting times are not entered yet/);

  // The clinic's instructions open on their own screen from the summary's "Edit".
  await page.getByRole('link', { name: /^Edit/ }).click();
  await page.locator('main h1', { hasText: "Your clinic's instructions" }).waitFor();
  // Out-of-range clinic numbers: an inline message per field, the text kept, nothing saved.
  await page.fill('#rules-solid', '-3');
  await page.fill('#rules-clear', '30');
  await page.fill('#rules-alcohol-before', 'abc');
  await page.getByRole('button', { name: 'Save instructions' }).click();
  await page.locator('#rules-solid[aria-invalid="true"]').waitFor();
  assert.match(await text(page.locator('#rules-solid-error')), /less than 0/);
  assert.match(await text(page.locator('#rules-clear-error')), /more than 24 hours/);
  assert.match(await text(page.locator('#rules-alcohol-before-error')), /whole hours/);
  assert.equal(await page.getAttribute('#rules-clear', 'aria-describedby'), 'rules-clear-error');
  assert.equal(await page.inputValue('#rules-clear'), '30');
  await page.reload();
  await ready(page);
  assert.equal(await page.inputValue('#rules-solid'), '', 'nothing was saved');
  assert.equal(await page.inputValue('#rules-alcohol-before'), '24');

  await page.fill('#rules-solid', '6');
  await page.fill('#rules-clear', '2');
  // 72 h: the no-alcohol time has begun, so that item can be ticked today.
  await page.fill('#rules-alcohol-before', '72');
  await page.fill('#rules-extra-new', 'Headphones');
  await page.press('#rules-extra-new', 'Enter');
  await page.getByRole('button', { name: 'Save instructions' }).click();
  await page.locator('p.status', { hasText: /^Saved\.$/ }).waitFor();
  await page.getByRole('link', { name: 'Back to your checklist' }).click();
  await page.locator('#checklist-title').waitFor();
  const summary = await text(page.locator('.clinic-summary'));
  assert.match(summary, /No solid food for 6 h before/);
  assert.match(summary, /Clear liquids until 2 h before/);
  assert.match(summary, /No alcohol or recreational drugs 72 h before and 24 h after/);
  // Every time on the checklist not today has its day (12-hour and month first in the US).
  await page.getByText(/No solid food after 1:30 AM on \w{3}, \w{3} \d+/).waitFor();
  await page.getByText(/Clear liquids until 5:30 AM on \w{3}, \w{3} \d+/).waitFor();
  assert.match(await text(page.locator('.checklist')), /None since 7:30 AM on \w{3}, \w{3} \d+/);
  assert.match(await text(page.locator('.checklist')), /Headphones/);

  // The support person's phone is checked before it is kept.
  await page.fill('#support-name', 'Sam');
  await page.getByRole('button', { name: 'Save support person' }).click();
  assert.match(await text(page.locator('#support-phone-error')), /Enter their phone number/);
  await page.fill('#support-phone', '911');
  await page.getByRole('button', { name: 'Save support person' }).click();
  await page.getByText('too short: enter at least 7 digits').waitFor();
  await page.fill('#support-phone', '(555) 010-0199');
  await page.getByRole('button', { name: 'Save support person' }).click();
  await page.getByText('Sam will collect me and stay with me afterwards').waitFor();

  await axeClean(page, '/prepare, filled in');
  const boxes = page.locator('.checklist input[type="checkbox"]');
  const count = await boxes.count();
  assert.equal(count, 7, 'fasting, alcohol, medicines, support, bring, clothes, headphones');
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
  await page.locator('.readiness .ok-note').waitFor();
  await page.setViewportSize({ width: 320, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the filled-in checklist scrolls sideways by ${overflow}px at 320px`);

  // Ticks survive a reload and Today says Ready with a countdown.
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  const card = await text(page.locator('.readiness-card'));
  assert.match(card, /Ready/);
  assert.match(card, /\(in \d+ days?/);
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('assessment notes: a medicine to ask about, undo, and a summary that prints alone', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await phone(env.browser, { colorScheme, origin: env.server.origin });
    await page.goto(env.server.url('/prepare/assessment'));
    await ready(page);
    await page.getByLabel('High blood pressure').check();
    await page.fill('#med-new-name', 'Xanax');
    await page.fill('#med-new-dose', '0.5 mg');
    await page.getByRole('button', { name: 'Add medicine' }).click();
    await page.fill('#med-new-name', 'Sertraline');
    await page.getByRole('button', { name: 'Add medicine' }).click();
    // Added: said in the status line, and the new row (with its note) is on screen.
    await page.getByRole('status').getByText('Added Sertraline to your list.').waitFor();
    await page.waitForFunction(() => {
      const row = [...document.querySelectorAll('.medicine')].find((r) => r.textContent.includes('Sertraline'));
      const box = row && row.getBoundingClientRect();
      return box && box.top >= 0 && box.bottom <= innerHeight;
    });
    await page.getByRole('button', { name: 'Add medicine' }).click();
    assert.match(await text(page.locator('#med-new-name-error')), /medicine's name/);
    const flag = await text(page.locator('.medicines .med-flag'));
    assert.match(flag, /Ask your prescriber before your session\. It can add to the sleepiness/);
    assert.doesNotMatch(flag, /\bstop/i, 'never advice to stop');
    // A medicine without a note says so plainly; a sleep medicine (UK brand) has its note.
    const sertraline = page.locator('.medicine', { hasText: 'Sertraline' });
    assert.equal(await text(sertraline.locator('.med-flag-none')), 'No note for this one: still mention it at your assessment.');
    assert.equal(await page.locator('.medicine', { hasText: 'Xanax' }).locator('.med-flag-none').count(), 0);
    await page.fill('#med-new-name', 'Zimovane 7.5 mg');
    assert.match(await text(page.locator('.medicine-form .med-flag')), /Ask your prescriber before your session\. It can add to the sleepiness/);
    await page.fill('#med-new-name', '');
    await page.fill('#questions', 'Can I drive the next day?');
    await page.locator('#concerns').click();
    await axeClean(page, `/prepare/assessment (${colorScheme})`);

    await page.getByRole('button', { name: 'Delete: Sertraline' }).click();
    await page.getByText('Removed Sertraline.').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.medicine-name', { hasText: 'Sertraline' }).waitFor();

    // Printing from the notes gives the summary alone.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.prep-edit').isVisible(), false);
    assert.equal(await page.locator('.summary').isVisible(), true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Show the summary to bring' }).click();
    const summary = await text(page.locator('.summary'));
    assert.match(summary, /High blood pressure/);
    assert.match(summary, /Xanax, 0\.5 mg \(to ask about before the session\)/);
    assert.match(summary, /Can I drive the next day\?/);
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await axeClean(page, `assessment summary (${colorScheme})`);
    assert.deepEqual(errors, [], 'console errors');
    await context.close();
  }
});
