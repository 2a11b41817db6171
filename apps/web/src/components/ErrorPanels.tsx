import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function ForbiddenPanel() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" data-testid="forbidden">
      <Title order={1}>{t('common.errors.forbidden_title')}</Title>
      <Text>{t('common.errors.forbidden_text')}</Text>
      <Button component={Link} to="/">
        {t('common.errors.go_home')}
      </Button>
    </Stack>
  );
}

export function NotFoundPanel() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" data-testid="not-found">
      <Title order={1}>{t('common.errors.not_found_title')}</Title>
      <Text>{t('common.errors.not_found_text')}</Text>
      <Button component={Link} to="/">
        {t('common.errors.go_home')}
      </Button>
    </Stack>
  );
}

export default NotFoundPanel;
