// Shared namespace of Invite Ledger's content scripts. Content scripts run in the extension's
// isolated world, so LinkedIn's page scripts can neither see nor change anything put here.
globalThis.InviteLedger = globalThis.InviteLedger || {};
