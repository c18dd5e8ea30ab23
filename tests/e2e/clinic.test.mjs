// Clinic setup links: a clinic makes a link on "For clinics"; a patient opening it on a fresh
// phone sees every change, and only accepting saves it. The fragment leaves the address bar at
// once; a declined or damaged link changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, serve, phone, ready, SUB_PATH, axe } from './harness.mjs';

const env = suite();

/** Fills the clinic's form and returns the generated link. */
async function makeLink(page) {
  await page.goto(env.server.url('/settings'));
  await ready(page);
  await page.getByRole('link', { name: 'For clinics: make a setup link' }).click();
  await page.locator('main h1', { hasText: 'For clinics' }).waitFor();
  await page.getByLabel('Clinic name').fill('Harbor Clinic');
  await page.getByLabel('Clinic phone').fill('555 010 0177');
  await page.getByLabel('No food before a session (hours)').fill('6');
  await page.getByLabel('No clear drinks before a session (hours)').fill('1.5');
  await page.getByLabel('Arrive this many minutes early').fill('30');
  await page.getByLabel('How the medicine is given').selectOption({ label: 'Drip into a vein (IV infusion)' });
  await page.getByLabel('Extra checklist items, one a line').fill('Bring headphones\nWear warm socks');
  await page.getByLabel('Hide "Comfortable clothes"').check();
  await page.getByLabel('Suggested schedule').selectOption({ label: 'Esketamine (example schedule)' });
  await page.getByLabel('Days between questionnaires in maintenance').fill('28');
  await page.getByLabel('A short note for your patients').fill('Please eat a light meal the evening before.');
  const link = await page.getByRole('textbox', { name: 'Setup link' }).inputValue();
  assert.ok(link.startsWith(env.server.url('/#setup=')), link);
  console.log(`clinic link for a filled form: ${link.length} characters (fragment ${link.length - link.indexOf('#') - 1})`);
  assert.equal(await page.getByRole('img', { name: 'QR code of the setup link' }).count(), 1);
  return link;
}

test('the clinic form refuses bad values field by field and keeps what was typed', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings/clinic'));
  await ready(page);
  const solid = page.getByLabel('No food before a session (hours)');
  await solid.fill('6.25');
  await page.getByText('Enter hours from 0 to 24 in steps of half an hour, or leave it empty.').waitFor();
  assert.equal(await solid.getAttribute('aria-invalid'), 'true');
  await page.getByLabel('Arrive this many minutes early').fill('500');
  await page.getByText('Enter whole minutes from 0 to 240.').waitFor();
  await page.getByText('Please correct the marked fields.', { exact: false }).waitFor();
  assert.equal(await page.getByRole('textbox', { name: 'Setup link' }).count(), 0, 'no link while a field is wrong');
  assert.equal(await solid.inputValue(), '6.25', 'what was typed stays');
  await solid.fill('6.5');
  await page.getByLabel('Arrive this many minutes early').fill('20');
  await page.getByRole('textbox', { name: 'Setup link' }).waitFor();
  await context.close();
});

