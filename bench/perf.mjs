// "Fast on a cheap phone": the app against the Yew hello-world floor (bench/floor), both
// release builds from the same run, measured the way patients use it and printed as ratios.
//   scripts/bench-perf.sh          builds both, makes the data set, installs Lighthouse, runs this
//   node bench/perf.mjs [--runs N] [--no-lighthouse]     (over dist/ and bench/floor/dist/)
//
// Figures: first-load gzip; cold load in headless Chromium at 4x CPU slowdown on slow 4G
// (first paint of Today, time until a tap gets a paint); with the 3-year synthetic data set,
// tap -> next paint for Today, saving a check-in, mood trends and the clinician summary;
// localStorage bytes of the data set; Lighthouse 12.2.3 (mobile) performance and accessibility.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { PROBE, seed as seedData, taps } from './page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const DATA = path.join(root, 'target/synthetic.json');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
// Slow 4G as DevTools and Lighthouse define it: 150 ms RTT, 1.6 Mbps down, 750 kbps up.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const started = Date.now();
const log = (...m) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...m);

// ---- a static server that gzips like any real host (serve.mjs sends files as they are) ----
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};
function serveGzip(dir) {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
    let file = path.join(dir, rel);
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (!rel || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (path.extname(rel)) { res.writeHead(404).end(); return; }
      file = path.join(dir, 'index.html');
    }
    if (!cache.has(file)) cache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
    const name = path.basename(file);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': name === 'index.html' || name === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(cache.get(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

// ---- first-load gzip (what scripts/size-report.mjs counts) ----
function firstLoadGzip(dir) {
  let total = 0;
  for (const f of fs.readdirSync(dir)) {
    if (!/\.(html|js|wasm|css)$/.test(f) || f === 'sw.js') continue;
    total += zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  }
  return total;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

async function throttled(browser, { network = true, seed = null } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  if (seed) await seedData(context, seed);
  await context.addInitScript(PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (network) await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page };
}

// Cold load: a fresh profile each run (no HTTP cache, no service worker). `painted` is the
// first paint showing `heading`; `tap` the time until a tap on `control` got its paint.
async function coldLoad(browser, origin, { heading, control, after, seed }) {
  const painted = [];
  const tapped = [];
  for (let i = 0; i < RUNS; i++) {
    const { context, page } = await throttled(browser, { seed });
    try {
      await page.addInitScript(`window.__painted = window.__probe(${JSON.stringify(`[...document.querySelectorAll('h1')].some((h) => h.textContent.includes(${JSON.stringify(heading)}))`)}, 0);`);
      await page.goto(origin + '/', { waitUntil: 'commit', timeout: 120000 });
      const locator = page.locator(control);
      await locator.waitFor({ timeout: 120000 });
      const answer = page.evaluate((cond) => window.__probe(cond, 0), after);
      await locator.tap({ timeout: 120000 });
      tapped.push(await answer);
      painted.push(await page.evaluate(() => window.__painted));
    } finally {
      await context.close();
    }
  }
  return { painted: median(painted), tap: median(tapped) };
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
  // Settings alone (welcome done), so a cold load lands on Today rather than the welcome.
  const settingsOnly = { 'sc.meta': data['sc.meta'], 'sc.v1.settings': data['sc.v1.settings'] };
  const app = await serveGzip(path.join(root, 'dist'));
  const floor = await serveGzip(path.join(root, 'bench/floor/dist'));
  const browser = await chromium.launch({
    executablePath: CHROME,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  const row = (name, a, f, unit, budget, pass) => rows.push({ name, a, f, unit, budget, pass });
  try {
    const ga = firstLoadGzip(path.join(root, 'dist'));
    const gf = firstLoadGzip(path.join(root, 'bench/floor/dist'));
    row('first-load gzip', ga / 1024, gf / 1024, 'KB', '<= 2x floor', ga / gf <= 2);
    const bytes = Object.entries(data).reduce((s, [k, v]) => s + k.length + v.length, 0);
    const utf16 = Object.entries(data).reduce((s, [k, v]) => s + 2 * (k.length + v.length), 0);
    row('localStorage, 3-year data set', bytes / 1024, null, 'KB', `(${(utf16 / 1024).toFixed(0)} KB as UTF-16)`, null);

    log('cold loads: floor');
    const cf = await coldLoad(browser, floor.origin, {
      heading: 'Hello', control: 'main button',
      after: `document.querySelector('main button')?.textContent.includes('Tapped 1')`,
    });
    log('cold loads: app');
    const ca = await coldLoad(browser, app.origin, {
      heading: 'Today', control: 'nav a[href="/plan"]', seed: settingsOnly,
      after: `[...document.querySelectorAll('main h1')].some((h) => h.textContent.includes('Your plan'))`,
    });
    row('cold load: first paint of Today', ca.painted, cf.painted, 'ms', '<= 1.3x floor', ca.painted / cf.painted <= 1.3);
    row('cold load: tap answered', ca.tap, cf.tap, 'ms', '<= 1.3x floor', ca.tap / cf.tap <= 1.3);
    log('cold loads: app with the data set');
    const cd = await coldLoad(browser, app.origin, {
      heading: 'Today', control: 'nav a[href="/plan"]', seed: data,
      after: `[...document.querySelectorAll('main h1')].some((h) => h.textContent.includes('Your plan'))`,
    });
    row('  same, with the 3-year data set', cd.painted, cf.painted, 'ms', '(for reference)', null);
    row('  tap answered, with the data set', cd.tap, cf.tap, 'ms', '(for reference)', null);

    log('tap -> paint with the data set');
    const { context, page } = await throttled(browser, { network: false, seed: data });
    try {
      await page.goto(app.origin + '/mood', { timeout: 120000 });
      await page.locator('main h1').waitFor({ timeout: 120000 });
      for (const { label, prepare, control, done } of taps(page)) {
        const ms = await tapToPaint(page, { prepare, tap: () => control.tap(), done });
        row(`tap->paint: ${label}`, ms, null, 'ms', '< 100 ms', ms < 100);
      }
    } finally {
      await context.close();
    }
  } finally {
    await browser.close();
  }

  if (LIGHTHOUSE) {
    log('Lighthouse: app');
    const la = await lighthouse(app.origin + '/', 'app');
    log('Lighthouse: floor');
    const lf = await lighthouse(floor.origin + '/', 'floor');
    if (la) {
      row('Lighthouse performance', la.performance, lf?.performance ?? null, '', '>= 95', la.performance >= 95);
      row('Lighthouse accessibility', la.accessibility, lf?.accessibility ?? null, '', '>= 95', la.accessibility >= 95);
    } else {
      row('Lighthouse', null, null, '', 'not run: scripts/bench-perf.sh installs it', null);
    }
  }
  app.server.close();
  floor.server.close();

  const fmt = (v, unit) => (v === null || v === undefined ? '-' : unit === 'KB' ? v.toFixed(1) : v.toFixed(0));
  console.log(`\nmedian of ${RUNS}; CPU ${CPU_SLOWDOWN}x slower; cold loads on slow 4G (150 ms, 1.6 Mbps down, 750 kbps up), gzip`);
  console.log(`${'figure'.padEnd(36)} ${'app'.padStart(8)} ${'floor'.padStart(8)} ${'ratio'.padStart(6)}  unit  budget            result`);
  for (const r of rows) {
    const ratio = r.a != null && r.f ? (r.a / r.f).toFixed(2) : '-';
    const result = r.pass === null ? '' : r.pass ? 'pass' : 'FAIL';
    console.log(`${r.name.padEnd(36)} ${fmt(r.a, r.unit).padStart(8)} ${fmt(r.f, r.unit).padStart(8)} ${ratio.padStart(6)}  ${r.unit.padEnd(4)}  ${r.budget.padEnd(17)} ${result}`);
  }
  log('done');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
