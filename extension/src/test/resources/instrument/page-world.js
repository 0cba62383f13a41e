// Main-world tripwires (added with page.addInitScript before LinkedIn's page runs).
// 1. Wraps the acting APIs; a call whose stack comes from a chrome-extension:// script is counted.
//    (Content scripts live in an isolated world with their own prototypes; extension-world.js
//    covers those. These wrappers catch any script the extension might inject into the page.)
// 2. Counts untrusted events: el.click()/dispatchEvent() from ANY world produce isTrusted=false
//    events that page listeners see; the fake LinkedIn page itself never synthesizes events.
(() => {
  const record = window.__ilPageWorld = { byExtension: [], untrusted: [] };
  const fromExtension = () => /chrome-extension:\/\//.test(new Error().stack || '');
  const wrap = (owner, name) => {
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(owner, name, {
      configurable: true,
      writable: true,
      value: function (...args) {
        if (fromExtension()) record.byExtension.push(name);
        return original.apply(this, args);
      },
    });
  };
  for (const name of ['click', 'focus', 'blur']) wrap(HTMLElement.prototype, name);
  for (const name of ['scrollIntoView', 'scrollIntoViewIfNeeded', 'scrollTo', 'scroll', 'scrollBy']) wrap(Element.prototype, name);
  for (const name of ['scrollTo', 'scroll', 'scrollBy', 'fetch', 'open']) wrap(window, name);
  wrap(EventTarget.prototype, 'dispatchEvent');
  wrap(HTMLFormElement.prototype, 'submit');
  wrap(HTMLFormElement.prototype, 'requestSubmit');
  wrap(XMLHttpRequest.prototype, 'open');
  wrap(Navigator.prototype, 'sendBeacon');
  const types = ['click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup',
    'keypress', 'input', 'change', 'submit', 'focus', 'focusin', 'blur', 'scroll', 'wheel', 'touchstart'];
  for (const type of types) {
    addEventListener(type, (e) => {
      if (!e.isTrusted) record.untrusted.push(`${type} on ${e.target && e.target.nodeName}`);
    }, { capture: true });
  }
})();
