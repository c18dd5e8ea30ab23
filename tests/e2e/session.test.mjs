// The session flow on a phone: record a session (bad input is refused with a message and
// nothing saved), check in (a red flag escalates at once, a draft survives a reload, a time
// before the session is refused), the session's chart and table, delete with undo, the journal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, axe, settled, checkInTo } from './harness.mjs';

const env = suite();

const day = (offset) => {
  const d = new Date(Date.now() + offset * 86400000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

async function axeClean(page, where) {
  const result = await axe(page);
  const problems = result.violations.map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  assert.deepEqual(problems, [], problems.join('\n'));
}

async function noSidewaysScroll(page, where) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
}

async function touchTargets(page, where) {
  await settled(page);
  const small = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"]')) {
      const target = ['checkbox', 'radio'].includes(el.type) ? el.closest('label') || el : el;
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (el.closest('dialog:not([open])')) continue;
      if (el.tagName === 'A' && el.parentElement.closest('p') && !el.classList.contains('btn')) continue;
      if (el.classList.contains('skip-link')) continue;
      if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    }
    return out;
  });
  assert.deepEqual(small, [], `${where} has small targets`);
}

test('record, check in with a red flag, resume a draft, chart, delete with undo, journal', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/session'));
  await ready(page);

  // Bad input: end before start and an impossible reading. Nothing is saved.
  await page.getByLabel('Date', { exact: true }).fill(day(-1));
  await page.getByLabel('Start time').fill('10:00');
  await page.getByLabel('End time').fill('09:30');
  const before = page.getByRole('group', { name: 'Before the dose' });
  await before.getByLabel('Upper (systolic)').fill('80');
  await before.getByLabel('Lower (diastolic)').fill('120');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.getByText('The end time is before the start time').waitFor();
  await page.getByText('The lower number must be smaller than the upper one').waitFor();
  assert.equal(await page.getByLabel('End time').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByText('No sessions recorded yet.').count(), 1, 'nothing saved');
  assert.equal(await page.getByLabel('Start time').inputValue(), '10:00', 'what was typed is kept');
  await axeClean(page, '/session with errors');

  await page.getByLabel('End time').fill('10:40');
  await before.getByLabel('Upper (systolic)').fill('120');
  await before.getByLabel('Lower (diastolic)').fill('80');
  await page.getByRole('button', { name: 'Save session' }).click();
  await page.locator('main').getByText('Session saved.').waitFor();
  assert.equal(await page.locator('.session-list li').count(), 1);
  await noSidewaysScroll(page, '/session');

  // Check in: a red flag opens the escalation panel at once, with focus on it.
  await page.locator('.session-list').getByRole('link', { name: /Check in now/ }).click();
  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
  await page.getByLabel('Chest pain or pressure').check();
  const panel = page.getByRole('alertdialog');
  await panel.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === 'escalation');
  assert.match(await panel.textContent(), /Nobody watches this app\. Contact someone now\./);
  assert.match(await panel.getByRole('heading').textContent(), /Call emergency now/);
  const hrefs = await panel.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.equal(hrefs[0], 'tel:911');
  await axeClean(page, '/check-in with escalation');
  // The draft keeps the tick; the warning-sign log only takes it when the check-in is saved.
  await page.waitForFunction(() => (localStorage.getItem('sc.v1.checkins') || '').includes('chest_pain'));
  assert.doesNotMatch(await page.evaluate(() => localStorage.getItem('sc.v1.red_flag_events') || ''), /chest_pain/);
  await page.getByLabel('Chest pain or pressure').uncheck();
  await panel.waitFor({ state: 'detached' });

  // Suicidal thoughts ask the follow-up; a plan makes it an emergency.
  await page.getByLabel('Thoughts of ending your life or hurting yourself').check();
  await panel.waitFor();
  assert.match(await panel.getByRole('heading').textContent(), /crisis line/);
  await page.getByRole('group', { name: 'Do you have a plan or intent to act on them?' }).getByLabel('Yes').check();
  await page.waitForFunction(() => /Call emergency now/.test(document.querySelector('#esc-title')?.textContent || ''));
  await page.getByLabel('Thoughts of ending your life or hurting yourself').uncheck();
  await panel.waitFor({ state: 'detached' });

  // A rating shows what is expected, compared with the time since the session ended.
  const dissociation = page.getByRole('radiogroup', { name: 'Feeling detached or far away' });
  await checkInTo(page, dissociation);
  await dissociation.getByLabel('5', { exact: true }).check();
  await page.getByText(/Usually gone within about 2 hours\. It has been .*: tell your clinic\./).waitFor();
  const box = await dissociation.locator('label').first().boundingBox();
  assert.ok(box.width >= 44 && box.height >= 44, 'thumb-sized score buttons');
  await noSidewaysScroll(page, '/check-in feelings');
  await touchTargets(page, '/check-in feelings');
  await checkInTo(page);
  await page.getByRole('button', { name: 'Add a feeling' }).click();
  await page.getByLabel('What you feel').fill('Jaw ache');
  await page.getByLabel('How strong (0 to 10)').selectOption('3');
  await noSidewaysScroll(page, '/check-in');
  await touchTargets(page, '/check-in');

  // A draft survives a reload.
  await page.reload();
  await ready(page);
  await page.getByText('Your answers are back').waitFor();
  await checkInTo(page, dissociation);
  assert.ok(await dissociation.getByLabel('5', { exact: true }).isChecked());
  await checkInTo(page);
  assert.equal(await page.getByLabel('What you feel').inputValue(), 'Jaw ache');

  // A time before the session is refused with a message.
  await page.getByLabel('Date of this check-in').fill(day(-2));
  await page.getByLabel('Date of this check-in').dispatchEvent('change');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByText(/This is before the session started/).waitFor();
  await page.getByLabel('Date of this check-in').fill(day(0));
  await page.getByLabel('Date of this check-in').dispatchEvent('change');
  const reading = page.getByRole('group', { name: 'Blood pressure (optional)' });
  // Beyond any monitor: a typing slip (above 260 but possible asks to be confirmed instead).
  await reading.getByLabel('Upper (systolic)').fill('3000');
  await reading.getByLabel('Lower (diastolic)').fill('80');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.getByText('The upper number should be between 50 and 300').waitFor();
  await reading.getByLabel('Upper (systolic)').fill('130');
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await page.locator('main').getByText('Check-in saved.').waitFor();

  // The session page: the check-in, the chart with its table, the trend.
  await page.getByRole('link', { name: 'See this session' }).click();
  await page.locator('.chart svg[role="img"]').waitFor();
  assert.equal(await page.locator('.chart polyline').count(), 1);
  assert.match(await page.locator('.chart table').textContent(), /Feeling detached or far away/);
  assert.match(await page.locator('.check-ins').textContent(), /Jaw ache: 3/);
  await page.getByText('Show the numbers as a table').first().click();
  await axeClean(page, '/session/:id');
  await noSidewaysScroll(page, '/session/:id');
  await touchTargets(page, '/session/:id');

  // Delete, then undo.
  await page.getByRole('button', { name: 'Delete this session' }).click();
  await page.getByText('Session deleted, with its check-ins.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.chart polyline').waitFor({ state: 'attached' });

  // Journal: save an entry and filter as you type.
  await page.goto(env.server.url('/journal'));
  await ready(page);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.locator('main').getByText('Write something first.').waitFor();
  await page.getByLabel('Your reflection').fill('Felt calm by the lake');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.locator('main').getByText('Entry saved.').waitFor();
  await page.getByLabel('Your reflection').fill('Tired but hopeful');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.journal li').length === 2);
  await page.getByLabel('Search your journal').fill('CALM');
  await page.waitForFunction(() => document.querySelectorAll('.journal li').length === 1);
  await axeClean(page, '/journal');

  // Change an entry (an emptied one is refused and nothing is lost), delete one, undo.
  await page.getByLabel('Search your journal').fill('');
  await page.getByRole('button', { name: /^Edit the entry of/ }).first().click();
  const edit = page.getByLabel('Change your reflection');
  const original = await edit.inputValue();
  await edit.fill('   ');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('main').getByText('Write something first.').waitFor();
  await edit.fill(`${original} — and slept well`);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.locator('main').getByText('Entry updated.').waitFor();
  await page.locator('main').getByText(`${original} — and slept well`).waitFor();
  await page.reload();
  await ready(page);
  await page.locator('main').getByText(`${original} — and slept well`).waitFor();
  await page.getByRole('button', { name: /^Delete the entry of/ }).first().click();
  await page.locator('main').getByText('Entry deleted.').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.journal li').length === 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.journal li').length === 2);

  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('a clinic-level flag without a clinic number offers 988 and emergency, and asks for the clinic', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin, colorScheme: 'dark' });
  await page.goto(env.server.url('/check-in/now'));
  await ready(page);
  await axeClean(page, '/check-in/now (dark)');
  await page.getByLabel('A very bad headache').check();
  const panel = page.getByRole('alertdialog');
  await panel.waitFor();
  const hrefs = await panel.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, ['tel:988', 'sms:988', 'tel:911']);
  await panel.getByText("Your clinic's number is not saved yet.").waitFor();
  await panel.getByRole('link', { name: 'Add it in settings' }).waitFor();
  await axeClean(page, '/check-in/now with escalation (dark)');
  await context.close();
});

