// Medians, the one table (stdout and Markdown), the targets and the machine the numbers came from.
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
  mode: 'full' | 'quick';
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

const TIME_METRICS = [
  ['list', 'list first paint (ms)'],
  ['items', 'timeline first items (ms)'],
  ['idle', 'load settled (ms)'],
  ['zoom', 'zoom step (ms)'],
  ['search', 'search keystroke (ms)'],
  ['filter', 'actor filter change (ms)'],
  ['heapMB', 'JS heap after load (MB)'],
] as const;

function cellFor(outcome: Outcome | undefined, key: (typeof TIME_METRICS)[number][0], target: TargetName): Cell {
  if (!outcome) return '—';
  const values = outcome.samples.map((s) => s[key] as Measured | undefined);
  // A step that timed out counts as slower than any that finished, so it can be the median.
  const timed = values.flatMap((v) => (typeof v === 'number' ? [v] : v === 'timeout' ? [Infinity] : []));
  if (timed.length > 0) {
    const m = median(timed);
    if (Number.isFinite(m)) return Math.round(m * 10) / 10;
    return key === 'idle' ? 'still busy after 60 s' : 'did not settle within 30 s';
  }
  if (outcome.failure && outcome.samples.length === 0) {
    // A load that timed out may still have painted the list: that figure stands.
    const reached = outcome.partial?.[key];
    return typeof reached === 'number' ? reached : outcome.failure;
  }
  if (values.some((v) => v === 'n/a')) {
    return (key === 'search' || key === 'filter') && target === 'ours' ? 'n/a (no filter UI yet)' : 'n/a';
  }
  if (values.some((v) => v === 'failed')) return 'failed (see results.json)';
  if (values.some((v) => v === 'skipped')) return 'not measured: page still busy';
  if (values.some((v) => v === null)) return 'no change on screen';
  return '—';
}

