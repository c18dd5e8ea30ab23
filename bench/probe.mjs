// In the page: resolves, once `cond()` holds, to the time of the first paint after that,
// measured from `t0` (a number, or 'tap' for the next pointerup/click). A rAF callback runs
// just before a frame is drawn; a task queued from it runs after that frame.
export const PROBE = `window.__probe = (condSrc, t0) => new Promise((resolve) => {
  const cond = new Function('return (' + condSrc + ')');
  let start = typeof t0 === 'number' ? t0 : null;
  const onTap = (e) => { if (start === null) start = e.timeStamp; };
  if (start === null) { addEventListener('pointerup', onTap, true); addEventListener('click', onTap, true); }
  let done = false;
  const check = () => {
    if (done || start === null || !cond()) return;
    done = true; obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      removeEventListener('pointerup', onTap, true); removeEventListener('click', onTap, true);
      resolve(performance.now() - start);
    }));
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const poll = () => { check(); if (!done) requestAnimationFrame(poll); };
  poll();
});`;
