import { expect, test } from 'vitest';
import { realDataset } from '../../testing/real-dataset';
import { actorGroups, actorMatches, matchingSpelling } from './actor-groups';

const data = realDataset();
const actor = (id: string) => data.actors.find((a) => a.id === id)!;

test('people are grouped under their state, organisations included; the rest under Others', () => {
  const groups = actorGroups(data.actors);
  const names = groups.map((g) => g.party?.name ?? 'Others');
  expect(names.slice(0, 4).sort()).toEqual(['Russia', 'Turkey', 'Ukraine', 'United States']);
  expect(names.at(-1)).toBe('Others');
  const russia = groups.find((g) => g.party?.id === 'russia')!;
  expect(russia.members.map((m) => m.id)).toEqual(
    expect.arrayContaining(['vladimir-medinsky', 'kremlin', 'dmitry-peskov']),
  );
});

test.each(['Zelensky', 'Zelenskiy', 'Zelenskyy', 'zelenskiy', 'ZELENSKYY'])('%s finds Volodymyr Zelenskyy', (typed) => {
  expect(actorMatches(actor('volodymyr-zelenskyy'), typed)).toBe(true);
});

test('"Erdogan" finds "Erdoğan", and the matching spelling is named when it is not the display name', () => {
  expect(actorMatches(actor('recep-tayyip-erdogan'), 'Erdogan')).toBe(true);
  expect(matchingSpelling(actor('volodymyr-zelenskyy'), 'zelenskiy')).toBe('Zelenskiy');
  expect(matchingSpelling(actor('volodymyr-zelenskyy'), 'volodymyr')).toBeNull();
  expect(actorMatches(actor('vladimir-medinsky'), 'Erdogan')).toBe(false);
});
