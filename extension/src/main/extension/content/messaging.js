// The content script never talks to the agent itself: it asks the service worker.
(() => {
  const IL = globalThis.InviteLedger;

  /** True while this content script still belongs to an installed extension (not after an update). */
  IL.contextAlive = () => Boolean(globalThis.chrome && chrome.runtime && chrome.runtime.id);

  IL.ask = async (message) => {
    if (!IL.contextAlive()) return { ok: false, state: 'gone', message: 'The extension was reloaded; reload the page.' };
    try {
      const answer = await chrome.runtime.sendMessage(message);
      return answer || { ok: false, state: 'error', message: 'No answer from the extension.' };
    } catch (e) {
      return { ok: false, state: IL.contextAlive() ? 'error' : 'gone', message: String(e && e.message || e) };
    }
  };
})();
