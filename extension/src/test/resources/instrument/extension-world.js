// Installed by the test (DevTools protocol) INSIDE the extension's content-script world, where the
// extension's own code looks these functions up: any call at all is the extension acting.
(() => {
  if (globalThis.__ilCalls) return 'already';
  const calls = globalThis.__ilCalls = [];
  const wrap = (owner, name) => {
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    Object.defineProperty(owner, name, {
      configurable: true,
      writable: true,
      value: function (...args) {
        calls.push(name);
        return original.apply(this, args);
      },
    });
  };
  for (const name of ['click', 'focus', 'blur']) wrap(HTMLElement.prototype, name);
  for (const name of ['scrollIntoView', 'scrollIntoViewIfNeeded', 'scrollTo', 'scroll', 'scrollBy']) wrap(Element.prototype, name);
  for (const name of ['scrollTo', 'scroll', 'scrollBy', 'fetch', 'open']) wrap(globalThis, name);
  wrap(EventTarget.prototype, 'dispatchEvent');
  wrap(HTMLFormElement.prototype, 'submit');
  wrap(HTMLFormElement.prototype, 'requestSubmit');
  wrap(XMLHttpRequest.prototype, 'open');
  wrap(Navigator.prototype, 'sendBeacon');
  return 'installed';
})()
