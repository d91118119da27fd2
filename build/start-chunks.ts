/**
 * Which chunk a module of the start-up goes in. Left to itself, the bundler splits what the app
 * shares with the chunks it loads later (the CSV reader, the export, another language) into a
 * dozen small chunks, all fetched at start anyway, each with its own imports and exports and
 * compressed apart: one chunk for the app's start weighs less and is one request.
 */

/** The little of the bundler's module graph read here. */
export interface ModuleGraph {
  getModuleInfo(id: string): { readonly importedIds: readonly string[] } | null;
}

export type StartChunk = 'boot' | 'main';

/** Every module `entry` imports, directly or not, without waiting for an import(). */
export function staticClosure(entry: string, graph: ModuleGraph): Set<string> {
  const reached = new Set<string>();
  const todo = [entry];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    if (reached.has(next)) continue;
    reached.add(next);
    todo.push(...(graph.getModuleInfo(next)?.importedIds ?? []));
  }
  return reached;
}

/**
 * Sorts modules by the part of the start that needs them: `boot` for what the boot script
 * imports (it runs before a page built ahead of time paints, so it stays apart and small),
 * `main` for the rest of what the app imports statically, null for what loads on demand. The
 * boot script itself stays in its entry chunk; its styles are the CSS pipeline's.
 */
export function startChunks(
  boot: string,
  app: string,
): (id: string, graph: ModuleGraph) => StartChunk | null {
  let sorted: Map<string, StartChunk> | null = null;
  return (id, graph) => {
    if (!sorted) {
      const bootModules = staticClosure(boot, graph);
      sorted = new Map();
      for (const module of staticClosure(app, graph)) {
        if (!bootModules.has(module)) sorted.set(module, 'main');
      }
      for (const module of bootModules) {
        if (module !== boot && !module.endsWith('.css')) sorted.set(module, 'boot');
      }
    }
    return sorted.get(id) ?? null;
  };
}
