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
  const srOnly = (el, cs) => cs.position === 'absolute' && el.offsetWidth <= 1 && el.offsetHeight <= 1 && cs.clip !== 'auto';
  const out = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) out.push(`page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
  const vw = doc.clientWidth;
  const hasText = (el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.visually-hidden, dialog:not([open]), details:not([open]) > :not(summary), .skip-link, svg, option, select')) continue;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden') continue;
    // Left to screen readers on purpose (the 1 px clipped box a container query gives the
    // settings word and the tab labels when the bar is too narrow for them).
    if (srOnly(el, cs)) continue;
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
    if (getComputedStyle(el).display === 'none' || srOnly(el, getComputedStyle(el))) continue;
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
  // Scrolled to the end, the last of the page is above the navigation, not under it.
  const nav = document.querySelector('.bottom-nav');
  const main = document.querySelector('main');
  if (nav && main && getComputedStyle(nav).position === 'fixed') {
    window.scrollTo(0, doc.scrollHeight);
    const content = main.getBoundingClientRect().bottom - parseFloat(getComputedStyle(main).paddingBottom);
    const navTop = nav.getBoundingClientRect().top;
    if (content > navTop + 1) out.push(`the end of the page stays ${Math.round(content - navTop)}px under the navigation`);
    window.scrollTo(0, 0);
  }
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

// ----- Keyboard alone -----

/** What has keyboard focus, and whether a sighted keyboard user can see it: a focus outline
 *  (on the control, or on the label or box that draws it) and not hidden under a bar. */
function focusFacts() {
  const el = document.activeElement;
  if (!el || el === document.body) return { name: '(nothing)', tag: 'body', outline: false, seen: false };
  const label = el.labels?.[0];
  const name = (label?.textContent || el.getAttribute('aria-label') || el.textContent || el.id || '').replace(/\s+/g, ' ').trim();
  const drawn = [el, el.nextElementSibling, el.previousElementSibling, el.closest('label'), label].filter(Boolean).some((c) => {
    const cs = getComputedStyle(c);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  });
  const r = el.getBoundingClientRect();
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 20), 0), innerHeight - 1);
  const top = document.elementFromPoint(x, y);
  const seen = r.bottom > 0 && r.top < innerHeight && !!top && (el.contains(top) || top.contains(el) || (label && label.contains(top)) || top === el.closest('label'));
  return { name, tag: el.tagName.toLowerCase(), id: el.id, type: el.type || '', outline: drawn, seen, where: `${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}, at ${Math.round(x)},${Math.round(y)}: ${top?.tagName}.${top?.className}` };
}

/** Presses Tab (or Shift+Tab) until focus is on a control whose tag/name match; every stop on
 *  the way must show its focus. */
async function tabTo(page, tag, name, { back = false, max = 150 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await page.evaluate(focusFacts);
    // Past the last control focus leaves the page (the browser's own toolbar) and comes back.
    if (f.tag === 'body') continue;
    assert.ok(f.outline, `focus on ${f.tag} "${f.name}" has no visible outline`);
    assert.ok(f.seen, `focus on ${f.tag} "${f.name}" is off screen or under something ${f.where}`);
    if (f.tag === tag && (typeof name === 'string' ? f.name.includes(name) : name.test(f.name))) return f;
  }
  throw new Error(`Tab never reached ${tag} "${name}"`);
}

const localDate = (page, days) => page.evaluate((n) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')];
}, days);

/** Types a date the way a keyboard user does into the browser's date field (month, day, year). */
async function typeDate(page, days) {
  const [y, m, d] = await localDate(page, days);
  await page.keyboard.type(`${m}${d}${y}`);
  return `${y}-${m}-${d}`;
}

const said = (page, which) => page.locator(`#announce-${which}`);

test('keyboard alone: help panel, an appointment, the checklist, a session, a red-flag check-in, a GAD-7', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await tabTo(page, 'button', 'Skip for now');
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Today' }).waitFor();

  // "Get help now" opens on Enter, Escape closes it, focus is back on the button.
  await page.keyboard.press('Shift+Tab'); // from wherever the page put focus, back to the top
  await tabTo(page, 'button', 'Get help now', { back: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Get help now' });
  await dialog.waitFor();
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moves into the panel');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await page.evaluate(focusFacts)).name, 'Get help now', 'focus returns to the opener');

  // Plan: add an appointment.
  await tabTo(page, 'a', /^Plan$/);
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Your plan' }).waitFor();
  await tabTo(page, 'button', 'Add an appointment');
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Add an appointment' });
  await form.waitFor();
  await tabTo(page, 'input', /^Date/);
  const apptDate = await typeDate(page, 5);
  assert.equal(await form.getByLabel('Date', { exact: true }).inputValue(), apptDate);
  await tabTo(page, 'input', /^Time/);
  await page.keyboard.type('1000A');
  await tabTo(page, 'button', 'Save appointment');
  await page.keyboard.press('Enter');
  await page.locator('.snackbar').getByText('Appointment saved.').waitFor();

  // Prepare: the next session, then tick the first checklist item with Space.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'a', /^Prepare$/, { back: true, max: 300 });
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Get ready for your session' }).waitFor();
  // The first item that can be ticked now ("no alcohol" waits until it applies).
  const box = page.locator('.checklist input[type="checkbox"]:not([disabled])').first();
  if (!(await box.count())) {
    await tabTo(page, 'input', /date/i);
    await typeDate(page, 2);
    await tabTo(page, 'input', /time/i);
    await page.keyboard.type('0730A');
    await tabTo(page, 'button', 'Add session');
    await page.keyboard.press('Enter');
  }
  await box.waitFor();
  const first = await box.evaluate((b) => b.labels[0].textContent.trim());
  await tabTo(page, 'input', first.slice(0, 20));
  await page.keyboard.press('Space');
  assert.ok(await box.isChecked(), 'Space ticks the item');

  // Session: record one (yesterday 10:00 to 10:40).
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'a', /^Session$/, { back: true, max: 300 });
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Sessions and check-ins' }).waitFor();
  await tabTo(page, 'input', /^Date/);
  await typeDate(page, -1);
  await tabTo(page, 'input', 'Start time');
  await page.keyboard.type('1000A');
  await tabTo(page, 'input', 'End time');
  await page.keyboard.type('1040A');
  await tabTo(page, 'button', 'Save session');
  await page.keyboard.press('Enter');
  await page.getByText('Session saved.').first().waitFor();
  assert.equal((await said(page, 'polite').textContent()).trim(), 'Session saved.');

  // Check in with a red flag: the escalation panel takes focus and is announced at once.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'a', 'Check in now', { back: true });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
  await tabTo(page, 'input', 'Chest pain or pressure');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.activeElement?.id === 'escalation');
  assert.match(await said(page, 'assertive').textContent(), /Call emergency now/);
  assert.ok((await page.evaluate(focusFacts)).outline, 'the focused panel shows its focus');
  // Next through the steps: each one's heading takes focus, then Save.
  for (let n = 2; n <= 5; n++) {
    await tabTo(page, 'button', 'Next');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.activeElement?.id === 'check-in-step'
      && document.querySelector('#check-in-steps-progress')?.textContent === `Step ${n} of 5`, n);
  }
  await tabTo(page, 'button', 'Save check-in');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'check-in-saved');
  assert.equal((await said(page, 'polite').textContent()).trim(), 'Check-in saved.');

  // GAD-7 from the Mood screen: Space picks an answer, Enter goes on, to the result.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'a', /^Mood$/, { back: true, max: 300 });
  await page.keyboard.press('Enter');
  await page.locator('main h1', { hasText: 'Mood over time' }).waitFor();
  await tabTo(page, 'a', /GAD-7|Start/);
  while ((await page.evaluate(focusFacts)).name.match(/GAD-7|Start/) && !(await page.evaluate(() => document.activeElement.href?.endsWith('/mood/gad7')))) {
    await tabTo(page, 'a', /GAD-7|Start/);
  }
  await page.keyboard.press('Enter');
  for (let q = 1; q <= 7; q++) {
    await page.locator('.q-progress', { hasText: `Question ${q} of 7` }).waitFor();
    await tabTo(page, 'input', 'Not at all');
    await page.keyboard.press('Space');
    await tabTo(page, 'button', /^(Next|Check and finish|Finish)/);
    await page.keyboard.press('Enter');
  }
  const finish = page.getByRole('button', { name: /Finish and see the score/ });
  if (await finish.count()) {
    await tabTo(page, 'button', 'Finish and see the score', { back: true });
    await page.keyboard.press('Enter');
  }
  await page.locator('.result-card__total').waitFor();
  assert.match(await page.locator('.result-card__total').textContent(), /\b0\b/);
  assert.deepEqual(errors, []);
  await context.close();
});

