// Entry point on every LinkedIn page: do nothing until the URL is the Sent tab. LinkedIn is a
// single-page app, so the URL is watched passively (navigation events plus a cheap poll), and
// the overlay comes and goes with it. No page function is patched.
(() => {
  const IL = globalThis.InviteLedger;
  const POLL_MS = 500;
  let session = null;
  let lastHref = null;

  function sync() {
    if (!IL.contextAlive()) return shutdown(); // extension updated or removed: leave the page as it was
    if (location.href === lastHref) return;
    lastHref = location.href;
    const onSent = IL.isSentPage(location);
    if (onSent && !session) {
      session = new IL.SentSession();
      session.start();
    } else if (!onSent && session) {
      session.stop();
      session = null;
    } else if (onSent) {
      session.urlChanged();
    }
  }

  const poll = setInterval(sync, POLL_MS);
  addEventListener('popstate', sync);
  globalThis.navigation?.addEventListener('currententrychange', sync);
  const stopLimits = IL.observeLimits((signal) => IL.ask({ type: 'signal', ...signal }));

  function shutdown() {
    clearInterval(poll);
    removeEventListener('popstate', sync);
    globalThis.navigation?.removeEventListener('currententrychange', sync);
    stopLimits();
    session?.stop();
    session = null;
  }

  // Requests from our popup (LinkedIn cannot send these: they come through chrome.tabs).
  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return false; // only chrome.tabs.sendMessage from our own pages reaches here
    if (message?.type === 'refresh') {
      session?.captureSoon(0, { force: true });
      sendResponse({ ok: true });
      return false;
    }
    if (message?.type === 'fixture-capture') {
      saveFixture(message).then(sendResponse);
      return true;
    }
    return false;
  });

  async function saveFixture({ anonymize, name }) {
    const snapshot = await IL.serializeRegion(IL.findRegion(), () => false);
    if (!snapshot) return { ok: false, state: 'error', message: 'The page changed while it was being read; try again.' };
    return IL.ask({ type: 'fixture', url: location.href, capturedAt: new Date().toISOString(), html: snapshot.html, anonymize, name });
  }

  sync();
})();
