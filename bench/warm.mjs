// The warm start (installed, offline, 4x CPU, 3-year data set) looked at closely, as
// bench/perf.mjs sets it up: a first visit puts the service worker in control, then the profile
// goes offline and each open is a new tab until Today's heading is drawn.
//   node bench/warm.mjs --ab DIR_A DIR_B [--runs N]
//        two builds opened in turn (A, B, A, B, ...; one untimed open each first), medians
//        (also the main thread's thread time until drawn, by kind: parse, style, layout, script)
//   node bench/warm.mjs --phases DIR [--runs N]
//        when each step of an open happened (medians): page parsed, wasm compiled, app started
//   node bench/warm.mjs --profile DIR [--top N] [--no-cpu-profile]
//        where one open's time goes: the main thread by kind of work (a DevTools trace) and a
//        CPU profile by function (DIR with names kept: scripts/bench-profile.sh's dist-prof/)
// Over target/synthetic.json; HEADING=Hello for the floor (served with a service worker).
// Not part of the tests; a looking glass for issue #22 item 4.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/harness.mjs';
import { WATCH, seed, selfTimes, untilInstalled, visibleH1 } from './page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const after = (name) => args[args.indexOf(name) + 1];
const RUNS = Number(args.includes('--runs') ? after('--runs') : 15);
const TOP = Number(args.includes('--top') ? after('--top') : 30);
const PHASES = args.includes('--phases');
const NO_CPU = args.includes('--no-cpu-profile');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en-US' };
const data = JSON.parse(fs.readFileSync(path.join(root, 'target/synthetic.json'), 'utf8'));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// Marks along the way (ms since the navigation), read after Today is drawn.
const MARKS = `(() => {
  const m = window.__marks = {};
  const now = (k) => { if (!(k in m)) m[k] = performance.now(); };
  document.addEventListener('DOMContentLoaded', () => now('domContentLoaded'));
  addEventListener('TrunkApplicationStarted', () => now('trunkStarted'));
  for (const name of ['instantiateStreaming', 'instantiate', 'compileStreaming']) {
    const f = WebAssembly[name];
    if (!f) continue;
    WebAssembly[name] = function (...a) {
      now(name + '.start');
      const p = f.apply(this, a);
      p.then(() => now(name + '.end'));
      return p;
    };
  }
  new MutationObserver(() => {
    if (document.querySelector('main')) now('firstMain');
    if (document.getElementById('boot') === null && document.readyState !== 'loading') now('bootGone');
  }).observe(document, { subtree: true, childList: true });
})();`;
const watch = `window.__warm = window.__watch(${JSON.stringify(visibleH1('h1', process.env.HEADING || 'Today'))}, '');`;

// A context with the service worker installed and its cache filled, then offline.
async function installed(browser, origin) {
  const context = await browser.newContext(PHONE);
  await seed(context, data);
  await context.addInitScript(WATCH);
  const first = await context.newPage();
  await first.goto(origin + '/', { timeout: 120000 });
  await first.waitForFunction(visibleH1('h1', process.env.HEADING || 'Today'), null, { timeout: 120000 });
  await untilInstalled(first);
  await first.close();
  await context.setOffline(true);
  return context;
}

// One timed open in a new tab at 4x CPU; `profile` also records a trace and a CPU profile.
// The renderer main thread's CPU time (thread time, so another process's load does not count)
// from the navigation until Today was drawn: the sum of its top-level tasks' thread durations.
function mainCpu(trace, drawnMs) {
  const ev = trace.traceEvents;
  const nav = ev.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args.data.documentLoaderURL || ''));
  if (!nav.length) return NaN;
  const n = nav[nav.length - 1];
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === n.pid);
  const t0 = n.ts;
  const t1 = t0 + drawnMs * 1000;
  let end = 0;
  let cpu = 0;
  const mine = ev.filter((x) => x.ph === 'X' && x.pid === n.pid && x.tid === main.tid && x.ts >= t0 && x.ts < t1).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  for (const e of mine) {
    if (e.ts >= end) { cpu += e.tdur || 0; end = e.ts + e.dur; }
  }
  // Inclusive thread time of some kinds of work (outermost only).
  const kinds = { parse: /^ParseHTML$/, style: /^(UpdateLayoutTree|Document::recalcStyle)$/, layout: /^(Layout|LocalFrameView::performLayout)$/, script: /^(FunctionCall|EvaluateScript|v8.evaluateModule)$/ };
  const by = {};
  for (const [k, re] of Object.entries(kinds)) {
    let e2 = 0;
    by[k] = 0;
    for (const e of mine) if (re.test(e.name) && e.ts >= e2) { by[k] += (e.tdur || 0) / 1000; e2 = e.ts + e.dur; }
  }
  mainCpu.last = by;
  return cpu / 1000;
}

