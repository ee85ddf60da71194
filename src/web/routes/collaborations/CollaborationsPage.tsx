// /collaborations: joint marketing campaigns, research projects, volunteer events and couples-massage
// partner requests — mine and open ones — with a button to start each (its form loads when opened).
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Link } from '../../app/routing.tsx';
import { useCollaborationsHub, type CollaborationsHub } from '../../api/collaborations.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CouplesNear } from './CouplesNear.tsx';
import type { PostKind } from './NewPostForm.tsx';

const NewPostForm = lazy(async () => ({ default: (await import('./NewPostForm.tsx')).NewPostForm }));
const CouplesReply = lazy(async () => ({ default: (await import('./CouplesReply.tsx')).CouplesReply }));

const when = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

function Section(props: {
  id: PostKind;
  title: string;
  start: string;
  creating: PostKind | null;
  onStart: (kind: PostKind | null) => void;
  empty: string;
  /** Items in the list; null: the section draws its own list (children). */
  count: number | null;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`${props.id}-heading`}>
      <Group justify="space-between">
        <Title order={2} size="h3" id={`${props.id}-heading`}>
          {props.title}
        </Title>
        {props.creating !== props.id && (
          <Button variant="light" onClick={() => props.onStart(props.id)}>
            {props.start}
          </Button>
        )}
      </Group>
      {props.creating === props.id && (
        <Suspense fallback={<PageLoader />}>
          <NewPostForm kind={props.id} onDone={() => props.onStart(null)} />
        </Suspense>
      )}
      {props.count === null ? (
        props.children
      ) : props.count === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={props.title}>
          {props.children}
        </Stack>
      )}
    </Stack>
  );
}

const Item = ({ children }: { children: ReactNode }) => (
  <Paper component="li" withBorder p="sm">
    <Group justify="space-between" gap="xs">
      {children}
    </Group>
  </Paper>
);

function Couples({ items }: { items: CollaborationsHub['couples'] }) {
  const [replying, setReplying] = useState<string | null>(null);
  return items.map((item) => (
    <Paper component="li" withBorder p="sm" key={item.id}>
      <Stack gap={4}>
        <Text fw={600}>
          {item.member.displayName} — {item.onDate}, {item.place}
        </Text>
        {item.note && <Text size="sm">{item.note}</Text>}
        {!item.mine &&
          (replying === item.id ? (
            <Suspense fallback={<PageLoader />}>
              <CouplesReply id={item.id} name={item.member.displayName} onDone={() => setReplying(null)} />
            </Suspense>
          ) : (
            <Group>
              <Button
                size="sm"
                variant="light"
                onClick={() => setReplying(item.id)}
                aria-label={`Reply to ${item.member.displayName}`}
              >
                Reply
              </Button>
            </Group>
          ))}
      </Stack>
    </Paper>
  ));
}

function Hub() {
  const hub = useCollaborationsHub();
  const [creating, setCreating] = useState<PostKind | null>(null);
  if (hub.isError) return <LoadError error={hub.error} retry={() => void hub.refetch()} />;
  if (!hub.data) return <PageLoader />;
  const { campaigns, research, volunteering, couples } = hub.data;
  const shared = { creating, onStart: setCreating };
  return (
    <Stack gap="xl">
      <Section
        id="campaign"
        title="Joint campaigns"
        start="New campaign"
        empty="No campaigns yet."
        count={campaigns.length}
        {...shared}
      >
        {campaigns.map((item) => (
          <Item key={item.id}>
            <Anchor component={Link} to={`/collaborations/campaigns/${item.id}`} fw={600}>
              {item.title}
            </Anchor>
            {item.mine ? (
              <Badge variant="light">Organizer</Badge>
            ) : (
              item.myStatus && <Badge variant="light">{item.myStatus}</Badge>
            )}
          </Item>
        ))}
      </Section>
      <Section
        id="event"
        title="Volunteer events"
        start="New event"
        empty="No volunteer events yet."
        count={volunteering.length}
        {...shared}
      >
        {volunteering.map((item) => (
          <Item key={item.id}>
            <Anchor component={Link} to={`/collaborations/volunteering/${item.id}`} fw={600}>
              {item.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {item.firstShiftAt ? when(item.firstShiftAt) : ''} · {item.openSeats} open seats
            </Text>
          </Item>
        ))}
      </Section>
      <Section
        id="research"
        title="Research projects"
        start="New project"
        empty="No research projects yet."
        count={research.length}
        {...shared}
      >
        {research.map((item) => (
          <Item key={item.id}>
            <Anchor component={Link} to={`/collaborations/research/${item.id}`} fw={600}>
              {item.title}
            </Anchor>
            {item.recruiting && <Badge variant="light">Recruiting</Badge>}
          </Item>
        ))}
      </Section>
      <Section
        id="couples"
        title="Couples massage partners"
        start="Find a partner"
        empty="No one is looking right now."
        count={null}
        {...shared}
      >
        <CouplesNear all={couples}>
          {(items) =>
            items.length === 0 ? (
              <Text c="dimmed">No one is looking right now.</Text>
            ) : (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Couples requests">
                <Couples items={items} />
              </Stack>
            )
          }
        </CouplesNear>
      </Section>
    </Stack>
  );
}

export function CollaborationsPage() {
  return (
    <PageFrame
      title="Collaborations"
      intro="Promote together, volunteer together, recruit for research, and find a partner for couples massage."
      size="md"
    >
      <Hub />
    </PageFrame>
  );
}
