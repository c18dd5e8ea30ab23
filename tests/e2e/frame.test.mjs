// The app refuses to run inside a frame, so no other page can trick a tap on "Delete all
// data": the server's `frame-ancestors 'none'` stops the frame, and on a host that sends no
// such header the page itself shows one line saying why instead of the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { suite, phone, ready } from './harness.mjs';

const env = suite();
let framer;
let framerOrigin;

before(async () => {
  // A page on another local origin (another port) that frames whatever ?src= names.
  framer = http.createServer((req, res) => {
    const src = new URL(req.url, 'http://x').searchParams.get('src') ?? '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!DOCTYPE html><title>Another site</title>
<p>Win a prize: tap the red button!</p>
<iframe id="f" width="360" height="640" src="${src.replace(/"/g, '&quot;')}" onload="this.dataset.loaded = 'yes'"></iframe>`);
  });
  await new Promise((r) => framer.listen(0, '127.0.0.1', r));
  framerOrigin = `http://127.0.0.1:${framer.address().port}`;
});
after(() => framer?.close());

const framedApp = (page) => page.frames().find((f) => f !== page.mainFrame());

/** What of the app a frame shows: its shell, its loading note or any page heading. */
async function appParts(frame) {
  return frame.evaluate(() => ({
    main: document.querySelectorAll('main, [role="main"]').length,
    boot: document.querySelectorAll('#boot').length,
    buttons: [...document.querySelectorAll('button, a, input')].filter((e) => e.offsetParent).length,
    started: typeof window.wasmBindings !== 'undefined',
  }));
}

test('framed by another site, with the headers scripts/serve.mjs sends: nothing of the app renders', async () => {
  const { context, page } = await phone(env.browser, { origin: framerOrigin });
  const seen = [];
  page.on('response', (r) => r.url().startsWith(env.server.origin) && seen.push(r.headers()));
  await page.goto(`${framerOrigin}/?src=${encodeURIComponent(env.server.url('/settings/data'))}`);
  await page.waitForSelector('#f[data-loaded="yes"]', { state: 'attached' });
  assert.ok(seen.some((h) => h['content-security-policy'] === "frame-ancestors 'none'"), 'the app was asked for and refused');
  const frame = framedApp(page);
  // Chromium shows its own "refused to connect" page in the frame, never the app's document.
  assert.ok(!frame.url().startsWith(env.server.origin), `the frame is at ${frame.url()}`);
  await context.close();
});

for (const [name, framerPage] of [['another site', () => framerOrigin], ['the same origin', () => env.server.origin]]) {
  test(`framed by ${name} on a host without those headers: one line says why, and the app never starts`, async () => {
    const { context, page } = await phone(env.browser, { origin: env.server.origin });
    // A host that sends no frame headers: strip them from the app's answers.
    await context.route(`${env.server.origin}/**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-security-policy'];
      delete headers['x-frame-options'];
      await route.fulfill({ response, headers });
    });
    const framerUrl = `${framerPage()}/framer-test?src=${encodeURIComponent(env.server.url('/settings/data'))}`;
    if (framerPage() === env.server.origin) {
      // The same-origin framer: the app's server would answer index.html; answer the framer page.
      await context.route(`${env.server.origin}/framer-test*`, (route) => route.fulfill({
        contentType: 'text/html',
        body: `<!DOCTYPE html><title>Same site</title><iframe id="f" width="360" height="640" src="${env.server.url('/settings/data')}"></iframe>`,
      }));
    }
    await page.goto(framerUrl);
    const frame = framedApp(page);
    const line = frame.getByText('Companion does not open inside another page: open it in its own tab.');
    await line.waitFor();
    // Loading stopped with the line, so the frame never fires "load"; wait until nothing more
    // is fetched (a starting app would fetch its WebAssembly and script).
    await page.waitForLoadState('networkidle');
    const parts = await appParts(frame);
    assert.deepEqual(parts, { main: 0, boot: 0, buttons: 0, started: false });
    assert.equal(await frame.locator('body').innerText(), 'Companion does not open inside another page: open it in its own tab.');
    await context.close();
  });
}

test('the same address opened on its own runs the app', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/settings/data'));
  await ready(page);
  assert.equal(await page.locator('.framed').count(), 0);
  await context.close();
});
