// Clinical content a patient sees: the over-sedation, urine and vomiting red flags escalate at
// the right level; a blood pressure above the usual range is confirmed (never dropped as a
// typo) and then escalates, to emergency with a severe headache; a 10/10 rating inside its
// usual window says to call the clinic; a PCL-5 of 31 or 32 suggests talking to a clinician.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, axe, skipWelcome, checkInTo } from './harness.mjs';

const env = suite();

async function axeClean(page, where) {
  const result = await axe(page);
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], problems.join('\n'));
}

const hrefsOf = (panel) => panel.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

test('over-sedation signs are emergencies; not passing urine and repeated vomiting call the clinic', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  const emergencyGroup = page.getByRole('group', { name: 'Call emergency now if you have:' });
  const clinicGroup = page.getByRole('group', { name: 'Call your clinic if you have:' });
  const panel = page.getByRole('alertdialog');
  for (const flag of ['Cannot be woken, or very hard to wake', 'Slow or shallow breathing', 'Blue or grey lips']) {
    const box = emergencyGroup.getByLabel(flag);
    await box.check();
    await panel.waitFor();
    assert.match(await panel.getByRole('heading').textContent(), /Call emergency now/, flag);
    assert.equal((await hrefsOf(panel))[0], 'tel:911', `${flag}: the emergency number first`);
    await box.uncheck();
    await panel.waitFor({ state: 'detached' });
  }
  for (const flag of ['You cannot pee', 'Vomiting again and again', 'Pain or a sudden, strong urge when you pee, or blood in your pee']) {
    const box = clinicGroup.getByLabel(flag);
    await box.check();
    await panel.waitFor();
    assert.match(await panel.getByRole('heading').textContent(), /Call your clinic now/, flag);
    await box.uncheck();
    await panel.waitFor({ state: 'detached' });
  }
  // Saved with the check-in, every one is logged under a name that loads again (a sign ticked
  // then unticked, as above, is not).
  const signs = ['Cannot be woken, or very hard to wake', 'Slow or shallow breathing', 'Blue or grey lips', 'You cannot pee', 'Vomiting again and again'];
  for (const flag of signs) {
    await page.goto(env.server.url('/check-in/now'));
    await ready(page);
    await page.getByLabel(flag).check();
    await panel.waitFor();
  }
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  for (const flag of signs) assert.ok(await page.getByLabel(flag).isChecked(), `${flag} kept in the draft`);
  // Red flags ticked, the patient can still go through the steps and save.
  await checkInTo(page);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();
  await page.waitForFunction(() => {
    const all = localStorage.getItem('sc.v1.red_flag_events') || '';
    return ['cannot_be_woken', 'slow_or_shallow_breathing', 'blue_or_grey_lips', 'cannot_pass_urine', 'repeated_vomiting'].every((n) => all.includes(n));
  }, null, { timeout: 10000 });
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('a reading above 260/160 is confirmed, not rejected, and escalates; with a severe headache it is an emergency', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, colorScheme });
    await page.goto(env.server.url('/check-in/now'));
    await ready(page);
    const reading = page.getByRole('group', { name: /Blood pressure/ });
    await checkInTo(page, reading);
    await reading.getByLabel('Upper (systolic)').fill('275');
    await reading.getByLabel('Lower (diastolic)').fill('130');
    await reading.getByLabel('Lower (diastolic)').blur();
    const ask = page.getByRole('group', { name: '275/130 is a very high reading. Is it right?' });
    await ask.waitFor();
    assert.doesNotMatch(await reading.textContent(), /should be between/, 'not called a typo');
    // Not confirmed: the check-in is not saved, and says why.
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('275/130 is higher than most readings. Please confirm it below, or correct it.').waitFor();
    assert.equal(await page.getByText('Check-in saved.').count(), 0, 'nothing unconfirmed is saved');
    assert.equal(await page.getByRole('alertdialog').count(), 0, 'no escalation before it is confirmed');
    await axeClean(page, `/check-in/now asking to confirm (${colorScheme})`);

    await ask.getByRole('button', { name: 'Yes, 275/130 is right' }).click();
    const panel = page.getByRole('alertdialog');
    await panel.waitFor();
    assert.match(await panel.getByRole('heading').textContent(), /Call your clinic now/);
    await page.getByText('You confirmed 275/130 is right.').waitFor();
    // The draft holds the reading as confirmed.
    await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"systolic":275')));

    // The red flags are on the first step; the reading is kept on the way.
    await checkInTo(page, page.getByLabel('A very bad headache'), { back: true });
    await page.getByLabel('A very bad headache').check();
    await page.waitForFunction(() => /Call emergency now/.test(document.querySelector('#esc-title')?.textContent || ''));
    assert.equal((await hrefsOf(panel))[0], 'tel:911');
    await axeClean(page, `/check-in/now hypertensive emergency (${colorScheme})`);

    // Changing a number asks again.
    await checkInTo(page, reading);
    assert.equal(await reading.getByLabel('Upper (systolic)').inputValue(), '275', 'kept through Back and Next');
    await reading.getByLabel('Upper (systolic)').fill('280');
    await page.getByRole('group', { name: '280/130 is a very high reading. Is it right?' }).waitFor();
    // A slip beyond any monitor is still refused as one.
    await reading.getByLabel('Upper (systolic)').fill('2750');
    await page.getByRole('button', { name: 'Save check-in' }).click();
    await page.getByText('The upper number should be between 50 and 300. Please check it.').waitFor();
    assert.deepEqual(errors, [], 'console errors');
    await context.close();
  }
});

