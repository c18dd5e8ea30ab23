// Session Companion service worker (generated from scripts/sw.template.js at build time).
// Precaches the whole build so every screen works offline after one visit.
const CACHE = 'sc-__BUILD__';
const FILES = __FILES__;
const scoped = (f) => new URL(f, self.registration.scope).href;

// `cache: 'reload'` goes past the browser's HTTP cache to the server: a stale index.html (or
// any file) kept there from an earlier visit is never installed as this build's.
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(
    FILES.map((f) => new Request(scoped(f), { cache: 'reload' })),
  )));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('sc-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting worker to take over when the patient taps "Update now".
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    // Every route is the single-page app: answer with the cached shell (the fragment stays
    // in the browser, it never reaches here).
    event.respondWith(
      caches.open(CACHE)
        .then(async (cache) => (await cache.match(scoped('./'))) || (await cache.match(scoped('index.html'))))
        .then((hit) => hit || fetch(req)),
    );
    return;
  }
  // Only this build's cache: caches.match() would search every cache of the origin, old
  // builds' included, and could answer with a file from another release.
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(req, { ignoreSearch: true }))
      .then((hit) => hit || fetch(req)),
  );
});

// A tap on a notice (shown only while the app is open) brings the app to the front.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((list) => {
      const open = list.find((c) => 'focus' in c);
      return open ? open.focus() : self.clients.openWindow(self.registration.scope);
    }),
  );
});
