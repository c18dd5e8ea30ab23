// First-load gzip sizes of the app (dist/) against the Yew hello-world floor
// (bench/floor/dist/), built in the same run.
//   node scripts/size-report.mjs [--check] [--record-ceiling]
// The budget is 2x the floor. The app is still far over it, so `--check` (part of
// scripts/test.sh) fails when the first-load total grows past the ceiling recorded in
// bench/size-ceiling.json; once the app is within 2x the floor, the 2x budget alone decides.
// `--record-ceiling` writes the current total + 3% as the new ceiling: a deliberate step,
// seen in review, never something a test does by itself.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET = 2.0;
const CEILING_FILE = 'bench/size-ceiling.json';
const HEADROOM = 1.03;
const kinds = ['html', 'js', 'wasm', 'css'];

function sizes(dir) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`size-report: ${dir}/index.html is missing: build it first`);
    process.exit(2);
  }
  const out = Object.fromEntries(kinds.map((k) => [k, 0]));
  for (const f of fs.readdirSync(dir)) {
    const ext = path.extname(f).slice(1);
    // sw.js loads after first paint, in the background: not part of the first load. The .br
    // and .gz copies written by the post-build step are the same files again: not counted.
    if (!kinds.includes(ext) || f === 'sw.js' || /\.(br|gz)$/.test(f)) continue;
    out[ext] += zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length;
  }
  out.total = kinds.reduce((s, k) => s + out[k], 0);
  return out;
}

const app = sizes('dist');
const floor = sizes('bench/floor/dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log('first-load gzip      app KB   floor KB   app/floor');
for (const k of [...kinds, 'total']) {
  const ratio = floor[k] ? (app[k] / floor[k]).toFixed(2) : '-';
  console.log(`${k.padEnd(16)} ${kb(app[k])}   ${kb(floor[k])}   ${String(ratio).padStart(9)}`);
}
const ratio = app.total / floor.total;
console.log(`goal: first-load gzip at most ${BUDGET}x the floor = ${(BUDGET * floor.total / 1024).toFixed(1)} KB; now ${ratio.toFixed(2)}x (${(app.total / 1024).toFixed(1)} KB)`);

if (process.argv.includes('--record-ceiling')) {
  const bytes = Math.ceil(app.total * HEADROOM);
  fs.writeFileSync(CEILING_FILE, JSON.stringify({
    first_load_gzip_bytes: bytes,
    recorded_from_bytes: app.total,
    note: 'The app is over its 2x-the-floor budget; until it is under it, first-load gzip may not grow past this ceiling (the total when recorded + 3%). Raise it only on purpose: node scripts/size-report.mjs --record-ceiling',
  }, null, 2) + '\n');
  console.log(`recorded a ceiling of ${(bytes / 1024).toFixed(1)} KB in ${CEILING_FILE}`);
}

if (process.argv.includes('--check')) {
  if (ratio <= BUDGET) {
    console.log(`size check: within the ${BUDGET}x budget`);
  } else {
    const ceiling = fs.existsSync(CEILING_FILE) ? JSON.parse(fs.readFileSync(CEILING_FILE, 'utf8')).first_load_gzip_bytes : null;
    if (!Number.isInteger(ceiling)) {
      console.error(`size-report: over the ${BUDGET}x budget and no ceiling in ${CEILING_FILE}`);
      process.exit(1);
    }
    console.log(`NOT within the ${BUDGET}x budget yet: holding to the recorded ceiling of ${(ceiling / 1024).toFixed(1)} KB (${CEILING_FILE})`);
    if (app.total > ceiling) {
      console.error(`size-report: first-load gzip ${(app.total / 1024).toFixed(1)} KB is over the recorded ceiling of ${(ceiling / 1024).toFixed(1)} KB`);
      process.exit(1);
    }
    console.log(`size check: ${(app.total / 1024).toFixed(1)} KB is under the ceiling (${((ceiling - app.total) / 1024).toFixed(1)} KB to spare)`);
  }
}
