import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { EmbedButton } from './EmbedButton';

const embedUrl = 'https://record.example/embed/?event=round-3&actors=turkey';

function setup() {
  render(
    <EmbedButton
      getEmbedUrl={() => embedUrl}
      getScriptUrl={() => 'https://record.example/embed.js'}
      title={'The "Istanbul talks" <record>'}
    />,
  );
  return { user: userEvent.setup() };
}

test('offers the HTML for the view on screen: a lazy, titled frame and the host script', async () => {
  const { user } = setup();
  const toggle = screen.getByRole('button', { name: 'Embed this view' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const html = (screen.getByRole('textbox', { name: 'HTML to embed' }) as HTMLTextAreaElement).value;
  expect(html).toContain(`<iframe src="${embedUrl.replace('&', '&amp;')}"`);
  expect(html).toContain('title="The &quot;Istanbul talks&quot; &lt;record&gt;"');
  expect(html).toContain('loading="lazy"');
  expect(Number(/height="(\d+)"/.exec(html)?.[1])).toBeGreaterThanOrEqual(600);
  expect(html).toContain('<script src="https://record.example/embed.js" async></script>');
  // And the frame itself, as the article will show it.
  expect(screen.getByTitle('Preview: The "Istanbul talks" <record>')).toHaveAttribute('src', embedUrl);
});

test('copies the HTML, says so, and Escape closes the panel back onto its button', async () => {
  const { user } = setup();
  await user.click(screen.getByRole('button', { name: 'Embed this view' }));
  await user.click(screen.getByRole('button', { name: 'Copy the HTML' }));
  expect(await navigator.clipboard.readText()).toContain(`src="${embedUrl.replace('&', '&amp;')}"`);
  expect(screen.getByRole('status')).toHaveTextContent('Copied HTML.');
  await user.keyboard('{Escape}');
  expect(screen.getByRole('button', { name: 'Embed this view' })).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByRole('button', { name: 'Embed this view' })).toHaveFocus();
});
