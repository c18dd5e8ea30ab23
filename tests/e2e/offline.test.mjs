// After one visit every screen works in airplane mode, at the root and under a sub-path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, SUB_PATH, serve, launch, phone, ready, swReady } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

for (const base of ['/', SUB_PATH]) {
  test(`every route renders offline after one visit (served at ${base})`, async () => {
    const server = await serve(base);
    try {
      const { context, page, errors } = await phone(browser, { origin: server.origin });
      await page.goto(server.url('/'));
      await ready(page);
      await swReady(page);
      // Leave '/' first: a navigation to the page's own address is a reload, which Chromium
      // may send past the service worker, and a patient opening the app is not reloading.
      await page.goto(server.url('/support'));
      await ready(page);
      await context.setOffline(true);
      for (const route of ROUTES) {
        await page.goto(server.url(route));
        await ready(page);
        assert.ok((await page.locator('main h1').count()) === 1, `${route} offline`);
      }
      // In-app navigation still works offline (links carry the base path).
      await page.goto(server.url('/'));
      await ready(page);
      await page.locator('.bottom-nav').getByRole('link', { name: 'Support' }).click();
      await page.waitForURL(server.url('/support'));
      assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
      const manifest = await page.evaluate(() => document.querySelector('link[rel=manifest]').href);
      assert.ok(manifest.startsWith(server.url('/')), 'the manifest follows the base path');
      await context.close();
    } finally {
      server.close();
    }
  });
}
