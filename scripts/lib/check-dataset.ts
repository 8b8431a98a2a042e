// Every rule of `npm run data:check`, as a pure function over the files' text, so that tests can feed it broken copies.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { datasetSchema, type Citation, type Dataset } from '../../src/data/schema';
import { dateTableFor, INVALID_EDTF_MESSAGE } from '../../src/data/edtf-parse';
import { isDeepStrictEqual } from 'node:util';
import { manifestSchema } from './manifest-schema';
import { normaliseForQuote, textStatesNumber } from './text';

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export interface CheckInput {
  datasetFile: string;
  datasetText: string;
  manifestFile: string;
  manifestText: string;
  /** Source documents by file name, as bytes were read from data/sources/. */
  sourceTexts: ReadonlyMap<string, string>;
  sourcesDir: string;
}

/** JSONPath-like rendering of a zod issue path: $.events[3].citations[0].quote */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

function parseJson(file: string, text: string, problems: Problem[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    problems.push({ file, path: '$', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function schemaProblems(file: string, error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({ file, path: jsonPath(issue.path), message: issue.message }));
}

export function checkDataset(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const rawDataset = parseJson(input.datasetFile, input.datasetText, problems);
  const rawManifest = parseJson(input.manifestFile, input.manifestText, problems);
  if (problems.length) return problems;

  const parsed = datasetSchema.safeParse(rawDataset);
  if (!parsed.success) problems.push(...schemaProblems(input.datasetFile, parsed.error));
  const manifest = manifestSchema.safeParse(rawManifest);
  if (!manifest.success) problems.push(...schemaProblems(input.manifestFile, manifest.error));
  if (!parsed.success) return problems;

  const data = parsed.data;
  const at = (path: string, message: string) => problems.push({ file: input.datasetFile, path, message });

  checkUniqueIds(data, at);
  checkReferences(data, at);
  checkInferredDates(data, at);
  checkDateTable(data, at);
  checkSources(data, input, at);
  checkSourceKinds(data, at);
  checkQuotes(data, input, at);
  checkTallyCounts(data, at);
  if (manifest.success) checkManifest(data, manifest.data, input, problems);
  return problems;
}

type At = (path: string, message: string) => void;

/** The `dates` table must be exactly what the parser makes of the dataset's date strings (`npm run data:dates`). */
function checkDateTable(data: Dataset, at: At): void {
  const expected = dateTableFor(data);
  for (const { path, value } of expected.invalid) at(jsonPath(path), `"${value}" ${INVALID_EDTF_MESSAGE}`);
  const stale = 'run `npm run data:dates` to rewrite the table';
  for (const [value, date] of Object.entries(data.dates)) {
    const key = `$.dates[${JSON.stringify(value)}]`;
    const wanted = expected.dates[value];
    if (expected.invalid.some((v) => v.value === value)) continue;
    if (!wanted) at(key, `no date in the dataset is "${value}": ${stale}`);
    else if (!isDeepStrictEqual(date, wanted)) at(key, `does not match what "${value}" means: ${stale}`);
  }
}

function checkUniqueIds(data: Dataset, at: At): void {
  const collections = ['sources', 'tracks', 'actors', 'events', 'tallies', 'silences', 'conflicts'] as const;
  for (const name of collections) {
    const seen = new Map<string, number>();
    data[name].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined) at(`$.${name}[${i}].id`, `id "${item.id}" repeats $.${name}[${first}].id`);
      else seen.set(item.id, i);
    });
  }
  data.conflicts.forEach((conflict, i) => {
    const seen = new Set<string>();
    conflict.claims.forEach((claim, j) => {
      if (seen.has(claim.id))
        at(`$.conflicts[${i}].claims[${j}].id`, `claim id "${claim.id}" repeats in this conflict`);
      seen.add(claim.id);
    });
  });
}

