// scripts/serve.mjs on its own (node --test tests/scripts/): it never answers with a file
// outside the folder it serves, a malformed address gets 400 instead of crashing it, it sends
// the hosting headers, and it serves the precompressed copies the browser accepts.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/serve.mjs');
const SECRET = 'a file next to the served folder';
const APP_JS = 'console.log("the app");\n'.repeat(200);
let tmp;
const servers = [];

/** Serves tmp/dist at `base`; resolves to its port once it says it is serving. */
function serve(base) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, path.join(tmp, 'dist'), '0', base], { stdio: ['ignore', 'pipe', 'inherit'] });
    servers.push(child);
    child.stdout.on('data', (d) => {
      const m = /127\.0\.0\.1:(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

/** A GET with the path sent exactly as written (no normalising of `..` or escapes). */
function get(port, rawPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let root;
let sub;
before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-test-'));
  fs.mkdirSync(path.join(tmp, 'dist'));
  fs.writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
  // A sibling whose name starts with the served folder's (as dist-sub/ does next to dist/).
  fs.mkdirSync(path.join(tmp, 'dist-private'));
  fs.writeFileSync(path.join(tmp, 'dist-private', 'secret.txt'), SECRET);
  fs.writeFileSync(path.join(tmp, 'dist', 'index.html'), '<!DOCTYPE html><title>app</title>');
  fs.writeFileSync(path.join(tmp, 'dist', 'app.js'), APP_JS);
  fs.writeFileSync(path.join(tmp, 'dist', 'app.js.br'), zlib.brotliCompressSync(APP_JS));
  fs.writeFileSync(path.join(tmp, 'dist', 'app.js.gz'), zlib.gzipSync(APP_JS));
  fs.writeFileSync(path.join(tmp, 'dist', 'icon.png'), 'not compressible');
  root = await serve('/');
  sub = await serve('/companion/');
});
after(() => {
  for (const s of servers) s.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('an encoded ../ never reaches a file outside the served folder', async () => {
  for (const [port, p] of [
    [root, '/..%2fsecret.txt'], [root, '/..%2fdist-private%2fsecret.txt'], [root, '/..%2Fdist-private/secret.txt'],
    [root, '/..%2F..%2F..%2F..%2Fetc%2Fpasswd'], [root, '/%2e%2e/secret.txt'],
    [root, '/%2e%2e%2fsecret.txt'], [root, '/..%5csecret.txt'], [root, '/%2fetc%2fpasswd'],
    [sub, '/companion/..%2fsecret.txt'], [sub, '/companion/..%2f..%2fsecret.txt'],
  ]) {
    const res = await get(port, p);
    assert.ok(!res.body.toString().includes(SECRET), `${p} leaked the file outside`);
    assert.ok(!res.body.toString().includes('root:'), `${p} leaked /etc/passwd`);
    assert.notEqual(res.status, 500, p);
  }
  for (const p of ['/..%2fsecret.txt', '/..%2fdist-private%2fsecret.txt']) {
    assert.equal((await get(root, p)).status, 403, p);
  }
});

test('a malformed % escape gets 400 and the server keeps serving', async () => {
  for (const p of ['/%E0%A4%A', '/%zz', '/%', '/app%2.js', '/%00index.html']) {
    const res = await get(root, p);
    assert.equal(res.status, 400, p);
  }
  const after = await get(root, '/');
  assert.equal(after.status, 200);
  assert.match(after.body.toString(), /<title>app<\/title>/);
});

test('every answer carries the hosting headers (no framing, HSTS)', async () => {
  for (const p of ['/', '/app.js', '/journey', '/missing.js', '/%zz']) {
    const res = await get(root, p);
    assert.equal(res.headers['content-security-policy'], "frame-ancestors 'none'", p);
    assert.equal(res.headers['x-frame-options'], 'DENY', p);
    assert.match(res.headers['strict-transport-security'] ?? '', /^max-age=\d{7,}/, p);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', p);
  }
});

test('precompressed copies by Accept-Encoding, with Content-Encoding and Vary', async () => {
  for (const [accept, encoding] of [
    ['gzip, deflate, br', 'br'], ['br;q=1.0, gzip;q=0.8', 'br'], ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'], ['identity', undefined], [undefined, undefined],
  ]) {
    const res = await get(root, '/app.js', accept ? { 'accept-encoding': accept } : {});
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], encoding, String(accept));
    assert.equal(res.headers.vary, 'Accept-Encoding', String(accept));
    assert.equal(res.headers['content-type'], 'text/javascript');
    const body = encoding === 'br' ? zlib.brotliDecompressSync(res.body)
      : encoding === 'gzip' ? zlib.gunzipSync(res.body) : res.body;
    assert.equal(body.toString(), APP_JS, String(accept));
    assert.equal(Number(res.headers['content-length']), res.body.length);
  }
  const png = await get(root, '/icon.png', { 'accept-encoding': 'br, gzip' });
  assert.equal(png.headers['content-encoding'], undefined, 'no copy, no encoding');
  assert.equal(png.body.toString(), 'not compressible');
});
