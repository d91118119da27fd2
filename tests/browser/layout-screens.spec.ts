import { firstScreens } from './first-screens.ts';

// The laptop sizes.
firstScreens([
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]);
