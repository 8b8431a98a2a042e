// `npm run data:translations`: what each language's file lacks after the English has changed: the fields to
// translate with their English, and the stale entries with the English they translated and the English now. Edit
// data/translations/<language>.json (text and en together), then run `npm run data:check`, which fails until none is
// left.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { datasetSchema } from '../src/data/schema';
import { TRANSLATION_LANGUAGES } from '../src/data/translation-schema';
import { checkTranslation } from './lib/check-translations';

const root = join(import.meta.dirname, '..');
const dataset = datasetSchema.parse(JSON.parse(readFileSync(join(root, 'data/dataset.json'), 'utf8')));

let unreadable = false;
for (const language of TRANSLATION_LANGUAGES) {
  const path = join(root, 'data/translations', `${language}.json`);
  const file = relative(root, path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = JSON.stringify({ format: 'istanbul-talks-2025/translation', version: 1, language, entries: {} });
    console.log(`${file} does not exist yet: everything below is to translate`);
  }
  const { status, problems } = checkTranslation({ file, language, text, dataset });
  if (!status) {
    for (const p of problems) console.error(`${p.file}: ${p.path}: ${p.message}`);
    unreadable = true;
    continue;
  }
  const { missing, stale, orphans } = status;
  if (!missing.length && !stale.length && !orphans.length) {
    console.log(`${language}: all ${status.fields} fields translated and current (${file})`);
    continue;
  }
  console.log(
    `${language}: ${missing.length} to translate, ${stale.length} stale, ${orphans.length} with no English original (${file})`,
  );
  for (const { key, en } of missing) console.log(`  to translate  ${key}\n                English: ${en}`);
  for (const { key, was, now } of stale) {
    console.log(`  stale         ${key}\n                was: ${was}\n                now: ${now}`);
  }
  for (const key of orphans) console.log(`  remove        ${key} (no such field in the dataset)`);
}
if (unreadable) process.exit(1);
