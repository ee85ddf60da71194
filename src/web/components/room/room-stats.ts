// Twice a second, each peer connection's statistics: frames decoded from the peer's video (shown on
// its tile, and read by the browser tests) and the loudness of its voice, for the active-speaker
// highlight. getStats, not an AudioContext per peer: one call per connection gives both.
export type Levels = Record<string, { framesDecoded: number; level: number }>;
type Source = {
  connections: () => { id: string; pc: RTCPeerConnection }[];
  snapshot: () => { self: { id: string } | null };
};
type Report = { type: string; kind?: string; framesDecoded?: number; audioLevel?: number };
const speakingLevel = 0.02;

/** Calls `update` with the figures only: the caller merges them into its current state (a stream may have arrived meanwhile). */
export function watchLevels(source: Source, update: (levels: Levels, speaking: string | null) => void) {
  let stopped = false;
  const poll = async () => {
    const { self } = source.snapshot();
    const next: Levels = {};
    let loudest: { id: string; level: number } | null = null;
    for (const { id, pc } of source.connections()) {
      let framesDecoded = 0;
      let level = 0;
      let own = 0;
      (await pc.getStats()).forEach((report: Report) => {
        if (report.type === 'inbound-rtp' && report.kind === 'video') framesDecoded += report.framesDecoded ?? 0;
        if (report.type === 'inbound-rtp' && report.kind === 'audio') level = Math.max(level, report.audioLevel ?? 0);
        if (report.type === 'media-source' && report.kind === 'audio') own = report.audioLevel ?? 0;
      });
      next[id] = { framesDecoded, level };
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
