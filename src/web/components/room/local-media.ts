// The member's own camera and microphone, chosen before joining: the devices, the preview stream,
// and turning each on and off. Camera off stops the camera (its light goes out), it is not a black
// picture; microphone off disables the track (the connection stays, it sends silence).
export type DeviceChoice = { audioDeviceId: string | null; videoDeviceId: string | null };

export async function listDevices() {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: devices.filter((device) => device.kind === 'videoinput'),
    microphones: devices.filter((device) => device.kind === 'audioinput'),
  };
}

const videoConstraints = (deviceId: string | null): MediaTrackConstraints => ({
  ...(deviceId ? { deviceId: { exact: deviceId } } : {}),
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24 },
});

export async function openCamera(deviceId: string | null) {
  const stream = await navigator.mediaDevices.getUserMedia({ video: videoConstraints(deviceId) });
  return stream.getVideoTracks()[0]!;
}

export async function openMicrophone(deviceId: string | null) {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: deviceId ? { deviceId: { exact: deviceId }, echoCancellation: true } : { echoCancellation: true },
  });
  return stream.getAudioTracks()[0]!;
}

/** The stream every peer connection sends from: a microphone track, and a camera track when on. */
export async function localStream(choice: DeviceChoice, cameraOn: boolean, microphoneOn: boolean) {
  const stream = new MediaStream();
  const microphone = await openMicrophone(choice.audioDeviceId).catch(() => null);
  if (microphone) {
    microphone.enabled = microphoneOn;
    stream.addTrack(microphone);
  }
  if (cameraOn) {
    const camera = await openCamera(choice.videoDeviceId).catch(() => null);
    if (camera) stream.addTrack(camera);
  }
  return stream;
}

export const stopAll = (stream: MediaStream | null) => stream?.getTracks().forEach((track) => track.stop());
