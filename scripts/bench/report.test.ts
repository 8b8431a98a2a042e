import { describe, expect, it } from 'vitest';
import type { Sample, TargetName } from './measure';
import { checkTargets, machineLine, markdownReport, type Outcome, type Results, type SizeResult } from './report';

type Pages = Partial<Record<TargetName, Sample[] | Outcome>>;

/** A run measuring the given pages at the given sizes: samples per page, or a whole outcome (a page that failed). */
function run(sizes: Record<string, Pages>, extra: Partial<Record<string, Partial<SizeResult>>> = {}): Results {
  return {
    mode: 'full',
    machine: {
      date: '2026-11-22 23:05 UTC',
      node: 'v20',
      chromium: '156',
      cpu: 'test',
      cores: 2,
      memoryGB: 24,
      commit: 'abc1234',
      loadAverage: { start: 0, end: 0 },
    },
    sizes: Object.entries(sizes).map(([size, pages]) => ({
      size,
      events: size === 'real' ? 48 : Number(size),
      runs: 3,
      outcomes: Object.fromEntries(
        Object.entries(pages).map(([page, value]) => [page, Array.isArray(value) ? { samples: value } : value]),
      ),
      ...extra[size],
    })),
    peerBytes: { vis: { js: [], css: [] }, tljs: { js: [], css: [] } },
    totalSeconds: 1,
  };
}

const target = (results: Results, name: string) => {
  const found = checkTargets(results).filter((check) => check.target.includes(name));
  if (found.length !== 1) throw new Error(`${found.length} targets named like ${name}`);
  return found[0]!;
};

const didNotLoad: Outcome = { samples: [], failure: 'did not load within 60 s' };

describe('the targets against a peer', () => {
  it('are judged on the ratio of the medians, against the limit each sets', () => {
    const results = run({
      real: {
        ours: [
          { content: 130, items: 400, idle: 700 },
          { content: 110, items: 460, idle: 760 },
          { content: 120, items: 420, idle: 800 },
        ],
        vis: [{ items: 330 }, { items: 350 }, { items: 340 }],
        tljs: [
          { content: 300, idle: 760 },
          { content: 280, idle: 740 },
          { content: 290, idle: 750 },
        ],
      },
    });
    // 120 / 290: within half of TimelineJS's first event.
    expect(target(results, 'first content ≤ 0.5')).toEqual({
      target: "real dataset: first content ≤ 0.5 × TimelineJS's first event",
      result: 'met',
      ratio: 120 / 290,
      detail: 'ours 120 ms (loads: 130, 110, 120); TimelineJS 290 ms (loads: 300, 280, 290)',
    });
    // 420 / 340 = 1.24: within a quarter more than plain vis-timeline.
    expect(target(results, 'timeline first items ≤ 1.25')).toMatchObject({ result: 'met', ratio: 420 / 340 });
    // 760 / 750: settled after TimelineJS, so missed by a little.
    expect(target(results, 'load settled ≤ 1.0')).toMatchObject({ result: 'missed', ratio: 760 / 750 });
  });

  it('say so, with no verdict, when the peer did not load', () => {
    const results = run({
      real: { ours: [{ content: 120, items: 400, idle: 700 }], vis: [{ items: 300 }], tljs: didNotLoad },
    });
    const check = target(results, 'first content ≤ 0.5');
    expect(check.result).toBe('no verdict');
    expect(check.ratio).toBeUndefined();
    expect(check.detail).toBe('ours 120 ms; TimelineJS: did not load within 60 s (no figure of TimelineJS to compare)');
  });

  it('are missed when our step never settled, and met when only the peer’s did not', () => {
    const results = run({
      '10000': {
        ours: [
          { content: 500, idle: 1500, zoom: 'timeout' },
          { content: 510, idle: 1600, zoom: 'timeout' },
          { content: 490, idle: 1550, zoom: 40 },
        ],
        vis: [
          { items: 400, idle: 8000, zoom: 'timeout' },
          { items: 390, idle: 8100, zoom: 'timeout' },
        ],
        tljs: [{ items: 350, idle: 30000, zoom: 900 }],
      },
    });
    expect(target(results, 'zoom step ahead of TimelineJS')).toMatchObject({
      result: 'missed',
      detail: 'ours did not settle within 30 s (loads: timeout, timeout, 40); TimelineJS 900 ms',
    });
    expect(target(results, 'zoom step ≤ 100 ms').result).toBe('missed');
    // Ours settled after loading, plain vis-timeline never did.
    expect(target(results, 'load settled ahead of vis-timeline plain')).toMatchObject({
      result: 'met',
      ratio: 1550 / 8050,
    });
  });

  it('ask to be ahead at 1,000 and 10,000 events: level with the peer is a miss', () => {
    const results = run({
      '1000': {
        ours: [{ content: 300, idle: 1000, zoom: 40, search: 60, filter: 70 }],
        vis: [{ content: 300, items: 300, idle: 1300, zoom: 200 }],
        tljs: [{ content: 250, items: 250, idle: 3000, zoom: 900 }],
      },
    });
    expect(target(results, 'first content ahead of vis-timeline plain')).toMatchObject({ result: 'missed', ratio: 1 });
    expect(target(results, 'first content ahead of TimelineJS')).toMatchObject({ result: 'missed', ratio: 1.2 });
    expect(target(results, 'zoom step ahead of vis-timeline plain')).toMatchObject({ result: 'met', ratio: 0.2 });
    // Ours only: reported as figures beside the comparisons, not judged.
    expect(target(results, 'search keystroke (ours only)')).toMatchObject({ result: 'figure', detail: 'ours 60 ms' });
  });
});

