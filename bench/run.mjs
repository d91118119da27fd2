#!/usr/bin/env node
/**
 * Performance benchmark: Newsline (dist/) against vis-timeline drawing the same event stores.
 *
 *   node bench/run.mjs [--smoke] [--reps 5] [--sizes seed,1000,10000,100000]
 *
 * Needs a production build (`npm run build`) and Debian's Chromium. Generates missing stores with
 * scripts/generate-events.mjs. Writes bench/results/latest.{json,md} (smoke.{json,md} with
 * --smoke) and, in a full run, the table between the README's bench markers. It reports
 * timings and asserts none: the exit code is 0 unless something broke.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { assetsFetchedAtStartup, assetsNamedBy, weigh } from './lib/bundle.mjs';
import {
  APPS,
  MARK,
  measureFilterToggles,
  measureFirstRender,
  measureHeap,
  measureZoomPan,
} from './lib/measure.mjs';
import {
  APP_IDS,
  bundleRecords,
  markdownReport,
  markdownTable,
  headerLine,
  recordsFor,
  updateReadme,
} from './lib/report.mjs';
import { startServer } from './serve.mjs';

import launch from '../chromium-flags.json' with { type: 'json' };

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');

const FIRST_RENDER_TIMEOUT_MS = 120_000;
/** Any later phase (heap, filter, one zoom+pan sequence) that takes longer is a did-not-finish. */
const PHASE_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 800 };
const FLAGS = [...launch.args, '--enable-precise-memory-info'];

