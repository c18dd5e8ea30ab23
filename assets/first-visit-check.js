// Inlined into <head> by Trunk (scripts/postbuild.mjs adds its hash to the CSP). It runs before
// the browser paints anything, so a first visit's first frame is already the welcome screen
// (assets/first-visit.html) and never the "Opening" note first: it only decides, and says so on
// <html>; app.css shows the picture in that language and puts the note behind it, and the script
// at the end of the page (assets/help-without-wasm.js) finishes the job.
//   data-boot-lang: the browser's language the app has (en or es), for the help and the picture;
//   data-first-visit: the same, set only on a first visit (nothing of the app's stored on this
//   phone, the app's start address, WebAssembly there to start it, not inside a frame).
// On a first visit it also keeps `window.scFirstPaint`, a promise the app awaits before it draws
// itself over the picture (src/main.rs). It settles once the browser has recorded the picture's
// paint (a largest-contentful-paint entry inside its <main>), at the first tap or key, or 2 s
// from here at the latest; at once where the browser does not report those entries. On a slow
// connection it has long settled when the app arrives; on a fast one the app no longer tears
// the picture down in the moment it is drawn (the browser then never counts it as shown), and
// the app's start is split from the download's last task.
(function () {
  var root = document.documentElement;
  var tags = [navigator.language || ''].concat(navigator.languages || []).map(String);
  var lang = 'en';
  for (var i = 0; i < tags.length; i++) {
    var prefix = tags[i].slice(0, 2).toLowerCase();
    if (prefix === 'es' || prefix === 'en') { lang = prefix; break; }
  }
  root.setAttribute('data-boot-lang', lang);

  var framed;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  if (framed || typeof WebAssembly !== 'object' || !WebAssembly) return;
  // Every key of the app's storage starts with "sc." (src/store: KEY_PREFIX). Storage that
  // cannot be read counts as nothing stored: the app opens on the welcome screen then too.
  try {
    for (var k = 0; k < localStorage.length; k++) {
      if (String(localStorage.key(k)).slice(0, 3) === 'sc.') return;
    }
  } catch (e) { /* blocked storage */ }
  try {
    if (location.pathname !== new URL(document.baseURI).pathname) return;
  } catch (e) { return; }
  root.setAttribute('data-first-visit', lang);
  window.scFirstPaint = new Promise(function (done) {
    var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
    if (types.indexOf('largest-contentful-paint') < 0) { done(); return; }
    // The browser stops reporting those entries after the first tap or key: the app starts then.
    setTimeout(done, 2000);
    addEventListener('pointerdown', function () { done(); }, { once: true, capture: true });
    addEventListener('keydown', function () { done(); }, { once: true, capture: true });
    try {
      // The picture's own text, not only its top bar (a frame drawn while the page arrives).
      new PerformanceObserver(function (list, observer) {
        var seen = list.getEntries().some(function (e) {
          return e.element && e.element.closest && e.element.closest('#first-visit main');
        });
        if (seen) { observer.disconnect(); done(); }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    } catch (e) { done(); }
  });
})();
