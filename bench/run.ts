/**
 * Performance benchmark: Newsline (dist/) beside vis-timeline (as set up by default, and with its
 * clustering) and TimelineJS3, drawing the same event stores, without and with the CPU slowed.
 *
 *   npx tsx bench/run.ts [--smoke] [--reps 5]
 *                        [--sizes seed,1000,thumbnails,links,10000,groups,100000]
 *                        [--cpu-throttle 4]
 *                        [--apps newsline,vis-timeline,vis-timeline-cluster,timelinejs]
 *   npx tsx bench/run.ts --report-from bench/results/latest.json
 *
 * Needs a production build (`npm run build`) and Debian's Chromium. Generates missing stores, and
 * builds Newsline's home page ahead of time for the 1,000-event store (lib/built-sites.ts).
 * A full run (lib/documents.ts: every app, the chart's sizes, full speed and 4× CPU) writes
 * bench/results/latest.{json,md}, the chart bench/results/chart.svg, every table between
 * bench/README.md's bench markers and the chart with Newsline's targets between README.md's;
 * --smoke writes smoke.{json,md}, and any other run partial.{json,md} (git-ignored), leaving the
 * documents and the chart alone. --report-from writes the same reports from a results file
 * without measuring. It reports timings and asserts none: the exit code is 0 unless something
 * broke. BENCH_PORT picks the server's port (a free one otherwise).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { assertNever } from '../src/lib/assert-never.ts';
import { MARKERS_PAINTED } from '../src/timeline/lib/constants.ts';
import {
  APP_IDS,
  APPS,
  measuredAt,
  NAMED_SIZES,
  notMeasuredNote,
  type AppId,
  type AppSpec,
  type Size,
  type StoreFacts,
} from './lib/apps.ts';
import { assetsFetchedAtStartup, assetsNamedBy, weigh } from './lib/bundle.ts';
import { measureFilterToggles, measureHeap, measureZoomPan } from './lib/measure.ts';
import {
  bundleRecords,
  notApplicableRecords,
  recordsFor,
  type CpuRate,
  type MetricRecord,
  type Phase,
  type Run,
} from './lib/records.ts';
import { chartAlt, chartModel } from './lib/chart-model.ts';
import { renderChart } from './lib/chart-svg.ts';
import {
  benchReadmeBlock,
  readmeBlock,
  replaceBetweenMarkers,
  resultName,
  runKind,
  MARKERS,
} from './lib/documents.ts';
import {
  headerLine,
  markdownReport,
  markdownTable,
  TARGETS,
  type BenchResult,
} from './lib/report.ts';
import { parseBenchResult } from './lib/result-schema.ts';
import {
  BrowserHolder,
  closeSession,
  openSession,
  phase,
  PhaseTimeout,
  type Session,
  type SessionOptions,
} from './lib/session.ts';
import { bundledEventCount, ensureStores, storeFacts } from './lib/stores.ts';
import { BUILT_AHEAD_SIZES, pageUrl, storePaths } from './lib/page-url.ts';
import { buildSitesAhead } from './lib/built-sites.ts';
import { portFromEnv, startServer } from './serve.ts';
import launch from '../chromium-flags.json' with { type: 'json' };

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');

const FIRST_RENDER_TIMEOUT_MS = 120_000;
/** Any later phase (heap, filter, one zoom+pan sequence) that takes longer is a did-not-finish. */
const PHASE_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 800 };
const FLAGS = [...launch.args, '--enable-precise-memory-info'];

const DEFAULT_SIZES = 'seed,1000,thumbnails,links,10000,groups,100000';

const USAGE = `npx tsx bench/run.ts [--smoke] [--reps 5] [--sizes ${DEFAULT_SIZES}]
    [--cpu-throttle 4] [--apps ${APP_IDS.join(',')}]
npx tsx bench/run.ts --report-from bench/results/latest.json

--sizes takes "seed" (the bundled dataset), numbers of generated events, "thumbnails"
(1,000 generated events, each with a picture of its own; Newsline alone), "links" (the 1,000
generated events with links to and from the one in the middle, opened with ?event=<id> so that
its links are drawn; Newsline alone) and "groups" (the 10,000 generated events in 10 groups,
drawn a band per group with ?group=groups; Newsline alone).
--cpu-throttle 1 leaves out the runs with the CPU slowed.
--smoke: one repetition; every app at the bundled dataset, and Newsline there with the CPU
slowed too (--sizes adds others, Newsline alone).
--report-from FILE: measure nothing; write the reports (and, from a full run's results, the
chart and the README blocks) from FILE.`;

