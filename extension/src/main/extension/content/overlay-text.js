// Wording of the overlay: turns the agent's values into short labels. No rules live here, only
// presentation (the agent decides statuses, ages, plans and levels).
(() => {
  const IL = globalThis.InviteLedger;
  const LEVELS = { ok: 'OK', watch: 'watch', 'near-cap': 'near cap', 'at-cap': 'at cap' };
  const STATUSES = new Set(['fresh', 'waiting', 'stale', 'overdue', 'unknown']);

  const range = (r, unit = '') => {
    if (!r || r.min === null || r.min === undefined) return '?';
    return r.min === r.max || r.max === null || r.max === undefined ? `${r.min}${unit}` : `${r.min}–${r.max}${unit}`;
  };

  IL.text = {
    range,
    levelClass: (level) => (Object.hasOwn(LEVELS, level) ? `level-${level}` : 'level-none'),
    levelLabel: (level) => (Object.hasOwn(LEVELS, level) ? LEVELS[level] : 'no data'),
    statusClass: (status) => (STATUSES.has(status) ? `status-${status}` : 'status-other'),
    statusLine: (inv) => {
      const status = inv.status || 'pending';
      return inv.ageDays ? `${status} · ${range(inv.ageDays, ' d')}` : `${status} · age ?`;
    },
    planLine: (plan) => {
      if (!plan) return null;
      if (plan.today) return `withdraw today #${plan.rank}`;
      return plan.batch !== null && plan.batch !== undefined ? `batch ${plan.batch}` : null;
    },
    percent: (share) => (typeof share === 'number' ? `${Math.round(share * 100)} %` : ''),
    warning: (w) => {
      if (typeof w === 'string') return w;
      if (w && typeof w === 'object') return w.message || w.text || w.code || JSON.stringify(w);
      return String(w);
    },
  };
})();
