// Popup: agent status and headroom, pairing, and "save this page as a test fixture".
// It talks to the agent only through the service worker, and to the LinkedIn tab only through
// the content script (which reads, never acts).
const $ = (id) => document.getElementById(id);
const ask = (message) => chrome.runtime.sendMessage(message);
const PAIR_POLL_MS = 1500;
let pollTimer = null;

async function refresh() {
  const answer = await ask({ type: 'status' });
  if (!answer || !answer.ok) {
    $('agent-state').textContent = (answer && answer.message) || 'The extension did not answer.';
    $('agent-state').className = 'bad';
    return;
  }
  const s = answer.data;
  $('status-page').href = s.statusPage;
  $('pair-settings').href = s.settingsPage;
  const state = $('agent-state');
  if (s.agentState === 'online') {
    state.textContent = `Online · v${s.agent.version} on 127.0.0.1:${s.port} · account "${s.account}"`;
    state.className = 'ok';
  } else {
    state.textContent = s.agentMessage || `Agent not reachable on 127.0.0.1:${s.port}.`;
    state.className = 'bad';
  }
  showSummary(s.summary);
  showPairing(s);
  await updateFixtureButton();
}

function showSummary(summary) {
  $('summary').hidden = !summary;
  if (!summary) return;
  const h = summary.headroom || {};
  const range = (r) => (r ? (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`) : '?');
  $('sum-pending').textContent = `${h.pending ?? '?'} / ${h.pendingCap ?? '?'} (${h.level ?? 'no data'})`;
  $('sum-weekly').textContent = `${range(h.sentLast7Days)} / ${h.weeklyLimit ?? '?'} · ${range(h.weeklyHeadroom)} left`;
  const t = summary.today || {};
  $('sum-today').textContent = `${t.done ?? 0} done / ${t.planned ?? 0} planned`;
}

function showPairing(s) {
  const button = $('pair');
  if (s.paired) {
    $('pair-state').textContent = 'Paired with this agent.';
    $('pair-state').className = 'ok';
    $('pair-code-box').hidden = true;
    button.textContent = 'Pair again';
  } else if (s.pairing) {
    showCode(s.pairing.code);
    startPolling();
  } else {
    $('pair-state').textContent = s.agentState === 'online' ? 'Not paired yet: the overlay needs a pairing.' : 'Start the agent, then pair.';
    $('pair-state').className = '';
    $('pair-code-box').hidden = true;
  }
  button.disabled = s.agentState !== 'online';
}

function showCode(code) {
  $('pair-code').textContent = code;
  $('pair-code-box').hidden = false;
  $('pair-state').textContent = 'Waiting for your approval…';
  $('pair-state').className = '';
}

// Opening the status page through a one-time login link signs the user in there.
$('status-page').addEventListener('click', async (event) => {
  event.preventDefault();
  const answer = await ask({ type: 'status-link' });
  await chrome.tabs.create({ url: answer && answer.ok ? answer.data.url : $('status-page').href });
});

$('pair').addEventListener('click', async () => {
  $('pair').disabled = true;
  const answer = await ask({ type: 'pair-start' });
  if (!answer.ok) {
    $('pair-state').textContent = answer.message;
    $('pair-state').className = 'bad';
    $('pair').disabled = false;
    return;
  }
  showCode(answer.data.code);
  startPolling();
});

function startPolling() {
  if (pollTimer) return;
  pollTimer = setInterval(async () => {
    const answer = await ask({ type: 'pair-poll' });
    const status = answer.ok ? answer.data.status : 'retry';
    if (status === 'pending' || status === 'retry') return;
    clearInterval(pollTimer);
    pollTimer = null;
    if (status === 'approved') await tellSentTab({ type: 'refresh' });
    else {
      $('pair-state').textContent = `Pairing ${status}. Try again.`;
      $('pair-state').className = 'bad';
    }
    await refresh();
  }, PAIR_POLL_MS);
}

async function linkedInTab() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab && typeof tab.url === 'string' && tab.url.startsWith('https://www.linkedin.com/') ? tab : null;
}

async function tellSentTab(message) {
  const tab = await linkedInTab();
  if (!tab) return null;
  try {
    return await chrome.tabs.sendMessage(tab.id, message);
  } catch {
    return null; // no content script there (page opened before the extension was installed)
  }
}

async function updateFixtureButton() {
  const tab = await linkedInTab();
  $('fixture').disabled = !tab;
  if (!tab) $('fixture-state').textContent = 'Open your LinkedIn Sent invitations page first.';
}

$('fixture').addEventListener('click', async () => {
  $('fixture').disabled = true;
  $('fixture-state').textContent = 'Saving…';
  const answer = await tellSentTab({ type: 'fixture-capture', anonymize: $('anonymize').checked });
  $('fixture-state').textContent = !answer ? 'Reload the LinkedIn page, then try again.'
    : answer.ok ? `Saved: ${answer.data.path}` : answer.message;
  $('fixture').disabled = false;
});

refresh();
