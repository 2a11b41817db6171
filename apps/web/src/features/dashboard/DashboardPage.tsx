import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasAccess } from '../../app/access.ts';
import { routeCatalogue } from '../../app/route-catalogue.ts';
import { useCurrentUser } from '../../app/session.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

/** Greeting and one card per capability the user's roles allow (from the route catalogue). */
export default function DashboardPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const cards = routeCatalogue
    .filter((r) => r.card && hasAccess(user, r.access))
    .sort((a, b) => (a.card?.order ?? 0) - (b.card?.order ?? 0));
  return (
    <>
      <PageHeader
        title={t('dashboard.welcome', { name: user.name || user.userId })}
        intro={t('dashboard.intro')}
      />
      {cards.length === 0 ? <Text>{t('dashboard.no_capabilities')}</Text> : null}
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="md"
        component="ul"
        style={{ listStyle: 'none', padding: 0 }}
      >
        {cards.map((r) => {
          const Badge = r.card?.badge;
          return (
            <li key={r.id}>
              <Card
                component={Link}
                to={r.path}
                withBorder
                shadow="xs"
                padding="lg"
                radius="md"
                h="100%"
                data-testid={`card-${r.id}`}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
                  <Title order={2} size="h4" c="indigo.8">
                    {r.card ? t(r.card.titleKey) : ''}
                  </Title>
                  {Badge ? <Badge /> : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {r.card ? t(r.card.descriptionKey) : ''}
                </Text>
              </Card>
            </li>
          );
        })}
      </SimpleGrid>
    </>
  );
}
