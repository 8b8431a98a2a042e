// `npm run bench [-- --quick] [-- --sizes=real,1000] [-- --runs=2] [-- --no-peers] [-- --no-profile | --profile=1000]`
// Builds the app once per dataset size, serves each build and the peer pages on 127.0.0.1, measures them in headless
// Chromium and prints one table of medians and the targets judged on them (progress goes to stderr). Full mode also
// rewrites the last run's block in docs/benchmarks.md.
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../lib/chromium.mjs';
import type { Dataset } from '../../src/data/schema';
import { buildApp, bundleSizes, gzipBytes, ROOT } from './build';
import { generateDataset } from './generate';
import {
  benchArgs,
  contentWithoutScript,
  external,
  LoadTimeout,
  measureLoad,
  type Target,
  type TargetName,
} from './measure';
import { peerBytes, tljsJson, visItems, writePeerPages } from './peers';
import { summarise } from './profile';
import {
  machineInfo,
  machineLine,
  markdownReport,
  printTable,
  printTargets,
  TARGET_LABELS,
  updateDocs,
  type Results,
  type SizeResult,
} from './report';
import { serveStatic, type StaticServer } from './serve';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const quick = flag('quick');

const ALL_SIZES = ['real', '100', '1000', '10000', '50000'];
// Five loads a size: several targets sit near their limits, and a median of three moved between runs of the same code.
const RUNS: Record<string, number> = { real: 5, '100': 5, '1000': 5, '10000': 5, '50000': 2 };
const sizes = quick ? ['100'] : (option('sizes')?.split(',') ?? ALL_SIZES);
const targets: TargetName[] = flag('no-peers') ? ['ours'] : quick ? ['ours', 'vis'] : ['ours', 'vis', 'tljs'];
const runsFor = (size: string) => (quick ? 1 : Number(option('runs') ?? RUNS[size] ?? 3));
const timeoutMs = Number(option('timeout') ?? (quick ? 30 : 60)) * 1000;
const budgetMs = Number(option('budget') ?? (quick ? 3 : 18)) * 60_000;
const profileSizes = quick || flag('no-profile') ? [] : (option('profile')?.split(',') ?? ['10000', '50000']);
const SLOW_RUN_MS = 60_000;
// Only a complete run replaces the numbers in docs/benchmarks.md.
const complete = !quick && !option('sizes') && !option('runs') && !flag('no-peers');

// Quick mode keeps to its own folder, so `npm test` never rebuilds what a full run is serving.
const OUT = join(ROOT, 'bench-results', ...(quick ? ['quick'] : []));
const LOCK = join(OUT, '.lock');
const started = Date.now();
const elapsed = () => Date.now() - started;
const log = (message: string) => process.stderr.write(`[bench ${Math.round(elapsed() / 1000)}s] ${message}\n`);

const servers: StaticServer[] = [];
let browser: Browser | null = null;
/** One run at a time per folder: two at once would rebuild each other's builds and share the CPU. */
function lock() {
  mkdirSync(OUT, { recursive: true });
  if (existsSync(LOCK)) {
    const pid = Number(readFileSync(LOCK, 'utf8'));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {
      // No such process: a stale lock from a run that was killed.
    }
    if (alive) throw new Error(`another bench (pid ${pid}) is running in ${OUT}; wait for it or end it`);
  }
  writeFileSync(LOCK, String(process.pid));
}
let locked = false;

async function cleanUp() {
  if (locked) {
    rmSync(LOCK, { force: true });
    locked = false;
  }
  await browser?.close().catch(() => undefined);
  browser = null;
  await Promise.all(servers.splice(0).map((s) => s.close()));
}
let aborted = false;
const abort = (code: number) => {
  aborted = true;
  void cleanUp().then(() => process.exit(code));
};
process.once('SIGINT', () => abort(130));
process.once('SIGTERM', () => abort(143));

function datasetFor(size: string): { path: string; dataset: Dataset } {
  if (size === 'real') {
    const path = join(ROOT, 'data/dataset.json');
    return { path, dataset: JSON.parse(readFileSync(path, 'utf8')) as Dataset };
  }
  const dataset = generateDataset({ events: Number(size) });
  const path = join(OUT, 'data', `dataset-${size}.json`);
  writeFileSync(path, JSON.stringify(dataset));
  return { path, dataset };
}

// Our first content, the one place that names it: the page's heading and the chronology list's first entry, both
// painted. Selectors a reader's view rests on (a heading, a labelled list), not the app's internals.
const OUR_LIST_ENTRY = 'ol[aria-labelledby=chronology-heading] > li';
const OUR_CONTENT = ['h1', OUR_LIST_ENTRY];

