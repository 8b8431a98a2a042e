import '@testing-library/jest-dom/vitest';
import { cleanup, type RenderHookOptions, type RenderOptions } from '@testing-library/react';
import type { ReactNode } from 'react';
import type * as TestingLibrary from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { stubMatchMedia } from './layout';

// A test that logs an unexpected React or runtime error fails, instead of passing with noise.
beforeEach(() => {
  stubMatchMedia(false);
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => cleanup());

// Components read their words through react-intl, as under the app's providers: every render in a test has an
// English IntlProvider around it unless the test gives its own wrapper.
vi.mock('@testing-library/react', async (importOriginal) => {
  const original = await importOriginal<typeof TestingLibrary>();
  const { EnglishIntl } = await import('./intl');
  return {
    ...original,
    render: ((ui: ReactNode, options?: RenderOptions) =>
      original.render(ui, { wrapper: EnglishIntl, ...options })) as typeof original.render,
    renderHook: ((hook: (props: unknown) => unknown, options?: RenderHookOptions<unknown>) =>
      original.renderHook(hook, { wrapper: EnglishIntl, ...options })) as typeof original.renderHook,
  };
});
