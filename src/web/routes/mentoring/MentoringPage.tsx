// /mentoring: what I offer and seek, mentors suggested to me with their reasons, requests to answer,
// and my mentorships. The forms (and their inputs) load only when opened.
import { Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { Link } from '../../app/routing.tsx';
import { useMentoring, useMentorships, useSuggestions, type Mentoring } from '../../api/mentorship.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { mentoringAreas, meetingFormats } from '../../../contracts/mentorship-words.ts';
import { MentorshipList } from './MentorshipList.tsx';

const MentoringForm = lazy(async () => ({ default: (await import('./MentoringForm.tsx')).MentoringForm }));
const AskMentor = lazy(async () => ({ default: (await import('./AskMentor.tsx')).AskMentor }));

function Side({ side, mentoring }: { side: 'offering' | 'seeking'; mentoring: Mentoring }) {
  const [editing, setEditing] = useState(false);
  const current = mentoring[side];
  const title = side === 'offering' ? 'What I offer' : 'What I seek';
  const id = `${side}-heading`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {editing ? (
          <Suspense fallback={<PageLoader />}>
            <MentoringForm side={side} current={mentoring} onDone={() => setEditing(false)} />
          </Suspense>
        ) : (
          <>
            {current ? (
              <Text size="sm">
                {current.areas.map((area) => mentoringAreas[area]).join(', ')} · {meetingFormats[current.format]}
                {mentoring.offering && side === 'offering'
                  ? ` · ${mentoring.offering.activeMentees} of ${mentoring.offering.capacity} places taken`
                  : ''}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {side === 'offering' ? 'Not offering to mentor.' : 'Not looking for a mentor.'}
              </Text>
            )}
            {side === 'offering' && mentoring.offering?.hidden && (
              <Text size="sm" c="red">
                A moderator hid this offer: you are not suggested to anyone.
              </Text>
            )}
            <Group>
              <Button variant="light" onClick={() => setEditing(true)}>
                {current ? 'Change' : side === 'offering' ? 'Offer to mentor' : 'Look for a mentor'}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Suggestions() {
  const suggestions = useSuggestions(true);
  const [asking, setAsking] = useState<string | null>(null);
  if (suggestions.isError) return <LoadError error={suggestions.error} retry={() => void suggestions.refetch()} />;
  if (!suggestions.data) return <PageLoader />;
  if (suggestions.data.length === 0)
    return <Text c="dimmed">No mentor with room matches you yet. Fill in your profile and what you seek.</Text>;
  return (
    <Stack gap="sm">
      {suggestions.data.map((suggestion) => (
        <Paper withBorder p="sm" key={suggestion.slug} component="article" aria-label={suggestion.name}>
          <Stack gap={6}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Anchor component={Link} to={`/members/${suggestion.slug}`} fw={600}>
                {suggestion.name}
              </Anchor>
              <Badge variant="light">Score {suggestion.score}</Badge>
            </Group>
            <List size="sm" aria-label={`Why ${suggestion.name}`}>
              {suggestion.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
            {asking === suggestion.slug ? (
              <Suspense fallback={<PageLoader />}>
                <AskMentor slug={suggestion.slug} name={suggestion.name} onCancel={() => setAsking(null)} />
              </Suspense>
            ) : (
              <Group>
                <Button size="xs" onClick={() => setAsking(suggestion.slug)} aria-label={`Ask ${suggestion.name}`}>
                  Ask
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function Mentoring() {
  const mentoring = useMentoring();
  const mentorships = useMentorships();
  if (mentoring.isError) return <LoadError error={mentoring.error} retry={() => void mentoring.refetch()} />;
  if (!mentoring.data || !mentorships.data) return <PageLoader />;
  const incoming = mentorships.data.filter((each) => each.role === 'mentor' && each.status === 'requested');
  const others = mentorships.data.filter((each) => !incoming.includes(each));
  return (
    <Stack gap="xl">
      {incoming.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="incoming-heading">
          <Title order={2} size="h3" id="incoming-heading">
            Requests to answer
          </Title>
          <MentorshipList items={incoming} />
        </Stack>
      )}
      <Stack gap="sm">
        <Side side="seeking" mentoring={mentoring.data} />
        <Side side="offering" mentoring={mentoring.data} />
      </Stack>
      {mentoring.data.seeking && (
        <Stack gap="xs" component="section" aria-labelledby="suggestions-heading">
          <Title order={2} size="h3" id="suggestions-heading">
            Suggested mentors
          </Title>
          <Suggestions />
        </Stack>
      )}
      <Stack gap="xs" component="section" aria-labelledby="mentorships-heading">
        <Title order={2} size="h3" id="mentorships-heading">
          My mentorships and requests
        </Title>
        {others.length === 0 ? <Text c="dimmed">None yet.</Text> : <MentorshipList items={others} />}
      </Stack>
    </Stack>
  );
}

export function MentoringPage() {
  return (
    <PageFrame
      title="Mentoring"
      intro="Find a mentor who has walked your road, or offer to mentor someone newer to the work."
      size="lg"
    >
      <Mentoring />
    </PageFrame>
  );
}
