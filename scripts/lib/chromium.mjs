// Where a Chromium for the browser tests is: $CHROMIUM_PATH, Debian's /usr/bin/chromium, or Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no managed browser here; that is the normal case on Debian machines.
  }
  return candidates.find((path) => path && existsSync(path));
}

/** Flags measured on this kind of machine: without the networking ones Chromium keeps dialling closed hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
