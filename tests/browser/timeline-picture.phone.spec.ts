import { test } from '@playwright/test';
import { expectSwapUnseen } from './timeline-picture.ts';

/** The timeline's picture on a phone (375 px, twice the pixels): timeline-picture.spec.ts. */
test('on a phone, the picture and the canvas that replaces it differ at most by antialiasing', async ({
  page,
  context,
}) => {
  await expectSwapUnseen(page, context, './e/g7/');
});
