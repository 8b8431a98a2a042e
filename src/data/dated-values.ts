// Every place the dataset holds an EDTF string, with its JSON path: the schema checks each has an entry in `dates`,
// and `npm run data:dates` builds the table from them. One list, so the two cannot disagree on where dates live.

/** The parts of a dataset that hold dates (the parsed dataset, or a fixture before its table is written). */
export interface DatedSource {
  sources: readonly { published: string | null }[];
  actors: readonly { roles: readonly { held: string }[] }[];
  events: readonly { date: string; end?: string | undefined }[];
}

export interface DatedValue {
  /** Where it is, as zod reports issue paths: ['events', 3, 'date'] */
  path: (string | number)[];
  value: string;
}

export function datedValues(data: DatedSource): DatedValue[] {
  const values: DatedValue[] = [];
  data.sources.forEach((s, i) => {
    if (s.published !== null) values.push({ path: ['sources', i, 'published'], value: s.published });
  });
  data.actors.forEach((a, i) =>
    a.roles.forEach((r, j) => values.push({ path: ['actors', i, 'roles', j, 'held'], value: r.held })),
  );
  data.events.forEach((e, i) => {
    values.push({ path: ['events', i, 'date'], value: e.date });
    if (e.end !== undefined) values.push({ path: ['events', i, 'end'], value: e.end });
  });
  return values;
}
