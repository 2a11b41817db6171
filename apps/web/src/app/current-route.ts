import { matchRoutes, type Params, useLocation } from 'react-router';
import { routeCatalogue } from './route-catalogue.ts';
import type { PortalRoute } from './route-types.ts';

const matchable = routeCatalogue.map((r) => ({ id: r.id, path: r.path }));

/** The catalogue entry of the current URL (router ranking: static segments beat parameters) and its params. */
export function useCurrentRoute(): { route: PortalRoute | undefined; params: Params } {
  const location = useLocation();
  const matches = matchRoutes(matchable, location);
  const last = matches?.at(-1);
  return {
    route: last ? routeCatalogue.find((r) => r.id === last.route.id) : undefined,
    params: last?.params ?? {},
  };
}
