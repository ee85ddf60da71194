// A small red count: the number for the eye, "(3 unread)" for a screen reader, so the link around
// it is announced as "Notifications (3 unread)".
export function CountBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span className="count-badge">
      <span aria-hidden="true">{count > 99 ? '99+' : count}</span>
      <span className="sr-only">({count} unread)</span>
    </span>
  );
}
