// Shared set-up for the end-to-end tests: one static server per base path over the one
// release build in dist/, and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const ROUTES = ['/', '/prepare', '/prepare/assessment', '/prepare/clinic-rules', '/session', '/journal', '/warning-signs', '/mood', '/plan', '/support', '/support/hand-over', '/support/card', '/settings', '/settings/data', '/settings/clinic', '/settings/lock', '/summary', '/privacy', '/journey', '/journey/the-day', '/no-such-page'];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** The sub-path build (scripts/test.sh builds it with --public-url /companion/). */
export const SUB_PATH = '/companion/';

/** Serves the release build for `base` (dist/ at /, dist-sub/ at SUB_PATH; or `dir`);
 *  resolves to { origin, url(path), close() }. */
export async function serve(base = '/', dir = base === '/' ? 'dist' : 'dist-sub') {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), path.resolve(root, dir), String(port), base], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('Serving') && resolve());
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p = '/') => origin + base.replace(/\/$/, '') + p,
    close: () => child.kill(),
  };
}

/** One server (for `base`) and one browser for a test file: started before its tests, closed
 *  after them. Returns `{ server, browser }`, filled in once the tests start. */
export function suite(base = '/') {
  const env = {};
  before(async () => {
    env.server = await serve(base);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone-sized context that records console errors and every request's host; `locale`
 *  (e.g. 'es-MX') sets the browser's language list; `serviceWorkers: 'block'` keeps the app's
 *  worker from installing. */
export async function phone(browser, { width = 360, height = 740, colorScheme = 'light', origin, locale, serviceWorkers } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, colorScheme, locale, serviceWorkers });
  const errors = [];
  const foreign = [];
  context.on('page', (page) => watch(page, errors, foreign, origin));
  context.on('request', (req) => {
    const u = new URL(req.url());
    if (!['data:', 'blob:'].includes(u.protocol) && origin && u.origin !== origin) foreign.push(req.url());
  });
  const page = await context.newPage();
  return { context, page, errors, foreign };
}

function watch(page, errors) {
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
}

/** Waits until the app has rendered its shell (the bottom navigation or a page heading). */
export async function ready(page) {
  await page.waitForSelector('main h1', { timeout: 30000 });
  // A first visit paints the welcome screen as static HTML before the app starts; the app is
  // ready once it has replaced that picture.
  await page.waitForSelector('#first-visit', { state: 'detached', timeout: 30000 });
}

/** Waits until `check` (run in the page, may be async) returns something truthy.
 *  `page.waitForFunction` does not await a promise: an async predicate's promise is truthy at
 *  once, so it never waited. This asks again every 100 ms until `timeout`. */
export async function until(page, check, arg, { timeout = 60000 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(check, arg).catch((e) => {
      // A navigation during the check: ask again in the new document.
      if (/context was destroyed|navigation/i.test(String(e))) return false;
      throw e;
    });
    if (value) return value;
    if (Date.now() > end) throw new Error(`until: timed out after ${timeout} ms: ${String(check).slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Where the service worker controls the page (after the first visit it precaches). */
export async function swReady(page) {
  await until(page, async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return !!(reg && reg.active && reg.active.state === 'activated' && !reg.installing && !reg.waiting
      && navigator.serviceWorker.controller);
  });
  // Everything the worker precached is in its cache before it activates; check the shell is.
  await until(page, async () => {
    const names = await caches.keys();
    for (const n of names) if (await (await caches.open(n)).match(document.baseURI)) return true;
    return false;
  });
}

/** On a fresh profile Today first shows the welcome; tests about Today skip it. */
export async function skipWelcome(page) {
  const skip = page.getByRole('button', { name: 'Skip for now' });
  if (await skip.count()) {
    await skip.click();
    await page.locator('main h1', { hasText: 'Today' }).waitFor();
  }
}

/** The WCAG 2.x A/AA rules every screen is checked against. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe once every animation on the page has finished (a panel fading in is checked at
 *  its final colours, not half-transparent). */
export async function axe(page) {
  await settled(page);
  return new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
}

/** Waits for every running animation and transition to finish (measuring a panel mid fade-in
 *  or slide gives in-between colours and sizes). */
export async function settled(page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => {}))));
}

/** The check-in shows one short step at a time: presses Next (or Back, with `{ back: true }`)
 *  until `target` (a Locator) is on the screen; by default the Save button, so
 *  `await checkInTo(page)` goes to the last step. */
export async function checkInTo(page, target = page.getByRole('button', { name: 'Save check-in' }), { back = false } = {}) {
  const progress = page.locator('#check-in-steps-progress');
  for (let i = 0; i < 8; i++) {
    if (await target.count()) return;
    const before = await progress.textContent();
    const button = page.locator(back ? '.check-in-steps__back' : '.check-in-steps__next[type="button"]');
    if (!(await button.count())) break;
    await button.click();
    await page.waitForFunction((was) => document.querySelector('#check-in-steps-progress')?.textContent !== was, before);
  }
  if (!(await target.count())) throw new Error(`check-in: ${target} is on no step ${back ? 'before' : 'after'} this one`);
}