test('a link opened on a fresh phone shows the changes and applies them on accept', async () => {
  const clinic = await phone(env.browser, { origin: env.server.origin });
  const link = await makeLink(clinic.page);
  // Making the link changed nothing on the clinic's own phone.
  await clinic.page.goto(env.server.url('/prepare/clinic-rules'));
  await ready(clinic.page);
  assert.equal(await clinic.page.getByLabel('No solid food for how many hours before?').inputValue(), '');
  await clinic.context.close();

  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(link);
  const dialog = page.getByRole('dialog', { name: 'Settings from Harbor Clinic' });
  await dialog.waitFor();
  assert.equal(new URL(page.url()).hash, '', 'the fragment is gone from the address bar');
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Settings from Harbor Clinic', 'focus is on the dialog heading');
  const text = await dialog.innerText();
  for (const expected of ['Clinic name', 'Not set', 'Harbor Clinic', 'No food before a session', 'No rule', '6 hours',
    '1.5 hours', 'Arrive early by', '15 minutes', '30 minutes', 'Bring headphones; Wear warm socks', 'Comfortable clothes',
    'Esketamine (example schedule)', 'Every 14 days', 'Every 28 days', 'Please eat a light meal the evening before.']) {
    assert.ok(text.includes(expected), `the preview shows "${expected}":\n${text}`);
  }
  assert.ok(!text.includes('Questionnaires during a course'), 'an unchanged setting is not listed');
  await dialog.getByRole('button', { name: 'Accept changes' }).click();
  await page.getByRole('heading', { name: "Your clinic's settings are saved" }).waitFor();
  await page.getByRole('link', { name: 'Open Prepare' }).click();
  await page.waitForURL(env.server.url('/prepare'));
  await ready(page);
  assert.equal(await page.getByRole('dialog').count(), 0);
  // Prepare shows them in short; "Edit" opens the form with the clinic's numbers.
  await page.getByText('Instructions from Harbor Clinic').waitFor();
  await page.getByText('Please eat a light meal the evening before.').waitFor();
  await page.getByText('Clear liquids until 1.5 h before').waitFor();
  await page.getByRole('link', { name: /^Edit/ }).click();
  await page.waitForURL(env.server.url('/prepare/clinic-rules'));
  assert.equal(await page.getByLabel('No solid food for how many hours before?').inputValue(), '6');
  assert.equal(await page.getByLabel('Clear liquids until how many hours before?').inputValue(), '1.5');
  await page.goBack();
  await page.waitForURL(env.server.url('/prepare'));
  // History holds no entry with the fragment: going back does not offer the link again.
  await page.goBack();
  await ready(page);
  assert.ok(!page.url().includes('setup='), page.url());
  assert.equal(await page.getByRole('dialog').count(), 0);
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.ok(!stored.includes('setup='), 'the link itself is never stored');
  // The Plan screen's schedule builder starts on the clinic's suggestion.
  await page.goto(env.server.url('/plan'));
  await ready(page);
  // With nothing planned yet the builder is already unfolded.
  assert.ok(await page.getByLabel(/Esketamine example/).isChecked());
  await page.getByText('Your clinic suggested this schedule.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('declining or pressing Escape changes nothing, and a tampered link says why', async () => {
  const clinic = await phone(env.browser, { origin: env.server.origin });
  const link = await makeLink(clinic.page);
  await clinic.context.close();

  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  const before = async () => {
    await page.goto(env.server.url('/prepare/clinic-rules'));
    await ready(page);
    return page.getByLabel('No solid food for how many hours before?').inputValue();
  };
  assert.equal(await before(), '');
  await page.goto(link);
  await page.getByRole('dialog', { name: 'Settings from Harbor Clinic' }).waitFor();
  await page.getByRole('button', { name: 'Decline' }).click();
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(await before(), '', 'declining saved nothing');

  await page.goto(link);
  await page.getByRole('dialog', { name: 'Settings from Harbor Clinic' }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('dialog').count(), 0);
  assert.equal(await before(), '', 'Escape saved nothing');

  // One character of the payload changed: the checksum no longer matches.
  const at = link.indexOf('#setup=') + 7 + 20;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  await page.goto(tampered);
  const refused = page.getByRole('dialog', { name: 'This clinic link cannot be used' });
  await refused.waitFor();
  await refused.getByText('Its check code does not match', { exact: false }).waitFor();
  assert.equal(new URL(page.url()).hash, '');
  await refused.getByRole('button', { name: 'Close' }).click();
  await ready(page);
  assert.equal(await before(), '', 'a tampered link saved nothing');

  // Cut off: the end of the link is missing.
  await page.goto(link.slice(0, link.indexOf('#setup=') + 10));
  await page.getByRole('dialog', { name: 'This clinic link cannot be used' }).getByText('It is cut off', { exact: false }).waitFor();
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`the clinic page with its link and the preview are axe-clean in ${colorScheme} mode`, async () => {
    const { context, page } = await phone(env.browser, { colorScheme, origin: env.server.origin });
    const link = await makeLink(page);
    let problems = (await axe(page)).violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await page.goto(link);
    await page.getByRole('dialog').waitFor();
    problems = (await axe(page)).violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(problems, [], problems.join('\n'));
    await context.close();
  });
}

test('published under a sub-path, the link points to the app there and opens there', async () => {
  const sub = await serve(SUB_PATH);
  const { context, page } = await phone(env.browser, { origin: sub.origin });
  try {
    await page.goto(sub.url('/settings/clinic'));
    await ready(page);
    await page.getByLabel('Clinic name').fill('Harbor Clinic');
    const link = await page.getByRole('textbox', { name: 'Setup link' }).inputValue();
    assert.ok(link.startsWith(`${sub.origin}${SUB_PATH}#setup=`), link);
    await page.goto(sub.url('/prepare'));
    await ready(page);
    await page.goto(link);
    await page.getByRole('dialog', { name: 'Settings from Harbor Clinic' }).waitFor();
    assert.equal(page.url(), `${sub.origin}${SUB_PATH}`, 'the fragment is dropped, the sub-path kept');
  } finally {
    await context.close();
    sub.close();
  }
});

// ----- Links that cannot be turned against the patient -------------------------------------
// A link is only checked for damage, not for who made it, so these tests make links the way
// anyone could: the version 1 layout (see src/domain/clinic/link/mod.rs), written here by hand.

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let i = 0; i < 8; i++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (~c) >>> 0;
}

