// `npm run data:check`: validates data/dataset.json against its schema, its sources and the manifest.
// Exits 1 with one line per problem: file, JSON path, what is wrong.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkDataset } from './lib/check-dataset';

const root = join(import.meta.dirname, '..');
const datasetPath = process.argv[2] ?? join(root, 'data/dataset.json');
const sourcesDir = join(root, 'data/sources');
const manifestPath = join(sourcesDir, 'manifest.json');

const sourceTexts = new Map(
  readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => [f, readFileSync(join(sourcesDir, f), 'utf8')] as const),
);

const problems = checkDataset({
  datasetFile: relative(root, datasetPath),
  datasetText: readFileSync(datasetPath, 'utf8'),
  manifestFile: relative(root, manifestPath),
  manifestText: readFileSync(manifestPath, 'utf8'),
  sourceTexts,
  sourcesDir: relative(root, sourcesDir),
});

if (problems.length) {
  for (const p of problems) console.error(`${p.file}: ${p.path}: ${p.message}`);
  console.error(`data:check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const data = JSON.parse(readFileSync(datasetPath, 'utf8')) as Record<string, unknown[]>;
const counts = ['sources', 'actors', 'events', 'tallies', 'silences', 'conflicts']
  .map((k) => `${data[k]?.length ?? 0} ${k}`)
  .join(', ');
console.log(`data:check passed: ${counts}; every quote found in its source`);
