// Help without WebAssembly: where WebAssembly cannot run (iPhone Lockdown Mode removes it; some
// managed browsers too) or the app fails to load, the page still shows "Get help now" with
// the call and text links of the browser's country, the support guide, and why the rest of
// the app cannot open. The text is generated from the app's own numbers and strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, axe } from './harness.mjs';

const env = suite();

/** A phone whose page runs as in Lockdown Mode: no WebAssembly before any script of the page. */
async function lockdownPhone(locale) {
  const p = await phone(env.browser, { origin: env.server.origin, locale });
  await p.context.addInitScript(() => { delete globalThis.WebAssembly; });
  return p;
}

const help = (page) => page.getByRole('main');

test('without WebAssembly: Get help now, the country\'s call and text links and the guide (en-US)', async () => {
  const { context, page, foreign } = await lockdownPhone('en-US');
  await page.goto(env.server.url('/'));
  await help(page).getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
  const main = help(page);
  await main.getByText('this browser has WebAssembly turned off').waitFor();
  assert.equal(await main.getByText('did not load').isVisible(), false, 'the reason is the missing WebAssembly');
  // The United States opens first, with the emergency number and the crisis lines as links.
  const emergency = main.getByRole('link', { name: 'Call emergency services: 911' });
  await emergency.waitFor();
  assert.equal(await emergency.getAttribute('href'), 'tel:911');
  assert.equal(await main.getByRole('link', { name: 'Call 988 Suicide & Crisis Lifeline' }).getAttribute('href'), 'tel:988');
  assert.equal(await main.getByRole('link', { name: 'Text 988 Suicide & Crisis Lifeline' }).getAttribute('href'), 'sms:988');
  assert.equal(await main.getByRole('link', { name: /Crisis Text Line: text HOME/ }).getAttribute('href'), 'sms:741741?&body=HOME');
  assert.ok(await emergency.isVisible());
  // The first country in the list is the browser's, open; the others are there, closed.
  assert.equal(await main.locator('.nowasm__lang:not([hidden]) .nowasm__country').first().getAttribute('data-country'), 'us');
  assert.equal(await main.locator('.nowasm__lang:not([hidden]) .nowasm__country[open]').count(), 1);
  // The support guide, red flags included.
  await main.getByRole('heading', { name: 'For the person taking them home' }).waitFor();
  await main.getByRole('heading', { name: 'Call now if you see any of these' }).waitFor();
  await main.getByText('Stay with them. Let them rest somewhere safe and quiet.').waitFor();
  assert.equal(await page.getByText('Opening… · Abriendo…').isVisible(), false, 'no endless "Opening"');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  // Tap targets: every link and the country summaries at least 44 px tall.
  for (const box of await main.locator('a, summary').evaluateAll((els) => els.filter((e) => e.offsetParent).map((e) => e.getBoundingClientRect().height))) {
    assert.ok(box >= 44, `a ${box}px tall target`);
  }
  const { violations } = await axe(page);
  assert.deepEqual(violations.map((v) => v.id), []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('without WebAssembly the language (English or Spanish) and the country follow the browser', async () => {
  for (const [locale, first, link, href, guide, lang] of [
    ['es-AR', 'other', 'Llamar a emergencias: 112', 'tel:112', 'Para quien lleva al paciente a casa', 'es'],
    ['de-DE', 'eu', 'Call emergency services: 112', 'tel:112', 'For the person taking them home', 'en'],
    ['es-US', 'us', 'Llamar a la Línea 988 de Prevención del Suicidio y Crisis', 'tel:988', 'Para quien lleva al paciente a casa', 'es'],
    ['en-GB', 'uk', 'Samaritans: call 116 123', 'tel:116123', 'For the person taking them home', 'en'],
  ]) {
    const { context, page } = await lockdownPhone(locale);
    await page.goto(env.server.url('/'));
    const main = help(page);
    await main.getByRole('link', { name: link }).waitFor();
    assert.equal(await main.getByRole('link', { name: link }).getAttribute('href'), href, locale);
    assert.equal(await main.locator('.nowasm__lang:not([hidden]) .nowasm__country').first().getAttribute('data-country'), first, locale);
    await main.getByRole('heading', { name: guide }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), lang, locale);
    await context.close();
  }
});

test('without WebAssembly and no region in the browser language: a neutral entry still gives a number', async () => {
  const { context, page } = await lockdownPhone('en');
  await page.goto(env.server.url('/journey'));
  const main = help(page);
  await main.getByRole('link', { name: 'Call emergency services: 112' }).waitFor();
  assert.equal(await main.locator('.nowasm__lang:not([hidden]) .nowasm__country').first().getAttribute('data-country'), 'other');
  await main.getByText('112 reaches emergency services from a mobile phone in most countries').waitFor();
  await context.close();
});

test('when the app\'s WebAssembly fails to download, the same help appears and says so', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(env.server.url('/'));
  const main = help(page);
  await main.getByRole('link', { name: 'Call emergency services: 911' }).waitFor();
  await main.getByText('The rest of Companion did not load').waitFor();
  await main.getByRole('heading', { name: 'For the person taking them home' }).waitFor();
  assert.equal(await page.locator('main h1').count(), 0, 'the app did not start');
  await context.close();
});

test('where the app runs, the help never shows and is gone once the app starts', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  assert.equal(await page.locator('#nowasm').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
