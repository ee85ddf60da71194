// Theme defaults that make every instance of a component accessible at once (WCAG 2.2 AA), rather
// than one fix per screen. Kept apart from theme.ts so the palette and these rules change alone.
import type { MantineColorsTuple, MantineThemeComponents } from '@mantine/core';

/**
 * Mantine's palettes where text would fall short of 4.5:1 (WCAG 1.4.3), one theme change for all:
 * - gray 6 is the "dimmed" text colour (and many captions); Mantine's #868e96 is about 3:1 on
 *   white. #5f666d gives 5.8:1 on white, 4.9:1 on gray-2 and 4.8:1 on the pale sage of a chosen card.
 * - cyan, teal, green, lime, yellow and orange: shade 8 (filled buttons and badges, white text) and
 *   shade 9 (the text of light badges, alerts and avatars, on shade 1) darkened until both reach
 *   4.6:1; Mantine's yellow badge was 2.7:1. The other shades are Mantine's.
 */
export const accessibleColors: Record<string, MantineColorsTuple> = {
  gray: ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#5f666d', '#495057', '#343a40', '#212529'],
  cyan: ['#e3fafc', '#c5f6fa', '#99e9f2', '#66d9e8', '#3bc9db', '#22b8cf', '#15aabf', '#1098ad', '#0c8093', '#0a6a7c'],
  teal: ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#08855f', '#077252'],
  green: ['#ebfbee', '#d3f9d8', '#b2f2bb', '#8ce99a', '#69db7c', '#51cf66', '#40c057', '#37b24d', '#28863a', '#247434'],
  lime: ['#f4fce3', '#e9fac8', '#d8f5a2', '#c0eb75', '#a9e34b', '#94d82d', '#82c91e', '#74b816', '#4f810c', '#4a760a'],
  yellow: [
    '#fff9db',
    '#fff3bf',
    '#ffec99',
    '#ffe066',
    '#ffd43b',
    '#fcc419',
    '#fab005',
    '#f59f00',
    '#aa6300',
    '#a35400',
  ],
  orange: [
    '#fff4e6',
    '#ffe8cc',
    '#ffd8a8',
    '#ffc078',
    '#ffa94d',
    '#ff922b',
    '#fd7e14',
    '#f76707',
    '#c84d0a',
    '#b03a0c',
  ],
};

const controlNames = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

// Plain objects keyed by component name, not `Pagination.extend(…)`: `extend` would import the
// components themselves into the shell (about 100 KB of Menu and Pagination before any screen needs them).
export const accessibleComponents: MantineThemeComponents = {
  // The previous/next/first/last controls are icons only: without a name a screen reader says "button".
  // The pager is a navigation landmark, named by each page's aria-label ("Result pages").
  Pagination: {
    defaultProps: {
      role: 'navigation',
      getControlProps: (control: keyof typeof controlNames) => ({ 'aria-label': controlNames[control] }),
      getItemProps: (page: number) => ({ 'aria-label': `Page ${page}` }),
    },
  },
  // Mantine puts an empty placeholder first in a menu and focuses it; opened from the keyboard, the
  // focus should land on the first item (the WAI-ARIA menu pattern), which it does without it.
  Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
  // A toast's close button is an icon only; still on screen when the next page opens, it was a
  // nameless button there (axe: button-name).
  Notification: { defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } } },
};
