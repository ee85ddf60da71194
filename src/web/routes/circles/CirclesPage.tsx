// /app/circles: the circles I am in, finding others (near a postal code, online, by kind, topic and
// words), starting one, and subscribing to my meetings in a calendar app.
import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from '../../app/routing.tsx';
import { useCircles } from '../../api/circles.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { CalendarSubscribe } from './CalendarSubscribe.tsx';
import { CircleCard } from './CircleCard.tsx';
import { FindCircles } from './FindCircles.tsx';
import { plainList } from './OccurrenceRow.tsx';

function MyCircles() {
  const mine = useCircles('mine=true&pageSize=100');
  return (
    <Stack gap="xs" component="section" aria-labelledby="mine-heading">
      <Title order={2} size="h3" id="mine-heading">
        My circles
      </Title>
      <QueryState
        query={mine}
        isEmpty={(data) => data.items.length === 0}
        empty={<Text c="dimmed">You are not in a circle yet. Find one below, or start your own.</Text>}
      >
        {(data) => (
          <Stack gap="sm" component="ul" style={plainList} aria-label="My circles">
            {data.items.map((circle) => (
              <CircleCard key={circle.id} circle={circle} />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

export function CirclesPage() {
  return (
    <PageFrame
      title="Circles"
      intro="Peer groups, study groups and business circles, near you or online."
      size="lg"
      actions={
        <Button component={Link} to="/circles/new">
          Start a circle
        </Button>
      }
    >
      <Stack gap="xl">
        <MyCircles />
        <Stack gap="xs" component="section" aria-labelledby="find-heading">
          <Title order={2} size="h3" id="find-heading">
            Find circles
          </Title>
          <FindCircles />
        </Stack>
        <CalendarSubscribe />
      </Stack>
    </PageFrame>
  );
}