test('a 10/10 rating inside its usual window says to call the clinic, not that it is common', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  // Noon on a fixed day: a session of the last hour never crosses midnight, whenever this runs.
  await page.clock.install({ time: new Date('2026-06-10T12:00:00') });
  await page.goto(env.server.url('/session'));
  await ready(page);
  // A session that ended 30 minutes ago: anxiety usually fades within a few hours.
  await page.getByLabel('Date', { exact: true }).fill('2026-06-10');
  await page.getByLabel('Start time').fill('10:50');
  await page.getByLabel('End time').fill('11:30');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.locator('main').getByText('Session saved.').waitFor();
  await page.locator('.session-list').getByRole('link', { name: /Check in now/ }).click();
  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();

  const anxiety = page.getByRole('radiogroup', { name: 'Anxious or uneasy' });
  await checkInTo(page, anxiety);
  const note = page.locator('.symptom', { has: anxiety }).locator('.fade-note');
  await anxiety.getByLabel('9', { exact: true }).check();
  await note.getByText(/^This is common\./).waitFor();
  assert.match(await note.textContent(), /most common short-lived psychiatric effect/);
  await anxiety.getByLabel('10', { exact: true }).check();
  await note.getByText('This is strong and more than usual: call your clinic now.').waitFor();
  assert.doesNotMatch(await note.textContent(), /This is common/);

  const nausea = page.getByRole('radiogroup', { name: 'Sick to your stomach' });
  await checkInTo(page, nausea, { back: true });
  const nauseaNote = page.locator('.symptom', { has: nausea }).locator('.fade-note');
  await nausea.getByLabel('10', { exact: true }).check();
  await nauseaNote.getByText('This is strong and more than usual: call your clinic now.').waitFor();
  // It offers the matching red flag, which escalates to the clinic.
  await nauseaNote.getByRole('button', { name: 'Yes, it does' }).click();
  const panel = page.getByRole('alertdialog');
  await panel.waitFor();
  assert.match(await panel.getByRole('heading').textContent(), /Call your clinic now/);
  await checkInTo(page, page.getByLabel('Vomiting again and again'), { back: true });
  assert.equal(await page.getByLabel('Vomiting again and again').isChecked(), true);
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('PCL-5: a score of 31 or 32 suggests talking with a clinician', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  for (const total of [31, 32, 30]) {
    await page.evaluate((total) => {
      const now = Date.now() - 3600000;
      const answers = Array.from({ length: 20 }, (_, i) => Math.min(4, Math.floor(total / 20) + (i < total % 20 ? 1 : 0)));
      const rec = { id: 'pcl', created: now, updated: now, data: { scale: 'pcl5', answers, started: now, completed: now } };
      localStorage.setItem('sc.meta', JSON.stringify({ app: 'session-companion', schema: 1 }));
      localStorage.setItem('sc.v1.questionnaires', JSON.stringify({ app: 'session-companion', schema: 1, records: [rec] }));
    }, total);
    await page.goto(env.server.url('/mood'));
    await ready(page);
    const card = page.locator('.scale-card', { hasText: 'PCL-5' });
    await card.getByText(`Last score: ${total} out of 80`).waitFor();
    const text = await card.textContent();
    if (total >= 31) {
      assert.match(text, /Your score is 31 or more, in or above the range \(31 to 33\) that suggests talking with a clinician about PTSD/, `${total}`);
    } else {
      assert.doesNotMatch(text, /31 or more/, `${total}`);
    }
    assert.doesNotMatch(text, /below 33/);
  }
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});
