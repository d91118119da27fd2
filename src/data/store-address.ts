/** The bundled store, read from the app's root. */
export const DEFAULT_DATA_URL = 'data/trump-russia.json';

/**
 * The shown store's own address, which its relative media addresses are read against: the link it
 * came from, the bundled store, or (for a file from the reader's computer, which has none) the page.
 */
export function storeAddress(
  from: { kind: 'default' } | { kind: 'link'; url: string } | { kind: 'file' },
  pageBase: string,
): string {
  switch (from.kind) {
    case 'default':
      return new URL(DEFAULT_DATA_URL, pageBase).href;
    case 'link':
      return new URL(from.url, pageBase).href;
    case 'file':
      return pageBase;
  }
}

// Pages built ahead of time have no document: their addresses are written relative to the app's
// root, which every page's `<base>` names.
const ROOT_STAND_IN = 'https://root.invalid/';

/** `storeAddress` for the page in hand, or relative to the root when built ahead of time. */
export function storeAddressOnPage(from: Parameters<typeof storeAddress>[0]): string {
  return typeof document === 'undefined'
    ? storeAddress(from, ROOT_STAND_IN)
    : storeAddress(from, document.baseURI);
}

/** An address made against the stand-in root, written relative to the root again. */
export function relativeToRoot(address: string): string {
  return address.startsWith(ROOT_STAND_IN) ? address.slice(ROOT_STAND_IN.length) : address;
}
