/**
 * Ids of events and topics: lowercase letters, digits and single hyphens, as they appear in
 * addresses (`?event=`, `e/<id>/`) and file names (`og/<id>.png`). One limit on their length, so
 * that every part that writes or reads one (the schema, the build, the embed) accepts the same.
 */
export const MAX_ID_LENGTH = 100;

/** The shape of an id, which the JSON Schema gives editors as its pattern. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (text: string): boolean => text.length <= MAX_ID_LENGTH && SLUG.test(text);

/** The pattern alone, for messages that say which of the two rules an id breaks. */
export const hasSlugShape = (text: string): boolean => SLUG.test(text);

/** Lowercase ASCII letters and digits joined by single hyphens, cut at a hyphen. */
export function slugOf(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-$/, '');
}
