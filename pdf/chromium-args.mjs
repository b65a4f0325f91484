// The headless Chromium flags shared by the report PDFs (print-pdf.mjs) and
// the browser checks (tests/e2e/lib/browser-checks.mjs): no sandbox in a
// container, no GPU, and no background traffic (updates, sync, prefetch,
// QUIC). Each adds its own host-resolver rule, so nothing leaves the machine.
export const HEADLESS_OFFLINE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--dns-prefetch-disable',
];
