// Inlined into index.html by Trunk right after the first-visit picture, which comes as text
// (src/ui/pages/first_visit.rs: no elements built on the many opens that are not a first
// visit). On a first visit (html[data-first-visit], set in <head> by first-visit-check.js) it
// becomes elements here, while the page is still being read, so the first frame has it;
// assets/help-without-wasm.js then keeps the browser's language and makes it a picture.
(function () {
  var picture = document.getElementById('first-visit');
  var text = document.getElementById('first-visit-text');
  if (!picture || !text || !document.documentElement.getAttribute('data-first-visit')) return;
  picture.innerHTML = text.textContent;
  text.remove();
})();
