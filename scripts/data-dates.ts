// `npm run data:dates`: writes the dataset's `dates` table, each EDTF string the dataset uses with its bounds, so
// that the app reads dates without shipping a parser. Run it after adding or changing a date; `npm run data:check`
// fails while the table is out of date. Exits 1, writing nothing, when a date is not valid EDTF.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dateTableFor, INVALID_EDTF_MESSAGE } from '../src/data/edtf-parse';
import type { DatedSource } from '../src/data/dated-values';
import { jsonPath } from './lib/check-dataset';

const root = join(import.meta.dirname, '..');
const datasetPath = process.argv[2] ?? join(root, 'data/dataset.json');
const file = relative(root, datasetPath);

const raw = JSON.parse(readFileSync(datasetPath, 'utf8')) as DatedSource & Record<string, unknown>;
let table: ReturnType<typeof dateTableFor>;
try {
  table = dateTableFor(raw);
} catch (error) {
  console.error(`${file}: cannot find its dates (${(error as Error).message}); run npm run data:check for details`);
  process.exit(1);
}
if (table.invalid.length) {
  for (const { path, value } of table.invalid)
    console.error(`${file}: ${jsonPath(path)}: "${value}" ${INVALID_EDTF_MESSAGE}`);
  process.exit(1);
}
// Replacing the key keeps its place in the file; a new table goes last.
writeFileSync(datasetPath, JSON.stringify({ ...raw, dates: table.dates }, null, 2) + '\n');
console.log(`${file}: dates table written, ${Object.keys(table.dates).length} date strings`);
