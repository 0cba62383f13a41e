// One handler per message type. Content scripts on LinkedIn may only use the page-side types;
// the popup and options page (extension pages, no sender.tab) may use every type.
import { callAgent } from './agent-client.js';
import { flushOutbox, postOrQueue } from './outbox.js';
import { currentPairing, pollPairing, startPairing } from './pairing.js';
import { agentOrigin, readSettings, readToken } from './settings.js';

const PAGE_TYPES = new Set(['capture', 'keep', 'withdrawal', 'signal', 'fixture']);

export function allowed(type, sender) {
  if (sender.id !== chrome.runtime.id || typeof sender.url !== 'string') return false;
  // our popup and options page, also when opened in a tab (sender.tab is set then)
  if (sender.url.startsWith(`chrome-extension://${chrome.runtime.id}/`)) return true;
  return PAGE_TYPES.has(type) && sender.url.startsWith('https://www.linkedin.com/');
}

export const handlers = {
  async capture({ url, capturedAt, html }) {
    const { account } = await readSettings();
    // view=overlay: only what the overlay draws (about a third of the full report's ~1 MB for 1,500 rows), so
    // the agent writes and the page's thread decodes less on every capture. The page goes as the body itself
    // (text/html) and the rest as query parameters: no 0.5 MB JSON string to escape here and unescape there.
    const query = new URLSearchParams({ view: 'overlay', url, capturedAt, account });
    const result = await callAgent(`/captures?${query}`, { method: 'POST', html });
    if (!result.ok) return result;
    flushOutbox(); // the agent is back: deliver what was observed meanwhile
    return result;
  },

  async keep({ key, keep }) {
    const { account } = await readSettings();
    const path = `/invitations/${encodeURIComponent(key)}/keep?account=${encodeURIComponent(account)}`;
    return callAgent(path, { method: 'PUT', body: { keep: Boolean(keep) } });
  },

  async withdrawal({ key, name, withdrawnAt }) {
    const { account } = await readSettings();
    // the content script resolved the key from the last report when it could; else the name is all we have
    const body = key ? { account, key, withdrawnAt, source: 'observed' } : { account, name, withdrawnAt, source: 'observed' };
    return postOrQueue('/withdrawals', body);
  },

  async signal({ kind, text, url, seenAt }) {
    const { account } = await readSettings();
    return postOrQueue('/signals', { kind, text, url, seenAt, account });
  },

  async fixture({ url, capturedAt, html, anonymize, name }) {
    const body = { url, capturedAt, html, anonymize: Boolean(anonymize) };
    if (typeof name === 'string' && name.trim()) body.name = name.trim();
    return callAgent('/fixtures', { method: 'POST', body });
  },

  /** Everything the popup shows, in one round. */
  async status() {
    const settings = await readSettings();
    const health = await callAgent('/health', { auth: false });
    const pairing = await currentPairing();
    const paired = Boolean(await readToken());
    let summary = null;
    if (health.ok && paired) {
      summary = await callAgent(`/accounts/${encodeURIComponent(settings.account)}/summary`);
    }
    return {
      ok: true,
      data: {
        ...settings,
        statusPage: `${agentOrigin(settings.port)}/`,
        settingsPage: `${agentOrigin(settings.port)}/settings`,
        agent: health.ok ? health.data : null,
        agentState: health.ok ? 'online' : health.state,
        agentMessage: health.ok ? null : health.message,
        paired: paired && !(summary && !summary.ok && summary.state === 'pairing-needed'),
        pairing: pairing ? { code: pairing.code, expiresAt: pairing.expiresAt } : null,
        summary: summary && summary.ok ? summary.data : null,
        summaryError: summary && !summary.ok ? summary.message : null,
      },
    };
  },

  /** A one-time sign-in link to the status pages (the agent's login link), else the plain address. */
  async 'status-link'() {
    const { port } = await readSettings();
    const link = await callAgent('/login-links', { method: 'POST', body: {} });
    return { ok: true, data: { url: link.ok && link.data && link.data.url ? link.data.url : `${agentOrigin(port)}/` } };
  },

  async 'pair-start'() {
    return startPairing();
  },

  async 'pair-poll'() {
    return pollPairing();
  },
};
