// The kinds of figure the tallies count, in the order the app lists them. Kept apart from the schema so that code
// which only needs the order does not pull zod into the first chunk the browser loads.
export const TALLY_KINDS = ['prisoners-of-war', 'bodies', 'civilians', 'children'] as const;
