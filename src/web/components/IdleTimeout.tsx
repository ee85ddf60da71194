// Signs the reader out of a page showing clinical data after a while without activity, with a
// warning first (default: the last two minutes). Activity is a key, a pointer, a scroll or the page
// coming back into view; `onActive` hears of it at most once a minute, so a server session can be
// kept alive while someone is really reading.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';

// The warning (a modal) loads only when it is about to show.
const IdleWarning = lazy(async () => ({ default: (await import('./IdleWarning.tsx')).IdleWarning }));

type Props = {
  minutes: number;
  onTimeout: () => void;
  onActive?: () => void;
  warnSeconds?: number;
};

const events = ['pointerdown', 'keydown', 'scroll', 'touchstart'] as const;

export function IdleTimeout({ minutes, onTimeout, onActive, warnSeconds = 120 }: Props) {
  const lastActive = useRef(Date.now());
  const lastReported = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const callbacks = useRef({ onTimeout, onActive });
  callbacks.current = { onTimeout, onActive };

  useEffect(() => {
    const limitMs = minutes * 60_000;
    const active = () => {
      lastActive.current = Date.now();
      if (Date.now() - lastReported.current > 60_000) {
        lastReported.current = Date.now();
        callbacks.current.onActive?.();
      }
    };
    const visible = () => {
      if (document.visibilityState === 'visible') tick();
    };
    const tick = () => {
      const left = Math.ceil((lastActive.current + limitMs - Date.now()) / 1000);
      if (left <= 0) {
        setSecondsLeft(null);
        callbacks.current.onTimeout();
      } else setSecondsLeft(left <= warnSeconds ? left : null);
    };
    for (const name of events) window.addEventListener(name, active, { passive: true });
    document.addEventListener('visibilitychange', visible);
    const timer = window.setInterval(tick, 1000);
    return () => {
      for (const name of events) window.removeEventListener(name, active);
      document.removeEventListener('visibilitychange', visible);
      window.clearInterval(timer);
    };
  }, [minutes, warnSeconds]);

  const stay = () => {
    lastActive.current = Date.now();
    lastReported.current = Date.now();
    setSecondsLeft(null);
    callbacks.current.onActive?.();
  };

  if (secondsLeft === null) return null;
  return (
    <Suspense fallback={null}>
      <IdleWarning secondsLeft={secondsLeft} onStay={stay} />
    </Suspense>
  );
}
