import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import { publicRoutes } from '../features/auth/routes.ts';
import { RootLayout } from './RootLayout.tsx';

const SHELL_ROUTE_ID = 'shell';

/**
 * Builds the router: the public pages, and the signed-in shell whose children (the route catalogue) are
 * patched in on the first navigation that needs them. Every page is its own chunk.
 */
export function createPortalRouter() {
  const routes: RouteObject[] = [
    {
      element: <RootLayout />,
      hydrateFallbackElement: <PageLoader />,
      children: [
        ...publicRoutes.map((r) => ({
          path: r.path,
          lazy: async () => ({ Component: (await r.page()).default }),
        })),
        {
          id: SHELL_ROUTE_ID,
          lazy: async () => ({ Component: (await import('./ShellLayout.tsx')).default }),
          children: [],
        },
      ],
    },
  ];
  let patched: Promise<void> | undefined;
  return createBrowserRouter(routes, {
    patchRoutesOnNavigation: ({ patch }) => {
      patched ??= import('./signed-in-routes.tsx').then((m) => patch(SHELL_ROUTE_ID, m.signedInRoutes()));
      return patched;
    },
  });
}
