import { expect, test } from 'vitest';
import { embedSnippet } from './embed';

test('the snippet escapes what could end an attribute', () => {
  const html = embedSnippet({
    embedUrl: 'https://r.example/embed/?q="x"&a=<b>',
    scriptUrl: 'https://r.example/embed.js',
    title: 'A "title" & more',
  });
  expect(html).toContain('src="https://r.example/embed/?q=&quot;x&quot;&amp;a=&lt;b&gt;"');
  expect(html).toContain('title="A &quot;title&quot; &amp; more"');
  expect(html).toMatch(
    /^<iframe [^>]*loading="lazy"[^>]*><\/iframe>\n<script src="https:\/\/r\.example\/embed\.js" async><\/script>$/,
  );
});
