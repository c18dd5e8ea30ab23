// The first visit's first paint is a real screen: the welcome screen arrives as static HTML
// (drawn at build time from the app's own components) before the WebAssembly has downloaded,
// in the browser's language; the app then takes over without anything moving. A returning
// patient never sees it: their first paint is the quiet "Opening" note, then their own Today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, skipWelcome } from './harness.mjs';

const env = suite();

/** Holds the app's WebAssembly until `release()`: the page as a slow connection shows it. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route('**/*.wasm', async (route) => { await gate; await route.continue(); });
  return () => release();
}

/** Where the things a patient looks at sit on the screen. */
function layout(page) {
  return page.evaluate(() => {
    const shown = (el) => el && !el.closest('[hidden]');
    const pick = (sel) => [...document.querySelectorAll(sel)].filter(shown).map((el) => {
      const r = el.getBoundingClientRect();
      return `${sel} ${el.textContent.trim().slice(0, 20)} @ ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    });
    return ['.top-bar', '.help-now', 'main h1', 'main .lead', 'main label', 'main button', '.bottom-nav a'].flatMap(pick);
  });
}

test('a first visit paints the welcome screen before the app has loaded, and the app takes over in place', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  const release = await holdWasm(page);
  await page.goto(env.server.url('/'));
  const heading = page.getByRole('heading', { level: 1, name: 'Welcome' });
  await page.locator('#first-visit:not([hidden]) h1', { hasText: 'Welcome' }).waitFor();
  // "Opening" is left to screen readers (the picture is inert): nothing of it on the screen.
  const note = await page.locator('#boot').boundingBox();
  assert.ok(note.width <= 1 && note.height <= 1, `no loading note over the screen: ${JSON.stringify(note)}`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  // A picture until the app starts, but for "Get help now".
  for (const part of ['main', 'nav', '.brand']) {
    assert.equal(await page.locator(`#first-visit ${part}`).evaluate((el) => el.inert), true, part);
  }
  assert.equal(await page.locator('#first-visit .help-now').evaluate((el) => el.closest('[inert]')), null);
  assert.equal(await page.locator('.first-visit__lang').count(), 1, 'one language in the page');
  await page.getByText('Everything you enter stays on this phone.').waitFor();
  const before = await layout(page);
  assert.ok(before.length > 10, before.join('\n'));

  release();
  await ready(page);
  await heading.waitFor();
  assert.equal(await page.locator('#boot').count(), 0);
  assert.deepEqual(await layout(page), before, 'nothing moved when the app took over');
  // The live screen answers: Skip goes to Today.
  await skipWelcome(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first frame of a first visit is the welcome screen, never the "Opening" note', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  const release = await holdWasm(page);
  // How the picture is shown the moment the page's parser puts it in: before any script after
  // it has run, and so in whatever frame the browser draws first, however the page arrives.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const picture = document.getElementById('first-visit');
      if (!picture || !picture.querySelector('main h1')) return;
      observer.disconnect();
      const boot = document.getElementById('boot');
      window.__atParse = {
        welcome: getComputedStyle(picture).display !== 'none'
          && picture.querySelector('main h1')?.checkVisibility() === true,
        // "Opening" is left to screen readers, in a 1 px box, while the picture shows.
        opening: !!boot && boot.getBoundingClientRect().width > 1,
      };
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto(env.server.url('/'));
  await page.waitForFunction(() => window.__atParse);
  assert.deepEqual(await page.evaluate(() => window.__atParse), { welcome: true, opening: false });
  release();
  await ready(page);
  await context.close();
});

test('the app takes over only once the browser has recorded the welcome screen as painted', async () => {
  // A fast connection: the app arrives with the page. The browser's largest-paint entry names
  // the picture's own text (not cut short by the app replacing it in the same moment).
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp.push(!!(e.element && e.element.closest('#first-visit main')));
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(env.server.url('/'));
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  assert.ok((await page.evaluate(() => window.__lcp)).includes(true), 'the picture counted as painted');
  assert.deepEqual(errors, []);
  await context.close();

  // Where the browser never reports that entry, the app still starts (at most two seconds late).
  const second = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  await second.page.addInitScript(() => { PerformanceObserver.prototype.observe = function () {}; });
  await second.page.goto(env.server.url('/'));
  await ready(second.page);
  await second.page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  await second.context.close();
});

test('"Get help now" on the first-visit screen opens help at once while the app loads, and the app keeps help open', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
  const release = await holdWasm(page);
  await page.goto(env.server.url('/'));
  await page.locator('#first-visit:not([hidden]) h1', { hasText: 'Welcome' }).waitFor();
  // The rest of the picture is still a picture.
  assert.equal(await page.locator('#first-visit main').evaluate((el) => el.inert), true);
  await page.locator('#first-visit .help-now').tap();
  const help = page.locator('#nowasm');
  await help.getByRole('heading', { level: 1, name: 'Get help now' }).waitFor();
  await help.getByText('The rest of Companion is still loading; these numbers and the guide work now.').waitFor();
  // The browser's country (en-US) open first, with its emergency number and crisis line.
  const country = help.locator('details[open]:visible');
  assert.equal(await country.count(), 1);
  assert.equal(await country.locator('summary').textContent(), 'United States');
  assert.ok(await country.locator('a[href="tel:911"]').isVisible(), 'the emergency number');
  assert.ok(await country.locator('a[href="tel:988"]').first().isVisible(), 'the crisis line');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Get help now', 'the reader starts at its heading');
  assert.equal(await page.locator('#first-visit').count(), 0, 'the picture gave way to the help');

  release();
  await page.waitForSelector('#boot', { state: 'detached' });
  // The app opens its own "Get help now" in the place of the page's.
  const panel = page.locator('dialog.crisis[open]');
  await panel.getByRole('heading', { name: 'Get help now' }).waitFor();
  assert.ok(await panel.locator('a[href^="tel:"]').first().isVisible());
  await panel.getByRole('button', { name: 'Close' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Welcome' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the first-visit screen speaks the browser\'s language (Spanish)', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin, locale: 'es-MX' });
  const release = await holdWasm(page);
  await page.goto(env.server.url('/'));
  await page.locator('#first-visit:not([hidden]) h1', { hasText: 'Bienvenida' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.getByText('Welcome', { exact: true }).isVisible(), false);
  const before = await layout(page);
  release();
  await ready(page);
  await page.getByRole('heading', { level: 1, name: 'Bienvenida' }).waitFor();
  assert.deepEqual(await layout(page), before, 'nothing moved when the app took over');
  await context.close();
});

test('a returning patient\'s first paint is never the welcome screen', async () => {
  // No service worker, so the held download is the page's own (as on a phone whose worker has
  // not installed yet; with it installed the app starts from its cache, faster still).
  const { context, page } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US', serviceWorkers: 'block' });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  // What was saved is in storage before the reload.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('sc.')));
  const release = await holdWasm(page);
  // Record every paint of a heading from the very start of the reload.
  await context.addInitScript(() => {
    window.__headings = [];
    new MutationObserver(() => {
      for (const h of document.querySelectorAll('h1')) {
        if (h.offsetParent && !window.__headings.includes(h.textContent)) window.__headings.push(h.textContent);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.getByText('Opening… · Abriendo…').waitFor();
  assert.equal(await page.locator('#first-visit').count(), 0, 'not even hidden in the page');
  release();
  await page.locator('main h1', { hasText: 'Today' }).waitFor();
  assert.deepEqual(await page.evaluate(() => window.__headings), ['Today'], 'only Today was ever shown');
  await context.close();
});

test('a first visit to another address (a shared guide, a clinic page) waits with the plain note', async () => {
  for (const path of ['/support', '/settings/clinic']) {
    const { context, page } = await phone(env.browser, { origin: env.server.origin, locale: 'en-US' });
    const release = await holdWasm(page);
    await page.goto(env.server.url(path));
    await page.getByText('Opening… · Abriendo…').waitFor();
    assert.equal(await page.locator('#first-visit').count(), 0, path);
    release();
    await ready(page);
    await context.close();
  }
});