// ---- Set-up --------------------------------------------------------------------------------------

/** Whether a run measures an app at a size and CPU rate. */
type Scope = (app: AppId, size: Size, cpu: CpuRate) => boolean;

interface Options {
  smoke: boolean;
  reps: number;
  sizes: Size[];
  cpuRates: CpuRate[];
  apps: AppId[];
  scope: Scope;
}

type Command = { kind: 'measure'; options: Options } | { kind: 'report'; from: string };

/**
 * A smoke run proves that every page and every step works, in CI's time: every app at the
 * smallest size, Newsline there with the CPU slowed too, and Newsline alone at the other sizes
 * (the peers take from 15 s to minutes a run there).
 */
function smokeScope(smallest: Size | undefined): Scope {
  return (app, size, cpu) =>
    size === smallest ? cpu === 1 || app === 'newsline' : cpu === 1 && app === 'newsline';
}

const isAppId = (text: string): text is AppId => (APP_IDS as readonly string[]).includes(text);
const isNamedSize = (text: string): text is (typeof NAMED_SIZES)[number] =>
  (NAMED_SIZES as readonly string[]).includes(text);

function parseCommand(argv: string[]): Command {
  const { values } = parseArgs({
    args: argv,
    options: {
      'report-from': { type: 'string' },
      smoke: { type: 'boolean', default: false },
      reps: { type: 'string' },
      sizes: { type: 'string' },
      'cpu-throttle': { type: 'string', default: '4' },
      apps: { type: 'string', default: APP_IDS.join(',') },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values['report-from'] !== undefined) return { kind: 'report', from: values['report-from'] };
  const reps = Number(values.reps ?? (values.smoke ? 1 : 5));
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be a positive integer');
  const sizes = (values.sizes ?? (values.smoke ? 'seed' : DEFAULT_SIZES))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s): Size => (isNamedSize(s) ? s : Number(s)));
  for (const size of sizes)
    if (typeof size === 'number' && !(Number.isInteger(size) && size > 0))
      throw new Error(
        `--sizes takes ${NAMED_SIZES.map((name) => `"${name}"`).join(', ')} and positive integers, got ${values.sizes}`,
      );
  const rate = Number(values['cpu-throttle']);
  if (!Number.isInteger(rate) || rate < 1)
    throw new Error('--cpu-throttle must be a whole slowdown factor, 1 (none) or more');
  const apps = values.apps.split(',').map((a) => a.trim());
  const unknown = apps.filter((a) => !isAppId(a));
  if (unknown.length || !apps.length)
    throw new Error(`--apps takes ${APP_IDS.join(', ')}; got ${values.apps}`);
  return {
    kind: 'measure',
    options: {
      smoke: values.smoke,
      reps,
      sizes,
      cpuRates: rate === 1 ? [1] : [1, rate],
      apps: APP_IDS.filter((app) => apps.includes(app)),
      scope: values.smoke ? smokeScope(sizes[0]) : () => true,
    },
  };
}

function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}. Install Debian's with \`apt-get update && apt-get install -y chromium\`, ` +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return path;
}

const PEER_PACKAGES = ['vis-timeline', '@knight-lab/timelinejs'] as const;

function checkBuild(): void {
  if (!existsSync(join(ROOT, 'dist/index.html')))
    throw new Error('No production build in dist/: run `npm run build` first.');
  for (const name of PEER_PACKAGES)
    if (!existsSync(join(ROOT, 'node_modules', name, 'package.json')))
      throw new Error(`${name} is not installed: run \`npm install\` (it is a devDependency).`);
}

function packageVersion(name: string): string {
  const json: unknown = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
  );
  const version = (json as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

function machineInfo(): BenchResult['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemGB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
  };
}

// ---- One repetition ------------------------------------------------------------------------------

interface Step {
  phase: Phase;
  /** The CPU rates it runs at: 1 for all, the slowed rate only for what the targets need. */
  throttled: boolean;
  measure: (session: Session, spec: AppSpec, store: StoreFacts) => Promise<Partial<Run>>;
}

/**
 * The steps after first render, in order. Memory comes first, "after load"; each zoom+pan starts
 * from the app's own view of everything or of a tenth of it; the filter runs last, at "Fit all",
 * where every event is in play.
 */
