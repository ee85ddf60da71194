// The organizer invites a colleague to the campaign by choosing them by name.
import { Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useInviteToCampaign, type Campaign } from '../../api/collaborations.ts';
import { ApiError } from '../../api/http.ts';
import { MemberPicker } from '../../components/MemberPicker.tsx';

export function CampaignInvite({ campaign, onDone }: { campaign: Campaign; onDone: () => void }) {
  const invite = useInviteToCampaign(campaign.id);
  const [error, setError] = useState<string | undefined>();
  return (
    <Paper withBorder p="md" radius="lg">
      <Stack gap="sm">
        <MemberPicker
          label="Invite a colleague"
          description="Type part of a name and choose from the list."
          error={error}
          exclude={campaign.participants.map((p) => p.member.slug)}
          onPick={(member) => {
            setError(undefined);
            invite.mutate(
              { memberSlug: member.slug },
              {
                onSuccess: () => notifications.show({ color: 'sage', message: `${member.displayName} is invited.` }),
                onError: (problem) => setError(problem instanceof ApiError ? problem.message : 'Could not invite'),
              },
            );
          }}
        />
        <Group>
          <Button variant="subtle" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
