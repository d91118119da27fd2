/** "data/our%20events.csv" → "our events": a title for a file that gives none. */
export function baseName(path: string): string {
  const file = path.split(/[/\\]/).pop() ?? path;
  let decoded = file;
  try {
    decoded = decodeURIComponent(file);
  } catch {
    // A file's own name may hold a "%" that is no escape.
  }
  return decoded.replace(/\.[a-z0-9]+$/i, '') || 'Timeline';
}
