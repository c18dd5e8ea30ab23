// Where a tap's time goes: a CPU profile of each tap bench/perf.mjs times, with the 3-year data
// set, summed by function (self time) so the slow part has a name.
//   scripts/bench-profile.sh        builds dist-prof/ (the release app with function names kept)
//   node bench/profile.mjs [--top N] [--slowdown N] [--only "mood"] [--no-cpu-profile] [--inclusive N]
// (over dist-prof/; --no-cpu-profile gives the main-thread breakdown alone, which is steadier)
// JS_FLAGS=--no-liftoff names more of the wasm (V8's baseline tier is mostly "(program)").
//
// The release wasm loses its names in wasm-opt; dist-prof/ is dist/ with the wasm replaced by
// wasm-bindgen's output before wasm-opt, so the code is the same apart from that last pass.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/harness.mjs';
import { PROBE, h1Is, seed, selfTimes, taps as timedTaps } from './page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const TOP = opt('--top', 25);
const NO_CPU = args.includes('--no-cpu-profile');
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const SLOWDOWN = opt('--slowdown', 4);
const INCLUSIVE = opt('--inclusive', 0);
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const DIST = path.join(root, 'dist-prof');
const data = JSON.parse(fs.readFileSync(path.join(root, 'target/synthetic.json'), 'utf8'));

// Rust symbol names, shortened: generic arguments and hashes dropped.
function short(name) {
  let s = name.replace(/::h[0-9a-f]{16}$/, '');
  let out = '';
  let depth = 0;
  for (const c of s) {
    if (c === '<') depth++;
    if (depth === 0) out += c;
    if (c === '>') { depth--; if (depth === 0) out += '<..>'; }
  }
  return out.length > 110 ? out.slice(0, 107) + '...' : out;
}

// The wasm's function names by index, from its `name` section: Chromium's profile may say only
// `wasm-function[N]` (N counts the imports too, as the name section does).
function wasmNames(file) {
  const b = fs.readFileSync(file);
  const names = new Map();
  const leb = (i) => {
    let r = 0, shift = 0, x;
    do { x = b[i++]; r += (x & 0x7f) * 2 ** shift; shift += 7; } while (x & 0x80);
    return [r, i];
  };
  let i = 8;
  while (i < b.length) {
    const id = b[i++];
    let size;
    [size, i] = leb(i);
    const end = i + size;
    if (id === 0) {
      let [len, j] = leb(i);
      if (b.toString('utf8', j, j + len) === 'name') {
        j += len;
        while (j < end) {
          const sub = b[j++];
          let subSize;
          [subSize, j] = leb(j);
          if (sub === 1) {
            let [count, k] = leb(j);
            for (let n = 0; n < count; n++) {
              let idx, nlen;
              [idx, k] = leb(k);
              [nlen, k] = leb(k);
              names.set(idx, b.toString('utf8', k, k + nlen));
              k += nlen;
            }
          }
          j += subSize;
        }
      }
    }
    i = end;
  }
  return names;
}

function summarize(profile, label, names) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const nameOf = (n) => {
    const f = n.callFrame.functionName;
    const m = /^wasm-function\[(\d+)\]$/.exec(f || '');
    if (m && names.has(Number(m[1]))) return names.get(Number(m[1]));
    return f || `(${n.callFrame.url ? 'anonymous' : 'program'})`;
  };
  const self = new Map();
  const inclusive = new Map();
  const dt = profile.timeDeltas;
  let total = 0;
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    const name = nameOf(n);
    const ms = (dt[i] || 0) / 1000;
    total += ms;
    self.set(name, (self.get(name) || 0) + ms);
    // Each function on the sample's stack once (recursion counted once).
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const on = short(nameOf(byId.get(at)));
      if (seen.has(on)) continue;
      seen.add(on);
      inclusive.set(on, (inclusive.get(on) || 0) + ms);
    }
  });
  const idle = self.get('(idle)') || 0;
  console.log(`\n== ${label}: ${(total - idle).toFixed(0)} ms busy (CPU ${SLOWDOWN}x slower)`);
  [...self.entries()].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)
    .forEach(([n, ms]) => console.log(`${ms.toFixed(1).padStart(8)} ms  ${short(n)}`));
  if (INCLUSIVE) {
    console.log(`   with what they call (inclusive):`);
    [...inclusive.entries()].filter(([n]) => !n.startsWith('(')).sort((a, b) => b[1] - a[1]).slice(0, INCLUSIVE)
      .forEach(([n, ms]) => console.log(`${ms.toFixed(1).padStart(8)} ms  ${n}`));
  }
}

// The renderer's main thread during the tap, by kind of work (self time: an event's own time
// without the events inside it), so script, style, layout and paint are told apart.
function phases(trace) {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const { self } = selfTimes(mine);
  const line = [...self.entries()].map(([n, us]) => [n, us / 1000]).filter(([n, ms]) => ms >= 2 && !n.startsWith('CpuProfiler'))
    .sort((a, b) => b[1] - a[1]).slice(0, 12).map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ');
  console.log(`   main thread (ms): ${line}`);
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error('dist-prof/ is missing: run scripts/bench-profile.sh');
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
  const names = wasmNames(path.join(DIST, wasm));
  const server = await serve('/', DIST);
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])] });
  try {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await seed(context, data);
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    page.on('crash', () => console.error('the page crashed'));
    const cdp = await context.newCDPSession(page);
    await page.goto(server.origin + '/mood');
    await page.locator('main h1').waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // bench/perf.mjs's taps, and one more (a long list leaving and entering).
    const taps = timedTaps(page);
    taps.splice(3, 0, {
      label: 'open Sessions',
      prepare: async () => {
        await page.locator('a[href="/"]').first().tap();
        await page.waitForFunction(h1Is('Today'), null, { timeout: 60000 });
      },
      control: page.locator('nav a[href="/session"]').first(),
      done: h1Is('Sessions and check-ins'),
    });
    if (ONLY) taps.splice(0, taps.length, ...taps.filter(({ label }) => label.includes(ONLY)));
    // Each tap twice: the first round compiles what it needs (V8 compiles lazily), the second is
    // reported.
    for (const [round, { label, prepare, control, done }] of [...taps.map((t) => [0, t]), ...taps.map((t) => [1, t])]) {
      await prepare();
      await control.scrollIntoViewIfNeeded();
      const box = await control.boundingBox();
      await page.waitForTimeout(300);
      const profiled = round === 1;
      if (profiled) {
        await browser.startTracing(page, { categories: ['devtools.timeline'] });
        if (!NO_CPU) await cdp.send('Profiler.start');
        await page.waitForTimeout(100);
      }
      // A bare touch (no locator checks), timed in the page from the tap to the next paint.
      const answer = page.evaluate((cond) => window.__probe(cond, 'tap'), done);
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      const ms = await answer;
      if (!profiled) continue;
      const profile = NO_CPU ? null : (await cdp.send('Profiler.stop')).profile;
      const trace = JSON.parse(String(await browser.stopTracing()));
      if (profile && process.env.SAVE_PROFILE) fs.writeFileSync(process.env.SAVE_PROFILE, JSON.stringify(profile));
      if (profile) summarize(profile, `${label}: tap -> paint ${ms.toFixed(0)} ms`, names);
      else console.log(`\n== ${label}: tap -> paint ${ms.toFixed(0)} ms (CPU ${SLOWDOWN}x slower)`);
      phases(trace);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