const STEPS: readonly Step[] = [
  {
    phase: 'heap',
    throttled: false,
    measure: async (s) => ({ heapMB: await measureHeap(s.cdp) }),
  },
  {
    phase: 'zoom-pan-fit',
    throttled: true,
    measure: async (s, spec, store) => {
      await spec.fitAll(s.page, store);
      return { fit: await measureZoomPan(s.page, s.cdp, spec) };
    },
  },
  {
    phase: 'zoom-pan-zoomed',
    throttled: true,
    measure: async (s, spec, store) => {
      await spec.zoomToTenth(s.page, store);
      return { zoomed: await measureZoomPan(s.page, s.cdp, spec) };
    },
  },
  {
    phase: 'filter',
    throttled: false,
    measure: async (s, spec, store) => {
      await spec.fitAll(s.page, store);
      return { filter: await measureFilterToggles(s.page) };
    },
  },
];

interface RunPlan {
  app: AppId;
  size: Size;
  cpu: CpuRate;
  rep: number;
  url: string;
  store: StoreFacts;
  /** Phases not to run: they did not finish earlier, or do not apply. */
  skip: ReadonlySet<Phase>;
}

/**
 * Loads one app at one size in a fresh context and measures every step. A step that runs out of
 * time is a did-not-finish; its page may stay busy for minutes, so the next step gets a freshly
 * loaded page.
 */
async function measureRun(holder: BrowserHolder, plan: RunPlan): Promise<Run> {
  const spec = APPS[plan.app];
  const sessionOptions: SessionOptions = {
    viewport: VIEWPORT,
    cpu: plan.cpu,
    firstRenderTimeoutMs: FIRST_RENDER_TIMEOUT_MS,
    phaseTimeoutMs: PHASE_TIMEOUT_MS,
  };
  const run: Run = {
    rep: plan.rep,
    firstRender: null,
    heapMB: null,
    fit: null,
    zoomed: null,
    filter: null,
    dnf: [],
    skipped: [],
    error: null,
    wallMs: 0,
  };
  const started = Date.now();
  let session: Session | null = null;
  try {
    session = await openSession(holder, plan.url, sessionOptions);
    run.firstRender = session.firstRender;
    for (const step of STEPS) {
      if (plan.cpu !== 1 && !step.throttled) continue;
      if (plan.skip.has(step.phase)) {
        run.skipped.push(step.phase);
        continue;
      }
      session ??= await openSession(holder, plan.url, sessionOptions);
      const current = session;
      try {
        Object.assign(
          run,
          await phase(step.phase, PHASE_TIMEOUT_MS, () => step.measure(current, spec, plan.store)),
        );
      } catch (error) {
        if (!(error instanceof PhaseTimeout)) throw error;
        run.dnf.push({ phase: error.phase, timeoutMs: error.timeoutMs });
        await closeSession(holder, session.context);
        session = null;
      }
    }
  } catch (error) {
    if (error instanceof PhaseTimeout)
      run.dnf.push({ phase: error.phase, timeoutMs: error.timeoutMs });
    else run.error = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  } finally {
    await closeSession(holder, session?.context);
  }
  run.wallMs = Date.now() - started;
  return run;
}

function describeRun(plan: RunPlan, run: Run): string {
  const most = (values: number[]) => Math.max(...values).toFixed(0);
  const parts = [
    `${APPS[plan.app].label.padEnd(22)} ${String(plan.size).padStart(6)} ${plan.cpu}× CPU ` +
      `rep ${run.rep + 1}:`,
    run.firstRender !== null ? `first render ${run.firstRender.toFixed(0)} ms` : '',
    run.heapMB !== null ? `heap ${run.heapMB.toFixed(1)} MB` : '',
    run.filter?.length ? `toggle ${most(run.filter)} ms max` : '',
    run.fit ? `fit frames ${run.fit.gaps.length}` : '',
    run.zoomed ? `zoomed frames ${run.zoomed.gaps.length}` : '',
    ...run.dnf.map((d) => `DID NOT FINISH: ${d.phase} (> ${d.timeoutMs / 1000} s)`),
    run.skipped.length ? `not run: ${run.skipped.join(', ')}` : '',
    run.error ? `ERROR: ${run.error}` : '',
    `[${(run.wallMs / 1000).toFixed(1)} s]`,
  ];
  return parts.filter(Boolean).join('  ');
}

// ---- One size ------------------------------------------------------------------------------------

interface SizeOutcome {
  records: MetricRecord[];
  problems: string[];
}

/**
 * Every app at one size: without throttling first, then slowed, each A-B-A-B so that any drift
 * (thermal, background work) spreads over all apps. Phases that did not finish are not run again
 * at this size: another try would only burn the same timeout, and a phase that did not finish at
 * full speed is not run slowed. Without a first render there is nothing left to measure at all.
 */
