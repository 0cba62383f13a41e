// The part of the agent's CaptureReport the overlay draws. The full report of a 1,500-row page is
// about 1 MB (headlines, sent texts, flags, the hints' reasons); the content script receives it in
// one message, and decoding that on LinkedIn's main thread is one long task. The overlay needs
// a fraction of it: the worker, off the page's thread, keeps just that.

const INVITATION_FIELDS = ['key', 'profileUrl', 'name', 'status', 'ageDays', 'hasNote', 'resendCount', 'keep', 'plan'];

export function overlayView(report) {
  if (!report || typeof report !== 'object') return report;
  const invitations = Array.isArray(report.invitations) ? report.invitations.map(pick) : [];
  return {
    capturedAt: report.capturedAt,
    account: report.account,
    coverage: report.coverage,
    headroom: report.headroom,
    today: report.today,
    warnings: report.warnings,
    invitations,
  };
}

function pick(inv) {
  const out = {};
  for (const field of INVITATION_FIELDS) if (inv && field in inv) out[field] = inv[field];
  return out;
}
