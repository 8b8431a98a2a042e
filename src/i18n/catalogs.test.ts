import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { expect, test } from 'vitest';
import ru from './ru.json';
import uk from './uk.json';

interface Descriptor {
  id: string;
  defaultMessage: string;
}

// Every catalog of English defaults in the code: one messages.ts per feature (defineMessages), each export a group.
const files = import.meta.glob<Record<string, Record<string, Descriptor>>>('../**/messages.ts', { eager: true });
const modules = Object.values(files).flatMap((exports) => Object.values(exports));
const english = new Map<string, string>();
for (const catalog of modules) {
  for (const { id, defaultMessage } of Object.values(catalog)) english.set(id, defaultMessage);
}

/** The names and kinds of a message's placeholders ("count:plural", "date:argument"), nested ones included. */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) {
        found.add(`${el.value}:${TYPE[el.type]}`);
      } else if (el.type === TYPE.plural || el.type === TYPE.select) {
        found.add(`${el.value}:${TYPE[el.type]}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

test('the code has messages to translate, each id once', () => {
  const ids = modules.flatMap((catalog) => Object.values(catalog).map((d) => d.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length);
});

test.each([
  ['uk', uk],
  ['ru', ru],
] as const)('the %s catalog translates every message, and nothing else', (_name, catalog: Record<string, string>) => {
  const missing = [...english.keys()].filter((id) => !(id in catalog));
  const unknown = Object.keys(catalog).filter((id) => !english.has(id));
  expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
});

test.each([
  ['uk', uk],
  ['ru', ru],
] as const)('the %s catalog keeps each message’s placeholders', (_name, catalog: Record<string, string>) => {
  const differing = [...english].filter(
    ([id, message]) => id in catalog && placeholders(catalog[id]!).join() !== placeholders(message).join(),
  );
  expect(differing.map(([id]) => id)).toEqual([]);
});

test('placeholders are read with their kind, inside plurals too', () => {
  expect(placeholders('{count, plural, one {# event of {total}} other {# events}} <b>x</b>')).toEqual([
    '<b>',
    'count:plural',
    'total:argument',
  ]);
});
