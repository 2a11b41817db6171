import { AppShell, Burger } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ForbiddenPanel } from '../components/ErrorPanels.tsx';
import { PageLoader } from '../components/PageLoader.tsx';
import { ConsentGate } from '../features/consent/ConsentGate.tsx';
import { hasAccess } from './access.ts';
import { Breadcrumbs } from './Breadcrumbs.tsx';
import { useCurrentRoute } from './current-route.ts';
import { Header } from './Header.tsx';
import { IdleWarning } from './IdleWarning.tsx';
import { Navigation } from './Navigation.tsx';
import { SignedInRoutes } from './SignedInRoutes.tsx';
import { loginPathFor, useSession } from './session.tsx';

/** The signed-in frame: guard, header, side navigation, breadcrumbs, idle warning, page. */
export default function ShellLayout() {
  const { t } = useTranslation();
  const { user, isPending } = useSession();
  const location = useLocation();
  const { route } = useCurrentRoute();
  const [opened, { toggle, close }] = useDisclosure(false);

  if (isPending) return <PageLoader />;
  if (!user) return <Navigate to={loginPathFor(location)} replace />;

  const allowed = !route || hasAccess(user, route.access);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <Notifications position="top-right" />
      <a href="#main" className="pms-skip-link">
        {t('shell.skip_to_content')}
      </a>
      <AppShell.Header>
        <Header
          burger={
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggle_navigation')}
            />
          }
        />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.main_navigation')}>
        <Navigation user={user} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Breadcrumbs />
        <Suspense fallback={<PageLoader />}>
          <ConsentGate user={user}>{allowed ? <SignedInRoutes /> : <ForbiddenPanel />}</ConsentGate>
        </Suspense>
        <IdleWarning user={user} />
      </AppShell.Main>
    </AppShell>
  );
}
