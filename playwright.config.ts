import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import launch from './chromium-flags.json' with { type: 'json' };

/**
 * Browser tests run Debian's Chromium (browsers cannot be downloaded on our machines) against the
 * production build served by `vite preview`.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}. Install it with \`apt-get update && apt-get install -y chromium\`, ` +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

const PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  fullyParallel: true,
  workers: process.env.CI ? 2 : '50%',
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  expect: {
    toHaveScreenshot: { maxDiffPixelRatio: 0.02, threshold: 0.25, animations: 'disabled' },
  },
  use: {
    baseURL: `http://localhost:${PORT}/`,
    // The tests read the English interface: a browser in another language would get its own.
    locale: 'en-US',
    // A failed test keeps its trace of actions, without the screenshots and DOM snapshots of
    // every step: recording those for every test took a third of the suite's time.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: false },
    launchOptions: {
      executablePath,
      args: launch.args,
    },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      testIgnore: /phone\.spec/,
    },
    {
      name: 'phone',
      use: {
        viewport: { width: 375, height: 812 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
      testMatch: /phone\.spec/,
    },
  ],
  webServer: {
    // CI builds once before the tests (its own build step) and says so: the tests serve that build.
    command: process.env.NEWSLINE_BUILT
      ? `npx vite preview --port ${PORT} --strictPort`
      : `npm run build && npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
