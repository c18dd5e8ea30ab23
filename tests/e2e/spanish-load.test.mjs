// Spanish is a separate file (i18n/es-<hash>.json, src/ui/i18n/spanish/), fetched only when the
// app is in Spanish: before the first render when the saved language (or the lock's plain hint,
// or with nothing saved the browser's) is Spanish, so the first paint is already Spanish; from
// the service worker's cache offline; never by an English session; and when it cannot be had,
// the app opens in English without an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, serve, phone, ready, swReady, until, SUB_PATH } from './harness.mjs';

const env = suite();
const SPANISH_FILE = /\/i18n\/es-[0-9a-f]{16}\.json$/;
// The shell's words in English: none of them may ever be in the page of a Spanish session.
const ENGLISH = ['Get help now', 'Skip to main content', 'Settings'];

/** Records the shell's text (the top bar and the page heading) every time the page changes,
 *  as drawn (the first visit's static picture of the welcome screen included),
 *  from the first node the app adds; read with `seen(page)`. The help shown without
 *  WebAssembly (English and Spanish, hidden inside #boot) is not the shell and is not read. */
async function watchShell(context) {
  await context.addInitScript(() => {
    window.__shell = [];
    new MutationObserver(() => {
      // What is on the screen: the first-visit picture is in the page hidden (in both
      // languages) until the page's script has picked the browser's language and shown it.
      const shown = (sel) => [...document.querySelectorAll(sel)].find((el) => !el.closest('[hidden]'));
      const bar = shown('.top-bar');
      const h1 = shown('main h1');
      const text = [document.documentElement.lang, bar?.textContent, h1?.textContent].join(' | ');
      if (bar && window.__shell[window.__shell.length - 1] !== text) window.__shell.push(text);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
}

const seen = (page) => page.evaluate(() => window.__shell);

/** Every page request for the Spanish file (the service worker's own precache requests are
 *  not the page's). */
function spanishRequests(page) {
  const urls = [];
  page.on('request', (req) => SPANISH_FILE.test(new URL(req.url()).pathname) && urls.push(req.url()));
  return urls;
}

function assertSpanishFromFirstPaint(shots, where) {
  assert.ok(shots.length > 0, `${where}: the shell was never drawn`);
  for (const shot of shots) {
    assert.match(shot, /^es \|/, `${where}: <html lang> in ${shot}`);
    assert.match(shot, /Ayuda ahora/, `${where}: ${shot}`);
    for (const word of ENGLISH) assert.ok(!shot.includes(word), `${where}: "${word}" in ${shot}`);
  }
}

for (const base of ['/', SUB_PATH]) {
  test(`a browser set to Spanish opens in Spanish from the first paint, online and offline (served at ${base})`, async () => {
    const server = base === '/' ? env.server : await serve(base);
    try {
      const { context, page, errors } = await phone(env.browser, { locale: 'es-MX', origin: server.origin });
      await watchShell(context);
      const requests = spanishRequests(page);
      await page.goto(server.url('/support'));
      await ready(page);
      assertSpanishFromFirstPaint(await seen(page), 'first visit');
      assert.equal(requests.length, 1, `fetched once: ${requests}`);
      await swReady(page);
      // The worker precached the Spanish file with the rest of the build.
      await until(page, async () => {
        for (const name of await caches.keys()) {
          for (const req of await (await caches.open(name)).keys()) if (/\/i18n\/es-/.test(req.url)) return true;
        }
        return false;
      });
      await context.setOffline(true);
      // Opening the app again, offline (a navigation to another address than the page's own: a
      // reload may go past the service worker).
      await page.goto(server.url('/'));
      await ready(page);
      await page.getByRole('heading', { level: 1, name: 'Bienvenida' }).waitFor();
      assertSpanishFromFirstPaint(await seen(page), 'offline');
      assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
      await context.close();
    } finally {
      if (server !== env.server) server.close();
    }
  });
}

test('a saved Spanish setting opens in Spanish from the first paint, offline too, and with the lock on', async () => {
  const { context, page, errors } = await phone(env.browser, { locale: 'en-US', origin: env.server.origin });
  await watchShell(context);
  const requests = spanishRequests(page);
  await page.goto(env.server.url('/settings'));
  await ready(page);
  assert.equal(requests.length, 0, 'English: not fetched');
  await page.getByLabel('Language').selectOption({ label: 'Español' });
  await page.getByRole('button', { name: 'Save settings' }).click();
  // Picked in Settings: fetched then, and the app turns Spanish.
  await page.locator('main h1', { hasText: 'Configuración' }).waitFor();
  assert.equal(requests.length, 1, `fetched when picked: ${requests}`);
  await page.waitForFunction(() => (localStorage.getItem('sc.v1.settings') || '').includes('"language":"es"'));
  await swReady(page);
  await page.goto(env.server.url('/support'));
  await ready(page);
  assertSpanishFromFirstPaint(await seen(page), 'saved, online');
  await context.setOffline(true);
  await page.goto(env.server.url('/plan'));
  await ready(page);
  assertSpanishFromFirstPaint(await seen(page), 'saved, offline');
  await page.reload();
  await ready(page);
  assertSpanishFromFirstPaint(await seen(page), 'saved, offline, reloaded');
  await context.setOffline(false);

  // With the privacy lock on, the settings are encrypted: the lock's plain hint carries the
  // language, and the locked screen is Spanish from its first paint.
  await page.goto(env.server.url('/settings/lock'));
  await ready(page);
  await page.getByLabel('Nueva frase de acceso (al menos 8 caracteres)').fill('blue kettle sings');
  await page.getByLabel('Escríbala de nuevo').fill('blue kettle sings');
  await page.getByRole('button', { name: 'Activar el bloqueo' }).click();
  await page.waitForFunction(() => !!localStorage.getItem('sc.lock') && (localStorage.getItem('sc.lock.hint') || '').includes('"es"'), null, { timeout: 20000 });
  await page.goto(env.server.url('/'));
  await ready(page);
  await page.getByLabel('Frase de acceso', { exact: true }).waitFor();
  assertSpanishFromFirstPaint(await seen(page), 'locked');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('an English session never asks for the Spanish file', async () => {
  const { context, page, errors } = await phone(env.browser, { locale: 'en-GB', origin: env.server.origin });
  const requests = spanishRequests(page);
  for (const route of ['/', '/prepare', '/session', '/mood', '/plan', '/support', '/settings', '/summary']) {
    await page.goto(env.server.url(route));
    await ready(page);
  }
  await swReady(page);
  await page.goto(env.server.url('/support'));
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(requests, [], 'the page never fetched the Spanish file');
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('when the Spanish file cannot be had, a Spanish browser gets the app in English, whole', async () => {
  const { context, page, errors } = await phone(env.browser, { locale: 'es-ES', origin: env.server.origin });
  await context.route(SPANISH_FILE, (route) => route.abort('internetdisconnected'));
  await page.goto(env.server.url('/support'));
  await ready(page);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('button', { name: 'Get help now' }).waitFor();
  // The whole app, not the help shown where it cannot run.
  assert.equal(await page.locator('#boot').count(), 0, 'the app started');
  // Settings says why, in both languages (each read in its own).
  await page.goto(env.server.url('/settings'));
  await ready(page);
  const why = page.locator('#s-lang-missing');
  await why.locator('p[lang="en"]', { hasText: 'Spanish could not be loaded on this phone yet' }).waitFor();
  await why.locator('p[lang="es"]', { hasText: 'El español todavía no se pudo cargar' }).waitFor();
  assert.equal(await page.getByLabel('Language').getAttribute('aria-describedby'), 's-lang-missing');
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});

test('with Spanish loaded, or English in use, Settings has no note about Spanish', async () => {
  for (const locale of ['es-ES', 'en-US']) {
    const { context, page } = await phone(env.browser, { locale, origin: env.server.origin });
    await page.goto(env.server.url('/settings'));
    await ready(page);
    await page.locator('#s-lang').waitFor();
    assert.equal(await page.locator('#s-lang-missing').count(), 0, locale);
    await context.close();
  }
});
