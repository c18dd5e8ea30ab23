// Screens as a patient sees them: every route change opens the new screen at its top with focus
// on its h1, the shell at every text size (tabs one row,
// "Get help now" one line, a gear for settings), and the questionnaire result card readable
// (its score text is not squeezed into a rating chip).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready, skipWelcome } from './harness.mjs';

const env = suite();

const day = (offset) => {
  const d = new Date(Date.now() + offset * 86400000);
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** Scrolls to the end of a page that is longer than the screen; returns where it landed. */
async function scrollToEnd(page) {
  const y = await page.evaluate(async () => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return window.scrollY;
  });
  assert.ok(y > 200, `the page is long enough to be scrolled (at ${y}px)`);
  return y;
}

/** The new screen starts at its top: its h1 is focused and in view below the top bar. */
async function opensAtItsHeading(page, where) {
  await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'), null, { timeout: 10000 });
  const facts = await page.evaluate(() => {
    const h1 = document.querySelector('main h1').getBoundingClientRect();
    const bar = document.querySelector('.top-bar').getBoundingClientRect();
    return { top: h1.top, bottom: h1.bottom, bar: bar.bottom, height: window.innerHeight, y: window.scrollY };
  });
  assert.ok(facts.top >= facts.bar - 1 && facts.bottom <= facts.height, `${where}: the h1 is in view (${JSON.stringify(facts)})`);
  assert.ok(facts.y < 60, `${where}: the screen starts at its top (scrolled ${facts.y}px)`);
}