// ----- Live regions and charts -----

test('saves and refusals are announced in the polite live region, the same words twice read twice', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/journal'));
  await ready(page);
  const polite = said(page, 'polite');
  assert.equal(await polite.getAttribute('aria-live'), 'polite');
  assert.equal(await said(page, 'assertive').getAttribute('aria-live'), 'assertive');
  assert.equal((await polite.textContent()).trim(), '', 'nothing said on arrival');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await polite.getByText('Write something first.').waitFor();
  await page.getByLabel('Your reflection').fill('A calm morning');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await polite.getByText('Entry saved.').waitFor();
  const firstNode = await polite.locator('p').elementHandle();
  await page.getByLabel('Your reflection').fill('A second note');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await page.waitForFunction((old) => !old.isConnected, firstNode);
  assert.equal((await polite.textContent()).trim(), 'Entry saved.', 'a new element, so it is read again');
  // A save that the phone refuses (storage full) is said too, after the screen's own words.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await page.getByLabel('Your reflection').fill('A third note');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await polite.getByText(/could not be saved because this phone's storage for the app is full/).waitFor();
  await context.close();
});

test('Plan and Settings say their saves in the same live region', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  const polite = said(page, 'polite');
  await setDisplay(page, { size: 'Large' });
  await polite.getByText('Settings saved.').waitFor();
  await page.goto(env.server.url('/plan'));
  await ready(page);
  await page.getByRole('button', { name: 'Add an appointment' }).click();
  const form = page.getByRole('form', { name: 'Add an appointment' });
  const [y, m, d] = await localDate(page, 3);
  await form.getByLabel('Date', { exact: true }).fill(`${y}-${m}-${d}`);
  await form.getByLabel('Time', { exact: true }).fill('10:00');
  await form.getByRole('button', { name: 'Save appointment' }).click();
  await polite.getByText('Appointment saved.').waitFor();
  await context.close();
});

