// Sanitized capture of the list region, written straight from the live DOM into an HTML string
// (no clone: cloning 20,000+ nodes at once would be one long task). Dropped: scripts, styles,
// media, frames, form text, event-handler and source attributes, and our own overlay. Kept: only
// the structure, text and the attributes the agent's parser reads (links, ARIA, roles, test ids,
// component keys, classes, hidden/open, and display/visibility hints from style, which the
// parser uses to skip hidden duplicate rows).
(() => {
  const IL = globalThis.InviteLedger;

  const DROPPED = new Set(['script', 'style', 'link', 'img', 'svg', 'picture', 'video', 'audio', 'iframe', 'frame',
    'object', 'embed', 'noscript', 'canvas', 'template', 'source', 'track', 'meta', 'base', 'textarea', 'select', 'math']);
  const VOID = new Set(['area', 'br', 'col', 'hr', 'input', 'wbr']);
  const KEPT_ATTRIBUTES = new Set(['href', 'role', 'class', 'hidden', 'open', 'style', 'componentkey', 'datetime',
    'data-testid', 'data-view-name', 'data-component-type']);
  const KEPT_STYLE = new Set(['display', 'visibility', 'width', 'height', 'opacity', 'overflow', 'position', 'clip', 'clip-path']);

  const TEXT_SPECIAL = /[&<>]/;
  const ATTR_SPECIAL = /[&<>"]/;
  const escapeText = (s) => (TEXT_SPECIAL.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
  const escapeAttr = (s) => (ATTR_SPECIAL.test(s)
    ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s);

  function keptStyle(value) {
    return value.split(';')
      .map((d) => d.trim())
      .filter((d) => {
        const colon = d.indexOf(':');
        return colon > 0 && KEPT_STYLE.has(d.slice(0, colon).trim().toLowerCase()) && !/url\(/i.test(d);
      })
      .join('; ');
  }

  // getAttributeNames()/getAttribute() rather than el.attributes: iterating the attributes makes
  // one Attr wrapper per attribute (~60,000 on a 1,500-row page), garbage the page's heap must collect
  function openTag(el, out) {
    let tag = '<' + el.localName;
    for (const attrName of el.getAttributeNames()) {
      const name = attrName.toLowerCase();
      if (!(KEPT_ATTRIBUTES.has(name) || name.startsWith('aria-'))) continue;
      let value = el.getAttribute(attrName);
      if (name === 'href' && /^\s*(javascript|data|vbscript):/i.test(value)) continue;
      if (name === 'style') {
        value = keptStyle(value);
        if (!value) continue;
      }
      tag += value === '' ? ' ' + name : ' ' + name + '="' + escapeAttr(value) + '"';
    }
    out.push(tag + '>');
  }

  const skipped = (el) => DROPPED.has(el.localName) || el.localName.startsWith(IL.OWN_PREFIX);

  /**
   * Serializes root (itself included) in time slices.
   * @returns {Promise<{html: string, ms: number, slices: number} | null>} null when LinkedIn
   *          replaced the nodes under us mid-walk (the caller captures again later)
   */
  IL.serializeRegion = async (root, isCancelled) => {
    const started = performance.now();
    const out = [];
    // each slice joins its own pieces: one join of ~100,000 pieces at the end took 15 ms and, with the
    // message that follows, made the one long task of a 1,500-row capture
    const chunks = [];
    const slicer = IL.slicer(isCancelled);
    openTag(root, out);
    let node = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === 1) {
        if (!skipped(node)) {
          openTag(node, out);
          if (VOID.has(node.localName)) {
            // no children, no end tag
          } else if (node.firstChild) {
            descend = true;
          } else {
            out.push('</' + node.localName + '>');
          }
        }
      } else if (node.nodeType === 3) {
        out.push(escapeText(node.data));
      }
      if (descend) {
        node = node.firstChild;
      } else {
        while (node !== root && !node.nextSibling) {
          node = node.parentNode;
          if (!node) return null; // detached while we walked
          if (node !== root) out.push('</' + node.localName + '>');
        }
        node = node === root ? null : node.nextSibling;
      }
      if (slicer.due()) {
        chunks.push(out.join(''));
        out.length = 0;
        await slicer.pause();
        if (!root.isConnected || (node && !root.contains(node))) return null;
      }
    }
    out.push('</' + root.localName + '>');
    const joining = performance.now();
    chunks.push(out.join(''));
    const html = chunks.join('');
    const joinMs = performance.now() - joining;
    return { html, joinMs, startedAt: started, ms: performance.now() - started, slices: slicer.slices };
  };
})();
