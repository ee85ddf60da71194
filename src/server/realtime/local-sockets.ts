// The sockets connected to this process, by user. A sink is anything that takes a text frame, so
// the registry knows nothing about WebSocket libraries (and tests can count deliveries).
export type Sink = (frame: string) => void;

export function localSockets() {
  const byUser = new Map<string, Set<Sink>>();
  return {
    /** Adds a socket; returns whether it is the user's first on this process, and how to remove it. */
    add(userId: string, sink: Sink) {
      let sinks = byUser.get(userId);
      const first = !sinks;
      if (!sinks) byUser.set(userId, (sinks = new Set()));
      sinks.add(sink);
      let removed = false;
      const remove = () => {
        if (removed) return false;
        removed = true;
        sinks.delete(sink);
        if (sinks.size > 0) return false;
        byUser.delete(userId);
        return true; // the user's last socket here
      };
      return { first, remove };
    },
    /** Sends one frame to every socket of these users; a failing socket never stops the others. */
    deliver(userIds: readonly string[], frame: string) {
      let delivered = 0;
      for (const userId of new Set(userIds)) {
        for (const sink of byUser.get(userId) ?? []) {
          try {
            sink(frame);
            delivered += 1;
          } catch {
            // A socket that is closing; the heartbeat removes it.
          }
        }
      }
      return delivered;
    },
    has: (userId: string) => byUser.has(userId),
    users: () => [...byUser.keys()],
    count: () => [...byUser.values()].reduce((sum, sinks) => sum + sinks.size, 0),
  };
}
export type LocalSockets = ReturnType<typeof localSockets>;
