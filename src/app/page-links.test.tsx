import { expect, test } from 'vitest';
import { pageLinkRoute } from './page-links';

/** A click on a fresh link to `href`, as the document's listener sees it. */
function clickOn(href: string, init: MouseEventInit = {}, attributes: Record<string, string> = {}) {
  const a = document.createElement('a');
  a.href = href;
  for (const [k, v] of Object.entries(attributes)) a.setAttribute(k, v);
  a.textContent = 'link';
  document.body.append(a);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
  Object.defineProperty(event, 'target', { value: a });
  return event;
}

test('links into the sources views are followed in the page', () => {
  expect(pageLinkRoute(clickOn('/sources/cgtn-2025-07/#q-abc'), '/e/round-3/')?.route).toEqual({
    page: 'source',
    id: 'cgtn-2025-07',
  });
  expect(pageLinkRoute(clickOn('/sources/'), '/')?.route).toEqual({ page: 'sources' });
});

test('from the sources views, links to the record and its events are followed in the page too', () => {
  expect(pageLinkRoute(clickOn('/e/round-3/'), '/sources/cgtn-2025-07/')?.route).toEqual({
    page: 'event',
    id: 'round-3',
  });
  expect(pageLinkRoute(clickOn('/'), '/sources/')?.route).toEqual({ page: 'home' });
});

test('the browser keeps new tabs, other sites, downloads, fragments and links between the record’s own pages', () => {
  expect(pageLinkRoute(clickOn('/sources/', { ctrlKey: true }), '/')).toBeNull();
  expect(pageLinkRoute(clickOn('/sources/', { button: 1 }), '/')).toBeNull();
  expect(pageLinkRoute(clickOn('/sources/', {}, { target: '_blank' }), '/')).toBeNull();
  expect(pageLinkRoute(clickOn('https://elsewhere.example/sources/'), '/')).toBeNull();
  expect(pageLinkRoute(clickOn('/e/round-2/'), '/e/round-3/')).toBeNull();
  expect(pageLinkRoute(clickOn('/sources/cgtn-2025-07/#q-x'), '/sources/cgtn-2025-07/')).toBeNull();
});

test('in the embed, framed by another site, no link is followed in the page', () => {
  expect(pageLinkRoute(clickOn('/sources/cgtn-2025-07/#q-abc'), '/embed/')).toBeNull();
});
