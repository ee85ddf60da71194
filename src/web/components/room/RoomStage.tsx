// Inside the room: who is waiting to be let in (hosts see it), the grid, the controls and the chat,
// and the states that replace them — waiting for a host, the room full, removed, connection lost.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMemo, useSyncExternalStore } from 'react';
import { peersWithMedia } from '../../../contracts/room-limits.ts';
import type { RoomConnection } from './room-connection.ts';
import { RoomChat } from './RoomChat.tsx';
import { RoomControls } from './RoomControls.tsx';
import { VideoTile } from './VideoTile.tsx';

type Props = { connection: RoomConnection; onLeave: () => void; onRejoin: () => void };

export function RoomStage({ connection, onLeave, onRejoin }: Props) {
  const state = useSyncExternalStore(connection.subscribe, connection.snapshot);
  const { self, peers, maxPeers, media } = state;
  const ownVideo = connection.ownVideo();
  // One stream per track, not per render: a new srcObject would restart the picture twice a second.
  const ownStream = useMemo(() => (ownVideo ? new MediaStream([ownVideo]) : null), [ownVideo]);

  if (state.phase === 'removed')
    return (
      <Alert color="red" title="You left the room">
        {state.removedBy === 'host' ? 'A host removed you from this room.' : 'You no longer have access to this room.'}
      </Alert>
    );
  if (state.phase === 'lost')
    return (
      <Alert color="yellow" title="Connection lost">
        <Stack gap="xs" align="flex-start">
          <Text>The connection to the room was lost.</Text>
          <Button onClick={onRejoin}>Rejoin</Button>
        </Stack>
      </Alert>
    );
  if (state.phase === 'waiting' || state.phase === 'connecting')
    return (
      <Stack gap="sm" align="flex-start">
        <Text role="status">{state.phase === 'waiting' ? 'Waiting for a host to let you in…' : 'Connecting…'}</Text>
        <Button variant="default" onClick={onLeave}>
          Leave
        </Button>
      </Stack>
    );

  const isHost = self?.role === 'host';
  const withMedia = self ? peersWithMedia([self, ...peers], maxPeers ?? Infinity) : [];
  const full = !!self && !withMedia.some((peer) => peer.id === self.id);
  const shown = state.mode === 'livekit' ? [] : withMedia.filter((peer) => peer.id !== self?.id);
  const elsewhere = peers.filter((peer) => !withMedia.some((each) => each.id === peer.id));

  return (
    <div className="room-layout">
      <Stack gap="sm" className="room-main">
        <Text role="status" size="sm" c="dimmed">
          {peers.length === 0 ? 'You are the first one here.' : `${peers.length + 1} in the room`}
        </Text>
        {full && (
          <Alert color="yellow" title="The room is full">
            A room without a media server holds {maxPeers} people with video, and {maxPeers} are in. You can read and
            write in the chat, and you join the video as soon as someone leaves.
          </Alert>
        )}
        {state.mutedBy && (
          <Alert color="blue" withCloseButton closeButtonLabel="Dismiss" onClose={connection.dismissNotice}>
            {state.mutedBy} muted your microphone. Unmute when you want to speak.
          </Alert>
        )}
        {state.notice && (
          <Alert color="gray" withCloseButton closeButtonLabel="Dismiss" onClose={connection.dismissNotice}>
            {state.notice}
          </Alert>
        )}
        {isHost &&
          state.knocks.map((knock) => (
            <Alert key={knock.id} color="blue">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{knock.name} is waiting to join.</Text>
                <Button size="xs" onClick={() => connection.hostAction('admit', knock.id)}>
                  Let {knock.name} in
                </Button>
              </Group>
            </Alert>
          ))}
        <div className="room-grid">
          {self && !full && (
            <VideoTile
              peerId={self.id}
              name={self.name}
              own
              host={isHost}
              hand={self.hand}
              audio={self.audio}
              video={!!ownVideo}
              speaking={state.speaking === self.id}
              stream={ownStream}
            />
          )}
          {shown.map((peer) => (
            <VideoTile
              key={peer.id}
              peerId={peer.id}
              name={peer.name}
              host={peer.role === 'host'}
              hand={peer.hand}
              audio={peer.audio}
              video={peer.video}
              speaking={state.speaking === peer.id}
              stream={media[peer.id]?.stream ?? null}
              framesDecoded={media[peer.id]?.framesDecoded}
            >
              {isHost && (
                <Group gap={4} mt={4}>
                  <Button size="compact-xs" variant="white" onClick={() => connection.hostAction('mute', peer.id)}>
                    Mute {peer.name}
                  </Button>
                  <Button size="compact-xs" color="red" onClick={() => connection.hostAction('remove', peer.id)}>
                    Remove {peer.name}
                  </Button>
                </Group>
              )}
            </VideoTile>
          ))}
          {state.mode === 'livekit' &&
            Object.entries(media).map(([key, each]) => (
              <VideoTile key={key} peerId={key} name={each.name ?? 'Participant'} stream={each.stream} />
            ))}
        </div>
        {elsewhere.length > 0 && state.mode === 'mesh' && (
          <Text size="sm" c="dimmed">
            In the chat only (the room is full):{' '}
            {elsewhere.map((peer) => `${peer.name}${peer.hand ? ' (hand raised)' : ''}`).join(', ')}
          </Text>
        )}
        <RoomControls connection={connection} state={state} onLeave={onLeave} />
      </Stack>
      <RoomChat lines={state.chat} onSend={connection.chat} />
    </div>
  );
}