async function open(browser, context, origin, profile = false) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(watch);
  if (profile === 'light') {
    await browser.startTracing(page, { categories: ['devtools.timeline', 'blink.user_timing'] });
  } else if (profile) {
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'blink.user_timing', 'v8.wasm', 'blink', 'loading', ...(NO_CPU ? [] : ['disabled-by-default-v8.cpu_profiler'])],
    });
  }
  if (PHASES) await page.addInitScript(MARKS);
  await page.goto(origin + '/', { waitUntil: 'commit', timeout: 120000 });
  const r = await page.evaluate(() => window.__warm);
  if (PHASES) {
    r.marks = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const out = { ...window.__marks, responseEnd: n.responseEnd, domInteractive: n.domInteractive };
      for (const e of performance.getEntriesByType('resource')) {
        const k = e.name.split('/').pop().replace(/-[0-9a-f]{12,}/, '');
        out[k + '.fetchStart'] = e.fetchStart;
        out[k + '.responseEnd'] = e.responseEnd;
      }
      for (const e of performance.getEntriesByType('mark')) out['mark:' + e.name] = e.startTime;
      return out;
    });
  }
  const trace = profile ? JSON.parse(String(await browser.stopTracing())) : null;
  await page.close();
  return { ...r, trace };
}

// Self thread time by event name on the main thread, from the navigation until drawn.
function selfCpu(trace, drawnMs) {
  const ev = trace.traceEvents;
  const n = ev.filter((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args.data.documentLoaderURL || '')).pop();
  const main = ev.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === n.pid);
  const t1 = n.ts + drawnMs * 1000;
  const mine = ev.filter((x) => x.ph === 'X' && x.pid === n.pid && x.tid === main.tid && x.ts >= n.ts && x.ts < t1 && x.tdur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // By name and, for a script, its file (so the app's and the page's own scripts are told apart).
  const key = (e) => e.name + (e.args?.data?.url ? ' ' + path.basename(e.args.data.url).replace(/-[0-9a-f]{12,}/, '') : '');
  const { self, total } = selfTimes(mine, { time: (e) => e.tdur, key });
  console.log(`main thread CPU (thread time, unthrottled) until drawn: ${(total / 1000).toFixed(0)} ms; self by event:`);
  [...self.entries()].map(([k, us]) => [k, us / 1000]).filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, 30)
    .forEach(([k, ms]) => console.log(`${ms.toFixed(1).padStart(8)}  ${k}`));
}

// Self time by event name on the renderer's main thread up to `until` ms after navigation.
function phases(trace) {
  const events = trace.traceEvents;
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = null;
  for (const m of mains) {
    const mine = events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid && e.dur > 0);
    const busy = mine.reduce((s, e) => s + e.dur, 0);
    if (!best || busy > best.busy) best = { m, mine, busy };
  }
  const mine = best.mine.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const { self } = selfTimes(mine);
  const t0 = mine[0].ts;
  console.log('main thread, self time (ms):');
  [...self.entries()].map(([n, us]) => [n, us / 1000]).filter(([, ms]) => ms >= 1).sort((a, b) => b[1] - a[1]).slice(0, 25)
    .forEach(([n, ms]) => console.log(`${ms.toFixed(1).padStart(8)}  ${n}`));
  console.log('main thread, top-level events over 5 ms (start ms from the first event, duration):');
  let depth0 = [];
  let end = 0;
  for (const e of mine) { if (e.ts >= end) { depth0.push(e); end = e.ts + e.dur; } }
  for (const e of depth0.filter((x) => x.dur >= 5000)) {
    const inner = mine.filter((x) => x !== e && x.ts >= e.ts && x.ts + x.dur <= e.ts + e.dur && x.dur >= 3000)
      .slice(0, 6).map((x) => `${x.name}${x.args?.data?.url ? '(' + path.basename(x.args.data.url) + ')' : ''} ${(x.dur / 1000).toFixed(0)}`).join(', ');
    console.log(`${((e.ts - t0) / 1000).toFixed(0).padStart(6)} ${(e.dur / 1000).toFixed(0).padStart(5)}  ${e.name}  [${inner}]`);
  }
  // The CPU profile the trace carries (ProfileChunk events), by function (self time).
  const nodes = new Map();
  const self2 = new Map();
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === best.m.pid)) {
    const c = e.args.data.cpuProfile || {};
    for (const n of c.nodes || []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas || [];
    (c.samples || []).forEach((id, i) => {
      const n = nodes.get(id);
      const name = n?.callFrame?.functionName || `(${n?.callFrame?.url ? 'anonymous' : 'program'})`;
      self2.set(name, (self2.get(name) || 0) + (deltas[i] || 0) / 1000);
    });
  }
  const total = [...self2.entries()].filter(([n]) => n !== '(idle)').reduce((s, [, v]) => s + v, 0);
  console.log(`CPU profile by function (self, ms; ${total.toFixed(0)} ms busy):`);
  const short = (s) => s.replace(/::h[0-9a-f]{16}$/, '').replace(/<[^<>]*(<[^<>]*(<[^<>]*>[^<>]*)*>[^<>]*)*>/g, '<..>').slice(0, 120);
  [...self2.entries()].filter(([n]) => n !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, TOP)
    .forEach(([n, ms]) => console.log(`${ms.toFixed(1).padStart(8)}  ${short(n)}`));
}

