// `npm run data:check`: validates data/dataset.json against its schema, its sources and the manifest, and each
// translation in data/translations/ against the dataset. Exits 1 with one line per problem: file, JSON path, what is
// wrong.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datasetSchema } from '../src/data/schema';
import { TRANSLATION_LANGUAGES } from '../src/data/translation-schema';
import { checkDataset, type Problem } from './lib/check-dataset';
import { checkTranslation, type TranslationStatus } from './lib/check-translations';

const root = join(import.meta.dirname, '..');
const datasetPath = process.argv[2] ?? join(root, 'data/dataset.json');
const sourcesDir = join(root, 'data/sources');
const manifestPath = join(sourcesDir, 'manifest.json');
const translationsDir = join(root, 'data/translations');

const sourceTexts = new Map(
  readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')] as const),
);

const datasetText = readFileSync(datasetPath, 'utf8');
const problems: Problem[] = checkDataset({
  datasetFile: relative(root, datasetPath),
  datasetText,
  manifestFile: relative(root, manifestPath),
  manifestText: readFileSync(manifestPath, 'utf8'),
  sourceTexts,
  sourcesDir: relative(root, sourcesDir),
});

// Translations are checked against the dataset they translate, so only once it parses. A run on another dataset
// (an editor's or the bench's) has no translations of its own.
const summaries: string[] = [];
const parsed = (() => {
  try {
    return datasetSchema.safeParse(JSON.parse(datasetText));
  } catch {
    return undefined; // reported by checkDataset
  }
})();
if (parsed?.success && process.argv[2] === undefined) {
  for (const language of TRANSLATION_LANGUAGES) {
    const path = join(translationsDir, `${language}.json`);
    const file = relative(root, path);
    if (!existsSync(path)) {
      problems.push({ file, path: '$', message: 'does not exist: every language needs its translation file' });
      continue;
    }
    const report = checkTranslation({ file, language, text: readFileSync(path, 'utf8'), dataset: parsed.data });
    problems.push(...report.problems);
    if (report.status) summaries.push(`translations ${language}: ${describe(report.status, report.problems.length)}`);
  }
}

function describe(status: TranslationStatus, problemCount: number): string {
  const parts = [`${status.current} of ${status.fields} fields translated and current`];
  if (status.missing.length) parts.push(`${status.missing.length} missing`);
  if (status.stale.length) parts.push(`${status.stale.length} stale`);
  if (status.orphans.length) parts.push(`${status.orphans.length} with no English original`);
  const other = problemCount - status.missing.length - status.stale.length - status.orphans.length;
  if (other > 0) parts.push(`${other} other problem${other === 1 ? '' : 's'}`);
  return parts.join(', ');
}

for (const line of summaries) console.log(line);
if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.path}: ${p.message}`);
  console.error(`data:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const data = JSON.parse(datasetText) as Record<string, unknown[]>;
const counts = ['sources', 'actors', 'events', 'tallies', 'silences', 'conflicts']
  .map((k) => `${data[k]?.length ?? 0} ${k}`)
  .join(', ');
console.log(`data:check passed: ${counts}; every quote found in its source`);
