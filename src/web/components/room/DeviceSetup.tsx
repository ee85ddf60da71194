// Before joining: which camera and microphone, a preview of the camera, and whether to come in
// with the camera or the microphone off. The preview stream is handed on to the room, so joining
// does not open the devices a second time.
import { Alert, Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { listDevices, stopAll, type DeviceChoice } from './local-media.ts';

export type JoinChoice = DeviceChoice & { cameraOn: boolean; microphoneOn: boolean; preview: MediaStream | null };

type Devices = Awaited<ReturnType<typeof listDevices>>;

export function DeviceSetup({
  roomTitle,
  onJoin,
  joining,
}: {
  roomTitle: string;
  onJoin: (choice: JoinChoice) => void;
  joining: boolean;
}) {
  const [devices, setDevices] = useState<Devices>({ cameras: [], microphones: [] });
  const [choice, setChoice] = useState<DeviceChoice>({ audioDeviceId: null, videoDeviceId: null });
  const [cameraOn, setCameraOn] = useState(true);
  const [microphoneOn, setMicrophoneOn] = useState(true);
  const [preview, setPreview] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const handedOn = useRef(false);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    const open = async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          audio: choice.audioDeviceId ? { deviceId: { exact: choice.audioDeviceId } } : true,
          video: cameraOn ? (choice.videoDeviceId ? { deviceId: { exact: choice.videoDeviceId } } : true) : false,
        });
        if (cancelled) return stopAll(stream);
        setProblem(null);
        setPreview(stream);
        setDevices(await listDevices());
      } catch {
        setProblem('The browser did not give access to a camera or microphone. You can still join and use the chat.');
      }
    };
    void open();
    return () => {
      cancelled = true;
      if (!handedOn.current) stopAll(stream);
    };
  }, [choice.audioDeviceId, choice.videoDeviceId, cameraOn]);

  useEffect(() => {
    if (video.current) video.current.srcObject = preview;
  }, [preview]);

  const join = () => {
    handedOn.current = true;
    onJoin({ ...choice, cameraOn, microphoneOn, preview });
  };

  return (
    <Stack gap="md" maw={560}>
      <Text>Check how you look and sound before joining {roomTitle}.</Text>
      <div className="room-preview">
        {cameraOn ? (
          <video ref={video} muted autoPlay playsInline aria-label="Your camera preview" />
        ) : (
          <Text c="white" ta="center">
            Camera off
          </Text>
        )}
      </div>
      {problem && <Alert color="yellow">{problem}</Alert>}
      <NativeSelect
        label="Camera"
        value={choice.videoDeviceId ?? ''}
        onChange={(event) => setChoice({ ...choice, videoDeviceId: event.currentTarget.value || null })}
        data={[
          { value: '', label: 'Default camera' },
          ...devices.cameras.map((d, i) => ({ value: d.deviceId, label: d.label || `Camera ${i + 1}` })),
        ]}
      />
      <NativeSelect
        label="Microphone"
        value={choice.audioDeviceId ?? ''}
        onChange={(event) => setChoice({ ...choice, audioDeviceId: event.currentTarget.value || null })}
        data={[
          { value: '', label: 'Default microphone' },
          ...devices.microphones.map((d, i) => ({ value: d.deviceId, label: d.label || `Microphone ${i + 1}` })),
        ]}
      />
      <Group gap="sm">
        <Button variant="default" aria-pressed={!cameraOn} onClick={() => setCameraOn(!cameraOn)}>
          Join with camera off
        </Button>
        <Button variant="default" aria-pressed={!microphoneOn} onClick={() => setMicrophoneOn(!microphoneOn)}>
          Join muted
        </Button>
      </Group>
      <Group>
        <Button onClick={join} loading={joining}>
          Join room
        </Button>
      </Group>
    </Stack>
  );
}
