// Rooms beyond the mesh: the same room through a LiveKit SFU. This file (and livekit-client, about
// 150 KB gzip) is imported only when the server's token says mode 'livekit', so mesh rooms and every
// other page never load it.
import { Room, RoomEvent, Track, type RemoteParticipant, type RemoteTrack } from 'livekit-client';

export type LivekitEvents = {
  stream: (key: string, name: string, stream: MediaStream) => void;
  gone: (key: string) => void;
};

export async function joinLivekit(access: { url: string; token: string }, local: MediaStream, on: LivekitEvents) {
  const room = new Room({ adaptiveStream: true, dynacast: true });
  const streams = new Map<string, MediaStream>();
  const keyOf = (participant: RemoteParticipant) => `lk:${participant.identity}`;
  room.on(RoomEvent.TrackSubscribed, (track: RemoteTrack, _publication, participant: RemoteParticipant) => {
    const key = keyOf(participant);
    const stream = streams.get(key) ?? new MediaStream();
    stream.addTrack(track.mediaStreamTrack);
    streams.set(key, stream);
    on.stream(key, participant.name || participant.identity, stream);
  });
  room.on(RoomEvent.ParticipantDisconnected, (participant: RemoteParticipant) => {
    streams.delete(keyOf(participant));
    on.gone(keyOf(participant));
  });
  await room.connect(access.url, access.token);
  const microphone = local.getAudioTracks()[0];
  const camera = local.getVideoTracks()[0];
  if (microphone) await room.localParticipant.publishTrack(microphone, { source: Track.Source.Microphone });
  if (camera) await room.localParticipant.publishTrack(camera, { source: Track.Source.Camera });

  const replace = async (source: Track.Source, track: MediaStreamTrack | null) => {
    const publication = room.localParticipant.getTrackPublication(source);
    if (publication?.track) await room.localParticipant.unpublishTrack(publication.track, false);
    if (track) await room.localParticipant.publishTrack(track, { source });
  };
  return {
    // The published track is our own, already disabled when muted; this tells the others too.
    setMicrophone: async (on: boolean) => {
      const publication = room.localParticipant.getTrackPublication(Track.Source.Microphone);
      await (on ? publication?.unmute() : publication?.mute());
    },
    setCamera: (track: MediaStreamTrack | null) => replace(Track.Source.Camera, track),
    setScreen: (track: MediaStreamTrack | null) => replace(Track.Source.ScreenShare, track),
    leave: () => room.disconnect(),
  };
}
export type LivekitControl = Awaited<ReturnType<typeof joinLivekit>>;
