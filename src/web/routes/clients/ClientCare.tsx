// The client's intake and their goals and plan, loaded with the client page as one lazy part.
import { Stack } from '@mantine/core';
import { ClientGoalsPlan } from './ClientGoalsPlan.tsx';
import { ClientIntake } from './ClientIntake.tsx';

export function ClientCare({ clientId }: { clientId: string }) {
  return (
    <Stack gap="lg">
      <ClientIntake clientId={clientId} />
      <ClientGoalsPlan clientId={clientId} />
    </Stack>
  );
}
