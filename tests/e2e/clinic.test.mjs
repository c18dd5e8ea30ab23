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
