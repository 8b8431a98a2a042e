import { beforeEach, vi } from 'vitest';

// A test that logs an unexpected error fails, instead of passing with noise.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});
