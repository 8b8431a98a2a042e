// Totals across rounds. Only like is added to like: the same kind, status and direction. Claims and figures whose
// direction is not given are never added to anything. The qualifiers decide what a sum may say:
//   all "exact"                  → exact N
//   "exact" and "at least" terms → at least N   (each lower bound stays a lower bound)
//   "exact" and "about" terms    → about N
//   "about" with "at least"      → no total: the sum would have neither a firm floor nor a centre
//   any "all", any missing count, any figure whose precision is "not-given" → no total
import type { Tally } from '../../data/schema';
import { TALLY_KINDS } from '../../data/tally-kinds';

export type SumQualifier = 'exact' | 'at-least' | 'about';

export type Sum = { ok: true; count: number; qualifier: SumQualifier } | { ok: false; reason: string };

/** Adds figures by the rule above; the reason says in words why a sum cannot be given. */
export function sumFigures(terms: ReadonlyArray<Pick<Tally, 'count' | 'qualifier'>>): Sum {
  if (terms.length === 0) return { ok: false, reason: 'there is nothing to add' };
  if (terms.some((t) => t.qualifier === 'all')) {
    return { ok: false, reason: 'one figure is “all” of a group, with no number' };
  }
  if (terms.some((t) => t.count === null)) return { ok: false, reason: 'one figure has no number' };
  if (terms.some((t) => t.qualifier === 'not-given')) {
    return { ok: false, reason: 'one figure’s precision is not given' };
  }
  const atLeast = terms.some((t) => t.qualifier === 'at-least');
  const about = terms.some((t) => t.qualifier === 'about');
  if (atLeast && about) {
    return { ok: false, reason: 'it would add “about” figures to “at least” figures' };
  }
  const count = terms.reduce((n, t) => n + (t.count ?? 0), 0);
  return { ok: true, count, qualifier: atLeast ? 'at-least' : about ? 'about' : 'exact' };
}

export interface TotalGroup {
  kind: Tally['kind'];
  status: Tally['status'];
  direction: Tally['direction'];
  /** The figures added, in round order. */
  terms: Tally[];
  sum: Sum;
}

export interface LeftOut {
  tally: Tally;
  reason: string;
}

export interface Totals {
  groups: TotalGroup[];
  /** Figures that are never added to anything, with the reason. */
  leftOut: LeftOut[];
}

function leftOutReason(tally: Tally): string | null {
  if (tally.status === 'claimed') return 'a claim: claims are never added up';
  if (tally.direction === 'not-given') return 'its direction is not given, so it cannot be matched with another figure';
  return null;
}

export function totals(tallies: readonly Tally[]): Totals {
  const groups = new Map<string, TotalGroup>();
  const leftOut: LeftOut[] = [];
  const ordered = [...tallies].sort((a, b) => a.round - b.round);
  for (const tally of ordered) {
    const reason = leftOutReason(tally);
    if (reason) {
      leftOut.push({ tally, reason });
      continue;
    }
    const key = `${tally.kind}|${tally.status}|${tally.direction}`;
    const group = groups.get(key);
    if (group) group.terms.push(tally);
    else
      groups.set(key, {
        kind: tally.kind,
        status: tally.status,
        direction: tally.direction,
        terms: [tally],
        sum: { ok: false, reason: '' },
      });
  }
  const kindOrder = (kind: Tally['kind']) => TALLY_KINDS.indexOf(kind);
  const done = [...groups.values()]
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind))
    .map((g) => ({ ...g, sum: sumFigures(g.terms) }));
  return { groups: done, leftOut };
}
