// A video room, ready to mount on any page (circles wrap it at /app/circles/<slug>/room): asks the
// server whether I may enter, lets me choose devices, then joins. Everything under components/room
// is loaded only with the page that shows a room, and LiveKit's client only for a LiveKit room.
import { Alert, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/http.ts';
import { requestRoomToken } from '../../api/rooms.ts';
import { QueryState } from '../QueryState.tsx';
import { DeviceSetup, type JoinChoice } from './DeviceSetup.tsx';
import { localStream } from './local-media.ts';
import { RoomConnection } from './room-connection.ts';
import { RoomStage } from './RoomStage.tsx';
import './room.css';

type Props = { kind: string; id: string };

export function RoomView({ kind, id }: Props) {
  // Asked on arrival so a member who may not enter learns it before any camera opens.
  const admission = useQuery({
    queryKey: ['rooms', kind, id, 'admission'],
    queryFn: () => requestRoomToken(kind, id),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
    staleTime: Infinity,
  });
  const [connection, setConnection] = useState<RoomConnection | null>(null);
  const [joining, setJoining] = useState(false);
  const [lastChoice, setLastChoice] = useState<JoinChoice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => () => connection?.leave(), [connection]);

  const join = async (choice: JoinChoice) => {
    setJoining(true);
    setProblem(null);
    try {
      // A fresh token: the first may have expired while devices were chosen.
      const token = await requestRoomToken(kind, id);
      const local = choice.preview ?? (await localStream(choice, choice.cameraOn, choice.microphoneOn));
      for (const track of choice.cameraOn ? [] : local.getVideoTracks()) {
        track.stop();
        local.removeTrack(track);
      }
      for (const track of local.getAudioTracks()) track.enabled = choice.microphoneOn;
      const next = new RoomConnection(token, local, choice);
      next.connect();
      setLastChoice({ ...choice, preview: null });
      setConnection(next);
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'Could not join the room. Try again.');
    } finally {
      setJoining(false);
    }
  };

  if (admission.error instanceof ApiError && admission.error.status === 404)
    return <Alert color="gray">This room does not exist, or you are not one of its members.</Alert>;
  return (
    <QueryState query={admission}>
      {(token) => (
        <Stack gap="md">
          <Title order={2}>{token.roomTitle}</Title>
          {problem && <Alert color="red">{problem}</Alert>}
          {connection ? (
            <RoomStage
              connection={connection}
              onLeave={() => setConnection(null)}
              onRejoin={() => lastChoice && void join(lastChoice)}
            />
          ) : (
            <DeviceSetup roomTitle={token.roomTitle} joining={joining} onJoin={(choice) => void join(choice)} />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
