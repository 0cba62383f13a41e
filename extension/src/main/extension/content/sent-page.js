// The only page knowledge the extension has: which URL is the Sent tab, and where its content is.
// Everything about rows, ages and names is the agent's parser's job.
(() => {
  const IL = globalThis.InviteLedger;
  const SENT_PATH = /^\/mynetwork\/invitation-manager\/sent(?:\/|$)/;

  IL.isSentPage = (loc) => loc.hostname === 'www.linkedin.com' && SENT_PATH.test(loc.pathname);

  /** What we capture and observe: LinkedIn's <main>, or the body on builds without one. */
  IL.findRegion = () => document.querySelector('main') || document.body;

  /** Our own nodes (panel, badges) all use this tag prefix: skipped by capture and observers. */
  IL.OWN_PREFIX = 'invite-ledger-';
  IL.isOwnNode = (node) => node.nodeType === 1 && node.localName.startsWith(IL.OWN_PREFIX);
})();
