import type { RouteObject } from 'react-router';
import { routeCatalogue } from './route-catalogue.ts';

/**
 * The signed-in pages as router children of the shell. Loaded on the first navigation to a signed-in path
 * (router.tsx, patchRoutesOnNavigation), so the sign-in page never downloads the catalogue and whatever
 * the features' route files import.
 */
export function signedInRoutes(): RouteObject[] {
  return [
    ...routeCatalogue.map((r) => ({
      path: r.path,
      handle: { routeId: r.id },
      lazy: async () => ({ Component: (await r.page()).default }),
    })),
    {
      path: '*',
      lazy: async () => ({ Component: (await import('../components/ErrorPanels.tsx')).NotFoundPanel }),
    },
  ];
}
