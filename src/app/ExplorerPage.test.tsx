import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NuqsTestingAdapter, type UrlUpdateEvent } from 'nuqs/adapters/testing';
import { beforeEach, expect, test, vi } from 'vitest';
import { giveElementsASize } from '../testing/layout';
import { realDataset } from '../testing/real-dataset';
import { ExplorerPage } from './ExplorerPage';

giveElementsASize();
// The whole page with the real dataset (timeline, list, tallies) renders slowly under jsdom.
vi.setConfig({ testTimeout: 20_000 });

// The selected event is the page's path (`/e/<id>/`), which the app changes with the History API.
beforeEach(() => window.history.replaceState(null, '', '/'));
/** The event whose page the app is on, or null on the home page. */
const selectedInPath = () => /^\/e\/([^/]+)\/$/.exec(window.location.pathname)?.[1] ?? null;

/** The page at `path` (an event's page: `/e/round-2/`) with the view `search` holds. */
function renderPage(search = '', path = '/') {
  window.history.replaceState(null, '', `${path}${search}`);
  const onUrlUpdate = vi.fn<(event: UrlUpdateEvent) => void>();
  const user = userEvent.setup();
  render(
    <NuqsTestingAdapter searchParams={search} onUrlUpdate={onUrlUpdate} hasMemory>
      <ExplorerPage dataset={realDataset()} />
    </NuqsTestingAdapter>,
  );
  const lastUrl = () => onUrlUpdate.mock.calls.at(-1)?.[0].searchParams;
  return { user, onUrlUpdate, lastUrl };
}

const entry = (name: RegExp | string) =>
  within(screen.getByRole('list', { name: 'Chronology' })).getByRole('link', { name });

test('clicking an event in the list selects it, puts it in the URL and opens its details with quotes', async () => {
  const { user } = renderPage();
  await user.click(entry(/^Round 3 Third round/));
  const details = screen.getByRole('dialog', { name: /Third round of direct talks/ });
  expect(details).toHaveTextContent('23 July 2025, 20:37 local time (inferred)');
  expect(details).toHaveTextContent('Çırağan Palace, Istanbul · lasted “just 40 minutes”');
  expect(details).toHaveTextContent('Rustem Umerov, ');
  expect(details).toHaveTextContent("Secretary of Ukraine's National Security and Defense Council");
  expect(within(details).getAllByRole('blockquote' as never).length).toBeGreaterThan(0);
  await vi.waitFor(() => expect(selectedInPath()).toBe('round-3'));
  expect(entry(/^Round 3 Third round/)).toHaveAttribute('aria-current', 'true');
});

test('the details show disagreements between sources as competing claims, and what the sources leave out', async () => {
  const { user } = renderPage();
  await user.click(entry(/^Round 3 Third round/));
  const details = screen.getByRole('dialog', { name: /Third round/ });
  const weekday = within(details).getByRole('region', { name: /Sources disagree: On which day of the week round 3/ });
  const claims = within(weekday).getByRole('list', { name: 'Competing claims' });
  expect(claims).toHaveTextContent(
    /Shown in this record.*Wednesday.*Why it is shown: .+Competing claim.*Tuesday evening/,
  );
  expect(within(details).getByRole('heading', { name: 'Not reported in the sources' })).toBeInTheDocument();
});

