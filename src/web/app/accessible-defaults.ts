// Theme defaults that make every instance of a component accessible at once (WCAG 2.2 AA), rather
// than one fix per screen. Kept apart from theme.ts so the palette and these rules change alone.
import { Menu, Pagination, type MantineColorsTuple } from '@mantine/core';

/**
 * Mantine's grey with a darker shade 6. Shade 6 is the "dimmed" text colour (and many captions);
 * Mantine's #868e96 is about 3:1 on white, where body text needs 4.5:1. #5f666d gives 5.8:1 on
 * white and still 4.9:1 on gray-2 and 4.8:1 on the pale sage of a chosen card.
 */
export const accessibleGray: MantineColorsTuple = ['#f8f9fa', '#f1f3f5', '#e9ecef', '#dee2e6', '#ced4da', '#adb5bd', '#5f666d', '#495057', '#343a40', '#212529'];

const controlNames = { first: 'First page', previous: 'Previous page', next: 'Next page', last: 'Last page' } as const;

export const accessibleComponents = {
  // The previous/next/first/last controls are icons only: without a name a screen reader says "button".
  Pagination: Pagination.extend({
    defaultProps: {
      getControlProps: (control: keyof typeof controlNames) => ({ 'aria-label': controlNames[control] }),
      getItemProps: (page: number) => ({ 'aria-label': `Page ${page}` }),
    },
  }),
  // Mantine puts an empty placeholder first in a menu and focuses it; opened from the keyboard, the
  // focus should land on the first item (the WAI-ARIA menu pattern), which it does without it.
  Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
};
