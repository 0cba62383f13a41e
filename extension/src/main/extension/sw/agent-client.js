// The one place that talks HTTP to the local agent. Every answer is folded into
// { ok: true, status, data } or { ok: false, state, message } so callers (and the overlay)
// only deal with a handful of states: offline, pairing-needed, version-mismatch, forbidden, error.
import { agentOrigin, clearToken, readSettings, readToken } from './settings.js';

export const API_VERSION = '1';
const TIMEOUT_MS = 30000; // a 1,500-row capture is parsed and merged by the agent before it answers

/**
 * @param {string} path  below /api/v1, e.g. "/captures"
 * @param {{method?: string, body?: any, html?: string, auth?: boolean}} options  auth=false for /health and /pairing;
 *   `html` sends that text as the body (text/html, a capture) instead of `body` as JSON
 */
export async function callAgent(path, { method = 'GET', body, html, auth = true } = {}) {
  const { port } = await readSettings();
  const token = auth ? await readToken() : null;
  if (auth && !token) {
    // Without a token every API call would be a 401: tell offline from "not paired yet" instead.
    const health = await callAgent('/health', { auth: false });
    return health.ok ? notPaired() : health;
  }
  const raw = typeof html === 'string';
  const headers = { 'X-Invite-Ledger-Api': API_VERSION, 'Content-Type': raw ? 'text/html; charset=utf-8' : 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;

  let response;
  try {
    response = await fetch(`${agentOrigin(port)}/api/v1${path}`, {
      method,
      headers,
      body: raw ? html : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    return { ok: false, state: 'offline', port, message: `The Invite Ledger agent does not answer on 127.0.0.1:${port}.` };
  }
  const data = await readJson(response);
  if (response.ok) return { ok: true, status: response.status, data };

  const said = data && typeof data.message === 'string' ? data.message : '';
  switch (response.status) {
    case 401:
      // The token was revoked (or the agent's ledger was reset): forget it, ask for a new pairing.
      await clearToken();
      return notPaired(said);
    case 412:
      return { ok: false, state: 'version-mismatch', message: said || `The agent speaks another API version than this extension (v${API_VERSION}). Update the agent or the extension.` };
    case 403:
      return { ok: false, state: 'forbidden', message: said || 'The agent refused this extension (origin not allowed).' };
    default:
      return { ok: false, state: 'error', status: response.status, error: data && data.error, message: said || `The agent answered HTTP ${response.status}.` };
  }
}

function notPaired(message) {
  return { ok: false, state: 'pairing-needed', message: message || 'Pair this browser with the agent: open the Invite Ledger toolbar popup.' };
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}
