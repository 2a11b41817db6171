import { createBrowserRouter, type RouteObject } from 'react-router';
import { PageLoader } from '../components/PageLoader.tsx';
import { publicRoutes } from '../features/auth/routes.ts';
import { RootLayout } from './RootLayout.tsx';

/**
 * The data router knows the public pages and one splat route for everything else: the signed-in shell
 * (its own chunk), which routes the catalogue's pages itself (`SignedInRoutes`). So the sign-in page never
 * loads the route catalogue or whatever the features' route files import. Every page is its own chunk.
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
        { path: '*', lazy: async () => ({ Component: (await import('./ShellLayout.tsx')).default }) },
      ],
    },
  ];
  return createBrowserRouter(routes);
}
