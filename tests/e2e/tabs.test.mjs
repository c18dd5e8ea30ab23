// Two tabs of the app open at once: 100 journal entries written alternately in each are all
// kept, in both tabs and after a reload (each write re-reads and merges; the other tab hears
// the storage event and merges too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, phone, ready } from './harness.mjs';

const env = suite();

const count = async (page) => Number((await page.locator('#j-count').textContent()).match(/\d+/)[0]);

test('100 edits alternating between two tabs: none is lost', async () => {
  const { context, page: a, errors } = await phone(env.browser, { origin: env.server.origin });
  const b = await context.newPage();
  for (const p of [a, b]) {
    await p.goto(env.server.url('/journal'));
    await ready(p);
  }
  for (let i = 0; i < 100; i++) {
    const p = i % 2 === 0 ? a : b;
    // The tab being used is the one in front, as on a phone (a tab in the background gets no
    // animation frames, and each wait for the saved note then took about a second).
    await p.bringToFront();
    await p.getByLabel('Your reflection').fill(`entry ${i} from tab ${i % 2 === 0 ? 'A' : 'B'}`);
    await p.getByRole('button', { name: 'Save entry' }).click();
    await p.locator('main').getByText('Entry saved.').waitFor();
  }
  // Both tabs converge on all 100 without a reload.
  for (const p of [a, b]) {
    await p.waitForFunction(() => /Entries shown: 100\b/.test(document.querySelector('#j-count')?.textContent || ''), null, { timeout: 30000 });
  }
  await b.reload();
  await ready(b);
  assert.equal(await count(b), 100);
  await b.getByLabel('Search your journal').fill('entry 99 from tab B');
  await b.waitForFunction(() => /Entries shown: 1\b/.test(document.querySelector('#j-count').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});
