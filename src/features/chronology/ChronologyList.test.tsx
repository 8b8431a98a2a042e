import { EnglishIntl } from '../../testing/intl';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import userEvent from '@testing-library/user-event';
import { useMemo, useState } from 'react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { chronology, roundDays, storyGroups } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { withDates } from '../../data/edtf-parse';
import { giveElementsASize } from '../../testing/layout';
import { ChronologyList, FIRST_ROWS, WINDOW_ABOVE } from './ChronologyList';
import { storyRows } from './story-rows';

function renderList(selectedId: string | null = null, data = fixtureDataset()) {
  const onSelect = vi.fn();
  const onOpen = vi.fn();
  const utils = render(
    <ChronologyList
      dataset={data}
      entries={chronology(data)}
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

const chronologyList = () => screen.getByRole('list', { name: 'Chronology' });

test('tells the story in order: the background folded, then each round’s day and the stretch between them', () => {
  renderList();
  const list = chronologyList();
  expect(
    within(list)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Background (1)', 'Round 2 · 2 June 2025', 'Between rounds 2 and 3', 'Round 3 · 23 July 2025']);
  const names = ['An interview last month', 'Round 2 Second round', 'A proposed window', 'Round 3 Third round'];
  const entries = within(list).getAllByRole('article');
  expect(entries).toHaveLength(names.length);
  names.forEach((name, i) => expect(entries[i]).toHaveAccessibleName(name));
  expect(screen.getByRole('link', { name: 'An interview last month' })).not.toBeVisible();
  expect(screen.getByRole('link', { name: 'Round 2 Second round' })).toBeVisible();
});

test('says no count of its own: the page gives it once, beside the filters', () => {
  renderList();
  const section = screen.getByRole('region', { name: 'Chronology' });
  expect(section).not.toHaveTextContent(/\d+ events|in time order|rounds of talks/);
  expect(chronologyList()).toHaveAccessibleDescription('Arrow keys move through the events; Enter opens one.');
});

test('the background is a disclosure the reader opens and closes', async () => {
  const { user } = renderList();
  const fold = screen.getByRole('heading', { name: 'Background (1)' });
  const interview = screen.getByRole('link', { name: 'An interview last month' });
  await user.click(fold);
  expect(interview).toBeVisible();
  await user.click(fold);
  expect(interview).not.toBeVisible();
});

test('on the server a link to a background event opens the fold, and every title is in the tab order', () => {
  const data = fixtureDataset();
  const view = renderToString(
    <EnglishIntl>
      <ChronologyList
        dataset={data}
        entries={chronology(data)}
        selectedId="spring-interview"
        dimmed={null}
        highlight={[]}
        empty={null}
        onSelect={() => {}}
        onOpen={() => {}}
      />
    </EnglishIntl>,
  );
  expect(view).toMatch(/<details open="">/);
  // Without the script the arrow keys do nothing, so every title is reachable by Tab.
  expect(view).not.toContain('tabindex="-1"');
  renderList('spring-interview');
  expect(screen.getByRole('link', { name: 'An interview last month', current: true })).toBeVisible();
});

test('the arrow keys reach the folded background and open it; Home goes to its first event', async () => {
  const data = fixtureDataset();
  const user = userEvent.setup();
  function Page() {
    const [selected, setSelected] = useState<string | null>(null);
    return <SelectingList data={data} selected={selected} onSelect={setSelected} />;
  }
  render(<Page />);
  // The fold's own control (its summary) first, then the one entry in the tab order: the first of the talks.
  await user.tab();
  await user.tab();
  const round2 = screen.getByRole('link', { name: 'Round 2 Second round' });
  expect(round2).toHaveFocus();
  await user.keyboard('{ArrowUp}');
  const interview = screen.getByRole('link', { name: 'An interview last month' });
  expect(interview).toBeVisible();
  expect(interview).toHaveFocus();
  expect(interview).toHaveAttribute('aria-current', 'true');
  await user.keyboard('{End}');
  expect(screen.getByRole('link', { name: 'Round 3 Third round' })).toHaveFocus();
  await user.keyboard('{Home}');
  expect(interview).toHaveFocus();
});

test('an event known only as before a day sits before that day’s round and says so', () => {
  const data = fixtureDataset();
  data.events.push({ ...data.events[1]!, id: 'before-3', title: 'Expectations played down', date: '/2025-07-23' });
  renderList(null, withDates(data));
  const between = screen.getByRole('list', { name: 'Between rounds 2 and 3' });
  const entries = within(between).getAllByRole('article');
  expect(entries).toHaveLength(2);
  expect(entries[0]).toHaveAccessibleName('A proposed window');
  expect(entries[1]).toHaveAccessibleName('Expectations played down');
  expect(entries[1]).toHaveTextContent('some time before 23 July 2025');
});

test('shows each date with its precision and says when it was inferred, leaving how to the details', () => {
  renderList();
  const interview = screen.getByRole('article', { name: 'An interview last month' });
  expect(within(interview).getByText('April 2025')).toHaveAttribute('datetime', '2025-04');
  expect(interview).toHaveTextContent('date inferred');
  expect(interview).not.toHaveTextContent("'last month' in an article of 7 May 2025");
  const round3 = screen.getByRole('article', { name: 'Round 3 Third round' });
  expect(within(round3).getByText('23 July 2025, 20:37 local time')).toHaveAttribute('datetime', '2025-07-23T20:37');
  expect(screen.getByText('20 June 2025 – 30 June 2025')).toBeInTheDocument();
});

test("gives each person the role the sources attest on that event's date", () => {
  renderList();
  const round2 = screen.getByRole('article', { name: 'Round 2 Second round' });
  expect(within(round2).getByRole('list', { name: 'Actors' })).toHaveTextContent('Alex Negotiator, Defence Minister');
  const round3 = screen.getByRole('article', { name: 'Round 3 Third round' });
  expect(within(round3).getByRole('list', { name: 'Actors' })).toHaveTextContent(
    'Alex Negotiator, Security Council Secretary',
  );
});

test("a round's title link is named by the words it shows, its badge first", () => {
  renderList();
  const title = screen.getByRole('link', { name: 'Round 2 Second round' });
  // Voice control matches what is on screen: the badge and the title are separate words, in the order of the name.
  expect(title).toHaveTextContent(/^Round 2 Second round$/);
});

test('one entry is in the tab order: the selected one, marked as current', () => {
  renderList('window-proposal');
  const tabIndexes = within(chronologyList())
    .getAllByRole('link')
    .map((l) => l.tabIndex);
  expect(tabIndexes).toEqual([-1, -1, 0, -1]);
  expect(screen.getByRole('link', { current: true })).toHaveAccessibleName('A proposed window');
});

test('with nothing selected, the entry in the tab order is the first of the talks, not a folded one', () => {
  renderList();
  const tabIndexes = within(chronologyList())
    .getAllByRole('link')
    .map((l) => l.tabIndex);
  expect(tabIndexes).toEqual([-1, 0, -1, -1]);
});

test("each title links to the event's own page; a plain click opens it in the page instead", async () => {
  const { user, onOpen, onSelect } = renderList();
  const link = screen.getByRole('link', { name: 'A proposed window' });
  expect(link).toHaveAttribute('href', '/e/window-proposal/');
  await user.click(link);
  expect(onOpen).toHaveBeenCalledWith('window-proposal');
  // The click did not reach the browser's own handling: the page does not reload.
  expect(fireEvent.click(link)).toBe(false);
  await user.keyboard('{ArrowDown}');
  expect(onSelect).toHaveBeenLastCalledWith('round-3');
  await user.keyboard('{ArrowUp}');
  expect(onSelect).toHaveBeenLastCalledWith('round-2');
  await user.keyboard('{End}');
  expect(onSelect).toHaveBeenLastCalledWith('round-3');
});

test('Enter on a title opens the event in the page', async () => {
  const { user, onOpen } = renderList();
  screen.getByRole('link', { name: 'Round 2 Second round' }).focus();
  await user.keyboard('{Enter}');
  expect(onOpen).toHaveBeenCalledWith('round-2');
});

test('Ctrl, Cmd, Shift or the middle button leave the link to the browser (a new tab, a new window)', () => {
  const { onOpen } = renderList();
  const link = screen.getByRole('link', { name: 'A proposed window' });
  // Whether the list stopped the browser's own handling, read after it ran; then stopped here, as jsdom cannot navigate.
  const leftToBrowser: boolean[] = [];
  const record = (e: Event) => {
    leftToBrowser.push(!e.defaultPrevented);
    e.preventDefault();
  };
  window.addEventListener('click', record);
  try {
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { button: 1 }]) {
      fireEvent.click(link, init);
    }
  } finally {
    window.removeEventListener('click', record);
  }
  expect(leftToBrowser).toEqual([true, true, true, true]);
  expect(onOpen).not.toHaveBeenCalled();
});

test('renders markup in the data as text, never as HTML', () => {
  const data = fixtureDataset();
  data.events[0]!.title = '<img src=x onerror="window.__pwned=1">';
  renderList(null, data);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByText(/<img src=x onerror=/)).toBeInTheDocument();
});

