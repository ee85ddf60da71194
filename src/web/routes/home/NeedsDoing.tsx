// The counts that ask for the member's attention, each a link to where it is done.
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import type { MemberHome } from '../../../contracts/home.ts';

type Tile = { to: string; count: number; label: string; detail: string };

function tilesOf(home: MemberHome): Tile[] {
  const due = home.followUps.overdue + home.followUps.today;
  const { issued, held, withinDays } = home.certificatesExpiring;
  return [
    {
      to: '/referrals',
      count: home.referralsWaiting.total,
      label: 'Referrals waiting for your answer',
      detail: 'Accept or decline so the client is not left waiting.',
    },
    {
      to: '/trades',
      count: home.tradesToAnswer.total,
      label: 'Trades to answer',
      detail: 'Proposals and counters from colleagues.',
    },
    {
      to: '/contacts?followUp=due',
      count: due,
      label: 'Follow-ups due',
      detail: home.followUps.overdue > 0 ? `${home.followUps.overdue} overdue` : 'Due today',
    },
    {
      to: '/offers',
      count: issued + held,
      label: `Certificates ending within ${withinDays} days`,
      detail:
        [
          issued ? `${issued} issued by you: remind the holder` : '',
          held ? `${held} held by you: use ${held === 1 ? 'it' : 'them'}` : '',
        ]
          .filter(Boolean)
          .join(' · ') || 'None ending soon',
    },
  ];
}

export function NeedsDoing({ home }: { home: MemberHome }) {
  const tiles = tilesOf(home);
  const waiting = tiles.filter((tile) => tile.count > 0);
  return (
    <Stack gap="sm" component="section" aria-labelledby="needs-doing">
      <Title order={2} size="h3" id="needs-doing">
        What needs doing
      </Title>
      {waiting.length === 0 && <Text c="gray.7">Nothing is waiting for you right now.</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {tiles.map((tile) => (
          <Paper key={tile.to} withBorder p="md" radius="md" bg={tile.count > 0 ? 'sage.0' : undefined}>
            <Stack gap={2}>
              <Anchor component={Link} to={tile.to} fw={600} c="dark.7" underline="hover">
                <Text
                  component="span"
                  fz={28}
                  fw={700}
                  lh={1.1}
                  display="block"
                  c={tile.count > 0 ? 'sage.9' : 'dark.6'}
                >
                  {tile.count}
                </Text>{' '}
                {tile.label}
              </Anchor>
              <Text size="sm" c="gray.7">
                {tile.detail}
              </Text>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      {home.referralsWaiting.items.length > 0 && (
        <Stack
          gap={4}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label="Referrals waiting for your answer"
        >
          {home.referralsWaiting.items.map((item) => (
            <Text component="li" key={item.id} size="sm">
              <Anchor component={Link} to={`/referrals/${item.id}`}>
                From {item.from}
              </Anchor>{' '}
              · {item.specialty.replace(/-/g, ' ')} · {item.urgency}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
