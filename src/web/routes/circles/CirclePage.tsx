// /app/circles/<id or slug>: one circle. Notifications link here by id, lists by slug; the API
// takes either. What it is about, its rules, where I stand (join, ask, leave), its meetings with
// their next dates in my time zone, its members, the ways into its video room and discussions,
// and for organizers its invitations and settings (loaded only for them).
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useParams } from '../../app/routing.tsx';
import { useCircle, type Circle } from '../../api/circles.ts';
import { useMeetings } from '../../api/meetings.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { ReportItemButton } from '../../components/ReportButton.tsx';
import { kindLabel, membersOf, placeOf, visibilityLabel } from './circle-labels.ts';
import { CircleMembers } from './CircleMembers.tsx';
import { MeetingCard } from './MeetingCard.tsx';
import { MembershipActions } from './MembershipActions.tsx';
import { plainList } from './OccurrenceRow.tsx';

const OrganizerTools = lazy(async () => ({ default: (await import('./OrganizerTools.tsx')).OrganizerTools }));

function About({ circle, member }: { circle: Circle; member: boolean }) {
  return (
    <Stack gap="sm" component="section" aria-label="About the circle">
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline">{kindLabel(circle.kind)}</Badge>
        <Badge variant="outline" color="gray">
          {visibilityLabel[circle.visibility]}
        </Badge>
        <Text size="sm" c="dimmed">
          {placeOf(circle)} · {membersOf(circle)}
        </Text>
        {circle.me?.role !== 'organizer' && <ReportItemButton kind="circle" id={circle.id} name={circle.name} />}
      </Group>
      {circle.description && <Text style={{ whiteSpace: 'pre-line' }}>{circle.description}</Text>}
      {circle.topics.length > 0 && (
        <Group gap={6} wrap="wrap" aria-label="Topics">
          {circle.topics.map((topic) => (
            <Badge key={topic} variant="light" color="gray">
              {topic}
            </Badge>
          ))}
        </Group>
      )}
      {circle.rules && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            Rules
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{circle.rules}</Text>
        </Stack>
      )}
      {member && (
        <Group gap="md" wrap="wrap">
          <Anchor component={Link} to={`/circles/${circle.slug}/room`}>
            Video room
          </Anchor>
          <Anchor component={Link} to={`/circles/${circle.slug}/discussions`}>
            Discussions
          </Anchor>
        </Group>
      )}
    </Stack>
  );
}

function Meetings({ circle, member, manages }: { circle: Circle; member: boolean; manages: boolean }) {
  const meetings = useMeetings(circle.id);
  return (
    <Stack gap="xs" component="section" aria-labelledby="meetings-heading">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Title order={2} size="h3" id="meetings-heading">
          Meetings
        </Title>
        {manages && (
          <Button component={Link} to={`/circles/${circle.slug}/meetings/new`} variant="light">
            Plan a meeting
          </Button>
        )}
      </Group>
      <QueryState
        query={meetings}
        isEmpty={(items) => items.length === 0}
        empty={<Text c="dimmed">No meetings planned yet.</Text>}
      >
        {(items) => (
          <Stack gap="md" component="ul" style={plainList}>
            {items.map((meeting) => (
              <MeetingCard
                key={meeting.id}
                meeting={meeting}
                circleId={circle.id}
                circleSlug={circle.slug}
                canAnswer={member}
              />
            ))}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function CircleView({ circle }: { circle: Circle }) {
  const member = circle.me?.status === 'active';
  const manages = member && (circle.me?.role === 'organizer' || circle.me?.role === 'co-organizer');
  const canReadMembers = member || (circle.visibility === 'public' && circle.me?.status !== 'banned');
  return (
    <Stack gap="xl">
      <About circle={circle} member={member} />
      <MembershipActions circle={circle} />
      <Meetings circle={circle} member={member} manages={manages} />
      <Stack gap="xs" component="section" aria-labelledby="members-heading">
        <Title order={2} size="h3" id="members-heading">
          Members
        </Title>
        <CircleMembers circle={circle} canRead={canReadMembers} />
      </Stack>
      {manages && (
        <Suspense fallback={<PageLoader />}>
          <OrganizerTools circle={circle} />
        </Suspense>
      )}
    </Stack>
  );
}

export function CirclePage() {
  const { idOrSlug = '' } = useParams<{ idOrSlug: string }>();
  const circle = useCircle(idOrSlug);
  return (
    <PageFrame title={circle.data?.name ?? 'Circle'} back={{ to: '/circles', label: 'Circles' }} size="lg">
      <QueryState query={circle}>{(found) => <CircleView circle={found} />}</QueryState>
    </PageFrame>
  );
}
