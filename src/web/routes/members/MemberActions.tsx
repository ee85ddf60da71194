// What a signed-in member can do on a colleague's page: connect (or see the request's state, or
// accept theirs), message, propose a trade, refer a client, and — once connected — endorse.
// Loaded lazily, so a signed-out visitor's first load stays small.
import { Alert, Badge, Button, Group, Stack } from '@mantine/core';
import { Link, useNavigate } from '../../app/routing.tsx';
import { useAcceptConnection, useConnections, useRequestConnection, type Connection } from '../../api/network.ts';
import { messageOf } from '../../api/http.ts';
import { useStartConversation } from '../../api/messages.ts';
import type { PublicProfile, Taxonomy } from '../../api/profile.ts';
import { EndorsePanel } from './EndorsePanel.tsx';

function ConnectButton({
  slug,
  connection,
  loading,
}: {
  slug: string;
  connection: Connection | undefined;
  loading: boolean;
}) {
  const request = useRequestConnection();
  const accept = useAcceptConnection();
  const error = request.error ?? accept.error;
  let control;
  if (loading) control = <Button size="xs" variant="light" loading aria-label="Checking connection" />;
  else if (!connection)
    control = (
      <Button size="xs" onClick={() => request.mutate(slug)} loading={request.isPending}>
        Connect
      </Button>
    );
  else if (connection.status === 'accepted')
    control = (
      <Badge color="sage" variant="light" size="lg" tt="none">
        Connected
      </Badge>
    );
  else if (connection.direction === 'incoming')
    control = (
      <Button
        size="xs"
        onClick={() => accept.mutate(connection.id)}
        loading={accept.isPending}
        aria-label="Accept connection request"
      >
        Accept
      </Button>
    );
  else
    control = (
      <Button size="xs" variant="default" disabled aria-label="Connection request pending">
        Pending
      </Button>
    );
  return (
    <>
      {control}
      {error && (
        <Alert color="red" variant="light" role="alert" w="100%">
          {messageOf(error)}
        </Alert>
      )}
    </>
  );
}

export default function MemberActions({ profile, taxonomy }: { profile: PublicProfile; taxonomy: Taxonomy }) {
  const connections = useConnections();
  const start = useStartConversation();
  const navigate = useNavigate();
  const slug = profile.slug;
  const connection = connections.data?.find((item) => item.member.slug === slug);
  const query = encodeURIComponent(slug);

  return (
    <Stack gap="md">
      <Group gap="xs" role="group" aria-label={`Actions for ${profile.displayName}`}>
        <ConnectButton slug={slug} connection={connection} loading={connections.isPending} />
        <Button
          size="xs"
          variant="light"
          loading={start.isPending}
          onClick={() =>
            start.mutate(
              { memberSlugs: [slug] },
              { onSuccess: (conversation) => void navigate(`/messages/${conversation.id}`) },
            )
          }
        >
          Message
        </Button>
        <Button size="xs" variant="light" component={Link} to={`/trades?to=${query}`}>
          Propose a trade
        </Button>
        <Button size="xs" variant="light" component={Link} to="/referrals/new">
          Refer a client
        </Button>
      </Group>
      {start.error && (
        <Alert color="red" variant="light" role="alert">
          {messageOf(start.error)}
        </Alert>
      )}
      {connection?.status === 'accepted' && (
        <EndorsePanel profile={profile} taxonomy={taxonomy} connection={connection} />
      )}
    </Stack>
  );
}
