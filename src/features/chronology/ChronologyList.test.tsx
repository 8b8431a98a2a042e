import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { chronology } from '../../data/chronology';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { ChronologyList } from './ChronologyList';

function renderList(selectedId: string | null = null, data = fixtureDataset()) {
  const onSelect = vi.fn();
  const onOpen = vi.fn();
  const utils = render(
    <ChronologyList
      dataset={data}
      entries={chronology(data)}
      total={data.events.length}
      matching={data.events.length}
      selectedId={selectedId}
      dimmed={null}
      highlight={[]}
      empty={null}
      onSelect={onSelect}
      onOpen={onOpen}
    />,
  );
  return { onSelect, onOpen, user: userEvent.setup(), ...utils };
}

test('lists every event in time order, whatever the dataset order', () => {
  renderList();
  const list = screen.getByRole('list', { name: 'Chronology' });
  const entries = within(list).getAllByRole('article');
  const names = ['An interview last month', 'Round 2: Second round', 'A proposed window', 'Round 3: Third round'];
  expect(entries).toHaveLength(names.length);
  names.forEach((name, i) => expect(entries[i]).toHaveAccessibleName(name));
});

test('shows each date with its precision and says when it was inferred', () => {
  renderList();
  const interview = screen.getByRole('article', { name: 'An interview last month' });
  expect(within(interview).getByText('April 2025')).toHaveAttribute('datetime', '2025-04');
  expect(interview).toHaveTextContent('date inferred');
  expect(interview).toHaveTextContent("'last month' in an article of 7 May 2025");
  const round3 = screen.getByRole('article', { name: 'Round 3: Third round' });
  expect(within(round3).getByText('23 July 2025, 20:37 local time')).toHaveAttribute('datetime', '2025-07-23T20:37');
  expect(screen.getByText('20 June 2025 – 30 June 2025')).toBeInTheDocument();
});

test("gives each person the role the sources attest on that event's date", () => {
  renderList();
  const round2 = screen.getByRole('article', { name: 'Round 2: Second round' });
  expect(within(round2).getByRole('list', { name: 'Actors' })).toHaveTextContent('Alex Negotiator, Defence Minister');
  const round3 = screen.getByRole('article', { name: 'Round 3: Third round' });
  expect(within(round3).getByRole('list', { name: 'Actors' })).toHaveTextContent(
    'Alex Negotiator, Security Council Secretary',
  );
});

test('one entry is in the tab order: the selected one, marked as current', () => {
  renderList('window-proposal');
  const buttons = within(screen.getByRole('list', { name: 'Chronology' })).getAllByRole('button');
  expect(buttons.map((b) => b.tabIndex)).toEqual([-1, -1, 0, -1]);
  expect(screen.getByRole('button', { current: true })).toHaveAccessibleName('A proposed window');
});

test('clicking an entry opens it; arrow keys ask for the next or previous one from the focused entry', async () => {
  const { user, onOpen, onSelect } = renderList();
  await user.click(screen.getByRole('button', { name: 'A proposed window' }));
  expect(onOpen).toHaveBeenCalledWith('window-proposal');
  await user.keyboard('{ArrowDown}');
  expect(onSelect).toHaveBeenLastCalledWith('round-3');
  await user.keyboard('{ArrowUp}');
  expect(onSelect).toHaveBeenLastCalledWith('round-2');
  await user.keyboard('{End}');
  expect(onSelect).toHaveBeenLastCalledWith('round-3');
});

test('renders markup in the data as text, never as HTML', () => {
  const data = fixtureDataset();
  data.events[0]!.title = '<img src=x onerror="window.__pwned=1">';
  renderList(null, data);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByText(/<img src=x onerror=/)).toBeInTheDocument();
});
