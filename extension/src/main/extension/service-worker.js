// Invite Ledger service worker: the ONLY code that talks to the agent on 127.0.0.1.
// Content scripts and extension pages send it messages; it adds the token and the API header.
// It never contacts LinkedIn. Chrome may stop it whenever it is idle: state lives in storage.
import { allowed, handlers } from './sw/handlers.js';
import { currentPairing, keepPolling } from './sw/pairing.js';

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const type = message && message.type;
  const handler = Object.hasOwn(handlers, type) ? handlers[type] : null;
  if (!handler || !allowed(type, sender)) {
    sendResponse({ ok: false, state: 'error', message: `Unknown or forbidden message: ${String(type)}` });
    return false;
  }
  handler(message).then(sendResponse, (e) => sendResponse({ ok: false, state: 'error', message: String(e && e.message || e) }));
  return true; // answer asynchronously
});

// The token must not be readable by content scripts (they run inside LinkedIn's renderer).
chrome.storage.local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});

// A pairing started before the worker was stopped goes on being polled.
currentPairing().then((pairing) => { if (pairing) keepPolling(); });
