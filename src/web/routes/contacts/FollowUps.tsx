// The in-app reminder: who to get back to — overdue, today, and in the coming days. Shared by
// /contacts and the signed-in home page.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { Contact } from '../../../contracts/contacts.ts';
import type { FollowUps as FollowUpsData } from '../../api/contacts.ts';
import { formatDay } from './dates.ts';

const groups = [
  { key: 'overdue', title: 'Overdue', color: 'red', empty: 'Nothing overdue' },
  { key: 'today', title: 'Today', color: 'sage', empty: 'Nothing for today' },
  { key: 'upcoming', title: 'This week', color: 'gray', empty: 'Nothing coming up' },
] as const;

function Entry({ contact }: { contact: Contact }) {
  return (
    <Stack gap={0} component="li">
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Anchor component={Link} to={`/contacts/${contact.id}`} fw={500} size="sm" truncate>
          {contact.name}
        </Anchor>
        {contact.followUpOn && (
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatDay(contact.followUpOn)}
          </Text>
        )}
      </Group>
      {contact.followUpNote && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {contact.followUpNote}
        </Text>
      )}
    </Stack>
  );
}

export const followUpCount = (data: FollowUpsData) => data.overdue.length + data.today.length + data.upcoming.length;

export function FollowUps({ data, headingOrder = 2 }: { data: FollowUpsData; headingOrder?: 2 | 3 }) {
  return (
    <Paper
      withBorder
      radius="lg"
      p="md"
      component="section"
      aria-labelledby="follow-ups-title"
      data-testid="follow-ups"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={headingOrder} size="h5" id="follow-ups-title">
            Follow-ups
          </Title>
          {data.overdue.length > 0 && (
            <Badge color="red" variant="light" tt="none">
              {data.overdue.length} overdue
            </Badge>
          )}
        </Group>
        {followUpCount(data) === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing to follow up. When you log an approach, set a follow-up date and it will show here.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
            {groups.map((group) => (
              // On a phone, empty groups are left out to keep the card short.
              <Stack key={group.key} gap={6} visibleFrom={data[group.key].length === 0 ? 'sm' : undefined}>
                <Text
                  size="xs"
                  fw={700}
                  tt="uppercase"
                  c={group.key === 'overdue' && data.overdue.length > 0 ? 'red.8' : 'dimmed'}
                >
                  {group.title} · {data[group.key].length}
                </Text>
                {data[group.key].length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {group.empty}
                  </Text>
                ) : (
                  <Stack
                    gap={8}
                    component="ul"
                    style={{ listStyle: 'none', padding: 0, margin: 0 }}
                    aria-label={group.title}
                  >
                    {data[group.key].slice(0, 6).map((contact) => (
                      <Entry key={contact.id} contact={contact} />
                    ))}
                    {data[group.key].length > 6 && (
                      <Text size="xs" c="dimmed" component="li">
                        and {data[group.key].length - 6} more
                      </Text>
                    )}
                  </Stack>
                )}
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
