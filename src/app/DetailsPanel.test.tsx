import { EnglishIntl } from '../testing/intl';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { expect, test, vi } from 'vitest';
import { chronology } from '../data/chronology';
import { fixtureDataset } from '../testing/fixture-dataset';
import { stubMatchMedia } from '../testing/layout';
import { DetailsPanel } from './DetailsPanel';

const data = fixtureDataset();
const round3 = chronology(data).find((e) => e.event.id === 'round-3')!;

function panel(props: { focusRequest?: number; onClose?: () => void } = {}) {
  return (
    <DetailsPanel
      dataset={data}
      entry={round3}
      hiddenBecause={null}
      highlight={[]}
      onClose={props.onClose ?? (() => {})}
      focusRequest={props.focusRequest}
    />
  );
}

test('on the server the details are a panel: the sheet and its dialog role come with the page live on a narrow screen', () => {
  const view = renderToString(<EnglishIntl>{panel()}</EnglishIntl>);
  expect(view).toContain('role="complementary"');
  expect(view).not.toContain('role="dialog"');
  // The layout is in the markup for both widths at once, and the first paint picks it.
  expect(view).toMatch(/class="[^"]*\bfixed\b[^"]*\blg:relative\b/);
});

test('on a narrow screen the sheet is a dialog that takes focus, and Close closes it', async () => {
  const onClose = vi.fn();
  render(panel({ onClose }));
  const sheet = screen.getByRole('dialog', { name: /Third round/ });
  expect(screen.getByRole('heading', { level: 2, name: /Third round/ })).toHaveFocus();
  await userEvent.setup().click(screen.getByRole('button', { name: 'Close details' }));
  expect(onClose).toHaveBeenCalledOnce();
  expect(sheet).toBeInTheDocument();
});

test('on a wide screen the panel takes focus only when the reader opens an event, not when a link opened the page', () => {
  stubMatchMedia(true);
  const { rerender } = render(panel({ focusRequest: 0 }));
  expect(screen.getByRole('complementary', { name: /Third round/ })).toBeInTheDocument();
  const heading = screen.getByRole('heading', { level: 2, name: /Third round/ });
  expect(heading).not.toHaveFocus();
  rerender(panel({ focusRequest: 1 }));
  expect(heading).toHaveFocus();
});
