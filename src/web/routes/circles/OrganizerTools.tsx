// What only organizers see on a circle's page: its settings and its invitations. Loaded only for
// them (the page's first load stays a member's).
import { Button, Stack, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import type { Circle } from '../../api/circles.ts';
import { PageLoader } from '../../components/PageLoader.tsx';
import { CircleInvitations } from './CircleInvitations.tsx';

// The settings form (the circle's fields and their checks) loads when an organizer opens it.
const CircleSettingsForm = lazy(async () => ({
  default: (await import('./CircleSettingsForm.tsx')).CircleSettingsForm,
}));

export function OrganizerTools({ circle }: { circle: Circle }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <Stack gap="xs" component="section" aria-labelledby="invitations-heading">
        <Title order={2} size="h3" id="invitations-heading">
          Invitations
        </Title>
        <CircleInvitations circle={circle} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="settings-heading">
        <Title order={2} size="h3" id="settings-heading">
          Settings
        </Title>
        <Button
          variant="default"
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={editing}
          onClick={() => setEditing((open) => !open)}
        >
          {editing ? 'Close settings' : 'Edit settings'}
        </Button>
        {editing && (
          <Suspense fallback={<PageLoader />}>
            <CircleSettingsForm circle={circle} onSaved={() => setEditing(false)} />
          </Suspense>
        )}
      </Stack>
    </Stack>
  );
}
