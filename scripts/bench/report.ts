// Medians, the one table (stdout and Markdown), the targets judged on them and the machine the numbers came from.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { sum, type BundleSizes, type Chunk } from './build';
import type { Measured, Sample, TargetName } from './measure';
import type { ProfileSummary } from './profile';

export const TARGETS: TargetName[] = ['ours', 'vis', 'tljs'];
export const TARGET_LABELS: Record<TargetName, string> = {
  ours: 'ours',
  vis: 'vis-timeline plain',
  tljs: 'TimelineJS',
};

export interface Outcome {
  samples: Sample[];
  /** Why there are fewer samples than runs: "did not load within 60 s", "skipped: time budget"… */
  failure?: string;
  /** The harness left it out (time budget, or it did not load at a smaller size): not the page's failure. */
  skipped?: boolean;
  /** How far a load that timed out got. */
  partial?: Sample;
  dataKB?: number;
}
export interface SizeResult {
  size: string;
  events: number;
  runs: number;
  outcomes: Partial<Record<TargetName, Outcome>>;
  bundle?: BundleSizes;
  /** Whether our served HTML shows the first content with JavaScript off; why it could not be checked. */
  scriptless?: boolean;
  scriptlessError?: string;
  profile?: ProfileSummary;
  profileCut?: boolean;
}
export interface Machine {
  date: string;
  node: string;
  chromium: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  commit: string;
  /** 1-minute load average when the run began and ended: other work on the machine skews the times. */
  loadAverage: { start: number; end: number };
}
export interface Results {
  /** partial: some sizes, runs or peers left out by the options. */
  mode: 'full' | 'partial' | 'quick';
  /** The command-line options of the run, as given. */
  options?: string;
  machine: Machine;
  sizes: SizeResult[];
  peerBytes: Record<'vis' | 'tljs', { js: Chunk[]; css: Chunk[] }>;
  totalSeconds: number;
}

type Cell = number | string;
interface Row {
  metric: string;
  size: string;
  cells: Record<TargetName, Cell>;
}

const kb = (bytes: number) => Math.round(bytes / 100) / 10;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const METRICS = [
  ['content', 'first content (ms)'],
  ['items', 'timeline first items (ms)'],
  ['idle', 'load settled (ms)'],
  ['cls', 'layout shift (CLS)'],
  ['zoom', 'zoom step (ms)'],
  ['search', 'search keystroke (ms)'],
  ['filter', 'actor filter change (ms)'],
  ['heapMB', 'JS heap after load (MB)'],
] as const;
type Key = (typeof METRICS)[number][0];
/** Only our app has a search box and an actor filter. */
const OURS_ONLY: Key[] = ['search', 'filter'];
const UNIT: Partial<Record<Key, string>> = { cls: '', heapMB: ' MB' };
const unitOf = (key: Key) => UNIT[key] ?? ' ms';
/** Layout shift is a score well under one; the rest are ms and MB. */
const round = (key: Key, value: number) =>
  key === 'cls' ? Math.round(value * 10_000) / 10_000 : Math.round(value * 10) / 10;

/**
 * The median of one figure over the loads of one page at one size. A step that did not settle counts as slower than
 * any that did, so it can be the median (Infinity). Without a median, `why` says what stood in the way, and
 * `notLoaded` says whether the page itself failed to load (rather than being left out by the harness).
 */
interface Figure {
  median?: number;
  loads: Measured[];
  /** The machine check before each load that has a figure. */
  machine: number[];
  why?: string;
  notLoaded?: boolean;
}

