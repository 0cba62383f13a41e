// Finds the row of each invitation the agent reported, to put its badge there. Two anchors
// only (see docs/extension.md): the profile link a[href*="/in/<slug>"], or, for people invited by
// e-mail, a control whose aria-label contains the name. Reads only: the DOM is written later,
// in one pass, so the browser lays out once.
(() => {
  const IL = globalThis.InviteLedger;
  const ROW = '[role="listitem"], li';
  const OVERLAYS = 'dialog, [role="dialog"], [role="alertdialog"]';
  const SLUG = /\/in\/([^/?#]+)/i;

  IL.rows = {};

  IL.rows.slugOf = (url) => {
    const m = typeof url === 'string' && SLUG.exec(url);
    if (!m) return null;
    try {
      return decodeURIComponent(m[1]).toLowerCase();
    } catch {
      return m[1].toLowerCase();
    }
  };

  /** The profile slug an invitation's key names ("in:<slug>", decoded and lower-cased by the agent), or null. */
  IL.rows.slugOfKey = (key) => (typeof key === 'string' && key.startsWith('in:') ? key.slice(3) : null);

  IL.rows.rowOf = (el) => el.closest(ROW);

  const visible = (el) => !el.closest('[hidden]') && (typeof el.checkVisibility !== 'function' || el.checkVisibility());

  /** slug -> profile links that carry text (the name link, not the picture link), outside dialogs. */
  async function linkIndex(region, isCancelled) {
    const index = new Map();
    await IL.eachSliced([...region.querySelectorAll('a[href*="/in/"]')], (a) => {
      const slug = IL.rows.slugOf(a.getAttribute('href'));
      if (!slug || a.closest(OVERLAYS)) return;
      let list = index.get(slug);
      if (!list) index.set(slug, (list = []));
      list.push(a);
    }, isCancelled);
    return index;
  }

  function pickLink(links) {
    const named = links.filter((a) => a.textContent.trim() !== '');
    const pool = named.length ? named : links;
    // hidden duplicate rows exist on some builds: only then is it worth asking for visibility
    return pool.length === 1 ? pool[0] : pool.find(visible) || pool[0];
  }

  /** Deepest element in row whose own text is exactly the name: the badge goes after its line. */
  function nameLine(row, name) {
    let found = null;
    for (const e of row.querySelectorAll('p, span, strong, div, h3, h4')) {
      if (e.textContent.trim() === name) found = e;
    }
    return found ? found.closest('p') || found : null;
  }

  /**
   * @returns {Promise<{placements: Array<{inv, row, after}>, listTop: Element|null, unplaced: number}>}
   */
  IL.rows.locate = async (invitations, region, isCancelled) => {
    const links = await linkIndex(region, isCancelled);
    let labelled = null; // built only if someone has no profile link
    const used = new Set();
    const placements = [];
    await IL.eachSliced(invitations, (inv) => {
      const slug = IL.rows.slugOfKey(inv.key);
      if (slug && links.has(slug)) {
        const a = pickLink(links.get(slug));
        const row = IL.rows.rowOf(a) || a.parentElement;
        if (row && !used.has(row)) {
          used.add(row);
          placements.push({ inv, row, after: a });
        }
        return;
      }
      if (!inv.name) return;
      labelled ??= [...region.querySelectorAll('[aria-label]')].filter((e) => !e.closest(OVERLAYS));
      const control = labelled.find((e) => e.getAttribute('aria-label').includes(inv.name) && !used.has(IL.rows.rowOf(e)));
      const row = control && IL.rows.rowOf(control);
      if (!row) return;
      used.add(row);
      placements.push({ inv, row, after: nameLine(row, inv.name) });
    }, isCancelled);
    return { placements, listTop: listTopOf(placements, region), unplaced: invitations.length - placements.length };
  };

  /** The element the panel goes before: the container of the first placed row. */
  function listTopOf(placements, region) {
    if (placements.length === 0) return null;
    const first = placements.map((p) => p.row).reduce((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a));
    const container = first.parentElement;
    return !container || container === region ? first : container;
  }
})();