test('arrow keys, Home and End move through the list in story order; Enter opens, Escape closes', async () => {
  const { user } = renderPage();
  // The list starts at the talks; the background before them is folded.
  const round1 = entry(/^Round 1 First round/);
  expect(round1).toHaveAttribute('tabindex', '0');
  expect(entry('Russia annexes Crimea')).not.toBeVisible();
  round1.focus();
  await user.keyboard('{ArrowUp}');
  // Up from the first round is the last of the background, which opens to show it.
  const vance = entry(/^Vance: Russia is "asking for too much"/);
  expect(vance).toBeVisible();
  expect(vance).toHaveFocus();
  expect(vance).toHaveAttribute('aria-current', 'true');
  await vi.waitFor(() => expect(selectedInPath()).toBe('vance-munich-too-much'));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

  await user.keyboard('{End}');
  const last = screen.getAllByRole('link', { current: true })[0]!;
  expect(last).toHaveFocus();
  await user.keyboard('{Home}');
  const first = entry('Russia annexes Crimea');
  expect(first).toHaveFocus();

  await user.keyboard('{Enter}');
  expect(screen.getByRole('dialog', { name: 'Russia annexes Crimea' })).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(first).toHaveFocus();
});

test('the list groups the story by rounds, each round before its outcomes, the background folded', () => {
  renderPage();
  const list = screen.getByRole('list', { name: 'Chronology' });
  expect(within(list).getByRole('heading', { name: /^Background \(\d+\)$/ })).toBeInTheDocument();
  const round3 = within(list).getByRole('list', { name: 'Round 3 · 23 July 2025' });
  const titles = within(round3)
    .getAllByRole('link')
    .map((link) => link.textContent);
  expect(titles[0]).toMatch(/^Round 3 Third round/);
  expect(titles.slice(1).join(' | ')).toContain('Round 3: agreement to exchange at least 1,200 more POWs');
  const before = within(list).getByRole('list', { name: 'Between rounds 2 and 3' });
  expect(
    within(before).getByRole('article', { name: 'Kremlin plays down expectations before round 3' }),
  ).toHaveTextContent('some time before 23 July 2025');
});

test('the timeline takes the same keys when focused', async () => {
  const { user } = renderPage('', '/e/round-2/');
  const timeline = screen.getByRole('application', { name: 'Timeline of events' });
  timeline.focus();
  await user.keyboard('{ArrowRight}');
  const ids = realDataset().events.map((e) => e.id);
  await vi.waitFor(() => expect(ids).toContain(selectedInPath()));
  expect(selectedInPath()).not.toBe('round-2');
  expect(screen.getAllByRole('link', { current: true })).toHaveLength(1);
  expect(timeline).toHaveFocus();
  await user.keyboard('{Home}');
  expect(entry('Russia annexes Crimea')).toHaveAttribute('aria-current', 'true');
});

test('a link to an event opens on it, with its details', () => {
  renderPage('', '/e/operation-spiderweb/');
  expect(screen.getByRole('dialog', { name: /Operation Spiderweb/ })).toBeInTheDocument();
  expect(entry(/Operation Spiderweb/)).toHaveAttribute('aria-current', 'true');
});

test('selecting in the list selects the same event in the timeline', async () => {
  const { user } = renderPage();
  await user.click(entry(/^Round 2 Second round/));
  const timeline = screen.getByRole('application', { name: 'Timeline of events' });
  // vis-timeline loads lazily and draws plain divs; its selected item carries the label.
  // eslint-disable-next-line testing-library/no-node-access
  await vi.waitFor(() => expect(timeline.querySelector('.vis-selected')).toHaveTextContent('Round 2'), {
    timeout: 10_000,
  });
}, 15_000);

test("a round button moves the time window to that round's whole day", async () => {
  const { user, lastUrl } = renderPage();
  await user.click(screen.getByRole('button', { name: 'Zoom to Round 3 · 23 July' }));
  await vi.waitFor(() => expect(lastUrl()?.get('window')).toMatch(/^2025-07-22T23:00\/2025-07-24T/));
});

test('filtering by an actor narrows the list, the count and the URL together', async () => {
  const { user, lastUrl } = renderPage();
  await user.click(screen.getByText('Actors', { selector: 'summary' }));
  await user.click(screen.getByRole('checkbox', { name: /^Hakan Fidan/ }));
  await vi.waitFor(() => expect(lastUrl()?.get('actors')).toBe('hakan-fidan'));
  const list = screen.getByRole('list', { name: 'Chronology' });
  const shown = within(list).getAllByRole('article');
  expect(shown.length).toBeGreaterThan(0);
  expect(screen.getByText(`${shown.length} of 48 events`)).toBeInTheDocument();
  for (const article of shown) expect(article).toHaveTextContent('Hakan Fidan');
});

