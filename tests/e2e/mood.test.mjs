// The Mood screens as a patient uses them: questionnaires one question at a time with drafts
// kept, the PHQ-9 item-9 safety panel before any total, daily mood in two taps, and the trend
// charts with their tables, axe-clean and without sideways scrolling on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, skipWelcome, axe } from './harness.mjs';

const env = suite();

const DAY = 86400000;

/** Stored records as the app writes them: twelve weeks of PHQ-9 and GAD-7 (the last PHQ-9
 *  with item 9 above "Not at all"), three monthly PCL-5s, daily moods and six sessions. */
function history(now) {
  const rec = (id, at, data) => ({ id, created: at, updated: at, data });
  const spread = (total, items, max) =>
    Array.from({ length: items }, (_, i) => Math.min(max, Math.floor(total / items) + (i < total % items ? 1 : 0)));
  const questionnaires = [];
  for (let w = 0; w < 12; w++) {
    const at = now - (11 - w) * 7 * DAY - 3600000;
    const phq = spread([20, 19, 17, 15, 12, 10, 9, 8, 7, 6, 5, 3][w], 9, 3);
    if (w === 11) phq[8] = 1;
    questionnaires.push(rec(`phq${w}`, at, { scale: 'phq9', answers: phq, started: at, completed: at }));
    questionnaires.push(rec(`gad${w}`, at, { scale: 'gad7', answers: spread(Math.max(2, 16 - w), 7, 3), started: at, completed: at }));
  }
  for (let m = 0; m < 3; m++) {
    const at = now - (2 - m) * 30 * DAY - 7200000;
    questionnaires.push(rec(`pcl${m}`, at, { scale: 'pcl5', answers: spread([48, 40, 30][m], 20, 4), started: at, completed: at }));
  }
  const moods = [];
  for (let d = 60; d >= 1; d--) {
    const at = now - d * DAY;
    moods.push(rec(`mood${d}`, at, { at, score: 3 + (d % 5), word: d % 7 === 0 ? 'tired' : '' }));
  }
  const sessions = [];
  for (let s = 0; s < 6; s++) {
    const t = now - (73 - s * 4) * DAY;
    sessions.push(rec(`s${s}`, t, { date: new Date(t).toISOString().slice(0, 10), start: '10:00', end: '11:00', route: 'iv' }));
  }
  const wrap = (records) => JSON.stringify({ app: 'session-companion', schema: 1, records });
  return {
    'sc.meta': JSON.stringify({ app: 'session-companion', schema: 1 }),
    'sc.v1.questionnaires': wrap(questionnaires),
    'sc.v1.moods': wrap(moods),
    'sc.v1.sessions': wrap(sessions),
  };
}

async function fresh(page, stored = {}) {
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, stored);
}

const storedRecords = (page, kind) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) || '{"records":[]}').records, `sc.v1.${kind}`);