/** The fixture with `count` events, a day apart, titled "Entry 1" to "Entry <count>" in time order, no actors. */
function longDataset(count: number) {
  const data = fixtureDataset();
  const [template] = data.events;
  data.events = Array.from({ length: count }, (_, i) => ({
    ...template!,
    id: `entry-${i + 1}`,
    title: `Entry ${i + 1}`,
    date: new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
    round: undefined,
    duration: undefined,
    actors: [],
  }));
  return withDates(data);
}

/** The list as the page uses it: the selection lives above it, and arrow keys and clicks change it. */
function SelectingList({
  data,
  selected,
  onSelect,
  highlight = [],
}: {
  data: Dataset;
  selected: string | null;
  onSelect: (id: string) => void;
  highlight?: string[];
}) {
  const entries = useMemo(() => chronology(data), [data]);
  return (
    <ChronologyList
      dataset={data}
      entries={entries}
      selectedId={selected}
      dimmed={null}
      highlight={highlight}
      empty={null}
      onSelect={onSelect}
      onOpen={onSelect}
    />
  );
}

async function renderLongList(count: number, layout: 'scroll box' | 'page', data = longDataset(count)) {
  const user = userEvent.setup();
  function Page() {
    const [selected, setSelected] = useState<string | null>(null);
    const [highlight, setHighlight] = useState<string[]>([]);
    const list = <SelectingList data={data} selected={selected} onSelect={setSelected} highlight={highlight} />;
    return (
      <>
        {/* Stands for the timeline: another place that selects events. */}
        <button type="button" onClick={() => setSelected(`entry-${Math.round(count * 0.7)}`)}>
          Select on the timeline
        </button>
        {layout === 'scroll box' ? (
          <div data-scroll-box style={{ overflowY: 'auto', height: 600 }}>
            {list}
          </div>
        ) : (
          list
        )}
        {/* Stands for the search box: after the list, out of the tab path above it; marks a word in every title. */}
        <button type="button" onClick={() => setHighlight(['entry'])}>
          Search for “entry”
        </button>
      </>
    );
  }
  render(<Page />);
  // The windowed list is loaded on demand (React.lazy): let its module arrive and React render it before looking.
  await act(() => import('./WindowedList'));
  return { user, list: screen.getByRole('list', { name: 'Chronology' }) };
}

