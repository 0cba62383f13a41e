// The summary panel: pending vs cap, weekly headroom, today's batch, and the agent's warnings;
// or a state (agent offline, pairing needed, version mismatch). Placed above the list, else at
// the top of <main>, or fixed in a corner on a page without <main>.
(() => {
  const IL = globalThis.InviteLedger;
  const { el, text } = IL;

  const STATE_TEXT = {
    offline: ['Agent offline', 'Start Invite Ledger on this computer; the overlay comes back by itself.'],
    'pairing-needed': ['Pairing needed', 'Open the Invite Ledger toolbar popup and choose "Pair with agent".'],
    'version-mismatch': ['Version mismatch', 'The agent and the extension speak different API versions: update the older one.'],
    forbidden: ['Extension not allowed', 'The agent refused this extension. Check the allowed extension ids in its settings.'],
    gone: ['Extension updated', 'Reload this page to use the new version.'],
    error: ['Agent error', ''],
    loading: ['Reading this page…', ''],
  };

  IL.Panel = class Panel {
    constructor() {
      const { host, shadow } = IL.createHost('panel', 'il-panel');
      this.host = host;
      this.box = el('section', 'panel level-none');
      this.box.setAttribute('role', 'status');
      this.box.setAttribute('aria-live', 'polite');
      this.box.setAttribute('aria-label', 'Invite Ledger summary');
      shadow.append(this.box);
    }

    /**
     * Above the list when we know where it is; else at the top of LinkedIn's <main> (nothing is
     * covered); fixed in a corner only on a page without <main>.
     */
    place(listTop, region) {
      if (listTop && listTop.parentNode) {
        this.host.removeAttribute('data-placement');
        if (this.host.nextSibling !== listTop || !this.host.isConnected) listTop.before(this.host);
      } else if (region && region !== document.body) {
        this.host.setAttribute('data-placement', 'top');
        if (region.firstChild !== this.host) region.prepend(this.host);
      } else {
        this.host.setAttribute('data-placement', 'corner');
        if (this.host.parentNode !== document.body) document.body.append(this.host);
      }
    }

    showReport(report) {
      const h = report.headroom || {};
      const level = h.level;
      const header = this.header();
      header.append(el('span', 'level-chip', `Pending: ${IL.text.levelLabel(level)}`));

      const metrics = el('div', 'metrics');
      const pendingShare = h.pendingCap ? `${Math.round((100 * h.pending) / h.pendingCap)} % of the cap` : '';
      metrics.append(
        metric('Pending', `${num(h.pending)} / ${num(h.pendingCap)}`, pendingShare, 'pending'),
        metric('Sent, last 7 days', `${IL.text.range(h.sentLast7Days)} / ${num(h.weeklyLimit)}`,
          `${IL.text.range(h.weeklyHeadroom)} left this week`, 'weekly'),
        metric("Today's withdrawals", `${num(report.today && report.today.done)} / ${num(report.today && report.today.planned)}`,
          'done / planned, by hand', 'today'),
      );

      const notes = el('ul', 'notes');
      const cov = report.coverage;
      if (cov && cov.complete === false) {
        const seen = cov.totalShown ? `${cov.rowsSeen} of ${cov.totalShown}` : `${cov.rowsSeen}`;
        notes.append(noteItem(`Partial capture: ${seen} invitations on screen. Press "Load more" or scroll to include the rest.`, 'info', 'coverage'));
      }
      for (const w of report.warnings || []) notes.append(noteItem(IL.text.warning(w), '', 'warning'));

      this.box.className = `panel ${IL.text.levelClass(level)}`;
      this.box.dataset.state = 'ok';
      this.box.replaceChildren(header, metrics, ...(notes.childElementCount ? [notes] : []));
    }

    showState(state, message) {
      const [title, hint] = STATE_TEXT[state] || STATE_TEXT.error;
      const header = this.header();
      const body = [header, el('p', 'message', title)];
      const detail = [message, hint].filter(Boolean).join(' ');
      if (detail) body.push(el('p', 'message-detail', detail));
      this.box.className = 'panel level-none';
      this.box.dataset.state = state;
      this.box.replaceChildren(...body);
    }

    header() {
      const header = el('header');
      header.append(el('span', 'brand', 'Invite Ledger'), el('span', 'tag', 'read-only · withdraw by hand'));
      return header;
    }

    remove() {
      this.host.remove();
    }
  };

  function metric(label, value, sub, name) {
    const m = el('div', 'metric');
    m.dataset.metric = name;
    m.append(el('span', 'label', label), el('span', 'value', value));
    if (sub) m.append(el('span', 'sub', sub));
    return m;
  }

  function noteItem(textValue, cls, kind) {
    const li = el('li', cls, textValue);
    li.dataset.kind = kind;
    return li;
  }

  function num(v) {
    return v === null || v === undefined ? '?' : String(v);
  }
})();
