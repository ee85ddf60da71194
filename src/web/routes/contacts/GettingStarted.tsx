// The empty list: the four steps of building alliances, each with the way in.
import { Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/routing.tsx';

function Step({
  mark,
  title,
  children,
  action,
}: {
  mark: string;
  title: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <Stack gap="xs" component="li">
      <ThemeIcon variant="light" size={36} radius="xl" aria-hidden>
        {mark}
      </ThemeIcon>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed" style={{ flex: 1 }}>
        {children}
      </Text>
      {action}
    </Stack>
  );
}

export function GettingStarted({ onAdd }: { onAdd: () => void }) {
  return (
    <Paper withBorder radius="lg" p={{ base: 'lg', sm: 'xl' }}>
      <Stack gap="xl">
        <Stack gap={4}>
          <Title order={2} size="h3">
            Build your alliances in four steps
          </Title>
          <Text c="dimmed">
            Start with the people you already know. Kneadwork keeps track of where each relationship stands and reminds
            you when to follow up.
          </Text>
        </Stack>
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 4 }}
          spacing="xl"
          component="ol"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          <Step
            mark="1"
            title="List who you know"
            action={
              <Group gap="xs">
                <Button size="xs" onClick={onAdd}>
                  Add professional
                </Button>
                <Button size="xs" variant="default" component={Link} to="/contacts/import">
                  Import contacts
                </Button>
              </Group>
            }
          >
            Chiropractors, physiotherapists, doctors, dentists, lawyers, chamber members — add them by hand or import
            them from your phone or email contacts. Then find more near you.
          </Step>
          <Step
            mark="2"
            title="Write your letter"
            action={
              <Button size="xs" variant="default" component={Link} to="/letters">
                Write my letter
              </Button>
            }
          >
            A short letter of introduction drawn from your profile: your training, specialties and how your work helps
            their patients.
          </Step>
          <Step mark="3" title="Approach each one">
            In person, by phone, or by letter and email — the letter doubles as your script. Log each approach and set a
            date to follow up.
          </Step>
          <Step
            mark="4"
            title="Make an offer"
            action={
              <Button size="xs" variant="default" component={Link} to="/offers">
                See offers
              </Button>
            }
          >
            A certificate for a free 30-minute session or a professional discount, so they can get to know your work
            first-hand.
          </Step>
        </SimpleGrid>
        <Group>
          <Button variant="light" component={Link} to="/contacts/expand">
            Find professionals near me
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