export function tableRows(results: Results): Row[] {
  const rows: Row[] = [];
  const ran = (t: 'vis' | 'tljs') => results.sizes.some((s) => s.outcomes[t]);
  const peerJs = (t: 'vis' | 'tljs') => (ran(t) ? kb(sum(results.peerBytes[t].js)) : '—');
  const peerCss = (t: 'vis' | 'tljs') => (ran(t) ? kb(sum(results.peerBytes[t].css)) : '—');
  const bundle = results.sizes.find((s) => s.bundle)?.bundle;
  if (bundle) {
    const first = kb(sum(bundle.firstPaint.js));
    const later = kb(sum(bundle.later.js));
    rows.push(
      {
        metric: 'JS for first paint (KB gzip)',
        size: 'any',
        cells: { ours: first, vis: peerJs('vis'), tljs: peerJs('tljs') },
      },
      { metric: 'JS loaded later (KB gzip)', size: 'any', cells: { ours: later, vis: '—', tljs: '—' } },
      {
        metric: 'JS total (KB gzip)',
        size: 'any',
        cells: { ours: Math.round((first + later) * 10) / 10, vis: peerJs('vis'), tljs: peerJs('tljs') },
      },
      {
        metric: 'CSS total (KB gzip)',
        size: 'any',
        cells: {
          ours: kb(sum(bundle.firstPaint.css) + sum(bundle.later.css)),
          vis: peerCss('vis'),
          tljs: peerCss('tljs'),
        },
      },
    );
  }
  for (const [key, metric] of TIME_METRICS) {
    for (const size of results.sizes) {
      const cells = Object.fromEntries(
        TARGETS.map((t) => {
          const peerless = t !== 'ours' && (key === 'list' || key === 'search' || key === 'filter');
          return [t, peerless ? '—' : cellFor(size.outcomes[t], key, t)];
        }),
      ) as Record<TargetName, Cell>;
      if (TARGETS.every((t) => cells[t] === '—')) continue;
      rows.push({ metric, size: size.size, cells });
    }
  }
  for (const size of results.sizes) {
    const cells = Object.fromEntries(TARGETS.map((t) => [t, size.outcomes[t]?.dataKB ?? '—'])) as Record<
      TargetName,
      Cell
    >;
    rows.push({ metric: 'data file (KB gzip)', size: size.size, cells });
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

export interface TargetCheck {
  target: string;
  met: boolean | null;
  detail: string;
}

/** The issue's targets, met or missed, from the medians; null when this run could not tell. */
export function checkTargets(results: Results): TargetCheck[] {
  const rows = tableRows(results);
  const get = (metric: string, size: string, t: TargetName = 'ours') =>
    rows.find((r) => r.metric.startsWith(metric) && r.size === size)?.cells[t];
  type Key = (typeof TIME_METRICS)[number][0];
  const labelOf = (key: Key) => TIME_METRICS.find(([k]) => k === key)?.[1] ?? key;
  const samplesOf = (size: string) => results.sizes.find((s) => s.size === size)?.outcomes.ours?.samples ?? [];
  const checks: TargetCheck[] = [];
  /** A time target on our median of `key` at `size`. */
  const add = (target: string, key: Key, size: string, limit: number) => {
    const value = get(labelOf(key), size);
    const samples = samplesOf(size);
    // Each load's figure, in the order they ran: a median near its limit reads differently when the loads spread
    // across it than when they sit together.
    const timed = samples.filter((sample) => typeof sample[key] === 'number');
    const each = timed.map((sample) => sample[key]);
    // Beside each load, the machine check timed just before it: a slow load on a slow moment reads differently
    // from a slow load on a fast one.
    const checkTimes = timed.flatMap((sample) => (sample.machineMs === undefined ? [] : [sample.machineMs]));
    const machine = checkTimes.length === each.length ? `; machine check: ${checkTimes.join(', ')}` : '';
    // Steps that never settled count as slower than any that did, so a median they decide is a miss. Any other
    // missing figure (not run, not measured) says nothing either way.
    const met =
      typeof value === 'number' ? value <= limit : samples.some((sample) => sample[key] === 'timeout') ? false : null;
    checks.push({
      target,
      met,
      detail:
        `${value ?? 'not measured'}${typeof value === 'number' ? ' ms' : ''}` +
        (each.length > 1 ? ` (loads: ${each.join(', ')}${machine})` : ''),
    });
  };
  const bundle = results.sizes.find((s) => s.bundle)?.bundle;
  if (bundle) {
    const lazy = bundle.later.js.some((c) => c.file.includes('TimelineCanvas'));
    const first = kb(sum(bundle.firstPaint.js));
    checks.push({
      target: 'first paint ≤ 120 KB gzip JS, timeline chunk loaded later',
      met: first <= 120 && lazy,
      detail: `${first} KB${lazy ? '' : '; the timeline chunk is not lazy'}`,
    });
  }
  add('real dataset: list visible ≤ 500 ms', 'list', 'real', 500);
  add('real dataset: timeline ≤ 1 s', 'items', 'real', 1000);
  add('10,000: actor filter change ≤ 100 ms', 'filter', '10000', 100);
  add('10,000: search keystroke ≤ 100 ms', 'search', '10000', 100);
  add('10,000: zoom step ≤ 50 ms', 'zoom', '10000', 50);
  add('10,000: first timeline items ≤ 2 s', 'items', '10000', 2000);
  const big = results.sizes.find((s) => s.size === '50000');
  if (big) {
    const items = get('timeline first items', '50000');
    const zoom = get('zoom step', '50000');
    checks.push({
      target: '50,000: still loads and stays usable',
      met: typeof items === 'number' && typeof zoom === 'number' && zoom <= 1000,
      detail: `first items ${items}${typeof items === 'number' ? ' ms' : ''}, zoom step ${zoom}${typeof zoom === 'number' ? ' ms' : ''}`,
    });
  }
  const lost: string[] = [];
  let compared = 0;
  // Data files differ in what they carry (our dataset has quotes and roles), and the peers' CSS partly ships inside
  // their JS, so those rows are shown but not compared.
  for (const row of rows) {
    if (/^(data file|CSS|JS loaded later)/.test(row.metric)) continue;
    for (const peer of ['vis', 'tljs'] as const) {
      const ours = row.cells.ours;
      const theirs = row.cells[peer];
      if (typeof ours !== 'number' || typeof theirs !== 'number') continue;
      compared++;
      if (ours >= theirs) lost.push(`${row.metric} @ ${row.size} vs ${TARGET_LABELS[peer]} (${ours} vs ${theirs})`);
    }
  }
  checks.push({
    target: 'ahead of both peers on every figure at every size a peer can load',
    met: compared === 0 ? null : lost.length === 0,
    detail: lost.length ? `behind on: ${lost.join('; ')}` : `ahead on all ${compared} comparisons`,
  });
  return checks;
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
    `Machine check (the same script and layout timed before every load; lower is faster): median ${median(checks)} ms ` +
    `over ${checks.length} loads, from ${Math.min(...checks)} to ${Math.max(...checks)}.`
  );
}

export function markdownReport(results: Results): string {
  const m = results.machine;
  const checks = checkTargets(results);
  const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : '**missed**');
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
      `| ${size} | ${med('dataAt')} | ${med('list')} | ${med('chunkAt')} | ${med('items')} | ${med('idle')} | ${med('longTaskMs')} | ${med('machineMs')} |`,
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
  return [
    `Last run: ${m.date}, ${results.mode} mode, ${Math.round(results.totalSeconds)} s in all, commit ${m.commit}.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB memory; Node ${m.node}; Chromium ${m.chromium} (headless);`,
    `load average ${m.loadAverage.start} when the run began, ${m.loadAverage.end} when it ended.`,
    machineLine(results),
    '',
    `Loads planned per size: ${results.sizes.map((s) => `${s.size} ${s.runs}`).join(', ')}; each cell is the median of the loads that completed (listed under the table). Times in ms since navigation start, or since the input event for zoom, search and filter; KB = 1,000 bytes, gzip level 9.`,
    '',
    markdownTable(results),
    '',
    `Loads measured: ${runsDone(results)}.`,
    '',
    '### Targets',
    '',
    '| target | result | measured |',
    '| --- | --- | --- |',
    ...checks.map((c) => `| ${c.target} | ${mark(c.met)} | ${c.detail} |`),
    '',
    '### Chunks of the app (build with the real dataset)',
    '',
    '| needed for | file | KB | KB gzip |',
    '| --- | --- | ---: | ---: |',
    ...chunkRows,
    '',
    '### Where the load time goes (ours, medians, ms since navigation)',
    '',
    '| size | dataset received | list painted | timeline chunk received | timeline items painted | settled | long tasks until items | machine check |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...phases,
    '',
    ...(profiles.length ? ['### Profiles', '', ...profiles] : []),
  ].join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of docs/benchmarks.md and formats the file as the project's prettier does. */
export async function updateDocs(path: string, results: Results) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} lost its ${START} … ${END} markers`);
  const next = `${text.slice(0, start + START.length)}\n\n${markdownReport(results)}\n\n${text.slice(end)}`;
  const config = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...config, filepath: path }));
}
