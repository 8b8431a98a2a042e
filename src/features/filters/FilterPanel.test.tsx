import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { realDataset } from '../../testing/real-dataset';
import { FilterPanel } from './FilterPanel';
import { NO_FILTERS, type FilterState } from './filter-model';

function renderPanel(state: Partial<FilterState> = {}) {
  const onChange = vi.fn();
  const onClear = vi.fn();
  const full = { ...NO_FILTERS, ...state };
  render(
    <FilterPanel dataset={realDataset()} state={full} shown={12} total={48} onChange={onChange} onClear={onClear} />,
  );
  return { onChange, onClear, user: userEvent.setup() };
}

test('shows the live count and clears in one click', async () => {
  const { user, onClear } = renderPanel({ query: 'bodies' });
  expect(screen.getByRole('status')).toHaveTextContent('12 of 48 events');
  await user.click(screen.getByRole('button', { name: 'Clear filters' }));
  expect(onClear).toHaveBeenCalled();
});

test('the actor list finds people by any spelling, with their event counts', async () => {
  const { user } = renderPanel();
  await user.click(screen.getByText('Actors', { selector: 'summary' }));
  await user.type(screen.getByRole('searchbox', { name: 'Find an actor by any spelling' }), 'Zelenskiy');
  const person = screen.getByRole('checkbox', { name: /Volodymyr Zelenskyy \(\d+ events\) \(also “Zelenskiy”\)/ });
  expect(person).toBeInTheDocument();
  expect(screen.queryByRole('checkbox', { name: /Vladimir Medinsky/ })).not.toBeInTheDocument();
  await user.clear(screen.getByRole('searchbox', { name: 'Find an actor by any spelling' }));
  await user.type(screen.getByRole('searchbox', { name: 'Find an actor by any spelling' }), 'erdogan');
  expect(screen.getByRole('checkbox', { name: /Recep Tayyip Erdoğan/ })).toBeInTheDocument();
});

test('picking a person adds them; picking their state picks its people', async () => {
  const { user, onChange } = renderPanel({ actors: ['hakan-fidan'] });
  await user.click(screen.getByText('Actors (1)', { selector: 'summary' }));
  const turkey = screen.getByRole('group', { name: 'Turkey' });
  await user.click(within(turkey).getByRole('checkbox', { name: /Turkey and its people/ }));
  expect(onChange).toHaveBeenLastCalledWith({ actors: ['turkey'] });
  await user.click(screen.getByRole('checkbox', { name: /Vladimir Medinsky/ }));
  expect(onChange).toHaveBeenLastCalledWith({ actors: ['hakan-fidan', 'vladimir-medinsky'] });
});

test("a chosen state's people show as included and cannot be unticked one by one", async () => {
  const { user } = renderPanel({ actors: ['turkey'] });
  await user.click(screen.getByText('Actors (1)', { selector: 'summary' }));
  const fidan = screen.getByRole('checkbox', { name: /Hakan Fidan/ });
  expect(fidan).toBeChecked();
  expect(fidan).toBeDisabled();
  expect(fidan).toHaveAccessibleDescription('Included with Turkey');
});

test('the match switch and the track filter report their changes', async () => {
  const { user, onChange } = renderPanel({ actors: ['turkey', 'russia'] });
  await user.click(screen.getByText('Actors (2)', { selector: 'summary' }));
  await user.click(screen.getByRole('radio', { name: 'all of the selected' }));
  expect(onChange).toHaveBeenLastCalledWith({ match: 'all' });
  await user.click(screen.getByText('Tracks', { selector: 'summary' }));
  await user.click(screen.getByRole('checkbox', { name: 'Military' }));
  expect(onChange).toHaveBeenLastCalledWith({
    tracks: ['negotiation-rounds', 'humanitarian', 'diplomacy', 'pressure'],
  });
});

test('on a narrow screen the filters sit behind one Filter button, the count beside it', async () => {
  const { user } = renderPanel();
  const toggle = screen.getByRole('button', { name: 'Filter' });
  expect(screen.getAllByText('12 of 48 events')).toHaveLength(1);
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Closed, the controls are hidden on narrow screens (from the sm breakpoint up, CSS shows them regardless).
  const controls = screen.getByRole('group', { name: 'Filter controls' });
  expect(toggle).toHaveAttribute('aria-controls', controls.id);
  expect(controls).toHaveClass('hidden', 'sm:flex');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(controls).not.toHaveClass('hidden');
  expect(within(controls).getByRole('searchbox', { name: /Search titles/ })).toBeInTheDocument();
});
