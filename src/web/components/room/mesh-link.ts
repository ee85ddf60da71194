// One RTCPeerConnection to one other peer of a mesh room, with the "perfect negotiation" pattern
// (W3C WebRTC §10.7 example): both sides may offer whenever their tracks change, and when two offers
// cross, the polite side (the larger peer id) rolls its own back and answers, the impolite side
// ignores the other's.
//
// The first offer is always the impolite side's: the polite side does not offer until it has an
// answer's worth of the other's description. Both sides create their link at the same moment (one
// hears "joined", the other "present"), so letting both offer made every new pair a collision, and
// about one pair in three on a loopback-only machine then agreed on descriptions but never started
// ICE checks (the candidates of the rolled-back offer). An impolite side with nothing to send still
// offers: it asks to receive audio and video.
import type { RoomSignalData } from '../../../contracts/rooms.ts';

export type MeshLinkEvents = {
  signal: (data: RoomSignalData) => void;
  stream: (stream: MediaStream) => void;
  failed: () => void;
};

const restartAfterMs = 12_000;

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
  if (!polite)
    for (const kind of ['audio', 'video'] as const)
      if (!senders.has(kind)) pc.addTransceiver(kind, { direction: 'recvonly' });

  pc.onnegotiationneeded = async () => {
    // The polite side's first description is its answer; later changes (a camera turned on) offer.
    if (polite && !pc.remoteDescription) return;
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
    if (pc.connectionState === 'failed' && !polite) restart();
    if (pc.connectionState === 'closed') on.failed();
  };
  // A pair that still is not connected a while after its last (re)start — a lost signal, a
  // connection that failed — has the impolite side start ICE over with fresh credentials. The wait
  // is long enough for a slow machine's checks to finish: restarting a pair that is still
  // connecting only starts it again from nothing.
  // An offer that got no answer in that time (lost on the way) is taken back first.
  let startedAt = performance.now();
  function restart() {
    startedAt = performance.now();
    if (pc.signalingState === 'have-local-offer')
      void pc.setLocalDescription({ type: 'rollback' }).then(
        () => pc.restartIce(),
        () => undefined,
      );
    else pc.restartIce();
  }
  const watchdog = setInterval(() => {
    if (pc.connectionState === 'connected' || pc.connectionState === 'closed') return clearInterval(watchdog);
    if (polite || makingOffer || performance.now() - startedAt < restartAfterMs) return;
    restart();
  }, 2000);

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
