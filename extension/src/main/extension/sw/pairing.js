// Pairing: POST /pairing gives a code the user approves on the agent's settings page; we poll
// GET /pairing/{id} until the token arrives (the agent hands it out exactly once). The pending
// pairing lives in storage so a stopped-and-restarted worker resumes polling. No "alarms"
// permission: the popup polls while it is open, and the worker polls with setTimeout while alive.
import { callAgent } from './agent-client.js';
import { readSettings, storeToken } from './settings.js';

const POLL_MS = 2000;
let pollChain = Promise.resolve(); // one poll at a time, so the once-only token cannot be raced away
let loopTimer = null;

export async function startPairing() {
  const { account } = await readSettings();
  const result = await callAgent('/pairing', {
    method: 'POST',
    auth: false,
    body: { extensionId: chrome.runtime.id, extensionVersion: chrome.runtime.getManifest().version, label: `Chromium · ${account}` },
  });
  if (!result.ok) return result;
  const { pairingId, code, expiresAt } = result.data || {};
  if (!pairingId || !code) return { ok: false, state: 'error', message: 'The agent answered the pairing request without a code.' };
  await chrome.storage.local.set({ pairing: { pairingId, code, expiresAt: expiresAt || null } });
  keepPolling();
  return { ok: true, data: { status: 'pending', code, expiresAt } };
}

export async function currentPairing() {
  const { pairing } = await chrome.storage.local.get('pairing');
  return pairing || null;
}

export function pollPairing() {
  const next = pollChain.then(pollOnce, pollOnce);
  pollChain = next.catch(() => {});
  return next;
}

async function pollOnce() {
  const pairing = await currentPairing();
  if (!pairing) return { ok: true, data: { status: 'none' } };
  if (pairing.expiresAt && Date.parse(pairing.expiresAt) < Date.now()) {
    await chrome.storage.local.remove('pairing');
    return { ok: true, data: { status: 'expired' } };
  }
  const result = await callAgent(`/pairing/${encodeURIComponent(pairing.pairingId)}`, { auth: false });
  if (!result.ok) return result;
  const { status, token } = result.data || {};
  if (status === 'approved' && typeof token === 'string' && token) {
    await storeToken(token);
    await chrome.storage.local.remove('pairing');
  } else if (status === 'denied' || status === 'expired' || (status === 'approved' && !token)) {
    // approved-without-token means another poll already took it: nothing left to wait for
    await chrome.storage.local.remove('pairing');
  }
  return { ok: true, data: { status: status || 'unknown', code: pairing.code } };
}

/** Poll from the worker while it lives; a restarted worker calls this again on start-up. */
export function keepPolling() {
  if (loopTimer) return;
  loopTimer = setTimeout(async () => {
    loopTimer = null;
    const result = await pollPairing();
    const status = result.ok ? result.data.status : 'retry';
    if (status === 'pending' || status === 'retry') keepPolling();
  }, POLL_MS);
}
