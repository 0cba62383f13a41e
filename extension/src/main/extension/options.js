// Options: the agent's port and the account label. Stored in chrome.storage.local, where the
// service worker reads them on every call (it keeps nothing in memory); read and checked here by the
// worker's own code, so the page shows exactly what the worker will use.
import { readSettings, validPort } from './sw/settings.js';

const $ = (id) => document.getElementById(id);

async function load() {
  const { port, account } = await readSettings();
  $('port').value = port;
  $('account').value = account;
}

function say(text, ok) {
  $('state').textContent = text;
  $('state').className = ok ? 'ok' : 'bad';
}

$('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const port = Number($('port').value);
  const account = $('account').value.trim();
  if (!validPort(port)) return say('The port must be a whole number from 1024 to 65535.', false);
  if (!account || account.length > 64) return say('The account label must have 1 to 64 characters.', false);
  await chrome.storage.local.set({ port, account });
  say(`Saved: agent on 127.0.0.1:${port}, account "${account}".`, true);
});

$('check').addEventListener('click', async () => {
  const { data } = await chrome.runtime.sendMessage({ type: 'status' });
  if (data.agentState === 'online') say(`Agent v${data.agent.version} answers on 127.0.0.1:${data.port}${data.paired ? ', paired.' : ', not paired yet (use the toolbar popup).'}`, true);
  else say(data.agentMessage || 'The agent does not answer.', false);
});

load();
