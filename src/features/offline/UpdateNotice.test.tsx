import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { expect, test, vi } from 'vitest';
import { UpdateNotice } from './UpdateNotice';

// The real module registers a service worker, which jsdom does not have; the tests decide what it reports.
vi.mock('virtual:pwa-register/react', () => ({ useRegisterSW: vi.fn() }));

function reporting(needRefresh: boolean) {
  const updateServiceWorker = vi.fn(async () => {});
  vi.mocked(useRegisterSW).mockReturnValue({
    needRefresh: [needRefresh, vi.fn()],
    offlineReady: [true, vi.fn()],
    updateServiceWorker,
  });
  return updateServiceWorker;
}

test('says nothing while the cached record is the newest', () => {
  reporting(false);
  render(<UpdateNotice />);
  expect(screen.queryByRole('button', { name: 'Reload' })).not.toBeInTheDocument();
  expect(screen.queryByText(/newer version/)).not.toBeInTheDocument();
});

test('offers a reload when a newer record is waiting, and hands over to it on request', async () => {
  const user = userEvent.setup();
  const update = reporting(true);
  render(<UpdateNotice />);
  expect(screen.getByText(/A newer version of the record is available —/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Reload' }));
  expect(update).toHaveBeenCalledWith(true);
});

test('asks for updates hourly once the service worker is registered', () => {
  vi.useFakeTimers();
  reporting(false);
  render(<UpdateNotice />);
  const options = vi.mocked(useRegisterSW).mock.calls[0]![0]!;
  const update = vi.fn(async () => {});
  options.onRegisteredSW?.('/sw.js', { update } as unknown as ServiceWorkerRegistration);
  vi.advanceTimersByTime(60 * 60 * 1000);
  expect(update).toHaveBeenCalledTimes(1);
  vi.useRealTimers();
});
