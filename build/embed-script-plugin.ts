import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';

export const EMBED_ENTRY = path.resolve(import.meta.dirname, '../src/embed/embed.ts');
export const EMBED_FILE = 'embed.js';

/**
 * The embed snippet's script, as one classic script (an IIFE: newsrooms paste a plain
 * `<script async src>`) under a name that never changes, since pasted snippets cannot follow a
 * hash. Built by a nested Vite build of its own, so it shares no chunk with the app.
 */
export async function buildEmbedScript(minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2020',
      minify,
      lib: {
        entry: EMBED_ENTRY,
        formats: ['iife'],
        name: 'newslineEmbed',
        fileName: () => EMBED_FILE,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs
    .flatMap((output) => output.output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk' && item.isEntry);
  if (!chunk) throw new Error(`${EMBED_ENTRY} built no script`);
  return chunk.code;
}

/** Emits dist/embed.js with the app's build, and serves it at /embed.js in development. */
export function embedScriptPlugin(): Plugin {
  return {
    name: 'newsline:embed-script',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: EMBED_FILE, source: await buildEmbedScript() });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (new URL(request.url ?? '/', 'http://x').pathname !== `/${EMBED_FILE}`) return next();
        buildEmbedScript(false).then(
          (code) => {
            response.setHeader('Content-Type', 'text/javascript');
            response.end(code);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}
