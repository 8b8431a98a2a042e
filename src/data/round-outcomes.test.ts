import { describe, expect, test } from 'vitest';
import { plainText, roundOutcomeLine, roundOutcomes, type RoundOutcome } from './round-outcomes';
import type { Dataset, Tally } from './schema';
import { sentencePhrase, STATUS_LABELS } from './tally-words';
import { fixtureDataset, fixtureWithTallies, makeTally } from '../testing/fixture-dataset';
import { realDataset } from '../testing/real-dataset';

const real = realDataset();
const realOutcomes = roundOutcomes(real);

function outcomeOf(outcomes: RoundOutcome[], round: number): RoundOutcome {
  const outcome = outcomes.find((o) => o.round === round);
  if (!outcome) throw new Error(`no outcome for round ${round}`);
  return outcome;
}

/** The sentence that starts with a status: "Agreed: …", "Claimed by Ukraine: …". */
function sentenceOf(outcome: RoundOutcome, lead: string): string | undefined {
  return outcome.sentences.map((s) => plainText([s])).find((s) => s.startsWith(`${lead}:`));
}

describe('the real dataset', () => {
  test('has one outcome per round, in order, each naming its meeting', () => {
    const rounds = [...new Set(real.events.flatMap((e) => (e.round ? [e.round] : [])))].sort();
    expect(realOutcomes.map((o) => o.round)).toEqual(rounds);
    for (const o of realOutcomes) {
      const meeting = real.events.find((e) => e.round === o.round);
      expect(o.event).toEqual({ id: meeting?.id, title: meeting?.title });
      expect(o.heading).toMatch(new RegExp(`^Round ${o.round} · \\d{1,2} \\w+ 2025$`));
    }
  });

  test.each(realOutcomes.map((o) => [o.round, o] as const))(
    'round %i says every figure once, under its own status, and no status it does not have',
    (round, outcome) => {
      const tallies = real.tallies.filter((t) => t.round === round);
      expect(outcome.groups.flatMap((g) => g.tallies).map((t) => t.id)).toEqual(
        expect.arrayContaining(tallies.map((t) => t.id)),
      );
      expect(outcome.groups.flatMap((g) => g.tallies)).toHaveLength(tallies.length);
      for (const group of outcome.groups) {
        for (const tally of group.tallies) expect(tally.status).toBe(group.status);
        expect(group.lead.startsWith(STATUS_LABELS[group.status])).toBe(true);
        const sentence = sentenceOf(outcome, group.lead);
        for (const tally of group.tallies) expect(sentence).toContain(sentencePhrase(tally));
      }
      for (const [status, label] of Object.entries(STATUS_LABELS)) {
        const has = tallies.some((t) => t.status === status);
        expect(outcome.text.includes(`${label}:`) || outcome.text.includes(`${label} by`)).toBe(has);
      }
    },
  );

  test.each(realOutcomes.map((o) => [o.round, o] as const))(
    'round %i gives place and length as recorded, the length as a quote',
    (round, outcome) => {
      const meeting = real.events.find((e) => e.round === round);
      expect(outcome.place).toBe(meeting?.place ?? null);
      if (meeting?.place) expect(outcome.text.startsWith(meeting.place)).toBe(true);
      if (meeting?.duration) expect(outcome.text).toContain(`Length: “${meeting.duration.text}”.`);
      else expect(outcome.text).toContain('Length not reported.');
    },
  );

  test.each(realOutcomes.map((o) => [o.round, o] as const))(
    'round %i never says nothing about figures: no figures, or each kind the sources are silent on',
    (round, outcome) => {
      const tallies = real.tallies.filter((t) => t.round === round);
      if (tallies.length === 0) expect(outcome.text).toContain('The sources report no figures from this round.');
      const silentKinds = real.silences
        .filter((s) => s.round === round && s.kind && !tallies.some((t) => t.kind === s.kind))
        .map((s) => s.kind);
      expect([...outcome.silentKinds].sort()).toEqual([...new Set(silentKinds)].sort());
    },
  );

  test.each([
    [2, 'Agreed', 'at least 1,000 prisoners of war from each side'],
    [2, 'Agreed', 'about 6,000 bodies from each side'],
    [3, 'Agreed', 'at least 1,200 prisoners of war from each side'],
    [3, 'Offered', '3,000 bodies to Ukraine'],
  ])('round %i: %s: %s', (round, lead, phrase) => {
    expect(sentenceOf(outcomeOf(realOutcomes, round), lead)).toContain(phrase);
  });

  test('round 1, on which the sources report no outcome, says so and gives no number', () => {
    const round1 = outcomeOf(realOutcomes, 1);
    expect(round1.groups).toEqual([]);
    expect(round1.text).toContain('The sources report no figures from this round.');
    expect(round1.text.replace(round1.length ?? '', '')).not.toMatch(/\d/);
  });

  test('what the sources leave out about an agreed exchange is said beside it', () => {
    const silences = real.silences.filter(
      (s) => s.kind === undefined && real.tallies.some((t) => t.event !== undefined && t.event === s.event),
    );
    for (const silence of silences) {
      const outcome = realOutcomes.find((o) => o.groups.some((g) => g.unreported.includes(silence)));
      expect(outcome?.text.toLowerCase()).toContain(`not reported: ${silence.topic.toLowerCase()}`);
    }
  });
});

