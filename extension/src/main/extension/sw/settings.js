// Everything the service worker needs survives in chrome.storage.local: Chrome stops an idle
// worker at any time, so module globals are only ever caches of what is stored here.

export const DEFAULT_PORT = 27121;
export const DEFAULT_ACCOUNT = 'default';

/** The agent port and account label the user chose on the options page. */
export async function readSettings() {
  const { port, account } = await chrome.storage.local.get(['port', 'account']);
  return {
    port: validPort(port) ? Number(port) : DEFAULT_PORT,
    account: typeof account === 'string' && account.trim() ? account.trim() : DEFAULT_ACCOUNT,
  };
}

export function validPort(value) {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1024 && n <= 65535;
}

export async function readToken() {
  const { token } = await chrome.storage.local.get('token');
  return typeof token === 'string' && token ? token : null;
}

export async function storeToken(token) {
  await chrome.storage.local.set({ token });
}

export async function clearToken() {
  await chrome.storage.local.remove('token');
}

export function agentOrigin(port) {
  return `http://127.0.0.1:${port}`;
}
