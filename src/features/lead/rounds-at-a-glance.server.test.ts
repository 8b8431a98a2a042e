// The lead renders on the server (the page is prerendered, then hydrated): in Node, with no window or document.
import { createElement } from 'react';
import { renderToString as serverHtml } from 'react-dom/server';
import { expect, test } from 'vitest';
import { roundOutcomes } from '../../data/round-outcomes';
import { EnglishIntl } from '../../testing/intl';
import { realDataset } from '../../testing/real-dataset';
import { RoundsAtAGlance } from './RoundsAtAGlance';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" };

function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}

test('renders on the server with every round’s words, and no style attribute the page’s policy would block', () => {
  expect(typeof window).toBe('undefined');
  const dataset = realDataset();
  const html = serverHtml(
    createElement(EnglishIntl, {
      children: createElement(RoundsAtAGlance, { dataset, onOpenRound: () => {}, selectedEventId: 'round-2' }),
    }),
  );
  const text = textOf(html);
  expect(text).toContain('What each round produced');
  for (const outcome of roundOutcomes(dataset)) expect(text).toContain(`${outcome.heading}${outcome.text}`);
  expect(html).toContain('aria-current="true"');
  expect(html).not.toMatch(/\sstyle="/);
});
