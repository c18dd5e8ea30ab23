// Trunk post-build hook: writes the service worker with the hashed build's file list, adds
// the hashes of the page's inline scripts (Trunk's loader, the help without WebAssembly) to the
// Content-Security-Policy, and writes a brotli (.br) and a gzip (.gz) copy next to each text
// asset for hosts that serve precompressed files (scripts/serve.mjs does).
// Trunk sets TRUNK_STAGING_DIR (the build output before it is moved to dist/).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}

function walk(d, base = '') {
  return fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? walk(path.join(d, e.name), rel) : [rel];
  });
}

// 1. The page's notes for developers stay in the sources, not on every patient's phone: HTML
//    comments and the whole-line comments of our own inline scripts (they start "// Inlined")
//    are dropped (about 4 KB before compression). Then CSP: allow exactly the inline scripts
//    Trunk wrote, by hash.
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8')
  .replace(/<!--[\s\S]*?-->\s*/g, '')
  .replace(/(<script>)(\/\/ Inlined[\s\S]*?)(<\/script>)/g,
    (_, open, body, close) => open + body.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n') + close);
// (Not the `type="text/html"` containers: markup kept as text, which the browser never runs.)
const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\btype="text\/html"/.test(m[1]))
  .map((m) => m[2])
  .filter((body) => body.trim().length > 0)
  .map((body) => `'sha256-${crypto.createHash('sha256').update(body, 'utf8').digest('base64')}'`);
html = html.replace(/script-src 'self'/, `script-src 'self' ${hashes.join(' ')}`);
fs.writeFileSync(indexPath, html);

// 2. Service worker: precache every built file; the cache is named after the build's content
//    so each release installs fresh and the old cache is removed on activation.
//    Only the files themselves: the .br/.gz copies are the same content, decoded by the browser.
const compressed = (f) => /\.(br|gz)$/.test(f);
const files = walk(dir).filter((f) => f !== 'sw.js' && !compressed(f)).sort();
const sum = crypto.createHash('sha256');
for (const f of files) sum.update(f).update(fs.readFileSync(path.join(dir, f)));
const build = sum.digest('hex').slice(0, 16);
const template = fs.readFileSync(new URL('./sw.template.js', import.meta.url), 'utf8');
const sw = template
  .replace('__BUILD__', build)
  .replace('__FILES__', JSON.stringify(['./', ...files]));
fs.writeFileSync(path.join(dir, 'sw.js'), sw);

// 3. Precompressed copies of every text asset (last, so index.html and sw.js are final). A copy
//    that would not be smaller is not written; the server then sends the file itself.
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|svg|json|webmanifest|ico|txt)$/;
let written = 0;
for (const f of walk(dir).filter((f) => COMPRESSIBLE.test(f))) {
  const full = path.join(dir, f);
  const data = fs.readFileSync(full);
  const br = zlib.brotliCompressSync(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = zlib.gzipSync(data, { level: 9 });
  for (const [ext, bytes] of [['.br', br], ['.gz', gz]]) {
    if (bytes.length < data.length) {
      fs.writeFileSync(full + ext, bytes);
      written += 1;
    } else {
      fs.rmSync(full + ext, { force: true });
    }
  }
}
console.log(`postbuild: ${files.length} files precached, build ${build}, ${hashes.length} inline script hash(es), ${written} precompressed copies`);
