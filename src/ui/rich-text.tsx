/**
 * HTML from the data (a TimelineJS slide's text) shown through an allow-list: the browser's
 * DOMParser reads it into a tree that is never attached to the page (its scripts never run, its
 * pictures never load), and React elements are made from that tree for paragraphs, emphasis,
 * line breaks, lists, block quotes and web links only. Any other element gives its text; script,
 * style and embedded pages give nothing. Nothing is ever set as HTML.
 */
import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { useHydrated } from './use-hydrated.ts';

/** Elements kept as themselves, and what they become. */
const KEPT: Record<string, string> = {
  p: 'p',
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  br: 'br',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  blockquote: 'blockquote',
};

/** Elements whose content is not text for a reader: dropped with it. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'noscript',
  'template',
  'textarea',
  'select',
  'svg',
  'math',
  'head',
  'title',
  'img',
  'video',
  'audio',
  'canvas',
  'xmp',
  'noembed',
  'noframes',
]);

const MAX_DEPTH = 32;

/** A link's address when it is a web address, else null: never javascript: or data:. */
export function webHref(href: string | null): string | null {
  if (href === null) return null;
  const trimmed = href.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function children(node: Node, depth: number): ReactNode[] {
  const out: ReactNode[] = [];
  node.childNodes.forEach((child, i) => {
    const made = render(child, depth, i);
    if (made !== null) out.push(made);
  });
  return out;
}

function render(node: Node, depth: number, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (node.nodeType !== Node.ELEMENT_NODE || depth > MAX_DEPTH) return null;
  const element = node as Element;
  const tag = element.localName;
  if (DROPPED.has(tag)) return null;
  const inner = children(element, depth + 1);
  if (tag === 'a') {
    const href = webHref(element.getAttribute('href'));
    if (href === null) return inner.length ? createElement(Fragment, { key }, ...inner) : null;
    return createElement(
      'a',
      { key, href, rel: 'noopener noreferrer', target: '_blank' },
      ...inner,
    );
  }
  const kept = KEPT[tag];
  if (kept === 'br') return createElement('br', { key });
  if (kept) return createElement(kept, { key }, ...inner);
  // Any other element (span, div, cite, a heading) gives its content, without itself.
  return inner.length ? createElement(Fragment, { key }, ...inner) : null;
}

/** The allowed elements of an HTML fragment, as React elements. */
export function richTextNodes(html: string): ReactNode[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return children(doc.body, 0);
}

interface RichTextProps {
  html: string;
  /** What shows where there is no DOMParser (a page built ahead of time): the plain text. */
  fallback: string;
  className?: string;
}

/** HTML from the data, as the elements the allow-list keeps. */
export function RichText({ html, fallback, className }: RichTextProps) {
  // A page built ahead of time holds the plain text: hydrating, the first render must match it.
  const hydrated = useHydrated();
  const nodes = useMemo(
    () => (hydrated && typeof DOMParser !== 'undefined' ? richTextNodes(html) : null),
    [hydrated, html],
  );
  if (nodes === null) {
    return (
      <div className={className} dir="auto">
        <p>{fallback}</p>
      </div>
    );
  }
  return (
    <div className={className} dir="auto">
      {nodes}
    </div>
  );
}