describe.each(['scroll box', 'page'] as const)('a long list scrolled by its %s', (layout) => {
  // jsdom lays nothing out: give every box a height, and let scrolling be asked for without moving anything.
  // What is rendered beyond the first screen then follows from the selection alone, which is what these tests are about.
  giveElementsASize({ offsetHeight: 150, clientHeight: 600 });
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  test('renders only some entries, each saying where it stands in the whole list', async () => {
    const { list } = await renderLongList(1000, layout);
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(100);
    expect(items[0]).toHaveAttribute('aria-setsize', '1000');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
  });

  test('stays navigable by keyboard to its last entry and back', async () => {
    const { user, list } = await renderLongList(1000, layout);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Entry 1' })).toHaveFocus();
    await user.keyboard('{End}');
    const last = within(list).getByRole('link', { name: 'Entry 1000' });
    expect(last).toHaveFocus();
    expect(last).toHaveAttribute('aria-current', 'true');
    const lastItem = within(list).getAllByRole('listitem').at(-1)!;
    expect(lastItem).toHaveAttribute('aria-posinset', '1000');
    expect(lastItem).toContainElement(last);
    await user.keyboard('{ArrowUp}');
    expect(within(list).getByRole('link', { name: 'Entry 999' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(list).getByRole('link', { name: 'Entry 1' })).toHaveFocus();
    // Still one way in: only the focused entry is in the tab order.
    expect(
      within(list)
        .getAllByRole('link')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1);
  });

  test('an off-screen event selected while the reader is in the list (Back, say) is rendered and focused', async () => {
    const { user, list } = await renderLongList(1000, layout);
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(within(list).getByRole('link', { name: 'Entry 2' })).toHaveFocus();
    expect(within(list).queryByRole('link', { name: 'Entry 700' })).not.toBeInTheDocument();
    // The selection changes from outside while focus stays in the list: a click event that moves no focus.
    fireEvent.click(screen.getByRole('button', { name: 'Select on the timeline' }));
    const target = await within(list).findByRole('link', { name: 'Entry 700' });
    expect(target).toHaveFocus();
    expect(target).toHaveAttribute('aria-current', 'true');
  });

  test('a card the search makes taller moves the rows below it in the same render', async () => {
    // A row is as tall as its card: 150 px, and 30 more for each word the search marks in it.
    Object.defineProperty(HTMLLIElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        // Stands in for layout, which reads the DOM; not a query of the test's.
        // eslint-disable-next-line testing-library/no-node-access
        return 150 + 30 * this.querySelectorAll('mark').length;
      },
    });
    try {
      const { user, list } = await renderLongList(1000, layout);
      const placeOf = (name: string) =>
        within(list)
          .getAllByRole('listitem')
          .find((item) => within(item).queryByRole('link', { name }))?.style.transform;
      expect(placeOf('Entry 3')).toBe('translateY(300px)');
      await user.click(screen.getByRole('button', { name: 'Search for “entry”' }));
      // No waiting: jsdom has no ResizeObserver, so only the measure in the commit can have moved them.
      expect(within(list).getAllByRole('mark')[0]).toHaveTextContent('Entry');
      expect(placeOf('Entry 3')).toBe('translateY(360px)');
    } finally {
      Reflect.deleteProperty(HTMLLIElement.prototype, 'offsetHeight');
    }
  });

  test('an event selected on the timeline is rendered and current, and focus stays on the timeline', async () => {
    const { user, list } = await renderLongList(1000, layout);
    const timeline = screen.getByRole('button', { name: 'Select on the timeline' });
    await user.click(timeline);
    const target = within(list).getByRole('link', { name: 'Entry 700' });
    expect(target).toHaveAttribute('aria-current', 'true');
    expect(target).toHaveAttribute('tabindex', '0');
    expect(timeline).toHaveFocus();
  });
});

