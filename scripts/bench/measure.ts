// One measured page load in headless Chromium: time to the marks (first content, timeline items), when the load
// settled and its layout shift, heap after load, then a zoom step, a search keystroke and an actor-filter change,
// each until the screen settles. Every load gets a fresh browser context (cold cache). The browser is launched with
// benchArgs, which resolve no host but 127.0.0.1; intercepting requests instead (Playwright's route) would slow
// every request and so every figure.
import type { Browser, CDPSession, Locator, Page } from '@playwright/test';
import { initScript, machineCheckScript, type LoadReport, type Marks, type SettleResult, type Shift } from './in-page';
import { layoutShiftScore } from './layout-shift';
import { selfTimes, type CpuProfile, type Frame } from './profile';

export type TargetName = 'ours' | 'vis' | 'tljs';

export interface Target {
  name: TargetName;
  label: string;
  url: string;
  marks: Marks;
  /** The mark that means "the reader sees the record": for ours the heading and the list's first entries, for a
   *  peer its first event. */
  contentMark: string;
  /** The mark that means "the timeline shows its first items". */
  itemsMark: string;
  /** A selector that means the page gave up (an error message). */
  failSelector?: string;
  zoomIn: (page: Page) => Locator;
  /** Where the zoom step's redraw happens: its mutations are the ones that count. */
  zoomRoot: string;
  /** Search and actor filter exist only in our app. */
  interactive: boolean;
}

/** A time in ms; 'n/a' when the control does not exist; 'timeout' when it did not settle within ACTION_TIMEOUT_MS;
 *  'failed' when the action could not be done; 'skipped' after an earlier step timed out or failed; null when the
 *  action changed nothing on screen. */
export type Measured = number | 'n/a' | 'timeout' | 'failed' | 'skipped' | null;

export interface Sample {
  content?: number;
  items?: number;
  /** When the load settled: the last mutation or long task before a quiet half second ('timeout': not in 60 s). */
  idle?: number | 'timeout';
  /** Layout shift until the load settled, scored in session windows (layout-shift.ts). */
  cls?: number;
  heapMB?: number;
  zoom?: Measured;
  search?: Measured;
  filter?: Measured;
  /** Phases, ms since navigation: dataset response end, lazy chunk response end; long tasks during the load. */
  dataAt?: number;
  chunkAt?: number;
  longTaskMs?: number;
  /** Self time per call frame, when profiling; profileCut when the load did not finish within the time limit. */
  profile?: Frame[];
  profileCut?: boolean;
  /** Why an interaction failed, when one did. */
  error?: string;
  /** The machine check's time just before this load (ms; see `machineCheck` in in-page.ts). */
  machineMs?: number;
}

/** The load did not finish in time; `partial` holds what did happen (first content, dataset received…). */
export class LoadTimeout extends Error {
  constructor(
    message: string,
    readonly partial: Sample,
  ) {
    super(message);
  }
}