async function measureSize(
  holder: BrowserHolder,
  baseUrl: string,
  size: Size,
  options: Options,
): Promise<SizeOutcome> {
  const store = await storeFacts(size);
  const records: MetricRecord[] = [];
  const problems: string[] = [];
  const unthrottledDnf = new Map<AppId, Set<Phase>>(options.apps.map((app) => [app, new Set()]));
  for (const cpu of options.cpuRates) {
    const inScope = options.apps.filter((app) => options.scope(app, size, cpu));
    const apps = inScope.filter((app) => measuredAt(APPS[app], size));
    for (const app of inScope)
      if (!apps.includes(app))
        records.push(...notApplicableRecords(app, size, cpu, notMeasuredNote(APPS[app], size)));
    const runs = new Map<AppId, Run[]>(apps.map((app) => [app, []]));
    const dnfUnthrottled = new Map<AppId, Set<Phase>>(
      apps.map((app) => [app, cpu === 1 ? new Set() : new Set(unthrottledDnf.get(app))]),
    );
    const skip = new Map<AppId, Set<Phase>>(
      apps.map((app) => {
        const phases = new Set<Phase>(dnfUnthrottled.get(app));
        if (APPS[app].notApplicable.filter) phases.add('filter');
        return [app, phases];
      }),
    );
    const skippedReps = new Map<AppId, number>(apps.map((app) => [app, 0]));
    for (let rep = 0; rep < options.reps; rep += 1) {
      for (const app of apps) {
        const phases = skip.get(app) ?? new Set<Phase>();
        if (phases.has('first-render')) {
          skippedReps.set(app, (skippedReps.get(app) ?? 0) + 1);
          continue;
        }
        const plan: RunPlan = {
          app,
          size,
          cpu,
          rep,
          url: pageUrl(baseUrl, app, size, store),
          store,
          skip: phases,
        };
        const run = await measureRun(holder, plan);
        console.log(describeRun(plan, run));
        if (run.error)
          problems.push(`${APPS[app].label} at ${size}, ${cpu}× CPU, rep ${rep + 1}: ${run.error}`);
        for (const { phase: name } of run.dnf) {
          phases.add(name);
          if (cpu === 1) unthrottledDnf.get(app)?.add(name);
        }
        runs.get(app)?.push(run);
      }
    }
    for (const app of apps) {
      const notApplicable = APPS[app].notApplicable;
      records.push(
        ...recordsFor(
          {
            app,
            size,
            cpu,
            skippedReps: skippedReps.get(app) ?? 0,
            notApplicable,
            dnfUnthrottled: dnfUnthrottled.get(app) ?? new Set(),
          },
          runs.get(app) ?? [],
        ),
      );
    }
  }
  return { records, problems };
}

// ---- Bundles -------------------------------------------------------------------------------------

async function measureBundles(
  holder: BrowserHolder,
  baseUrl: string,
  apps: readonly AppId[],
): Promise<MetricRecord[]> {
  const records: MetricRecord[] = [];
  const origin = new URL(baseUrl).origin;
  const seed = await storeFacts('seed');
  for (const app of apps) {
    const named = await weigh(await assetsNamedBy(APPS[app].path));
    records.push(...bundleRecords(app, 'initial', named));
    const fetched = await assetsFetchedAtStartup(
      await holder.get(),
      pageUrl(baseUrl, app, 'seed', seed),
      origin,
      MARKERS_PAINTED,
      FIRST_RENDER_TIMEOUT_MS,
    );
    records.push(...bundleRecords(app, 'startup', await weigh(fetched)));
  }
  return records;
}

// ---- Main ----------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  switch (command.kind) {
    case 'report':
      return writeReports(await readResult(command.from));
    case 'measure':
      return measure(command.options);
    default:
      return assertNever(command);
  }
}

