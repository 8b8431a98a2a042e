import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useState, type ReactNode } from 'react';
import { RenderedPath } from './route';

interface Props {
  children: ReactNode;
  /** A client holding what the page was rendered with (the dataset), so hydration starts from the same data. */
  client?: QueryClient;
  /** The path the page was rendered for (route.ts). */
  renderedPath: string;
}

export function AppProviders({ children, client: given, renderedPath }: Props) {
  // One client per mounted app; useState keeps it stable across re-renders without a module-level singleton.
  const [client] = useState(() => given ?? new QueryClient());
  return (
    <QueryClientProvider client={client}>
      {/* The server renders the view without a query (a static host serves the same page for every query); the
          browser hydrates that view, then applies the link's query. */}
      <NuqsAdapter serverSearch="">
        <RenderedPath value={renderedPath}>{children}</RenderedPath>
      </NuqsAdapter>
    </QueryClientProvider>
  );
}
