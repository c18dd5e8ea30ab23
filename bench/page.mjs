// What bench/perf.mjs and bench/profile.mjs do in the page alike: the paint probe, the data set
// put in localStorage, and the taps they time.

// In the page: resolves, once `cond()` holds, to the time of the first paint after that,
// measured from `t0` (a number, or 'tap' for the next pointerup/click). A rAF callback runs
// just before a frame is drawn; a task queued from it runs after that frame.
export const PROBE = `window.__probe = (condSrc, t0) => new Promise((resolve) => {
  const cond = new Function('return (' + condSrc + ')');
  let start = typeof t0 === 'number' ? t0 : null;
  const onTap = (e) => { if (start === null) start = e.timeStamp; };
  if (start === null) { addEventListener('pointerup', onTap, true); addEventListener('click', onTap, true); }
  let done = false;
  const check = () => {
    if (done || start === null || !cond()) return;
    done = true; obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      removeEventListener('pointerup', onTap, true); removeEventListener('click', onTap, true);
      resolve(performance.now() - start);
    }));
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const poll = () => { check(); if (!done) requestAnimationFrame(poll); };
  poll();
});`;

/** Puts `entries` (key -> text) in localStorage before the app starts, unless it has data. */
export async function seed(context, entries) {
  await context.addInitScript((e) => {
    if (!localStorage.getItem('sc.meta')) for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
  }, entries);
}

/** A page condition: the main heading reads `text`. */
export const h1Is = (text) => `[...document.querySelectorAll('main h1')].some((h) => h.textContent.trim() === ${JSON.stringify(text)})`;

/** The taps timed with the 3-year data set: `prepare` gets the page to where the tap happens
 *  (untimed), `control` is what is tapped, and the answer is painted once `done` holds. */
export function taps(page) {
  const go = async (href, heading) => {
    await page.locator(`a[href="${href}"]:visible`).first().tap();
    await page.waitForFunction(h1Is(heading), null, { timeout: 60000 });
  };
  return [
    {
      label: 'open Today',
      prepare: () => go('/mood', 'Mood over time'),
      control: page.locator('nav a[href="/"]').first(),
      done: `${h1Is('Today')} && !!document.querySelector('main .here-card')`,
    },
    {
      label: 'open mood trends',
      prepare: () => go('/', 'Today'),
      control: page.locator('nav a[href="/mood"]').first(),
      done: `document.querySelectorAll('main .chart-card').length >= 4`,
    },
    {
      label: 'open clinician summary',
      prepare: () => go('/settings', 'Settings'),
      control: page.getByRole('link', { name: 'Summary for your clinician' }),
      done: `${h1Is('Summary for your clinician')} && [...document.querySelectorAll('main h2')].some((h) => h.textContent.trim() === 'Sessions')`,
    },
    {
      label: 'save a check-in',
      prepare: async () => {
        await go('/session', 'Sessions and check-ins');
        await page.getByRole('link', { name: 'Check in (not after a session)' }).tap();
        // One short step at a time: Next until the step with Save (as tests/e2e/harness.mjs's
        // checkInTo).
        const save = page.getByRole('button', { name: 'Save check-in' });
        const progress = page.locator('#check-in-steps-progress');
        await progress.or(save).first().waitFor();
        for (let i = 0; i < 8 && !(await save.count()); i++) {
          const before = await progress.textContent();
          await page.locator('.check-in-steps__next[type="button"]').tap();
          await page.waitForFunction((was) => document.querySelector('#check-in-steps-progress')?.textContent !== was, before);
        }
        await save.waitFor();
      },
      control: page.getByRole('button', { name: 'Save check-in' }),
      done: `document.body.textContent.includes('Check-in saved.')`,
    },
  ];
}

