import { describe, expect, it } from 'vitest';
import type { Sample } from './measure';
import { checkTargets, machineLine, markdownReport, type Results } from './report';

/** A run with only our app measured, at the real size and at 10,000 events. */
function run(real: Sample[], tenThousand: Sample[]): Results {
  const size = (name: string, samples: Sample[]) => ({
    size: name,
    events: name === 'real' ? 48 : Number(name),
    runs: samples.length,
    outcomes: { ours: { samples } },
  });
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
    sizes: [size('real', real), size('10000', tenThousand)],
    peerBytes: { vis: { js: [], css: [] }, tljs: { js: [], css: [] } },
    totalSeconds: 1,
  };
}

const target = (results: Results, name: string) => {
  const found = checkTargets(results).find((check) => check.target.startsWith(name));
  if (!found) throw new Error(`no target named ${name}`);
  return found;
};

describe('the targets of a run', () => {
  it('are judged on the median, and list every load in the order it ran', () => {
    const results = run(
      [
        { list: 480, items: 700 },
        { list: 520, items: 720 },
        { list: 490, items: 710 },
      ],
      [
        { items: 1300, zoom: 45, search: 80, filter: 90 },
        { items: 1250, zoom: 75, search: 85, filter: 140 },
        { items: 1400, zoom: 55, search: 70, filter: 95 },
      ],
    );
    expect(target(results, 'real dataset: list')).toEqual({
      target: 'real dataset: list visible ≤ 500 ms',
      met: true,
      detail: '490 ms (loads: 480, 520, 490)',
    });
    // Two loads of three beat the limit, but not the middle one.
    expect(target(results, '10,000: zoom')).toMatchObject({ met: false, detail: '55 ms (loads: 45, 75, 55)' });
    expect(target(results, '10,000: actor filter')).toMatchObject({ met: true, detail: '95 ms (loads: 90, 140, 95)' });
  });

  it('leave out loads that measured nothing, and name no loads for a single one', () => {
    const results = run(
      [{ list: 400, items: 650 }],
      [
        { items: 1300, zoom: 'timeout', search: 80, filter: 90 },
        { items: 1250, zoom: 40, search: 85, filter: 95 },
      ],
    );
    expect(target(results, 'real dataset: list').detail).toBe('400 ms');
    // The step that never settled counts as slower than any that did, so the median is not 40.
    expect(target(results, '10,000: zoom')).toMatchObject({ met: false, detail: 'did not settle within 30 s' });
    expect(target(results, '10,000: search').detail).toBe('82.5 ms (loads: 80, 85)');
  });
});

describe('the machine check', () => {
  it('stands beside each load of a target, in the same order, and sums up the run', () => {
    const results = run(
      [
        { list: 480, items: 700, machineMs: 40 },
        { list: 520, items: 720, machineMs: 61.5 },
      ],
      [
        { items: 1300, zoom: 45, filter: 90, machineMs: 42 },
        { items: 1250, zoom: 'timeout', filter: 140, machineMs: 80 },
        { items: 1400, zoom: 55, filter: 95, machineMs: 45 },
      ],
    );
    expect(target(results, '10,000: actor filter').detail).toBe(
      '95 ms (loads: 90, 140, 95; machine check: 42, 80, 45)',
    );
    // The load whose zoom never settled has no figure there, so neither is its check listed.
    expect(target(results, '10,000: zoom').detail).toBe('55 ms (loads: 45, 55; machine check: 42, 45)');
    expect(target(results, 'real dataset: list').detail).toBe('500 ms (loads: 480, 520; machine check: 40, 61.5)');
    expect(machineLine(results)).toBe(
      'Machine check (the same script and layout timed before every load; lower is faster): median 45 ms over 5 loads, from 40 to 80.',
    );
    expect(markdownReport(results)).toContain('| 10000 | — | — | — | 1300 | — | — | 45 |');
  });

  it('is left out where loads were not checked', () => {
    const results = run(
      [
        { list: 480, items: 700, machineMs: 40 },
        { list: 520, items: 720 },
      ],
      [],
    );
    expect(target(results, 'real dataset: list').detail).toBe('500 ms (loads: 480, 520)');
    expect(machineLine(run([{ list: 480, items: 700 }], []))).toBe('Machine check: not timed in this run.');
  });
});
