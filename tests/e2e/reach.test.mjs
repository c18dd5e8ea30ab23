// Reach: 200% zoom and the largest text size without sideways scrolling or cut-off text,
// headings and landmarks on every route, the theme setting beating the phone's scheme, reduced
// motion, live announcements, chart text alternatives, a keyboard-only walk through the main
// flows, and the install offer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, ROUTES, phone, ready, skipWelcome } from './harness.mjs';

const env = suite();

/** Picks a value in the Settings form and saves it (by mouse; the keyboard walk is below). */
async function setDisplay(page, { theme, size }) {
  await page.goto(env.server.url('/settings'));
  await ready(page);
  if (theme) await page.getByLabel('Colours').selectOption({ label: theme });
  if (size) await page.getByLabel('Text size').selectOption({ label: size });
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByText('Settings saved.').first().waitFor();
}

/** Where the page scrolls sideways or clips text: a list of readable problems. */
function layoutProblems() {
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
  const vw = doc.clientWidth;
  const hasText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden, dialog:not([open]), details:not([open]) > :not(summary), .skip-link, svg, option, select')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${el.textContent.trim().slice(0, 30)}"`;
    // Text inside a box that hides what does not fit.
    const clips = (v) => v === 'hidden' || v === 'clip';
    if (clips(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) out.push(`${name} cut off sideways (${el.scrollWidth} > ${el.clientWidth})`);
    if (clips(cs.overflowY) && el.scrollHeight > el.clientHeight + 1 && el.textContent.trim()) out.push(`${name} cut off below (${el.scrollHeight} > ${el.clientHeight})`);
    if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push(`${name} ends in an ellipsis`);
    // Text that runs past the screen's edge (inside a scrolling table it can be scrolled to).
    if (hasText(el) && !el.closest('.table-scroll') && (r.right > vw + 1 || r.left < -1)) out.push(`${name} runs off the screen (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
  }
  // Words split across lines ("Tod / ay"): a word of a normal length must stay whole.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('.visually-hidden, dialog:not([open]), details:not([open]) > :not(summary), .skip-link, svg, option, select, .url, .table-scroll')) continue;
    if (getComputedStyle(el).display === 'none') continue;
    for (const m of n.textContent.matchAll(/[^\s\u2013\u2014-]+/g)) {
      const word = m[0];
      if (word.length < 2 || word.length > 14 || /[/@.:]/.test(word.slice(0, -1))) continue;
      range.setStart(n, m.index);
      range.setEnd(n, m.index + word.length);
      const rects = [...range.getClientRects()].filter((q) => q.width > 0);
      const tops = new Set(rects.map((q) => Math.round(q.top)));
      if (tops.size < 2) continue;
      // A word wider than its whole line has to break; one that would fit must not.
      let block = el;
      while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      const bs = getComputedStyle(block);
      const line = block.clientWidth - parseFloat(bs.paddingLeft) - parseFloat(bs.paddingRight);
      const wide = rects.reduce((sum, q) => sum + q.width, 0);
      if (wide < line - 1) out.push(`"${word}" in ${el.tagName.toLowerCase()}.${el.className} is split across lines (${Math.round(wide)}px, line ${Math.round(line)}px)`);
    }
  }
  // The bars that stay on screen (top bar, navigation) leave most of it to the page.
  let kept = 0;
  for (const el of document.querySelectorAll('body > *')) {
    const cs = getComputedStyle(el);
    if (cs.position === 'fixed' || cs.position === 'sticky') kept += el.getBoundingClientRect().height;
  }
  if (kept > window.innerHeight * 0.4) out.push(`the bars that stay on screen take ${Math.round(kept)}px of ${window.innerHeight}px`);
  return out;
}

async function checkEveryRoute(page) {
  const all = [];
  for (const route of ROUTES) {
    await page.goto(env.server.url(route));
    await ready(page);
    await skipWelcome(page);
    all.push(...(await page.evaluate(layoutProblems)).map((p) => `${route}: ${p}`));
  }
  return all;
}

test('200% zoom (a 360 px phone at 2x: 180 CSS px) shows every route whole, with no sideways scrolling', async () => {
  const context = await env.browser.newContext({ viewport: { width: 180, height: 370 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const problems = await checkEveryRoute(page);
  assert.deepEqual(problems, [], problems.join('\n'));
  await context.close();
});

test('text size "Larger" at 320 px shows every route whole, with no sideways scrolling', async () => {
  const { context, page } = await phone(env.browser, { width: 320, origin: env.server.origin });
  await setDisplay(page, { size: 'Larger' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.text), 'larger');
  // The setting really makes the text bigger: 125% of the browser's size.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).fontSize), '20px');
  const problems = await checkEveryRoute(page);
  assert.deepEqual(problems, [], problems.join('\n'));
  await context.close();
});

test('every route has one h1, no skipped heading levels, and main and nav landmarks', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  const problems = [];
  for (const route of ROUTES) {
    await page.goto(env.server.url(route));
    await ready(page);
    const found = await page.evaluate(() => {
      const visible = (el) => !el.closest('dialog:not([open]), [hidden]') && getComputedStyle(el).display !== 'none';
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter(visible).map((h) => Number(h.tagName[1]));
      return {
        levels,
        main: document.querySelectorAll('main, [role="main"]').length,
        nav: document.querySelectorAll('nav, [role="navigation"]').length,
      };
    });
    const h1s = found.levels.filter((l) => l === 1).length;
    if (h1s !== 1) problems.push(`${route}: ${h1s} h1 elements`);
    if (found.levels[0] !== 1) problems.push(`${route}: the first heading is h${found.levels[0]}`);
    found.levels.forEach((l, i) => {
      if (i > 0 && l > found.levels[i - 1] + 1) problems.push(`${route}: h${found.levels[i - 1]} is followed by h${l}`);
    });
    if (found.main !== 1) problems.push(`${route}: ${found.main} main landmarks`);
    // Hand-over mode hides the navigation on purpose (the guide alone for a helper).
    if (route !== '/support/hand-over' && found.nav < 1) problems.push(`${route}: no nav landmark`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
  await context.close();
});

const colours = (page) => page.evaluate(() => ({
  bg: getComputedStyle(document.body).backgroundColor,
  text: getComputedStyle(document.body).color,
  scheme: getComputedStyle(document.documentElement).colorScheme,
}));
const LIGHT_BG = 'rgb(245, 247, 250)';
const DARK_BG = 'rgb(15, 20, 26)';

test('the Colours setting beats the phone: Light on a dark phone, Dark on a light phone', async () => {
  for (const [system, choice, bg, other] of [['dark', 'Light', LIGHT_BG, DARK_BG], ['light', 'Dark', DARK_BG, LIGHT_BG]]) {
    const { context, page } = await phone(env.browser, { colorScheme: system, origin: env.server.origin });
    await page.goto(env.server.url('/settings'));
    await ready(page);
    assert.equal((await colours(page)).bg, other, `"Same as this phone" follows a ${system} phone`);
    await setDisplay(page, { theme: choice });
    const now = await colours(page);
    assert.equal(now.bg, bg, `${choice} on a ${system} phone`);
    assert.equal(now.scheme, choice.toLowerCase());
    // It stays after a reload and on other screens.
    await page.goto(env.server.url('/mood'));
    await ready(page);
    assert.equal((await colours(page)).bg, bg, `${choice} kept after a reload`);
    await context.close();
  }
});

test('with reduced motion asked for, nothing animates or transitions for longer than 0.01 s', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, reducedMotion });
  const page = await context.newPage();
  const slow = [];
  for (const route of ROUTES) {
    await page.goto(env.server.url(route));
    await ready(page);
    slow.push(...(await page.evaluate(() => {
      const secs = (v) => Math.max(...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s))));
      const out = [];
      for (const el of document.querySelectorAll('*')) {
        for (const pseudo of [null, '::before', '::after']) {
          const cs = getComputedStyle(el, pseudo);
          const anim = cs.animationName !== 'none' ? secs(cs.animationDuration) : 0;
          const trans = secs(cs.transitionDuration);
          if (anim > 0.01 || trans > 0.01) out.push(`${el.tagName.toLowerCase()}${pseudo || ''}.${el.className} anim ${anim}s transition ${trans}s`);
        }
      }
      const sb = getComputedStyle(document.documentElement).scrollBehavior;
      if (sb === 'smooth') out.push('smooth scrolling');
      return out;
    })).map((p) => `${route}: ${p}`));
    // Every animation the page runs right now (CSS and script) is finished or instant.
    const running = await page.evaluate(() => document.getAnimations().filter((a) => (a.effect?.getTiming().duration || 0) > 10).length);
    if (running) slow.push(`${route}: ${running} running animations`);
  }
  if (reducedMotion === 'reduce') assert.deepEqual(slow, [], slow.join('\n'));
  // Without the preference the buttons' gentle colour change is there (so the check can see it).
  else assert.ok(slow.some((p) => /button.*transition 0.15s/.test(p)), 'buttons ease their colour change');
  await context.close();
  }
});