test('every bottom tab, tapped from a page scrolled to its end, opens the new screen at its h1', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/'));
  await ready(page);
  await skipWelcome(page);
  for (const tab of ['Prepare', 'Session', 'Mood', 'Plan', 'Support', 'Today']) {
    await page.goto(env.server.url('/privacy'));
    await ready(page);
    await scrollToEnd(page);
    await page.locator('.bottom-nav').getByRole('link', { name: tab }).click();
    await opensAtItsHeading(page, tab);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Check in now" from the end of a long session list opens at the top, with the safety questions in view', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/session'));
  await ready(page);
  for (let i = 4; i >= 1; i--) {
    await page.getByLabel('Date', { exact: true }).fill(day(-7 * i));
    await page.getByLabel('Start time').fill('09:00');
    await page.getByLabel('End time').fill('10:00');
    await page.getByRole('button', { name: 'Save session' }).click();
    await page.getByText('Session saved.').first().waitFor();
  }
  await scrollToEnd(page);
  await page.locator('.session-list').getByRole('link', { name: /Check in now/ }).last().click();
  await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
  await opensAtItsHeading(page, 'check-in');
  const safety = await page.getByRole('heading', { name: 'Are you OK right now?' }).boundingBox();
  assert.ok(safety.y + safety.height <= 740, 'the safety question is on the first screen, not scrolled past');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Where the shell breaks at this size: tabs on more than one row, help on more than one line,
 *  a tab label cut off. */
function shellProblems() {
  const out = [];
  const tops = new Set([...document.querySelectorAll('.bottom-nav li')].map((li) => Math.round(li.getBoundingClientRect().top)));
  if (tops.size !== 1) out.push(`the tabs take ${tops.size} rows`);
  for (const label of document.querySelectorAll('.bottom-nav__label')) {
    const tab = label.closest('a').getBoundingClientRect();
    const r = label.getBoundingClientRect();
    if (r.width > 1 && (r.left < tab.left - 0.5 || r.right > tab.right + 0.5 || label.scrollWidth > label.clientWidth + 1)) out.push(`the label "${label.textContent}" is cut off`);
  }
  const help = document.querySelector('.help-now');
  const lines = new Set();
  for (const node of help.childNodes) {
    if (node.nodeType !== 3 || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const q of range.getClientRects()) if (q.width > 0) lines.add(Math.round(q.top));
  }
  if (lines.size !== 1) out.push(`"${help.textContent}" takes ${lines.size} lines`);
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways by ${doc.scrollWidth - doc.clientWidth}px`);
  const bars = document.querySelector('.top-bar').getBoundingClientRect().height + document.querySelector('.bottom-nav').getBoundingClientRect().height;
  if (bars > window.innerHeight * 0.25) out.push(`the bars take ${Math.round(bars)}px of ${window.innerHeight}px`);
  return out;
}

for (const [language, help, settings] of [['English', 'Get help now', 'Data & settings'], ['Español', 'Ayuda ahora', 'Datos y configuración']]) {
  test(`${language}: at every text size the tabs stay one row and help one line; settings is a gear`, async () => {
    const spanish = language === 'Español';
    const { context, page, errors } = await phone(env.browser, { origin: env.server.origin, locale: spanish ? 'es-MX' : undefined });
    await page.goto(env.server.url('/'));
    await ready(page);
    const skip = page.getByRole('button', { name: spanish ? 'Saltar por ahora' : 'Skip for now' });
    if (await skip.count()) await skip.click();
    const sizes = language === 'English' ? ['Normal', 'Large', 'Larger'] : ['Normal', 'Grande', 'Más grande'];
    for (const size of sizes) {
      await page.goto(env.server.url('/settings'));
      await ready(page);
      await page.getByLabel(language === 'English' ? 'Text size' : 'Tamaño de la letra').selectOption({ label: size });
      await page.getByRole('button', { name: language === 'English' ? 'Save settings' : 'Guardar la configuración' }).click();
      await page.waitForFunction((s) => document.documentElement.dataset.text === s, { Normal: 'normal', Large: 'large', Larger: 'larger', Grande: 'large', 'Más grande': 'larger' }[size]);
      for (const width of [360, 320]) {
        await page.setViewportSize({ width, height: 740 });
        for (const route of ['/', '/session']) {
          await page.goto(env.server.url(route));
          await ready(page);
          await page.getByRole('button', { name: help }).waitFor();
          const problems = await page.evaluate(shellProblems);
          assert.deepEqual(problems, [], `${size} at ${width}px on ${route}`);
          assert.equal(await page.getByRole('link', { name: settings }).count(), 1, 'settings keeps its name');
        }
      }
      await page.setViewportSize({ width: 360, height: 740 });
    }
    // At normal text on a phone the gear has its word beside it.
    await page.goto(env.server.url('/settings'));
    await ready(page);
    await page.getByLabel(language === 'English' ? 'Text size' : 'Tamaño de la letra').selectOption({ index: 0 });
    await page.getByRole('button', { name: language === 'English' ? 'Save settings' : 'Guardar la configuración' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.text === 'normal');
    const word = await page.locator('.top-bar__settings-word').boundingBox();
    assert.ok(word && word.width > 20, 'the word under the gear is visible');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the PHQ-9 result card shows its score, level and legend whole, clear of the next card', async () => {
  const { context, page, errors } = await phone(env.browser, { origin: env.server.origin });
  await page.goto(env.server.url('/mood/phq9'));
  await ready(page);
  const answers = ['More than half the days', 'More than half the days', 'Several days', 'Several days', 'Several days', 'Several days', 'Nearly every day', 'Several days', 'Not at all'];
  for (const a of answers) {
    await page.getByLabel(a, { exact: true }).check();
    const next = page.getByRole('button', { name: 'Next' });
    if (await next.count()) await next.click();
  }
  await page.getByRole('button', { name: 'Finish and see the score' }).click();
  const total = page.locator('.result-card__total');
  await total.waitFor();
  assert.equal(await total.textContent(), 'Score: 12 out of 27');
  const facts = await page.evaluate(() => {
    const card = document.querySelector('.result-card');
    const c = card.getBoundingClientRect();
    const parts = [...card.children].map((el) => {
      const r = el.getBoundingClientRect();
      return { text: el.textContent.slice(0, 30), inside: r.left >= c.left - 0.5 && r.right <= c.right + 0.5 && r.top >= c.top - 0.5 && r.bottom <= c.bottom + 0.5, clipped: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1, top: r.top, bottom: r.bottom };
    });
    const next = card.nextElementSibling?.getBoundingClientRect();
    return { width: c.width, height: c.height, overflow: getComputedStyle(card).overflow, parts, nextTop: next ? next.top : null, bottom: c.bottom };
  });
  assert.ok(facts.width > 250, `the card is as wide as the page (${facts.width}px), not a 44 px chip`);
  for (const p of facts.parts) {
    assert.ok(p.inside, `"${p.text}" lies inside the card`);
    assert.ok(!p.clipped, `"${p.text}" is not clipped`);
  }
  for (let i = 1; i < facts.parts.length; i++) assert.ok(facts.parts[i].top >= facts.parts[i - 1].bottom - 0.5, 'the lines do not overlap');
  if (facts.nextTop !== null) assert.ok(facts.nextTop >= facts.bottom - 0.5, 'the next block starts below the card');
  await page.getByText(/Level: Moderate|Level: Mild/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