async function measure(options: Options): Promise<void> {
  const executablePath = chromiumPath();
  checkBuild();
  ensureStores(options.sizes);

  const server = await startServer({ port: portFromEnv(0) });
  if (options.apps.includes('newsline'))
    await buildSitesAhead(
      BUILT_AHEAD_SIZES.filter((size) => options.sizes.includes(size)),
      server.url,
    );
  // The server gzips each store once, on first request: do that before anything is timed.
  for (const path of new Set(options.sizes.flatMap(storePaths))) {
    await fetch(new URL(path.slice(1), server.url), {
      headers: { 'accept-encoding': 'gzip' },
    }).then((r) => r.arrayBuffer());
  }
  const holder = new BrowserHolder(executablePath, FLAGS);
  const began = Date.now();
  const problems: string[] = [];
  try {
    const browser = await holder.get();
    const records = await measureBundles(holder, server.url, options.apps);
    for (const size of options.sizes) {
      const outcome = await measureSize(holder, server.url, size, options);
      records.push(...outcome.records);
      problems.push(...outcome.problems);
    }

    const result: BenchResult = {
      date: new Date().toISOString(),
      machine: machineInfo(),
      chromium: { version: browser.version(), executablePath, flags: FLAGS, headless: true },
      viewport: { ...VIEWPORT, deviceScaleFactor: 1 },
      reps: options.reps,
      sizes: options.sizes,
      cpuRates: options.cpuRates,
      apps: options.apps,
      smoke: options.smoke,
      versions: Object.fromEntries(PEER_PACKAGES.map((name) => [name, packageVersion(name)])),
      timeouts: { firstRenderMs: FIRST_RENDER_TIMEOUT_MS, phaseMs: PHASE_TIMEOUT_MS },
      durationS: Math.round((Date.now() - began) / 1000),
      records,
    };
    await writeResults(result);
    if (problems.length) {
      console.error(`\n${problems.length} run(s) broke:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await holder.close();
    await server.close();
  }
}

async function writeResults(result: BenchResult): Promise<void> {
  const name = resultName(runKind(result));
  const file = join(BENCH, 'results', `${name}.json`);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`\nWrote ${relative(ROOT, file)} (${result.durationS} s)`);
  await writeReports(result);
  console.log(`\n${headerLine(result)}\n\n${markdownTable(result, 1)}`);
  if (result.cpuRates.length > 1)
    console.log(`\n${markdownTable(result, result.cpuRates[1] ?? 4)}`);
}

/** Reads a results file back, checked, for --report-from. */
async function readResult(path: string): Promise<BenchResult> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(
      `${path} is not a readable JSON file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const parsed = parseBenchResult(json);
  if (!parsed.ok) {
    const more = parsed.problems.length > 10 ? `\n  … and ${parsed.problems.length - 10} more` : '';
    throw new Error(
      `${path} is not a benchmark result:\n  ${parsed.problems.slice(0, 10).join('\n  ')}${more}`,
    );
  }
  return parsed.result;
}

const CHART = join(BENCH, 'results', 'chart.svg');

/**
 * The report of a run in bench/results/<name>.md; for a full run also the chart and the blocks
 * between the bench markers of README.md and bench/README.md, which a smaller run must not
 * replace.
 */
async function writeReports(result: BenchResult): Promise<void> {
  const run = runKind(result);
  const name = resultName(run);
  const report = join(BENCH, 'results', `${name}.md`);
  await mkdir(dirname(report), { recursive: true });
  await writeFile(
    report,
    `# Benchmark: Newsline, vis-timeline and TimelineJS3\n\n${markdownReport(result)}`,
  );
  console.log(`Wrote ${relative(ROOT, report)}`);
  if (run.kind !== 'full') {
    const why = run.kind === 'partial' ? ` (without ${run.lacking.join(', ')})` : '';
    console.log(
      `A ${run.kind} run${why}: README.md, bench/README.md and the chart are left as they are.`,
    );
    return;
  }
  const model = chartModel(result, { cpu: TARGETS.cpu, seedEvents: await bundledEventCount() });
  await writeFile(CHART, renderChart(model));
  console.log(`Wrote ${relative(ROOT, CHART)}`);
  const description = chartAlt(model);
  const documents = [
    {
      file: join(ROOT, 'README.md'),
      block: readmeBlock(result, { path: chartPath(ROOT), description }),
    },
    {
      file: join(BENCH, 'README.md'),
      block: benchReadmeBlock(result, { path: chartPath(BENCH), description }),
    },
  ];
  for (const { file, block } of documents) {
    const replaced = replaceBetweenMarkers(await readFile(file, 'utf8'), block);
    if (replaced.kind === 'replaced') {
      await writeFile(file, replaced.text);
      console.log(
        `Updated the block between ${MARKERS.start} and ${MARKERS.end} in ${relative(ROOT, file)}`,
      );
    } else {
      console.log(
        `${relative(ROOT, file)} has no ${MARKERS.start} / ${MARKERS.end} markers: left it unchanged.`,
      );
    }
  }
}

/** The chart's path from a document's folder, as a Markdown link wants it. */
const chartPath = (folder: string) => relative(folder, CHART).split(sep).join('/');

main().catch((error: unknown) => {
  console.error(`\nbench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
