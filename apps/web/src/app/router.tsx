import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import { publicRoutes } from '../features/auth/routes.ts';
import { RootLayout } from './RootLayout.tsx';
import { routeCatalogue } from './route-catalogue.ts';

/** Builds the router from the public pages and the route catalogue; every page is its own chunk. */
export function createPortalRouter() {
  const signedIn: RouteObject[] = routeCatalogue.map((r) => ({
    path: r.path,
    handle: { routeId: r.id },
    lazy: async () => ({ Component: (await r.page()).default }),
  }));
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
          lazy: async () => ({ Component: (await import('./ShellLayout.tsx')).default }),
          children: [
            ...signedIn,
            {
              path: '*',
              lazy: async () => ({ Component: (await import('../components/ErrorPanels.tsx')).default }),
            },
          ],
        },
      ],
    },
  ];
  return createBrowserRouter(routes);
}
