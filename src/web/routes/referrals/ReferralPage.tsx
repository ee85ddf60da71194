// /referrals/:id: one referral — who, why, the packet (or "consent withdrawn"), the outcome, the
// next step I may take, thanks, the printable letter and outcome, and the timeline.
import { Anchor, Button, Grid, Group, Stack } from '@mantine/core';
import { Link, useParams } from '../../app/routing.tsx';
import { ApiError } from '../../api/http.ts';
import { referralPdfUrl, useReferral, type Referral } from '../../api/referrals.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';
import { professionName } from './guide-labels.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { NextStep } from './NextStep.tsx';
import { Packet } from './Packet.tsx';
import { ReferralContent } from './ReferralContent.tsx';
import { StatusBadge, UrgencyBadge } from './ReferralBadges.tsx';
import { ThanksNote } from './ThanksNote.tsx';
import { Timeline } from './Timeline.tsx';

const titleOf = (referral: Referral) =>
  referral.side === 'referrer' ? `Referral to ${referral.to.name}` : `Referral from ${referral.from.name}`;

function Documents({ referral }: { referral: Referral }) {
  return (
    <Group gap="xs" component="nav" aria-label="Printable documents">
      <Button
        component="a"
        href={referralPdfUrl(referral.id, 'letter')}
        target="_blank"
        rel="noopener"
        variant="default"
        size="xs"
      >
        Referral letter (PDF)
      </Button>
      {referral.outcome && (
        <Button
          component="a"
          href={referralPdfUrl(referral.id, 'outcome')}
          target="_blank"
          rel="noopener"
          variant="default"
          size="xs"
        >
          Outcome reply (PDF)
        </Button>
      )}
    </Group>
  );
}

/** Who is on the other side, about whom, and a way to their profile. */
function About({ referral }: { referral: Referral }) {
  const other = referral.side === 'referrer' ? referral.to : referral.from;
  const about = [
    professionName(other.profession),
    referral.clientName ? `Client: ${referral.clientName}` : '',
    referral.redirectedFrom ? `covering for ${referral.redirectedFrom.name}` : '',
  ];
  return (
    <>
      {about.filter(Boolean).join(' · ')}
      {other.slug && (
        <>
          <br />
          <Anchor component={Link} to={`/members/${encodeURIComponent(other.slug)}`} size="sm">
            {other.name}’s profile
          </Anchor>
        </>
      )}
    </>
  );
}

function Loaded({ id }: { id: string }) {
  const referral = useReferral(id);
  if (referral.error instanceof ApiError && (referral.error.status === 404 || referral.error.status === 400))
    return <NotFoundPage />;
  if (referral.isError) return <LoadError error={referral.error} retry={() => void referral.refetch()} />;
  if (!referral.data) return <PageLoader />;
  const data = referral.data;
  const other = data.side === 'referrer' ? data.to : data.from;
  return (
    <PageFrame
      title={titleOf(data)}
      back={{ to: data.side === 'referrer' ? '/referrals?box=outbox' : '/referrals', label: 'Referrals' }}
      intro={<About referral={data} />}
      actions={
        <Group gap="sm">
          <StatusBadge status={data.status} />
          <UrgencyBadge urgency={data.urgency} />
        </Group>
      }
    >
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <NextStep referral={data} />
            <ReferralContent referral={data} />
            <Packet packet={data.packet} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <Documents referral={data} />
            {data.link && <ExternalLink referralId={data.id} link={data.link} />}
            <Timeline events={data.timeline} />
            {other.kind === 'member' && <ThanksNote referralId={data.id} to={other.name} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </PageFrame>
  );
}

export function ReferralPage() {
  const { id = '' } = useParams();
  return <Loaded id={id} />;
}
