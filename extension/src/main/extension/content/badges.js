// One badge per invitation, an extra line inside its row (after the name), never over LinkedIn's
// buttons: status with age range, today's rank or batch, "no note", "re-sent ×N", and a keep
// toggle that is our own <button> (it calls the agent via the service worker, never LinkedIn).
(() => {
  const IL = globalThis.InviteLedger;
  const { el, text } = IL;

  IL.Badges = class Badges {
    /** @param {(inv: object, keep: boolean) => Promise<{ok: boolean, message?: string}>} onKeep */
    constructor(onKeep) {
      this.onKeep = onKeep;
      this.byKey = new Map(); // key -> { host, shadow, signature, inv }
    }

    /**
     * Builds or updates badges in time slices (new ones off-page: no style or layout work while
     * detached), then puts the new ones into the rows a batch per animation frame, rows on screen
     * first. One pass for all 1,500 rows would be a single frame of 170-250 ms of style and layout
     * (the whole list relaid out): a freeze the user feels, though no script task is long.
     * Badges already in place cost nothing.
     * @param {() => void} atFirstFrame  other writes (the panel) that belong in the first frame
     */
    async render(placements, isCancelled, atFirstFrame = () => {}) {
      const started = performance.now();
      const live = new Set();
      const slices = await IL.eachSliced(placements, ({ inv }) => {
        live.add(inv.key);
        let badge = this.byKey.get(inv.key);
        if (!badge) {
          badge = this.create();
          this.byKey.set(inv.key, badge);
        }
        const signature = signatureOf(inv);
        if (badge.signature !== signature) {
          this.fill(badge, inv);
          badge.signature = signature;
        }
        badge.inv = inv;
      }, isCancelled);
      if (isCancelled()) return { count: 0, ms: 0, slices };
      for (const [key, badge] of this.byKey) {
        if (!live.has(key)) {
          badge.host.remove();
          this.byKey.delete(key);
        }
      }
      const built = performance.now();
      const { moves, onScreen } = viewportFirst(placements.filter(({ inv, row, after }) => !inPlace(this.byKey.get(inv.key).host, row, after)));
      const placed = await IL.inFrames(moves, ({ inv, row, after }) => place(this.byKey.get(inv.key).host, row, after), isCancelled,
        { first: onScreen, atFirstFrame });
      return { count: placements.length, moved: moves.length, ms: performance.now() - started, placeMs: performance.now() - built, slices, ...placed };
    }

    create() {
      const { host, shadow } = IL.createHost('badge', 'il-badge');
      const box = el('div', 'badge');
      box.setAttribute('role', 'group');
      shadow.append(box);
      const badge = { host, box, signature: null, inv: null };
      box.addEventListener('click', (e) => {
        if (e.target instanceof HTMLButtonElement && e.target.classList.contains('keep')) this.toggleKeep(badge, e.target);
      });
      return badge;
    }

    fill(badge, inv) {
      const name = inv.name || 'this invitation';
      badge.box.setAttribute('aria-label', `Invite Ledger: ${name}`);
      const parts = [el('span', 'mark', 'IL'), el('span', `chip ${text.statusClass(inv.status)}`, text.statusLine(inv))];
      parts[0].setAttribute('aria-hidden', 'true');
      parts[1].dataset.part = 'status';
      const planLine = inv.keep ? null : text.planLine(inv.plan);
      if (planLine) parts.push(part(inv.plan.today ? 'chip plan-today' : 'chip plan-batch', planLine, 'plan'));
      if (inv.hasNote === false) parts.push(part('chip flag', 'no note', 'no-note'));
      if (inv.resendCount > 0) parts.push(part('chip flag', `re-sent ×${inv.resendCount}`, 'resent'));
      const keep = el('button', 'keep', inv.keep ? 'Kept' : 'Keep');
      keep.type = 'button';
      keep.setAttribute('aria-pressed', String(Boolean(inv.keep)));
      keep.setAttribute('aria-label', `Keep the invitation to ${name} out of the withdrawal plan`);
      keep.dataset.part = 'keep';
      parts.push(keep);
      badge.box.replaceChildren(...parts);
    }

    async toggleKeep(badge, button) {
      const inv = badge.inv;
      const want = !inv.keep;
      button.disabled = true;
      const answer = await this.onKeep(inv, want);
      button.disabled = false;
      if (answer.ok) {
        const updated = { ...inv, keep: want };
        badge.inv = updated;
        badge.signature = signatureOf(updated);
        this.fill(badge, updated);
      } else {
        const error = part('chip error', answer.message || 'Could not reach the agent.', 'error');
        error.setAttribute('role', 'alert');
        badge.box.append(error);
      }
    }

    remove() {
      for (const badge of this.byKey.values()) badge.host.remove();
      this.byKey.clear();
    }
  };

  function part(cls, value, name) {
    const e = el('span', cls, value);
    e.dataset.part = name;
    return e;
  }

  function inPlace(host, row, after) {
    return after && row.contains(after) ? after.nextSibling === host : host.parentNode === row;
  }

  function place(host, row, after) {
    if (!row.isConnected || inPlace(host, row, after)) return; // LinkedIn removed the row meanwhile
    if (after && row.contains(after)) after.after(host);
    else row.append(host);
  }

  /**
   * Rows from the first one on screen to the end, then the rows above it, nearest first; and how
   * many of them are on screen (the first frame's batch: the badges the user is looking at come
   * at once). Placements follow the page's order (the agent reports rows as the page lists them),
   * so a binary search finds the first row in ~11 layout reads, all before we write (on a layout
   * that is clean, or that the next frame would compute anyway).
   */
  function viewportFirst(placements) {
    const top = firstIndex(placements, (p) => p.row.getBoundingClientRect().bottom > 0, 0);
    const below = firstIndex(placements, (p) => p.row.getBoundingClientRect().top >= innerHeight, top);
    const moves = top === 0 ? placements : placements.slice(top).concat(placements.slice(0, top).reverse());
    return { moves, onScreen: Math.min(below - top, IL.FRAME_BATCH) };
  }

  /** The first index from `from` on where test holds, test being false-then-true over the array. */
  function firstIndex(array, test, from) {
    let lo = from;
    let hi = array.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(array[mid])) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  function signatureOf(inv) {
    const age = inv.ageDays ? `${inv.ageDays.min}-${inv.ageDays.max}` : '';
    const plan = inv.plan ? `${inv.plan.rank}/${inv.plan.batch}/${inv.plan.today}` : '';
    return [inv.name, inv.status, age, plan, inv.hasNote, inv.resendCount, inv.keep].join('|');
  }
})();