function targetsFor(size: string, app: string, peers: string): Target[] {
  const all: Record<TargetName, Target> = {
    ours: {
      name: 'ours',
      label: TARGET_LABELS.ours,
      url: `${app}/`,
      marks: {
        content: { selector: OUR_LIST_ENTRY, shown: OUR_CONTENT },
        items: { selector: '.vis-timeline .vis-item', shown: ['.vis-timeline'] },
      },
      contentMark: 'content',
      itemsMark: 'items',
      failSelector: '[role=alert]',
      // By text, not by role: getByRole computes the accessible name of every button on the page first, which can
      // take minutes with a long list in the page and would be charged to the app as "did not settle".
      zoomIn: (page) => page.locator('button', { hasText: /^\s*Zoom in\s*$/ }).first(),
      zoomRoot: '.vis-timeline',
      interactive: true,
    },
    vis: {
      name: 'vis',
      label: TARGET_LABELS.vis,
      url: `${peers}/vis/?data=data-${size}.json`,
      // A peer's first content is its first event painted: it has no heading or list to show before it.
      marks: { items: { selector: '.vis-timeline .vis-item', shown: ['.vis-timeline'] } },
      contentMark: 'items',
      itemsMark: 'items',
      zoomIn: (page) => page.getByRole('button', { name: 'Zoom in', exact: true }).first(),
      zoomRoot: '.vis-timeline',
      interactive: false,
    },
    tljs: {
      name: 'tljs',
      label: TARGET_LABELS.tljs,
      url: `${peers}/tljs/?data=data-${size}.json`,
      marks: { items: { selector: '.tl-timenav .tl-timemarker', shown: ['.tl-timenav'] } },
      contentMark: 'items',
      itemsMark: 'items',
      zoomIn: (page) =>
        page
          .getByRole('button', { name: /zoom in/i })
          .or(page.locator('.tl-menubar-button:has(.tl-icon-zoom-in)'))
          .first(),
      zoomRoot: '.tl-timenav',
      interactive: false,
    },
  };
  return targets.map((t) => all[t]);
}

