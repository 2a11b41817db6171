import { type CSSVariablesResolver, DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '../api/client.ts';
import { createPortalRouter } from './router.tsx';
import { theme } from './theme.ts';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (count, error) =>
        !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
    },
  },
});

/** Dimmed text one shade darker than Mantine's default, for AA contrast on white and light grey. */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)' },
  dark: {},
});

/** Keeps Mantine's direction (RTL for Arabic) in step with the language. */
function DirectionSync({ dir }: { dir: 'ltr' | 'rtl' }) {
  const { setDirection } = useDirection();
  useEffect(() => setDirection(dir), [dir, setDirection]);
  return null;
}

/**
 * Providers: query cache, Mantine (direction follows the language), router. The toast container lives in
 * the signed-in shell (nothing toasts before sign-in), which keeps it out of the sign-in page's scripts.
 */
export function App() {
  const { i18n } = useTranslation();
  const dir = i18n.dir(i18n.language);
  const router = useMemo(() => createPortalRouter(), []);
  return (
    <QueryClientProvider client={queryClient}>
      <DirectionProvider initialDirection={dir} detectDirection={false}>
        <DirectionSync dir={dir} />
        <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
          <RouterProvider router={router} />
        </MantineProvider>
      </DirectionProvider>
    </QueryClientProvider>
  );
}
