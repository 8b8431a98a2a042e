import { expect, test } from 'vitest';
import { routeOf, routePath } from './route';

test.each([
  ['/', { page: 'home' }],
  ['/index.html', { page: 'home' }],
  ['/e/round-3/', { page: 'event', id: 'round-3' }],
  ['/e/round-3', { page: 'event', id: 'round-3' }],
  ['/e/round-3/index.html', { page: 'event', id: 'round-3' }],
  ['/e/Round-3/', { page: 'not-found' }],
  ['/e/round-3/extra/', { page: 'not-found' }],
  ['/e/%3Cimg%3E/', { page: 'not-found' }],
  ['/nope/', { page: 'not-found' }],
  ['/e/', { page: 'not-found' }],
  ['/embed/', { page: 'embed' }],
  ['/embed/index.html', { page: 'embed' }],
  ['/embed/e/round-3/', { page: 'not-found' }],
  ['/sources/', { page: 'sources' }],
  ['/sources/index.html', { page: 'sources' }],
  ['/sources/reuters-2025-07-23/', { page: 'source', id: 'reuters-2025-07-23' }],
  ['/sources/reuters-2025-07-23/index.html', { page: 'source', id: 'reuters-2025-07-23' }],
  ['/sources/Reuters/', { page: 'not-found' }],
  ['/sources/a/b/', { page: 'not-found' }],
])('the path %s names %o', (path, route) => {
  expect(routeOf(path, '/')).toEqual(route);
});

test('paths are read under the site base, and written under it', () => {
  expect(routeOf('/record/e/round-2/', '/record/')).toEqual({ page: 'event', id: 'round-2' });
  expect(routeOf('/record/', '/record/')).toEqual({ page: 'home' });
  expect(routeOf('/elsewhere/', '/record/')).toEqual({ page: 'not-found' });
  expect(routePath({ page: 'event', id: 'round-2' }, '/record/')).toBe('/record/e/round-2/');
  expect(routePath({ page: 'home' }, '/record/')).toBe('/record/');
  expect(routePath({ page: 'sources' }, '/record/')).toBe('/record/sources/');
  expect(routePath({ page: 'source', id: 'cgtn-2025-07' }, '/record/')).toBe('/record/sources/cgtn-2025-07/');
});

test('an id longer than an id may be is not an event', () => {
  expect(routeOf(`/e/${'a'.repeat(81)}/`, '/')).toEqual({ page: 'not-found' });
});

test.each([
  ['/uk/', { page: 'home' }],
  ['/ru/', { page: 'home' }],
  ['/uk/e/round-3/', { page: 'event', id: 'round-3' }],
  ['/ru/e/round-3/index.html', { page: 'event', id: 'round-3' }],
  ['/uk/embed/', { page: 'embed' }],
  ['/de/', { page: 'not-found' }],
  ['/uk/nope/', { page: 'not-found' }],
  ['/ukr/', { page: 'not-found' }],
])('the path %s, under a language prefix, names %o', (path, route) => {
  expect(routeOf(path, '/')).toEqual(route);
});