/** Chromium's flags for the bench: the project's, plus a resolver that knows no host but 127.0.0.1. */
export const benchArgs = (base: string[]) => [...base, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

/** Hosts other than 127.0.0.1 that a measured page tried to reach (they fail at once); reported at the end. */
export const external = new Set<string>();

const QUIET_LOAD_MS = 500;
const QUIET_ACTION_MS = 400;
const ACTION_TIMEOUT_MS = 30_000;
const IDLE_TIMEOUT_MS = 60_000;
const INTERACTIONS_LIMIT_MS = 3 * ACTION_TIMEOUT_MS + 60_000;

/** A step that did not finish in time: the page's main thread is busy, and anything else sent to it would wait too. */
class Stuck extends Error {}
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Stuck(`${what} took over ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

async function settleAfter(page: Page, act: () => Promise<void>, root?: string): Promise<Measured> {
  const run = async () => {
    await page.evaluate(`window.__bench.armSettle(${QUIET_ACTION_MS}, ${ACTION_TIMEOUT_MS}, ${JSON.stringify(root)})`);
    await act();
    return (await page.evaluate('window.__bench.settled')) as SettleResult;
  };
  // The page's own timer cannot fire while its main thread is blocked, so the limit is enforced from here too.
  const result = await within(run(), ACTION_TIMEOUT_MS + 5_000, 'the action');
  if (result.timedOut) return 'timeout';
  return result.ms === null ? null : Math.round(result.ms);
}

const quiet = (page: Page, timeoutMs = 15_000) =>
  within(
    page.evaluate(`window.__bench.quiet(${QUIET_LOAD_MS}, ${timeoutMs})`) as Promise<number>,
    timeoutMs + 5_000,
    'waiting for quiet',
  );

/** The search box, once the filter UI exists: a searchbox or textbox named like "Search", else the first searchbox. */
async function findSearch(page: Page): Promise<Locator | null> {
  for (const box of [
    page.getByRole('searchbox', { name: /search/i }),
    page.getByRole('textbox', { name: /search/i }),
    page.getByRole('searchbox'),
  ]) {
    if ((await box.count()) > 0) return box.first();
  }
  return null;
}

/** One actor checkbox: in a group named like "Filter by actor"/"Actors", opening a toggle of that name if needed. */
async function findActorCheckbox(page: Page): Promise<Locator | null> {
  const candidates = () =>
    page
      .getByRole('group', { name: /actor/i })
      .getByRole('checkbox')
      .or(page.getByRole('checkbox', { name: /actor/i }))
      .first();
  if ((await candidates().count()) > 0) return candidates();
  // A disclosure: a button, or the <summary> of a <details>, named like "Filter by actor" or "Actors".
  const toggle = page
    .getByRole('button', { name: /filter by actor|^actors/i })
    .or(page.locator('summary').filter({ hasText: /filter by actor|^\s*actors/i }))
    .first();
  if ((await toggle.count()) === 0) return null;
  await toggle.click({ timeout: 10_000 });
  await quiet(page);
  return (await candidates().count()) > 0 ? candidates() : null;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return Math.round((used / 2 ** 20) * 10) / 10;
}

/** One load; with `profile`, a CPU profile of the load only (sampling slows the page: not for the medians). */
export async function measureLoad(
  browser: Browser,
  target: Target,
  timeoutMs: number,
  options: { profile?: boolean } = {},
): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    // The browser resolves no other host (see BROWSER_ARGS); anything that tries is reported, not waited for.
    page.on('request', (request) => {
      const { hostname } = new URL(request.url());
      if (hostname !== '127.0.0.1' && request.url().startsWith('http')) external.add(hostname);
    });
    // The machine's speed at this moment, timed in the blank page the load starts from.
    const machine = (await within(page.evaluate(machineCheckScript()), 20_000, 'the machine check').catch(
      () => undefined,
    )) as number | undefined;
    const machineMs = machine === undefined ? {} : { machineMs: Math.round(machine * 10) / 10 };
    await page.addInitScript({ content: initScript(target.marks, target.failSelector) });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (options.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    // Marks and resources also arrive one by one as they happen, so a load that times out still tells how far it got.
    const partial: Sample = { ...machineMs };
    page.on('console', (message) => {
      const [kind, name, time] = message.text().split(' ');
      const ms = Math.round(Number(time));
      if (kind === '__bench-mark' && name === target.contentMark) partial.content = ms;
      if (kind === '__bench-resource' && name === 'data') partial.dataAt = ms;
      if (kind === '__bench-resource' && name === 'chunk') partial.chunkAt = ms;
    });
    const reported = page.waitForEvent('console', {
      predicate: (message) => message.text().startsWith('__bench '),
      timeout: timeoutMs,
    });
    reported.catch(() => undefined);
    await page.goto(target.url, { waitUntil: 'commit', timeout: timeoutMs });
    let report: LoadReport;
    try {
      report = JSON.parse((await reported).text().slice('__bench '.length)) as LoadReport;
    } catch {
      if (options.profile) {
        // What kept the page from loading is the point of a profile: keep what it did until the time limit.
        // The page is still in its long task; ending that script lets the renderer answer Profiler.stop.
        await within(cdp.send('Runtime.terminateExecution'), 5_000, 'stopping the script').catch(() => undefined);
        const stopped = await within(cdp.send('Profiler.stop'), 60_000, 'stopping the profiler');
        return { ...partial, profile: selfTimes(stopped.profile as CpuProfile).slice(0, 500), profileCut: true };
      }
      throw new LoadTimeout(`did not load within ${Math.round(timeoutMs / 1000)} s`, partial);
    }
    if (report.failed !== undefined || report.marks[target.itemsMark] === undefined) {
      throw new Error(`the page showed an error: ${report.failed ?? 'unknown'}`);
    }
    const content = report.marks[target.contentMark];
    const sample: Sample = {
      ...machineMs,
      ...(content !== undefined ? { content: Math.round(content) } : {}),
      items: Math.round(report.marks[target.itemsMark] as number),
      longTaskMs: Math.round(report.longTaskMs),
    };
    const dataAt = report.resources.find(([name]) => /\.json(\?|$)/.test(name))?.[1];
    const chunkAt = report.resources.find(([name]) => name.includes('TimelineCanvas'))?.[1];
    if (dataAt !== undefined) sample.dataAt = Math.round(dataAt);
    if (chunkAt !== undefined) sample.chunkAt = Math.round(chunkAt);

    // Settled: the last mutation or long task before half a second of calm. A page still busy after a minute is
    // not measured further.
    const idle = await within(quiet(page, IDLE_TIMEOUT_MS), IDLE_TIMEOUT_MS + 10_000, 'settling').catch(() => -1);
    // A mark is taken once its frame is painted, a little after the mutation that made it: settled is never earlier.
    const lastMark = Math.max(...Object.values(report.marks));
    sample.idle = idle >= 0 ? Math.round(Math.max(idle, lastMark)) : 'timeout';
    // Read before any interaction: shifts the steps cause come after input and would not count anyway.
    const shifts = await within(page.evaluate('window.__bench.shifts') as Promise<Shift[]>, 10_000, 'reading shifts')
      .then(layoutShiftScore)
      .catch(() => undefined);
    if (shifts !== undefined) sample.cls = shifts;
    if (options.profile) {
      const { profile } = await cdp.send('Profiler.stop');
      sample.profile = selfTimes(profile as CpuProfile).slice(0, 500);
      return sample;
    }
    // Our app registers its service worker once its timeline has drawn, and the worker's first install downloads
    // every asset again (the dataset too). The steps below are timed once it is done, so they time the app and not
    // that download beside it. Pages without a worker (the peers) go straight on.
    const installing = page.evaluate(
      `navigator.serviceWorker?.getRegistration().then((r) => r && navigator.serviceWorker.ready.then(() => true))`,
    );
    await within(installing, 30_000, 'the service worker install').catch(() => undefined);
    if (sample.idle === 'timeout') {
      sample.zoom = 'skipped';
      if (target.interactive) sample.search = sample.filter = 'skipped';
      return sample;
    }
    const interact = async () => {
      sample.heapMB = await within(heapMB(cdp), 20_000, 'measuring the heap').catch(() => undefined);
      const zoom = target.zoomIn(page);
      sample.zoom = (await zoom.count()) > 0 ? await settleAfter(page, () => zoom.click(), target.zoomRoot) : 'n/a';
      if (sample.zoom === 'timeout') throw new Stuck('zoom step');
      await quiet(page);
      if (target.interactive) {
        const search = await findSearch(page);
        if (search) {
          await search.focus({ timeout: 10_000 });
          await quiet(page);
          sample.search = await settleAfter(page, () => page.keyboard.press('a'));
          if (sample.search === 'timeout') throw new Stuck('search keystroke');
          await quiet(page);
        } else sample.search = 'n/a';
        const checkbox = await findActorCheckbox(page);
        sample.filter = checkbox ? await settleAfter(page, () => checkbox.click({ timeout: 10_000 })) : 'n/a';
      }
    };
    try {
      // Each step has its own limit; this one also covers the look-ups between steps, which wait on a busy page too.
      await within(interact(), INTERACTIONS_LIMIT_MS, 'the interactions');
    } catch (error) {
      // A wedged page: the step in progress timed out. Any other failure (a control that would not take a click):
      // that step is reported as failed. Either way the steps after it are skipped and the load's figures stand.
      const failed: Measured = error instanceof Stuck ? 'timeout' : 'failed';
      if (failed === 'failed') sample.error = (error as Error).message.split('\n')[0];
      const steps = target.interactive ? (['zoom', 'search', 'filter'] as const) : (['zoom'] as const);
      let hit = false;
      for (const key of steps) {
        if (sample[key] === 'timeout') hit = true;
        else if (sample[key] === undefined) {
          sample[key] = hit ? 'skipped' : failed;
          hit = true;
        }
      }
    }
    return sample;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/**
 * Whether the page shows its first content with JavaScript off: every selector present, laid out and not hidden once
 * the HTML has loaded. When it does, no script is needed before the reader sees the record.
 */
export async function contentWithoutScript(browser: Browser, url: string, shown: string[]): Promise<boolean> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    for (const selector of shown) if (!(await page.locator(selector).first().isVisible())) return false;
    return true;
  } finally {
    await context.close().catch(() => undefined);
  }
}
