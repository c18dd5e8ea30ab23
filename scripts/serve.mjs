// A small static server for the built app: serves DIR at BASE (default /) on 127.0.0.1:PORT,
// answers unknown paths under BASE with index.html (deep links), and never caches index.html
// or sw.js so updates are seen.   node scripts/serve.mjs [DIR] [PORT] [BASE]
// It sends the headers the README asks of any host (no framing, HSTS, ...), serves the .br and
// .gz files the post-build step writes when the browser accepts them, never answers outside
// DIR, and answers 400 to a malformed address instead of crashing.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon',
};

/** Sent with every answer; the README's publishing section lists the same for any host. The
 *  page's own CSP (script hashes, 'self' only) is in index.html; this one adds what a meta tag
 *  cannot carry. HSTS is ignored over plain http (127.0.0.1) and takes effect over https. */
const SECURITY_HEADERS = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'strict-transport-security': 'max-age=31536000',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** The encodings the browser accepts, from Accept-Encoding (q=0 means "not this one"). */
function accepted(header = '') {
  const ok = new Set();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) ok.add(name);
  }
  return ok;
}

function answer(res, status, text) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

const server = http.createServer((req, res) => {
  let url;
  let rel;
  try {
    url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(base)) {
      answer(res, 404, 'not under ' + base);
      return;
    }
    rel = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    // A malformed escape such as /%E0%A4%A or /%zz.
    answer(res, 400, 'bad address');
    return;
  }
  if (rel.includes('\0')) {
    answer(res, 400, 'bad address');
    return;
  }
  // Decoded, /..%2f becomes ../: resolve, then refuse anything whose path from the root climbs
  // out of it (or is on another drive).
  let file = path.resolve(root, rel);
  const inside = path.relative(root, file);
  if (inside === '..' || inside.startsWith('..' + path.sep) || path.isAbsolute(inside)) {
    answer(res, 403, 'outside the served folder');
    return;
  }
  if (!rel || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // A file-like path that is missing is a real 404; anything else is an app route.
    if (path.extname(rel) && rel !== 'index.html') {
      answer(res, 404, 'not found');
      return;
    }
    file = path.join(root, 'index.html');
  }
  const name = path.basename(file);
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': types[path.extname(file)] || 'application/octet-stream',
    'cache-control': name === 'index.html' || name === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
  };
  // Precompressed copies written by scripts/postbuild.mjs: brotli first, then gzip.
  const encodings = accepted(req.headers['accept-encoding']);
  let body = file;
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (fs.existsSync(file + ext)) {
      headers.vary = 'Accept-Encoding';
      if (body === file && encodings.has(encoding)) {
        body = file + ext;
        headers['content-encoding'] = encoding;
      }
    }
  }
  headers['content-length'] = fs.statSync(body).size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(body).pipe(res);
});
server.listen(Number(port), '127.0.0.1', () => {
  // PORT 0 takes any free port; the line says which.
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}${base}`);
});