function checkReferences(data: Dataset, at: At): void {
  const ids = {
    source: new Set(data.sources.map((s) => s.id)),
    track: new Set(data.tracks.map((t) => t.id)),
    actor: new Set(data.actors.map((a) => a.id)),
    event: new Set(data.events.map((e) => e.id)),
    tally: new Set(data.tallies.map((t) => t.id)),
  };
  const ref = (kind: keyof typeof ids, id: string | undefined, path: string) => {
    if (id !== undefined && !ids[kind].has(id)) at(path, `refers to ${kind} "${id}", which does not exist`);
  };
  for (const { citations, path } of allCitations(data)) {
    citations.forEach((c, k) => ref('source', c.source, `${path}.citations[${k}].source`));
  }
  data.actors.forEach((a, i) => ref('actor', a.affiliation, `$.actors[${i}].affiliation`));
  data.events.forEach((e, i) => {
    ref('track', e.track, `$.events[${i}].track`);
    e.actors.forEach((actor, k) => ref('actor', actor, `$.events[${i}].actors[${k}]`));
    ref('actor', e.proposedBy, `$.events[${i}].proposedBy`);
  });
  data.tallies.forEach((t, i) => {
    ref('event', t.event, `$.tallies[${i}].event`);
    ref('actor', t.claimedBy, `$.tallies[${i}].claimedBy`);
    t.statedBy.forEach((actor, k) => ref('actor', actor, `$.tallies[${i}].statedBy[${k}]`));
  });
  data.silences.forEach((s, i) => ref('event', s.event, `$.silences[${i}].event`));
  data.conflicts.forEach((c, i) => {
    const { type, id } = c.subject;
    if (type === 'event') ref('event', id, `$.conflicts[${i}].subject.id`);
    if (type === 'tally') ref('tally', id, `$.conflicts[${i}].subject.id`);
    if (type === 'actor') ref('actor', id, `$.conflicts[${i}].subject.id`);
    if (type === 'source') ref('source', id, `$.conflicts[${i}].subject.id`);
    if (!c.claims.some((claim) => claim.id === c.shown)) {
      at(`$.conflicts[${i}].shown`, `names claim "${c.shown}", which is not one of this conflict's claims`);
    }
  });
  const rounds = new Map<number, number>();
  data.events.forEach((e, i) => {
    if (e.round === undefined) return;
    const first = rounds.get(e.round);
    if (first !== undefined) at(`$.events[${i}].round`, `round ${e.round} is already $.events[${first}]`);
    rounds.set(e.round, i);
  });
}

function checkInferredDates(data: Dataset, at: At): void {
  data.events.forEach((e, i) => {
    if (e.inferred && !e.dateNote?.trim()) {
      at(`$.events[${i}].dateNote`, 'the date is inferred but has no note saying from which words and which article');
    }
  });
}

function* allCitations(data: Dataset): Generator<{ citations: Citation[]; path: string }> {
  for (const [i, a] of data.actors.entries()) {
    for (const [j, r] of a.roles.entries()) yield { citations: r.citations, path: `$.actors[${i}].roles[${j}]` };
  }
  for (const [i, e] of data.events.entries()) yield { citations: e.citations, path: `$.events[${i}]` };
  for (const [i, t] of data.tallies.entries()) yield { citations: t.citations, path: `$.tallies[${i}]` };
  for (const [i, c] of data.conflicts.entries()) {
    for (const [j, claim] of c.claims.entries()) {
      yield { citations: claim.citations, path: `$.conflicts[${i}].claims[${j}]` };
    }
  }
}

/** The article's text: its line range of its file, or undefined when the file or the range is missing. */
function articleText(data: Dataset, input: CheckInput, sourceId: string): string | undefined {
  const source = data.sources.find((s) => s.id === sourceId);
  if (!source) return undefined;
  const text = input.sourceTexts.get(source.file);
  if (text === undefined) return undefined;
  const [first, last] = source.lines;
  return text
    .split(/\r?\n/)
    .slice(first - 1, last)
    .join('\n');
}

function checkSources(data: Dataset, input: CheckInput, at: At): void {
  data.sources.forEach((s, i) => {
    const text = input.sourceTexts.get(s.file);
    if (text === undefined) {
      at(`$.sources[${i}].file`, `${input.sourcesDir}/${s.file} does not exist`);
      return;
    }
    const count = text.split(/\r?\n/).length;
    const [first, last] = s.lines;
    if (first > last || last > count) {
      at(`$.sources[${i}].lines`, `lines ${first}-${last} are not a range inside ${s.file} (${count} lines)`);
    }
  });
}

/**
 * A copy names an original that exists, is not itself and is not a copy in turn (so one report is one original and
 * its copies); a copy that credits an outlet (`via`) names an article by that outlet; an opinion piece says what shows
 * it is one. Whether the note's reasons hold is the editor's judgement: the check only makes sure there is one.
 */
function checkSourceKinds(data: Dataset, at: At): void {
  const byId = new Map(data.sources.map((s) => [s.id, s]));
  data.sources.forEach((s, i) => {
    if (s.genre === 'opinion' && !s.genreNote?.trim()) {
      at(`$.sources[${i}].genreNote`, 'an opinion piece needs a note saying what shows it is opinion');
    }
    if (!s.copyOf) return;
    const path = `$.sources[${i}].copyOf.source`;
    const original = byId.get(s.copyOf.source);
    if (!original) at(path, `refers to source "${s.copyOf.source}", which does not exist`);
    else if (original.id === s.id) at(path, 'an article cannot be a copy of itself');
    else if (original.copyOf) {
      at(path, `names "${original.id}", which is itself a copy of "${original.copyOf.source}": name the original`);
    } else if (s.via !== undefined && s.via !== original.publisher) {
      at(path, `the page credits "${s.via}" (via), but "${original.id}" is by "${original.publisher}"`);
    }
  });
}

