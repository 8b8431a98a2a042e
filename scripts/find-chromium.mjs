// Makes sure the browser tests have a Chromium. Never skips: a missing browser is a failure with one line of advice.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/chromium.mjs';

let path = findChromium();
if (!path && existsSync('/etc/debian_version') && process.getuid?.() === 0) {
  console.log(
    'No Chromium found: installing Debian\'s "chromium" package (apt-get update && apt-get install -y chromium)…',
  );
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  path = findChromium();
}
if (!path) {
  console.error(
    'No Chromium for the browser tests: install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
