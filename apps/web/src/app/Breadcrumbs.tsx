import { Anchor, Breadcrumbs as MantineBreadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { useCurrentRoute } from './current-route.ts';
import { routeById } from './route-catalogue.ts';
import type { PortalRoute } from './route-types.ts';

/** Home / parent / … / current page, from the route catalogue's `parent` links. */
export function Breadcrumbs() {
  const { t } = useTranslation();
  const { route: current, params } = useCurrentRoute();
  if (!current || current.id === 'dashboard') return null;
  const chain: PortalRoute[] = [];
  for (let r: PortalRoute | undefined = current; r; r = r.parent ? routeById(r.parent) : undefined) {
    chain.unshift(r);
    if (chain.length > 8) break;
  }
  const home = routeById('dashboard');
  if (home && chain[0]?.id !== 'dashboard') chain.unshift(home);
  return (
    <nav aria-label={t('shell.breadcrumbs')}>
      <MantineBreadcrumbs mb="md" separator="/">
        {chain.map((r, index) => {
          const last = index === chain.length - 1;
          const label = t(r.labelKey);
          if (last) {
            return (
              <Text component="span" key={r.id} size="sm" aria-current="page">
                {label}
              </Text>
            );
          }
          let to = r.path;
          try {
            to = generatePath(r.path, params);
          } catch {
            // a parent that needs a parameter the current page lacks links to its own path
          }
          return (
            <Anchor component={Link} to={to} size="sm" key={r.id}>
              {label}
            </Anchor>
          );
        })}
      </MantineBreadcrumbs>
    </nav>
  );
}
