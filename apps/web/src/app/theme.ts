import { createTheme } from '@mantine/core';

/** Colours chosen for WCAG AA contrast on white (Mantine's default blue 6 is below 4.5:1 for small text). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif',
  headings: { fontWeight: '700' },
});
