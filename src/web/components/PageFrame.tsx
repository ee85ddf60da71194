// The frame of a screen: the way back, the title as the page's one h1, one line on what the screen
// is for, its actions beside the title, then the screen itself. It also names the browser tab.
import { Anchor, Container, Group, Stack, Text, Title, type MantineSize } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from '../app/routing.tsx';

type Props = {
  title: string;
  /** The browser tab's name when it differs from the title. */
  documentTitle?: string;
  intro?: ReactNode;
  back?: { to: string; label: string };
  actions?: ReactNode;
  size?: MantineSize;
  children: ReactNode;
};

export function PageFrame({ title, documentTitle = title, intro, back, actions, size = 'xl', children }: Props) {
  useDocumentTitle(`${documentTitle} — Kneadwork`);
  const heading = (
    <Stack gap={4}>
      {back && (
        <Anchor component={Link} to={back.to} size="sm">
          ← {back.label}
        </Anchor>
      )}
      <Title order={1}>{title}</Title>
      {intro && <Text c="dimmed">{intro}</Text>}
    </Stack>
  );
  return (
    <Container size={size} py="xl" w="100%">
      <Stack gap="lg">
        {actions ? (
          <Group justify="space-between" align="flex-end">
            {heading}
            {actions}
          </Group>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Container>
  );
}
