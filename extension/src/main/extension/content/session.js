// One visit to the Sent tab: capture, ask the agent, draw the overlay, re-capture (debounced) when
// LinkedIn adds rows, retry with backoff while the agent is away. stop() leaves nothing behind:
// no node, no observer, no timer, no listener.
(() => {
  const IL = globalThis.InviteLedger;
  const DEBOUNCE_MS = 800;
  const MAX_WAIT_MS = 4000; // keep capturing during a long scroll, not only after it
  const FIRST_CAPTURE_MS = 300;
  const RETRY_MIN_MS = 1000;
  const RETRY_MAX_MS = 30000;

  IL.SentSession = class SentSession {
    constructor() {
      this.stopped = false;
      this.report = null;
      this.lastSentHtml = null;
      this.running = false;
      this.again = false;
      this.force = false;
      this.retryMs = RETRY_MIN_MS;
      this.timers = { debounce: null, retry: null };
      this.firstRequestAt = null;
      this.panel = new IL.Panel();
      this.badges = new IL.Badges((inv, keep) => this.keep(inv, keep));
      this.cancelled = () => this.stopped;
    }

    start() {
      this.observeRegion();
      this.uninstallWithdrawals = IL.observeWithdrawals(() => this.report, (inv) => this.withdrawn(inv));
      this.captureSoon(FIRST_CAPTURE_MS);
    }

    stop() {
      this.stopped = true;
      clearTimeout(this.timers.debounce);
      clearTimeout(this.timers.retry);
      this.observer?.disconnect();
      this.uninstallWithdrawals?.();
      this.panel.remove();
      this.badges.remove();
    }

    /** Same Sent tab, other URL (e.g. /sent/ -> /sent/CONNECTION/): capture again. */
    urlChanged() {
      this.force = true;
      this.captureSoon(FIRST_CAPTURE_MS);
    }

    observeRegion() {
      this.observer?.disconnect();
      this.region = IL.findRegion();
      this.observer = new MutationObserver((records) => {
        if (records.some((r) => !onlyOurs(r))) this.captureSoon(DEBOUNCE_MS);
      });
      this.observer.observe(this.region, { childList: true, subtree: true });
    }

    captureSoon(delay, { force = false } = {}) {
      if (this.stopped) return;
      if (force) this.force = true;
      const now = Date.now();
      this.firstRequestAt ??= now;
      const wait = Math.min(delay, Math.max(0, this.firstRequestAt + MAX_WAIT_MS - now));
      clearTimeout(this.timers.debounce);
      this.timers.debounce = setTimeout(() => this.capture(), wait);
    }

    async capture() {
      this.firstRequestAt = null;
      if (this.stopped) return;
      if (this.running) {
        this.again = true; // one more round after this one, with the newest DOM
        return;
      }
      this.running = true;
      try {
        await this.captureOnce();
      } catch (e) {
        if (!(e instanceof IL.Cancelled)) console.warn('[invite-ledger] capture failed', e);
      } finally {
        this.running = false;
        if (this.again && !this.stopped) {
          this.again = false;
          this.captureSoon(DEBOUNCE_MS);
        }
      }
    }

    async captureOnce() {
      if (IL.findRegion() !== this.region) this.observeRegion(); // LinkedIn swapped its <main>
      const snapshot = await IL.serializeRegion(this.region, this.cancelled);
      if (this.stopped) return;
      if (!snapshot) {
        this.again = true; // the DOM changed under the walk
        return;
      }
      if (snapshot.html === this.lastSentHtml && !this.force && this.report) return; // nothing new to tell the agent
      this.force = false;
      // the message copies the ~1 MB string: its own task, not the end of the last capture slice's
      await IL.yieldToPage();
      if (this.stopped) return;
      const asked = performance.now();
      const answer = await IL.ask({ type: 'capture', url: location.href, capturedAt: new Date().toISOString(), html: snapshot.html });
      snapshot.agentMs = performance.now() - asked;
      if (this.stopped) return;
      if (!answer.ok) {
        this.showProblem(answer);
        return;
      }
      this.retryMs = RETRY_MIN_MS;
      clearTimeout(this.timers.retry);
      this.lastSentHtml = snapshot.html;
      this.report = answer.data;
      await this.render(snapshot);
    }

    async render(snapshot) {
      const report = this.report;
      const locating = performance.now();
      const located = await IL.rows.locate(report.invitations || [], this.region, this.cancelled);
      const locateMs = performance.now() - locating;
      if (this.stopped) return;
      // the summary goes in with the first badges, in one frame: each frame that grows the top of
      // the list makes the browser move the whole list once
      const drawn = await this.badges.render(located.placements, this.cancelled, () => {
        this.panel.showReport(report);
        this.panel.place(located.listTop, this.region);
      });
      if (this.stopped) return;
      // timings for the E2E overlay-budget report (and anyone curious in DevTools); t = performance.now()
      console.debug(`[invite-ledger] capture ${snapshot.html.length} chars in ${ms(snapshot.ms)} (${snapshot.slices} slices, join ${ms(snapshot.joinMs)});`
        + ` agent answered in ${ms(snapshot.agentMs)}; rows located in ${ms(locateMs)};`
        + ` ${drawn.count} badges in ${ms(drawn.ms)} (${drawn.slices} slices; ${drawn.moved} placed in ${drawn.frames} frames,`
        + ` at most ${drawn.largest} a frame, ${ms(drawn.placeMs)}); ${located.unplaced} not placed;`
        + ` capture started at t=${ms(snapshot.startedAt)}, badges done at t=${ms(performance.now())}`);
    }

    showProblem(answer) {
      this.panel.showState(answer.state, answer.state === 'error' ? answer.message : '');
      if (!this.panel.host.isConnected) this.panel.place(null, this.region); // no list placed yet
      if (answer.state === 'gone') return;
      // offline, not paired, ...: try again later (page changes also trigger a capture)
      this.force = true;
      clearTimeout(this.timers.retry);
      this.timers.retry = setTimeout(() => this.captureSoon(0), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    }

    async keep(inv, keep) {
      const answer = await IL.ask({ type: 'keep', key: inv.key, keep });
      if (answer.ok) this.captureSoon(0, { force: true }); // the plan changes: ask again
      return answer;
    }

    async withdrawn(inv) {
      await IL.ask({ type: 'withdrawal', key: inv.key, name: inv.name, withdrawnAt: new Date().toISOString() });
      this.captureSoon(0, { force: true });
    }
  };

  const ms = (v) => `${(v || 0).toFixed(1)} ms`;

  function onlyOurs(record) {
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.length > 0 && nodes.every((n) => IL.isOwnNode(n));
  }
})();