test('a short list keeps every entry in the page, for find-in-page, printing and screen readers', () => {
  const data = longDataset(WINDOW_ABOVE);
  render(<SelectingList data={data} selected={null} onSelect={() => {}} />);
  const list = screen.getByRole('list', { name: 'Chronology' });
  expect(within(list).getAllByRole('article')).toHaveLength(WINDOW_ABOVE);
});

test('hydrates the server’s list without a mismatch, then keeps one title in the tab order', async () => {
  const data = fixtureDataset();
  const list = (
    <ChronologyList
      dataset={data}
      entries={chronology(data)}
      selectedId="window-proposal"
      dimmed={null}
      highlight={[]}
      empty={null}
      onSelect={() => {}}
      onOpen={() => {}}
    />
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(<EnglishIntl>{list}</EnglishIntl>);
  document.body.append(container);
  try {
    const problems: unknown[] = [];
    await act(async () => {
      hydrateRoot(container, <EnglishIntl>{list}</EnglishIntl>, {
        onRecoverableError: (error) => problems.push(error),
      });
    });
    expect(problems).toEqual([]);
    const tabbable = within(container)
      .getAllByRole('link')
      .filter((link) => link.tabIndex === 0);
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toHaveAccessibleName('A proposed window');
  } finally {
    container.remove();
  }
});

describe('a long list with rounds', () => {
  giveElementsASize({ offsetHeight: 150, clientHeight: 600 });
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  test('a long list folds its background too, behind a button, and the keys still reach it', async () => {
    const data = longDataset(1000);
    // Entry 500 is the first round: the 499 entries before its day are the background.
    Object.assign(data.events[499]!, { round: 1 });
    const { user, list } = await renderLongList(1000, 'scroll box', data);
    const fold = within(list).getByRole('button', { name: 'Background (499)' });
    expect(fold).toHaveAttribute('aria-expanded', 'false');
    expect(within(list).queryByRole('link', { name: 'Entry 1' })).not.toBeInTheDocument();
    await user.tab();
    await user.tab();
    expect(fold).toHaveFocus();
    await user.tab();
    expect(within(list).getByRole('link', { name: 'Round 1 Entry 500' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(within(list).getByRole('link', { name: 'Entry 1' })).toHaveFocus();
    expect(within(list).getByRole('button', { name: 'Background (499)' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(list).getByRole('button', { name: 'Background (499)' }));
    expect(within(list).queryByRole('link', { name: 'Entry 2' })).not.toBeInTheDocument();
  });
});

describe('a long list on the server', () => {
  giveElementsASize({ offsetHeight: 150, clientHeight: 600 });
  beforeEach(() => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });

  test('a long list shows its first rows as a plain list until it has measured, so the server and hydration agree', async () => {
    const data = longDataset(1000);
    const { default: WindowedList } = await import('./WindowedList');
    const rows = storyRows(storyGroups(chronology(data), roundDays(data)), false);
    const list = (
      <WindowedList
        rows={rows}
        selectedId={null}
        selectedIndex={-1}
        tabStopIndex={0}
        card={(entry) => <article>{entry.event.title}</article>}
        fold={{ open: false, setOpen: () => {} }}
        links={new Map()}
        takeKeyIntent={() => false}
      />
    );
    const container = document.createElement('div');
    container.innerHTML = renderToString(<EnglishIntl>{list}</EnglishIntl>);
    document.body.append(container);
    try {
      const served = within(container).getAllByRole('listitem');
      expect(served).toHaveLength(FIRST_ROWS);
      expect(served[0]).toHaveTextContent('Entry 1');
      expect(served.at(-1)).toHaveTextContent(`Entry ${FIRST_ROWS}`);
      expect(served[0]).toHaveAttribute('aria-setsize', '1000');
      const problems: unknown[] = [];
      await act(async () => {
        hydrateRoot(container, <EnglishIntl>{list}</EnglishIntl>, {
          onRecoverableError: (error) => problems.push(error),
        });
      });
      expect(problems).toEqual([]);
      // Live, it has measured its place and windows: the rows are placed one under another.
      const placed = within(container).getAllByRole('listitem');
      expect(placed[1]).toHaveStyle({ transform: 'translateY(150px)' });
    } finally {
      container.remove();
    }
  });
});
