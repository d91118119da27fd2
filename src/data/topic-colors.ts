/** Colours for topics the file names but does not declare; the app adjusts them for contrast. */
export const TOPIC_COLORS = [
  '#1d4ed8',
  '#b91c1c',
  '#047857',
  '#7c3aed',
  '#b45309',
  '#0e7490',
  '#be185d',
  '#4d7c0f',
  '#6b7280',
  '#9a3412',
];
