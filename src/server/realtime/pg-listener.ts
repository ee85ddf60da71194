// One dedicated PostgreSQL connection that LISTENs on the events channel. It is not taken from the
// pool: a LISTEN lives as long as its session, and a pooled connection would be handed to other
// queries (and could be closed by the pool when idle). On any error it reconnects with backoff.
import pg from 'pg';

export const eventsChannel = 'kneadwork_events';

type Log = { info: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };

export type PgListener = { ready: Promise<void>; close: () => Promise<void>; connected: () => boolean };

export function pgListener(
  url: string,
  onPayload: (payload: string) => void,
  log: Log,
  onReconnect: () => void = () => {},
): PgListener {
  let client: pg.Client | null = null;
  let closed = false;
  let isConnected = false;
  let attempt = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(30_000, 250 * 2 ** attempt);
    attempt += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: url, application_name: 'kneadwork-realtime' });
    client = next;
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = null;
      isConnected = false;
      next.removeAllListeners('notification');
      void next.end().catch(() => undefined);
      if (!closed) {
        log.warn({ err: error }, 'realtime: LISTEN connection lost; reconnecting');
        scheduleReconnect();
      }
    };
    next.on('error', lost);
    next.on('end', () => lost());
    next.on('notification', (message) => {
      if (message.channel === eventsChannel && message.payload) onPayload(message.payload);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${eventsChannel}`);
      if (closed || client !== next) return;
      const reconnected = attempt > 0;
      attempt = 0;
      isConnected = true;
      markReady();
      if (reconnected) {
        log.info({}, 'realtime: LISTEN connection restored');
        onReconnect();
      }
    } catch (error) {
      lost(error as Error);
    }
  };

  void connect();
  return {
    ready,
    connected: () => isConnected,
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      markReady();
      const current = client;
      client = null;
      isConnected = false;
      await current?.end().catch(() => undefined);
    },
  };
}
