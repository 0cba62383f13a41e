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
     * Builds or updates badges off-page in slices (no style or layout work while detached), then
     * puts them into the rows in one synchronous pass: the browser restyles and lays out the long
     * list once, instead of once per slice. Unchanged badges in place cost nothing.
     */
    async render(placements, isCancelled) {
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
      const built = performance.now();
      for (const { inv, row, after } of placements) place(this.byKey.get(inv.key).host, row, after);
      for (const [key, badge] of this.byKey) {
        if (!live.has(key)) {
          badge.host.remove();
          this.byKey.delete(key);
        }
      }
      return { count: placements.length, ms: performance.now() - started, placeMs: performance.now() - built, slices };
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

  function place(host, row, after) {
    if (after && row.contains(after)) {
      if (after.nextSibling !== host) after.after(host);
    } else if (host.parentNode !== row) {
      row.append(host);
    }
  }

  function signatureOf(inv) {
    const age = inv.ageDays ? `${inv.ageDays.min}-${inv.ageDays.max}` : '';
    const plan = inv.plan ? `${inv.plan.rank}/${inv.plan.batch}/${inv.plan.today}` : '';
    return [inv.name, inv.status, age, plan, inv.hasNote, inv.resendCount, inv.keep].join('|');
  }
})();
