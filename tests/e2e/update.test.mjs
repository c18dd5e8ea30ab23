// A new release reaches an installed app: after one visit the service worker serves the app;
// when a newer build is published, "A new version of the app is ready" appears, and "Update
// now" switches to it (the new worker takes over and the page reloads under it).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, launch, phone, ready, swReady, until } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const site = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-site-'));
after(() => fs.rmSync(site, { recursive: true, force: true }));

test('a newer build is offered with "Update now", which switches to it', async () => {
  fs.cpSync(path.join(root, 'dist'), site, { recursive: true });
  const server = await serve('/', site);
  const browser = await launch();
  try {
    const { context, page, errors } = await phone(browser, { origin: server.origin });
    await page.goto(server.url('/'));
    await ready(page);
    await swReady(page);
    const cacheOf = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('sc-')));
    const [first] = await cacheOf();
    assert.equal(await page.getByRole('button', { name: 'Update now' }).count(), 0, 'nothing to update yet');

    // Publish a "new release": the worker's build id changes, as it does for every build.
    const sw = path.join(site, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace("const CACHE = 'sc-", "const CACHE = 'sc-next-"));
    // The server prefers the precompressed copies; they are the old worker's, so they go.
    fs.rmSync(sw + '.br', { force: true });
    fs.rmSync(sw + '.gz', { force: true });
    // Chromium refuses update() ("invalid state") for a moment after activation while it
    // stores the registration, which a loaded machine can hit; try again for a few seconds.
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
    await page.locator('.banner').getByText('A new version of the app is ready.').waitFor({ timeout: 60000 });

    await Promise.all([
      page.waitForEvent('load', { timeout: 60000 }),
      page.getByRole('button', { name: 'Update now' }).click(),
    ]);
    await ready(page);
    await until(page, async () => (await caches.keys()).some((k) => k.startsWith('sc-next-')));
    await until(page, async (old) => !(await caches.keys()).includes(old), first);
    assert.equal(await page.getByRole('button', { name: 'Update now' }).count(), 0, 'the banner is gone after updating');
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
