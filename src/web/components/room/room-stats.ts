// Twice a second, each peer connection's statistics: frames decoded from the peer's video (shown on
// its tile, and read by the browser tests) and the loudness of its voice, for the active-speaker
// highlight. getStats, not an AudioContext per peer: one call per connection gives both.
import type { RemoteMedia } from './room-state.ts';

type Source = {
  connections: () => { id: string; pc: RTCPeerConnection }[];
  snapshot: () => { media: Record<string, RemoteMedia>; self: { id: string } | null };
};
const speakingLevel = 0.02;

export function watchLevels(
  source: Source,
  update: (media: Record<string, RemoteMedia>, speaking: string | null) => void,
) {
  let stopped = false;
  const poll = async () => {
    const { media, self } = source.snapshot();
    const next = { ...media };
    let loudest: { id: string; level: number } | null = null;
    for (const { id, pc } of source.connections()) {
      let framesDecoded = 0;
      let level = 0;
      let own = 0;
      (await pc.getStats()).forEach(
        (report: { type: string; kind?: string; framesDecoded?: number; audioLevel?: number }) => {
          if (report.type === 'inbound-rtp' && report.kind === 'video') framesDecoded += report.framesDecoded ?? 0;
          if (report.type === 'inbound-rtp' && report.kind === 'audio') level = Math.max(level, report.audioLevel ?? 0);
          if (report.type === 'media-source' && report.kind === 'audio') own = report.audioLevel ?? 0;
        },
      );
      next[id] = { ...(next[id] ?? { stream: null, name: null }), framesDecoded, level };
      if (level > (loudest?.level ?? speakingLevel)) loudest = { id, level };
      if (self && own > (loudest?.level ?? speakingLevel)) loudest = { id: self.id, level: own };
    }
    if (!stopped) update(next, loudest?.id ?? null);
  };
  const timer = setInterval(() => void poll().catch(() => undefined), 500);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
