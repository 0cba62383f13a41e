// Withdrawals and limit signals observed while the agent was offline, or before the extension was paired
// (again), are kept (in storage, since the worker may stop) and delivered on the next successful call, so
// the log misses nothing.
import { callAgent } from './agent-client.js';

const MAX_ITEMS = 200;

// Failures that may pass later (the agent comes back, the user pairs again); a 4xx never will.
const retryable = (result) => !result.ok && (result.state === 'offline' || result.state === 'pairing-needed');

export async function postOrQueue(path, body) {
  const result = await callAgent(path, { method: 'POST', body });
  if (retryable(result)) {
    const { outbox = [] } = await chrome.storage.local.get('outbox');
    outbox.push({ path, body });
    await chrome.storage.local.set({ outbox: outbox.slice(-MAX_ITEMS) });
    return { ...result, queued: true };
  }
  return result;
}

let flushing = null;

export function flushOutbox() {
  flushing ??= flushOnce().finally(() => { flushing = null; });
  return flushing;
}

async function flushOnce() {
  const { outbox = [] } = await chrome.storage.local.get('outbox');
  if (outbox.length === 0) return;
  const left = [];
  for (const item of outbox) {
    const result = await callAgent(item.path, { method: 'POST', body: item.body });
    if (retryable(result)) left.push(item);
  }
  // items queued while we were sending are appended after the ones we took
  const { outbox: now = [] } = await chrome.storage.local.get('outbox');
  await chrome.storage.local.set({ outbox: left.concat(now.slice(outbox.length)) });
}