function fixtureWith(tallies: Tally[], silences: Dataset['silences'] = []): Dataset {
  const dataset = fixtureDataset();
  dataset.tallies = tallies;
  dataset.silences = silences;
  return dataset;
}

test.each<[string, Dataset, number, string]>([
  [
    'the fixture, round 2 (no place or length, a silence on civilians)',
    fixtureWithTallies(),
    2,
    'Place not reported. Length not reported. Agreed: at least 1,000 prisoners of war from each side; all soldiers ' +
      'under 25. The sources give no figure on civilians.',
  ],
  [
    'the fixture, round 3 (a time of day, a claim)',
    fixtureWithTallies(),
    3,
    'Istanbul, 20:37 local time. Length: “about 40 minutes”. Agreed: at least 1,200 prisoners of war from each ' +
      'side. Claimed by Ukraine: 339 children on a list.',
  ],
  [
    'a round without figures',
    fixtureDataset(),
    2,
    'Place not reported. Length not reported. The sources report no figures from this round.',
  ],
  [
    'every status, in order: agreed, offered, carried out, then claims, each claimant apart',
    fixtureWith([
      makeTally({ id: 'c1', status: 'claimed', claimedBy: 'ukraine', label: 'children taken', kind: 'children' }),
      makeTally({ id: 'c2', status: 'claimed', label: 'civilians held', kind: 'civilians', direction: 'not-given' }),
      makeTally({ id: 'done', status: 'carried-out', count: null, qualifier: 'not-given', label: 'prisoners swapped' }),
      makeTally({ id: 'off', status: 'offered', kind: 'bodies', count: 3000, direction: 'to-ukraine' }),
      makeTally({ id: 'ag', status: 'agreed', count: 1, direction: 'to-russia' }),
    ]),
    2,
    'Place not reported. Length not reported. Agreed: 1 prisoner of war to Russia. Offered: 3,000 bodies to ' +
      'Ukraine. Carried out: prisoners swapped from each side (number not given). Claimed by Ukraine: 100 children ' +
      'taken from each side. Claimed: 100 civilians held.',
  ],
  [
    'a silence on the figures’ event, said once after the first group it concerns, a name kept capitalised',
    fixtureWith(
      [
        makeTally({ id: 'a', event: 'deal', count: 500 }),
        makeTally({ id: 'b', event: 'deal', status: 'offered', kind: 'bodies', count: 20 }),
      ],
      [
        { id: 'deal-done', round: 2, event: 'deal', topic: 'Whether the exchange was carried out' },
        { id: 'deal-answer', event: 'deal', topic: 'Russia’s answer' },
        { id: 'other', round: 2, event: 'elsewhere', topic: 'Something else' },
      ],
    ),
    2,
    'Place not reported. Length not reported. Agreed: 500 prisoners of war from each side. Not reported: whether ' +
      'the exchange was carried out. Not reported: Russia’s answer. Offered: 20 bodies from each side.',
  ],
  [
    'silences on two kinds, listed in the order of kinds',
    fixtureWith(
      [makeTally({ id: 'p', count: 10 })],
      [
        { id: 's1', round: 2, kind: 'children', topic: 'Children' },
        { id: 's2', round: 2, kind: 'bodies', topic: 'Bodies' },
        { id: 's3', round: 2, kind: 'prisoners-of-war', topic: 'The size of the swap' },
        { id: 's4', round: 3, kind: 'civilians', topic: 'Another round' },
      ],
    ),
    2,
    'Place not reported. Length not reported. Agreed: 10 prisoners of war from each side. The sources give no ' +
      'figure on bodies or children.',
  ],
])('%s', (_, dataset, round, text) => {
  const outcome = outcomeOf(roundOutcomes(dataset), round);
  expect(outcome.text).toBe(text);
  expect(plainText(outcome.sentences)).toBe(text);
  expect(roundOutcomeLine(outcome)).toBe(`${outcome.heading}. ${text}`);
});

test('a status is said as it is recorded: an agreed figure never reads as carried out', () => {
  for (const status of ['agreed', 'offered', 'claimed', 'carried-out'] as const) {
    const outcome = outcomeOf(roundOutcomes(fixtureWith([makeTally({ id: 't', status, count: 1200 })])), 2);
    const others = Object.entries(STATUS_LABELS).filter(([s]) => s !== status);
    expect(outcome.text).toContain(`${STATUS_LABELS[status]}:`);
    for (const [, label] of others) expect(outcome.text).not.toContain(label);
    expect(outcome.text).not.toMatch(/exchanged|returned|handed over/);
  }
});

test('a round named only by a figure has a heading without a day, and no meeting to open', () => {
  const outcome = outcomeOf(roundOutcomes(fixtureWith([makeTally({ id: 'r1', round: 1, count: 5 })])), 1);
  expect(outcome).toMatchObject({ heading: 'Round 1', event: null, date: null, place: null, length: null });
  expect(outcome.text).toBe('Place not reported. Length not reported. Agreed: 5 prisoners of war from each side.');
});

test('the status word, the quoted length and silences are marked apart, without changing the words', () => {
  const outcome = outcomeOf(roundOutcomes(fixtureWithTallies()), 3);
  const roles = outcome.sentences.flat().filter((s) => s.role);
  expect(roles).toEqual([
    { text: '“about 40 minutes”', role: 'quote' },
    { text: 'Agreed:', role: 'status' },
    { text: 'Claimed by Ukraine:', role: 'status' },
  ]);
});
