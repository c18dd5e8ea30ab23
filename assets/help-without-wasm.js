// Inlined into index.html by Trunk (scripts/postbuild.mjs adds its hash to the CSP). Two jobs
// that must work before, and without, the WebAssembly app:
// 1. Inside a frame the app refuses to render (no clickjacking of "Delete all data"): the page
//    is replaced by one line saying why and loading stops, so the app never starts.
// 2. Where WebAssembly cannot run (iPhone Lockdown Mode, some managed browsers) or the app
//    fails to load, the "Opening" note gives way to "Get help now": the call and text links of
//    the browser's country and the support guide, written into assets/help-without-wasm.html
//    from the app's own numbers and strings. The help sits inside #boot, which the app removes
//    when it starts, so it can never stay over a running app.
// 3. On a first visit (nothing stored on this phone, the app's start address; decided in <head>
//    by assets/first-visit-check.js, so CSS shows it from the first frame) the welcome screen
//    drawn at build time from the app's own components (assets/first-visit.html, in the
//    browser's language) is the first paint instead of "Opening": a picture of the screen until
//    the app starts and replaces it (src/main.rs), inert but for "Get help now", which opens the
//    help of job 2 at once ("still loading"); the app opens its own when it starts. Here the
//    other language's copy goes. A returning patient never sees it.
(function () {
  var help = document.getElementById('nowasm');
  if (!help) return;
  // The browser's language and whether this is a first visit were decided in <head>, before the
  // first paint (assets/first-visit-check.js).
  var root = document.documentElement;
  var lang = root.getAttribute('data-boot-lang') || 'en';
  var tags = [navigator.language || ''].concat(navigator.languages || []).map(String);
  // The help comes as text (src/ui/pages/help_without_wasm.rs, `as_text`): the parser builds no
  // elements for it on the many opens that never show it; it becomes elements here, once, when
  // it is shown (the first-visit picture likewise, in assets/first-visit-fill.js).
  var block = null;
  var why = function (reason) {
    if (!block) {
      var text = document.getElementById('nowasm-text');
      if (text) { help.innerHTML = text.textContent; text.remove(); }
      block = help.querySelector('.nowasm__lang[lang="' + lang + '"]');
    }
    return block.querySelector('[data-why="' + reason + '"]');
  };

  var framed;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  if (framed) {
    root.setAttribute('data-framed', '');
    root.lang = lang;
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

  var firstVisit = document.getElementById('first-visit');
  function dropFirstVisit() {
    var text = document.getElementById('first-visit-text');
    if (text) text.remove();
    if (firstVisit) firstVisit.remove();
    firstVisit = null;
    root.removeAttribute('data-first-visit');
  }
  function showFirstVisit() {
    if (!firstVisit) return;
    var view = root.getAttribute('data-first-visit') === lang
      ? firstVisit.querySelector('.first-visit__lang[lang="' + lang + '"]') : null;
    // Not a first visit here: the picture goes (so the page has one of each id, the app's).
    if (!view) { dropFirstVisit(); return; }
    var views = firstVisit.querySelectorAll('.first-visit__lang');
    for (var i = 0; i < views.length; i++) if (views[i] !== view) views[i].remove();
    view.hidden = false;
    // A picture of the screen until the app starts, except "Get help now": that opens the help
    // in this page at once (the app, when it starts, opens its own in its place).
    var helpNow = view.querySelector('.help-now');
    var parts = view.querySelectorAll('header > *, main, nav');
    for (var p = 0; p < parts.length; p++) if (parts[p] !== helpNow) parts[p].inert = true;
    if (helpNow) helpNow.addEventListener('click', function () { show('loading'); });
    firstVisit.hidden = false;
    root.lang = lang;
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
    root.lang = lang;
    document.getElementById('boot').classList.add('boot--help');
    if (reason === 'loading') {
      // Asked for: the reader starts at its heading.
      var title = block.querySelector('h1');
      title.tabIndex = -1;
      title.focus();
    }
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
