import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { fillTemplate } from './page-template';

const template = readFileSync('index.html', 'utf8');

test('index.html has what the prerendered pages fill in: a title, a description and an empty #root', () => {
  const html = fillTemplate(template, { head: '<title>T</title>', body: '<p>Body</p>', hints: [] });
  expect(html).toContain('<title>T</title>');
  expect(html).not.toContain('Istanbul talks 2025 — a sourced record</title>');
  expect(html).not.toMatch(/<meta\s+name="description"/);
  expect(html).toContain('<div id="root"><p>Body</p></div>');
});

test('hints go at the end of the head, and text that looks like a replacement pattern stays as it is', () => {
  const html = fillTemplate(template, {
    head: '<title>$& and $1</title>',
    body: '<p>$` costs $$5</p>',
    hints: ['<link rel="modulepreload" href="/assets/t.js" />'],
  });
  expect(html).toContain('<title>$& and $1</title>');
  expect(html).toContain('<p>$` costs $$5</p>');
  expect(html).toMatch(/<link rel="modulepreload" href="\/assets\/t\.js" \/>\n {2}<\/head>/);
});

test('a template that lost a part the pages need stops the build, naming it', () => {
  expect(() => fillTemplate('<html><head></head><body></body></html>', { head: '', body: '', hints: [] })).toThrow(
    /<title>/,
  );
  expect(() => fillTemplate(template.replace('<div id="root"></div>', ''), { head: '', body: '', hints: [] })).toThrow(
    /root/,
  );
});

test("a page in another language says so in <html lang>; without one the template's English stays", () => {
  const parts = { head: '<title>T</title>', body: '', hints: [] };
  expect(fillTemplate(template, { ...parts, lang: 'uk' })).toMatch(/<html lang="uk">/);
  expect(fillTemplate(template, parts)).toMatch(/<html lang="en">/);
});
