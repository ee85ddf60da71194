// A dialog whose code loads when it is first opened (React.lazy), not with the page. Loaded on
// first use, it mounts already open, so Mantine never sees what had the focus before: the opener
// is kept here and given the focus back once the dialog has closed (`onClosed`, for the Modal's
// onExitTransitionEnd). Once loaded it stays mounted, so closing it is not cut short.
import { useRef, useState } from 'react';

export function useLazyDialog() {
  const [opened, setOpened] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const open = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setLoaded(true);
    setOpened(true);
  };
  return { opened, loaded, open, close: () => setOpened(false), onClosed: () => opener.current?.focus() };
}
