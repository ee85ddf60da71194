// /away: declare an away period with colleagues who cover, my periods and their cover, and the
// colleagues who asked me to cover for them.
import { Button, Group, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useAway } from '../../api/away.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { AwayPeriods } from './AwayPeriods.tsx';
import { CoverInvitations } from './CoverInvitations.tsx';
import { PageFrame } from '../../components/PageFrame.tsx';

// The form (and the zod schema it checks with) loads only when someone declares a period.
const DeclareAwayForm = lazy(async () => ({ default: (await import('./DeclareAwayForm.tsx')).DeclareAwayForm }));

function Away() {
  const away = useAway();
  const [declaring, setDeclaring] = useState(false);
  if (away.isError) return <LoadError error={away.error} retry={() => void away.refetch()} />;
  if (!away.data) return <PageLoader />;
  const { mine, covering } = away.data;

  return (
    <Stack gap="xl">
      {declaring ? (
        <Suspense fallback={<PageLoader />}>
          <DeclareAwayForm onDone={() => setDeclaring(false)} />
        </Suspense>
      ) : (
        <Group>
          <Button onClick={() => setDeclaring(true)}>Declare an away period</Button>
        </Group>
      )}
      <Stack gap="xs" component="section" aria-labelledby="mine-heading">
        <Title order={2} size="h3" id="mine-heading">
          My away periods
        </Title>
        <AwayPeriods periods={mine} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="covering-heading">
        <Title order={2} size="h3" id="covering-heading">
          Covering for colleagues
        </Title>
        <CoverInvitations invitations={covering} />
      </Stack>
    </Stack>
  );
}

export function AwayPage() {
  return (
    <PageFrame
      title="Away and cover"
      documentTitle="Away"
      intro="When you are ill, on vacation or on leave, trusted colleagues cover: your profile says who, and referrals go to them."
      size="md"
    >
      <Away />
    </PageFrame>
  );
}
