// Logs withdrawals the USER makes, by watching, never by acting: a passive capture-phase listener
// sees the user's own (trusted) clicks. Sequence on LinkedIn: the user presses a row's withdraw
// control, a dialog opens, the user confirms with the dialog's button (same aria-label as the
// row's control, or same visible text), LinkedIn shows a toast [role=alert] naming the person.
// Only then is the withdrawal recorded. Comparing the dialog button with the row control keeps
// this free of localized wording.
(() => {
  const IL = globalThis.InviteLedger;
  const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"]';
  const CONTROL = 'button, a, [role="button"]';
  const ROW_CONTROL_TTL_MS = 5 * 60 * 1000;
  const TOAST_WAIT_MS = 10000;

  const normalize = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();

  /**
   * @param {() => object|null} currentReport  the last overlay answer (to resolve the key)
   * @param {(inv: object) => void} onConfirmed  called once LinkedIn's toast confirms
   * @returns {() => void} uninstall
   */
  IL.observeWithdrawals = (currentReport, onConfirmed) => {
    let armed = null; // { inv, label, text, at }: the row control the user pressed last
    let toastWatch = null;

    function invitationForRow(control) {
      const report = currentReport();
      const row = IL.rows.rowOf(control);
      if (!report || !row) return null;
      const invitations = report.invitations || [];
      const slugs = new Set([...row.querySelectorAll('a[href*="/in/"]')].map((a) => IL.rows.slugOf(a.getAttribute('href'))));
      const byLink = invitations.find((inv) => {
        const slug = IL.rows.slugOfKey(inv.key);
        return slug !== null && slugs.has(slug);
      });
      if (byLink) return byLink;
      const label = control.getAttribute('aria-label') || '';
      // e-mail invitees have no link; the longest name inside the label wins ("Ann" vs "Ann Lee")
      return invitations.filter((inv) => inv.name && label.includes(inv.name))
        .sort((a, b) => b.name.length - a.name.length)[0] || null;
    }

    function onClick(event) {
      if (!event.isTrusted) return; // only the user's own clicks
      const path = event.composedPath();
      if (path.some((n) => n instanceof Element && IL.isOwnNode(n))) return; // our own badge
      const target = path.find((n) => n instanceof Element);
      if (!target) return;
      const control = target.closest(CONTROL);
      if (!control) return;
      const label = control.getAttribute('aria-label') || '';
      const visibleText = normalize(control.textContent || '');
      if (!control.closest(DIALOG)) {
        const inv = invitationForRow(control);
        armed = inv && (label || visibleText) ? { inv, label, text: visibleText, at: Date.now() } : null;
        return;
      }
      if (!armed || Date.now() - armed.at > ROW_CONTROL_TTL_MS) return;
      // same aria-label as the row's control (generation D), or same visible text (generation C)
      const confirms = (label !== '' && label === armed.label) || (visibleText !== '' && visibleText === armed.text);
      if (!confirms) return;
      const inv = armed.inv;
      armed = null;
      waitForToast(inv);
    }

    function waitForToast(inv) {
      toastWatch?.stop();
      const name = normalize(inv.name || '');
      const check = () => {
        for (const alert of document.querySelectorAll('[role="alert"]')) {
          if (name && normalize(alert.textContent || '').includes(name)) {
            toastWatch.stop();
            onConfirmed(inv);
            return;
          }
        }
      };
      const observer = new MutationObserver(check);
      const timer = setTimeout(() => toastWatch && toastWatch.stop(), TOAST_WAIT_MS);
      toastWatch = {
        stop() {
          observer.disconnect();
          clearTimeout(timer);
          toastWatch = null;
        },
      };
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      check();
    }

    document.addEventListener('click', onClick, { capture: true, passive: true });
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
      toastWatch?.stop();
    };
  };
})();