async function answer(page, label) {
  await page.getByLabel(label, { exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
}

test('PHQ-9: a draft resumes, item 9 shows the safety panel before the total, which then saves', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await fresh(page);
  await page.goto(env.server.url('/mood/phq9'));
  await ready(page);
  assert.equal(await page.locator('.q-progress').textContent(), 'Question 1 of 9');
  assert.match(await page.locator('.stem').textContent(), /^Over the last 2 weeks, how often have you been bothered by any of the following problems\?$/);
  assert.match(await page.locator('.attribution').textContent(), /Pfizer/);
  for (let i = 0; i < 4; i++) await answer(page, 'Several days');

  // Leaving keeps the draft; coming back resumes at the first unanswered question.
  await page.goto(env.server.url('/mood'));
  await ready(page);
  await page.getByRole('link', { name: 'Continue (4 of 9 answered)' }).click();
  await page.locator('.q-progress', { hasText: 'Question 5 of 9' }).waitFor();
  const drafts = await storedRecords(page, 'questionnaires');
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0].data.completed ?? null, null, 'still a draft');

  for (let i = 4; i < 8; i++) await answer(page, 'Not at all');
  await page.getByLabel('More than half the days', { exact: true }).check();
  const panel = page.getByRole('alertdialog', { name: 'About your answer to question 9' });
  await panel.waitFor();
  const hrefs = await panel.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of ['tel:911', 'tel:988', 'sms:988']) assert.ok(hrefs.includes(href), `${href} one tap away`);
  assert.match(await panel.textContent(), /Nobody watches this app/);
  const audit = await axe(page);
  assert.deepEqual(audit.violations.map((v) => v.id), [], 'safety panel is axe-clean');

  // Not skipped by accident: Escape and a tap outside leave it open.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.mouse.click(3, 3);
  // Chromium may force a modal shut on a repeated Escape; the app opens it again at once.
  await panel.waitFor({ state: 'visible', timeout: 5000 });
  assert.ok(await panel.isVisible(), 'still open');
  const events = await storedRecords(page, 'red_flag_events');
  assert.equal(events.length, 1);
  assert.equal(events[0].data.phq9_item9, 2);

  await panel.getByRole('button', { name: 'I have read this' }).click();
  await panel.waitFor({ state: 'hidden' });
  // The item stays answered and counts.
  assert.ok(await page.getByLabel('More than half the days', { exact: true }).isChecked());
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Finish and see the score' }).click();
  await page.locator('.result-card__total').waitFor();
  assert.equal(await page.locator('.result-card__total').textContent(), 'Score: 6 out of 27');
  assert.match(await page.locator('.result-card__band').textContent(), /Level: Mild/);
  assert.match(await page.locator('main').textContent(), /No baseline yet: no session is recorded/);
  // Read-only from now on: no radio buttons, and a correction adds a new draft.
  assert.equal(await page.locator('main input[type=radio]').count(), 0);
  await page.getByRole('button', { name: 'Correct an answer (adds a new one)' }).click();
  await page.getByRole('heading', { name: 'Check and finish' }).waitFor();
  const after = await storedRecords(page, 'questionnaires');
  assert.equal(after.length, 2, 'the finished one is kept and a new one added');
  assert.equal(after.filter((r) => r.data.completed).length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('missing answers: no total is shown and the draft is kept', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await fresh(page);
  await page.goto(env.server.url('/mood/gad7'));
  await ready(page);
  await answer(page, 'Several days');
  for (let i = 1; i < 7; i++) await page.getByRole('button', { name: 'Skip for now' }).click();
  await page.getByRole('heading', { name: 'Check and finish' }).waitFor();
  assert.match(await page.locator('main').textContent(), /6 questions have no answer yet/);
  assert.equal(await page.getByRole('button', { name: 'Finish and see the score' }).count(), 0);
  assert.equal(await page.locator('.result-card__total').count(), 0);
  const records = await storedRecords(page, 'questionnaires');
  assert.deepEqual(records.map((r) => [r.data.scale, r.data.completed ?? null, r.data.answers[0]]), [['gad7', null, 1]]);
  await page.getByRole('button', { name: 'Answer question 2' }).click();
  assert.equal(await page.locator('.q-progress').textContent(), 'Question 2 of 7');
  await context.close();
});

test('daily mood in two taps on Today, shown once saved and changed in place', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await fresh(page);
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  const card = page.locator('.quick-mood');
  await card.getByText('7', { exact: true }).click();
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByText('Today: 7 out of 10').waitFor();
  await page.reload();
  await ready(page);
  await card.getByRole('button', { name: "Change today's mood" }).click();
  await card.getByText('4', { exact: true }).click();
  await card.getByLabel('A word or note (optional)').fill('  tired ');
  await card.getByRole('button', { name: 'Save' }).click();
  await card.getByText('Today: 4 out of 10').waitFor();
  const moods = await storedRecords(page, 'moods');
  assert.deepEqual(moods.map((m) => [m.data.score, m.data.word]), [[4, 'tired']], 'one mood a day');
  await context.close();
});