function checkQuotes(data: Dataset, input: CheckInput, at: At): void {
  for (const { citations, path } of allCitations(data)) {
    citations.forEach((c, k) => {
      const text = articleText(data, input, c.source);
      if (text === undefined) return; // the dangling reference or missing file is reported elsewhere
      if (!normaliseForQuote(text).includes(normaliseForQuote(c.quote))) {
        const source = data.sources.find((s) => s.id === c.source);
        at(
          `${path}.citations[${k}].quote`,
          `quote not found in ${input.sourcesDir}/${source?.file} lines ${source?.lines.join('-')}: "${c.quote.slice(0, 80)}${c.quote.length > 80 ? '…' : ''}"`,
        );
      }
    });
  }
}

function checkTallyCounts(data: Dataset, at: At): void {
  data.tallies.forEach((t, i) => {
    if (t.count === null) return;
    const count = t.count;
    if (!t.citations.some((c) => textStatesNumber(c.quote, count))) {
      at(`$.tallies[${i}].count`, `count ${count} does not appear in any of its quotes (as digits or in words)`);
    }
  });
}

function checkManifest(
  data: Dataset,
  manifest: z.infer<typeof manifestSchema>,
  input: CheckInput,
  problems: Problem[],
): void {
  const at = (path: string, message: string) => problems.push({ file: input.manifestFile, path, message });
  const described = new Set(manifest.documents.map((d) => d.file));
  for (const file of input.sourceTexts.keys()) {
    if (!described.has(file)) at('$.documents', `${input.sourcesDir}/${file} is not described in the manifest`);
  }
  type Article = z.infer<typeof manifestSchema>['documents'][number]['articles'][number] & { file: string };
  const articles = new Map<string, Article>();
  manifest.documents.forEach((doc, i) => {
    const text = input.sourceTexts.get(doc.file);
    if (text === undefined) {
      at(`$.documents[${i}].file`, `${input.sourcesDir}/${doc.file} does not exist`);
      return;
    }
    const hash = createHash('sha256').update(text, 'utf8').digest('hex');
    if (hash !== doc.sha256) {
      at(`$.documents[${i}].sha256`, `${doc.file} has changed: its sha256 is ${hash}; sources must stay unchanged`);
    }
    doc.articles.forEach((a, j) => {
      articles.set(a.id, { ...a, file: doc.file });
      checkFurniture(a, `$.documents[${i}].articles[${j}]`, at);
    });
  });
  data.sources.forEach((s, i) => {
    const entry = articles.get(s.id);
    const path = `$.sources[${i}]`;
    if (!entry) {
      problems.push({ file: input.datasetFile, path, message: `source "${s.id}" is not an article in the manifest` });
    } else if (entry.file !== s.file || entry.lines.join() !== s.lines.join()) {
      problems.push({
        file: input.datasetFile,
        path,
        message: `source "${s.id}" points at ${s.file} lines ${s.lines.join('-')}, the manifest at ${entry.file} lines ${entry.lines.join('-')}`,
      });
    } else if (!entry.onTopic) {
      problems.push({ file: input.datasetFile, path, message: `source "${s.id}" is marked off-topic in the manifest` });
    } else if (entry.published !== s.published || entry.headline !== s.headline) {
      problems.push({
        file: input.datasetFile,
        path,
        message: `source "${s.id}" disagrees with the manifest on its headline or publication date`,
      });
    }
  });
}

/** Furniture lies inside its article, one line range after another, so the view can leave it out line by line. */
function checkFurniture(
  article: z.infer<typeof manifestSchema>['documents'][number]['articles'][number],
  path: string,
  at: (path: string, message: string) => void,
): void {
  const [first, last] = article.lines;
  let previous = first - 1;
  article.furniture.forEach((f, k) => {
    const [from, to] = f.lines;
    if (from > to || from < first || to > last) {
      at(`${path}.furniture[${k}].lines`, `lines ${from}-${to} are not inside the article's lines ${first}-${last}`);
    } else if (from <= previous) {
      at(`${path}.furniture[${k}].lines`, `lines ${from}-${to} overlap or precede the furniture before them`);
    } else {
      previous = to;
    }
  });
}