test('a long course: the latest six sessions, the rest behind a button that keeps focus', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/session'));
  await ready(page);
  for (let i = 7; i >= 1; i--) {
    await page.getByLabel('Date', { exact: true }).fill(day(-7 * i));
    await page.getByLabel('Start time').fill('09:00');
    await page.getByLabel('End time').fill('10:00');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText('Session saved.').first().waitFor();
  }
  const items = page.locator('#session-list > li');
  assert.equal(await items.count(), 6);
  const more = page.getByRole('button', { name: 'Show all 7 sessions' });
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  const shown = await page.locator('#session-list h3').allTextContents();
  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(await items.count(), 7);
  // Newest first, so the one left out was the oldest: seven weeks ago.
  const all = await page.locator('#session-list h3').allTextContents();
  assert.deepEqual(all.slice(0, 6), shown);
  const oldest = await page.evaluate((d) => new Date(`${d}T12:00`).getDate(), day(-49));
  assert.match(all[6], new RegExp(`\\b${oldest}\\b`));
  const fewer = page.getByRole('button', { name: 'Show only the latest 6' });
  assert.equal(await fewer.getAttribute('aria-expanded'), 'true');
  assert.equal(await fewer.evaluate((b) => b === document.activeElement), true, 'focus stays on the button');
  await page.keyboard.press('Enter');
  assert.equal(await items.count(), 6);
  await axeClean(page, '/session with a long course');
  assert.deepEqual(errors, []);
  await context.close();
});
