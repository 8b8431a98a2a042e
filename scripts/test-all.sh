#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest. CI runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }

step "lint";            npx eslint . --max-warnings 0
step "format";          npx prettier --check . --log-level warn
step "typecheck";       npx tsc -p tsconfig.json
step "data check";      npx tsx scripts/data-check.ts
step "unit and component tests"; npx vitest run
step "production build"; npx vite build --logLevel warn
step "browser";         node scripts/find-chromium.mjs
step "browser tests";   npx playwright test
# The benchmark's quick mode (100 events, ours and plain vis-timeline): it reports, it does not enforce, targets;
# it is here so the harness cannot rot.
step "benchmark harness (quick)"; npx tsx scripts/bench/run.ts --quick
