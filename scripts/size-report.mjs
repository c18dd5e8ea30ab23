// First-load gzip sizes of the app (dist/) against the Yew hello-world floor
// (bench/floor/dist/), built in the same run. `--check` fails past the budget (2x the floor).
//   node scripts/size-report.mjs [--check]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET = 2.0;
const kinds = ['html', 'js', 'wasm', 'css'];

function sizes(dir) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`size-report: ${dir}/index.html is missing: build it first`);
    process.exit(2);
  }
  const out = Object.fromEntries(kinds.map((k) => [k, 0]));
  for (const f of fs.readdirSync(dir)) {
    const ext = path.extname(f).slice(1);
    // sw.js loads after first paint, in the background: not part of the first load.
    if (!kinds.includes(ext) || f === 'sw.js') continue;
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
console.log(`budget: total at most ${BUDGET}x the floor; now ${ratio.toFixed(2)}x`);
if (process.argv.includes('--check') && ratio > BUDGET) {
  console.error(`size-report: first-load gzip is ${ratio.toFixed(2)}x the floor, over the ${BUDGET}x budget`);
  process.exit(1);
}
