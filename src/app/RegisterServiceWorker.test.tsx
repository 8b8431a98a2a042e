import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { registerSW } from 'virtual:pwa-register';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { RegisterServiceWorker } from './RegisterServiceWorker';

// The real module registers a service worker, which jsdom does not have; the tests decide what it reports.
vi.mock('virtual:pwa-register', () => ({ registerSW: vi.fn() }));
beforeEach(() => {
  vi.mocked(registerSW).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

/** The registration reports a waiting version (or not) as soon as it is made; returns its reload function. */
function reporting(needRefresh: boolean) {
  const reload = vi.fn(async () => {});
  vi.mocked(registerSW).mockImplementation((options) => {
    if (needRefresh) queueMicrotask(() => options?.onNeedRefresh?.());
    return reload;
  });
  return reload;
}
/** Lets the registration module's import and its report come in. */
const settle = () =>
  act(async () => {
    await vi.dynamicImportSettled();
  });

test('registers the service worker only once the timeline has drawn and the browser is idle', async () => {
  vi.useFakeTimers();
  reporting(true);
  const { rerender } = render(<RegisterServiceWorker timelineDrawn={false} />);
  act(() => vi.advanceTimersByTime(5_000));
  expect(registerSW).not.toHaveBeenCalled();
  rerender(<RegisterServiceWorker timelineDrawn />);
  await act(async () => vi.advanceTimersByTime(2_000));
  await settle();
  expect(registerSW).toHaveBeenCalled();
  await settle();
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
});

test('registers it all the same ten seconds in when the timeline never draws', async () => {
  vi.useFakeTimers();
  reporting(false);
  render(<RegisterServiceWorker timelineDrawn={false} />);
  await act(async () => vi.advanceTimersByTime(9_999));
  await settle();
  expect(registerSW).not.toHaveBeenCalled();
  await act(async () => vi.advanceTimersByTime(1));
  await settle();
  expect(registerSW).toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
});

test('a reload hands over to the waiting version', async () => {
  const update = reporting(true);
  render(<RegisterServiceWorker timelineDrawn />);
  await userEvent.click(await screen.findByRole('button', { name: 'Reload' }));
  expect(update).toHaveBeenCalledWith(true);
});

test('asks for updates hourly once the service worker is registered', async () => {
  vi.useFakeTimers();
  reporting(false);
  render(<RegisterServiceWorker timelineDrawn={false} />);
  await act(async () => vi.advanceTimersByTime(10_000));
  await settle();
  const options = vi.mocked(registerSW).mock.calls[0]![0]!;
  const update = vi.fn(async () => {});
  options.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
  vi.advanceTimersByTime(60 * 60 * 1000);
  expect(update).toHaveBeenCalledTimes(1);
});
