// @ts-check
// The Chromium the tests and benchmarks drive: Debian's /usr/bin/chromium (or
// CHROMIUM_PATH), never a downloaded browser, with the flags this machine kind
// needs (no sandbox as root, no GPU, and no background connections, which a
// closed network refuses).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