// In the page, from before its first script (an init script): `window.__watch(cond, how)`
// resolves, once `cond()` returns an element, to when the frame showing it was painted, in ms
// since the navigation started: { ms, via, what }. `cond` is checked in each
// requestAnimationFrame callback, i.e. just before a frame is drawn and with the styles final
// (a stylesheet still loading blocks those frames), so an element the first frame would draw
// hidden, or a page that has not drawn yet, does not count.
// via 'element-timing': every h1 gets `elementtiming` as it enters the document (a
// MutationObserver runs before the next frame, also for the parser's static HTML), so Chromium
// reports the render time of the frame that first drew its text; the time used when the
// element `cond` found has such an entry. via 'frame': the start of that frame (the rAF
// callback's time), a few ms before its pixels; used where element timing cannot say (a
// changed text, as the floor's "Tapped 1", is not a first paint), or with how = 'frame'.
export const WATCH = `(() => {
  const entries = [];
  try {
    new PerformanceObserver((list) => { entries.push(...list.getEntries()); }).observe({ type: 'element', buffered: true });
  } catch (e) {}
  const mark = () => {
    for (const h of document.querySelectorAll('h1:not([elementtiming])')) h.setAttribute('elementtiming', 'bench');
  };
  new MutationObserver(mark).observe(document, { subtree: true, childList: true });
  window.__watch = (condSrc, how) => new Promise((resolve) => {
    const cond = new Function('return (' + condSrc + ')');
    const what = (el) => (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
    const frame = (ts) => {
      let el = null;
      try { el = cond(); } catch (e) {}
      if (!el) { requestAnimationFrame(frame); return; }
      const start = performance.now();
      if (how === 'frame') { resolve({ ms: start, via: 'frame', what: what(el) }); return; }
      // The element entry comes after the frame is presented: wait a few frames for it.
      let left = 10;
      const entry = () => {
        const e = entries.find((x) => x.element === el || (x.element && el.contains && el.contains(x.element)));
        if (e && (e.renderTime || e.loadTime)) { resolve({ ms: e.renderTime || e.loadTime, via: 'element-timing', what: what(el) }); return; }
        if (--left <= 0) { resolve({ ms: start, via: 'frame', what: what(el) }); return; }
        requestAnimationFrame(entry);
      };
      requestAnimationFrame(entry);
    };
    requestAnimationFrame(frame);
  });
})();`;

/** A page condition: the first visible h1 (matching `selector`) that is a screen's heading: not
 *  in the boot note nor the help without WebAssembly, with text, on screen; `text`, when given,
 *  is the heading's exact text. Returns the element (or undefined). */
export const visibleH1 = (selector = 'h1', text = null) => `[...document.querySelectorAll(${JSON.stringify(selector)})].find((h) => {
  if (h.closest('.boot-note, #nowasm')) return false;
  const t = h.textContent.trim();
  if (!t || (${JSON.stringify(text)} !== null && t !== ${JSON.stringify(text)})) return false;
  if (!h.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true })) return false;
  const r = h.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight;
})`;

// Until the page's service worker is active, in control, with nothing installing or waiting,
// and its cache holds the page: asked again every 250 ms (page.waitForFunction would not await
// an async predicate: its promise counts as true at once). Used by bench/perf.mjs and
// bench/warm.mjs to set up an installed, offline open.
export async function untilInstalled(page, timeoutMs = 120000) {
  for (const end = Date.now() + timeoutMs; ;) {
    const installed = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      if (!(reg && reg.active && reg.active.state === 'activated' && !reg.installing && !reg.waiting && navigator.serviceWorker.controller)) return false;
      for (const n of await caches.keys()) if (await (await caches.open(n)).match(document.baseURI)) return true;
      return false;
    });
    if (installed) return;
    if (Date.now() > end) throw new Error('the service worker did not install');
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Self time by event in a DevTools trace: each event's own time without the events nested in
// it, for one thread's complete ('X') events sorted by start (ties: the longer first). `time`
// picks the duration (wall `dur`, or thread time `tdur`), `key` names an event. Returns the
// times by name and `total`, the outermost events' time. Used by bench/profile.mjs and
// bench/warm.mjs.
export function selfTimes(sorted, { time = (e) => e.dur, key = (e) => e.name } = {}) {
  const self = new Map();
  const stack = [];
  let total = 0;
  for (const e of sorted) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(key(parent), (self.get(key(parent)) || 0) - time(e));
    else total += time(e);
    self.set(key(e), (self.get(key(e)) || 0) + time(e));
    stack.push(e);
  }
  return { self, total };
}
