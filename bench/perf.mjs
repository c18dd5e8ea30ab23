// "Fast on a cheap phone": the app against the Yew hello-world floor (bench/floor), both
// release builds from the same run, measured the way patients use it and printed as ratios
// against the budgets of issue #22.
//   scripts/bench-perf.sh          builds both, makes the data set, installs Lighthouse, runs this
//   node bench/perf.mjs [--runs N] [--no-lighthouse] [--first-screen SELECTOR] [--only PARTS]
//                                  (over dist/ and bench/floor/dist/, target/synthetic.json)
//
// Rows (README "Fast on a cheap phone" says how each is measured):
//   first-load gzip and brotli (html, js, wasm, css); first visit (fresh profile, slow 4G, 4x
//   CPU): first paint of a real screen, a tap answered, and without WebAssembly the time until
//   "Get help now" with its call links shows; warm start (installed, offline, 4x CPU, 3-year
//   data set): Today painted; tap -> next paint with the 3-year data set; Lighthouse 12.2.3.
// --first-screen: the CSS selector of the headings that count as "a real screen" on the first
// visit (default h1; the boot note and the help without WebAssembly never count).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PROBE, WATCH, seed as seedData, taps, untilInstalled, visibleH1 } from './page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs')) || 5;
const LIGHTHOUSE_ASKED = !args.includes('--no-lighthouse');
const FIRST_SCREEN = opt('--first-screen') || 'h1';
// --only size,first,warm,taps,lighthouse: some of the rows (to check one part quickly).
const ONLY = opt('--only')?.split(',');
const on = (part) => !ONLY || ONLY.includes(part);
const DATA = path.join(root, 'target/synthetic.json');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Slow 4G as DevTools and Lighthouse define it: 150 ms RTT, 1.6 Mbps down, 750 kbps up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en-US' };
// The budgets of issue #22.
const BUDGET = { gzipKB: 450, brotliKB: 360, firstPaint: 1.5, firstTap: 3.0, warm: 1.5, tapMs: 100, lhPerf: 95, lhA11y: 100 };
const started = Date.now();
const log = (...m) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...m);

// ---- a static server that compresses like a real host: brotli where the browser asks for it
// (the .br copies scripts/postbuild.mjs writes), else gzip level 9. It counts the requests it
// answers, so the warm start can show that nothing came from the network. `sw` (a list of
// files) also serves /sw.js made from scripts/sw.template.js, for the floor's warm start.
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};
const brotli = (data) => zlib.brotliCompressSync(data, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
});
// A file's brotli copy: postbuild's .br when it is there and not older than the file (the same
// settings), else made here.
function brotliOf(file) {
  const br = file + '.br';
  if (fs.existsSync(br) && fs.statSync(br).mtimeMs >= fs.statSync(file).mtimeMs) return fs.readFileSync(br);
  return brotli(fs.readFileSync(file));
}

