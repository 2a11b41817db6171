import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';

/** Frame of the pages used without a session: app name, language choice, one card with an h1. */
export function PublicLayout({
  title,
  children,
  width = 440,
}: {
  title: string;
  children: ReactNode;
  /** Maximum width of the card (wider for long forms such as the sign-up). */
  width?: number;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('common.app_name')}`;
  }, [title, t]);
  return (
    <Box mih="100vh" bg="gray.1">
      <Group
        component="header"
        justify="space-between"
        px="lg"
        py="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fw={700} size="lg">
          {t('common.app_name')}
        </Text>
        <LanguageSwitcher signedIn={false} />
      </Group>
      <Center component="main" id="main" px="md" py={48}>
        <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={width}>
          <Stack gap="md">
            <Title order={1} size="h2">
              {title}
            </Title>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
