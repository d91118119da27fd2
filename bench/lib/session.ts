/**
 * The browser side of a run: one Chromium, replaced if a hung page takes it down; a fresh
 * context per repetition, with the CPU slowed from before navigation when asked; and deadlines
 * for each phase, so a page that never finishes is reported rather than waited for.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureFirstRender } from './measure.ts';
import { KEEP_NAMES_SHIM, SERVED_PICTURE_WATCH } from './page-hooks.ts';
import type { CpuRate, Phase } from './records.ts';

/** Holds the browser and replaces it if a hung page takes it down. */
export class BrowserHolder {
  private browser: Browser | null = null;

  constructor(
    private readonly executablePath: string,
    private readonly args: readonly string[],
  ) {}

  async get(): Promise<Browser> {
    if (!this.browser?.isConnected()) {
      this.browser = await chromium.launch({
        executablePath: this.executablePath,
        args: [...this.args],
        headless: true,
      });
    }
    return this.browser;
  }

  async restart(): Promise<Browser> {
    const old = this.browser;
    this.browser = null;
    await Promise.race([old?.close().catch(() => undefined), sleep(15_000)]);
    return this.get();
  }

  async close(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
  }
}

export class PhaseTimeout extends Error {
  constructor(
    readonly phase: Phase,
    readonly timeoutMs: number,
  ) {
    super(`${phase} did not finish within ${timeoutMs / 1000} s`);
  }
}

/** Runs one phase against a deadline; a late phase leaves the page in an unknown state. */
export async function phase<T>(name: Phase, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const work = fn();
  work.catch(() => undefined); // it may reject after we gave up on it, when the context closes
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new PhaseTimeout(name, timeoutMs)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface Session {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  firstRender: number;
}

export interface SessionOptions {
  viewport: { width: number; height: number };
  cpu: CpuRate;
  firstRenderTimeoutMs: number;
  phaseTimeoutMs: number;
}

/** Closes a context, replacing the browser if a stuck renderer will not let go of it. */
export async function closeSession(
  holder: BrowserHolder,
  context: BrowserContext | undefined,
): Promise<void> {
  if (!context) return;
  const closed = await Promise.race([
    context.close().then(
      () => true,
      () => false,
    ),
    sleep(20_000).then(() => false),
  ]);
  if (!closed) await holder.restart();
}

/** A fresh context and page with the app loaded and drawn. */
export async function openSession(
  holder: BrowserHolder,
  url: string,
  options: SessionOptions,
): Promise<Session> {
  const browser = await holder.get();
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    await context.addInitScript({ content: SERVED_PICTURE_WATCH });
    const page = await context.newPage();
    page.setDefaultTimeout(options.phaseTimeoutMs);
    const cdp = await context.newCDPSession(page);
    // Set on the page's target before it navigates, so the first render is slowed as well; it
    // holds for the life of the page.
    if (options.cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
    const firstRender = await phase('first-render', options.firstRenderTimeoutMs, () =>
      measureFirstRender(page, url, options.firstRenderTimeoutMs),
    );
    return { context, page, cdp, firstRender };
  } catch (error) {
    await closeSession(holder, context);
    throw error;
  }
}