const launch = () => chromium.launch({
  executablePath: CHROME,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])],
});

async function main() {
  const browser = await launch();
  try {
    if (PHASES) {
      const server = await serve('/', after('--phases'));
      const context = await installed(browser, server.origin);
      for (let i = 0; i < 2; i++) await open(browser, context, server.origin);
      const rs = [];
      for (let i = 0; i < RUNS; i++) rs.push(await open(browser, context, server.origin));
      const keys = new Set(rs.flatMap((r) => Object.keys(r.marks)));
      const rows = [...keys].map((k) => [k, median(rs.map((r) => r.marks[k]).filter((v) => v !== undefined))]);
      rows.push(['Today drawn', median(rs.map((r) => r.ms))]);
      rows.sort((a, b) => a[1] - b[1]).forEach(([k, v]) => console.log(`${v.toFixed(0).padStart(7)}  ${k}`));
      await context.close();
      server.close();
    } else if (args.includes('--profile')) {
      const server = await serve('/', after('--profile'));
      const context = await installed(browser, server.origin);
      for (let i = 0; i < 2; i++) await open(browser, context, server.origin);
      const r = await open(browser, context, server.origin, true);
      console.log(`Today drawn at ${r.ms.toFixed(0)} ms (${r.via})`);
      selfCpu(r.trace, r.ms);
      phases(r.trace);
      if (args.includes('--save')) fs.writeFileSync(after('--save'), JSON.stringify(r.trace));
      await context.close();
      server.close();
    } else {
      const dirs = [after('--ab'), args[args.indexOf('--ab') + 2]];
      const servers = await Promise.all(dirs.map((d) => serve('/', d)));
      const contexts = [];
      for (const s of servers) contexts.push(await installed(browser, s.origin));
      for (let i = 0; i < 2; i++) await open(browser, contexts[i], servers[i].origin);
      const times = [[], []];
      const cpus = [[], []];
      const kinds = [[], []];
      for (let i = 0; i < RUNS; i++) {
        for (const k of i % 2 ? [1, 0] : [0, 1]) {
          const r = await open(browser, contexts[k], servers[k].origin, 'light');
          times[k].push(r.ms);
          cpus[k].push(mainCpu(r.trace, r.ms));
          kinds[k].push(mainCpu.last);
        }
      }
      dirs.forEach((d, k) => console.log(`${d.padEnd(20)} main-thread CPU until drawn: median ${median(cpus[k]).toFixed(0)} ms  (${cpus[k].map((t) => t.toFixed(0)).join(' ')})`));
      dirs.forEach((d, k) => console.log(`${d.padEnd(20)} medians of thread time by kind: ${Object.keys(kinds[k][0]).map((n) => `${n} ${median(kinds[k].map((x) => x[n])).toFixed(1)}`).join(', ')}`));
      console.log(`B/A main-thread CPU per pair: median ${median(cpus[0].map((t, i) => cpus[1][i] / t)).toFixed(3)}`);
      dirs.forEach((d, k) => console.log(`${d.padEnd(20)} median ${median(times[k]).toFixed(0)} ms  (${times[k].map((t) => t.toFixed(0)).join(' ')})`));
      const ratios = times[0].map((t, i) => times[1][i] / t);
      console.log(`B/A per pair: median ${median(ratios).toFixed(3)}`);
      for (const c of contexts) await c.close();
      servers.forEach((s) => s.close());
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
