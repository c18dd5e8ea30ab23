// A small static server for the built app: serves DIR at BASE (default /) on 127.0.0.1:PORT,
// answers unknown paths under BASE with index.html (deep links), and never caches index.html
// or sw.js so updates are seen.   node scripts/serve.mjs [DIR] [PORT] [BASE]
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

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not under ' + base);
    return;
  }
  let rel = decodeURIComponent(url.pathname.slice(base.length));
  let file = path.join(root, rel);
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (!rel || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    // A file-like path that is missing is a real 404; anything else is an app route.
    if (path.extname(rel) && rel !== 'index.html') { res.writeHead(404).end(); return; }
    file = path.join(root, 'index.html');
  }
  const name = path.basename(file);
  res.writeHead(200, {
    'content-type': types[path.extname(file)] || 'application/octet-stream',
    'cache-control': name === 'index.html' || name === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(file).pipe(res);
});
server.listen(Number(port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