test('every chart has a text alternative: a name, the values in words, and a table', async () => {
  const { context, page } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/session'));
  await ready(page);
  // One session yesterday and a check-in an hour after it ended, stored as the app stores them.
  const [y, m, d] = await localDate(page, -1);
  await page.evaluate(({ date }) => {
    const end = new Date(`${date}T10:40:00`).getTime();
    const at = end + 90 * 60000;
    const rec = (id, t, data) => ({ id, created: t, updated: t, data });
    const wrap = (records) => JSON.stringify({ app: 'session-companion', schema: 1, records });
    localStorage.setItem('sc.meta', JSON.stringify({ app: 'session-companion', schema: 1 }));
    localStorage.setItem('sc.v1.sessions', wrap([rec('s1', end, { date, start: '10:00', end: '10:40', route: 'iv' })]));
    localStorage.setItem('sc.v1.checkins', wrap([rec('c1', at, { session: 's1', at, slot: 'one_hour', ratings: { dissociation: 4, nausea: 2 } })]));
  }, { date: `${y}-${m}-${d}` });
  await page.goto(env.server.url('/session/s1'));
  await ready(page);
  const charts = page.locator('svg[role="img"]');
  await charts.first().waitFor();
  const alts = await charts.evaluateAll((svgs) => svgs.map((s) => ({
    name: s.getAttribute('aria-labelledby') ? document.getElementById(s.getAttribute('aria-labelledby'))?.textContent : s.getAttribute('aria-label'),
    desc: s.getAttribute('aria-describedby') ? document.getElementById(s.getAttribute('aria-describedby'))?.textContent : '',
    table: !!s.closest('figure, section, div')?.querySelector('table'),
  })));
  assert.equal(alts.length, 2, 'the session timeline and the trend across sessions');
  for (const a of alts) {
    assert.ok(a.name && a.name.length > 10, `a chart is named: ${a.name}`);
    assert.ok(a.table, `${a.name}: has a table of the numbers`);
  }
  assert.match(alts[0].desc, /Feeling detached or far away: 4 \(1 h 30 min after the session\)/);
  assert.match(alts[0].desc, /Sick to your stomach: 2 \(1 h 30 min after the session\)/);
  assert.match(alts[1].desc, new RegExp(`${y}-${m}-${d}: 4`));
  await context.close();
});

