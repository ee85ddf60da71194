// /collaborations/research/:id: a research project, its public sign-up page, members by role, and
// my part: apply (members), or answer applications and read outside sign-ups (the lead alone).
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '../../app/routing.tsx';
import {
  useAnswerApplication,
  useApplyToResearch,
  useResearchProject,
  type ResearchProject,
} from '../../api/collaborations.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

function Members({ project }: { project: ResearchProject }) {
  const answer = useAnswerApplication(project.id);
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Members">
      {project.members.map((m) => (
        <Paper component="li" withBorder p="sm" key={m.id}>
          <Group justify="space-between" gap="xs">
            <Text fw={600}>{m.member.displayName}</Text>
            <Group gap="xs">
              <Badge variant="light">{m.role}</Badge>
              {m.status !== 'accepted' && <Badge variant="outline">{m.status}</Badge>}
            </Group>
          </Group>
          {m.note && <Text size="sm">{m.note}</Text>}
          {project.role === 'lead' && m.status === 'applied' && (
            <Group mt="xs">
              <Button
                size="sm"
                onClick={() => answer.mutate({ memberId: m.id, answer: 'accept' })}
                aria-label={`Accept ${m.member.displayName}`}
              >
                Accept
              </Button>
              <Button
                size="sm"
                variant="light"
                onClick={() => answer.mutate({ memberId: m.id, answer: 'decline' })}
                aria-label={`Decline ${m.member.displayName}`}
              >
                Decline
              </Button>
            </Group>
          )}
        </Paper>
      ))}
    </Stack>
  );
}

function ProjectView({ id }: { id: string }) {
  const query = useResearchProject(id);
  const apply = useApplyToResearch(id);
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader />;
  const project = query.data;
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {project.title}
      </Title>
      <Text c="dimmed">Led by {project.lead.displayName}</Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{project.description}</Text>
      <Text>
        Public sign-up page:{' '}
        <Anchor href={`/research/${project.slug}`} style={{ overflowWrap: 'anywhere' }}>
          {project.publicUrl}
        </Anchor>
      </Text>
      {project.role === 'none' && project.recruiting && (
        <Group>
          <Button loading={apply.isPending} onClick={() => apply.mutate({ role: 'participant', note: '' })}>
            Join as participant
          </Button>
          <Button variant="light" onClick={() => apply.mutate({ role: 'collaborator', note: '' })}>
            Collaborate
          </Button>
        </Group>
      )}
      <Title order={2} size="h3">
        Members
      </Title>
      <Members project={project} />
      {project.signups && (
        <>
          <Title order={2} size="h3">
            Outside sign-ups (only you see these)
          </Title>
          {project.signups.length === 0 ? (
            <Text c="dimmed">No one has signed up on the public page yet.</Text>
          ) : (
            <Stack component="ul" gap={4} aria-label="Outside sign-ups">
              {project.signups.map((s) => (
                <Text component="li" key={s.id} style={{ overflowWrap: 'anywhere' }}>
                  {s.name} — {s.email}
                  {s.note ? ` — ${s.note}` : ''}
                </Text>
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}

export function ResearchProjectPage() {
  const { id } = useParams<{ id: string }>();
  return (
    <PageFrame title="Research project" back={{ to: '/collaborations', label: 'Collaborations' }} size="md">
      <ProjectView id={id ?? ''} />
    </PageFrame>
  );
}
