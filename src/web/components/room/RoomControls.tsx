// The bar under the grid: microphone, camera, screen, hand, leave. Each toggle says its state with
// aria-pressed, so a screen reader hears "Mute, pressed" rather than a changed icon.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { RoomConnection } from './room-connection.ts';
import type { RoomSnapshot } from './room-state.ts';

export function RoomControls({
  connection,
  state,
  onLeave,
}: {
  connection: RoomConnection;
  state: RoomSnapshot;
  onLeave: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const self = state.self;
  const run = (work: () => Promise<void>) => {
    setBusy(true);
    work()
      .catch(() => undefined)
      .finally(() => setBusy(false));
  };
  const canShare = typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  return (
    <Group gap="xs" className="room-controls" role="toolbar" aria-label="Room controls">
      <Button variant="default" aria-pressed={!self?.audio} onClick={() => connection.setMicrophone(!self?.audio)}>
        Mute
      </Button>
      <Button
        variant="default"
        aria-pressed={!self?.video}
        disabled={busy}
        onClick={() => run(() => connection.setCamera(!self?.video))}
      >
        Camera off
      </Button>
      {canShare && (
        <Button
          variant="default"
          aria-pressed={!!self?.screen}
          disabled={busy}
          onClick={() => run(() => connection.shareScreen(!self?.screen))}
        >
          Share screen
        </Button>
      )}
      <Button variant="default" aria-pressed={!!self?.hand} onClick={() => connection.raiseHand(!self?.hand)}>
        Raise hand
      </Button>
      <Button color="red" onClick={onLeave}>
        Leave
      </Button>
    </Group>
  );
}