// ----- Install offer -----

/** What a Chromium browser does when the app could be installed: a cancellable
 *  `beforeinstallprompt` event with a prompt() method. Returns whether the app held it back. */
const offerInstall = (page) => page.evaluate(() => {
  const e = new Event('beforeinstallprompt', { cancelable: true });
  e.prompt = () => { window.promptShown = (window.promptShown || 0) + 1; return Promise.resolve(); };
  window.dispatchEvent(e);
  return e.defaultPrevented;
});

async function saveTodaysMood(page) {
  await page.locator('label.mood-number', { hasText: /^7$/ }).click();
  await page.locator('.quick-mood').getByRole('button', { name: 'Save' }).click();
  await page.getByText('Today: 7 out of 10').waitFor();
}

const offer = (page) => page.getByRole('region', { name: 'Keep the app on your home screen' });

test('install: offered on Today only after something is saved, the browser prompt on tap, "Not now" sticks', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  assert.equal(await offerInstall(page), true, 'the browser\'s own banner is held back');
  // First visit, nothing saved yet (the settings from the welcome do not count): no offer.
  await page.waitForTimeout(300);
  assert.equal(await offer(page).count(), 0, 'not offered before anything is saved');
  await saveTodaysMood(page);
  await offer(page).waitFor();
  await offer(page).getByRole('button', { name: 'Install the app' }).click();
  assert.equal(await page.evaluate(() => window.promptShown), 1, 'the browser\'s prompt is shown');
  await offer(page).waitFor({ state: 'detached' });

  // Another visit: offered again (the patient neither installed nor said no) until "Not now".
  await page.reload();
  await ready(page);
  await offerInstall(page);
  await offer(page).waitFor();
  await offer(page).getByRole('button', { name: 'Not now' }).click();
  await offer(page).waitFor({ state: 'detached' });
  await page.reload();
  await ready(page);
  await offerInstall(page);
  await page.waitForTimeout(300);
  assert.equal(await offer(page).count(), 0, '"Not now" is remembered across reloads');
  assert.equal(await page.evaluate(() => window.promptShown || 0), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';

test('install on an iPhone: plain "Add to Home Screen" steps, and nothing once it runs from the home screen', async () => {
  for (const installed of [false, true]) {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, userAgent: IPHONE, isMobile: true, hasTouch: true });
    // Safari tells an installed app by navigator.standalone.
    if (installed) await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
    const page = await context.newPage();
    await page.goto(env.server.url('/'));
    await ready(page);
    await skipWelcome(page);
    assert.equal(await offer(page).count(), 0, 'not before something is saved');
    await saveTodaysMood(page);
    if (installed) {
      await page.waitForTimeout(300);
      assert.equal(await offer(page).count(), 0, 'not offered inside the installed app');
    } else {
      await offer(page).waitFor();
      const steps = await offer(page).locator('ol li').allTextContents();
      assert.equal(steps.length, 3);
      assert.match(steps[0], /Share button/);
      assert.match(steps[1], /Add to Home Screen/);
      assert.equal(await offer(page).getByRole('button', { name: 'Install the app' }).count(), 0, 'no button that cannot work');
    }
    await context.close();
  }
});
