import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RegisterServiceWorker } from './RegisterServiceWorker';

// The real module registers a service worker, which jsdom does not have; the tests decide what it reports.
vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }));
beforeEach(() => {
  vi.mocked(useRegisterSW).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

function reporting(needRefresh: boolean) {
  const updateServiceWorker = vi.fn(async () => {});
  vi.mocked(useRegisterSW).mockReturnValue({
    needRefresh: [needRefresh, vi.fn()],
    offlineReady: [true, vi.fn()],
    updateServiceWorker,
  });
  return updateServiceWorker;
}

test('registers the service worker only once the timeline has drawn and the browser is idle', async () => {
  vi.useFakeTimers();
  reporting(true);
  const { rerender } = render(<RegisterServiceWorker timelineDrawn={false} />);
  act(() => vi.advanceTimersByTime(5_000));
  expect(useRegisterSW).not.toHaveBeenCalled();
  rerender(<RegisterServiceWorker timelineDrawn />);
  await act(async () => vi.advanceTimersByTime(2_000));
  expect(useRegisterSW).toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
});

test('registers it all the same ten seconds in when the timeline never draws', () => {
  vi.useFakeTimers();
  reporting(false);
  render(<RegisterServiceWorker timelineDrawn={false} />);
  act(() => vi.advanceTimersByTime(9_999));
  expect(useRegisterSW).not.toHaveBeenCalled();
  act(() => vi.advanceTimersByTime(1));
  expect(useRegisterSW).toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});

test('a reload hands over to the waiting version', async () => {
  const update = reporting(true);
  render(<RegisterServiceWorker timelineDrawn />);
  await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
  expect(update).toHaveBeenCalledWith(true);
});

test('asks for updates hourly once the service worker is registered', () => {
  vi.useFakeTimers();
  reporting(false);
  render(<RegisterServiceWorker timelineDrawn={false} />);
  act(() => vi.advanceTimersByTime(10_000));
  const options = vi.mocked(useRegisterSW).mock.calls[0]![0]!;
  const update = vi.fn(async () => {});
  options.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
  vi.advanceTimersByTime(60 * 60 * 1000);
  expect(update).toHaveBeenCalledTimes(1);
});