test('search marks the matching words in the list', async () => {
  const { user } = renderPage();
  await user.type(screen.getByRole('searchbox', { name: /Search titles/ }), 'spiderweb');
  const list = screen.getByRole('list', { name: 'Chronology' });
  expect(await within(list).findAllByRole('article')).toHaveLength(1);
  const marks = within(list).getAllByText((_, el) => el?.tagName === 'MARK');
  expect(marks.map((m) => m.textContent?.toLowerCase())).toContain('spiderweb');
});

test('an empty result names the filter that emptied it and undoes it', async () => {
  const { user } = renderPage('?actors=hakan-fidan&q=spiderweb');
  expect(screen.getByText('No event matches all the filters.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /^Clear the search \(\d+ events?\)$/ }));
  expect(screen.queryByText('No event matches all the filters.')).not.toBeInTheDocument();
  expect(within(screen.getByRole('list', { name: 'Chronology' })).getAllByRole('article').length).toBeGreaterThan(0);
});

test('a link to an event the filters hide still opens it, dimmed, and says why', () => {
  renderPage('?actors=hakan-fidan', '/e/operation-spiderweb/');
  // The count is said once, beside the filters, whatever the list adds.
  expect(screen.getAllByText(/\bof 48 events\b/)).toHaveLength(1);
  expect(screen.queryByText(/\d+ events in time order/)).not.toBeInTheDocument();
  const details = screen.getByRole('dialog', { name: /Operation Spiderweb/ });
  expect(details).toHaveTextContent('The current filters hide this event');
  expect(details).toHaveTextContent('it involves none of Hakan Fidan');
  const entry = within(screen.getByRole('list', { name: 'Chronology' })).getByRole('article', {
    name: /Operation Spiderweb/,
  });
  expect(entry).toHaveTextContent('Dimmed: the link points to this event');
});

test('a hostile link shows what was ignored, as text, and applies the rest', async () => {
  const before = window.location.href;
  const payload = '<img src=x onerror="window.__pwned=1">';
  window.history.replaceState(
    null,
    '',
    `/?event=round-3&actors=${encodeURIComponent(payload)}&window=2025-09-01/2025-01-01`,
  );
  try {
    const { user } = renderPage(window.location.search);
    const notice = screen.getAllByRole('status').find((el) => el.textContent?.includes('Part of this link'));
    expect(notice).toHaveTextContent(payload);
    expect(notice).toHaveTextContent('ends before it starts');
    expect(screen.queryAllByRole('img').filter((el) => el.tagName === 'IMG')).toEqual([]);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByRole('dialog', { name: /Third round/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByText(/Part of this link could not be used/)).not.toBeInTheDocument();
  } finally {
    window.history.replaceState(null, '', before);
  }
});

test('a shared link carries the view on screen, even before the address bar follows it', async () => {
  const { user, lastUrl } = renderPage('', '/e/round-2/');
  await user.click(screen.getByText('Actors', { selector: 'summary' }));
  await user.click(screen.getByRole('checkbox', { name: /^Hakan Fidan/ }));
  await user.click(screen.getByRole('button', { name: 'Share this view' }));
  // The link is built from the view, not read from the address bar (which this test adapter never changes).
  const copied = new URL(await navigator.clipboard.readText());
  expect(copied.searchParams.get('actors')).toBe('hakan-fidan');
  expect(copied.pathname).toBe('/e/round-2/');
  expect(copied.searchParams.get('event')).toBeNull();
  await vi.waitFor(() => expect(lastUrl()?.get('actors')).toBe('hakan-fidan'));
});