test('trends: charts with bands and session days, range buttons, tables; axe-clean at 360 px in both schemes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, colorScheme });
    await fresh(page, history(Date.now()));
    await page.goto(env.server.url('/mood'));
    await ready(page);
    const charts = page.locator('.chart-card');
    assert.equal(await charts.count(), 4, 'PHQ-9, GAD-7, PCL-5 and daily mood');
    assert.equal(await page.locator('svg.chart rect.band').count(), 5 + 4, 'PHQ-9 and GAD-7 bands, none for the PCL-5');
    assert.equal(await page.locator('svg.chart line.cut').count(), 1, 'the PCL-5 cut-point');
    const pressed = () => page.locator('.range-buttons [aria-pressed="true"]').textContent();
    assert.equal(await pressed(), '4 weeks');
    // The numbers table is built when it is opened.
    const phqNumbers = charts.first().locator('details.numbers');
    assert.equal(await phqNumbers.locator('table').count(), 0, 'no table until asked for');
    await phqNumbers.locator('summary').click();
    // The toggle event comes a moment after the click.
    await phqNumbers.locator('tbody tr').first().waitFor();
    const phqRows = () => phqNumbers.locator('tbody tr').count();
    assert.equal(await phqRows(), 4);
    assert.equal(await page.locator('svg.chart line.session-mark').count(), 0, 'no session in the last 4 weeks');
    await page.getByRole('button', { name: 'All', exact: true }).click();
    assert.equal(await pressed(), 'All');
    assert.equal(await phqRows(), 12);
    assert.equal(await charts.first().locator('svg line.session-mark').count(), 6);
    assert.match(await charts.first().locator('svg').getAttribute('aria-label'), /^PHQ-9: 12 results from .* latest 4\.$/);
    // The PHQ-9 card compares with the last score before the first session.
    const phqCard = page.locator('.scale-card').first();
    assert.match(await phqCard.textContent(), /From 20 on .* to 4 on .*: 16 points lower\./);
    assert.match(await phqCard.textContent(), /Response: the score fell by half or more\./);
    assert.match(await phqCard.textContent(), /Remission: a score under 5\./);
    // The scores are listed once the select is reached (touched or focused), as a patient does.
    const phqBaseline = phqCard.getByLabel('Your starting score (the one to compare with)');
    await phqBaseline.focus();
    await phqBaseline.locator('option').nth(2).waitFor({ state: 'attached' });
    await phqBaseline.selectOption({ index: 2 });
    assert.match(await phqCard.textContent(), /From 5 on .* to 4 on .*: 1 point lower\./);
    // The PCL-5 has no bands and says when it is due.
    const pclCard = page.locator('.scale-card').nth(2);
    assert.match(await pclCard.textContent(), /once a month \(every 30 days\)/);
    assert.doesNotMatch(await pclCard.textContent(), /Level:/);

    const moodNumbers = charts.last().locator('details.numbers');
    await moodNumbers.locator('summary').click();
    await moodNumbers.locator('table tbody tr').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `scrolls sideways by ${overflow}px`);
    // The starting score picked above is kept, as the hint under it says.
    await page.waitForFunction(() => (localStorage.getItem('sc.v1.settings') ?? '').includes('"baselines":[{'));
    await page.reload();
    await ready(page);
    assert.match(await page.locator('.scale-card').first().textContent(), /From 5 on .* to 4 on .*: 1 point lower\./, 'the pick is kept after a reload');
    const audit = await axe(page);
    assert.deepEqual(audit.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('an unknown scale address says so instead of showing a blank form', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/mood/bdi'));
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), 'There is no questionnaire at this address.');
  await context.close();
});

test('the baseline picked to compare with is remembered', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/privacy'));
  await ready(page);
  const day = 86400000;
  const now = Date.now();
  const gad7 = (id, daysAgo, answers) => ({
    id, created: now - daysAgo * day, updated: now - daysAgo * day,
    data: { scale: 'gad7', started: now - daysAgo * day, completed: now - daysAgo * day + 60000, answers },
  });
  await page.evaluate((records) => {
    localStorage.setItem('sc.meta', JSON.stringify({ schema: 1, app: 'session-companion' }));
    localStorage.setItem('sc.v1.questionnaires', JSON.stringify({ schema: 1, app: 'session-companion', records }));
  }, [gad7('a1', 40, [3, 3, 2, 2, 3, 2, 3]), gad7('a2', 20, [2, 2, 1, 2, 1, 1, 2]), gad7('a3', 2, [1, 1, 0, 1, 0, 1, 1])]);
  await page.goto(env.server.url('/mood'));
  await ready(page);
  const select = page.locator('select[id^="baseline-gad"]');
  // Until the patient reaches the select it holds the default alone (the scores are built when
  // it is touched or focused, before its list can open).
  assert.equal(await select.locator('option').count(), 1, 'the default only, before the select is reached');
  await select.focus();
  await page.waitForFunction(() => document.querySelectorAll('select[id^="baseline-gad"] option').length === 4);
  const options = await select.locator('option').allTextContents();
  assert.equal(options.length, 4, 'the default and three scores');
  // Pick the oldest score (its option's value is when it was completed).
  const oldest = String(now - 40 * day + 60000);
  assert.match(await select.locator(`option[value="${oldest}"]`).textContent(), /18/, 'the oldest total');
  await select.selectOption(oldest);
  // Reload once the pick is stored (the save follows the screen's update).
  await page.waitForFunction((v) => (localStorage.getItem('sc.v1.settings') ?? '').includes(v), oldest);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('select[id^="baseline-gad"]').inputValue(), oldest, 'still the picked baseline after a reload');
  assert.deepEqual(await page.locator('select[id^="baseline-gad"] option').allTextContents(), [options[0], options[3]],
    'before it is reached again: the default and the picked score, shown as picked');
  assert.deepEqual(errors, []);
  await context.close();
});
