// The frame of a signed-in screen that sits under a list: the way back, the title, one line on
// what the screen is for, then the screen itself. Signed-out visitors are sent to sign in.
import { Anchor, Container, Stack, Text, Title, type MantineSize } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RequireMember } from '../app/guards.tsx';

type Props = { title: string; back: { to: string; label: string }; intro: string; size?: MantineSize; children: ReactNode };

export function MemberScreen({ title, back, intro, size = 'xl', children }: Props) {
  useDocumentTitle(`${title} — Kneadwork`);
  return (
    <RequireMember>
      {() => (
        <Container size={size} py="xl" w="100%">
          <Stack gap="lg">
            <Stack gap={4}>
              <Anchor component={Link} to={back.to} size="sm">
                ← {back.label}
              </Anchor>
              <Title order={1}>{title}</Title>
              <Text c="dimmed">{intro}</Text>
            </Stack>
            {children}
          </Stack>
        </Container>
      )}
    </RequireMember>
  );
}
