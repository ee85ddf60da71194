// The live socket (/api/ws, docs/realtime.md): one per tab, shared by every screen that listens,
// open while a signed-in member has a listener mounted, reconnecting with backoff when it drops.
// Events missed while away are not replayed, so screens refetch in `useOnReconnect`.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { RealtimeEvent as ContractEvent } from '../../contracts/messages.ts';
import type { PoolUpdatedEvent } from '../../contracts/pools.ts';
import { useSession } from './session.ts';

/** The notification centre's "marked read" event (published by modules/notifications; not in the messages contract). */
export type NotificationsReadEvent = { type: 'notifications.read'; ids: string[] | 'all'; unreadCount: number };
export type RealtimeEvent = ContractEvent | NotificationsReadEvent | PoolUpdatedEvent;
export type RealtimeEventType = RealtimeEvent['type'];
export type RealtimeEventOf<Type extends RealtimeEventType> = Extract<RealtimeEvent, { type: Type }>;
export type RealtimeStatus = 'idle' | 'connecting' | 'open' | 'reconnecting';

type Handler = (event: RealtimeEvent) => void;
const handlers = new Map<string, Set<Handler>>();
const reconnectHandlers = new Set<() => void>();
const statusListeners = new Set<() => void>();

let socket: WebSocket | null = null;
let status: RealtimeStatus = 'idle';
let userId: string | null = null;
let holders = 0;
let attempt = 0;
let everReady = false;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let closeTimer: ReturnType<typeof setTimeout> | undefined;

const setStatus = (next: RealtimeStatus) => {
  status = next;
  statusListeners.forEach((listener) => listener());
};

const socketUrl = () => `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/api/ws`;

/** 0.5 s doubling to 30 s, with jitter so a restarted server is not met by every tab at once. */
const backoff = () => Math.min(30_000, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);

function dispatch(data: unknown) {
  if (typeof data !== 'string') return;
  let event: RealtimeEvent;
  try {
    event = JSON.parse(data) as RealtimeEvent;
  } catch {
    return;
  }
  if (typeof event !== 'object' || event === null || typeof event.type !== 'string') return;
  if (event.type === 'ready') {
    attempt = 0;
    setStatus('open');
    // The first 'ready' of a tab needs no catching up; every later one follows a gap.
    if (everReady) reconnectHandlers.forEach((handler) => handler());
    everReady = true;
  }
  handlers.get(event.type)?.forEach((handler) => handler(event));
}

function connect() {
  clearTimeout(retryTimer);
  setStatus(everReady ? 'reconnecting' : 'connecting');
  const current = new WebSocket(socketUrl());
  socket = current;
  current.onmessage = (message) => dispatch(message.data);
  current.onclose = () => {
    if (socket !== current) return;
    socket = null;
    if (holders === 0 || userId === null) return setStatus('idle');
    setStatus('reconnecting');
    retryTimer = setTimeout(connect, backoff());
    attempt += 1;
  };
}

function disconnect() {
  clearTimeout(retryTimer);
  const current = socket;
  socket = null;
  current?.close();
  attempt = 0;
  setStatus('idle');
}

/** Holds the socket open for `member`; the returned release lets it close once nobody holds it. */
function hold(member: string) {
  clearTimeout(closeTimer);
  if (userId !== member) {
    // Another member signed in in this tab: their socket, and no "catching up" on the old one's events.
    disconnect();
    everReady = false;
    userId = member;
  }
  holders += 1;
  if (!socket && status !== 'reconnecting') connect();
  return () => {
    holders -= 1;
    // A short grace period: moving between screens unmounts one listener before the next mounts.
    if (holders === 0) closeTimer = setTimeout(() => holders === 0 && disconnect(), 2_000);
  };
}

/** Keeps the shared socket open while the component is mounted and someone is signed in. */
export function useRealtimeConnection() {
  const member = useSession().data?.user.id ?? null;
  useEffect(() => (member ? hold(member) : undefined), [member]);
}

/** Calls `handler` for every event of `type` while mounted (the latest handler; no resubscribe per render). */
export function useRealtime<Type extends RealtimeEventType>(
  type: Type,
  handler: (event: RealtimeEventOf<Type>) => void,
) {
  useRealtimeConnection();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    const listener: Handler = (event) => latest.current(event as RealtimeEventOf<Type>);
    const set = handlers.get(type) ?? new Set<Handler>();
    handlers.set(type, set.add(listener));
    return () => void set.delete(listener);
  }, [type]);
}

/** Subscribe outside React; returns the unsubscribe. Does not by itself open the socket. */
export function onReconnect(handler: () => void) {
  reconnectHandlers.add(handler);
  return () => void reconnectHandlers.delete(handler);
}

/** After the socket comes back from a drop: refetch what may have been missed meanwhile. */
export function useOnReconnect(handler: () => void) {
  useRealtimeConnection();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => onReconnect(() => latest.current()), []);
}

/** 'open' once the server said ready; 'reconnecting' while it is away (for a quiet "offline" hint). */
export function useRealtimeStatus(): RealtimeStatus {
  return useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
    () => status,
  );
}
