import { NavLink, Stack } from '@mantine/core';
import type { CurrentUser } from '@pms/contracts';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { hasAccess } from './access.ts';
import { routeCatalogue } from './route-catalogue.ts';

/** Side navigation: only the entries the user's roles may open. */
export function Navigation({ user, onNavigate }: { user: CurrentUser; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entries = routeCatalogue
    .filter((r) => r.nav && hasAccess(user, r.access))
    .sort((a, b) => (a.nav?.order ?? 0) - (b.nav?.order ?? 0));
  return (
    <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {entries.map((r) => {
        const active =
          r.path === '/' ? pathname === '/' : !!matchPath({ path: r.path, end: false }, pathname);
        return (
          <li key={r.id}>
            <NavLink
              component={Link}
              to={r.path}
              label={t(r.labelKey)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
              variant="light"
            />
          </li>
        );
      })}
    </Stack>
  );
}
