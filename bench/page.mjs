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
    await page.locator(`a[href="${href}"]`).first().tap();
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
        await page.getByRole('button', { name: 'Save check-in' }).waitFor();
      },
      control: page.getByRole('button', { name: 'Save check-in' }),
      done: `document.body.textContent.includes('Check-in saved.')`,
    },
  ];
}
