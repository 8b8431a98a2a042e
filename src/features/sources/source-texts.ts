// The captured pages' text, bundled at build time from data/sources/ itself (never a copy kept by hand), into the
// chunk of the sources views only.
const files = import.meta.glob<string>('../../../data/sources/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function sourceText(file: string): string | undefined {
  return files[`../../../data/sources/${file}`];
}
