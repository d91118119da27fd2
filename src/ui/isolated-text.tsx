import type { Quote } from '../data/schema.ts';

/** "a, b, c" with each item isolated, so that one item's bidi controls stay inside it. */
export function IsolatedList({ items }: { items: readonly string[] }) {
  return items.map((item, i) => (
    <span key={i}>
      {i > 0 && ', '}
      <bdi>{item}</bdi>
    </span>
  ));
}

/** A quote from the data and its speaker, each isolated: in the details panel and in print. */
export function QuoteFigure({ quote, className }: { quote: Quote; className: string }) {
  return (
    <figure className={className}>
      <blockquote>
        “<bdi>{quote.text}</bdi>”
      </blockquote>
      {quote.speaker && (
        <figcaption>
          — <bdi>{quote.speaker}</bdi>
        </figcaption>
      )}
    </figure>
  );
}
