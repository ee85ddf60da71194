// One face in the grid: the video (or the name's initials when there is none), the name, and what
// the others should notice — speaking, a raised hand, a muted microphone. The tile carries the
// frames decoded so far and when the first one showed (data attributes the browser tests read).
import { Badge, Group, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { initials } from '../initials.ts';
import { HandIcon } from './HandIcon.tsx';

type Props = {
  peerId: string;
  name: string;
  stream: MediaStream | null;
  own?: boolean;
  host?: boolean;
  hand?: boolean;
  audio?: boolean;
  video?: boolean;
  speaking?: boolean;
  framesDecoded?: number;
  children?: ReactNode;
};

export function VideoTile({
  peerId,
  name,
  stream,
  own,
  host,
  hand,
  audio,
  video = true,
  speaking,
  framesDecoded,
  children,
}: Props) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.srcObject = stream;
    if (!stream) return;
    element.play().catch(() => undefined);
    // When the first picture shows, for the join-to-first-frame measure.
    const first = (now: number) => element.setAttribute('data-first-frame-ms', String(Math.round(now)));
    if ('requestVideoFrameCallback' in element) element.requestVideoFrameCallback(first);
  }, [stream]);
  const label = `${name}${own ? ' (you)' : ''}`;
  return (
    <figure
      className="room-tile"
      data-speaking={speaking || undefined}
      data-peer-id={peerId}
      data-own={own || undefined}
      data-frames-decoded={framesDecoded ?? 0}
      aria-label={`${label}${speaking ? ', speaking' : ''}${hand ? ', hand raised' : ''}${audio === false ? ', microphone off' : ''}`}
    >
      <video ref={ref} muted={own} autoPlay playsInline hidden={!video || !stream} />
      {(!video || !stream) && (
        <div className="room-tile-initials" aria-hidden>
          {initials(name)}
        </div>
      )}
      <figcaption>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} truncate c="white">
            {label}
          </Text>
          {host && (
            <Badge size="xs" variant="white">
              Host
            </Badge>
          )}
          {hand && (
            <Badge size="xs" color="yellow" variant="filled" leftSection={<HandIcon />}>
              Hand raised
            </Badge>
          )}
          {audio === false && (
            <Badge size="xs" color="gray" variant="filled">
              Muted
            </Badge>
          )}
        </Group>
        {children}
      </figcaption>
    </figure>
  );
}
