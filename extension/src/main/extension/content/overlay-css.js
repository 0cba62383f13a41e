// Overlay styles, applied inside our shadow roots only (LinkedIn's CSS cannot reach in, ours
// cannot leak out). A constructed stylesheet shared by all badges: one parse for 1,500 rows, and
// no web-accessible .css file that LinkedIn could probe to detect the extension.
(() => {
  const IL = globalThis.InviteLedger;

  const CSS = `
:host { all: initial; display: block; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #1f2328; }
* { box-sizing: border-box; }
.level-ok { --level: #1a7f37; --level-bg: #dafbe1; --level-fg: #0f5323; }
.level-watch { --level: #9a6700; --level-bg: #fff8c5; --level-fg: #4d2d00; }
.level-near-cap { --level: #bc4c00; --level-bg: #fff1e5; --level-fg: #762c00; }
.level-at-cap { --level: #cf222e; --level-bg: #ffebe9; --level-fg: #82071e; }
.level-none { --level: #6e7781; --level-bg: #eaeef2; --level-fg: #24292f; }

/* summary panel */
:host(.il-panel) { margin: 12px 0; }
:host(.il-panel[data-placement="corner"]) { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; width: 380px; margin: 0; }
.panel { background: #ffffff; border: 1px solid #d0d7de; border-left: 6px solid var(--level); border-radius: 10px; padding: 12px 14px; box-shadow: 0 1px 3px rgba(31, 35, 40, .12); }
.panel header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; flex-wrap: wrap; }
.brand { font-weight: 700; color: #0a66c2; }
.tag { font-size: 11px; color: #424a53; border: 1px solid #d0d7de; border-radius: 999px; padding: 0 8px; }
.level-chip { font-size: 12px; font-weight: 600; border-radius: 999px; padding: 1px 10px; background: var(--level-bg); color: var(--level-fg); }
.metrics { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 8px 18px; }
.metric .label { display: block; font-size: 11px; color: #424a53; text-transform: uppercase; letter-spacing: .03em; }
.metric .value { display: block; font-size: 18px; font-weight: 700; color: #1f2328; }
.metric .sub { display: block; font-size: 12px; color: #424a53; }
.message { margin: 0; color: #1f2328; font-weight: 600; }
.message-detail { margin: 4px 0 0; color: #424a53; font-size: 12px; }
.notes { list-style: none; margin: 10px 0 0; padding: 0; display: grid; gap: 4px; }
.notes li { background: #fff8c5; color: #4d2d00; border-radius: 6px; padding: 4px 8px; font-size: 12px; }
.notes li.info { background: #ddf4ff; color: #0a3069; }

/* per-invitation badge */
:host(.il-badge) { margin: 4px 0 2px; contain: layout style; content-visibility: auto; contain-intrinsic-size: auto 22px; }
/* ^ containment: a badge's own changes (keep toggled, chips updated) are laid out inside it, not
   through LinkedIn's row and list; content-visibility: badges off screen skip their style and
   layout but stay in the DOM, the accessibility tree, find-in-page and the tab order */
.badge { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; font-size: 12px; min-height: 22px; }
/* ^ exactly the placeholder height above: a badge that scrolls into view (and is rendered) keeps
   the size it had while skipped, so nothing below it moves */
.mark { font-weight: 700; color: #0a66c2; margin-right: 2px; }
.chip { display: inline-block; white-space: nowrap; border-radius: 999px; padding: 0 8px; border: 1px solid transparent; }
.status-fresh { background: #dafbe1; color: #0f5323; }
.status-waiting { background: #ddf4ff; color: #0a3069; }
.status-stale { background: #fff8c5; color: #4d2d00; }
.status-overdue { background: #ffebe9; color: #82071e; }
.status-unknown, .status-other { background: #eaeef2; color: #24292f; }
.plan-today { background: #0a66c2; color: #ffffff; font-weight: 600; }
.plan-batch { background: #eaeef2; color: #24292f; }
.flag { background: #f6f8fa; color: #424a53; border-color: #d0d7de; }
.error { color: #82071e; }
button.keep { font: inherit; font-size: 12px; border: 1px solid #6e7781; background: #ffffff; color: #1f2328; border-radius: 999px; padding: 0 10px; cursor: pointer; min-height: 20px; }
button.keep[aria-pressed="true"] { background: #1f2328; border-color: #1f2328; color: #ffffff; }
button.keep:disabled { opacity: .6; cursor: progress; }
button.keep:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
`;

  let sheet = null;
  IL.overlaySheet = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
    }
    return sheet;
  };

  /** A host element of ours with an open shadow root styled by the shared sheet. */
  IL.createHost = (tag, className) => {
    const host = document.createElement(IL.OWN_PREFIX + tag);
    host.className = className;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [IL.overlaySheet()];
    // Our controls must not trigger LinkedIn's row handlers (a row may be one big link).
    for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup']) {
      host.addEventListener(type, (e) => e.stopPropagation());
    }
    return { host, shadow };
  };

  /** Builds an element; text goes in through textContent only (scraped names are hostile). */
  IL.el = (tag, className, text) => {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
})();
