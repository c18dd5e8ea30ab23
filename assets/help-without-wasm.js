// Inlined into index.html by Trunk (scripts/postbuild.mjs adds its hash to the CSP). Two jobs
// that must work before, and without, the WebAssembly app:
// 1. Inside a frame the app refuses to render (no clickjacking of "Delete all data"): the page
//    is replaced by one line saying why and loading stops, so the app never starts.
// 2. Where WebAssembly cannot run (iPhone Lockdown Mode, some managed browsers) or the app
//    fails to load, the "Opening" note gives way to "Get help now": the call and text links of
//    the browser's country and the support guide, written into assets/help-without-wasm.html
//    from the app's own numbers and strings. The help sits inside #boot, which the app removes
//    when it starts, so it can never stay over a running app.
// 3. On a first visit (nothing stored on this phone, the app's start address) the welcome
//    screen drawn at build time from the app's own components (assets/first-visit.html, in the
//    browser's language) is the first paint instead of "Opening": inert, a picture of the screen
//    until the app starts and replaces it (src/main.rs). A returning patient never sees it.
(function () {
  var help = document.getElementById('nowasm');
  if (!help) return;
  // The help and the first-visit picture come as text (src/ui/pages/help_without_wasm.rs,
  // `as_text`): the parser builds no elements for them on the many opens that need neither,
  // and they become elements here only when shown. `fill` does that once and drops the text.
  function fill(el, id) {
    var text = document.getElementById(id);
    if (!text) return;
    el.innerHTML = text.textContent;
    text.remove();
  }
  var tags = [navigator.language || ''].concat(navigator.languages || []).map(String);
  var lang = 'en';
  for (var i = 0; i < tags.length; i++) {
    var prefix = tags[i].slice(0, 2).toLowerCase();
    if (prefix === 'es' || prefix === 'en') { lang = prefix; break; }
  }
  var block = null;
  var why = function (reason) {
    if (!block) {
      fill(help, 'nowasm-text');
      block = help.querySelector('.nowasm__lang[lang="' + lang + '"]');
    }
    return block.querySelector('[data-why="' + reason + '"]');
  };

  var framed;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  if (framed) {
    document.documentElement.setAttribute('data-framed', '');
    document.documentElement.lang = lang;
    var note = document.createElement('p');
    note.className = 'framed';
    note.textContent = why('framed').textContent;
    document.body.replaceChildren(note);
    window.stop();
    return;
  }

  // The browser language's region (en-US, es-MX) picks the country that opens first. Only the
  // first tag: a later en-US in the list says nothing about where the phone is. Without a
  // region (es, es-419) the neutral entry opens.
  function region() {
    var tag = tags[0] || (navigator.languages || [])[0] || '';
    try {
      var r = new Intl.Locale(tag).region;
      return r && /^[A-Z]{2}$/.test(r) ? r : '';
    } catch (e) {
      var m = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag);
      return m ? m[1].toUpperCase() : '';
    }
  }

  // Nothing of the app's is stored here (every key of its storage starts with "sc."). Storage
  // that cannot be read counts as nothing stored: the app opens on the welcome screen then too.
  function nothingStored() {
    try {
      for (var i = 0; i < localStorage.length; i++) {
        if (String(localStorage.key(i)).slice(0, 3) === 'sc.') return false;
      }
    } catch (e) { /* blocked storage */ }
    return true;
  }
  function atStart() {
    try { return location.pathname === new URL(document.baseURI).pathname; } catch (e) { return false; }
  }
  var firstVisit = document.getElementById('first-visit');
  function dropFirstVisit() {
    var text = document.getElementById('first-visit-text');
    if (text) text.remove();
    if (firstVisit) firstVisit.remove();
    firstVisit = null;
  }
  function showFirstVisit() {
    if (!firstVisit) return;
    var view = null;
    if (atStart() && nothingStored()) {
      fill(firstVisit, 'first-visit-text');
      view = firstVisit.querySelector('.first-visit__lang[lang="' + lang + '"]');
    }
    // Not a first visit here: the picture goes (so the page has one of each id, the app's).
    if (!view) { dropFirstVisit(); return; }
    var views = firstVisit.querySelectorAll('.first-visit__lang');
    for (var i = 0; i < views.length; i++) if (views[i] !== view) views[i].remove();
    view.hidden = false;
    firstVisit.inert = true;
    firstVisit.hidden = false;
    document.documentElement.lang = lang;
    document.getElementById('boot').classList.add('boot--behind');
  }

  var shown = false;
  function show(reason) {
    // Once the app has started, #boot (and the help in it) is gone: nothing to do.
    if (shown || !document.getElementById('boot')) return;
    shown = true;
    // The help replaces the picture of the welcome screen: it is all this page can offer now.
    dropFirstVisit();
    var note = why(reason);
    document.getElementById('boot').classList.remove('boot--behind');
    var r = region();
    var country = (r && block.querySelector('.nowasm__country[data-regions~="' + r + '"]'))
      || block.querySelector('.nowasm__country[data-country="other"]');
    if (country) {
      country.open = true;
      country.parentNode.insertBefore(country, country.parentNode.firstChild);
    }
    note.hidden = false;
    block.hidden = false;
    help.hidden = false;
    document.documentElement.lang = lang;
    document.getElementById('boot').classList.add('boot--help');
  }

  if (typeof WebAssembly !== 'object' || !WebAssembly || typeof WebAssembly.instantiate !== 'function') {
    show('no-wasm');
    return;
  }
  showFirstVisit();
  // The app's script or its WebAssembly failed to download, compile or start.
  addEventListener('error', function (e) {
    var t = e.target;
    if (t === window || (t && (t.tagName === 'SCRIPT' || t.tagName === 'LINK'))) show('failed');
  }, true);
  addEventListener('unhandledrejection', function () { show('failed'); });
})();
