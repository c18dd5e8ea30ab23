// The service worker installs exactly this build and answers only from it: an update is never
// filled from the browser's HTTP cache (a host may let it keep index.html for an hour), and a
// file found only in another cache of the origin (an older build's, say) is never served.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, phone, ready, swReady } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-cached-site-'));
after(() => fs.rmSync(site, { recursive: true, force: true }));

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json' };

/** A host that lets browsers keep every file for an hour (as many do by default). */
function cachingHost(dir) {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'public, max-age=3600' });
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function update(page) {
  // Chromium refuses update() ("invalid state") for a moment after activation; retry a little.
  await page.evaluate(async () => {
    for (let i = 0; ; i++) {
      try {
        return await (await navigator.serviceWorker.getRegistration()).update();
      } catch (e) {
        if (e.name !== 'InvalidStateError' || i >= 20) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
}

test('an update precaches the new index.html, not the one the HTTP cache kept', async () => {
  fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
  const server = await cachingHost(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  try {
    const { context, page } = await phone(browser, { origin });
    await page.goto(origin + '/');
    await ready(page);
    await swReady(page);
    // A new release: a new index.html and a worker with a new build id.
    const index = path.join(site, 'index.html');
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head><meta name="release" content="second">'));
    fs.rmSync(index + '.br', { force: true });
    fs.rmSync(index + '.gz', { force: true });
    const sw = path.join(site, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace("const CACHE = 'sc-", "const CACHE = 'sc-next-"));
    // The server prefers the precompressed copies; they are the old worker's, so they go.
    fs.rmSync(sw + '.br', { force: true });
    fs.rmSync(sw + '.gz', { force: true });
    await update(page);
    // Wait, in the page, for the new build's cache to hold the page (it is opened before
    // addAll fills it), then read what was installed.
    const text = await page.evaluate(async () => {
      for (let i = 0; i < 600; i++) {
        const name = (await caches.keys()).find((k) => k.startsWith('sc-next-'));
        const hit = name && await (await caches.open(name)).match(new URL('./', document.baseURI).href);
        if (hit) return hit.text();
        await new Promise((r) => setTimeout(r, 100));
      }
      return 'the new build never cached the page';
    });
    assert.match(text, /<meta name="release" content="second">/, 'the new build\'s index.html was installed');
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test('the worker answers only from this build\'s cache, never from another cache of the origin', async () => {
  const server = await serve('/');
  const browser = await launch();
  try {
    const { context, page } = await phone(browser, { origin: server.origin });
    await page.goto(server.url('/'));
    await ready(page);
    await swReady(page);
    const answer = await page.evaluate(async () => {
      const url = new URL('old-build-only.js', document.baseURI).href;
      await (await caches.open('sc-0000000000000000')).put(url, new Response('from an older build'));
      const res = await fetch(url);
      return { status: res.status, text: await res.text() };
    });
    assert.notEqual(answer.text, 'from an older build');
    assert.equal(answer.status, 404, 'asked the server, which has no such file');
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