function serve(dir, { sw = null } = {}) {
  const cache = new Map();
  const state = { hits: 0, paths: [], encodings: new Set() };
  const swBody = sw && fs.readFileSync(path.join(root, 'scripts/sw.template.js'), 'utf8')
    .replace('__BUILD__', 'floor').replace('__FILES__', JSON.stringify(['./', ...sw]));
  const server = http.createServer((req, res) => {
    state.hits += 1;
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    state.paths.push('/' + rel);
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    const isSw = !!swBody && rel === 'sw.js';
    let body;
    if (isSw) {
      body = Buffer.from(swBody);
    } else {
      if (!rel || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        if (path.extname(rel)) { res.writeHead(404).end(); return; }
        file = path.join(dir, 'index.html');
      }
      body = fs.readFileSync(file);
    }
    const enc = /\bbr\b/.test(req.headers['accept-encoding'] || '') ? 'br' : 'gzip';
    state.encodings.add(enc);
    const key = `${enc}:${isSw ? 'sw' : file}`;
    if (!cache.has(key)) cache.set(key, enc === 'br' ? (isSw ? brotli(body) : brotliOf(file)) : zlib.gzipSync(body, { level: 9 }));
    const name = path.basename(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(isSw ? 'sw.js' : file)] || 'application/octet-stream',
      'content-encoding': enc,
      vary: 'Accept-Encoding',
      'cache-control': name === 'index.html' || isSw ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(cache.get(key));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, state, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---- first-load size: the top-level html, js, wasm and css (not sw.js), as
// scripts/size-report.mjs counts them, gzip level 9 and brotli quality 11.
function firstLoad(dir) {
  let gzip = 0;
  let br = 0;
  for (const f of fs.readdirSync(dir)) {
    if (!/\.(html|js|wasm|css)$/.test(f) || f === 'sw.js') continue;
    const file = path.join(dir, f);
    gzip += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
    br += brotliOf(file).length;
  }
  return { gzip, br };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// The median run of { ms, ... } results (its other fields say what was measured).
const medianRun = (rs) => [...rs].sort((a, b) => a.ms - b.ms)[Math.floor(rs.length / 2)];

// A fresh profile (no HTTP cache, no service worker), slow 4G (unless `network` is false) and
// 4x CPU, with the paint probes and `init` (scripts run before the page's own) in place.
async function coldPage(browser, { init = [], seed = null, network = true } = {}) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript(PROBE);
  await context.addInitScript(WATCH);
  for (const script of init) await context.addInitScript(script);
  if (seed) await seedData(context, seed);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}
const watch = (name, cond, how) => `window[${JSON.stringify(name)}] = window.__watch(${JSON.stringify(cond)}, ${JSON.stringify(how || '')});`;

// First visit: the first paint of a real screen (`screen`: a condition returning its heading),
// and the time from the navigation until a tap on `control` has painted its answer (`answer`).
// The tap comes as soon as the control can take it, as an eager patient would; a tap that gets
// no answer within 2 s (a control drawn before the code that answers it) is tapped again, and the
// time still runs from the navigation.
async function firstVisit(browser, origin, { screen, control, answer }) {
  const { context, page } = await coldPage(browser, { init: [watch('__screen', screen), watch('__answer', answer, 'frame')] });
  try {
    await page.goto(origin + '/', { waitUntil: 'commit', timeout: 120000 });
    const locator = page.locator(control).first();
    await locator.waitFor({ timeout: 120000 });
    let answered = null;
    const ans = page.evaluate(() => window.__answer).then((r) => { answered = r; return r; });
    let taps = 0;
    while (!answered) {
      taps += 1;
      await Promise.race([locator.tap({ timeout: 120000 }).catch(() => {}), ans]);
      await Promise.race([ans, new Promise((r) => setTimeout(r, 2000))]);
    }
    const painted = await page.evaluate(() => window.__screen);
    return { painted, tap: { ...answered, taps } };
  } finally {
    await context.close();
  }
}

// Without WebAssembly (deleted before any script of the page runs, as iPhone Lockdown Mode has
// it; tests/e2e/no-wasm.test.mjs does the same): until "Get help now" and a tel: link show.
const HELP = `(() => {
  const help = document.getElementById('nowasm');
  if (!help) return null;
  const seen = (e) => e.checkVisibility() && e.getBoundingClientRect().height > 0;
  const h = [...help.querySelectorAll('h1')].find(seen);
  const call = [...help.querySelectorAll('a[href^="tel:"]')].find(seen);
  return h && call && h.textContent.trim() === 'Get help now' ? h : null;
})()`;
async function noWasm(browser, origin) {
  const { context, page } = await coldPage(browser, { init: ['delete globalThis.WebAssembly;', watch('__help', HELP)] });
  try {
    await page.goto(origin + '/', { waitUntil: 'commit', timeout: 120000 });
    return await page.evaluate(() => window.__help);
  } finally {
    await context.close();
  }
}

// Warm start, installed and offline: a first visit (untimed, no throttling) with the 3-year data
// set puts the service worker in control and its cache filled; then the context goes offline,
// and each timed open is a new tab (the same profile: service worker, caches, localStorage) at
// 4x CPU, until `heading` is painted. One untimed open first (the app has been opened before).
// The floor has no service worker of its own: it gets the app's (scripts/sw.template.js over
// its files), registered from the bench in the first visit, so both open the same way.
async function warmStart(browser, site, { heading, seed = null, registerSw = false }) {
  const context = await browser.newContext(PHONE);
  if (seed) await seedData(context, seed);
  await context.addInitScript(WATCH);
  try {
    const first = await context.newPage();
    await first.goto(site.origin + '/', { timeout: 120000 });
    await first.waitForFunction(visibleH1('h1', heading), null, { timeout: 120000 });
    if (registerSw) await first.evaluate(() => navigator.serviceWorker.register('sw.js').then(() => true));
    await untilInstalled(first);
    await first.close();
    await context.setOffline(true);
    // What reached for the network while offline: responses not from the service worker, and
    // failed requests (a cache miss the worker sent on); the server's count besides.
    const net = new Set();
    const short = (u) => new URL(u).pathname;
    context.on('response', (r) => { if (!r.fromServiceWorker()) net.add(`${short(r.url())} ${r.status()}`); });
    context.on('requestfailed', (r) => { net.add(`${short(r.url())} failed`); });
    const hits = site.state.hits;
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.addInitScript(watch('__warm', visibleH1('h1', heading)));
      await page.goto(site.origin + '/', { waitUntil: 'commit', timeout: 120000 });
      const r = await page.evaluate(() => window.__warm);
      if (i > 0) times.push(r);
      await page.close();
    }
    // A request the browser makes itself (the worker's update check of sw.js, say) is not a
    // page's and may pass Playwright's offline: the server names what it answered.
    if (site.state.hits > hits) net.add(`at the server: ${site.state.paths.slice(hits).join(' ')}`);
    return { ...medianRun(times), network: [...net].join(', ') || 'none' };
  } finally {
    await context.close();
  }
}

// Tap -> next paint: `prepare` puts the page where the tap can happen, `tap` taps, and the
// time runs until the first paint after `done(document)` holds.
async function tapToPaint(page, { prepare, tap, done }) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    await prepare();
    await page.waitForTimeout(300);
    const answer = page.evaluate((cond) => window.__probe(cond, 'tap'), done);
    await tap();
    times.push(await answer);
  }
  return median(times);
}

