// What the first screen does not need (the header's live counts and their socket) waits until the
// browser is first idle, after that screen has drawn: fetched at the first paint, those files came in
// while a slower screen (a saved letter) was still drawing its text, and Lighthouse's simulation
// counts every request that ends before the largest paint (decision 033). Once idle, always idle:
// a part mounted later (the phone's menu) shows its counts at once.
import { useEffect, useState } from 'react';

let idleSeen = false;

/** Browsers without requestIdleCallback (Safari) wait this long instead. */
const idleFallbackMs = 1000;
/** Never later than this after mounting, however busy the page. */
const idleTimeoutMs = 3000;

export function useBrowserIdle(): boolean {
  const [idle, setIdle] = useState(idleSeen);
  useEffect(() => {
    if (idle) return;
    const done = () => {
      idleSeen = true;
      setIdle(true);
    };
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(done, idleFallbackMs);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(done, { timeout: idleTimeoutMs });
    return () => cancelIdleCallback(handle);
  }, [idle]);
  return idle;
}
