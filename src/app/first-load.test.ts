import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type * as FirstLoadModule from './first-load';

type FirstLoad = typeof FirstLoadModule;

// The signal is module state: each test starts from a fresh copy of the module.
let firstLoad: FirstLoad;
beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  firstLoad = await import('./first-load');
});
afterEach(() => {
  vi.useRealTimers();
});

test('waits for the first load, then runs once the browser is free', () => {
  const callback = vi.fn();
  firstLoad.afterFirstLoad(callback, 10_000);
  vi.advanceTimersByTime(5_000);
  expect(callback).not.toHaveBeenCalled();
  firstLoad.markFirstLoadDone();
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(10_000);
  firstLoad.markFirstLoadDone();
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);
});

test('runs after the fallback delay when the first load never reports', () => {
  const callback = vi.fn();
  firstLoad.afterFirstLoad(callback, 10_000);
  vi.advanceTimersByTime(9_999);
  expect(callback).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);
});

test('a caller that comes after the first load does not wait for the fallback', () => {
  firstLoad.markFirstLoadDone();
  const callback = vi.fn();
  firstLoad.afterFirstLoad(callback, 10_000);
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledTimes(1);
});

test('a cancelled wait never runs', () => {
  const callback = vi.fn();
  const cancel = firstLoad.afterFirstLoad(callback, 10_000);
  cancel();
  firstLoad.markFirstLoadDone();
  vi.advanceTimersByTime(20_000);
  expect(callback).not.toHaveBeenCalled();
});
