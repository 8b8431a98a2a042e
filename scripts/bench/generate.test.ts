import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/data/schema';
import { generateDataset } from './generate';

describe('synthetic benchmark datasets', () => {
  it.each([100, 1000])('are deterministic and valid against datasetSchema at %i events', (events) => {
    const first = JSON.stringify(generateDataset({ events, seed: 7 }));
    expect(JSON.stringify(generateDataset({ events, seed: 7 }))).toBe(first);
    expect(JSON.stringify(generateDataset({ events, seed: 8 }))).not.toBe(first);

    const parsed = datasetSchema.safeParse(JSON.parse(first));
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    const dataset = JSON.parse(first) as ReturnType<typeof generateDataset>;
    expect(dataset.events).toHaveLength(events);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(events);
  });

  it('uses every kind of uncertain date the app handles', () => {
    const dates = generateDataset({ events: 1000 }).events.map((e) => e.date);
    expect(dates.some((d) => /^\d{4}-\d\d$/.test(d))).toBe(true); // month precision
    expect(dates.some((d) => d.endsWith('~'))).toBe(true); // approximate
    expect(dates.some((d) => /^\d{4}-\d\d-\d\d\/\d{4}/.test(d))).toBe(true); // interval
    expect(dates.some((d) => d.startsWith('/'))).toBe(true); // open start
    expect(dates.some((d) => d.includes('T'))).toBe(true); // time of day
  });
});