async function main() {
  lock();
  locked = true;
  mkdirSync(join(OUT, 'data'), { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const peerDir = join(OUT, 'peers');
  writePeerPages(peerDir);

  const results: Results = {
    mode: quick ? 'quick' : complete ? 'full' : 'partial',
    options: args.join(' '),
    machine: machineInfo('?'),
    sizes: [],
    peerBytes: peerBytes(peerDir),
    totalSeconds: 0,
  };
  const builds = new Map<string, string>();
  for (const size of sizes) {
    const { path, dataset } = datasetFor(size);
    const outDir = join(OUT, `build-${size}`);
    log(`building the app with ${size === 'real' ? 'the real dataset' : `${size} synthetic events`} → ${outDir}`);
    await buildApp(path, outDir);
    builds.set(size, outDir);
    const bundle = bundleSizes(outDir);
    const sizeResult: SizeResult = { size, events: dataset.events.length, runs: runsFor(size), outcomes: {}, bundle };
    for (const [name, data] of [
      ['vis', visItems(dataset)],
      ['tljs', tljsJson(dataset)],
    ] as const) {
      const file = join(peerDir, name, `data-${size}.json`);
      writeFileSync(file, JSON.stringify(data));
      if (targets.includes(name))
        sizeResult.outcomes[name] = { samples: [], dataKB: Math.round(gzipBytes(file) / 100) / 10 };
    }
    sizeResult.outcomes.ours = {
      samples: [],
      dataKB: bundle.data ? Math.round(bundle.data.gzip / 100) / 10 : undefined,
    };
    results.sizes.push(sizeResult);
  }

  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('no Chromium found: install one (Debian: apt-get install chromium) or set CHROMIUM_PATH');
  browser = await chromium.launch({ executablePath, args: benchArgs(chromiumArgs), headless: true });
  results.machine = { ...machineInfo(browser.version()), loadAverage: results.machine.loadAverage };
  const peerServer = await serveStatic(peerDir);
  servers.push(peerServer);

  // Run 1 at every size first, then run 2 everywhere, and so on: if the time budget runs out, every size still has
  // its first run. A target that does not load at one size is not tried at larger ones.
  const appUrls = new Map<string, string>();
  for (const { size } of results.sizes) {
    const server = await serveStatic(builds.get(size) as string);
    servers.push(server);
    appUrls.set(size, server.url);
  }
  // JavaScript before first content: none if our served HTML already shows it, checked once per build with
  // JavaScript off; otherwise the entry chunk and its static imports (the bundle's first-paint JS).
  for (const sizeResult of results.sizes) {
    try {
      sizeResult.scriptless = await contentWithoutScript(browser, `${appUrls.get(sizeResult.size)}/`, OUR_CONTENT);
      log(`${sizeResult.size}: first content with JavaScript off: ${sizeResult.scriptless ? 'shown' : 'not shown'}`);
    } catch (error) {
      sizeResult.scriptlessError = (error as Error).message.split('\n')[0];
      log(`${sizeResult.size}: the check with JavaScript off failed: ${sizeResult.scriptlessError}`);
    }
  }

  const gaveUpAt = new Map<TargetName, number>();
  const slow = new Set<string>();
  const maxRuns = Math.max(...results.sizes.map((s) => s.runs));
  for (let run = 0; run < maxRuns; run++) {
    for (const [index, sizeResult] of results.sizes.entries()) {
      const { size } = sizeResult;
      if (run >= sizeResult.runs) continue;
      for (const target of targetsFor(size, appUrls.get(size) as string, peerServer.url)) {
        const outcome = sizeResult.outcomes[target.name];
        if (aborted || !outcome || outcome.failure || slow.has(`${size} ${target.name}`)) continue;
        if ((gaveUpAt.get(target.name) ?? Infinity) < index) {
          outcome.failure = 'not run: did not load at a smaller size';
          outcome.skipped = true;
          continue;
        }
        if (elapsed() > budgetMs) {
          if (outcome.samples.length === 0) {
            outcome.failure = 'skipped: time budget';
            outcome.skipped = true;
          }
          continue;
        }
        const began = Date.now();
        try {
          const sample = await measureLoad(browser, target, timeoutMs);
          outcome.samples.push(sample);
          log(`${size} ${target.label} run ${run + 1}: ${JSON.stringify(sample)}`);
        } catch (error) {
          const message =
            error instanceof LoadTimeout ? error.message : `failed: ${(error as Error).message.split('\n')[0]}`;
          log(`${size} ${target.label} run ${run + 1}: ${message}`);
          if (outcome.samples.length === 0) {
            outcome.failure = message;
            if (error instanceof LoadTimeout) {
              outcome.partial = error.partial;
              gaveUpAt.set(target.name, Math.min(index, gaveUpAt.get(target.name) ?? Infinity));
            }
          }
        }
        // One load and its interactions took minutes: more runs would eat the budget the other sizes need.
        if (Date.now() - began > SLOW_RUN_MS) slow.add(`${size} ${target.name}`);
      }
    }
  }
  // Profiles last: they only explain the numbers, so they get what is left of the budget.
  {
    for (const sizeResult of results.sizes) {
      const { size } = sizeResult;
      if (!profileSizes.includes(size) || elapsed() > budgetMs || !sizeResult.outcomes.ours) continue;
      const [ours] = targetsFor(size, appUrls.get(size) as string, peerServer.url);
      try {
        log(`${size}: one profiled load of ours (not in the medians)`);
        const sample = await measureLoad(browser, ours as Target, timeoutMs, { profile: true });
        sizeResult.profile = summarise(sample.profile ?? [], builds.get(size) as string);
        sizeResult.profileCut = sample.profileCut ?? false;
      } catch (error) {
        log(`${size}: the profiled load failed: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  await cleanUp();
  if (aborted) return;

  results.totalSeconds = elapsed() / 1000;
  results.machine.loadAverage.end = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(OUT, 'results.md'), markdownReport(results));
  printTable(results);
  console.log(machineLine(results));
  printTargets(results);
  if (complete) await updateDocs(join(ROOT, 'docs/benchmarks.md'), results);
  if (external.size) log(`pages tried to reach other hosts (refused by the browser): ${[...external].join(', ')}`);
  log(`results in ${join(OUT, 'results.json')}`);

  // Quick mode guards the harness: our app and the plain peer must load, first content and layout shift must be
  // measured, the check with JavaScript off must run, and the zoom step must settle.
  if (quick) {
    const problems = results.sizes.flatMap((s) => [
      ...(s.scriptless === undefined ? [`the check with JavaScript off: ${s.scriptlessError ?? 'not run'}`] : []),
      ...targets.flatMap((t) => {
        const outcome = s.outcomes[t];
        if (!outcome || outcome.samples.length === 0)
          return [`${TARGET_LABELS[t]}: ${outcome?.failure ?? 'no sample'}`];
        return [
          ...(outcome.samples.some((x) => typeof x.content !== 'number')
            ? [`${TARGET_LABELS[t]}: no first content`]
            : []),
          ...(outcome.samples.some((x) => typeof x.cls !== 'number')
            ? [`${TARGET_LABELS[t]}: no layout shift score`]
            : []),
          ...(outcome.samples.some((x) => typeof x.zoom !== 'number')
            ? [`${TARGET_LABELS[t]}: zoom step did not settle`]
            : []),
        ];
      }),
    ]);
    if (problems.length) throw new Error(`quick bench failed: ${problems.join('; ')}`);
  }
}

main()
  .catch(async (error: unknown) => {
    await cleanUp();
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => void cleanUp());