function figureOf(size: SizeResult | undefined, page: TargetName, key: Key): Figure {
  const outcome = size?.outcomes[page];
  if (!outcome) return { loads: [], machine: [], why: 'not run' };
  if (outcome.samples.length === 0) {
    return { loads: [], machine: [], why: outcome.failure ?? 'no load completed', notLoaded: !outcome.skipped };
  }
  const values = outcome.samples.map((s) => s[key] as Measured | undefined);
  const withFigure = outcome.samples.filter((s) => typeof s[key] === 'number' || s[key] === 'timeout');
  const loads = withFigure.map((s) => s[key] as Measured);
  const machine = withFigure.flatMap((s) => (s.machineMs === undefined ? [] : [s.machineMs]));
  const timed = loads.map((v) => (typeof v === 'number' ? v : Infinity));
  if (timed.length > 0)
    return { median: median(timed), loads, machine: machine.length === loads.length ? machine : [] };
  const why = values.some((v) => v === 'n/a')
    ? 'n/a: the page has no such control'
    : values.some((v) => v === 'failed')
      ? 'failed (see results.json)'
      : values.some((v) => v === 'skipped')
        ? 'not measured: page still busy'
        : values.some((v) => v === null)
          ? 'no change on screen'
          : 'not measured';
  return { loads: [], machine: [], why };
}

function cellFor(size: SizeResult, key: Key, page: TargetName): Cell {
  const outcome = size.outcomes[page];
  if (!outcome) return '—';
  const figure = figureOf(size, page, key);
  if (figure.median !== undefined) {
    if (Number.isFinite(figure.median)) return round(key, figure.median);
    return key === 'idle' ? 'still busy after 60 s' : 'did not settle within 30 s';
  }
  if (outcome.samples.length === 0) {
    // A load that timed out may still have shown its first content: that figure stands.
    const reached = outcome.partial?.[key];
    return typeof reached === 'number' ? reached : (figure.why ?? '—');
  }
  if (figure.why === 'n/a: the page has no such control') return 'n/a';
  return figure.why === 'not measured' ? '—' : (figure.why ?? '—');
}

/** What a page runs before its first content: nothing if our served HTML shows it, else the entry and its imports. */
function jsBeforeContent(size: SizeResult): Cell {
  if (size.scriptless === true) return 0;
  if (size.scriptless === false && size.bundle) return kb(sum(size.bundle.firstPaint.js));
  return size.scriptlessError ? 'not checked' : '—';
}

export function tableRows(results: Results): Row[] {
  const rows: Row[] = [];
  const ran = (t: 'vis' | 'tljs') => results.sizes.some((s) => s.outcomes[t]);
  // A peer draws its first event with its library: all of its JS comes before it.
  const peerJs = (t: 'vis' | 'tljs') => (ran(t) ? kb(sum(results.peerBytes[t].js)) : '—');
  for (const size of results.sizes) {
    rows.push({
      metric: 'JS before first content (KB gzip)',
      size: size.size,
      cells: { ours: jsBeforeContent(size), vis: peerJs('vis'), tljs: peerJs('tljs') },
    });
  }
  const bundle = results.sizes.find((s) => s.bundle)?.bundle;
  if (bundle) {
    const total = kb(sum(bundle.firstPaint.js) + sum(bundle.later.js));
    rows.push({
      metric: 'JS total (KB gzip)',
      size: 'any',
      cells: { ours: total, vis: peerJs('vis'), tljs: peerJs('tljs') },
    });
  }
  for (const [key, metric] of METRICS) {
    for (const size of results.sizes) {
      const cells = Object.fromEntries(
        TARGETS.map((t) => [t, t !== 'ours' && OURS_ONLY.includes(key) ? '—' : cellFor(size, key, t)]),
      ) as Record<TargetName, Cell>;
      if (TARGETS.every((t) => cells[t] === '—')) continue;
      rows.push({ metric, size: size.size, cells });
    }
  }
  return rows;
}

const ratio = (a: Cell, b: Cell) =>
  typeof a === 'number' && typeof b === 'number' && b > 0 ? `${(a / b).toFixed(2)}` : '—';

