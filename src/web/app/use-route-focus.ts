// After moving to another screen inside the app, a focus left on the link that was just removed
// (i.e. nowhere) goes to the new screen's <main>, as a page load would start a keyboard or
// screen-reader user at the top. Focus that is still somewhere (a header link, a field the new
// screen focused itself) stays. Only a change of path counts, not the query string's filters.
import { useEffect, useRef } from 'react';
import { useLocation } from './routing.tsx';

export function useRouteFocus(targetId: string) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected)
      document.getElementById(targetId)?.focus({ preventScroll: true });
  }, [pathname, targetId]);
}
