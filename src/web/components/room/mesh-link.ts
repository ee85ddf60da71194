// One RTCPeerConnection to one other peer of a mesh room, with the "perfect negotiation" pattern
// (W3C WebRTC §10.7 example): both sides may offer whenever their tracks change, and when two offers
// cross, the polite side (the larger peer id) rolls its own back and answers, the impolite side
// ignores the other's. No side has to wait for the other to start, and there is no glare.
import type { RoomSignalData } from '../../../contracts/rooms.ts';

export type MeshLinkEvents = {
  signal: (data: RoomSignalData) => void;
  stream: (stream: MediaStream) => void;
  failed: () => void;
};

export function meshLink(polite: boolean, iceServers: RTCIceServer[], local: MediaStream, on: MeshLinkEvents) {
  const pc = new RTCPeerConnection({ iceServers });
  let makingOffer = false;
  let ignoreOffer = false;
  // Candidates that arrive before any remote description: when two offers cross, the polite side
  // rolls its offer back but keeps that offer's ICE candidates for its answer, and they reach the
  // impolite side before the answer does. Dropped, the impolite side would never learn them.
  let early: RTCIceCandidateInit[] = [];
  const addEarly = async () => {
    const pending = early;
    early = [];
    for (const candidate of pending) await pc.addIceCandidate(candidate).catch(() => undefined);
  };
  const senders = new Map<'audio' | 'video', RTCRtpSender>();
  for (const track of local.getTracks()) senders.set(track.kind as 'audio' | 'video', pc.addTrack(track, local));

  pc.onnegotiationneeded = async () => {
    try {
      makingOffer = true;
      await pc.setLocalDescription();
      if (pc.localDescription) on.signal({ description: toDescription(pc.localDescription) });
    } catch {
      // A description that lost a race is retried by the next negotiationneeded.
    } finally {
      makingOffer = false;
    }
  };
  pc.onicecandidate = ({ candidate }) => on.signal({ candidate: candidate ? (candidate.toJSON() as never) : null });
  pc.ontrack = ({ track, streams }) => on.stream(streams[0] ?? new MediaStream([track]));
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === 'failed' && !polite) pc.restartIce();
    if (pc.connectionState === 'closed') on.failed();
  };
  // A pair whose offers crossed can end up with descriptions agreed but no candidate pair to try
  // (candidates of a rolled-back offer). Not connected after a few seconds, the impolite side starts
  // ICE over with fresh credentials: one more offer/answer, and the pair connects.
  const watchdog = setInterval(() => {
    if (pc.connectionState === 'connected' || pc.connectionState === 'closed') return clearInterval(watchdog);
    if (!polite && pc.signalingState === 'stable') pc.restartIce();
  }, 4000);

  let queue: Promise<unknown> = Promise.resolve();
  async function handle(data: RoomSignalData) {
    if ('description' in data) {
      const description = data.description;
      const collision = description.type === 'offer' && (makingOffer || pc.signalingState !== 'stable');
      ignoreOffer = !polite && collision;
      if (ignoreOffer) return;
      await pc.setRemoteDescription(description);
      await addEarly();
      if (description.type === 'offer') {
        await pc.setLocalDescription();
        if (pc.localDescription) on.signal({ description: toDescription(pc.localDescription) });
      }
      return;
    }
    // The end of candidates is optional, and added early it makes Chromium ignore later candidates.
    if (!data.candidate) return;
    if (!pc.remoteDescription) return void early.push(data.candidate);
    try {
      await pc.addIceCandidate(data.candidate);
    } catch (error) {
      if (!ignoreOffer) throw error;
    }
  }

  return {
    pc,
    /** Signals are handled strictly one after another: a candidate must not overtake its description. */
    receive: (data: RoomSignalData) => (queue = queue.then(() => handle(data)).catch(() => undefined)),

    /** Swaps what this peer sends (camera, screen, or nothing) without renegotiating when a sender exists. */
    async sendTrack(kind: 'audio' | 'video', track: MediaStreamTrack | null) {
      const sender = senders.get(kind);
      if (sender) return sender.replaceTrack(track);
      if (track) senders.set(kind, pc.addTrack(track, local)); // renegotiates (negotiationneeded)
    },
    close: () => {
      clearInterval(watchdog);
      pc.close();
    },
  };
}
export type MeshLink = ReturnType<typeof meshLink>;

const toDescription = (description: RTCSessionDescription) => ({
  type: description.type,
  sdp: description.sdp,
});
