// The app shell on every route: renders, no console errors, no other host contacted, phone
// widths without sideways scrolling, 44 px touch targets, axe clean in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ROUTES, phone, ready, axe, settled } from './harness.mjs';

const env = suite();

for (const scheme of ['light', 'dark']) {
  test(`every route is axe-clean (WCAG 2.x A/AA) and error-free in ${scheme} mode`, async () => {
    const { context, page, errors, foreign } = await phone(env.browser, { colorScheme: scheme, origin: env.server.origin });
    for (const route of ROUTES) {
      await page.goto(env.server.url(route));
      await ready(page);
      const result = await axe(page);
      const problems = result.violations.map((v) => `${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      assert.deepEqual(problems, [], problems.join('\n'));
    }
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(foreign, [], 'requests to another host');
    await context.close();
  });
}

for (const width of [320, 360]) {
  test(`no sideways scrolling and 44 px touch targets at ${width} px`, async () => {
    const { context, page } = await phone(env.browser, { width, origin: env.server.origin });
    for (const route of ROUTES) {
      await page.goto(env.server.url(route));
      await ready(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route} scrolls sideways by ${overflow}px at ${width}px`);
      await settled(page);
      const small = await page.evaluate(() => {
        const out = [];
        for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [role="button"]')) {
          // A checkbox, radio or file input is tapped through its label.
          const label = el.closest('label') || (el.id && document.querySelector(`label[for="${el.id}"]`));
          const target = ['checkbox', 'radio', 'file'].includes(el.type) ? label || el : el;
          const r = target.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue; // not displayed
          if (el.closest('dialog:not([open])')) continue;
          // A link inside a sentence keeps the sentence's flow: it must be 44 px tall, its width
          // is the words' own (WCAG 2.5.8 inline exception).
          if (el.tagName === 'A' && el.parentElement.closest('p') && !el.classList.contains('btn')) {
            if (el.closest('main') && r.height < 44) out.push(`inline a "${(el.textContent || '').trim().slice(0, 30)}" ${Math.round(r.height)} px tall`);
            continue;
          }
          if (el.classList.contains('skip-link')) continue;
          if (r.width < 44 || r.height < 44) out.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || el.name || '').trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
        return out;
      });
      assert.deepEqual(small, [], `${route} at ${width}px has small targets`);
    }
    await context.close();
  });
}

test('the crisis panel opens from every screen with working tap-to-call links', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  for (const route of ROUTES) {
    await page.goto(env.server.url(route));
    await ready(page);
    await page.getByRole('button', { name: 'Get help now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Get help now' });
    await dialog.waitFor();
    const hrefs = await dialog.locator('a[href^="tel:"], a[href^="sms:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.includes('tel:911'), `${route}: emergency 911 offered`);
    assert.ok(hrefs.includes('tel:988') && hrefs.includes('sms:988'), `${route}: 988 call and text offered`);
    assert.ok(hrefs.includes('sms:741741?&body=HOME'), `${route}: Crisis Text Line offered`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
  await context.close();
});

test('an unknown address shows the not-found page, not a blank screen', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/no-such-page'));
  await ready(page);
  assert.equal(await page.locator('main h1').textContent(), 'Page not found');
  await context.close();
});

// (At the start address a first visit paints the welcome screen instead: first-visit.test.mjs.)
test('while the app downloads, the page says it is opening; the note goes once the app draws', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(env.server.url('/journey'), { waitUntil: 'domcontentloaded' });
  const note = page.getByRole('status').filter({ hasText: 'Opening… · Abriendo…' });
  await note.waitFor();
  assert.equal(await page.locator('main').count(), 0, 'the app has not started yet');
  release();
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('#boot').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});
