import { expect, test } from 'vitest';
import { durationCitations, durationMinutesText, isOnDay, roundComparison, roundDay } from './round-comparison';
import { realDataset } from '../../testing/real-dataset';
import { resolveEdtf } from '../../data/edtf-parse';

const ids = (events: { id: string }[]) => events.map((e) => e.id);

test('lines up, for each round of the real dataset, the tagged events of that day', () => {
  const columns = roundComparison(realDataset());
  expect(columns.map((c) => [c.round, c.event?.duration?.text])).toEqual([
    [1, 'ended within two hours'],
    [2, 'Only an hour had passed when the negotiators emerged'],
    [3, 'just 40 minutes'],
  ]);
  const [r1, r2, r3] = columns;
  expect(r1!.topics).toEqual({ 'ceasefire-proposal': [], 'leaders-meeting-proposal': [], 'next-steps': [] });
  expect(ids(r2!.topics['ceasefire-proposal'])).toEqual([
    'round-2-partial-ceasefire-offer',
    'round-2-russian-memorandum',
  ]);
  expect(ids(r2!.topics['leaders-meeting-proposal'])).toEqual(['erdogan-superb-progress']);
  expect(ids(r2!.topics['next-steps'])).toEqual(['round-2-third-round-proposal']);
  expect(ids(r3!.topics['ceasefire-proposal'])).toEqual(['round-3-ceasefire-positions']);
  expect(ids(r3!.topics['leaders-meeting-proposal'])).toEqual([
    'round-3-leaders-meeting-proposal',
    'round-3-medinsky-summit-position',
  ]);
  expect(ids(r3!.topics['next-steps'])).toEqual(['round-3-joint-working-groups']);
});

test('the real proposals name who made them', () => {
  const [, r2, r3] = roundComparison(realDataset());
  expect(r2!.topics['ceasefire-proposal'].map((e) => e.proposedBy)).toEqual(['russia', 'russia']);
  expect(r2!.topics['leaders-meeting-proposal'][0]!.proposedBy).toBe('turkey');
  expect(r3!.topics['leaders-meeting-proposal'][0]!.proposedBy).toBe('ukraine');
});

test('an event counts for a round only when its date is that very day, stated without ~ or ?', () => {
  const day = roundDay(resolveEdtf('2025-07-23T20:37'))!;
  const at = (date: string) => isOnDay(resolveEdtf(date), day);
  expect(at('2025-07-23')).toBe(true);
  expect(at('2025-07-23T09:00')).toBe(true);
  expect(at('2025-07-22')).toBe(false);
  expect(at('2025-07')).toBe(false);
  expect(at('/2025-07-23')).toBe(false);
  expect(at('2025-07-23~')).toBe(false);
  expect(at('2025-07-23?')).toBe(false);
  expect(roundDay(resolveEdtf('2025-07'))).toBeNull();
});

test('a tagged event on another day stays out of the comparison (Erdoğan’s undated venue offer)', () => {
  const all = roundComparison(realDataset()).flatMap((c) => Object.values(c.topics).flat());
  expect(ids(all)).not.toContain('erdogan-istanbul-venue-offer');
});

test('the length of a meeting comes from the round event, with the quotes that state it', () => {
  const round1 = realDataset().events.find((e) => e.id === 'round-1')!;
  expect(durationMinutesText(round1.duration!)).toBe('at most 120 minutes');
  const quotes = durationCitations(round1).map((c) => c.source);
  expect(quotes).toEqual(['dailymail-2025-06-02']);
  expect(durationMinutesText({ text: 'a while', qualifier: 'about' })).toBeNull();
});
