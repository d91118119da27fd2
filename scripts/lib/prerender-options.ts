/**
 * The command line of scripts/prerender.ts: which built site to write the pages into, which store
 * they show, and whether every event gets its page.
 */
import { parseArgs } from 'node:util';

export const PRERENDER_USAGE = `Usage: SITE_URL=https://example.org/timeline/ tsx scripts/prerender.ts [options] [distDir]

distDir        the site \`vite build\` wrote (default dist), its index.html not yet filled
--store FILE   publish FILE (a JSON store) as the site's own, data/trump-russia.json, which the
               home page opens, and build the pages for its events
--home-only    write the home page alone: no page, oEmbed or preview image per event`;

export interface PrerenderOptions {
  /** The built site, as given: its pages are written into it. */
  dist: string;
  /** A store file to copy over the site's bundled store before its pages are built, as given. */
  store: string | null;
  /** The home page alone, or it and one page per event. */
  pages: 'home' | 'all';
}

export type PrerenderCommand = { kind: 'help' } | { kind: 'run'; options: PrerenderOptions };

/** Reads the arguments; throws an Error that says what is wrong with them. */
export function parsePrerenderArgs(argv: readonly string[]): PrerenderCommand {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      store: { type: 'string' },
      'home-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { kind: 'help' };
  if (positionals.length > 1)
    throw new Error(`one site to build into, got ${positionals.length}: ${positionals.join(', ')}`);
  if (values.store !== undefined && !values.store.trim())
    throw new Error('--store needs the path of a JSON store');
  return {
    kind: 'run',
    options: {
      dist: positionals[0] ?? 'dist',
      store: values.store ?? null,
      pages: values['home-only'] ? 'home' : 'all',
    },
  };
}
