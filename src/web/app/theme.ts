// One calm palette: a sage green for actions, warm greys for text, generous radius.
import { createTheme, type MantineColorsTuple } from '@mantine/core';
import { accessibleColors, accessibleComponents } from './accessible-defaults.ts';

const sage: MantineColorsTuple = [
  '#eef7f3',
  '#dcede6',
  '#b6dacb',
  '#8dc6ae',
  '#6bb596',
  '#55aa87',
  '#48a47f',
  '#38906c',
  '#2f7d66',
  '#1d6a52',
];

export const theme = createTheme({
  primaryColor: 'sage',
  primaryShade: { light: 8, dark: 6 },
  colors: { sage, ...accessibleColors },
  defaultRadius: 'md',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: accessibleComponents,
});
