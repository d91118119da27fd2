/** "a", "a and b", "a, b and c". */
export function listed(items: readonly string[]): string {
  const last = items[items.length - 1];
  if (last === undefined || items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${last}`;
}
