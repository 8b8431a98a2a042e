// The list as rows, for the windowed list: a heading row for each stretch of the story, then its entries. The
// background's entries are left out while it is folded.
import type { ChronologyEntry, StoryGroup } from '../../data/chronology';

export type StoryRow =
  { kind: 'heading'; key: string; group: StoryGroup } | { kind: 'entry'; key: string; entry: ChronologyEntry };

export function storyRows(groups: readonly StoryGroup[], backgroundOpen: boolean): StoryRow[] {
  const rows: StoryRow[] = [];
  for (const group of groups) {
    if (group.label) rows.push({ kind: 'heading', key: `group:${group.key}`, group });
    if (group.kind === 'background' && !backgroundOpen) continue;
    for (const entry of group.entries) rows.push({ kind: 'entry', key: entry.event.id, entry });
  }
  return rows;
}
