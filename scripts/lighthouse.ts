/**
 * Lighthouse on the production build, as a reader's phone sees it: Lighthouse's default mobile
 * profile (simulated slow 4G and a 4× slower CPU), the build served gzipped by the benchmark's
 * server, Debian's Chromium (CHROME_PATH, else /usr/bin/chromium). Audits the home page and one
 * event's page, three runs each, and prints the median scores and first contentful paint;
 * `--readme` also writes them into the README between the lighthouse markers.
 *
 *   npm run build && npx tsx scripts/lighthouse.ts [--runs 3] [--readme]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from '../bench/serve.ts';
import launch from '../chromium-flags.json' with { type: 'json' };

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const ROOT = join(import.meta.dirname, '..');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';

interface Audit {
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  cls: number;
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, readme: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};

async function audit(url: string): Promise<Audit> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...launch.args],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
    ) as Audit['scores'];
    return {
      scores,
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
    };
  } finally {
    await chrome.kill();
  }
}

function summarise(audits: Audit[]): Audit {
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => [id, median(audits.map((a) => a.scores[id]))]),
    ) as Audit['scores'],
    fcpMs: median(audits.map((a) => a.fcpMs)),
    lcpMs: median(audits.map((a) => a.lcpMs)),
    cls: median(audits.map((a) => a.cls)),
  };
}

const server = await startServer();
const pages = [
  ['Home page', server.url],
  ['An event’s page (`e/g7/`)', `${server.url}e/g7/`],
] as const;
const rows: string[] = [];
try {
  for (const [name, url] of pages) {
    const audits: Audit[] = [];
    for (let i = 0; i < runs; i++) audits.push(await audit(url));
    const m = summarise(audits);
    const line = `| ${name} | ${CATEGORIES.map((id) => m.scores[id]).join(' | ')} | ${(m.fcpMs / 1000).toFixed(2)} s | ${(m.lcpMs / 1000).toFixed(2)} s | ${m.cls.toFixed(3)} |`;
    rows.push(line);
    console.log(line);
  }
} finally {
  await server.close();
}

const table = [
  `Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile profile (simulated slow 4G, 4× CPU), the build served gzipped; median of ${runs} runs (\`npx tsx scripts/lighthouse.ts --readme\`).`,
  '',
  '| page | performance | accessibility | best practices | SEO | first contentful paint | largest contentful paint | layout shift |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');

if (values.readme) {
  const path = join(ROOT, 'README.md');
  const readme = await readFile(path, 'utf8');
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md has no ${START} … ${END} markers`);
  await writeFile(path, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
  console.log('README.md updated');
} else {
  console.log(`\n${table}`);
}