describe('the targets of ours alone', () => {
  it('are missed when our page did not load, and have no verdict when the harness left it out', () => {
    const results = run({
      '10000': { ours: didNotLoad },
      '50000': { ours: { samples: [], failure: 'not run: did not load at a smaller size', skipped: true } },
    });
    expect(target(results, 'timeline first items ≤ 2 s')).toMatchObject({
      result: 'missed',
      detail: 'ours: did not load within 60 s',
    });
    expect(target(results, 'still loads')).toMatchObject({
      result: 'no verdict',
      detail: 'ours: not run: did not load at a smaller size',
    });
  });

  it('judge layout shift at every size measured, against 0.01', () => {
    const results = run({
      real: { ours: [{ cls: 0 }, { cls: 0.002 }, { cls: 0.001 }] },
      '100': { ours: [{ cls: 0.05 }] },
    });
    expect(target(results, 'real dataset: layout shift')).toMatchObject({ result: 'met', ratio: 0.1 });
    expect(target(results, '100 events: layout shift')).toMatchObject({
      target: '100 events: layout shift during load ≤ 0.01',
      result: 'missed',
      detail: 'ours 0.05',
    });
  });

  it('need no JavaScript before first content, else name the bytes that run first', () => {
    const bundle = {
      firstPaint: { js: [{ file: 'assets/index.js', bytes: 363_200, gzip: 111_900 }], css: [] },
      later: { js: [], css: [] },
      data: null,
    };
    const today = run({ real: { ours: [{}] } }, { real: { bundle, scriptless: false } });
    expect(target(today, 'JavaScript before first content')).toMatchObject({
      result: 'missed',
      detail:
        'with JavaScript off the heading and first list entries do not show: the entry chunk and its static imports run first (111.9 KB gzip)',
    });
    const prerendered = run({ real: { ours: [{}] } }, { real: { bundle, scriptless: true } });
    expect(target(prerendered, 'JavaScript before first content').result).toBe('met');
    const unchecked = run(
      { real: { ours: [{}] } },
      { real: { bundle, scriptlessError: 'net::ERR_CONNECTION_REFUSED' } },
    );
    expect(target(unchecked, 'JavaScript before first content')).toMatchObject({
      result: 'no verdict',
      detail: 'not checked: net::ERR_CONNECTION_REFUSED',
    });
  });

  it('at 50,000 events, are met when the timeline shows and every step settles within a second', () => {
    const usable = run({ '50000': { ours: [{ items: 3300, zoom: 60, search: 110, filter: 380 }] } });
    expect(target(usable, 'still loads')).toMatchObject({
      result: 'met',
      detail: 'first items 3300 ms, zoom 60 ms, search 110 ms, filter 380 ms',
    });
    const stuck = run({ '50000': { ours: [{ items: 3300, zoom: 60, search: 110, filter: 'timeout' }] } });
    expect(target(stuck, 'still loads').result).toBe('missed');
  });

  it('are judged only at the sizes the run measured', () => {
    const names = checkTargets(run({ '100': { ours: [{ cls: 0 }] } })).map((check) => check.target);
    expect(names).toEqual(['100 events: layout shift during load ≤ 0.01']);
  });
});

describe('the machine check', () => {
  it('stands beside each load of ours, in the same order, and sums up the run', () => {
    const results = run({
      real: {
        ours: [
          { content: 480, items: 700, machineMs: 40 },
          { content: 520, items: 720, machineMs: 61.5 },
        ],
      },
      '10000': {
        ours: [
          { items: 1300, zoom: 45, filter: 90, machineMs: 42 },
          { items: 1250, zoom: 'timeout', filter: 140, machineMs: 80 },
          { items: 1400, zoom: 55, filter: 95, machineMs: 45 },
        ],
      },
    });
    expect(target(results, '10,000 events: actor filter change ≤').detail).toBe(
      'ours 95 ms (loads: 90, 140, 95; machine check: 42, 80, 45)',
    );
    expect(target(results, '10,000 events: zoom step ≤').detail).toBe(
      'ours 55 ms (loads: 45, timeout, 55; machine check: 42, 80, 45)',
    );
    expect(machineLine(results)).toBe(
      'Machine check (the same script and layout timed before every load; lower is faster): median 45 ms over 5 loads, from 40 to 80.',
    );
    expect(markdownReport(results)).toContain('| 10000 | — | — | — | 1300 | — | — | 45 |');
  });

  it('is left out where loads were not checked', () => {
    const results = run({ real: { ours: [{ content: 480, machineMs: 40 }, { content: 520 }] } });
    expect(target(results, 'first content ≤').detail).toMatch(/^ours 500 ms \(loads: 480, 520\);/);
    expect(machineLine(run({ real: { ours: [{ content: 480 }] } }))).toBe('Machine check: not timed in this run.');
  });
});

describe('the block written into docs/benchmarks.md', () => {
  it('holds the table and the targets, and leaves the chunks, phases and profiles to results.md', () => {
    const results = run({ real: { ours: [{ content: 120, items: 400, idle: 700, cls: 0 }], tljs: didNotLoad } });
    const block = markdownReport(results, { full: false });
    expect(block).toContain('| first content (ms) | real | 120 | did not load within 60 s | — |');
    expect(block).toContain(
      "- no verdict — real dataset: first content ≤ 0.5 × TimelineJS's first event: ours 120 ms; TimelineJS: did not load within 60 s (no figure of TimelineJS to compare)",
    );
    expect(block).not.toContain('### Chunks');
    expect(markdownReport(results)).toContain('### Chunks');
  });
});
