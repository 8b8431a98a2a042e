import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterFirstLoad } from '../../app/first-load';
import { UpdateNotice } from './UpdateNotice';

// The real module registers a service worker, which jsdom does not have; the tests decide what it reports.
vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }));
// The tests decide when the first load is done: `firstLoadDone()` runs what waited for it.
vi.mock('../../app/first-load', () => ({ afterFirstLoad: vi.fn() }));
let waiting: (() => void)[] = [];
beforeEach(() => {
  waiting = [];
  vi.mocked(afterFirstLoad).mockImplementation((callback) => {
    waiting.push(callback);
    return () => {
      waiting = waiting.filter((c) => c !== callback);
    };
  });
});
afterEach(() => {
  vi.useRealTimers();
});
const firstLoadDone = () => act(() => waiting.forEach((callback) => callback()));

function reporting(needRefresh: boolean) {
  const updateServiceWorker = vi.fn(async () => {});
  vi.mocked(useRegisterSW).mockReturnValue({
    needRefresh: [needRefresh, vi.fn()],
    offlineReady: [true, vi.fn()],
    updateServiceWorker,
  });
  return updateServiceWorker;
}

test('registers the service worker only once the first load is done', () => {
  reporting(true);
  render(<UpdateNotice />);
  expect(useRegisterSW).not.toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  firstLoadDone();
  expect(useRegisterSW).toHaveBeenCalled();
  expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
});

test('says nothing while the cached record is the newest', () => {
  reporting(false);
  render(<UpdateNotice />);
  firstLoadDone();
  expect(useRegisterSW).toHaveBeenCalled();
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  expect(screen.queryByText(/newer version/)).not.toBeInTheDocument();
});

test('offers a reload when a newer record is waiting, and hands over to it on request', async () => {
  const user = userEvent.setup();
  const update = reporting(true);
  render(<UpdateNotice />);
  firstLoadDone();
  expect(screen.getByText(/A newer version of the record is available —/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Reload' }));
  expect(update).toHaveBeenCalledWith(true);
});

test('asks for updates hourly once the service worker is registered', () => {
  vi.useFakeTimers();
  reporting(false);
  render(<UpdateNotice />);
  firstLoadDone();
  const options = vi.mocked(useRegisterSW).mock.calls[0]![0]!;
  const update = vi.fn(async () => {});
  options.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
  vi.advanceTimersByTime(60 * 60 * 1000);
  expect(update).toHaveBeenCalledTimes(1);
});