function lighthouse(url, name) {
  const bin = path.join(root, 'bench/node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) return Promise.resolve(null);
  const out = path.join(root, `target/lighthouse-${name}.json`);
  return new Promise((resolve) => {
    const child = spawn(bin, [url, '--quiet', '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility', '--form-factor=mobile',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => {
      if (code !== 0) { resolve(null); return; }
      const r = JSON.parse(fs.readFileSync(out, 'utf8'));
      resolve({ performance: Math.round(r.categories.performance.score * 100), accessibility: Math.round(r.categories.accessibility.score * 100) });
    });
  });
}

async function main() {
  for (const d of ['dist', 'bench/floor/dist']) {
    if (!fs.existsSync(path.join(root, d, 'index.html'))) throw new Error(`${d}/index.html is missing: run scripts/bench-perf.sh`);
  }
  if (!fs.existsSync(DATA)) throw new Error(`${DATA} is missing: cargo run -q --features synthetic --example synthetic_dump > target/synthetic.json`);
  const data = JSON.parse(fs.readFileSync(DATA, 'utf8'));
  const floorDir = path.join(root, 'bench/floor/dist');
  const floorFiles = fs.readdirSync(floorDir).filter((f) => !/\.(br|gz)$/.test(f) && f !== 'sw.js');
  const app = await serve(path.join(root, 'dist'));
  const floor = await serve(floorDir);
  const floorSw = await serve(floorDir, { sw: floorFiles });
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  // `budget` is text; `pass` true, false or null (for reference); `note` says what was measured.
  const row = (name, a, f, unit, budget, pass, note = '') => rows.push({ name, a, f, unit, budget, pass, note });
  try {
    if (on('size')) {
      const sa = firstLoad(path.join(root, 'dist'));
      const sf = firstLoad(floorDir);
      row('first-load gzip (html, js, wasm, css)', sa.gzip / 1024, sf.gzip / 1024, 'KB', `<= ${BUDGET.gzipKB} KB`, sa.gzip <= BUDGET.gzipKB * 1024, 'gzip -9');
      row('first-load brotli (html, js, wasm, css)', sa.br / 1024, sf.br / 1024, 'KB', `<= ${BUDGET.brotliKB} KB`, sa.br <= BUDGET.brotliKB * 1024, 'brotli 11');
      const bytes = Object.entries(data).reduce((s, [k, v]) => s + k.length + v.length, 0);
      const utf16 = Object.entries(data).reduce((s, [k, v]) => s + 2 * (k.length + v.length), 0);
      row('localStorage, 3-year data set', bytes / 1024, null, 'KB', '(for reference)', null, `${(utf16 / 1024).toFixed(0)} KB as UTF-16`);
    }

    // First visits, the floor's and the app's in turn so a busy machine weighs on both alike.
    if (on('first')) {
      // One untimed visit to each first (the browser's own first start, files read from disk).
      const warm = await browser.newContext(PHONE);
      for (const origin of [floor.origin, app.origin]) {
        const page = await warm.newPage();
        await page.goto(origin + '/', { timeout: 120000 });
        await page.locator('main h1').first().waitFor({ timeout: 120000 });
        await page.close();
      }
      await warm.close();
      const fv = { app: [], floor: [], help: [] };
      for (let i = 0; i < RUNS; i++) {
        log(`first visits ${i + 1}/${RUNS}: floor, app, app without WebAssembly`);
        fv.floor.push(await firstVisit(browser, floor.origin, {
          screen: visibleH1(FIRST_SCREEN), control: 'main button',
          answer: `(() => { const b = document.querySelector('main button'); return b && /Tapped [1-9]/.test(b.textContent) ? b : null; })()`,
        }));
        fv.app.push(await firstVisit(browser, app.origin, {
          screen: visibleH1(FIRST_SCREEN), control: 'main button:has-text("Skip for now")',
          answer: visibleH1('main h1', 'Today'),
        }));
        fv.help.push(await noWasm(browser, app.origin));
      }
      const pa = medianRun(fv.app.map((r) => r.painted));
      const pf = medianRun(fv.floor.map((r) => r.painted));
      const ta = medianRun(fv.app.map((r) => r.tap));
      const tf = medianRun(fv.floor.map((r) => r.tap));
      const hw = medianRun(fv.help);
      const enc = [...app.state.encodings].join('+');
      row('first visit: first paint of a real screen', pa.ms, pf.ms, 'ms', `<= ${BUDGET.firstPaint.toFixed(1)}x floor`, pa.ms / pf.ms <= BUDGET.firstPaint,
        `"${pa.what}" / "${pf.what}", ${pa.via}; ${enc}`);
      const tapsNote = (rs) => Math.max(...rs.map((r) => r.tap.taps));
      row('first visit: a tap answered', ta.ms, tf.ms, 'ms', `<= ${BUDGET.firstTap.toFixed(1)}x floor`, ta.ms / tf.ms <= BUDGET.firstTap,
        `Skip for now -> "${ta.what}" / button -> "${tf.what}"; at most ${tapsNote(fv.app)} / ${tapsNote(fv.floor)} taps`);
      row('no WebAssembly: "Get help now" + call links', hw.ms, pf.ms, 'ms', '(for reference)', null, `vs the floor's first paint; ${hw.via}`);
    }

    if (on('warm')) {
      log('warm start, offline: floor');
      const wf = await warmStart(browser, floorSw, { heading: 'Hello', registerSw: true });
      log('warm start, offline: app with the data set');
      const wa = await warmStart(browser, app, { heading: 'Today', seed: data });
      row('warm start, installed, offline: Today', wa.ms, wf.ms, 'ms', `<= ${BUDGET.warm.toFixed(1)}x floor`, wa.ms / wf.ms <= BUDGET.warm,
        `both via a service worker (the floor: the app's sw.js); ${wa.via}; network: ${wa.network} / ${wf.network}`);
    }

    if (on('taps')) {
      log('tap -> paint with the data set');
      const { context, page } = await coldPage(browser, { seed: data, network: false });
      try {
        await page.goto(app.origin + '/mood', { timeout: 120000 });
        await page.locator('main h1').waitFor({ timeout: 120000 });
        for (const { label, prepare, control, done } of taps(page)) {
          const ms = await tapToPaint(page, { prepare, tap: () => control.tap(), done });
          row(`tap -> paint: ${label}`, ms, null, 'ms', `< ${BUDGET.tapMs} ms`, ms < BUDGET.tapMs);
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }

  if (LIGHTHOUSE_ASKED && on('lighthouse')) {
    log('Lighthouse: app');
    const la = await lighthouse(app.origin + '/', 'app');
    log('Lighthouse: floor');
    const lf = await lighthouse(floor.origin + '/', 'floor');
    if (la) {
      row('Lighthouse performance (mobile)', la.performance, lf?.performance ?? null, '', `>= ${BUDGET.lhPerf}`, la.performance >= BUDGET.lhPerf, 'first visit');
      row('Lighthouse accessibility', la.accessibility, lf?.accessibility ?? null, '', `>= ${BUDGET.lhA11y}`, la.accessibility >= BUDGET.lhA11y, 'first visit');
    } else {
      row('Lighthouse', null, null, '', 'not run', null, 'scripts/bench-perf.sh installs it');
    }
  }
  for (const s of [app, floor, floorSw]) s.server.close();

  const fmt = (v, unit) => (v === null || v === undefined ? '-' : unit === 'KB' ? v.toFixed(1) : v.toFixed(0));
  console.log(`\nmedian of ${RUNS}; 360x740; CPU ${CPU_SLOWDOWN}x slower; first visits on slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), served ${[...app.state.encodings].join('+')}`);
  console.log(`${'figure'.padEnd(44)} ${'app'.padStart(8)} ${'floor'.padStart(8)} ${'ratio'.padStart(6)}  unit  ${'budget'.padEnd(14)} result  note`);
  for (const r of rows) {
    const ratio = r.a != null && r.f ? (r.a / r.f).toFixed(2) : '-';
    const result = r.pass === null ? '' : r.pass ? 'pass' : 'FAIL';
    console.log(`${r.name.padEnd(44)} ${fmt(r.a, r.unit).padStart(8)} ${fmt(r.f, r.unit).padStart(8)} ${ratio.padStart(6)}  ${r.unit.padEnd(4)}  ${r.budget.padEnd(14)} ${result.padEnd(6)}  ${r.note}`);
  }
  log('done');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
