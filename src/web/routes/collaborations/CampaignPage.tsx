// /collaborations/campaigns/:id: a joint campaign — its public page and code, each participant's
// offer and (for participants) the visits and referrals counted to them, and my part: accept or
// decline an invitation, set my offer, invite colleagues (the organizer).
import { Anchor, Badge, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useParams } from '../../app/routing.tsx';
import { useAnswerCampaign, useCampaign, type Campaign } from '../../api/collaborations.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';

const CampaignOfferForm = lazy(async () => ({ default: (await import('./CampaignOfferForm.tsx')).CampaignOfferForm }));
const CampaignInvite = lazy(async () => ({ default: (await import('./CampaignInvite.tsx')).CampaignInvite }));

function Participants({ campaign }: { campaign: Campaign }) {
  const counted = campaign.participants.some((p) => p.visits !== null);
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Participants">
      {campaign.participants.map((p) => (
        <Paper component="li" withBorder p="sm" key={p.id}>
          <Stack gap={4}>
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{p.member.displayName}</Text>
              <Badge variant="light">{p.status}</Badge>
            </Group>
            {p.offerTitle && (
              <Text size="sm" fw={600}>
                {p.offerTitle}
              </Text>
            )}
            {p.offerText && <Text size="sm">{p.offerText}</Text>}
            {counted && p.visits !== null && (
              <Text
                size="sm"
                aria-label={`${p.member.displayName}: ${countOf(p.visits, 'visit')}, ${countOf(p.referrals ?? 0, 'referral')}`}
              >
                {countOf(p.visits, 'visit')} · {countOf(p.referrals ?? 0, 'referral')}
              </Text>
            )}
            {counted && p.status === 'accepted' && (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                Their link: {p.link}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function CampaignView({ id }: { id: string }) {
  const query = useCampaign(id);
  const answer = useAnswerCampaign(id);
  const [editing, setEditing] = useState<'offer' | 'invite' | null>(null);
  if (query.isError) return <LoadError error={query.error} retry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader />;
  const campaign = query.data;
  return (
    <Stack gap="lg">
      <Title order={2} size="h3">
        {campaign.title}
      </Title>
      <Text>
        {campaign.startsOn} – {campaign.endsOn} · Code <Code>{campaign.code}</Code>
      </Text>
      {campaign.description && <Text>{campaign.description}</Text>}
      <Text>
        Public page:{' '}
        <Anchor href={`/campaigns/${campaign.slug}`} style={{ overflowWrap: 'anywhere' }}>
          {campaign.publicUrl}
        </Anchor>
      </Text>
      {campaign.myStatus === 'invited' && (
        <Group>
          <Button loading={answer.isPending} onClick={() => answer.mutate('accept')}>
            Accept
          </Button>
          <Button variant="light" onClick={() => answer.mutate('decline')}>
            Decline
          </Button>
        </Group>
      )}
      {editing === null && (
        <Group>
          {campaign.myStatus === 'accepted' && (
            <Button variant="light" onClick={() => setEditing('offer')}>
              My offer
            </Button>
          )}
          {campaign.role === 'organizer' && (
            <Button variant="light" onClick={() => setEditing('invite')}>
              Invite
            </Button>
          )}
        </Group>
      )}
      <Suspense fallback={<PageLoader />}>
        {editing === 'offer' && <CampaignOfferForm campaign={campaign} onDone={() => setEditing(null)} />}
        {editing === 'invite' && <CampaignInvite campaign={campaign} onDone={() => setEditing(null)} />}
      </Suspense>
      <Title order={2} size="h3">
        Participants
      </Title>
      <Participants campaign={campaign} />
    </Stack>
  );
}

/** '1 visit', '3 visits'. */
const countOf = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function CampaignPage() {
  const { id } = useParams<{ id: string }>();
  return (
    <PageFrame title="Joint campaign" back={{ to: '/collaborations', label: 'Collaborations' }} size="md">
      <CampaignView id={id ?? ''} />
    </PageFrame>
  );
}
