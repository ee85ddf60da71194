// A raised hand, drawn rather than typed: the emoji needs a colour-emoji font that many machines
// (Debian's Chromium among them) do not have, and shows there as an empty box. The words beside it
// carry the meaning; the drawing is decoration.
export function HandIcon({ size = 12 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-0.125em' }}
    >
      <path d="M8 13V5.5a1.5 1.5 0 0 1 3 0V12" />
      <path d="M11 11.5v-8a1.5 1.5 0 0 1 3 0V12" />
      <path d="M14 5.5a1.5 1.5 0 0 1 3 0V12" />
      <path d="M17 7.5a1.5 1.5 0 0 1 3 0V15a6 6 0 0 1-6 6h-2a7 7 0 0 1-5.6-2.8L3.3 14.1a1.6 1.6 0 0 1 2.4-2L8 14" />
    </svg>
  );
}
