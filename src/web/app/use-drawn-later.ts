// A screen's first draw of its data, as a transition: React draws it in slices a phone stays
// responsive between, instead of the one long task a query's answer starts (TanStack Query renders
// an answer synchronously). Only the first: once drawn, later answers (another page, another view)
// draw at once, so a control the keyboard is on is not replaced a moment after it was reached.
import { useDeferredValue, useState } from 'react';

export function useDrawnLater<T>(value: T | undefined): T | undefined {
  const deferred = useDeferredValue(value);
  const [drawnOnce, setDrawnOnce] = useState(false);
  if (!drawnOnce && deferred !== undefined) setDrawnOnce(true);
  return drawnOnce || deferred !== undefined ? value : undefined;
}