/** The fragment `setup=...` for a setup; hours `null` is "no rule". */
function forgedFragment({
  version = 1, name = '', phone = '', emergency = '', solid = null, clear = null, before = 24, after = 24,
  arrival = 15, note = '',
} = {}) {
  const out = [version];
  const varint = (n) => {
    do {
      const b = n & 0x7f;
      n >>>= 7;
      out.push(n ? b | 0x80 : b);
    } while (n);
  };
  const str = (s) => {
    const b = Buffer.from(s, 'utf8');
    varint(b.length);
    out.push(...b);
  };
  str(name); str(phone); str(emergency);
  out.push(solid === null ? 255 : Math.round(solid * 2), clear === null ? 255 : Math.round(clear * 2), before, after);
  out.push(0); // route: not set
  varint(arrival);
  varint(0); varint(0); // no extra, no hidden items
  out.push(0); // no schedule
  varint(7); varint(14);
  str(note);
  const sum = crc32(out);
  out.push((sum >>> 24) & 0xff, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff);
  return `setup=${Buffer.from(out).toString('base64url')}`;
}

const BRIGHT = { name: 'Bright Path Clinic', phone: '555 010 0123' };

test('a link that tries to set the emergency number leaves it unchanged, and the preview says why', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url(`/#${forgedFragment({ ...BRIGHT, emergency: '000' })}`));
  const dialog = page.getByRole('dialog', { name: 'Settings from Bright Path Clinic' });
  await dialog.waitFor();
  await dialog.getByText('This app cannot check who made this link', { exact: false }).waitFor();
  await dialog.getByRole('heading', { name: 'The emergency number is not changed' }).waitFor();
  await dialog.getByText("This link asks to set your emergency number to 000. Links can never change it: only you can, in Settings. Yours stays your country's number (911).").waitFor();
  assert.ok(!(await dialog.locator('dt').allInnerTexts()).includes('Emergency number'), 'not listed as a change');
  await dialog.getByRole('button', { name: 'Accept changes' }).click();
  await page.getByRole('heading', { name: "Your clinic's settings are saved" }).waitFor();
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.locator('#s-emergency').inputValue(), '', 'the emergency number is still the country default');
  await page.getByText('Leave empty to use 911.').waitFor();
  assert.equal(await page.locator('#s-clinic-phone').inputValue(), BRIGHT.phone);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link with fasting 0 h shows it as a change from the current value', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  // The patient's own rules first (on their own screen): 6 h solid food, 2 h clear drinks.
  await page.goto(env.server.url('/prepare/clinic-rules'));
  await ready(page);
  await page.getByLabel('No solid food for how many hours before?').fill('6');
  await page.getByLabel('Clear liquids until how many hours before?').fill('2');
  await page.getByRole('button', { name: 'Save instructions' }).click();
  await page.locator('main').getByText('Saved.', { exact: true }).waitFor();

  await page.goto(env.server.url(`/prepare#${forgedFragment({ ...BRIGHT, solid: 0, clear: 0, before: 0 })}`));
  const dialog = page.getByRole('dialog', { name: 'Settings from Bright Path Clinic' });
  await dialog.waitFor();
  const safety = dialog.getByRole('region', { name: 'Check these against what your clinic told you' });
  const text = await safety.innerText();
  for (const expected of ['No food before a session\nNow: 6 hours\nNew: 0 hours', 'No clear drinks before a session\nNow: 2 hours\nNew: 0 hours',
    'No alcohol or recreational drugs before a session\nNow: 24 hours\nNew: 0 hours', 'Clinic phone\nNow: Not set\nNew: 555 010 0123']) {
    assert.ok(text.includes(expected), `"${expected}" in:\n${text}`);
  }
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await page.goto(env.server.url('/prepare/clinic-rules'));
  await ready(page);
  assert.equal(await page.getByLabel('No solid food for how many hours before?').inputValue(), '6', 'declined: unchanged');
  await context.close();
});