// ---- Set-up --------------------------------------------------------------------------------------

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      reps: { type: 'string' },
      sizes: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log('node bench/run.mjs [--smoke] [--reps 5] [--sizes seed,1000,10000,100000]');
    process.exit(0);
  }
  const reps = Number(values.reps ?? (values.smoke ? 1 : 5));
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be a positive integer`);
  const sizes = (values.sizes ?? (values.smoke ? 'seed,1000' : 'seed,1000,10000,100000'))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => (s === 'seed' ? 'seed' : Number(s)));
  for (const size of sizes)
    if (size !== 'seed' && !(Number.isInteger(size) && size > 0))
      throw new Error(`--sizes takes "seed" and positive integers, got ${values.sizes}`);
  return { smoke: values.smoke, reps, sizes };
}

function chromiumPath() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's with \`apt-get update && apt-get install -y chromium\`, ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return path;
}

function checkBuild() {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('No production build in dist/: run `npm run build` first.');
  if (!existsSync(join(ROOT, 'node_modules/vis-timeline/standalone/umd')))
    throw new Error('vis-timeline is not installed: run `npm install` (it is a devDependency).');
}

const dataFile = (size) => join(BENCH, 'data', `events-${size}.json`);

/** Generates the stores that are missing, all with seed 1 so that every run sees the same data. */
function ensureData(sizes) {
  const numeric = sizes.filter((s) => s !== 'seed');
  if (numeric.every((s) => existsSync(dataFile(s)))) return;
  const script = join(ROOT, 'scripts/generate-events.ts');
  if (!existsSync(script)) throw new Error(`Missing event stores and no ${relative(ROOT, script)}`);
  console.log(`Generating event stores for ${numeric.join(', ')} events…`);
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', script, '--sizes', numeric.join(','), '--seed', '1'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('scripts/generate-events.ts failed');
  const missing = numeric.filter((s) => !existsSync(dataFile(s)));
  if (missing.length)
    throw new Error(`The generator wrote no ${missing.map((s) => `events-${s}.json`).join(', ')}`);
}

/** Same-origin data URL for both pages (absolute path, so it works from / and from /vis/). */
const dataPath = (size) =>
  size === 'seed' ? '/data/trump-russia.json' : `/bench-data/events-${size}.json`;

function pageUrl(baseUrl, app, size) {
  return `${baseUrl}${APPS[app].path}?data=${encodeURIComponent(dataPath(size))}`;
}

function machineInfo() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

// ---- Browser -------------------------------------------------------------------------------------

/** Holds the browser and replaces it if a hung page takes it down. */
class BrowserHolder {
  constructor(executablePath) {
    this.executablePath = executablePath;
    this.browser = null;
  }
  async get() {
    if (!this.browser?.isConnected()) {
      this.browser = await chromium.launch({
        executablePath: this.executablePath,
        args: FLAGS,
        headless: true,
      });
    }
    return this.browser;
  }
  async restart() {
    const old = this.browser;
    this.browser = null;
    await Promise.race([old?.close().catch(() => undefined), sleep(15_000)]);
    return this.get();
  }
}

class PhaseTimeout extends Error {
  constructor(phase, timeoutMs) {
    super(`${phase} did not finish within ${timeoutMs / 1000} s`);
    this.phase = phase;
    this.timeoutMs = timeoutMs;
  }
}

/** Runs one phase against a deadline; a late phase leaves the page in an unknown state. */
async function phase(name, timeoutMs, fn) {
  let timer;
  const work = fn();
  work.catch(() => undefined); // it may reject after we gave up on it, when the context closes
  try {
    return await Promise.race([
      work,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new PhaseTimeout(name, timeoutMs)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// ---- One repetition ------------------------------------------------------------------------------

/**
 * The steps after first render, in order. Memory comes first, "after load"; the filter runs last,
 * at each app's "Fit all", where every event is in play.
 * @type {Array<{ phase: string, key: string, run: (s: Session, spec: object) => Promise<unknown> }>}
 */
const STEPS = [
  { phase: 'heap', key: 'heapMB', run: (s) => measureHeap(s.cdp) },
  {
    phase: 'zoom-pan-fit',
    key: 'fit',
    run: (s, spec) => measureZoomPan(s.page, s.cdp, spec.viewport, spec.zoomKey, spec.wheelScale),
  },
  {
    phase: 'zoom-pan-zoomed',
    key: 'zoomed',
    run: async (s, spec) => {
      await spec.zoomToTenth(s.page);
      return measureZoomPan(s.page, s.cdp, spec.viewport, spec.zoomKey, spec.wheelScale);
    },
  },
  {
    phase: 'filter',
    key: 'filter',
    run: async (s, spec) => {
      await spec.fitAll(s.page);
      return measureFilterToggles(s.page);
    },
  },
];

/**
 * @typedef {{ context: import('@playwright/test').BrowserContext,
 *   page: import('@playwright/test').Page, cdp: import('@playwright/test').CDPSession,
 *   firstRender: number }} Session
 */

/** A fresh context and page with the app loaded and drawn. */
async function openSession(holder, url) {
  const browser = await holder.get();
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const session = { context, page: null, cdp: null, firstRender: null };
  try {
    session.page = await context.newPage();
    session.page.setDefaultTimeout(PHASE_TIMEOUT_MS);
    session.cdp = await context.newCDPSession(session.page);
    session.firstRender = await phase('first-render', FIRST_RENDER_TIMEOUT_MS, () =>
      measureFirstRender(session.page, url, FIRST_RENDER_TIMEOUT_MS),
    );
    return session;
  } catch (error) {
    await closeSession(holder, session);
    throw error;
  }
}

/** Closes a context, replacing the browser if a stuck renderer will not let go of it. */
async function closeSession(holder, session) {
  if (!session) return;
  const closed = await Promise.race([
    session.context.close().then(
      () => true,
      () => false,
    ),
    sleep(20_000).then(() => false),
  ]);
  if (!closed) await holder.restart();
}

/**
 * Loads one app at one size in a fresh context and measures every step. A step that runs out of
 * time is a did-not-finish; its page may stay busy for minutes, so the next step gets a freshly
 * loaded page. Phases in `skip` (they did not finish in an earlier repetition) are not run.
 * @param {Set<string>} skip
 * @returns {Promise<import('./lib/report.mjs').Run>}
 */
async function measureRun(holder, baseUrl, app, size, rep, skip) {
  const spec = APPS[app];
  const url = pageUrl(baseUrl, app, size);
  /** @type {import('./lib/report.mjs').Run} */
  const run = {
    rep,
    firstRender: null,
    heapMB: null,
    fit: null,
    zoomed: null,
    filter: null,
    dnf: [],
    skipped: [],
    error: null,
  };
  const started = Date.now();
  let session = null;
  try {
    session = await openSession(holder, url);
    run.firstRender = session.firstRender;
    for (const step of STEPS) {
      if (skip.has(step.phase)) {
        run.skipped.push(step.phase);
        continue;
      }
      session ??= await openSession(holder, url);
      try {
        run[step.key] = await phase(step.phase, PHASE_TIMEOUT_MS, () => step.run(session, spec));
      } catch (error) {
        if (!(error instanceof PhaseTimeout)) throw error;
        run.dnf.push({ phase: error.phase, timeoutMs: error.timeoutMs });
        await closeSession(holder, session);
        session = null;
      }
    }
  } catch (error) {
    if (error instanceof PhaseTimeout)
      run.dnf.push({ phase: error.phase, timeoutMs: error.timeoutMs });
    else run.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  } finally {
    await closeSession(holder, session);
  }
  run.wallMs = Date.now() - started;
  return run;
}

function describeRun(app, size, run) {
  const parts = [
    `${APPS[app].label.padEnd(12)} ${String(size).padStart(6)} rep ${run.rep + 1}:`,
    run.firstRender !== null ? `first render ${run.firstRender.toFixed(0)} ms` : '',
    run.heapMB !== null ? `heap ${run.heapMB.toFixed(1)} MB` : '',
    run.filter ? `toggle ${Math.max(...run.filter).toFixed(0)} ms max` : '',
    run.fit ? `fit frames ${run.fit.gaps.length}` : '',
    run.zoomed ? `zoomed frames ${run.zoomed.gaps.length}` : '',
    ...run.dnf.map((d) => `DID NOT FINISH: ${d.phase} (> ${d.timeoutMs / 1000} s)`),
    run.skipped.length ? `skipped after an earlier DNF: ${run.skipped.join(', ')}` : '',
    run.error ? `ERROR: ${run.error}` : '',
    `[${(run.wallMs / 1000).toFixed(1)} s]`,
  ];
  return parts.filter(Boolean).join('  ');
}

// ---- Bundles -------------------------------------------------------------------------------------

async function measureBundles(holder, baseUrl) {
  const records = [];
  const origin = new URL(baseUrl).origin;
  for (const app of APP_IDS) {
    const named = await weigh(await assetsNamedBy(APPS[app].path));
    records.push(...bundleRecords(app, 'initial', named));
    const fetched = await assetsFetchedAtStartup(
      await holder.get(),
      pageUrl(baseUrl, app, 'seed'),
      origin,
      MARK,
      FIRST_RENDER_TIMEOUT_MS,
    );
    records.push(...bundleRecords(app, 'startup', await weigh(fetched)));
  }
  return records;
}

// ---- Main ----------------------------------------------------------------------------------------

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const executablePath = chromiumPath();
  checkBuild();
  ensureData(options.sizes);

  const server = await startServer({ port: 0 });
  // The server gzips each store once, on first request: do that before anything is timed.
  for (const size of options.sizes) {
    await fetch(new URL(dataPath(size).slice(1), server.url), {
      headers: { 'accept-encoding': 'gzip' },
    }).then((r) => r.arrayBuffer());
  }
  const holder = new BrowserHolder(executablePath);
  const began = Date.now();
  const problems = [];
  try {
    const browser = await holder.get();
    const records = await measureBundles(holder, server.url);
    for (const size of options.sizes) {
      const runs = { newsline: [], 'vis-timeline': [] };
      const skipped = { newsline: 0, 'vis-timeline': 0 };
      // Phases that did not finish at this size are not run again: another try would only burn
      // the same timeout. Without a first render there is nothing left to measure at all.
      const skip = { newsline: new Set(), 'vis-timeline': new Set() };
      // A-B-A-B: alternating spreads any drift (thermal, background work) over both apps.
      for (let rep = 0; rep < options.reps; rep += 1) {
        for (const app of APP_IDS) {
          if (skip[app].has('first-render')) {
            skipped[app] += 1;
            continue;
          }
          const run = await measureRun(holder, server.url, app, size, rep, skip[app]);
          console.log(describeRun(app, size, run));
          if (run.error) problems.push(`${app} at ${size}, rep ${rep + 1}: ${run.error}`);
          for (const { phase: name } of run.dnf) skip[app].add(name);
          runs[app].push(run);
        }
      }
      for (const app of APP_IDS) records.push(...recordsFor(app, size, runs[app], skipped[app]));
    }

    const result = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      chromium: { version: browser.version(), executablePath, flags: FLAGS, headless: true },
      viewport: { ...VIEWPORT, deviceScaleFactor: 1 },
      reps: options.reps,
      sizes: options.sizes,
      visTimelineVersion: packageVersion('vis-timeline'),
      timeouts: { firstRenderMs: FIRST_RENDER_TIMEOUT_MS, phaseMs: PHASE_TIMEOUT_MS },
      durationS: Math.round((Date.now() - began) / 1000),
      records,
    };
    await writeResults(result, options);
    if (problems.length) {
      console.error(`\n${problems.length} run(s) broke:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await holder.browser?.close().catch(() => undefined);
    await server.close();
  }
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

async function writeResults(result, options) {
  const dir = join(BENCH, 'results');
  await mkdir(dir, { recursive: true });
  const name = options.smoke ? 'smoke' : 'latest';
  const md = `# Benchmark: Newsline vs vis-timeline\n\n${markdownReport(result)}`;
  await writeFile(join(dir, `${name}.json`), `${JSON.stringify(result, null, 1)}\n`);
  await writeFile(join(dir, `${name}.md`), md);
  console.log(
    `\nWrote ${relative(ROOT, join(dir, `${name}.json`))} and ${name}.md (${result.durationS} s)`,
  );
  if (!options.smoke) {
    const readme = await updateReadme(join(ROOT, 'README.md'), markdownReport(result));
    console.log(
      readme === 'updated'
        ? 'Updated the table between <!-- bench:start --> and <!-- bench:end --> in README.md.'
        : 'README.md has no <!-- bench:start --> / <!-- bench:end --> markers: left it unchanged.',
    );
  }
  console.log(`\n${headerLine(result)}\n\n${markdownTable(result)}`);
}

main().catch((error) => {
  console.error(`\nbench: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
