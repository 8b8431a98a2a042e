import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { EmbedButton } from './EmbedButton';

const embedUrl = 'https://record.example/embed/?event=round-3&actors=turkey';

function renderButton() {
  render(
    <EmbedButton
      getEmbedUrl={() => embedUrl}
      getScriptUrl={() => 'https://record.example/embed.js'}
      title={'The "Istanbul talks" <record>'}
    />,
  );
  return userEvent.setup();
}

test('offers the HTML for the view on screen: a lazy, titled frame and the host script', async () => {
  const user = renderButton();
  const toggle = screen.getByRole('button', { name: 'Embed this view' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const html = screen.getByRole('textbox', { name: 'HTML to embed' });
  const snippet = new DOMParser().parseFromString((html as HTMLTextAreaElement).value, 'text/html');
  const frame = snippet.querySelector('iframe')!;
  expect(frame.getAttribute('src')).toBe(embedUrl);
  expect(frame.getAttribute('title')).toBe('The "Istanbul talks" <record>');
  expect(frame.getAttribute('loading')).toBe('lazy');
  expect(Number(frame.getAttribute('height'))).toBeGreaterThanOrEqual(600);
  expect(snippet.querySelector('script')?.getAttribute('src')).toBe('https://record.example/embed.js');
  // And the frame itself, as the article will show it.
  expect(screen.getByTitle('Preview: The "Istanbul talks" <record>')).toHaveAttribute('src', embedUrl);
});

test('copies the HTML, says so, and Escape closes the panel back onto its button', async () => {
  const user = renderButton();
  await user.click(screen.getByRole('button', { name: 'Embed this view' }));
  await user.click(screen.getByRole('button', { name: 'Copy the HTML' }));
  expect(await navigator.clipboard.readText()).toContain(`src="${embedUrl.replace('&', '&amp;')}"`);
  expect(screen.getByRole('status')).toHaveTextContent('Copied HTML.');
  await user.keyboard('{Escape}');
  expect(screen.getByRole('button', { name: 'Embed this view' })).toHaveAttribute('aria-expanded', 'false');
  expect(screen.getByRole('button', { name: 'Embed this view' })).toHaveFocus();
});
