import { firstScreens } from './first-screens.ts';

// The phone sizes.
firstScreens([
  { width: 375, height: 667 },
  { width: 390, height: 844 },
]);