export function tableLines(results: Results): string[][] {
  const present = TARGETS.filter((t) => results.sizes.some((s) => s.outcomes[t]));
  const peers = present.filter((t) => t !== 'ours');
  const header = [
    'metric',
    'size',
    ...present.map((t) => TARGET_LABELS[t]),
    ...peers.map((t) => `ours/${TARGET_LABELS[t]}`),
  ];
  const body = tableRows(results).map((row) => [
    row.metric,
    row.size,
    ...present.map((t) => String(row.cells[t])),
    ...peers.map((t) => ratio(row.cells.ours, row.cells[t])),
  ]);
  return [header, ...body];
}

export function printTable(results: Results) {
  const lines = tableLines(results);
  const widths = (lines[0] as string[]).map((_, i) => Math.max(...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (l: string[]) =>
    l.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log(fmt(lines[0] as string[]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines.slice(1)) console.log(fmt(line));
}

export function markdownTable(results: Results): string {
  const lines = tableLines(results);
  const [header, ...body] = lines as [string[], ...string[][]];
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...body.map((l) => `| ${l.join(' | ')} |`),
  ].join('\n');
}

/** met, missed; "no verdict" when this run cannot tell (the reason is in the detail); "figure" for a figure with no
 *  target, shown beside the targets it belongs with. */
export type Verdict = 'met' | 'missed' | 'no verdict' | 'figure';
export interface TargetCheck {
  target: string;
  result: Verdict;
  /** Ours ÷ the peer, or ÷ the limit for a target of ours alone. */
  ratio?: number;
  detail: string;
}

const sizeName = (size: string) =>
  size === 'real' ? 'real dataset' : `${Number(size).toLocaleString('en-US')} events`;

/** "ours 120 ms (loads: 118, timeout, 125; machine check: 40, 45, 50)", or what kept the figure from being taken. */
function describe(figure: Figure, page: TargetName, key: Key): string {
  const label = TARGET_LABELS[page];
  if (figure.median === undefined) return `${label}: ${figure.why}`;
  const value = Number.isFinite(figure.median)
    ? `${round(key, figure.median)}${unitOf(key)}`
    : key === 'idle'
      ? 'still busy after 60 s'
      : 'did not settle within 30 s';
  // Each load's figure, in the order they ran: a median near its limit reads differently when the loads spread
  // across it than when they sit together. The machine check beside them tells a slow moment from slow code.
  const machine = figure.machine.length ? `; machine check: ${figure.machine.join(', ')}` : '';
  const loads = figure.loads.length > 1 ? ` (loads: ${figure.loads.join(', ')}${machine})` : '';
  return `${label} ${value}${loads}`;
}

/** Our figure without a median: our page failing to load is a miss; left out by the harness, no verdict. */
const oursMissing = (ours: Figure): Verdict => (ours.notLoaded ? 'missed' : 'no verdict');

/** Ours against a peer: met when ours ÷ theirs is within `limit` (below it, when `ahead`). */
function againstPeer(
  results: Results,
  target: string,
  key: Key,
  sizeKey: string,
  peer: 'vis' | 'tljs',
  limit: number,
  ahead = false,
): TargetCheck {
  const size = results.sizes.find((s) => s.size === sizeKey);
  const ours = figureOf(size, 'ours', key);
  const theirs = figureOf(size, peer, key);
  const detail = `${describe(ours, 'ours', key)}; ${describe(theirs, peer, key)}`;
  if (ours.median === undefined) return { target, result: oursMissing(ours), detail };
  if (ours.median === Infinity) return { target, result: 'missed', detail };
  // A peer that did not load, or whose figure was not taken, gives nothing to compare with: say so.
  if (theirs.median === undefined) {
    return { target, result: 'no verdict', detail: `${detail} (no figure of ${TARGET_LABELS[peer]} to compare)` };
  }
  // A peer step that never settled is slower than ours, which did.
  if (theirs.median === Infinity) return { target, result: 'met', detail };
  const r = theirs.median > 0 ? ours.median / theirs.median : Infinity;
  return { target, result: (ahead ? r < limit : r <= limit) ? 'met' : 'missed', ratio: r, detail };
}

/** One of ours against a fixed limit. */
function withinLimit(results: Results, target: string, key: Key, sizeKey: string, limit: number): TargetCheck {
  const ours = figureOf(
    results.sizes.find((s) => s.size === sizeKey),
    'ours',
    key,
  );
  const detail = describe(ours, 'ours', key);
  if (ours.median === undefined) return { target, result: oursMissing(ours), detail };
  if (ours.median === Infinity) return { target, result: 'missed', detail };
  return { target, result: ours.median <= limit ? 'met' : 'missed', ratio: ours.median / limit, detail };
}

function jsTarget(size: SizeResult): TargetCheck {
  const target = `${sizeName(size.size)}: JavaScript before first content = 0 bytes`;
  if (size.scriptless === true) {
    return { target, result: 'met', detail: 'the heading and first list entries show with JavaScript off' };
  }
  if (size.scriptless === false) {
    const bytes = size.bundle ? `${kb(sum(size.bundle.firstPaint.js))} KB gzip` : 'size unknown';
    return {
      target,
      result: 'missed',
      detail: `with JavaScript off the heading and first list entries do not show: the entry chunk and its static imports run first (${bytes})`,
    };
  }
  return {
    target,
    result: 'no verdict',
    detail: `not checked${size.scriptlessError ? `: ${size.scriptlessError}` : ''}`,
  };
}

/** At the largest size: the timeline shows, and every interaction settles within a second. */
function usable(size: SizeResult, within = 1000): TargetCheck {
  const target = `${sizeName(size.size)}: still loads and stays usable (first items shown, each step ≤ 1 s)`;
  const items = figureOf(size, 'ours', 'items');
  if (items.median === undefined)
    return { target, result: oursMissing(items), detail: describe(items, 'ours', 'items') };
  const steps = (['zoom', 'search', 'filter'] as const).map((key) => [key, figureOf(size, 'ours', key)] as const);
  const detail = [
    `first items ${round('items', items.median)} ms`,
    ...steps.map(([key, f]) =>
      f.median === undefined
        ? `${key}: ${f.why}`
        : `${key} ${Number.isFinite(f.median) ? `${round(key, f.median)} ms` : 'did not settle'}`,
    ),
  ].join(', ');
  const slow = steps.some(([, f]) => f.median !== undefined && f.median > within);
  const unknown = steps.some(([, f]) => f.median === undefined);
  const result: Verdict = !Number.isFinite(items.median) || slow ? 'missed' : unknown ? 'no verdict' : 'met';
  return { target, result, detail };
}

/** The owner's targets, judged on this run's medians. Only sizes this run measured are judged. */
export function checkTargets(results: Results): TargetCheck[] {
  const has = (size: string) => results.sizes.find((s) => s.size === size);
  const checks: TargetCheck[] = [];
  const real = has('real');
  if (real) {
    const at = sizeName('real');
    checks.push(
      againstPeer(results, `${at}: first content ≤ 0.5 × TimelineJS's first event`, 'content', 'real', 'tljs', 0.5),
      jsTarget(real),
      againstPeer(results, `${at}: timeline first items ≤ 1.25 × plain vis-timeline's`, 'items', 'real', 'vis', 1.25),
      againstPeer(results, `${at}: load settled ≤ 1.0 × TimelineJS's`, 'idle', 'real', 'tljs', 1),
    );
  }
  for (const size of results.sizes) {
    checks.push(
      withinLimit(results, `${sizeName(size.size)}: layout shift during load ≤ 0.01`, 'cls', size.size, 0.01),
    );
  }
  for (const sizeKey of ['1000', '10000']) {
    const size = has(sizeKey);
    if (!size) continue;
    const at = sizeName(sizeKey);
    for (const [key, what] of [
      ['content', 'first content'],
      ['idle', 'load settled'],
      ['zoom', 'zoom step'],
    ] as const) {
      for (const peer of ['vis', 'tljs'] as const) {
        checks.push(
          againstPeer(results, `${at}: ${what} ahead of ${TARGET_LABELS[peer]}`, key, sizeKey, peer, 1, true),
        );
      }
    }
    // Ours only, so nothing to be ahead of: figures. At 10,000 the limits below judge them.
    const oursOnly = [
      ['search', 'search keystroke'],
      ['filter', 'actor filter change'],
    ] as const;
    for (const [key, what] of sizeKey === '1000' ? oursOnly : []) {
      const figure = figureOf(size, 'ours', key);
      checks.push({ target: `${at}: ${what} (ours only)`, result: 'figure', detail: describe(figure, 'ours', key) });
    }
  }
  if (has('10000')) {
    const at = sizeName('10000');
    checks.push(
      withinLimit(results, `${at}: actor filter change ≤ 100 ms`, 'filter', '10000', 100),
      withinLimit(results, `${at}: search keystroke ≤ 100 ms`, 'search', '10000', 100),
      withinLimit(results, `${at}: zoom step ≤ 100 ms`, 'zoom', '10000', 100),
      withinLimit(results, `${at}: timeline first items ≤ 2 s`, 'items', '10000', 2000),
    );
  }
  const big = has('50000');
  if (big) checks.push(usable(big));
  return checks;
}

const ratioText = (check: TargetCheck) => (check.ratio === undefined ? '—' : check.ratio.toFixed(2));

/** One line of counts: how many targets met, missed, and could not be judged. */
function tally(checks: TargetCheck[]): string {
  const count = (v: Verdict) => checks.filter((c) => c.result === v).length;
  return `${count('met')} met, ${count('missed')} missed, ${count('no verdict')} without a verdict`;
}

export function printTargets(results: Results) {
  const checks = checkTargets(results);
  console.log(`\nTargets (${tally(checks)}); ratio: ours ÷ the peer, or ÷ the limit for ours alone:`);
  for (const check of checks) {
    console.log(`${check.result.padEnd(10)} ${ratioText(check).padStart(5)}  ${check.target}: ${check.detail}`);
  }
}

export function machineInfo(chromium: string): Machine {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    node: process.version,
    chromium,
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    commit,
    loadAverage: { start: Math.round((loadavg()[0] ?? 0) * 100) / 100, end: 0 },
  };
}

function runsDone(results: Results): string {
  return results.sizes
    .map((s) => {
      const parts = TARGETS.flatMap((t) => {
        const o = s.outcomes[t];
        if (!o) return [];
        return [`${TARGET_LABELS[t]} ${o.samples.length}${o.failure ? ` (${o.failure})` : ''}`];
      });
      return `${s.size}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/** The machine checks of every load in the run, all targets: how fast the machine was while this run measured. */
export function machineLine(results: Results): string {
  const checks = results.sizes.flatMap((s) =>
    TARGETS.flatMap((t) =>
      (s.outcomes[t]?.samples ?? []).flatMap((x) => (x.machineMs === undefined ? [] : [x.machineMs])),
    ),
  );
  if (checks.length === 0) return 'Machine check: not timed in this run.';
  return (
    `Machine check (the same script and layout timed before every load; lower is faster): median ${Math.round(median(checks) * 10) / 10} ms ` +
    `over ${checks.length} loads, from ${Math.min(...checks)} to ${Math.max(...checks)}.`
  );
}

/** The run as Markdown: the table and the targets; `full` adds the chunks, the phases and the profiles. */
export function markdownReport(results: Results, { full = true }: { full?: boolean } = {}): string {
  const m = results.machine;
  const checks = checkTargets(results);
  const mark = (result: Verdict) => (result === 'missed' ? '**missed**' : result);
  const bundle = results.sizes.find((s) => s.bundle)?.bundle;
  const chunkRows = bundle
    ? [
        ...bundle.firstPaint.js.map((c) => ['first paint', c]),
        ...bundle.firstPaint.css.map((c) => ['first paint', c]),
        ...bundle.later.js.map((c) => ['later', c]),
        ...bundle.later.css.map((c) => ['later', c]),
      ].map(([when, c]) => {
        const chunk = c as Chunk;
        return `| ${when} | \`${chunk.file}\` | ${kb(chunk.bytes)} | ${kb(chunk.gzip)} |`;
      })
    : [];
  const phases = results.sizes.flatMap((s) => {
    const outcome = s.outcomes.ours;
    // A load that timed out still shows how far it got; what it never reached says so.
    const samples = outcome?.samples.length ? outcome.samples : outcome?.partial ? [outcome.partial] : [];
    if (samples.length === 0) return [];
    const cut = !outcome?.samples.length;
    const med = (k: keyof Sample) => {
      const values = samples.map((x) => x[k]).filter((v): v is number => typeof v === 'number');
      return values.length ? Math.round(median(values)) : cut ? 'not reached' : '—';
    };
    const size = cut ? `${s.size} (${outcome?.failure ?? 'cut off'})` : s.size;
    return [
      `| ${size} | ${med('dataAt')} | ${med('content')} | ${med('chunkAt')} | ${med('items')} | ${med('idle')} | ${med('longTaskMs')} | ${med('machineMs')} |`,
    ];
  });
  const profiles = results.sizes.flatMap((s) => {
    if (!s.profile) return [];
    const how = s.profileCut ? 'cut off at the time limit before the timeline showed' : 'load until settled';
    return [
      `Ours at ${s.size} events, one CPU-profiled load (${how}), self time in ms, by package or folder:`,
      '',
      s.profile.bySource.map((p) => `${p.source} ${p.ms}`).join(' · '),
      '',
      'and by function (names from the source maps):',
      '',
      ...s.profile.top.map((p) => `- ${p.ms} ms \`${p.fn}\``),
      '',
    ];
  });
  const extras = [
    '### Chunks of the app (build with the real dataset)',
    '',
    '| needed for | file | KB | KB gzip |',
    '| --- | --- | ---: | ---: |',
    ...chunkRows,
    '',
    '### Where the load time goes (ours, medians, ms since navigation)',
    '',
    '| size | dataset received | first content | timeline chunk received | timeline items painted | settled | long tasks until items | machine check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...phases,
    '',
    ...(profiles.length ? ['### Profiles', '', ...profiles] : []),
  ];
  return [
    `Last run: ${m.date}, ${results.mode} mode${results.options ? ` (\`${results.options}\`)` : ''}, ${Math.round(results.totalSeconds)} s in all, commit ${m.commit}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory; Node ${m.node}; Chromium ${m.chromium} (headless);`,
    `load average ${m.loadAverage.start} when the run began, ${m.loadAverage.end} when it ended.`,
    machineLine(results),
    '',
    `Loads planned per size: ${results.sizes.map((s) => `${s.size} ${s.runs}`).join(', ')}; each cell is the median of the loads that completed. Times in ms since navigation start, or since the input event for zoom, search and filter; KB = 1,000 bytes, gzip level 9.`,
    '',
    markdownTable(results),
    '',
    `Loads measured: ${runsDone(results)}.`,
    '',
    `### Targets: ${tally(checks)}`,
    '',
    'Result (ratio: ours ÷ the peer, or ÷ the limit for ours alone) — target: medians, with each load in run order.',
    '',
    ...checks.map(
      (c) => `- ${mark(c.result)}${c.ratio === undefined ? '' : ` (${ratioText(c)})`} — ${c.target}: ${c.detail}`,
    ),
    '',
    ...(full ? extras : []),
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of docs/benchmarks.md (the table and the targets: the doc stays short; the chunks,
 *  phases and profiles stay in bench-results/results.md) and formats the file as the project's prettier does. */
export async function updateDocs(path: string, results: Results) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} lost its ${START} … ${END} markers`);
  const next = `${text.slice(0, start + START.length)}\n\n${markdownReport(results, { full: false })}\n\n${text.slice(end)}`;
  const config = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...config, filepath: path }));
}
