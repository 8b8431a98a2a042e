import { expect, test } from 'vitest';
import { realDataset } from '../../testing/real-dataset';
import { splitSummary } from './summary-parts';

test.each([
  ['One sentence only.', 'One sentence only.', ''],
  ['It began. Then it ended.', 'It began.', 'Then it ended.'],
  ['Trump said: "STOP!" Putin did not.', 'Trump said: "STOP!"', 'Putin did not.'],
  ['They met at 8 p.m. Istanbul time. Talks go on.', 'They met at 8 p.m. Istanbul time.', 'Talks go on.'],
  ['The U.S. President spoke. Kyiv replied.', 'The U.S. President spoke.', 'Kyiv replied.'],
  ['Mr. Fidan hosted (in Istanbul). “Good,” he said.', 'Mr. Fidan hosted (in Istanbul).', '“Good,” he said.'],
  ['Casualties rose. 3,000 bodies were offered.', 'Casualties rose.', '3,000 bodies were offered.'],
  ['version 2.5 of the plan was shown', 'version 2.5 of the plan was shown', ''],
])('%s', (summary, lead, rest) => {
  expect(splitSummary(summary)).toEqual({ lead, rest });
});

test('every summary in the record is split without losing a word', () => {
  for (const { summary } of realDataset().events) {
    const { lead, rest } = splitSummary(summary);
    expect(`${lead} ${rest}`.trim().split(/\s+/)).toEqual(summary.trim().split(/\s+/));
    expect(lead.length).toBeGreaterThan(0);
  }
});
