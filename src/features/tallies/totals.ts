// Totals across rounds, as the answer to "what was agreed?": the figures by status (agreed, carried out, offered,
// claimed), then by kind. Only like is added to like: the same kind, status and direction. Claims and figures whose
// direction is not given are listed, never added to anything. The qualifiers decide what a sum may say:
//   all "exact"                  → exact N
//   "exact" and "at least" terms → at least N   (each lower bound stays a lower bound)
//   "exact" and "about" terms    → about N
//   "about" with "at least"      → no total: the sum would have neither a firm floor nor a centre
//   any "all", any missing count, any figure whose precision is "not-given" → no total
// A figure the current filters hide is counted as hidden where it belongs, and a group with a hidden figure gets no
// total: a sum of what happens to show would read as the whole.
import type { Silence, Tally } from '../../data/schema';
import { TALLY_KINDS } from '../../data/tally-kinds';
import { HIDDEN_BY_FILTERS, type CarriedOut } from '../../data/tally-words';

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

/** Figures of one kind, status and direction, added up. */
export interface TotalGroup {
  kind: Tally['kind'];
  status: Tally['status'];
  direction: Tally['direction'];
  /** The figures shown and added, in round order. */
  terms: Tally[];
  /** How many figures of this group the current filters hide. */
  hidden: number;
  sum: Sum;
}

/** One kind within a status: its totals by direction, and the figures never added to anything. */
export interface KindTotals {
  kind: Tally['kind'];
  groups: TotalGroup[];
  /** Shown figures that are listed, not added: claims, and figures whose direction is not given. */
  listed: Tally[];
  /** How many such figures the current filters hide. */
  hiddenListed: number;
  /** For agreed figures: what the record says of their carrying out. */
  carriedOut?: CarriedOut;
}

export interface StatusTotals {
  status: Tally['status'];
  kinds: KindTotals[];
  /** What the sources do not report about the shown figures' events (e.g. how far an exchange was carried out). */
  silences: Silence[];
}

export interface Totals {
  /** Agreed, carried out, offered, claimed: each status that has figures, shown or hidden. */
  statuses: StatusTotals[];
}

/** The order the answer is given in: what was agreed first, claims last. */
export const STATUS_ORDER: readonly Tally['status'][] = ['agreed', 'carried-out', 'offered', 'claimed'];

const DIRECTION_ORDER: readonly Tally['direction'][] = ['each-side', 'to-ukraine', 'to-russia', 'not-given'];

/** True for the figures that are listed rather than added: claims, and figures whose direction is not given. */
export function isListedOnly(tally: Tally): boolean {
  return tally.status === 'claimed' || tally.direction === 'not-given';
}

/**
 * Whether the record holds a carried-out figure of the kind: "reported" when one is shown, "hidden" when the filters
 * hide every one, "not-reported" when there is none (the sources do not say it was carried out).
 */
export function carriedOutOf(
  kind: Tally['kind'],
  all: readonly Tally[],
  visible: (tally: Tally) => boolean,
): CarriedOut {
  const done = all.filter((t) => t.kind === kind && t.status === 'carried-out');
  if (done.length === 0) return 'not-reported';
  return done.some(visible) ? 'reported' : 'hidden';
}

const byRound = (a: Tally, b: Tally) => a.round - b.round;
const hiddenReason = (hidden: number, of: number) =>
  `${hidden} of its ${of} figures ${hidden === 1 ? 'is' : 'are'} ${HIDDEN_BY_FILTERS}`;

/**
 * `all` is every figure of the record; `visible` says which the filters show (every one by default). `silences` are
 * the record's; those without a kind whose event is a shown figure's event go with that figure's status.
 */
export function totals(
  all: readonly Tally[],
  visible: (tally: Tally) => boolean = () => true,
  silences: readonly Silence[] = [],
): Totals {
  const statuses: StatusTotals[] = [];
  for (const status of STATUS_ORDER) {
    const ofStatus = all.filter((t) => t.status === status).sort(byRound);
    if (ofStatus.length === 0) continue;
    const kinds: KindTotals[] = [];
    for (const kind of [...new Set([...TALLY_KINDS, ...ofStatus.map((t) => t.kind)])]) {
      const ofKind = ofStatus.filter((t) => t.kind === kind);
      if (ofKind.length === 0) continue;
      const listedAll = ofKind.filter(isListedOnly);
      const groups = DIRECTION_ORDER.flatMap((direction): TotalGroup[] => {
        const members = ofKind.filter((t) => t.direction === direction && !isListedOnly(t));
        if (members.length === 0) return [];
        const terms = members.filter(visible);
        const hidden = members.length - terms.length;
        const sum =
          hidden > 0 ? { ok: false as const, reason: hiddenReason(hidden, members.length) } : sumFigures(terms);
        return [{ kind, status, direction, terms, hidden, sum }];
      });
      const listed = listedAll.filter(visible);
      kinds.push({
        kind,
        groups,
        listed,
        hiddenListed: listedAll.length - listed.length,
        ...(status === 'agreed' ? { carriedOut: carriedOutOf(kind, all, visible) } : {}),
      });
    }
    const events = new Set(ofStatus.filter(visible).flatMap((t) => (t.event ? [t.event] : [])));
    const related = silences.filter((s) => s.kind === undefined && s.event !== undefined && events.has(s.event));
    statuses.push({ status, kinds, silences: related });
  }
  return { statuses };
}
