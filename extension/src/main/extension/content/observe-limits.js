// LinkedIn's "weekly invitation limit" message, when it shows up (usually while the user sends
// invitations elsewhere on LinkedIn), is reported to the agent as a signal: it calibrates the
// weekly headroom. This is the one piece of wording the extension knows; it only reads alerts and
// dialogs that LinkedIn adds, and sends the message text, never anything else from the page.
(() => {
  const IL = globalThis.InviteLedger;
  const CONTAINERS = '[role="alert"], [role="alertdialog"], [role="dialog"], dialog';
  const PHRASES = [
    /weekly invitation limit/i,
    /limite hebdomadaire d.invitations/i,
    /límite semanal de invitaciones/i,
    /wöchentliche[ns]? (?:einladungs)?limit/i,
    /limite semanal de convites/i,
  ];
  const MAX_TEXT = 500;

  IL.isWeeklyLimitText = (s) => PHRASES.some((re) => re.test(s));

  /** @returns {() => void} uninstall */
  IL.observeLimits = (report) => {
    const seen = new Set();
    const inspect = (container) => {
      const message = (container.textContent || '').replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT);
      if (!message || seen.has(message) || !IL.isWeeklyLimitText(message)) return;
      seen.add(message);
      report({ kind: 'weekly-limit', text: message, url: location.href, seenAt: new Date().toISOString() });
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          const element = node.nodeType === 1 ? node : node.parentElement;
          if (!element || IL.isOwnNode(element)) continue;
          const container = element.closest(CONTAINERS) || (node.nodeType === 1 ? element.querySelector(CONTAINERS) : null);
          if (container) inspect(container);
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  };
})();