test('links out of range, with bidi overrides, too long or of an unknown version are refused with the reason', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  const cases = [
    [forgedFragment({ ...BRIGHT, solid: 30 }), 'This value in it is outside what the app accepts: No food before a session. Allowed: 0 to 24 hours.'],
    [forgedFragment({ ...BRIGHT, after: 100 }), 'This value in it is outside what the app accepts: No alcohol or recreational drugs after a session. Allowed: 0 to 72 hours.'],
    [forgedFragment({ ...BRIGHT, name: 'Bright Path \u202EcinilC' }), 'Its Clinic name contains hidden characters that change the order text is shown in'],
    [forgedFragment({ ...BRIGHT, note: 'Fasting: \u2067none\u2069' }), 'Its Note from your clinic contains hidden characters'],
    [`setup=${'A'.repeat(2100)}`, 'It is much longer than any link a clinic makes with this app'],
    [forgedFragment({ ...BRIGHT, version: 0 }), 'It is not in a format this app makes.'],
  ];
  for (const [fragment, reason] of cases) {
    await page.goto(env.server.url('/settings'));
    await ready(page);
    await page.goto(env.server.url(`/settings#${fragment}`));
    const refused = page.getByRole('dialog', { name: 'This clinic link cannot be used' });
    await refused.waitFor();
    await refused.getByText(reason, { exact: false }).waitFor();
    await refused.getByRole('button', { name: 'Close' }).click();
    await refused.waitFor({ state: 'hidden' });
  }
  const stored = await page.evaluate(() => Object.values(localStorage).join('\n'));
  assert.ok(!stored.includes('Bright Path'), 'nothing from a refused link was saved');
  await context.close();
});

test('accepting a link, then "Start" on the welcome screen keeps the clinic\'s name and phone', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url(`/#${forgedFragment({ ...BRIGHT, solid: 6 })}`));
  const dialog = page.getByRole('dialog', { name: 'Settings from Bright Path Clinic' });
  await dialog.getByRole('button', { name: 'Accept changes' }).click();
  await page.getByRole('heading', { name: "Your clinic's settings are saved" }).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('heading', { name: "You're set up by Bright Path Clinic" }).waitFor();
  await page.getByText('Their instructions are saved. Their phone: 555 010 0123.').waitFor();
  assert.equal(await page.locator('#w-clinic').inputValue(), BRIGHT.name);
  assert.equal(await page.locator('#w-phone').inputValue(), BRIGHT.phone);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.locator('main h1', { hasText: 'Today' }).waitFor();
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(await page.getByLabel('Clinic name').inputValue(), BRIGHT.name);
  assert.equal(await page.getByLabel('Clinic phone').inputValue(), BRIGHT.phone);
  await page.goto(env.server.url('/prepare/clinic-rules'));
  await ready(page);
  assert.equal(await page.getByLabel('No solid food for how many hours before?').inputValue(), '6');

  // A value the patient does change on the welcome screen is saved.
  const other = await phone(env.browser, { origin: env.server.origin });
  await other.page.goto(env.server.url(`/#${forgedFragment(BRIGHT)}`));
  await other.page.getByRole('dialog').getByRole('button', { name: 'Accept changes' }).click();
  await other.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await other.page.locator('#w-phone').fill('555 010 0999');
  await other.page.getByRole('button', { name: 'Start' }).click();
  await other.page.locator('main h1', { hasText: 'Today' }).waitFor();
  await other.page.goto(env.server.url('/settings'));
  await ready(other.page);
  assert.equal(await other.page.getByLabel('Clinic name').inputValue(), BRIGHT.name);
  assert.equal(await other.page.getByLabel('Clinic phone').inputValue(), '555 010 0999');
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
